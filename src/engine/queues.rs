//! Queues, their lifecycle: CreateQueue, DescribeQueue, ListQueues, UpdateQueue, DeleteQueue,
//! and a queue's tags. What a queue delivers lives in [`deliveries`](super::deliveries).
//!
//! A queue belongs to one on-demand stream, counts against the stream's registered-consumer
//! limit with its enhanced fan-out consumers, and keeps the stream from being deleted or
//! switched to PROVISIONED while it exists. Its ARN ends in an id drawn at random when it is
//! created, never derived from its name. CREATING lasts as long as registering a consumer,
//! DELETING as long as deregistering one, UPDATING as long as a stream's update (see
//! [`EngineOptions`]); a DELETING queue delivers nothing, and its row is purged by the next
//! queue created or listed once its time has come.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, Row, Transaction, params};

use crate::engine::options::EngineOptions;
use crate::engine::rows::*;
use crate::engine::{store, token};
use crate::error::{Error, Result};
use crate::model::limits::{
    DEFAULT_MAX_RECEIVE_COUNT, DEFAULT_VISIBILITY_TIMEOUT_S, MAX_CONSUMERS_PER_STREAM,
    MAX_TAGS_PER_STREAM,
};
use crate::model::*;

/// A queue as stored, as of the time it was read.
pub(crate) struct QueueRow {
    pub id: i64,
    pub name: String,
    pub arn: String,
    pub stream_id: i64,
    /// CREATING, ACTIVE, UPDATING or DELETING.
    pub status: &'static str,
    pub created: Timestamp,
    pub visibility_s: i64,
    /// Receives before a record is dead-lettered; `None` when dead-letter handling is off.
    pub max_receives: Option<i64>,
    pub start_type: String,
    /// The effective start: records that arrived before it are not the queue's.
    pub start: Timestamp,
    /// The last record counter taken in.
    pub cursor: u64,
}

const COLUMNS: &str = "id, name, arn, stream_id, status, settles_ms, created_ms, visibility_s, \
                       max_receives, start_type, start_ms, cursor";

/// The queues that exist: a DELETING one is gone once its time has come (`?2` is now).
const EXISTING: &str = "NOT (status = 'DELETING' AND settles_ms <= ?2)";

impl QueueRow {
    fn from_row(r: &Row<'_>, now: Timestamp) -> rusqlite::Result<QueueRow> {
        let stored: String = r.get(4)?;
        let settled = r.get::<_, i64>(5)? <= now.0;
        let status = match stored.as_str() {
            "DELETING" => "DELETING",
            "CREATING" if !settled => "CREATING",
            "UPDATING" if !settled => "UPDATING",
            _ => "ACTIVE",
        };
        Ok(QueueRow {
            id: r.get(0)?,
            name: r.get(1)?,
            arn: r.get(2)?,
            stream_id: r.get(3)?,
            status,
            created: Timestamp(r.get(6)?),
            visibility_s: r.get(7)?,
            max_receives: r.get(8)?,
            start_type: r.get(9)?,
            start: Timestamp(r.get(10)?),
            cursor: r.get::<_, i64>(11)? as u64,
        })
    }

    fn attributes(&self) -> QueueAttributes {
        QueueAttributes {
            visibility_timeout_seconds: Some(self.visibility_s),
            dead_letter_configuration: Some(match self.max_receives {
                Some(n) => DeadLetterConfiguration {
                    target_type: "BUILT_IN".into(),
                    max_receive_count: Some(n),
                },
                None => {
                    DeadLetterConfiguration { target_type: "NONE".into(), max_receive_count: None }
                }
            }),
        }
    }

    fn description(&self, stream: &StreamRow) -> QueueDescriptionOutput {
        // While CREATING, the position is echoed as asked; once ACTIVE it is always dated.
        let timestamp = match (self.status, self.start_type.as_str()) {
            ("CREATING", "LATEST" | "TRIM_HORIZON") => None,
            _ => Some(self.start),
        };
        QueueDescriptionOutput {
            queue_description: QueueDescription {
                queue_name: self.name.clone(),
                queue_arn: self.arn.clone(),
                queue_status: self.status.to_string(),
                queue_creation_timestamp: self.created,
                stream_configuration_list: vec![QueueStreamConfiguration {
                    stream_arn: stream.arn.clone(),
                    starting_position: Some(QueueStartingPosition {
                        position_type: self.start_type.clone(),
                        timestamp,
                    }),
                }],
                queue_attributes: Some(self.attributes()),
            },
        }
    }

