//! Retention and enhanced monitoring: increase- and decrease-stream-retention-period,
//! enable- and disable-enhanced-monitoring.

use crate::cli::{MonitoringArgs, RetentionArgs};
use crate::commands::streams::stream_ref;
use crate::commands::{Context, params, to_json};
use crate::error::Result;
use crate::model::*;

/// increase- and decrease-stream-retention-period: print nothing, as aws-cli.
pub async fn retention(ctx: &Context, a: RetentionArgs, increase: bool) -> Result<()> {
    params::min_value("RetentionPeriodHours", Some(a.retention_period_hours), 1)?;
    let input = RetentionInput {
        stream: stream_ref(a.stream)?,
        retention_period_hours: a.retention_period_hours,
    };
    if increase {
        ctx.call(Action::IncreaseStreamRetentionPeriod, input, |i| {
            ctx.backend.increase_stream_retention_period(i)
        })
        .await?;
    } else {
        ctx.call(Action::DecreaseStreamRetentionPeriod, input, |i| {
            ctx.backend.decrease_stream_retention_period(i)
        })
        .await?;
    }
    ctx.print("StreamRetentionPeriod", None, None)
}

/// enable- and disable-enhanced-monitoring.
pub async fn monitoring(ctx: &Context, a: MonitoringArgs, enable: bool) -> Result<()> {
    let input = MonitoringInput {
        stream: stream_ref(a.stream)?,
        shard_level_metrics: a.shard_level_metrics,
    };
    let (title, out) = if enable {
        (
            "EnableEnhancedMonitoring",
            ctx.call(Action::EnableEnhancedMonitoring, input, |i| {
                ctx.backend.enable_enhanced_monitoring(i)
            })
            .await?,
        )
    } else {
        (
            "DisableEnhancedMonitoring",
            ctx.call(Action::DisableEnhancedMonitoring, input, |i| {
                ctx.backend.disable_enhanced_monitoring(i)
            })
            .await?,
        )
    };
    ctx.print(title, Some("DesiredShardLevelMetrics"), Some(to_json(&out)?))
}
