//! `read --efo`: the same read, with records pushed through enhanced fan-out.
//!
//! The read gets a consumer: `--consumer-name`'s (registered if missing, and kept), or one of
//! its own named `kinesis-read-<host>-<pid>`, deregistered when the read ends, Ctrl-C
//! included (`perf --efo` takes `kinesis-perfN-<host>-<pid>` the same way). A temporary
//! consumer whose process on this host is gone (a killed read) is deregistered by the next
//! `read --efo` or `perf --efo` of the stream on this host. Every shard being read
//! has a subscription; each is renewed before its five minutes are up, and again whenever
//! it ends early (a takeover, a transient failure), from the last event's
//! ContinuationSequenceNumber, so no record is read twice or skipped. A closed shard's last
//! event names its children, which start once all their parents being read have ended, as
//! in a polling read.

use std::collections::HashMap;
use std::io::Write;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use super::{Delivered, Reader, retryable};
use crate::commands::{Context, consumers::all_consumers};
use crate::error::{Error, Result};
use crate::model::limits::{RESUBSCRIBE_INTERVAL, SUBSCRIPTION_LIFETIME};
use crate::model::*;
use crate::output;

/// The prefix of the consumers `read --efo` and `perf --efo` register for themselves:
/// `kinesis-<role>-<host>-<pid>`, the role `read` or `perfN`.
const TEMPORARY_PREFIX: &str = "kinesis-";
/// How long before a subscription's end it is renewed.
const RENEW_BEFORE_END: Duration = Duration::from_secs(30);
/// How many times in a row subscribing may fail (throttled, in use, unreachable) before the
/// read gives up.
const ATTEMPTS: u32 = 8;

/// The consumer a read goes through.
pub(in crate::commands) struct Lease {
    arn: String,
    /// Registered for this read alone: deregistered when it ends.
    temporary: bool,
}

impl Lease {
    /// The consumer's ARN.
    pub fn arn(&self) -> &str {
        &self.arn
    }
}

/// This host's name as consumer names may carry it.
fn host() -> String {
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .unwrap_or_default();
    let clean: String = name
        .trim()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || "_.-".contains(c) { c } else { '-' })
        .take(64)
        .collect();
    if clean.is_empty() { "host".into() } else { clean }
}

/// Whether a temporary consumer's name says it belongs to a process of this host that is gone
/// (or is the very name this process is about to take: a leftover of an earlier process with
/// the same id).
fn is_stale(name: &str, host: &str, own: &str) -> bool {
    let pid = name.strip_prefix(TEMPORARY_PREFIX).and_then(|rest| {
        let (role, rest) = rest.split_once('-')?;
        let perf = role.strip_prefix("perf").is_some_and(|n| n.parse::<u32>().is_ok());
        (role == "read" || perf).then_some(())?;
        rest.strip_prefix(host)?.strip_prefix('-')?.parse::<u32>().ok()
    });
    let Some(pid) = pid else { return false };
    // Without /proc there is no telling: leave it.
    let proc = std::path::Path::new("/proc");
    name == own
        || (pid != std::process::id()
            && proc.join("self").exists()
            && !proc.join(pid.to_string()).exists())
}