    /// Refuses the records of a queue that is not delivering: CREATING or DELETING.
    pub fn require_delivering(&self) -> Result<()> {
        match self.status {
            "ACTIVE" | "UPDATING" => Ok(()),
            "DELETING" => Err(queue_not_found(&self.arn)),
            other => Err(Error::InvalidArgument(format!(
                "Queue {} is {other}: it delivers records once ACTIVE.",
                self.arn
            ))),
        }
    }
}

pub(crate) fn queue_not_found(arn: &str) -> Error {
    Error::ResourceNotFound(format!("Queue {arn} under account {LOCAL_ACCOUNT} not found."))
}

/// The queue an ARN names.
pub(crate) fn resolve_queue(tx: &Transaction<'_>, arn: &str, now: Timestamp) -> Result<QueueRow> {
    tx.prepare_cached(&format!("SELECT {COLUMNS} FROM queues WHERE arn = ?1 AND {EXISTING}"))?
        .query_row(params![arn, now.0], |r| QueueRow::from_row(r, now))
        .optional()?
        .ok_or_else(|| queue_not_found(arn))
}

/// A queue's stream (which cannot be deleted while the queue exists).
pub(crate) fn stream_of(
    tx: &Transaction<'_>,
    queue: &QueueRow,
    now: Timestamp,
) -> Result<StreamRow> {
    tx.prepare_cached(&format!("SELECT {} FROM streams WHERE id = ?1", StreamRow::COLUMNS))?
        .query_row([queue.stream_id], |r| StreamRow::from_row(r, now))
        .optional()?
        .ok_or_else(|| queue_not_found(&queue.arn))
}

/// How many queues a stream has (any state): DeleteStream and a switch to PROVISIONED
/// refuse while there are some; they share the consumer limit.
pub(crate) fn count(tx: &Transaction<'_>, stream_id: i64, now: Timestamp) -> Result<i64> {
    Ok(tx.query_row(
        &format!("SELECT count(*) FROM queues WHERE stream_id = ?1 AND {EXISTING}"),
        params![stream_id, now.0],
        |r| r.get(0),
    )?)
}

/// Refuses to let a stream go, or leave on-demand, while it has queues.
pub(crate) fn refuse_if_queued(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    doing: &str,
    now: Timestamp,
) -> Result<()> {
    match count(tx, stream.id, now)? {
        0 => Ok(()),
        n => Err(Error::ResourceInUse(format!(
            "Stream {} under account {LOCAL_ACCOUNT} has {n} queue(s): delete them before \
             {doing}.",
            stream.name
        ))),
    }
}

/// Refuses one more consumer or queue on a stream that has the most it may have.
pub(crate) fn check_consumer_limit(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    consumers: usize,
    now: Timestamp,
) -> Result<()> {
    let queues = count(tx, stream.id, now)? as usize;
    if consumers + queues >= MAX_CONSUMERS_PER_STREAM {
        return Err(Error::LimitExceeded(format!(
            "Stream {} under account {LOCAL_ACCOUNT} already has the maximum of \
             {MAX_CONSUMERS_PER_STREAM} registered consumers (enhanced fan-out consumers and \
             queues together).",
            stream.name
        )));
    }
    Ok(())
}

