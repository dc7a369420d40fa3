//! Perf consumers: each reads every shard on its own, one task per shard, by polling
//! GetRecords or through an enhanced fan-out subscription.
//!
//! A shard's position is taken (its iterator got, its subscription made) before producers
//! start. A shard that closes during the run hands on to its children (from their start),
//! each read once per consumer; a subscription that ends (five minutes, or a failure) is
//! made again from its last continuation. Failed and throttled calls are counted and tried
//! again after the poll interval.

use std::collections::HashSet;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use tokio::task::JoinHandle;

use super::stats::Sample;
use super::{Run, sent_at};
use crate::backend::Subscription;
use crate::commands::read::efo::{self, Lease};
use crate::error::{Error, Result};
use crate::model::limits::RESUBSCRIBE_INTERVAL;
use crate::model::*;

/// One consumer.
struct Consumer {
    run: Arc<Run>,
    index: usize,
    /// Its enhanced fan-out consumer, with --efo.
    arn: Option<String>,
    /// The shards it reads or has read (a merged child is named by both parents).
    shards: Mutex<HashSet<String>>,
    /// Its shards' tasks.
    tasks: Mutex<Vec<JoinHandle<()>>>,
}

/// The run's consumers, reading.
pub(super) struct Consumers {
    all: Vec<Arc<Consumer>>,
    leases: Vec<Lease>,
}

/// Where a shard is read from: the run's start for the shards it began with (LATEST, or
/// TRIM_HORIZON with no producers), a child's beginning, or after the last record read.
fn position(kind: ShardIteratorType, after: Option<String>) -> StartingPosition {
    match after {
        Some(n) => StartingPosition {
            position_type: ShardIteratorType::AfterSequenceNumber,
            sequence_number: Some(n),
            timestamp: None,
        },
        None => StartingPosition { position_type: kind, sequence_number: None, timestamp: None },
    }
}

/// Takes every consumer's position on every shard and starts reading.
pub(super) async fn start(run: &Arc<Run>, shards: &[String]) -> Result<Consumers> {
    let mut consumers = Consumers { all: Vec::new(), leases: Vec::new() };
    if let Err(e) = open_all(run, shards, &mut consumers).await {
        // Nothing was sent yet: the tasks started so far have nothing to finish.
        for c in &consumers.all {
            c.tasks.lock().map(|t| t.iter().for_each(JoinHandle::abort)).ok();
        }
        finish(run, consumers).await;
        return Err(e);
    }
    Ok(consumers)
}

async fn open_all(run: &Arc<Run>, shards: &[String], out: &mut Consumers) -> Result<()> {
    let first = match run.plan.producers {
        0 => ShardIteratorType::TrimHorizon,
        _ => ShardIteratorType::Latest,
    };
    for index in 0..run.plan.consumers as usize {
        let arn = match run.plan.efo {
            true => {
                let role = format!("perf{index}");
                let lease = efo::acquire(&run.ctx, &run.plan.stream, None, &role).await?;
                let arn = lease.arn().to_string();
                out.leases.push(lease);
                Some(arn)
            }
            false => None,
        };
        let consumer = Arc::new(Consumer {
            run: run.clone(),
            index,
            arn,
            shards: Mutex::new(shards.iter().cloned().collect()),
            tasks: Mutex::new(Vec::new()),
        });
        out.all.push(consumer.clone());
        for shard in shards {
            let opened = consumer.open(shard, position(first, None)).await?;
            consumer.spawn(shard.clone(), first, opened);
        }
    }
    Ok(())
}

/// Stops the consumers (the run has told them to), waits for their tasks, and deregisters
/// their enhanced fan-out consumers.
pub(super) async fn finish(run: &Run, consumers: Consumers) {
    for c in &consumers.all {
        loop {
            let task = c.tasks.lock().ok().and_then(|mut t| t.pop());
            let Some(task) = task else { break };
            let _ = task.await;
        }
    }
    for lease in consumers.leases {
        efo::release(&run.ctx, lease).await;
    }
}

/// A shard opened for reading.
enum Opened {
    Iterator(String),
    Subscription(Subscription),
}

impl Consumer {
    /// Gets an iterator at `from`, or subscribes there.
    async fn open(&self, shard: &str, from: StartingPosition) -> Result<Opened> {
        let ctx = &self.run.ctx;
        match &self.arn {
            None => {
                let input = GetShardIteratorInput {
                    stream: self.run.plan.stream.clone(),
                    shard_id: shard.to_string(),
                    shard_iterator_type: from.position_type,
                    starting_sequence_number: from.sequence_number,
                    timestamp: from.timestamp,
                    dry_run: None,
                };
                let out = ctx
                    .call(Action::GetShardIterator, input, |i| ctx.backend.get_shard_iterator(i))
                    .await?;
                Ok(Opened::Iterator(out.shard_iterator))
            }
            Some(arn) => {
                let input = SubscribeToShardInput {
                    consumer_arn: arn.clone(),
                    shard_id: shard.to_string(),
                    starting_position: from,
                    dry_run: None,
                };
                let sub = ctx
                    .call(Action::SubscribeToShard, input, |i| ctx.backend.subscribe_to_shard(i))
                    .await?;
                Ok(Opened::Subscription(sub))
            }
        }
    }

    /// Reads `shard`, opened at a position of `kind`, in a task of its own.
    fn spawn(self: &Arc<Self>, shard: String, kind: ShardIteratorType, opened: Opened) {
        let me = self.clone();
        self.track(async move { me.read(shard, kind, opened).await });
    }

    /// Runs `task` as one of this consumer's tasks (awaited by [`finish`]).
    fn track(&self, task: impl Future<Output = ()> + Send + 'static) {
        let task = tokio::spawn(task);
        if let Ok(mut tasks) = self.tasks.lock() {
            tasks.push(task);
        }
    }