/// Finds or registers the read's consumer — `name`, or a temporary one for `role` (`read`,
/// `perfN`) — and waits until it is ACTIVE.
pub(in crate::commands) async fn acquire(
    ctx: &Context,
    stream: &StreamRef,
    name: Option<String>,
    role: &str,
) -> Result<Lease> {
    let summary = ctx
        .call(Action::DescribeStreamSummary, stream.clone(), |s| {
            ctx.backend.describe_stream_summary(s)
        })
        .await?;
    let stream_arn = summary.stream_description_summary.stream_arn;
    let host = host();
    let temporary = name.is_none();
    let name =
        name.unwrap_or_else(|| format!("{TEMPORARY_PREFIX}{role}-{host}-{}", std::process::id()));
    let existing = all_consumers(ctx, &stream_arn).await?;
    for stale in existing.iter().filter(|c| is_stale(&c.consumer_name, &host, &name)) {
        let input =
            ConsumerRef { consumer_arn: Some(stale.consumer_arn.clone()), ..Default::default() };
        match ctx
            .call(Action::DeregisterStreamConsumer, input, |i| {
                ctx.backend.deregister_stream_consumer(i)
            })
            .await
        {
            Ok(()) => output::warn(&format!(
                "deregistered {}, left behind by a read that did not end cleanly",
                stale.consumer_name
            )),
            Err(e) => output::warn(&format!("could not deregister {}: {e}", stale.consumer_name)),
        }
    }
    let kept = existing.iter().find(|c| c.consumer_name == name && !temporary);
    let arn = match kept {
        Some(c) => c.consumer_arn.clone(),
        None => {
            let input = RegisterStreamConsumerInput { stream_arn, consumer_name: name };
            ctx.call(Action::RegisterStreamConsumer, input, |i| {
                ctx.backend.register_stream_consumer(i)
            })
            .await?
            .consumer
            .consumer_arn
        }
    };
    let lease = Lease { arn, temporary };
    // AWS takes seconds to make a consumer ACTIVE (and 20 descriptions a second).
    let mut wait = Duration::from_millis(50);
    loop {
        let input = ConsumerRef { consumer_arn: Some(lease.arn.clone()), ..Default::default() };
        let described = ctx
            .call(Action::DescribeStreamConsumer, input, |i| {
                ctx.backend.describe_stream_consumer(i)
            })
            .await;
        let failed = match described.map(|d| d.consumer_description.consumer_status) {
            Ok(status) if status == "ACTIVE" => return Ok(lease),
            Ok(status) if status == "DELETING" => Error::ResourceInUse(format!(
                "consumer {} is being deregistered: it cannot be read through",
                lease.arn
            )),
            Ok(_) => {
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(1));
                continue;
            }
            Err(e) => e,
        };
        release(ctx, lease).await;
        return Err(failed);
    }
}

/// Deregisters a temporary consumer; a failure is a warning (the next read removes it).
pub(in crate::commands) async fn release(ctx: &Context, lease: Lease) {
    if !lease.temporary {
        return;
    }
    let input = ConsumerRef { consumer_arn: Some(lease.arn.clone()), ..Default::default() };
    if let Err(e) = ctx
        .call(Action::DeregisterStreamConsumer, input, |i| {
            ctx.backend.deregister_stream_consumer(i)
        })
        .await
    {
        output::warn(&format!("could not deregister consumer {}: {e}", lease.arn));
    }
}

/// What a shard's subscription sends the read: an event, or `None` when it has ended.
type Message = (String, u64, Option<Result<SubscribeToShardEvent>>);

/// One shard's subscription, as the read sees it.
struct Feed {
    /// Whether the shard is one the read started with.
    first: bool,
    /// Where to go on from: the last event's ContinuationSequenceNumber.
    continuation: Option<String>,
    /// Which subscription of the shard is current (messages of older ones are dropped).
    generation: u64,
    /// The task forwarding its events; aborting it ends the subscription.
    task: JoinHandle<()>,
    /// When to renew it.
    renew_at: Instant,
}

impl Drop for Feed {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl<W: Write> Reader<'_, W> {
    /// Subscribes to `shard` (from its continuation, if it has one) and forwards its events.
    async fn subscribe(
        &self,
        consumer: &str,
        shard: &str,
        first: bool,
        continuation: Option<String>,
        generation: u64,
        tx: &mpsc::Sender<Message>,
    ) -> Result<Feed> {
        let from = match &continuation {
            Some(n) => StartingPosition {
                position_type: ShardIteratorType::AfterSequenceNumber,
                sequence_number: Some(n.clone()),
                timestamp: None,
            },
            None => self.starting(first),
        };
        let mut attempt = 0;
        let mut subscription = loop {
            let input = SubscribeToShardInput {
                consumer_arn: consumer.to_string(),
                shard_id: shard.to_string(),
                starting_position: from.clone(),
                dry_run: None,
            };
            let subscribed = self
                .ctx
                .call(Action::SubscribeToShard, input, |i| self.ctx.backend.subscribe_to_shard(i))
                .await;
            match subscribed {
                Ok(s) => break s,
                // The consumer subscribed to this shard under five seconds ago (a subscription
                // that ended early, another reader of the consumer): wait that out.
                Err(Error::ResourceInUse(_)) if attempt + 1 < ATTEMPTS => {
                    tokio::time::sleep(RESUBSCRIBE_INTERVAL).await;
                }
                Err(e) if attempt + 1 < ATTEMPTS && retryable(&e) => {
                    tokio::time::sleep(Duration::from_millis(100 << attempt.min(6))).await;
                }
                Err(e) => return Err(e),
            }
            attempt += 1;
        };
        let (tx, id) = (tx.clone(), shard.to_string());
        let task = tokio::spawn(async move {
            while let Some(event) = subscription.next().await {
                if tx.send((id.clone(), generation, Some(event))).await.is_err() {
                    return;
                }
            }
            let _ = tx.send((id, generation, None)).await;
        });
        let renew_at = Instant::now() + SUBSCRIPTION_LIFETIME.saturating_sub(RENEW_BEFORE_END);
        Ok(Feed { first, continuation, generation, task, renew_at })
    }

