//! The engine's own per-shard traffic counts (beyond Kinesis).

use serde::{Deserialize, Serialize};

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