fn purge_deleted(tx: &Transaction<'_>, now: Timestamp) -> Result<()> {
    let mut stmt =
        tx.prepare_cached("SELECT id FROM queues WHERE status = 'DELETING' AND settles_ms <= ?1")?;
    let gone: Vec<i64> = stmt.query_map([now.0], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    for id in gone {
        remove(tx, id)?;
    }
    Ok(())
}

fn remove(tx: &Transaction<'_>, id: i64) -> Result<()> {
    tx.execute("DELETE FROM queue_records WHERE queue_id = ?1", [id])?;
    tx.execute("DELETE FROM queue_tags WHERE queue_id = ?1", [id])?;
    tx.execute("DELETE FROM queues WHERE id = ?1", [id])?;
    Ok(())
}

/// The dead-letter setting asked for: `Some(Some(n))` BUILT_IN with `n`, `Some(None)` NONE.
fn dead_letter(config: Option<&DeadLetterConfiguration>) -> Result<Option<Option<i64>>> {
    let Some(c) = config else { return Ok(None) };
    match (c.target_type.as_str(), c.max_receive_count) {
        ("BUILT_IN", Some(n)) => Ok(Some(Some(n))),
        ("BUILT_IN", None) => Err(Error::Validation(
            "MaxReceiveCount is required when the DeadLetterConfiguration's TargetType is \
             BUILT_IN."
                .into(),
        )),
        (_, Some(_)) => Err(Error::Validation(
            "MaxReceiveCount applies only when the DeadLetterConfiguration's TargetType is \
             BUILT_IN."
                .into(),
        )),
        _ => Ok(Some(None)),
    }
}

/// The starting position asked for, checked: its type, and its time for AT_TIMESTAMP.
fn position(asked: Option<&QueueStartingPosition>) -> Result<(&str, Option<Timestamp>)> {
    let kind = asked.map_or("LATEST", |p| p.position_type.as_str());
    match (kind, asked.and_then(|p| p.timestamp)) {
        ("AT_TIMESTAMP", None) => Err(Error::Validation(
            "StartingPosition's Timestamp is required when its Type is AT_TIMESTAMP.".into(),
        )),
        ("LATEST" | "TRIM_HORIZON", Some(_)) => Err(Error::Validation(format!(
            "StartingPosition's Timestamp may be given only when its Type is AT_TIMESTAMP, \
             not {kind}."
        ))),
        (kind, given) => Ok((kind, given)),
    }
}

/// Where a new queue on `stream` starts: the effective start time, and the cursor before its
/// first record (a record's counter is its arrival time in microseconds).
fn starting_point(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    kind: &str,
    given: Option<Timestamp>,
    now: Timestamp,
) -> Result<(Timestamp, u64)> {
    // The earliest record the stream can still give.
    let horizon = now.0.saturating_sub(stream.retention_hours.saturating_mul(3_600_000));
    let earliest = Timestamp(stream.created.0.max(horizon));
    match kind {
        "LATEST" => Ok((now, store::last_counter(tx)?)),
        "TRIM_HORIZON" => Ok((earliest, 0)),
        _ => {
            let start = Timestamp(given.unwrap_or(now).0.max(earliest.0));
            Ok((start, u64::try_from(start.0).unwrap_or(0).saturating_mul(1000).saturating_sub(1)))
        }
    }
}

/// CreateQueue: on one on-demand, ACTIVE stream; names unique in the account.
pub(crate) fn create(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &CreateQueueInput,
    now: Timestamp,
) -> Result<QueueDescriptionOutput> {
    let [config] = input.stream_configuration_list.as_slice() else {
        return Err(Error::Validation(format!(
            "StreamConfigurationList must hold exactly one stream (a queue delivers records \
             from a single data stream), not {}.",
            input.stream_configuration_list.len()
        )));
    };
    let attributes = input.queue_attributes.clone().unwrap_or_default();
    let max_receives = dead_letter(attributes.dead_letter_configuration.as_ref())?
        .unwrap_or(Some(DEFAULT_MAX_RECEIVE_COUNT));
    let (start_type, given) = position(config.starting_position.as_ref())?;
    let tags = input.tags.clone().unwrap_or_default();
    check_tags(&tags, tags.len())?;
    let target = StreamRef { stream_name: None, stream_arn: Some(config.stream_arn.clone()) };
    let stream = resolve(tx, &target, now)?;
    let (start, cursor) = starting_point(tx, &stream, start_type, given, now)?;
    if stream.stream_mode != "ON_DEMAND" {
        return Err(Error::InvalidArgument(format!(
            "Stream {} under account {LOCAL_ACCOUNT} is in {} mode: queues are supported only \
             on data streams in ON_DEMAND capacity mode.",
            stream.name, stream.stream_mode
        )));
    }
    require_active(&stream)?;
    purge_deleted(tx, now)?;
    let taken: bool = tx.query_row(
        &format!("SELECT EXISTS (SELECT 1 FROM queues WHERE name = ?1 AND {EXISTING})"),
        params![input.queue_name, now.0],
        |r| r.get(0),
    )?;
    if taken {
        return Err(Error::ResourceInUse(format!(
            "Queue {} already exists for account {LOCAL_ACCOUNT}.",
            input.queue_name
        )));
    }
    let consumers = super::consumers::count(tx, &stream, now)?;
    check_consumer_limit(tx, &stream, consumers, now)?;
    let id: String = tx.query_row("SELECT lower(hex(randomblob(12)))", [], |r| r.get(0))?;
    let arn = format!("arn:aws:kinesis:{}:{LOCAL_ACCOUNT}:queue/{id}", options.region);
    let settles = now.0.saturating_add(options.register_consumer_ms);
    tx.execute(
        "INSERT INTO queues (name, arn, stream_id, status, created_ms, settles_ms, visibility_s,
                             max_receives, start_type, start_ms, cursor)
         VALUES (?1, ?2, ?3, 'CREATING', ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            input.queue_name,
            arn,
            stream.id,
            now.0,
            settles,
            attributes.visibility_timeout_seconds.unwrap_or(DEFAULT_VISIBILITY_TIMEOUT_S),
            max_receives,
            start_type,
            start.0,
            cursor as i64
        ],
    )?;
    let queue = resolve_queue(tx, &arn, now)?;
    set_tags(tx, queue.id, &tags)?;
    Ok(queue.description(&stream))
}

