//! Retention: Increase- and DecreaseStreamRetentionPeriod's request.

use serde::{Deserialize, Serialize};

use crate::model::StreamRef;

/// IncreaseStreamRetentionPeriod's and DecreaseStreamRetentionPeriod's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RetentionInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// The new period, 24–8760 hours.
    pub retention_period_hours: i64,
}
