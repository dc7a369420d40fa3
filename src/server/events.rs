//! SubscribeToShard's answer on the wire: an `application/vnd.amazon.eventstream` body of
//! frames (the AWS event-stream encoding, framed and checksummed by aws-smithy-eventstream).
//!
//! The body starts with the `initial-response` event (payload `{}`), then one
//! `SubscribeToShardEvent` per event of the subscription, JSON as GetRecords' (blobs in
//! base64) — or CBOR when the request was (blobs as byte strings, timestamps as epoch
//! milliseconds, as the Java SDK reads them). An error of the subscription is its last frame:
//! an `exception` message naming the Kinesis error (ResourceNotFoundException,
//! ResourceInUseException, …) with `{"message": …}`, or for anything that is not the
//! service's, an `error` message with InternalFailure. The body ends when the subscription
//! does.

use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};

use aws_smithy_types::event_stream::{Header, HeaderValue, Message};
use hyper::body::{Body, Bytes, Frame};
use serde_json::json;

use crate::backend::Subscription;
use crate::error::Error;
use crate::model::shapes;
use crate::output;
use crate::server::cbor;

/// The body's content type.
pub const CONTENT_TYPE: &str = "application/vnd.amazon.eventstream";

/// A subscription as a streaming HTTP body.
pub struct EventBody {
    subscription: Subscription,
    started: bool,
    ended: bool,
    request_id: String,
    /// Whether payloads are CBOR (else JSON).
    cbor: bool,
}

impl EventBody {
    /// The body of `subscription`, answering request `request_id` (named in logs), its
    /// payloads in CBOR when `cbor` says so.
    pub fn new(subscription: Subscription, request_id: String, cbor: bool) -> EventBody {
        EventBody { subscription, started: false, ended: false, request_id, cbor }
    }

    /// An event's JSON payload in the body's encoding: the content type and the bytes.
    fn payload(&self, json: Vec<u8>, shape: Option<&str>) -> (&'static str, Vec<u8>) {
        if self.cbor {
            (cbor::CONTENT_TYPE, cbor::json_to_response(&json, shape.and_then(shapes::named)))
        } else {
            ("application/json", json)
        }
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

fn event(kind: &'static str, (content_type, payload): (&'static str, Vec<u8>)) -> Bytes {
    let headers = vec![
        header(":event-type", kind),
        header(":content-type", content_type),
        header(":message-type", "event"),
    ];
    frame(headers, payload)
}

fn exception(body: &EventBody, e: &Error) -> Bytes {
    if !e.is_service() {
        let request_id = &body.request_id;
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
    let message = json!({ "message": e.to_string() }).to_string().into_bytes();
    let (content_type, payload) = body.payload(message, None);
    let headers = vec![
        header(":exception-type", e.code().to_string()),
        header(":content-type", content_type),
        header(":message-type", "exception"),
    ];
    frame(headers, payload)
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
            let initial = event("initial-response", self.payload(b"{}".to_vec(), None));
            return Poll::Ready(Some(Ok(Frame::data(initial))));
        }
        let bytes = match self.subscription.poll_next(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(None) => {
                self.ended = true;
                return Poll::Ready(None);
            }
            Poll::Ready(Some(Ok(e))) => match serde_json::to_vec(&e) {
                Ok(json) => event(
                    "SubscribeToShardEvent",
                    self.payload(json, Some("SubscribeToShardEvent")),
                ),
                Err(e) => {
                    self.ended = true;
                    exception(&self, &Error::Internal(e.to_string()))
                }
            },
            Poll::Ready(Some(Err(e))) => {
                self.ended = true;
                exception(&self, &e)
            }
        };
        Poll::Ready(Some(Ok(Frame::data(bytes))))
    }

    fn is_end_stream(&self) -> bool {
        self.ended
    }
}