    /// Starts the children of a shard read to its end that this consumer is not reading yet.
    fn children(self: &Arc<Self>, children: &[ChildShard]) {
        for child in children {
            let new = self.shards.lock().is_ok_and(|mut s| s.insert(child.shard_id.clone()));
            if new {
                let me = self.clone();
                let id = child.shard_id.clone();
                self.track(async move {
                    let from = position(ShardIteratorType::TrimHorizon, None);
                    match me.open(&id, from).await {
                        Ok(opened) => me.read(id, ShardIteratorType::TrimHorizon, opened).await,
                        Err(e) => me.run.consumed.error(1, format!("{}: {e}", e.code())),
                    }
                });
            }
        }
    }

    /// Counts a page or an event's records.
    fn count(&self, records: &[Record]) {
        let run = &self.run;
        let now = run.now();
        let mut c = Sample { calls: 1, ..Sample::default() };
        for r in records {
            let sent = sent_at(run.id, &r.data.0);
            if run.plan.producers > 0 && sent.is_none() {
                continue;
            }
            if let Some(sent) = sent {
                c.latencies.push(now.saturating_sub(sent));
            }
            c.records += 1;
            c.bytes += r.data.0.len() as u64;
        }
        if c.records > 0 {
            self.run.seen[self.index].fetch_add(c.records, Ordering::Relaxed);
            let micros = now.as_micros() as u64;
            run.last_seen.fetch_max(micros, Ordering::Relaxed);
        }
        run.consumed.add(&c);
    }

    /// Counts a failed call.
    fn failed(&self, e: &Error) {
        match e {
            Error::ProvisionedThroughputExceeded(_) | Error::LimitExceeded(_) => {
                self.run.consumed.add(&Sample { throttled: 1, ..Sample::default() })
            }
            e => self.run.consumed.error(1, format!("{}: {e}", e.code())),
        }
    }

    /// Waits `pause`; answers whether the run stopped meanwhile.
    async fn pause(&self, pause: std::time::Duration) -> bool {
        let mut stop = self.run.stop_consuming.clone();
        let stopped = tokio::select! {
            _ = tokio::time::sleep(pause) => false,
            _ = stop.wait_for(|s| *s) => true,
        };
        stopped || *stop.borrow()
    }

    /// Reads a shard until the run stops or the shard has ended.
    async fn read(self: Arc<Self>, shard: String, kind: ShardIteratorType, opened: Opened) {
        match opened {
            Opened::Iterator(it) => self.poll(shard, kind, it).await,
            Opened::Subscription(sub) => self.push(shard, kind, sub).await,
        }
    }

    async fn poll(self: Arc<Self>, shard: String, kind: ShardIteratorType, mut iterator: String) {
        let run = self.run.clone();
        let ctx = &run.ctx;
        let stop = run.stop_consuming.clone();
        let mut last: Option<String> = None;
        while !*stop.borrow() {
            // As a producer does: the engine never makes this wait (see `produce`).
            tokio::task::yield_now().await;
            let input = GetRecordsInput {
                shard_iterator: iterator.clone(),
                limit: None,
                stream_arn: None,
                dry_run: None,
            };
            let wait =
                match ctx.call(Action::GetRecords, input, |i| ctx.backend.get_records(i)).await {
                    Ok(page) => {
                        self.count(&page.records);
                        if let Some(r) = page.records.last() {
                            last = Some(r.sequence_number.clone());
                        }
                        let Some(next) = page.next_shard_iterator else {
                            self.children(page.child_shards.as_deref().unwrap_or_default());
                            return;
                        };
                        iterator = next;
                        page.records.is_empty()
                    }
                    // The iterator sat unused for five minutes (a stalled call): go on after the
                    // last record read.
                    Err(Error::ExpiredIterator(_)) => {
                        match self.open(&shard, position(kind, last.clone())).await {
                            Ok(Opened::Iterator(it)) => iterator = it,
                            Ok(Opened::Subscription(_)) => return,
                            Err(e) => self.failed(&e),
                        }
                        false
                    }
                    Err(e) => {
                        self.failed(&e);
                        true
                    }
                };
            if wait && self.pause(run.plan.poll).await {
                return;
            }
        }
    }

    async fn push(self: Arc<Self>, shard: String, kind: ShardIteratorType, mut sub: Subscription) {
        let run = self.run.clone();
        let mut stop = run.stop_consuming.clone();
        let mut continuation: Option<String> = None;
        loop {
            loop {
                let event = tokio::select! {
                    e = sub.next() => e,
                    _ = stop.wait_for(|s| *s) => return,
                };
                match event {
                    Some(Ok(event)) => {
                        self.count(&event.records);
                        continuation = Some(event.continuation_sequence_number);
                        if let Some(children) = event.child_shards.filter(|c| !c.is_empty()) {
                            self.children(&children);
                            return;
                        }
                    }
                    Some(Err(e)) => {
                        self.failed(&e);
                        break;
                    }
                    None => break,
                }
            }
            // The subscription ended (its five minutes, or a failure): subscribe again from
            // where it got to, at once, then as Kinesis allows (once per shard every 5 s).
            let mut attempt = 0;
            loop {
                if attempt > 0 && self.pause(RESUBSCRIBE_INTERVAL).await || *stop.borrow() {
                    return;
                }
                attempt += 1;
                match self.open(&shard, position(kind, continuation.clone())).await {
                    Ok(Opened::Subscription(s)) => {
                        sub = s;
                        break;
                    }
                    Ok(Opened::Iterator(_)) => return,
                    Err(e) => self.failed(&e),
                }
            }
        }
    }
}
