//! Streams: create-, delete-, describe-stream(-summary), list-streams, list-shards, and how a
//! command names a stream.

use clap::Args;

use super::PagingArgs;

/// The stream a command acts on: by name or by ARN.
#[derive(Debug, Args)]
#[group(required = true, multiple = true)]
pub struct StreamTarget {
    /// The stream's name.
    #[arg(long)]
    pub stream_name: Option<String>,
    /// The stream's ARN.
    #[arg(long)]
    pub stream_arn: Option<String>,
}

/// A command that only names a stream.
#[derive(Debug, Args)]
pub struct StreamArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
}

/// create-stream.
#[derive(Debug, Args)]
pub struct CreateStreamArgs {
    /// The new stream's name: 1–128 of [a-zA-Z0-9_.-].
    #[arg(long)]
    pub stream_name: String,
    /// How many shards (required unless the mode is ON_DEMAND).
    #[arg(long, allow_negative_numbers = true)]
    pub shard_count: Option<i64>,
    /// `StreamMode=PROVISIONED|ON_DEMAND`, in shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub stream_mode_details: Option<String>,
    /// Tags for the new stream: `k1=v1,k2=v2`, or a JSON object (at most 50).
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub tags: Option<String>,
    /// An on-demand stream's warm throughput, in MiB/s (needs the account's minimum
    /// throughput billing commitment).
    #[arg(long = "warm-throughput-mi-bps", allow_negative_numbers = true)]
    pub warm_throughput_mibps: Option<i64>,
    /// The largest record the stream takes, 1024 to 10240 KiB (1024 when absent).
    #[arg(long = "max-record-size-in-ki-b", value_name = "KIB", allow_negative_numbers = true)]
    pub max_record_size_in_kib: Option<i64>,
    /// AUTO or USER_PARTITION_KEY (on-demand streams).
    #[arg(long, value_name = "STRATEGY")]
    pub record_distribution_strategy: Option<String>,
}

/// delete-stream.
#[derive(Debug, Args)]
pub struct DeleteStreamArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// Delete even if consumers are registered.
    #[arg(long, overrides_with = "no_enforce_consumer_deletion")]
    pub enforce_consumer_deletion: bool,
    /// Refuse to delete a stream with consumers (the default).
    #[arg(long)]
    pub no_enforce_consumer_deletion: bool,
}

/// describe-stream.
#[derive(Debug, Args)]
pub struct DescribeStreamArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// At most this many shards (1–10000); returns a single page.
    #[arg(long, allow_negative_numbers = true, conflicts_with_all = ["page_size", "max_items"])]
    pub limit: Option<i64>,
    /// Start after this shard; returns a single page.
    #[arg(long, value_name = "SHARD_ID", conflicts_with = "starting_token")]
    pub exclusive_start_shard_id: Option<String>,
    /// aws-cli's paging.
    #[command(flatten)]
    pub paging: PagingArgs,
}

/// list-streams.
#[derive(Debug, Args)]
pub struct ListStreamsArgs {
    /// At most this many streams (1–10000); returns a single page.
    #[arg(long, allow_negative_numbers = true, conflicts_with_all = ["page_size", "max_items"])]
    pub limit: Option<i64>,
    /// Start after this stream name; returns a single page.
    #[arg(long, value_name = "NAME", conflicts_with = "starting_token")]
    pub exclusive_start_stream_name: Option<String>,
    /// Continue from a previous page's NextToken; returns a single page.
    #[arg(long, value_name = "TOKEN", conflicts_with = "starting_token")]
    pub next_token: Option<String>,
    /// aws-cli's paging.
    #[command(flatten)]
    pub paging: PagingArgs,
}

/// list-shards.
#[derive(Debug, Args)]
pub struct ListShardsArgs {
    /// The stream's name (not with --next-token).
    #[arg(long)]
    pub stream_name: Option<String>,
    /// The stream's ARN (not with --next-token).
    #[arg(long)]
    pub stream_arn: Option<String>,
    /// Continue from a previous page's NextToken; returns a single page.
    #[arg(long, value_name = "TOKEN", conflicts_with = "starting_token")]
    pub next_token: Option<String>,
    /// Start after this shard; returns a single page.
    #[arg(long, value_name = "SHARD_ID", conflicts_with = "starting_token")]
    pub exclusive_start_shard_id: Option<String>,
    /// At most this many shards (1–10000); returns a single page.
    #[arg(long, allow_negative_numbers = true, conflicts_with_all = ["page_size", "max_items"])]
    pub max_results: Option<i64>,
    /// The stream's creation time, to tell apart streams that reused a name.
    #[arg(long, value_name = "TIME")]
    pub stream_creation_timestamp: Option<String>,
    /// `Type=AT_LATEST`, `Type=AFTER_SHARD_ID,ShardId=…`, `Type=AT_TIMESTAMP,Timestamp=…`,
    /// AT_TRIM_HORIZON, FROM_TRIM_HORIZON or FROM_TIMESTAMP; shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub shard_filter: Option<String>,
    /// aws-cli's paging.
    #[command(flatten)]
    pub paging: PagingArgs,
}
