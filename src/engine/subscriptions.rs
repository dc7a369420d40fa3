//! SubscribeToShard: records pushed to a registered consumer as they arrive.
//!
//! A call checks everything Kinesis checks before answering: the consumer exists and is
//! ACTIVE, the shard exists, the starting position is valid, and the same consumer did not
//! subscribe to the same shard in the last five seconds (in any process: the claim is kept in
//! the store's `subscriptions` table). Then a thread of its own delivers events until the
//! subscription ends: after five minutes (of the engine's clock), at the end of a closed shard
//! (the last event carries `ChildShards`), when a newer subscription of the same consumer and
//! shard takes over (ResourceInUseException, as Kinesis ends the older one), at an error (the
//! stream deleted: ResourceNotFoundException), or when the subscriber goes away.
//!
//! Push, not poll: every commit of this process wakes the subscriptions at once. Commits of
//! other processes on the same store are seen through SQLite's `PRAGMA data_version`,
//! checked every [`CROSS_PROCESS_CHECK`]; the shard itself is read only when something
//! changed, or when a heartbeat is due ([`SUBSCRIPTION_HEARTBEAT`]: an event with no
//! records, so consumers can checkpoint ContinuationSequenceNumber).
//!
//! Under enforced limits a subscription delivers at most [`EFO_BYTES_PER_SECOND`], the
//! throughput Kinesis gives each consumer on each shard: after a big event, the next waits
//! until the bytes are paid for.

use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use rusqlite::{OptionalExtension, Transaction, params};

use super::Core;
use super::consumers::{ConsumerRow, resolve_consumer};
use super::iterators::{Page, find_shard, read_page, start_after};
use super::rows::*;
use crate::backend::{EventSender, Subscription};
use crate::error::{Error, Result};
use crate::model::limits::{
    MAX_GET_RECORDS, MAX_GET_RECORDS_BYTES, RESUBSCRIBE_INTERVAL, SUBSCRIPTION_HEARTBEAT,
    SUBSCRIPTION_LIFETIME,
};
use crate::model::*;

/// How often a waiting subscription looks for other processes' commits.
const CROSS_PROCESS_CHECK: Duration = Duration::from_millis(20);
/// Events a subscription may have ready before it waits for its subscriber.
const QUEUE_DEPTH: usize = 2;
/// What one subscription may deliver a second when limits are enforced: 2 MiB.
const EFO_BYTES_PER_SECOND: f64 = 2.0 * 1024.0 * 1024.0;
/// The longest a paced subscription sleeps before looking whether its subscriber left.
const PACING_STEP: Duration = Duration::from_millis(100);

/// A count of this process's commits that subscriptions and waiting queue receives wait on.
#[derive(Default)]
pub(super) struct Commits {
    count: Mutex<u64>,
    changed: Condvar,
}

impl Commits {
    /// Called after every commit: wakes every waiting subscription.
    pub fn committed(&self) {
        if let Ok(mut n) = self.count.lock() {
            *n = n.wrapping_add(1);
        }
        self.changed.notify_all();
    }

    pub fn current(&self) -> u64 {
        self.count.lock().map_or(0, |n| *n)
    }

    /// Waits until the count passes `seen` or `timeout` passes; answers the count.
    pub fn wait(&self, seen: u64, timeout: Duration) -> u64 {
        let Ok(n) = self.count.lock() else { return seen };
        match self.changed.wait_timeout_while(n, timeout, |n| *n == seen) {
            Ok((n, _)) => *n,
            Err(_) => seen,
        }
    }
}

/// Where a subscription reads: fixed when it starts.
struct Start {
    consumer_arn: String,
    consumer_name: String,
    stream_id: i64,
    stream_name: String,
    shard: u32,
    after: u64,
    /// Its claim in the `subscriptions` table.
    token: i64,
}

