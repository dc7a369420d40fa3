//! Resharding: split-shard, merge-shards, update-shard-count.

use clap::{Args, ValueEnum};

use super::StreamTarget;

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