    /// Reads every shard of `first` and the shards that follow them through `consumer`, until
    /// every shard is caught up (or forever, following), or enough records.
    pub(super) async fn run_efo(
        &mut self,
        consumer: &str,
        first: &[String],
        follow: bool,
    ) -> Result<()> {
        let (tx, mut rx) = mpsc::channel::<Message>(8);
        let mut feeds: HashMap<String, Feed> = HashMap::new();
        let mut generation = 0u64;
        for id in first {
            generation += 1;
            let feed = self.subscribe(consumer, id, true, None, generation, &tx).await?;
            feeds.insert(id.clone(), feed);
        }
        while !feeds.is_empty() {
            let renew_at = feeds.values().map(|f| f.renew_at).min();
            let message = tokio::select! {
                m = rx.recv() => m,
                () = tokio::time::sleep_until(renew_at.unwrap_or_else(Instant::now)) => None,
            };
            let (shard, item) = match message {
                Some((shard, g, item)) if feeds.get(&shard).is_some_and(|f| f.generation == g) => {
                    (shard, item)
                }
                Some(_) => continue,
                None => {
                    // Renewal time: the due feeds take over their own subscriptions.
                    let now = Instant::now();
                    let due: Vec<String> = feeds
                        .iter()
                        .filter(|(_, f)| f.renew_at <= now)
                        .map(|(id, _)| id.clone())
                        .collect();
                    for id in due {
                        self.resubscribe(consumer, &id, &mut feeds, &mut generation, &tx).await?;
                    }
                    continue;
                }
            };
            let event = match item {
                Some(Ok(event)) => event,
                // Ended early or failed on the way: go on from where it was.
                None | Some(Err(Error::ResourceInUse(_))) => {
                    self.resubscribe(consumer, &shard, &mut feeds, &mut generation, &tx).await?;
                    continue;
                }
                Some(Err(e)) if retryable(&e) => {
                    self.resubscribe(consumer, &shard, &mut feeds, &mut generation, &tx).await?;
                    continue;
                }
                Some(Err(e)) => return Err(e),
            };
            if let Some(feed) = feeds.get_mut(&shard) {
                feed.continuation = Some(event.continuation_sequence_number.clone());
            }
            match self.deliver(&shard, &event.records)? {
                Delivered::All => {}
                Delivered::Enough => return Ok(()),
                Delivered::PastUntil => {
                    feeds.remove(&shard);
                    continue;
                }
            }
            if event.child_shards.is_some() {
                feeds.remove(&shard);
                self.ended.insert(shard.clone());
                for child in self.ready_children(&shard, |id| feeds.contains_key(id)).await? {
                    generation += 1;
                    let feed =
                        self.subscribe(consumer, &child, false, None, generation, &tx).await?;
                    feeds.insert(child, feed);
                }
            } else if !follow && event.millis_behind_latest == 0 && !self.is_closed(&shard) {
                // Caught up, and not following: this shard is done.
                feeds.remove(&shard);
            }
            if rx.is_empty() {
                self.out.flush()?;
            }
        }
        Ok(())
    }

    /// Subscribes to `shard` again, from where its feed got to.
    async fn resubscribe(
        &self,
        consumer: &str,
        shard: &str,
        feeds: &mut HashMap<String, Feed>,
        generation: &mut u64,
        tx: &mpsc::Sender<Message>,
    ) -> Result<()> {
        let Some(old) = feeds.remove(shard) else { return Ok(()) };
        *generation += 1;
        let (first, continuation) = (old.first, old.continuation.clone());
        drop(old);
        let feed = self.subscribe(consumer, shard, first, continuation, *generation, tx).await?;
        feeds.insert(shard.to_string(), feed);
        Ok(())
    }
}
