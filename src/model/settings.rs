//! Resharding, retention, monitoring and tags: their requests and responses.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::StreamRef;

/// SplitShard's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SplitShardInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// The open shard to split.
    pub shard_to_split: String,
    /// The first hash key of the second child, as a decimal.
    pub new_starting_hash_key: String,
}

/// MergeShards's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MergeShardsInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// One of the two shards; it becomes the child's `ParentShardId`.
    pub shard_to_merge: String,
    /// The other, adjacent shard; it becomes the child's `AdjacentParentShardId`.
    pub adjacent_shard_to_merge: String,
}

/// UpdateShardCount's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateShardCountInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// How many open shards the stream should have.
    pub target_shard_count: i64,
    /// Only `UNIFORM_SCALING` exists.
    pub scaling_type: String,
}

/// UpdateShardCount's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateShardCountOutput {
    /// The stream's name.
    pub stream_name: String,
    /// Open shards before.
    pub current_shard_count: i64,
    /// Open shards after.
    pub target_shard_count: i64,
    /// The stream's ARN.
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
}

/// IncreaseStreamRetentionPeriod's and DecreaseStreamRetentionPeriod's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RetentionInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// The new period, 24–8760 hours.
    pub retention_period_hours: i64,
}

/// EnableEnhancedMonitoring's and DisableEnhancedMonitoring's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MonitoringInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// Metric names, or `ALL`.
    pub shard_level_metrics: Vec<String>,
}

/// EnableEnhancedMonitoring's and DisableEnhancedMonitoring's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MonitoringOutput {
    /// The stream's name.
    pub stream_name: String,
    /// The metrics enabled before.
    pub current_shard_level_metrics: Vec<String>,
    /// The metrics enabled now.
    pub desired_shard_level_metrics: Vec<String>,
    /// The stream's ARN.
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
}

/// The shard-level metrics Kinesis knows, in its order; `ALL` stands for all of them.
pub const SHARD_LEVEL_METRICS: [&str; 7] = [
    "IncomingBytes",
    "IncomingRecords",
    "OutgoingBytes",
    "OutgoingRecords",
    "WriteProvisionedThroughputExceeded",
    "ReadProvisionedThroughputExceeded",
    "IteratorAgeMilliseconds",
];

/// AddTagsToStream's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddTagsInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// Keys and values to set, 1–10 per call.
    pub tags: BTreeMap<String, String>,
}

/// RemoveTagsFromStream's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RemoveTagsInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// Keys to remove, 1–10 per call.
    pub tag_keys: Vec<String>,
}

/// ListTagsForStream's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListTagsForStreamInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// Start after this key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclusive_start_tag_key: Option<String>,
    /// At most this many tags (1–50; 10 when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

/// A tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    /// Its key.
    pub key: String,
    /// Its value (may be empty).
    #[serde(default)]
    pub value: String,
}

/// ListTagsForStream's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListTagsForStreamOutput {
    /// Tags in key order.
    pub tags: Vec<Tag>,
    /// Whether more follow.
    pub has_more_tags: bool,
}

/// TagResource's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TagResourceInput {
    /// The stream's ARN.
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
    /// Keys and values to set.
    pub tags: BTreeMap<String, String>,
}

/// UntagResource's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UntagResourceInput {
    /// The stream's ARN.
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
    /// Keys to remove.
    pub tag_keys: Vec<String>,
}

/// ListTagsForResource's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListTagsForResourceInput {
    /// The stream's ARN.
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
}

/// ListTagsForResource's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListTagsForResourceOutput {
    /// Tags in key order.
    pub tags: Vec<Tag>,
}

/// One shard's traffic, as the engine counts it (beyond Kinesis: the local stand-in for
/// CloudWatch's shard-level metrics).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ShardMetrics {
    /// The shard.
    pub shard_id: String,
    /// Whether it is still open.
    pub open: bool,
    /// Records put.
    pub incoming_records: i64,
    /// Payload bytes put.
    pub incoming_bytes: i64,
    /// Records returned by GetRecords.
    pub outgoing_records: i64,
    /// Payload bytes returned by GetRecords.
    pub outgoing_bytes: i64,
}

/// The engine's per-shard counts for a stream.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StreamMetricsOutput {
    /// The stream's name.
    pub stream_name: String,
    /// One entry per shard, in id order.
    pub shards: Vec<ShardMetrics>,
}
