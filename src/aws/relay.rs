//! The calls aws-sdk-kinesis's types do not cover, relayed as JSON documents: an SDK operation
//! signs, resolves credentials and the endpoint, sends and retries as always, but the body it
//! sends is the request's document and the body it received is the answer.
//!
//! - Channels: the SDK has their operations, but they nest too deep for this tool to mirror
//!   every SDK type; the documents are checked against the service model on the way in, so
//!   nothing is lost either way.
//! - Queues: aws-sdk-kinesis 1.130 has none of their twelve operations. Each is sent as
//!   DescribeLimits (no members, the account's regional endpoint) with its own `X-Amz-Target`
//!   and body, set before signing; the answer's document is the queue action's. Delete
//!   [`queue`] once the SDK has the operations.

use std::sync::{Arc, Mutex};

use aws_sdk_kinesis::Client;
use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::interceptors::context::AfterDeserializationInterceptorContextRef;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::config_bag::ConfigBag;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::sdk as sdk_error;
use crate::error::{Error, Result};
use crate::model::{Action, ChannelDocument};

/// Keeps the raw body of a response (read in full by then) once the SDK has read it.
#[derive(Debug, Default, Clone)]
struct Capture(Arc<Mutex<Option<Vec<u8>>>>);

impl Intercept for Capture {
    fn name(&self) -> &'static str {
        "kinesis-relay-capture"
    }

    fn read_after_deserialization(
        &self,
        context: &AfterDeserializationInterceptorContextRef<'_>,
        _: &RuntimeComponents,
        _: &mut ConfigBag,
    ) -> std::result::Result<(), BoxError> {
        let body = context.response().body().bytes().map(<[u8]>::to_vec);
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = body;
        Ok(())
    }
}

impl Capture {
    /// The answer's document (`{}` for an empty body).
    fn document(&self) -> Result<ChannelDocument> {
        let body = self.0.lock().unwrap_or_else(|e| e.into_inner()).take().unwrap_or_default();
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(ChannelDocument::default());
        }
        match serde_json::from_slice(&body) {
            Ok(Value::Object(map)) => Ok(ChannelDocument(map)),
            _ => Err(Error::Internal("the action's answer is not a JSON object".into())),
        }
    }
}

/// Sends `input` as the queue action `action` and answers what came back.
pub async fn queue<I: Serialize, O: DeserializeOwned>(
    client: &Client,
    action: Action,
    input: &I,
) -> Result<O> {
    let body = serde_json::to_vec(input).map_err(|e| Error::Internal(e.to_string()))?;
    let target = format!("Kinesis_20131202.{}", action.name());
    let capture = Capture::default();
    client
        .describe_limits()
        .customize()
        .mutate_request(move |req| {
            req.headers_mut().insert("x-amz-target", target.clone());
            req.headers_mut().insert("content-length", body.len().to_string());
            *req.body_mut() = SdkBody::from(body.clone());
        })
        .interceptor(capture.clone())
        .send()
        .await
        .map_err(sdk_error)?;
    let document = Value::Object(capture.document()?.0);
    serde_json::from_value(document).map_err(|e| {
        Error::Internal(format!("the endpoint's answer to {action} is not its shape: {e}"))
    })
}

/// Sends `$doc` as the body of the SDK operation `$op` (prepared by `$prepare`, which sets the
/// members the SDK itself reads, such as the ARN its endpoint rules look at) and answers the
/// document received.
macro_rules! relay {
    ($client:expr, $op:ident, $doc:expr, $prepare:expr) => {{
        let body = serde_json::to_vec(&$doc).map_err(|e| Error::Internal(e.to_string()))?;
        let capture = Capture::default();
        let prepare = $prepare;
        prepare($client.$op())
            .customize()
            .mutate_request(move |req| {
                req.headers_mut().insert("content-length", body.len().to_string());
                *req.body_mut() = SdkBody::from(body.clone());
            })
            .interceptor(capture.clone())
            .send()
            .await
            .map_err(sdk_error)?;
        capture.document()
    }};
}

fn text(doc: &ChannelDocument, member: &str) -> Option<String> {
    doc.0.get(member).and_then(Value::as_str).map(str::to_string)
}

/// CreateChannel.
pub async fn create(client: &Client, doc: ChannelDocument) -> Result<ChannelDocument> {
    let name = text(&doc, "ChannelName");
    relay!(
        client,
        create_channel,
        doc,
        |op: aws_sdk_kinesis::operation::create_channel::builders::CreateChannelFluentBuilder| op
            .set_channel_name(name)
    )
}

/// DescribeChannel.
pub async fn describe(client: &Client, doc: ChannelDocument) -> Result<ChannelDocument> {
    let arn = text(&doc, "ChannelARN");
    relay!(client, describe_channel, doc, |op: aws_sdk_kinesis::operation::describe_channel::builders::DescribeChannelFluentBuilder| op.set_channel_arn(arn))
}

/// ListChannels.
pub async fn list(client: &Client, doc: ChannelDocument) -> Result<ChannelDocument> {
    relay!(client, list_channels, doc, |op| op)
}

/// UpdateChannel.
pub async fn update(client: &Client, doc: ChannelDocument) -> Result<ChannelDocument> {
    let arn = text(&doc, "ChannelARN");
    relay!(
        client,
        update_channel,
        doc,
        |op: aws_sdk_kinesis::operation::update_channel::builders::UpdateChannelFluentBuilder| op
            .set_channel_arn(arn)
    )
}

/// DeleteChannel.
pub async fn delete(client: &Client, doc: ChannelDocument) -> Result<()> {
    let arn = text(&doc, "ChannelARN");
    relay!(
        client,
        delete_channel,
        doc,
        |op: aws_sdk_kinesis::operation::delete_channel::builders::DeleteChannelFluentBuilder| op
            .set_channel_arn(arn)
    )
    .map(|_| ())
}
