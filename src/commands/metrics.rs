//! metrics: the engine's own per-shard traffic counts.

use crate::cli::StreamArgs;
use crate::commands::streams::stream_ref;
use crate::commands::{Context, to_json};
use crate::error::Result;

/// metrics: a table on a terminal unless --output says otherwise.
pub async fn metrics(ctx: &Context, a: StreamArgs) -> Result<()> {
    let stream = stream_ref(a.stream)?;
    let out = ctx.timed("StreamMetrics", stream, |s| ctx.backend.stream_metrics(s)).await?;
    ctx.print(
        "Metrics",
        Some("Shards[].[ShardId, IncomingRecords, OutgoingRecords]"),
        Some(to_json(&out)?),
    )
}
