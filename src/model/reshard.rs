//! Resharding: SplitShard, MergeShards and UpdateShardCount's requests and responses.

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
