//! What a queue delivers: ReceiveQueueRecords, AcknowledgeQueueRecords,
//! UpdateQueueRecordsVisibility and their dead-letter twins, and
//! RestoreDeadLetterQueueRecords.
//!
//! A queue takes its stream's records in by counter: everything above its `cursor` is new to
//! it (a record's counter is unique in the store and grows with its arrival, and a receive
//! runs in the store's one write transaction, so no record can commit below the cursor once it
//! has passed). A record received enters `queue_records` in flight until its visibility
//! timeout passes; acknowledged, its row goes. Unacknowledged once its timeout has passed, it
//! is visible again, unless it has been received the queue's MaxReceiveCount times: then it
//! is dead-letter, and only the dead-letter operations see it, until it is acknowledged there
//! or restored (its count back to zero, visible at once). Records past the stream's retention
//! are never delivered, and their rows go. Both transitions happen when the queue is next
//! used, before anything else, so every process sees the same states.
//!
//! Each receive is a new delivery, numbered by the queue, and its receipt handle names the
//! queue, the record, that number and the path (normal or dead-letter), sealed with the
//! store's secret: a handle from an earlier delivery of the same record no longer works, so
//! two consumers can never both acknowledge one record. Everything a receive or an
//! acknowledgement changes commits in one transaction (fsynced), so `kill -9` loses neither.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rusqlite::{OptionalExtension, Transaction, params};

use crate::engine::queues::{QueueRow, resolve_queue, stream_of};
use crate::engine::rows::*;
use crate::engine::{chunks, store, token};
use crate::error::Result;
use crate::model::limits::MAX_QUEUE_RECEIVE;
use crate::model::*;

/// What an entry of a batch does with the record its handle names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EntryAction {
    /// Acknowledge it: it is never delivered again.
    Acknowledge,
    /// Change how long it stays in flight, from now.
    Visibility,
    /// Make a dead-letter record an ordinary one again.
    Restore,
}

/// A receipt handle's contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Handle {
    queue: i64,
    counter: u64,
    delivery: i64,
    dead: bool,
}

/// The format's first byte, so a later format can tell its handles from these.
const HANDLE_VERSION: u8 = 1;

impl Handle {
    /// base64url of: version, queue id, record counter, delivery number (big-endian, 8 bytes
    /// each), path (0 normal, 1 dead-letter), then the seal.
    fn encode(self, secret: &[u8]) -> String {
        let mut bytes = vec![HANDLE_VERSION];
        bytes.extend_from_slice(&self.queue.to_be_bytes());
        bytes.extend_from_slice(&self.counter.to_be_bytes());
        bytes.extend_from_slice(&self.delivery.to_be_bytes());
        bytes.push(u8::from(self.dead));
        token::seal(secret, &mut bytes);
        URL_SAFE_NO_PAD.encode(bytes)
    }

    fn decode(secret: &[u8], text: &str) -> Option<Handle> {
        let bytes = URL_SAFE_NO_PAD.decode(text).ok()?;
        let body = token::unseal(secret, &bytes)?;
        let [HANDLE_VERSION, rest @ ..] = body else { return None };
        let eight = |at: usize| -> Option<[u8; 8]> { rest.get(at..at + 8)?.try_into().ok() };
        let dead = match rest.get(24..) {
            Some([0]) => false,
            Some([1]) => true,
            _ => return None,
        };
        Some(Handle {
            queue: i64::from_be_bytes(eight(0)?),
            counter: u64::from_be_bytes(eight(8)?),
            delivery: i64::from_be_bytes(eight(16)?),
            dead,
        })
    }
}

/// The first counter still within the stream's retention period.
fn horizon(stream: &StreamRow, now: Timestamp) -> u64 {
    let ms = now.0.saturating_sub(stream.retention_hours.saturating_mul(3_600_000));
    u64::try_from(ms).unwrap_or(0).saturating_mul(1000)
}

