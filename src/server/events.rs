//! SubscribeToShard's answer on the wire: an `application/vnd.amazon.eventstream` body of
//! frames (the AWS event-stream encoding, framed and checksummed by aws-smithy-eventstream).
//!
//! The body starts with the `initial-response` event (payload `{}`), then one
//! `SubscribeToShardEvent` per event of the subscription, JSON as GetRecords' (blobs in
//! base64). An error of the subscription is its last frame: an `exception` message naming
//! the Kinesis error (ResourceNotFoundException, ResourceInUseException, …) with
//! `{"message": …}`, or for anything that is not the service's, an `error` message with
//! InternalFailure. The body ends when the subscription does.

use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};

use aws_smithy_types::event_stream::{Header, HeaderValue, Message};
use hyper::body::{Body, Bytes, Frame};
use serde_json::json;

use crate::backend::Subscription;
use crate::error::Error;
use crate::output;

/// The body's content type.
pub const CONTENT_TYPE: &str = "application/vnd.amazon.eventstream";

/// A subscription as a streaming HTTP body.
pub struct EventBody {
    subscription: Subscription,
    started: bool,
    ended: bool,
    request_id: String,
}

impl EventBody {
    /// The body of `subscription`, answering request `request_id` (named in logs).
    pub fn new(subscription: Subscription, request_id: String) -> EventBody {
        EventBody { subscription, started: false, ended: false, request_id }
    }
}

fn header(name: &'static str, value: impl Into<String>) -> Header {
    Header::new(name, HeaderValue::String(value.into().into()))
}

fn frame(headers: Vec<Header>, payload: Vec<u8>) -> Bytes {
    let mut out = Vec::with_capacity(payload.len() + 128);
    let message = Message::new_from_parts(headers, payload);
    // Only headers or a payload past the format's limits (16 MiB) fail to encode; events are
    // at most 10 MiB of records.
    if let Err(e) = aws_smithy_eventstream::frame::write_message_to(&message, &mut out) {
        output::log(&format!("serve: an event could not be encoded: {e}"));
        out.clear();
    }
    out.into()
}

fn event(kind: &'static str, payload: Vec<u8>) -> Bytes {
    let headers = vec![
        header(":event-type", kind),
        header(":content-type", "application/json"),
        header(":message-type", "event"),
    ];
    frame(headers, payload)
}

fn exception(e: &Error, request_id: &str) -> Bytes {
    if !e.is_service() {
        output::log(&format!("serve: request {request_id} failed: {}: {e}", e.code()));
        let headers = vec![
            header(":error-code", "InternalFailure"),
            header(
                ":error-message",
                "The request processing has failed because of an unknown error, exception or \
                 failure.",
            ),
            header(":message-type", "error"),
        ];
        return frame(headers, Vec::new());
    }
    let headers = vec![
        header(":exception-type", e.code().to_string()),
        header(":content-type", "application/json"),
        header(":message-type", "exception"),
    ];
    frame(headers, json!({ "message": e.to_string() }).to_string().into_bytes())
}

impl Body for EventBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        if self.ended {
            return Poll::Ready(None);
        }
        if !self.started {
            self.started = true;
            return Poll::Ready(Some(Ok(Frame::data(event("initial-response", b"{}".to_vec())))));
        }
        let bytes = match self.subscription.poll_next(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(None) => {
                self.ended = true;
                return Poll::Ready(None);
            }
            Poll::Ready(Some(Ok(e))) => match serde_json::to_vec(&e) {
                Ok(json) => event("SubscribeToShardEvent", json),
                Err(e) => {
                    self.ended = true;
                    exception(&Error::Internal(e.to_string()), &self.request_id)
                }
            },
            Poll::Ready(Some(Err(e))) => {
                self.ended = true;
                exception(&e, &self.request_id)
            }
        };
        Poll::Ready(Some(Ok(Frame::data(bytes))))
    }

    fn is_end_stream(&self) -> bool {
        self.ended
    }
}
