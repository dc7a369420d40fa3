//! Stream configuration: start- and stop-stream-encryption, update-stream-mode, put-, get-
//! and delete-resource-policy; describe- and update-account-settings.

use clap::Args;

use super::StreamTarget;

/// start- and stop-stream-encryption.
#[derive(Debug, Args)]
pub struct EncryptionArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// KMS.
    #[arg(long, value_name = "KMS")]
    pub encryption_type: String,
    /// The KMS key: a key id, key ARN, alias name (`alias/aws/kinesis` for the AWS managed
    /// key) or alias ARN.
    #[arg(long, value_name = "KEY")]
    pub key_id: String,
}

/// update-stream-mode.
#[derive(Debug, Args)]
pub struct UpdateStreamModeArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub stream_arn: String,
    /// `StreamMode=PROVISIONED|ON_DEMAND`, in shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub stream_mode_details: String,
    /// The warm throughput for an on-demand stream, in MiB/s (needs the account's minimum
    /// throughput billing commitment).
    #[arg(long = "warm-throughput-mi-bps", allow_negative_numbers = true)]
    pub warm_throughput_mibps: Option<i64>,
}

/// get- and delete-resource-policy.
#[derive(Debug, Args)]
pub struct PolicyTargetArgs {
    /// The stream's or consumer's ARN.
    #[arg(long, value_name = "ARN")]
    pub resource_arn: String,
}

/// put-resource-policy.
#[derive(Debug, Args)]
pub struct PutPolicyArgs {
    /// The stream's or consumer's ARN.
    #[arg(long, value_name = "ARN")]
    pub resource_arn: String,
    /// The policy: a JSON document, or `file://PATH`.
    #[arg(long, value_name = "JSON")]
    pub policy: String,
}

/// update-account-settings.
#[derive(Debug, Args)]
pub struct UpdateAccountSettingsArgs {
    /// `Status=ENABLED|DISABLED`, in shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub minimum_throughput_billing_commitment: String,
}

/// update-max-record-size.
#[derive(Debug, Args)]
pub struct UpdateMaxRecordSizeArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub stream_arn: String,
    /// The largest record the stream is to take, 1024 to 10240 KiB.
    #[arg(long = "max-record-size-in-ki-b", value_name = "KIB", allow_negative_numbers = true)]
    pub max_record_size_in_kib: i64,
}

/// update-stream-warm-throughput.
#[derive(Debug, Args)]
pub struct UpdateWarmThroughputArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// The warm throughput asked for, in MiB/s (on-demand streams, with the account's
    /// minimum throughput billing commitment).
    #[arg(long = "warm-throughput-mi-bps", allow_negative_numbers = true)]
    pub warm_throughput_mibps: i64,
}

/// update-stream-record-distribution-strategy.
#[derive(Debug, Args)]
pub struct UpdateDistributionArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub stream_arn: String,
    /// AUTO (Kinesis spreads records evenly, partition keys ignored) or USER_PARTITION_KEY.
    #[arg(long, value_name = "STRATEGY")]
    pub record_distribution_strategy: String,
}
