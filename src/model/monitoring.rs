//! Enhanced monitoring: Enable- and DisableEnhancedMonitoring's request and response, and
//! the metric names.

use serde::{Deserialize, Serialize};

use crate::model::StreamRef;

/// EnableEnhancedMonitoring's and DisableEnhancedMonitoring's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MonitoringInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// Metric names, or `ALL`.
    pub shard_level_metrics: Vec<String>,
}

/// EnableEnhancedMonitoring's and DisableEnhancedMonitoring's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MonitoringOutput {
    /// The stream's name.
    pub stream_name: String,
    /// The metrics enabled before.
    pub current_shard_level_metrics: Vec<String>,
    /// The metrics enabled now.
    pub desired_shard_level_metrics: Vec<String>,
    /// The stream's ARN.
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
}

/// The shard-level metrics Kinesis knows, in its order; `ALL` stands for all of them.
pub const SHARD_LEVEL_METRICS: [&str; 7] = [
    "IncomingBytes",
    "IncomingRecords",
    "OutgoingBytes",
    "OutgoingRecords",
    "WriteProvisionedThroughputExceeded",
    "ReadProvisionedThroughputExceeded",
    "IteratorAgeMilliseconds",
];