/// SubscribeToShard: the checks, then a thread delivering the events.
pub(super) fn subscribe(core: &Arc<Core>, input: SubscribeToShardInput) -> Result<Subscription> {
    let now = core.options.clock.now();
    let start = core.write(|tx, _| {
        let start = starting_point(tx, &input, now)?;
        unless_dry_run(input.dry_run, start)
    })?;
    let (events, subscription) = Subscription::channel(QUEUE_DEPTH);
    let core = core.clone();
    std::thread::Builder::new()
        .name("kinesis-subscription".into())
        .spawn(move || deliver(&core, start, &events))
        .map_err(|e| Error::caused("could not start the subscription's thread", e))?;
    Ok(subscription)
}

fn starting_point(
    tx: &Transaction<'_>,
    input: &SubscribeToShardInput,
    now: Timestamp,
) -> Result<Start> {
    let target =
        ConsumerRef { consumer_arn: Some(input.consumer_arn.clone()), ..ConsumerRef::default() };
    let consumer = resolve_consumer(tx, &target, now)?;
    if consumer.status != "ACTIVE" {
        return Err(Error::ResourceInUse(format!(
            "Consumer {} is not ACTIVE, instead in state {}.",
            input.consumer_arn, consumer.status
        )));
    }
    let stream = &consumer.stream;
    let shard = find_shard(tx, stream, &input.shard_id)?;
    let after = start_after(tx, stream, &shard, &input.starting_position, now, "SubscribeToShard")?;
    let token = claim(tx, &consumer, &shard, now)?;
    Ok(Start {
        consumer_arn: input.consumer_arn.clone(),
        consumer_name: consumer.name,
        stream_id: consumer.stream.id,
        stream_name: consumer.stream.name,
        shard: shard.index,
        after,
        token,
    })
}

/// Takes the consumer's subscription to the shard (any older one ends), unless the last one
/// began less than five seconds ago; answers the new claim's token.
fn claim(
    tx: &Transaction<'_>,
    consumer: &ConsumerRow,
    shard: &ShardRow,
    now: Timestamp,
) -> Result<i64> {
    let last: Option<i64> = tx
        .query_row(
            "SELECT began_ms FROM subscriptions
             WHERE stream_id = ?1 AND consumer = ?2 AND shard_index = ?3",
            params![consumer.stream.id, consumer.name, shard.index],
            |r| r.get(0),
        )
        .optional()?;
    let window = RESUBSCRIBE_INTERVAL.as_millis() as i64;
    if last.is_some_and(|began| now.0.saturating_sub(began) < window) {
        return Err(Error::ResourceInUse(format!(
            "Another active subscription exists for consumer {} on shard {}: subscribe again \
             at least {} seconds after the last call.",
            consumer.arn(),
            ShardId(shard.index),
            RESUBSCRIBE_INTERVAL.as_secs()
        )));
    }
    Ok(tx.query_row(
        "INSERT OR REPLACE INTO subscriptions (stream_id, consumer, shard_index, began_ms, token)
         VALUES (?1, ?2, ?3, ?4, random()) RETURNING token",
        params![consumer.stream.id, consumer.name, shard.index, now.0],
        |r| r.get(0),
    )?)
}