/// Brings the queue's records up to `now`: those whose last normal delivery ran out after
/// MaxReceiveCount receives are dead-letter; those past retention are gone.
fn settle(tx: &Transaction<'_>, queue: &QueueRow, horizon: u64, now: Timestamp) -> Result<()> {
    if let Some(max) = queue.max_receives {
        execute(
            tx,
            "UPDATE queue_records SET dead = 1
             WHERE queue_id = ?1 AND dead = 0 AND visible_ms <= ?2 AND receives >= ?3",
            params![queue.id, now.0, max],
        )?;
    }
    execute(
        tx,
        "DELETE FROM queue_records WHERE queue_id = ?1 AND counter < ?2",
        params![queue.id, horizon as i64],
    )?;
    Ok(())
}

/// The queue an ARN names, delivering, with its stream and retention horizon, brought up to
/// `now` (see [`settle`]): where every receive and batch of receipt handles begins.
fn open(tx: &Transaction<'_>, arn: &str, now: Timestamp) -> Result<(QueueRow, StreamRow, u64)> {
    let queue = resolve_queue(tx, arn, now)?;
    queue.require_delivering()?;
    let stream = stream_of(tx, &queue, now)?;
    let horizon = horizon(&stream, now);
    settle(tx, &queue, horizon, now)?;
    Ok((queue, stream, horizon))
}

/// The stream's records new to the queue, oldest first, at most `need`: taken in with no
/// receive yet, and the cursor moved past them.
fn take_in(
    tx: &Transaction<'_>,
    queue: &QueueRow,
    stream: &StreamRow,
    shards: &[ShardRow],
    need: usize,
    horizon: u64,
    now: Timestamp,
) -> Result<Vec<(u64, u32)>> {
    let after = queue.cursor.max(horizon.saturating_sub(1));
    let mut found = Vec::new();
    for shard in shards {
        let mut taken = 0;
        chunks::scan(tx, stream.id, shard.index, after, |r| {
            found.push((r.counter, shard.index));
            taken += 1;
            Ok(taken < need)
        })?;
    }
    // Counters are unique in the store: the `need` lowest are all the records up to the last.
    found.sort_unstable();
    found.truncate(need);
    let mut insert = tx.prepare_cached(
        "INSERT INTO queue_records (queue_id, counter, shard_index, receives, first_ms,
                                    visible_ms, delivery)
         VALUES (?1, ?2, ?3, 0, ?4, ?4, 0)",
    )?;
    for (counter, shard) in &found {
        insert.execute(params![queue.id, *counter as i64, shard, now.0])?;
    }
    if let Some((last, _)) = found.last() {
        execute(
            tx,
            "UPDATE queues SET cursor = ?2 WHERE id = ?1",
            params![queue.id, *last as i64],
        )?;
    }
    Ok(found)
}

