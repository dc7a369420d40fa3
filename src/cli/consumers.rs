//! Consumers and enhanced fan-out: register-stream-consumer, describe-stream-consumer,
//! list-stream-consumers, deregister-stream-consumer, subscribe-to-shard.

use clap::Args;

use super::DecodeArgs;

/// register-stream-consumer.
#[derive(Debug, Args)]
pub struct RegisterConsumerArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub stream_arn: String,
    /// The consumer's name: 1–128 of [a-zA-Z0-9_.-], unique within the stream.
    #[arg(long, value_name = "NAME")]
    pub consumer_name: String,
}

/// describe-stream-consumer and deregister-stream-consumer: a consumer by ARN, or by its
/// stream's ARN and its name.
#[derive(Debug, Args)]
#[group(required = true, multiple = true)]
pub struct ConsumerTarget {
    /// The stream's ARN (with --consumer-name).
    #[arg(long, value_name = "ARN", requires = "consumer_name")]
    pub stream_arn: Option<String>,
    /// The consumer's name (with --stream-arn).
    #[arg(long, value_name = "NAME", requires = "stream_arn")]
    pub consumer_name: Option<String>,
    /// The consumer's ARN.
    #[arg(long, value_name = "ARN")]
    pub consumer_arn: Option<String>,
}

/// list-stream-consumers.
#[derive(Debug, Args)]
pub struct ListConsumersArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub stream_arn: String,
    /// Continue from a previous page's NextToken; returns a single page.
    #[arg(long, value_name = "TOKEN", conflicts_with = "starting_token")]
    pub next_token: Option<String>,
    /// At most this many consumers (1–10000); returns a single page.
    #[arg(long, allow_negative_numbers = true, conflicts_with_all = ["page_size", "max_items"])]
    pub max_results: Option<i64>,
    /// The stream's creation time, to tell apart streams that reused a name.
    #[arg(long, value_name = "TIME")]
    pub stream_creation_timestamp: Option<String>,
    /// aws-cli's paging.
    #[command(flatten)]
    pub paging: super::PagingArgs,
}

/// subscribe-to-shard.
#[derive(Debug, Args)]
pub struct SubscribeArgs {
    /// The consumer's ARN (from register-stream-consumer).
    #[arg(long, value_name = "ARN")]
    pub consumer_arn: String,
    /// The shard to subscribe to.
    #[arg(long, value_name = "SHARD_ID")]
    pub shard_id: String,
    /// `Type=LATEST`, `Type=TRIM_HORIZON`, `Type=AT_SEQUENCE_NUMBER,SequenceNumber=…`,
    /// AFTER_SEQUENCE_NUMBER, or `Type=AT_TIMESTAMP,Timestamp=…`; shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub starting_position: String,
    /// How record data is decoded.
    #[command(flatten)]
    pub decode: DecodeArgs,
    /// DryRun.
    #[command(flatten)]
    pub dry_run: super::DryRunArgs,
}
