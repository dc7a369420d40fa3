//! Retention and enhanced monitoring: increase- and decrease-stream-retention-period,
//! enable- and disable-enhanced-monitoring.

use clap::Args;

use super::StreamTarget;

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