/// ReceiveQueueRecords (`dead` false) or ReceiveDeadLetterQueueRecords: up to `Limit` visible
/// records, each a new delivery in flight for the visibility timeout. Redeliveries come
/// first, oldest first; then records new to the queue. Answers no records when none is
/// visible (the caller waits and asks again).
pub(crate) fn receive(
    tx: &Transaction<'_>,
    secret: &[u8],
    input: &ReceiveQueueRecordsInput,
    dead: bool,
    now: Timestamp,
) -> Result<ReceiveQueueRecordsOutput> {
    let (queue, stream, horizon) = open(tx, &input.queue_arn, now)?;
    let shards = shards(tx, stream.id)?;
    let limit = input.limit.unwrap_or(MAX_QUEUE_RECEIVE).clamp(1, MAX_QUEUE_RECEIVE) as usize;
    let visibility_ms =
        input.visibility_timeout_seconds.unwrap_or(queue.visibility_s).saturating_mul(1000);
    let mut due = tx.prepare_cached(
        "SELECT counter, shard_index FROM queue_records
         WHERE queue_id = ?1 AND dead = ?2 AND visible_ms <= ?3
         ORDER BY visible_ms, counter LIMIT ?4",
    )?;
    let mut picked: Vec<(u64, u32)> = due
        .query_map(params![queue.id, dead, now.0, limit as i64], |r| {
            Ok((r.get::<_, i64>(0)? as u64, r.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    if !dead && picked.len() < limit {
        let need = limit - picked.len();
        picked.extend(take_in(tx, &queue, &stream, &shards, need, horizon, now)?);
    }
    if picked.is_empty() {
        return Ok(ReceiveQueueRecordsOutput { queue_records: Vec::new() });
    }
    let first_delivery: i64 = tx
        .prepare_cached(
            "UPDATE queues SET deliveries = deliveries + ?2 WHERE id = ?1 RETURNING deliveries",
        )?
        .query_row(params![queue.id, picked.len() as i64], |r| r.get(0))?;
    let first_delivery = first_delivery - picked.len() as i64 + 1;
    let layout = store::layout(tx, stream.id)?;
    let mut deliver = tx.prepare_cached(
        "UPDATE queue_records SET receives = receives + 1, visible_ms = ?3, delivery = ?4
         WHERE queue_id = ?1 AND counter = ?2 RETURNING receives, first_ms",
    )?;
    let mut out = Vec::with_capacity(picked.len());
    for (n, (counter, shard)) in picked.into_iter().enumerate() {
        let found = chunks::find(tx, stream.id, shard, counter)?;
        // Trimmed by retention meanwhile: it is no longer the queue's.
        let Some((partition_key, data)) = found else {
            execute(
                tx,
                "DELETE FROM queue_records WHERE queue_id = ?1 AND counter = ?2",
                params![queue.id, counter as i64],
            )?;
            continue;
        };
        let delivery = first_delivery + n as i64;
        let visible = now.0.saturating_add(visibility_ms);
        let (receives, first_ms): (i64, i64) = deliver
            .query_row(params![queue.id, counter as i64, visible, delivery], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        let shard_start =
            shards.iter().find(|s| s.index == shard).map_or(0, |s| s.starting_counter);
        let handle = Handle { queue: queue.id, counter, delivery, dead };
        out.push(QueueRecord {
            receipt_handle: handle.encode(secret),
            record_id: SequenceNumber::issued(counter, ShardId(shard), shard_start, layout)
                .to_string(),
            partition_key: (!partition_key.is_empty()).then_some(partition_key),
            data: Blob(data),
            approximate_arrival_timestamp: Timestamp((counter / 1000) as i64),
            first_receive_timestamp: Timestamp(first_ms),
            receive_count: receives,
        });
    }
    Ok(ReceiveQueueRecordsOutput { queue_records: out })
}

/// Whether anything is visible to a receive on `path` now (`dead` for the dead-letter one),
/// without changing a thing: a waiting receive asks this between its attempts.
pub(crate) fn anything_due(
    tx: &Transaction<'_>,
    arn: &str,
    dead: bool,
    now: Timestamp,
) -> Result<bool> {
    let queue = resolve_queue(tx, arn, now)?;
    let stream = stream_of(tx, &queue, now)?;
    let horizon = horizon(&stream, now) as i64;
    // A normal record whose time ran out after its last allowed receive is dead-letter.
    let max = queue.max_receives.unwrap_or(i64::MAX);
    let visible: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM queue_records
             WHERE queue_id = ?1 AND visible_ms <= ?2 AND counter >= ?3
               AND (dead = 1 OR receives >= ?4) = ?5)",
        )?
        .query_row(params![queue.id, now.0, horizon, max, dead], |r| r.get(0))?;
    if visible || dead {
        return Ok(visible);
    }
    let after = queue.cursor.max((horizon as u64).saturating_sub(1));
    for shard in shards(tx, stream.id)? {
        if chunks::any_after(tx, stream.id, shard.index, after)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// One failed entry.
fn failed(handle: &str, code: &str, message: String) -> QueueEntryError {
    QueueEntryError {
        receipt_handle: handle.to_string(),
        error_code: code.to_string(),
        error_message: Some(message),
    }
}

/// Acknowledge, change the visibility of, or restore (see [`EntryAction`]) the records whose
/// receipt handles are given, each on its own: an entry that cannot be done is reported in
/// `Failed` with why, and the others are done. `dead` says which path's handles these are.
pub(crate) fn settle_entries(
    tx: &Transaction<'_>,
    secret: &[u8],
    arn: &str,
    entries: &[(String, Option<i64>)],
    action: EntryAction,
    dead: bool,
    now: Timestamp,
) -> Result<QueueEntriesOutput> {
    let (queue, _, _) = open(tx, arn, now)?;
    let (path, other) = match dead {
        false => ("ReceiveQueueRecords", "dead-letter operations"),
        true => ("ReceiveDeadLetterQueueRecords", "queue operations"),
    };
    let mut out = QueueEntriesOutput::default();
    for (text, seconds) in entries {
        let invalid = |why: String| failed(text, "InvalidArgumentException", why);
        let handle = match Handle::decode(secret, text) {
            Some(h) if h.queue == queue.id => h,
            _ => {
                out.failed.push(invalid(format!(
                    "ReceiptHandle {text} was not issued by queue {}.",
                    queue.arn
                )));
                continue;
            }
        };
        if handle.dead != dead {
            out.failed.push(invalid(format!(
                "ReceiptHandle {text} was not issued by {path}: use the {other}."
            )));
            continue;
        }
        let row: Option<(i64, bool, i64)> = tx
            .prepare_cached(
                "SELECT delivery, dead, visible_ms FROM queue_records
                 WHERE queue_id = ?1 AND counter = ?2",
            )?
            .query_row(params![queue.id, handle.counter as i64], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        let Some((delivery, is_dead, visible_ms)) = row else {
            out.failed.push(failed(
                text,
                "ResourceNotFoundException",
                "The record is no longer in the queue: it was acknowledged, or it is past its \
                 stream's retention period."
                    .into(),
            ));
            continue;
        };
        let why = if delivery != handle.delivery {
            Some("the record has been received again since: use the newest receipt handle")
        } else if is_dead && !dead {
            Some("the record has become a dead-letter record: use the dead-letter operations")
        } else if !is_dead && dead {
            Some("the record has been restored and is no longer a dead-letter record")
        } else if action == EntryAction::Visibility && visible_ms <= now.0 {
            Some("the record is not in flight: its visibility timeout has passed")
        } else {
            None
        };
        if let Some(why) = why {
            out.failed.push(invalid(format!("ReceiptHandle {text} no longer works: {why}.")));
            continue;
        }
        let key = params![queue.id, handle.counter as i64];
        match action {
            EntryAction::Acknowledge => {
                execute(tx, "DELETE FROM queue_records WHERE queue_id = ?1 AND counter = ?2", key)?
            }
            EntryAction::Visibility => {
                let visible = now.0.saturating_add(seconds.unwrap_or(0).saturating_mul(1000));
                execute(
                    tx,
                    "UPDATE queue_records SET visible_ms = ?3 WHERE queue_id = ?1 AND counter = ?2",
                    params![queue.id, handle.counter as i64, visible],
                )?
            }
            EntryAction::Restore => execute(
                tx,
                "UPDATE queue_records SET dead = 0, receives = 0, visible_ms = ?3
                 WHERE queue_id = ?1 AND counter = ?2",
                params![queue.id, handle.counter as i64, now.0],
            )?,
        };
        out.successful.push(ReceiptEntry { receipt_handle: text.clone() });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_round_trip_and_refuse_any_change() {
        let h = Handle { queue: 7, counter: 1_700_000_000_000_123, delivery: 42, dead: true };
        let text = h.encode(b"secret");
        assert_eq!(Handle::decode(b"secret", &text), Some(h));
        assert_eq!(Handle::decode(b"other", &text), None);
        assert!(text.len() <= 1024 && !text.is_empty());
        let mut bytes = URL_SAFE_NO_PAD.decode(&text).unwrap_or_default();
        for i in 0..bytes.len() {
            bytes[i] ^= 1;
            assert_eq!(Handle::decode(b"secret", &URL_SAFE_NO_PAD.encode(&bytes)), None, "{i}");
            bytes[i] ^= 1;
        }
        for junk in ["", "x", "!!!", "AAAA"] {
            assert_eq!(Handle::decode(b"secret", junk), None);
        }
    }
}