/// DescribeQueue.
pub(crate) fn describe(
    tx: &Transaction<'_>,
    input: &QueueRef,
    now: Timestamp,
) -> Result<QueueDescriptionOutput> {
    let queue = resolve_queue(tx, &input.queue_arn, now)?;
    Ok(queue.description(&stream_of(tx, &queue, now)?))
}

/// UpdateQueue: the attributes given change at once (records in flight keep their timeout);
/// the queue is UPDATING for the configured time.
pub(crate) fn update(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &UpdateQueueInput,
    now: Timestamp,
) -> Result<QueueDescriptionOutput> {
    let dead_letter = dead_letter(input.queue_attributes.dead_letter_configuration.as_ref())?;
    let queue = resolve_queue(tx, &input.queue_arn, now)?;
    if queue.status != "ACTIVE" {
        return Err(Error::ResourceInUse(format!(
            "Queue {} is {}: it can be updated once ACTIVE.",
            queue.arn, queue.status
        )));
    }
    let visibility =
        input.queue_attributes.visibility_timeout_seconds.unwrap_or(queue.visibility_s);
    let max_receives = dead_letter.unwrap_or(queue.max_receives);
    let (status, settles) = match options.update_stream_ms {
        0 => ("ACTIVE", now.0),
        ms => ("UPDATING", now.0.saturating_add(ms)),
    };
    tx.execute(
        "UPDATE queues SET visibility_s = ?2, max_receives = ?3, status = ?4, settles_ms = ?5
         WHERE id = ?1",
        params![queue.id, visibility, max_receives, status, settles],
    )?;
    describe(tx, &QueueRef { queue_arn: queue.arn }, now)
}

/// DeleteQueue: its records in flight are never delivered again and its receipt handles stop
/// working at once; the queue is DELETING for the configured time, then gone.
pub(crate) fn delete(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &QueueRef,
    now: Timestamp,
) -> Result<()> {
    let queue = resolve_queue(tx, &input.queue_arn, now)?;
    if queue.status == "DELETING" {
        return Err(Error::ResourceInUse(format!("Queue {} is already being deleted.", queue.arn)));
    }
    if options.deregister_consumer_ms > 0 {
        tx.execute("DELETE FROM queue_records WHERE queue_id = ?1", [queue.id])?;
        tx.execute(
            "UPDATE queues SET status = 'DELETING', settles_ms = ?2 WHERE id = ?1",
            params![queue.id, now.0.saturating_add(options.deregister_consumer_ms)],
        )?;
        return Ok(());
    }
    remove(tx, queue.id)
}

/// ListQueues: in creation order, `MaxResults` (100 by default) at a time, only the queues of
/// the streams filtered on (a filter naming no stream matches nothing); the token carries the
/// last queue's id and the filter, which a later page must repeat.
pub(crate) fn list(
    tx: &Transaction<'_>,
    secret: &[u8],
    input: &ListQueuesInput,
    now: Timestamp,
) -> Result<ListQueuesOutput> {
    let filter = serde_json::to_string(&input.stream_filter).unwrap_or_default();
    let after = match &input.next_token {
        None => 0,
        Some(t) => {
            let fields = token::decode(secret, t, 2, now)?;
            if fields[1] != filter {
                return Err(Error::InvalidArgument(format!(
                    "Invalid NextToken: {t} was issued for another StreamFilter."
                )));
            }
            fields[0]
                .parse::<i64>()
                .map_err(|_| Error::InvalidArgument(format!("Invalid NextToken: {t}")))?
        }
    };
    let mut stmt = tx.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM queues WHERE id > ?1 AND {EXISTING} ORDER BY id"
    ))?;
    let queues = stmt.query_map(params![after, now.0], |r| QueueRow::from_row(r, now))?;
    let limit = input.max_results.unwrap_or(100) as usize;
    let mut page = Vec::new();
    let mut more = false;
    for queue in queues {
        let queue = queue?;
        let stream = stream_of(tx, &queue, now)?;
        let wanted = input.stream_filter.as_ref().is_none_or(|filters| {
            filters.iter().any(|f| {
                f.stream_arn == stream.arn
                    && f.stream_creation_timestamp.is_none_or(|t| t == stream.created)
            })
        });
        if !wanted {
            continue;
        }
        if page.len() == limit {
            more = true;
            break;
        }
        page.push((queue, stream));
    }
    let next_token = match page.last() {
        Some((last, _)) if more => {
            Some(token::encode(secret, &[&last.id.to_string(), &filter], now))
        }
        _ => None,
    };
    Ok(ListQueuesOutput {
        queue_summaries: page
            .into_iter()
            .map(|(q, stream)| QueueSummary {
                queue_name: q.name,
                queue_arn: q.arn,
                queue_status: q.status.to_string(),
                queue_creation_timestamp: q.created,
                streams: vec![QueueStreamIdentifier {
                    stream_arn: stream.arn,
                    stream_creation_timestamp: stream.created,
                }],
            })
            .collect(),
        next_token,
    })
}