/// The subscription's thread: reads and sends until the subscription ends.
fn deliver(core: &Core, start: Start, events: &EventSender) {
    let began = core.options.clock.now();
    let lifetime = SUBSCRIPTION_LIFETIME.as_millis() as i64;
    let mut after = start.after;
    let mut commits = core.commits.current();
    let mut others = data_version(core);
    // The first event goes out at once: it tells the subscriber where it stands.
    let mut last_event: Option<Instant> = None;
    let mut look = true;
    // When the bytes sent so far are paid for, under enforced limits.
    let mut paid_until = Instant::now();
    loop {
        if events.is_closed() || core.options.clock.now().0.saturating_sub(began.0) >= lifetime {
            return;
        }
        if let Some(wait) = paid_until.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait.min(PACING_STEP));
            continue;
        }
        let heartbeat = last_event.is_none_or(|t| t.elapsed() >= SUBSCRIPTION_HEARTBEAT);
        if look || heartbeat {
            let page = match read(core, &start, after) {
                Ok(page) => page,
                Err(e) => {
                    let _ = events.blocking_send(Err(e));
                    return;
                }
            };
            let found = !page.records.is_empty() || page.child_shards.is_some();
            if found || heartbeat {
                after = page.after;
                let end = page.child_shards.is_some();
                let more = page.more;
                if core.throughput.is_some() {
                    let bytes = page.outgoing(start.stream_id, start.shard).bytes as f64;
                    paid_until =
                        Instant::now() + Duration::from_secs_f64(bytes / EFO_BYTES_PER_SECOND);
                }
                if events.blocking_send(Ok(event(&start, page, after))).is_err() || end {
                    return;
                }
                last_event = Some(Instant::now());
                if more {
                    continue;
                }
            }
        }
        let seen = commits;
        commits = core.commits.wait(seen, CROSS_PROCESS_CHECK);
        look = commits != seen || {
            let v = data_version(core);
            std::mem::replace(&mut others, v) != v
        };
    }
}

/// One page of the shard after `after`, counted as read; an error once the subscription has
/// been taken over, its consumer deregistered or its stream deleted.
fn read(core: &Core, start: &Start, after: u64) -> Result<Page> {
    let now = core.options.clock.now();
    let gone = || {
        Error::ResourceNotFound(format!(
            "Shard {} in stream {} under account {LOCAL_ACCOUNT} does not exist",
            ShardId(start.shard),
            start.stream_name
        ))
    };
    let page = core.read(|tx, _| {
        let stream = resolve(tx, &StreamRef::name(&start.stream_name), now).map_err(|_| gone())?;
        if stream.id != start.stream_id {
            return Err(gone());
        }
        let token: Option<i64> = tx
            .query_row(
                "SELECT token FROM subscriptions
                 WHERE stream_id = ?1 AND consumer = ?2 AND shard_index = ?3",
                params![start.stream_id, start.consumer_name, start.shard],
                |r| r.get(0),
            )
            .optional()?;
        match token {
            Some(t) if t == start.token => {}
            Some(_) => {
                return Err(Error::ResourceInUse(format!(
                    "Consumer {} subscribed to shard {} again: this subscription has ended.",
                    start.consumer_arn,
                    ShardId(start.shard)
                )));
            }
            None => {
                return Err(Error::ResourceNotFound(format!(
                    "Consumer {} not found.",
                    start.consumer_arn
                )));
            }
        }
        // Paced, an event carries no more than a second's delivery.
        let max_bytes = match core.throughput {
            Some(_) => EFO_BYTES_PER_SECOND as usize,
            None => MAX_GET_RECORDS_BYTES,
        };
        read_page(tx, &stream, start.shard, after, MAX_GET_RECORDS as usize, max_bytes, now)
    });
    let page = match page {
        Ok(Some(page)) => page,
        Ok(None) => return Err(gone()),
        Err(e) => return Err(e),
    };
    core.count_read(&page.outgoing(start.stream_id, start.shard))?;
    Ok(page)
}

fn event(start: &Start, page: Page, after: u64) -> SubscribeToShardEvent {
    let counter = after.max(page.shard_start);
    let continuation =
        SequenceNumber::issued(counter, ShardId(start.shard), page.shard_start, page.layout);
    SubscribeToShardEvent {
        records: page.records,
        continuation_sequence_number: continuation.to_string(),
        millis_behind_latest: page.millis_behind_latest,
        child_shards: page.child_shards,
    }
}

/// SQLite's count of other connections' commits (0 if the store cannot say).
fn data_version(core: &Core) -> i64 {
    let Ok(db) = core.lock() else { return 0 };
    db.conn.query_row("PRAGMA data_version", [], |r| r.get(0)).unwrap_or(0)
}
