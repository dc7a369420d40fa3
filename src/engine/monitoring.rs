//! Enhanced monitoring: Enable- and DisableEnhancedMonitoring (the metric set, ALL expanded).

use rusqlite::{Transaction, params};

use crate::engine::rows::*;
use crate::error::Result;
use crate::model::*;

/// Enable- and DisableEnhancedMonitoring: `enable` says which.
pub(crate) fn monitoring(
    tx: &Transaction<'_>,
    input: &MonitoringInput,
    enable: bool,
    now: Timestamp,
) -> Result<MonitoringOutput> {
    let stream = resolve(tx, &input.stream, now)?;
    let asked = |m: &str| input.shard_level_metrics.iter().any(|x| x == m || x == "ALL");
    let desired: Vec<String> = SHARD_LEVEL_METRICS
        .iter()
        .filter(|m| {
            if enable {
                stream.metrics.iter().any(|x| x == *m) || asked(m)
            } else {
                stream.metrics.iter().any(|x| x == *m) && !asked(m)
            }
        })
        .map(|m| m.to_string())
        .collect();
    tx.execute(
        "UPDATE streams SET shard_level_metrics = ?1 WHERE id = ?2",
        params![desired.join(","), stream.id],
    )?;
    Ok(MonitoringOutput {
        stream_name: stream.name.clone(),
        current_shard_level_metrics: stream.metrics.clone(),
        desired_shard_level_metrics: desired,
        stream_arn: stream.arn.clone(),
    })
}
