//! Stream and shard types, and the requests and responses of the stream actions.
//!
//! Members are named as in the Kinesis API (serde renames them to PascalCase); an absent
//! optional member is left out of the JSON, as AWS leaves it out.

use serde::{Deserialize, Serialize};

use crate::model::{HashKeyRange, Timestamp};

/// The ARN prefix of every stream of the embedded engine's (fixed) account.
pub const LOCAL_ACCOUNT: &str = "000000000000";

/// Where a request names its stream: by name, by ARN, or both (they must then agree).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StreamRef {
    /// The stream's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_name: Option<String>,
    /// The stream's ARN, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
    #[serde(rename = "StreamARN", skip_serializing_if = "Option::is_none")]
    pub stream_arn: Option<String>,
}

impl StreamRef {
    /// A reference by name.
    pub fn name(name: impl Into<String>) -> StreamRef {
        StreamRef { stream_name: Some(name.into()), stream_arn: None }
    }

    /// A reference by ARN.
    pub fn arn(arn: impl Into<String>) -> StreamRef {
        StreamRef { stream_name: None, stream_arn: Some(arn.into()) }
    }
}

/// A stream's lifecycle state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum StreamStatus {
    /// Being created; not yet usable.
    Creating,
    /// Being deleted.
    Deleting,
    /// Usable.
    Active,
    /// Being resharded or reconfigured; reads and writes still work.
    Updating,
}

impl StreamStatus {
    /// The name Kinesis uses, as stored on disk.
    pub fn as_str(self) -> &'static str {
        match self {
            StreamStatus::Creating => "CREATING",
            StreamStatus::Deleting => "DELETING",
            StreamStatus::Active => "ACTIVE",
            StreamStatus::Updating => "UPDATING",
        }
    }

    /// The inverse of [`StreamStatus::as_str`].
    pub fn parse(s: &str) -> Option<StreamStatus> {
        [Self::Creating, Self::Deleting, Self::Active, Self::Updating]
            .into_iter()
            .find(|x| x.as_str() == s)
    }
}

/// How a stream's capacity is managed. Only provisioned streams exist in the engine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StreamModeDetails {
    /// `PROVISIONED` or `ON_DEMAND`.
    pub stream_mode: String,
}

/// The shard-level metrics enabled for a stream.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnhancedMetrics {
    /// Metric names, e.g. `IncomingBytes`.
    pub shard_level_metrics: Vec<String>,
}

/// The sequence numbers a shard spans; the end is set once the shard is closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SequenceNumberRange {
    /// The first sequence number of the shard.
    pub starting_sequence_number: String,
    /// The last sequence number of a closed shard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ending_sequence_number: Option<String>,
}

/// A shard as describe-stream and list-shards show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Shard {
    /// `shardId-000000000000`.
    pub shard_id: String,
    /// The shard this one was split from, or the first of the two it was merged from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_shard_id: Option<String>,
    /// The second shard of a merge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adjacent_parent_shard_id: Option<String>,
    /// The hash keys the shard owns.
    pub hash_key_range: HashKeyRange,
    /// The sequence numbers the shard spans.
    pub sequence_number_range: SequenceNumberRange,
}

/// CreateStream's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateStreamInput {
    /// The new stream's name.
    pub stream_name: String,
    /// How many shards (required for provisioned streams).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shard_count: Option<i64>,
    /// Provisioned or on-demand; provisioned when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_mode_details: Option<StreamModeDetails>,
    /// Tags to give the stream as it is created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// An on-demand stream's warm throughput, in MiB/s (needs the account's commitment).
    #[serde(rename = "WarmThroughputMiBps", skip_serializing_if = "Option::is_none")]
    pub warm_throughput_mibps: Option<i64>,
    /// The largest record the stream takes, in KiB (1 024 when absent).
    #[serde(rename = "MaxRecordSizeInKiB", skip_serializing_if = "Option::is_none")]
    pub max_record_size_in_kib: Option<i64>,
    /// `AUTO` or `USER_PARTITION_KEY` (on-demand streams; the latter when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_distribution_strategy: Option<String>,
}

/// DeleteStream's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteStreamInput {
    /// The stream to delete.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// Delete even when consumers are registered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enforce_consumer_deletion: Option<bool>,
}

/// DescribeStream's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeStreamInput {
    /// The stream to describe.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// At most this many shards (1–10 000; 100 when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Start after this shard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclusive_start_shard_id: Option<String>,
}

/// A stream's full description, one page of its shards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StreamDescription {
    /// This page of shards.
    pub shards: Vec<Shard>,
    /// The stream's ARN.
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
    /// The stream's name.
    pub stream_name: String,
    /// The stream's state.
    pub stream_status: StreamStatus,
    /// Provisioned or on-demand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_mode_details: Option<StreamModeDetails>,
    /// Hours records are kept.
    pub retention_period_hours: i64,
    /// Shard-level metrics enabled.
    pub enhanced_monitoring: Vec<EnhancedMetrics>,
    /// `NONE` or `KMS`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_type: Option<String>,
    /// The KMS key of an encrypted stream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// When the stream was created.
    pub stream_creation_timestamp: Timestamp,
    /// Whether more shards follow this page.
    pub has_more_shards: bool,
}

