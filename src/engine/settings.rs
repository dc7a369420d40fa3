//! Stream settings: retention (and its enforcement), enhanced monitoring, tags, and the
//! engine's own per-shard traffic counts.

use std::collections::BTreeMap;

use rusqlite::{Connection, Transaction, params};

use crate::engine::EngineOptions;
use crate::engine::reshard::require_active;
use crate::engine::shards::shards;
use crate::engine::streams::{StreamRow, check_ref, finish, mark_updating, resolve};
use crate::error::{Error, Result};
use crate::model::limits::*;
use crate::model::validate::Violations;
use crate::model::*;

/// How often puts look for records past retention to delete.
const TRIM_EVERY_MS: i64 = 60_000;

/// Deletes the stream's records older than its retention period, and the closed shards whose
/// every record is that old. Reads never return such records even before this runs.
pub(crate) fn trim(tx: &Transaction<'_>, stream: &StreamRow, now: Timestamp) -> Result<()> {
    let horizon = now.0 - stream.retention_hours * 3_600_000;
    let cutoff = horizon.max(0).saturating_mul(1000);
    for shard in shards(tx, stream.id)? {
        tx.execute(
            "DELETE FROM records WHERE stream_id = ?1 AND shard_index = ?2 AND counter < ?3",
            params![stream.id, shard.index, cutoff],
        )?;
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
    let last: i64 =
        tx.query_row("SELECT trimmed_ms FROM streams WHERE id = ?1", [stream.id], |r| r.get(0))?;
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
    let mut v = Violations::new();
    v.range("RetentionPeriodHours", Some(hours), 1, RETENTION_HOURS.1);
    check_ref(&mut v, &input.stream);
    finish(v)?;
    let stream = resolve(tx, &input.stream)?;
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

/// Enable- and DisableEnhancedMonitoring: `enable` says which.
pub(crate) fn monitoring(
    tx: &Transaction<'_>,
    input: &MonitoringInput,
    enable: bool,
) -> Result<MonitoringOutput> {
    let mut v = Violations::new();
    v.list_length("shardLevelMetrics", input.shard_level_metrics.len(), 1, 7);
    let unknown: Vec<&str> = input
        .shard_level_metrics
        .iter()
        .map(String::as_str)
        .filter(|m| *m != "ALL" && !SHARD_LEVEL_METRICS.contains(m))
        .collect();
    if !unknown.is_empty() {
        v.pattern(
            "shardLevelMetrics",
            Some(&format!("[{}]", input.shard_level_metrics.join(", "))),
            false,
            &format!("[ALL, {}]", SHARD_LEVEL_METRICS.join(", ")),
        );
    }
    check_ref(&mut v, &input.stream);
    finish(v)?;
    let stream = resolve(tx, &input.stream)?;
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

/// Kinesis's tag character rule: letters, digits, white space and `_ . : / = + - @`.
fn tag_chars_ok(s: &str) -> bool {
    s.chars().all(|c| c.is_alphanumeric() || c.is_whitespace() || "_.:/=+-@%".contains(c))
}

fn check_tag_keys(v: &mut Violations, member: &str, keys: &[&str]) {
    if keys.iter().any(|k| k.is_empty() || k.chars().count() > 128) {
        v.pattern(
            member,
            Some(&format!("[{}]", keys.join(", "))),
            false,
            "[Member must have length less than or equal to 128, Member must have length greater than or equal to 1]",
        );
    }
}

fn check_tag_text(stream: &StreamRow, texts: &[&str], verb: &str) -> Result<()> {
    if texts.iter().any(|t| !tag_chars_ok(t)) {
        return Err(Error::InvalidArgument(
            "Some tags contain invalid characters. Valid characters: Unicode letters, digits, white \
             space, _ . / = + - % @."
                .into(),
        ));
    }
    if texts.iter().any(|t| t.contains('%')) {
        return Err(Error::InvalidArgument(format!(
            "Failed to {verb} stream {} under account {LOCAL_ACCOUNT} because some tags contained \
             illegal characters. The allowed characters are Unicode letters, white-spaces, '_',',',\
             '/','=','+','-','@'.",
            stream.name
        )));
    }
    Ok(())
}

/// AddTagsToStream (and TagResource): sets keys, keeping at most 50 per stream.
pub(crate) fn add_tags(
    tx: &Transaction<'_>,
    stream: &StreamRef,
    tags: &BTreeMap<String, String>,
) -> Result<()> {
    let mut v = Violations::new();
    v.list_length("tags", tags.len(), 1, MAX_TAGS_PER_CALL);
    check_tag_keys(&mut v, "tags", &tags.keys().map(String::as_str).collect::<Vec<_>>());
    if tags.values().any(|val| val.chars().count() > MAX_TAG_VALUE_CHARS) {
        v.pattern("tags", Some("{…}"), false, "Map value must satisfy constraint: [Member must have length less than or equal to 256, Member must have length greater than or equal to 0]");
    }
    check_ref(&mut v, stream);
    finish(v)?;
    let stream = resolve(tx, stream)?;
    let texts: Vec<&str> = tags.iter().flat_map(|(k, v)| [k.as_str(), v.as_str()]).collect();
    check_tag_text(&stream, &texts, "add tags to")?;
    let existing = list(tx, &stream)?;
    let added = tags.keys().filter(|k| !existing.iter().any(|t| &t.key == *k)).count();
    if existing.len() + added > MAX_TAGS_PER_STREAM {
        return Err(Error::InvalidArgument(format!(
            "Failed to add tags to stream {} under account {LOCAL_ACCOUNT} because a given stream \
             cannot have more than {MAX_TAGS_PER_STREAM} tags associated with it.",
            stream.name
        )));
    }
    for (k, val) in tags {
        tx.execute(
            "INSERT INTO tags (stream_id, key, value) VALUES (?1, ?2, ?3)
             ON CONFLICT (stream_id, key) DO UPDATE SET value = excluded.value",
            params![stream.id, k, val],
        )?;
    }
    Ok(())
}

/// RemoveTagsFromStream (and UntagResource).
pub(crate) fn remove_tags(tx: &Transaction<'_>, stream: &StreamRef, keys: &[String]) -> Result<()> {
    let mut v = Violations::new();
    v.list_length("tagKeys", keys.len(), 1, MAX_TAGS_PER_CALL);
    check_tag_keys(&mut v, "tagKeys", &keys.iter().map(String::as_str).collect::<Vec<_>>());
    check_ref(&mut v, stream);
    finish(v)?;
    let stream = resolve(tx, stream)?;
    check_tag_text(
        &stream,
        &keys.iter().map(String::as_str).collect::<Vec<_>>(),
        "remove tags from",
    )?;
    for k in keys {
        tx.execute("DELETE FROM tags WHERE stream_id = ?1 AND key = ?2", params![stream.id, k])?;
    }
    Ok(())
}

fn list(tx: &Transaction<'_>, stream: &StreamRow) -> Result<Vec<Tag>> {
    let mut stmt =
        tx.prepare_cached("SELECT key, value FROM tags WHERE stream_id = ?1 ORDER BY key")?;
    let tags = stmt.query_map([stream.id], |r| Ok(Tag { key: r.get(0)?, value: r.get(1)? }))?;
    Ok(tags.collect::<rusqlite::Result<_>>()?)
}

/// ListTagsForStream: in key order, after `ExclusiveStartTagKey`, `Limit` at a time.
pub(crate) fn list_tags(
    tx: &Transaction<'_>,
    input: &ListTagsForStreamInput,
) -> Result<ListTagsForStreamOutput> {
    let mut v = Violations::new();
    v.length("ExclusiveStartTagKey", input.exclusive_start_tag_key.as_deref(), 1, 128);
    v.range("Limit", input.limit, 1, 50);
    check_ref(&mut v, &input.stream);
    finish(v)?;
    let stream = resolve(tx, &input.stream)?;
    let after = input.exclusive_start_tag_key.as_deref().unwrap_or("");
    let mut tags: Vec<Tag> =
        list(tx, &stream)?.into_iter().filter(|t| t.key.as_str() > after).collect();
    let limit = input.limit.unwrap_or(10) as usize;
    let has_more_tags = tags.len() > limit;
    tags.truncate(limit);
    Ok(ListTagsForStreamOutput { tags, has_more_tags })
}

/// ListTagsForResource: every tag.
pub(crate) fn list_tags_for_resource(
    tx: &Transaction<'_>,
    arn: &str,
) -> Result<ListTagsForResourceOutput> {
    let stream = resolve(tx, &resource(arn)?)?;
    Ok(ListTagsForResourceOutput { tags: list(tx, &stream)? })
}

/// The stream a `ResourceARN` names (only stream ARNs exist in the engine).
pub(crate) fn resource(arn: &str) -> Result<StreamRef> {
    let mut v = Violations::new();
    v.length("ResourceARN", Some(arn), 1, 2048);
    finish(v)?;
    Ok(StreamRef { stream_name: None, stream_arn: Some(arn.to_string()) })
}

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
pub(crate) fn metrics(tx: &Transaction<'_>, stream: &StreamRef) -> Result<StreamMetricsOutput> {
    let mut v = Violations::new();
    check_ref(&mut v, stream);
    finish(v)?;
    let stream = resolve(tx, stream)?;
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
