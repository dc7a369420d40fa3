//! Channels: create-, describe-, list-, update- and delete-channel (through `--backend aws`;
//! the embedded engine has no S3 to deliver to).

use clap::Args;

/// create-channel.
#[derive(Debug, Args)]
pub struct CreateChannelArgs {
    /// The channel's name.
    #[arg(long)]
    pub channel_name: String,
    /// The IAM role Kinesis assumes to deliver.
    #[arg(long, value_name = "ARN")]
    pub service_execution_role_arn: String,
    /// The source streams and their record configurations, a JSON list.
    #[arg(long, value_name = "JSON")]
    pub stream_configuration_list: String,
    /// An S3 bucket destination, in shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub s3_destination_configuration: Option<String>,
    /// An S3 Tables destination, in shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub s3_tables_destination_configuration: Option<String>,
    /// How delivered data is encrypted, in shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub encryption_configuration: Option<String>,
    /// Tags: `k1=v1,k2=v2`, or a JSON object.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub tags: Option<String>,
    /// CloudWatch Logs for delivery errors, in shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub logging_configuration: Option<String>,
}

/// describe-channel and delete-channel.
#[derive(Debug, Args)]
pub struct ChannelArnArgs {
    /// The channel's ARN.
    #[arg(long, value_name = "ARN")]
    pub channel_arn: String,
}

/// list-channels.
#[derive(Debug, Args)]
pub struct ListChannelsArgs {
    /// Only the channels of these streams, a JSON list of `{"StreamARN": …}`.
    #[arg(long, value_name = "JSON")]
    pub stream_filter: Option<String>,
    /// At most this many channels (1–10000).
    #[arg(long, allow_negative_numbers = true)]
    pub max_results: Option<i64>,
    /// Where the previous page ended.
    #[arg(long)]
    pub next_token: Option<String>,
}

/// update-channel.
#[derive(Debug, Args)]
pub struct UpdateChannelArgs {
    /// The channel's ARN.
    #[arg(long, value_name = "ARN")]
    pub channel_arn: String,
    /// The S3 destination's data freshness, in shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub s3_destination_configuration: Option<String>,
    /// The S3 Tables destination's data freshness, in shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub s3_tables_destination_configuration: Option<String>,
    /// CloudWatch Logs for delivery errors, in shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub logging_configuration: Option<String>,
}