/// DescribeStream's response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeStreamOutput {
    /// The description.
    pub stream_description: StreamDescription,
}

/// A stream's description without its shards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StreamDescriptionSummary {
    /// The stream's name.
    pub stream_name: String,
    /// The stream's ARN.
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
    /// The stream's state.
    pub stream_status: StreamStatus,
    /// Provisioned or on-demand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_mode_details: Option<StreamModeDetails>,
    /// Hours records are kept.
    pub retention_period_hours: i64,
    /// When the stream was created.
    pub stream_creation_timestamp: Timestamp,
    /// Shard-level metrics enabled.
    pub enhanced_monitoring: Vec<EnhancedMetrics>,
    /// `NONE` or `KMS`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_type: Option<String>,
    /// The KMS key of an encrypted stream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// Shards currently open.
    pub open_shard_count: i64,
    /// Registered enhanced fan-out consumers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consumer_count: Option<i64>,
    /// An on-demand stream's warm throughput.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warm_throughput: Option<WarmThroughput>,
    /// The largest record the stream takes, in KiB.
    #[serde(rename = "MaxRecordSizeInKiB", skip_serializing_if = "Option::is_none")]
    pub max_record_size_in_kib: Option<i64>,
    /// How records find their shards: `USER_PARTITION_KEY` or `AUTO`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_distribution_strategy: Option<String>,
    /// Queues created on the stream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_count: Option<i64>,
}

/// An on-demand stream's warm throughput, in MiB/s.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WarmThroughput {
    /// What was asked for.
    #[serde(rename = "TargetMiBps", skip_serializing_if = "Option::is_none")]
    pub target_mibps: Option<i64>,
    /// What is in force.
    #[serde(rename = "CurrentMiBps", skip_serializing_if = "Option::is_none")]
    pub current_mibps: Option<i64>,
}

/// DescribeStreamSummary's response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeStreamSummaryOutput {
    /// The summary.
    pub stream_description_summary: StreamDescriptionSummary,
}

/// ListStreams's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListStreamsInput {
    /// At most this many streams (1–10 000; 100 when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Start after this stream name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclusive_start_stream_name: Option<String>,
    /// The token of the previous page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// One stream in a ListStreams answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StreamSummary {
    /// The stream's name.
    pub stream_name: String,
    /// The stream's ARN.
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
    /// The stream's state.
    pub stream_status: StreamStatus,
    /// Provisioned or on-demand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_mode_details: Option<StreamModeDetails>,
    /// When the stream was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_creation_timestamp: Option<Timestamp>,
}

/// ListStreams's response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListStreamsOutput {
    /// Names in this page, sorted.
    pub stream_names: Vec<String>,
    /// Whether more follow.
    pub has_more_streams: bool,
    /// The token for the next page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The same streams with their details.
    #[serde(default)]
    pub stream_summaries: Vec<StreamSummary>,
}

/// The ListShards filter types, as Kinesis spells them.
pub const SHARD_FILTER_TYPES: [&str; 6] = [
    "AFTER_SHARD_ID",
    "AT_TRIM_HORIZON",
    "FROM_TRIM_HORIZON",
    "AT_LATEST",
    "AT_TIMESTAMP",
    "FROM_TIMESTAMP",
];

/// The kinds of ListShards filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ShardFilterType {
    /// Shards after the given shard id.
    AfterShardId,
    /// Shards open at the trim horizon.
    AtTrimHorizon,
    /// Shards open at the trim horizon and all created since.
    FromTrimHorizon,
    /// Shards open now.
    AtLatest,
    /// Shards open at the given time.
    AtTimestamp,
    /// Shards open at the given time and all created since.
    FromTimestamp,
}

/// ListShards's filter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ShardFilter {
    /// Which filter.
    #[serde(rename = "Type")]
    pub filter_type: ShardFilterType,
    /// For `AFTER_SHARD_ID`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shard_id: Option<String>,
    /// For `AT_TIMESTAMP` and `FROM_TIMESTAMP`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
}

/// ListShards's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListShardsInput {
    /// The stream (not with `NextToken`).
    #[serde(flatten)]
    pub stream: StreamRef,
    /// The token of the previous page (alone, or with `MaxResults`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// Start after this shard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclusive_start_shard_id: Option<String>,
    /// At most this many shards (1–10 000; 1 000 when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// Tells apart two streams of one name created at different times.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_creation_timestamp: Option<Timestamp>,
    /// Which shards to list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shard_filter: Option<ShardFilter>,
}

/// ListShards's response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListShardsOutput {
    /// This page of shards.
    pub shards: Vec<Shard>,
    /// The token for the next page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The stream modes' names on the wire.
pub const STREAM_MODES: [&str; 2] = ["PROVISIONED", "ON_DEMAND"];

/// UpdateShardCount's scaling types on the wire.
pub const SCALING_TYPES: [&str; 1] = ["UNIFORM_SCALING"];

/// DescribeLimits's request: it has no members.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct DescribeLimitsInput {}

/// DescribeLimits's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeLimitsOutput {
    /// The most shards the account may have open.
    pub shard_limit: i64,
    /// Shards open now.
    pub open_shard_count: i64,
    /// On-demand streams.
    pub on_demand_stream_count: i64,
    /// The most on-demand streams.
    pub on_demand_stream_count_limit: i64,
}
