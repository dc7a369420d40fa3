//! Stream consumers (enhanced fan-out) and SubscribeToShard: requests, responses, events.

use serde::{Deserialize, Serialize};

use crate::model::{ChildShard, Record, ShardIteratorType, Timestamp};

/// A consumer's state: registered consumers are CREATING, then ACTIVE; deregistered ones are
/// DELETING, then gone.
pub const CONSUMER_STATUSES: [&str; 3] = ["CREATING", "DELETING", "ACTIVE"];

/// A registered consumer, as RegisterStreamConsumer and ListStreamConsumers answer it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Consumer {
    /// Its name, unique within its stream.
    pub consumer_name: String,
    /// `<stream ARN>/consumer/<name>:<creation epoch seconds>`.
    #[serde(rename = "ConsumerARN")]
    pub consumer_arn: String,
    /// CREATING, ACTIVE or DELETING.
    pub consumer_status: String,
    /// When it was registered.
    pub consumer_creation_timestamp: Timestamp,
}

/// DescribeStreamConsumer's answer: the consumer and its stream.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConsumerDescription {
    /// Its name.
    pub consumer_name: String,
    /// Its ARN.
    #[serde(rename = "ConsumerARN")]
    pub consumer_arn: String,
    /// CREATING, ACTIVE or DELETING.
    pub consumer_status: String,
    /// When it was registered.
    pub consumer_creation_timestamp: Timestamp,
    /// Its stream's ARN.
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
}

/// RegisterStreamConsumer's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RegisterStreamConsumerInput {
    /// The stream's ARN.
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
    /// The new consumer's name.
    pub consumer_name: String,
}

/// RegisterStreamConsumer's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RegisterStreamConsumerOutput {
    /// The consumer, CREATING (or already ACTIVE when registration takes no time).
    pub consumer: Consumer,
}

/// A consumer, as DescribeStreamConsumer and DeregisterStreamConsumer name it: by its ARN, or
/// by its stream's ARN and its name.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConsumerRef {
    /// The stream's ARN (with `consumer_name`).
    #[serde(rename = "StreamARN", skip_serializing_if = "Option::is_none")]
    pub stream_arn: Option<String>,
    /// The consumer's name (with `stream_arn`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consumer_name: Option<String>,
    /// The consumer's ARN.
    #[serde(rename = "ConsumerARN", skip_serializing_if = "Option::is_none")]
    pub consumer_arn: Option<String>,
}

/// DescribeStreamConsumer's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeStreamConsumerOutput {
    /// The consumer.
    pub consumer_description: ConsumerDescription,
}

/// ListStreamConsumers's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListStreamConsumersInput {
    /// The stream's ARN.
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
    /// Where the previous page ended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// At most this many consumers (1–10 000; 100 when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The stream's creation time, to tell it from an older stream of the same name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_creation_timestamp: Option<Timestamp>,
}

/// ListStreamConsumers's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListStreamConsumersOutput {
    /// One page of consumers, in registration order.
    pub consumers: Vec<Consumer>,
    /// Present when more follow.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// Where a subscription starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StartingPosition {
    /// One of the five iterator types.
    #[serde(rename = "Type")]
    pub position_type: ShardIteratorType,
    /// For AT_ and AFTER_SEQUENCE_NUMBER.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence_number: Option<String>,
    /// For AT_TIMESTAMP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
}

/// SubscribeToShard's request.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SubscribeToShardInput {
    /// The consumer that subscribes.
    #[serde(rename = "ConsumerARN")]
    pub consumer_arn: String,
    /// The shard.
    pub shard_id: String,
    /// Where to start.
    pub starting_position: StartingPosition,
    /// Only check the request: a request that would succeed is refused with
    /// DryRunOperationException, and nothing changes.
    #[serde(rename = "DryRun", default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}

/// One event of a subscription: the records that arrived, and where to go on from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SubscribeToShardEvent {
    /// Records in sequence order (none in a heartbeat).
    pub records: Vec<Record>,
    /// Where a new subscription would continue (AFTER_SEQUENCE_NUMBER).
    pub continuation_sequence_number: String,
    /// How far the last record is from the shard's tip.
    pub millis_behind_latest: i64,
    /// At the end of a closed shard: its children.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child_shards: Option<Vec<ChildShard>>,
}
