//! Consumers and SubscribeToShard through aws-sdk-kinesis. The SDK's event receiver is read
//! by a task that forwards each event into a [`Subscription`], so commands see one kind of
//! subscription whatever the backend.

use aws_sdk_kinesis::Client;
use aws_sdk_kinesis::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_kinesis::types as sdk;
use aws_sdk_kinesis::types::error::SubscribeToShardEventStreamError;
use aws_smithy_types::event_stream::RawMessage;

use super::convert::*;
use super::sdk as sdk_error;
use crate::backend::Subscription;
use crate::error::{Error, Result};
use crate::model::*;

fn consumer(c: &sdk::Consumer) -> Consumer {
    Consumer {
        consumer_name: c.consumer_name().to_string(),
        consumer_arn: c.consumer_arn().to_string(),
        consumer_status: c.consumer_status().as_str().to_string(),
        consumer_creation_timestamp: timestamp(c.consumer_creation_timestamp()),
    }
}

/// RegisterStreamConsumer.
pub async fn register(
    client: &Client,
    i: RegisterStreamConsumerInput,
) -> Result<RegisterStreamConsumerOutput> {
    let out = client
        .register_stream_consumer()
        .stream_arn(i.stream_arn)
        .consumer_name(i.consumer_name)
        .send()
        .await
        .map_err(sdk_error)?;
    let c = out.consumer().ok_or_else(|| missing("Consumer"))?;
    Ok(RegisterStreamConsumerOutput { consumer: consumer(c) })
}

/// DescribeStreamConsumer.
pub async fn describe(client: &Client, i: ConsumerRef) -> Result<DescribeStreamConsumerOutput> {
    let out = client
        .describe_stream_consumer()
        .set_stream_arn(i.stream_arn)
        .set_consumer_name(i.consumer_name)
        .set_consumer_arn(i.consumer_arn)
        .send()
        .await
        .map_err(sdk_error)?;
    let d = out.consumer_description().ok_or_else(|| missing("ConsumerDescription"))?;
    Ok(DescribeStreamConsumerOutput {
        consumer_description: ConsumerDescription {
            consumer_name: d.consumer_name().to_string(),
            consumer_arn: d.consumer_arn().to_string(),
            consumer_status: d.consumer_status().as_str().to_string(),
            consumer_creation_timestamp: timestamp(d.consumer_creation_timestamp()),
            stream_arn: d.stream_arn().to_string(),
        },
    })
}

/// ListStreamConsumers.
pub async fn list(
    client: &Client,
    i: ListStreamConsumersInput,
) -> Result<ListStreamConsumersOutput> {
    let out = client
        .list_stream_consumers()
        .stream_arn(i.stream_arn)
        .set_next_token(i.next_token)
        .set_max_results(i.max_results.map(int))
        .set_stream_creation_timestamp(i.stream_creation_timestamp.map(date_time))
        .send()
        .await
        .map_err(sdk_error)?;
    Ok(ListStreamConsumersOutput {
        consumers: out.consumers().iter().map(consumer).collect(),
        next_token: out.next_token().map(str::to_string),
    })
}

/// DeregisterStreamConsumer.
pub async fn deregister(client: &Client, i: ConsumerRef) -> Result<()> {
    client
        .deregister_stream_consumer()
        .set_stream_arn(i.stream_arn)
        .set_consumer_name(i.consumer_name)
        .set_consumer_arn(i.consumer_arn)
        .send()
        .await
        .map_err(sdk_error)?;
    Ok(())
}

fn event(e: sdk::SubscribeToShardEvent) -> SubscribeToShardEvent {
    SubscribeToShardEvent {
        millis_behind_latest: e.millis_behind_latest(),
        child_shards: (!e.child_shards().is_empty())
            .then(|| e.child_shards().iter().map(child_shard).collect()),
        records: e.records.into_iter().map(record).collect(),
        continuation_sequence_number: e.continuation_sequence_number,
    }
}

/// An error event as the one error type: its code is the frame's `:exception-type` (or
/// `:error-code`), which the SDK does not carry over into the error's metadata.
fn event_error(e: SdkError<SubscribeToShardEventStreamError, RawMessage>) -> Error {
    if let SdkError::ServiceError(ctx) = &e
        && let RawMessage::Decoded(m) = ctx.raw()
    {
        let header = |name: &str| {
            let h = m.headers().iter().find(|h| h.name().as_str() == name)?;
            h.value().as_string().ok().map(|s| s.as_str().to_string())
        };
        if let Some(code) = header(":exception-type").or_else(|| header(":error-code")) {
            let message = ctx.err().message().map(str::to_string);
            let message = message.or_else(|| header(":error-message")).unwrap_or_default();
            return Error::from_code(&code, message);
        }
    }
    sdk_error(e)
}

/// SubscribeToShard: errors before the stream are the call's; after, the subscription's last
/// item.
pub async fn subscribe(client: &Client, i: SubscribeToShardInput) -> Result<Subscription> {
    let p = i.starting_position;
    let position = sdk::StartingPosition::builder()
        .r#type(iterator_type(p.position_type))
        .set_sequence_number(p.sequence_number)
        .set_timestamp(p.timestamp.map(date_time))
        .build()
        .map_err(|e| Error::Internal(e.to_string()))?;
    let out = client
        .subscribe_to_shard()
        .consumer_arn(i.consumer_arn)
        .shard_id(i.shard_id)
        .starting_position(position)
        .set_dry_run(i.dry_run)
        .send()
        .await
        .map_err(sdk_error)?;
    let mut receiver = out.event_stream;
    let (tx, subscription) = Subscription::channel(4);
    tokio::spawn(async move {
        loop {
            let item = match receiver.recv().await {
                Ok(Some(sdk::SubscribeToShardEventStream::SubscribeToShardEvent(e))) => {
                    Ok(event(e))
                }
                // A kind of event this build does not know: nothing to deliver.
                Ok(Some(_)) => continue,
                Ok(None) => break,
                Err(e) => Err(event_error(e)),
            };
            let last = item.is_err();
            if tx.send(item).await.is_err() || last {
                break;
            }
        }
    });
    Ok(subscription)
}
