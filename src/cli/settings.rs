//! Resharding, settings, tags, waiters and serve: their arguments.

use clap::{Args, Subcommand, ValueEnum};

use super::StreamTarget;
use crate::model::limits;

/// split-shard.
#[derive(Debug, Args)]
pub struct SplitShardArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// The open shard to split.
    #[arg(long, value_name = "SHARD_ID")]
    pub shard_to_split: String,
    /// The first hash key of the second child [default: the shard's midpoint].
    #[arg(long, allow_hyphen_values = true, value_name = "KEY")]
    pub new_starting_hash_key: Option<String>,
}

/// merge-shards.
#[derive(Debug, Args)]
pub struct MergeShardsArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// One shard (it becomes the child's ParentShardId).
    #[arg(long, value_name = "SHARD_ID")]
    pub shard_to_merge: String,
    /// The adjacent shard (it becomes the child's AdjacentParentShardId).
    #[arg(long, value_name = "SHARD_ID")]
    pub adjacent_shard_to_merge: String,
}

/// update-shard-count.
#[derive(Debug, Args)]
pub struct UpdateShardCountArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// The number of open shards wanted.
    #[arg(long, allow_negative_numbers = true)]
    pub target_shard_count: i64,
    /// How to get there; only UNIFORM_SCALING exists.
    #[arg(long, value_enum)]
    pub scaling_type: ScalingType,
}

/// Scaling types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ScalingType {
    /// Shards of equal size.
    UniformScaling,
}

/// increase- and decrease-stream-retention-period.
#[derive(Debug, Args)]
pub struct RetentionArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// The new retention period in hours (24–8760).
    #[arg(long, allow_negative_numbers = true)]
    pub retention_period_hours: i64,
}

/// enable- and disable-enhanced-monitoring.
#[derive(Debug, Args)]
pub struct MonitoringArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// IncomingBytes, IncomingRecords, OutgoingBytes, OutgoingRecords,
    /// WriteProvisionedThroughputExceeded, ReadProvisionedThroughputExceeded,
    /// IteratorAgeMilliseconds, or ALL.
    #[arg(long, num_args = 1.., required = true, value_name = "METRIC")]
    pub shard_level_metrics: Vec<String>,
}

/// add-tags-to-stream.
#[derive(Debug, Args)]
pub struct AddTagsArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// `k1=v1,k2=v2`, or a JSON object.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub tags: String,
}

/// remove-tags-from-stream.
#[derive(Debug, Args)]
pub struct RemoveTagsArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// The keys to remove.
    #[arg(long, num_args = 1.., required = true, value_name = "KEY")]
    pub tag_keys: Vec<String>,
}

/// list-tags-for-stream.
#[derive(Debug, Args)]
pub struct ListTagsArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// Start after this key.
    #[arg(long, value_name = "KEY")]
    pub exclusive_start_tag_key: Option<String>,
    /// At most this many tags (1–50; 10 by default).
    #[arg(long, allow_negative_numbers = true)]
    pub limit: Option<i64>,
}

/// A command on a resource ARN.
#[derive(Debug, Args)]
pub struct ResourceArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub resource_arn: String,
}

/// tag-resource.
#[derive(Debug, Args)]
pub struct TagResourceArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub resource_arn: String,
    /// `k1=v1,k2=v2`, or a JSON object.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub tags: String,
}

/// untag-resource.
#[derive(Debug, Args)]
pub struct UntagResourceArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub resource_arn: String,
    /// The keys to remove.
    #[arg(long, num_args = 1.., required = true, value_name = "KEY")]
    pub tag_keys: Vec<String>,
}

/// The waiters.
#[derive(Debug, Subcommand)]
pub enum WaitCommand {
    /// Wait until the stream is ACTIVE.
    StreamExists(WaitArgs),
    /// Wait until the stream is gone.
    StreamNotExists(WaitArgs),
}

/// A waiter's arguments.
#[derive(Debug, Args)]
pub struct WaitArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// Seconds between polls, as aws-cli's waiter (beyond aws-cli: settable).
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    pub delay: f64,
    /// Polls before giving up, as aws-cli's waiter (beyond aws-cli: settable).
    #[arg(long, default_value_t = 18, value_name = "N")]
    pub max_attempts: u32,
}

/// serve.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port to listen on (0: any free port; the URL is printed on stdout).
    #[arg(long, default_value_t = 4567)]
    pub port: u16,
    /// The address to listen on; anything but loopback must be asked for.
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
    pub bind: std::net::IpAddr,
    /// Keep streams in memory only, not in the data dir: gone when the server stops.
    #[arg(long)]
    pub in_memory: bool,
    /// Create these streams at start (unless they exist): NAME:SHARDS, repeatable.
    #[arg(long = "stream", value_name = "NAME:SHARDS")]
    pub streams: Vec<String>,
    /// The most open shards across all streams.
    #[arg(long, default_value_t = limits::DEFAULT_SHARD_LIMIT, value_name = "N")]
    pub shard_limit: u32,
    /// How long shard iterators stay valid, in seconds.
    #[arg(long, default_value_t = limits::ITERATOR_TTL.as_secs() as u32, value_name = "SECONDS")]
    pub iterator_ttl: u32,
    /// How long a new stream stays CREATING, in milliseconds.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub create_stream_ms: u32,
    /// How long a deleted stream stays DELETING, in milliseconds.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub delete_stream_ms: u32,
    /// How long a resharded or re-tuned stream stays UPDATING, in milliseconds.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub update_stream_ms: u32,
    /// How long a client may take to send a request's headers, in seconds.
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS", value_parser = positive_seconds)]
    pub header_timeout: f64,
    /// How long a connection may sit idle between requests before it is closed, in seconds.
    #[arg(long, default_value_t = 60.0, value_name = "SECONDS", value_parser = positive_seconds)]
    pub idle_timeout: f64,
    /// The most connections served at once; more are answered 503 and closed.
    #[arg(long, default_value_t = 512, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub max_connections: u32,
}

/// A number of seconds above zero (and below a year).
fn positive_seconds(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(n) if n > 0.0 && n <= 31_536_000.0 => Ok(n),
        _ => Err(format!("expected a number of seconds above 0, not '{s}'")),
    }
}