/// Kinesis's tag rules for `tags` given to a queue that would then have `total`: at most 50,
/// and the characters tags may hold.
fn check_tags(tags: &BTreeMap<String, String>, total: usize) -> Result<()> {
    let ok = |s: &str| super::tags::tag_chars_ok(s) && !s.contains('%');
    if tags.iter().any(|(k, v)| !ok(k) || !ok(v)) {
        return Err(Error::InvalidArgument(
            "Some tags contain invalid characters. Valid characters: Unicode letters, digits, \
             white space, _ . / = + - @."
                .into(),
        ));
    }
    if total > MAX_TAGS_PER_STREAM {
        return Err(Error::InvalidArgument(format!(
            "A queue cannot have more than {MAX_TAGS_PER_STREAM} tags."
        )));
    }
    Ok(())
}

fn set_tags(tx: &Transaction<'_>, queue_id: i64, tags: &BTreeMap<String, String>) -> Result<()> {
    for (k, v) in tags {
        tx.execute(
            "INSERT INTO queue_tags (queue_id, key, value) VALUES (?1, ?2, ?3)
             ON CONFLICT (queue_id, key) DO UPDATE SET value = excluded.value",
            params![queue_id, k, v],
        )?;
    }
    Ok(())
}

/// TagResource on a queue's ARN.
pub(crate) fn tag(
    tx: &Transaction<'_>,
    arn: &str,
    tags: &BTreeMap<String, String>,
    now: Timestamp,
) -> Result<()> {
    let queue = resolve_queue(tx, arn, now)?;
    let existing = tags_of(tx, queue.id)?;
    let added = tags.keys().filter(|k| !existing.iter().any(|t| &t.key == *k)).count();
    check_tags(tags, existing.len() + added)?;
    set_tags(tx, queue.id, tags)
}

/// UntagResource on a queue's ARN.
pub(crate) fn untag(
    tx: &Transaction<'_>,
    arn: &str,
    keys: &[String],
    now: Timestamp,
) -> Result<()> {
    let queue = resolve_queue(tx, arn, now)?;
    for k in keys {
        tx.execute(
            "DELETE FROM queue_tags WHERE queue_id = ?1 AND key = ?2",
            params![queue.id, k],
        )?;
    }
    Ok(())
}

/// ListTagsForResource on a queue's ARN: every tag, in key order.
pub(crate) fn list_tags(
    tx: &Transaction<'_>,
    arn: &str,
    now: Timestamp,
) -> Result<ListTagsForResourceOutput> {
    let queue = resolve_queue(tx, arn, now)?;
    Ok(ListTagsForResourceOutput { tags: tags_of(tx, queue.id)? })
}

fn tags_of(tx: &Transaction<'_>, queue_id: i64) -> Result<Vec<Tag>> {
    let mut stmt =
        tx.prepare_cached("SELECT key, value FROM queue_tags WHERE queue_id = ?1 ORDER BY key")?;
    let tags = stmt.query_map([queue_id], |r| Ok(Tag { key: r.get(0)?, value: r.get(1)? }))?;
    Ok(tags.collect::<rusqlite::Result<_>>()?)
}

/// Whether a resource ARN names a queue (rather than a stream).
pub(crate) fn is_queue_arn(arn: &str) -> bool {
    arn.splitn(6, ':').nth(5).is_some_and(|r| r.starts_with("queue/"))
}
