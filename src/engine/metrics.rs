//! The engine's own per-shard traffic counts (its stand-in for CloudWatch): records and bytes
//! put, counted in the put's transaction, and read, counted off the read path.

use std::collections::BTreeMap;

use rusqlite::{Connection, Transaction, params};

use crate::engine::rows::*;
use crate::error::Result;
use crate::model::*;

/// Counts records put, per shard (in the put's own transaction).
pub(crate) fn count_incoming(
    tx: &Transaction<'_>,
    stream_id: i64,
    per_shard: &BTreeMap<u32, (i64, i64)>,
) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "UPDATE shards SET in_records = in_records + ?1, in_bytes = in_bytes + ?2
         WHERE stream_id = ?3 AND shard_index = ?4",
    )?;
    for (shard, (records, bytes)) in per_shard {
        stmt.execute(params![records, bytes, stream_id, shard])?;
    }
    Ok(())
}

/// Records and bytes read per shard that the store does not hold yet.
///
/// Reading must not write on its way, so GetRecords only adds here; the counts reach the store
/// inside the process's next write transaction, now and then from a read when the write lock
/// is free at once ([`Unwritten::due`]), and when the engine closes. They are statistics,
/// not data: those writes are not fsynced, and a crash or a read-only store loses them.
#[derive(Default)]
pub(crate) struct Unwritten {
    counts: BTreeMap<(i64, u32), (i64, i64)>,
    since: Option<std::time::Instant>,
}

impl Unwritten {
    /// How long counts may wait for a write before a read tries to store them.
    const PATIENCE: std::time::Duration = std::time::Duration::from_secs(1);

    /// Adds one read's counts.
    pub fn add(&mut self, stream_id: i64, shard: u32, records: i64, bytes: i64) {
        let c = self.counts.entry((stream_id, shard)).or_default();
        c.0 = c.0.saturating_add(records);
        c.1 = c.1.saturating_add(bytes);
        self.since.get_or_insert_with(std::time::Instant::now);
    }

    /// Whether the counts have waited long enough for a read to try storing them.
    pub fn due(&self) -> bool {
        self.since.is_some_and(|t| t.elapsed() >= Self::PATIENCE)
    }

    /// Adds the counts to the store in `tx` and forgets them.
    pub fn write(&mut self, tx: &Transaction<'_>) -> Result<()> {
        if self.counts.is_empty() {
            return Ok(());
        }
        let mut stmt = tx.prepare_cached(
            "UPDATE shards SET out_records = out_records + ?1, out_bytes = out_bytes + ?2
             WHERE stream_id = ?3 AND shard_index = ?4",
        )?;
        for ((stream_id, shard), (records, bytes)) in std::mem::take(&mut self.counts) {
            stmt.execute(params![records, bytes, stream_id, shard])?;
        }
        self.since = None;
        Ok(())
    }

    /// Stores the counts in a transaction of their own, unsynced, waiting at most `wait` for
    /// the write lock; on any failure they stay here for the next try.
    pub fn write_alone(&mut self, conn: &mut Connection, wait: std::time::Duration) {
        if self.counts.is_empty() {
            return;
        }
        let saved = self.counts.clone();
        let outcome = (|| -> Result<()> {
            conn.busy_timeout(wait)?;
            conn.pragma_update(None, "synchronous", "OFF")?;
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            self.write(&tx)?;
            Ok(tx.commit()?)
        })();
        let restored = conn
            .pragma_update(None, "synchronous", "FULL")
            .and_then(|()| conn.busy_timeout(crate::engine::store::BUSY_TIMEOUT));
        if outcome.is_err() || restored.is_err() {
            self.counts = saved;
            self.since.get_or_insert_with(std::time::Instant::now);
        }
    }
}

/// The engine's per-shard counts.
pub(crate) fn metrics(
    tx: &Transaction<'_>,
    stream: &StreamRef,
    now: Timestamp,
) -> Result<StreamMetricsOutput> {
    let stream = resolve(tx, stream, now)?;
    let mut stmt = tx.prepare_cached(
        "SELECT shard_index, closed_ms IS NULL, in_records, in_bytes, out_records, out_bytes
         FROM shards WHERE stream_id = ?1 ORDER BY shard_index",
    )?;
    let rows = stmt.query_map([stream.id], |r| {
        Ok(ShardMetrics {
            shard_id: ShardId(r.get(0)?).to_string(),
            open: r.get(1)?,
            incoming_records: r.get(2)?,
            incoming_bytes: r.get(3)?,
            outgoing_records: r.get(4)?,
            outgoing_bytes: r.get(5)?,
        })
    })?;
    let shards = rows.collect::<rusqlite::Result<_>>()?;
    Ok(StreamMetricsOutput { stream_name: stream.name, shards })
}
