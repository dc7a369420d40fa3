//! Stream configuration: server-side encryption, the capacity mode, and resource policies.

use serde::{Deserialize, Serialize};

use crate::model::{StreamModeDetails, StreamRef};

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
