//! Retention: Increase- and DecreaseStreamRetentionPeriod, and its enforcement (records past
//! the period are deleted now and then by puts, and at once when the period shrinks, a chunk
//! once all its records are; reads never return them either way).

use rusqlite::{Transaction, params};

use crate::engine::chunks;
use crate::engine::options::EngineOptions;
use crate::engine::rows::*;
use crate::error::{Error, Result};
use crate::model::limits::*;
use crate::model::*;

/// How often puts look for records past retention to delete.
const TRIM_EVERY_MS: i64 = 60_000;

/// Deletes the stream's chunks whose every record is older than its retention period, and the
/// closed shards whose every record is that old. Reads never return such records, whether
/// this ran or not, and whatever chunk holds them.
pub(crate) fn trim(tx: &Transaction<'_>, stream: &StreamRow, now: Timestamp) -> Result<()> {
    let horizon = now.0 - stream.retention_hours * 3_600_000;
    let cutoff = horizon.max(0).saturating_mul(1000);
    for shard in shards(tx, stream.id)? {
        chunks::trim(tx, stream.id, shard.index, cutoff as u64)?;
    }
    tx.execute(
        "DELETE FROM shards WHERE stream_id = ?1 AND closed_ms IS NOT NULL AND closed_ms < ?2",
        params![stream.id, horizon],
    )?;
    tx.execute("UPDATE streams SET trimmed_ms = ?1 WHERE id = ?2", params![now.0, stream.id])?;
    Ok(())
}

/// Trims the stream if it has not been trimmed for a while (called by puts).
pub(crate) fn trim_now_and_then(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    now: Timestamp,
) -> Result<()> {
    let last: i64 = tx
        .prepare_cached("SELECT trimmed_ms FROM streams WHERE id = ?1")?
        .query_row([stream.id], |r| r.get(0))?;
    if now.0 - last >= TRIM_EVERY_MS { trim(tx, stream, now) } else { Ok(()) }
}

/// Increase- and DecreaseStreamRetentionPeriod: `increase` says which.
pub(crate) fn change_retention(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &RetentionInput,
    increase: bool,
    now: Timestamp,
) -> Result<()> {
    let hours = input.retention_period_hours;
    let stream = resolve(tx, &input.stream, now)?;
    require_active(&stream)?;
    if hours < RETENTION_HOURS.0 {
        return Err(Error::InvalidArgument(format!(
            "Minimum allowed retention period is {} hours. Requested retention period ({hours} \
             hours) is too short.",
            RETENTION_HOURS.0
        )));
    }
    let current = stream.retention_hours;
    if increase && hours < current {
        return Err(Error::InvalidArgument(format!(
            "Requested retention period ({hours} hours) for stream {} can not be shorter than \
             existing retention period ({current} hours). Use DecreaseRetentionPeriod API.",
            stream.name
        )));
    }
    if !increase && hours > current {
        return Err(Error::InvalidArgument(format!(
            "Requested retention period ({hours} hours) for stream {} can not be longer than \
             existing retention period ({current} hours). Use IncreaseRetentionPeriod API.",
            stream.name
        )));
    }
    tx.execute("UPDATE streams SET retention_hours = ?1 WHERE id = ?2", params![hours, stream.id])?;
    mark_updating(tx, &stream, options, now)?;
    if !increase {
        let shorter = StreamRow { retention_hours: hours, ..stream };
        trim(tx, &shorter, now)?;
    }
    Ok(())
}
