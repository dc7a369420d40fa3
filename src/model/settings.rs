//! Stream configuration: server-side encryption, the capacity mode, resource policies; and
//! the account's settings.

use serde::{Deserialize, Serialize};

use crate::model::{StreamModeDetails, StreamRef, Timestamp, WarmThroughput};

/// StartStreamEncryption's and StopStreamEncryption's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EncryptionInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// `KMS` (the model also lists `NONE`, which Kinesis refuses here).
    pub encryption_type: String,
    /// The KMS key: its id, its ARN, an alias name (`alias/…`) or an alias ARN.
    pub key_id: String,
}

/// UpdateStreamMode's request.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateStreamModeInput {
    /// The stream's ARN (this action takes no name).
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
    /// The mode to switch to.
    pub stream_mode_details: StreamModeDetails,
    /// The warm throughput asked for an on-demand stream (needs the account's minimum
    /// throughput billing commitment).
    #[serde(rename = "WarmThroughputMiBps", skip_serializing_if = "Option::is_none")]
    pub warm_throughput_mibps: Option<i64>,
}

/// GetResourcePolicy's and DeleteResourcePolicy's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ResourcePolicyInput {
    /// The stream's or consumer's ARN.
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
}

/// PutResourcePolicy's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PutResourcePolicyInput {
    /// The stream's or consumer's ARN.
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
    /// The policy, a JSON document.
    #[serde(rename = "Policy")]
    pub policy: String,
}

/// GetResourcePolicy's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetResourcePolicyOutput {
    /// The policy (`{}` when the resource has none).
    pub policy: String,
}

/// DescribeAccountSettings's request: it has no members.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct DescribeAccountSettingsInput {}

/// The account's minimum throughput billing commitment, as described.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MinimumThroughputBillingCommitment {
    /// `ENABLED`, `DISABLED`, or `ENABLED_UNTIL_EARLIEST_ALLOWED_END` (disabled before its
    /// minimum term ended: it ends then).
    pub status: String,
    /// When it was last enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    /// When it ended, or will.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<Timestamp>,
    /// The soonest it may end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earliest_allowed_end_at: Option<Timestamp>,
}

/// DescribeAccountSettings's and UpdateAccountSettings's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccountSettingsOutput {
    /// The commitment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_throughput_billing_commitment: Option<MinimumThroughputBillingCommitment>,
}

/// The commitment's status asked for.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CommitmentStatus {
    /// `ENABLED` or `DISABLED`.
    pub status: String,
}

/// UpdateAccountSettings's request.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateAccountSettingsInput {
    /// The commitment's new status.
    pub minimum_throughput_billing_commitment: CommitmentStatus,
}

/// UpdateStreamWarmThroughput's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateWarmThroughputInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// The warm throughput asked for, in MiB/s.
    #[serde(rename = "WarmThroughputMiBps")]
    pub warm_throughput_mibps: i64,
}

/// UpdateStreamWarmThroughput's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateWarmThroughputOutput {
    /// The stream's ARN.
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
    /// The stream's name.
    pub stream_name: String,
    /// The target asked for, and what is in force while the stream gets there.
    pub warm_throughput: WarmThroughput,
}

/// UpdateMaxRecordSize's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct UpdateMaxRecordSizeInput {
    /// The stream's ARN (this action takes no name).
    #[serde(rename = "StreamARN", skip_serializing_if = "Option::is_none")]
    pub stream_arn: Option<String>,
    /// The largest record the stream is to take, 1 024 to 10 240 KiB.
    #[serde(rename = "MaxRecordSizeInKiB")]
    pub max_record_size_in_kib: i64,
}

/// UpdateStreamRecordDistributionStrategy's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateDistributionInput {
    /// The stream's ARN (this action takes no name).
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
    /// `AUTO` (Kinesis spreads records evenly, keys ignored) or `USER_PARTITION_KEY`.
    pub record_distribution_strategy: String,
}
