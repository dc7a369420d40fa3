//! `perf`: a load generator for any backend — the engine, `serve`, AWS or any endpoint —
//! as kafka-producer-perf-test is for Kafka.
//!
//! Producers send records of this run ([`payload`]) at a rate or flat out; consumers, each
//! reading every shard on its own (polling, or through enhanced fan-out), pick them out of the
//! stream and time how long each took from just before its put to its arrival. Consumers take
//! their positions (LATEST) before the first record is sent, so every acknowledged record is
//! one they must see: once producers stop, consumers go on until they have them all (or
//! nothing new came for [`DRAIN_QUIET`]); any still missing are reported, and fail the run.
//!
//! A live line on a terminal shows the last second; the summary at the end is a response like
//! any other (json by default). A run where calls failed, or where acknowledged records never
//! reached a consumer, prints its summary and exits 254; throttling is counted, not a failure.

mod consume;
mod produce;
mod stats;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};
use tokio::sync::watch;

use crate::cli::PerfArgs;
use crate::commands::streams::{all_shards, stream_ref};
use crate::commands::{Context, params};
use crate::error::{Error, Result};
use crate::model::limits::{MAX_DATA_BYTES, MAX_PUT_RECORDS};
use crate::model::*;
use crate::output;

use stats::{Counts, Tally, rates};

/// How long consumers may see nothing new, once producers have stopped, before the records
/// still missing count as lost.
const DRAIN_QUIET: Duration = Duration::from_secs(5);
/// How long producers send when neither --duration nor --count says.
const DEFAULT_DURATION: Duration = Duration::from_secs(10);
/// The bytes of a record's data that say which run sent it and when.
const HEADER: usize = 16;

/// Where partition keys come from.
#[derive(Clone, Copy, Debug, PartialEq)]
enum KeyPlan {
    /// A new random key per record: records spread evenly over the shards.
    Random,
    /// One of N keys (`key-0` …), drawn evenly.
    Set(u64),
    /// This percentage of records on the key `hot`, the rest random.
    Hot(u64),
}

impl KeyPlan {
    fn parse(text: &str) -> Result<KeyPlan> {
        let bad = || {
            Error::ParamValidation(format!(
                "--keys {text}: expected random, set:N (N ≥ 1) or hot:P (P from 0 to 100)"
            ))
        };
        match text.split_once(':') {
            None if text == "random" => Ok(KeyPlan::Random),
            Some(("set", n)) => {
                n.parse().ok().filter(|n| *n >= 1).map(KeyPlan::Set).ok_or_else(bad)
            }
            Some(("hot", p)) => {
                p.parse().ok().filter(|p| *p <= 100).map(KeyPlan::Hot).ok_or_else(bad)
            }
            _ => Err(bad()),
        }
    }

    /// A partition key, drawing on `rng`.
    fn key(self, rng: &mut u64) -> String {
        let r = super::splitmix64(rng);
        match self {
            KeyPlan::Set(n) => format!("key-{}", r % n),
            KeyPlan::Hot(p) if r % 100 < p => "hot".into(),
            KeyPlan::Random | KeyPlan::Hot(_) => format!("{:016x}", super::splitmix64(rng)),
        }
    }
}

/// A run's settings, checked.
#[derive(Debug)]
struct Plan {
    stream: StreamRef,
    producers: u32,
    consumers: u32,
    /// Records a second, all producers together.
    rate: Option<u64>,
    /// Record sizes, drawn evenly from this range.
    sizes: (usize, usize),
    keys: KeyPlan,
    batch: usize,
    duration: Option<Duration>,
    count: Option<u64>,
    efo: bool,
    poll: Duration,
}

/// `--record-size`: BYTES or MIN-MAX.
fn parse_sizes(text: &str) -> Result<(usize, usize)> {
    let bad = |why: &str| Error::ParamValidation(format!("--record-size {text}: {why}"));
    let number = |s: &str| s.trim().parse::<usize>().map_err(|_| bad("expected BYTES or MIN-MAX"));
    let (min, max) = match text.split_once('-') {
        Some((a, b)) => (number(a)?, number(b)?),
        None => (number(text)?, number(text)?),
    };
    if min > max {
        return Err(bad("the range's minimum is above its maximum"));
    }
    if min < HEADER {
        return Err(bad("a record takes at least 16 bytes (its run and when it was sent)"));
    }
    if max > MAX_DATA_BYTES {
        return Err(bad("a record takes at most 1048576 bytes (1 MiB)"));
    }
    Ok((min, max))
}

impl Plan {
    fn from_args(a: PerfArgs, default_poll: Duration) -> Result<Plan> {
        let span = |flag: &str, text: &Option<String>| {
            text.as_deref().map(|t| params::span(flag, t)).transpose()
        };
        let duration = span("--duration", &a.duration)?;
        if duration.is_some_and(|d| d.is_zero()) {
            return Err(Error::ParamValidation("--duration must be more than 0".into()));
        }
        let poll = span("--poll-interval", &a.poll_interval)?;
        for (flag, n) in [("--batch-size", a.batch_size as u64), ("--rate", a.rate.unwrap_or(1))] {
            if n == 0 {
                return Err(Error::ParamValidation(format!("{flag} must be at least 1")));
            }
        }
        if a.batch_size as usize > MAX_PUT_RECORDS {
            return Err(Error::ParamValidation(format!(
                "--batch-size {}: PutRecords takes at most {MAX_PUT_RECORDS} records",
                a.batch_size
            )));
        }
        if a.count == Some(0) {
            return Err(Error::ParamValidation("--count must be at least 1".into()));
        }
        if a.producers == 0 && a.consumers == 0 {
            return Err(Error::ParamValidation(
                "--producers 0 and --consumers 0: there is nothing to measure".into(),
            ));
        }
        if a.efo && a.consumers == 0 {
            return Err(Error::ParamValidation("--efo needs at least one consumer".into()));
        }
        Ok(Plan {
            stream: stream_ref(a.stream)?,
            producers: a.producers,
            consumers: a.consumers,
            rate: a.rate,
            sizes: parse_sizes(&a.record_size)?,
            keys: KeyPlan::parse(&a.keys)?,
            batch: a.batch_size as usize,
            // Without an end, producers stop after the default time.
            duration: duration.or(a.count.is_none().then_some(DEFAULT_DURATION)),
            count: a.count,
            efo: a.efo,
            poll: poll.unwrap_or(default_poll),
        })
    }
}

/// A record of a run: `[run id: 8 bytes][µs since the run began when it was sent: 8 bytes,
/// big-endian][filler]`. The id tells the run's records from any others in the stream.
fn payload(run: u64, sent: Duration, size: usize) -> Vec<u8> {
    const FILLER: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut data = Vec::with_capacity(size);
    data.extend_from_slice(&run.to_be_bytes());
    data.extend_from_slice(&(sent.as_micros() as u64).to_be_bytes());
    data.extend(FILLER.iter().cycle().take(size.saturating_sub(HEADER)));
    data
}

/// When a record of run `run` was sent (since the run began), or `None` for another's record.
fn sent_at(run: u64, data: &[u8]) -> Option<Duration> {
    let (id, rest) = data.split_first_chunk::<8>()?;
    let (sent, _) = rest.split_first_chunk::<8>()?;
    (u64::from_be_bytes(*id) == run).then(|| Duration::from_micros(u64::from_be_bytes(*sent)))
}

/// What a run's tasks share.
struct Run {
    ctx: Arc<Context>,
    plan: Plan,
    /// This run's id, in each of its records.
    id: u64,
    started: Instant,
    produced: Tally,
    consumed: Tally,
    /// Records handed out to producers (for --count).
    issued: AtomicU64,
    /// Records the service acknowledged.
    acked: AtomicU64,
    /// Per consumer: the run's records it has seen.
    seen: Vec<AtomicU64>,
    /// µs since the start at which a consumer last saw a record of the run.
    last_seen: AtomicU64,
    /// µs since the start at which a producer's last call was answered.
    last_put: AtomicU64,
    /// Turns true when producers must stop sending.
    stop_producing: watch::Receiver<bool>,
    /// Turns true when consumers must stop reading.
    stop_consuming: watch::Receiver<bool>,
}

impl Run {
    /// Time since the run began.
    fn now(&self) -> Duration {
        self.started.elapsed()
    }
}

/// `kinesis perf`.
pub async fn run(ctx: Context, a: PerfArgs) -> Result<()> {
    let plan = Plan::from_args(a, ctx.poll_interval)?;
    let shards: Vec<String> = all_shards(&ctx, &plan.stream)
        .await?
        .into_iter()
        .filter(|s| plan.producers == 0 || s.sequence_number_range.ending_sequence_number.is_none())
        .map(|s| s.shard_id)
        .collect();
    let (producing_tx, stop_producing) = watch::channel(false);
    let (consuming_tx, stop_consuming) = watch::channel(false);
    let run = Arc::new(Run {
        ctx: Arc::new(ctx),
        id: super::splitmix64(&mut super::seed()),
        started: Instant::now(),
        produced: Tally::default(),
        consumed: Tally::default(),
        issued: AtomicU64::new(0),
        acked: AtomicU64::new(0),
        seen: (0..plan.consumers).map(|_| AtomicU64::new(0)).collect(),
        last_seen: AtomicU64::new(0),
        last_put: AtomicU64::new(0),
        stop_producing,
        stop_consuming,
        plan,
    });
    let ctrl_c = super::ctrl_c()?;
    tokio::pin!(ctrl_c);
    // Consumers take their places first: every record sent after this is theirs to see.
    let consumers = tokio::select! {
        c = consume::start(&run, &shards) => c?,
        _ = &mut ctrl_c => return Err(Error::Interrupted),
    };
    let mut producers = tokio::task::JoinSet::new();
    for i in 0..run.plan.producers {
        producers.spawn(produce::produce(run.clone(), i));
    }
    let line = output::status();
    let mut interrupted = false;
    let mut tick = tokio::time::interval(Duration::from_millis(100));
    let mut last_line = Instant::now();
    let mut producers_done = false;
    let mut quiet_since: Option<(Instant, u64)> = None;
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = &mut ctrl_c, if !interrupted => {
                interrupted = true;
                let _ = producing_tx.send(true);
                let _ = consuming_tx.send(true);
            }
        }
        if last_line.elapsed() >= Duration::from_secs(1) {
            let seconds = last_line.elapsed().as_secs_f64();
            last_line = Instant::now();
            line.set_message(live_line(&run, seconds));
        }
        let now = run.now();
        if !producers_done {
            if run.plan.duration.is_some_and(|d| now >= d) {
                let _ = producing_tx.send(true);
            }
            while producers.try_join_next().is_some() {}
            if producers.is_empty() {
                producers_done = true;
            }
        }
        if interrupted {
            if producers_done {
                break;
            }
            continue;
        }
        if run.plan.producers == 0 {
            let read_enough = run
                .plan
                .count
                .is_some_and(|n| run.seen.iter().all(|s| s.load(Ordering::Relaxed) >= n));
            if read_enough || run.plan.duration.is_some_and(|d| now >= d) {
                break;
            }
            continue;
        }
        if !producers_done {
            continue;
        }
        // Producers are done: wait for consumers to see every acknowledged record.
        let acked = run.acked.load(Ordering::Relaxed);
        let seen: u64 = run.seen.iter().map(|s| s.load(Ordering::Relaxed).min(acked)).sum();
        if seen == acked * u64::from(run.plan.consumers) {
            break;
        }
        match quiet_since {
            Some((since, before)) if before == seen => {
                if since.elapsed() >= DRAIN_QUIET {
                    break;
                }
            }
            _ => quiet_since = Some((Instant::now(), seen)),
        }
    }
    let _ = producing_tx.send(true);
    let _ = consuming_tx.send(true);
    producers.join_all().await;
    consume::finish(&run, consumers).await;
    line.finish_and_clear();
    let summary = summary(&run);
    let raw = if run.plan.producers > 0 {
        "Produced.RecordsPerSecond"
    } else {
        "Consumed.RecordsPerSecond"
    };
    run.ctx.print("Perf", Some(raw), Some(summary))?;
    if interrupted {
        return Err(Error::Interrupted);
    }
    verdict(&run)
}

/// The live line: the last second's rates and latencies.
fn live_line(run: &Run, seconds: f64) -> String {
    let ms = |c: &Counts, q| {
        c.latency.quantile(q).map_or("-".into(), |us| format!("{:.1}ms", us as f64 / 1000.0))
    };
    let mut parts = vec![format!("{:>4.0}s", run.now().as_secs_f64())];
    let mut throttled = 0;
    let mut errors = 0;
    for (side, tally, shown) in [
        ("put", &run.produced, run.plan.producers > 0),
        ("got", &run.consumed, run.plan.consumers > 0),
    ] {
        let c = tally.window();
        throttled += c.throttled;
        errors += c.errors;
        if shown {
            let (per_second, mb) = rates(&c, seconds);
            parts.push(format!(
                "{side} {per_second:.0} rec/s {mb:.1} MB/s p50 {} p99 {}",
                ms(&c, 0.5),
                ms(&c, 0.99)
            ));
        }
    }
    parts.push(format!("throttled {throttled} errors {errors}"));
    parts.join("  |  ")
}

/// One side's figures for the summary.
fn side(c: &Counts, seconds: f64) -> Map<String, Value> {
    let (per_second, mb) = rates(c, seconds);
    let round = |x: f64, places: i32| (x * 10f64.powi(places)).round() / 10f64.powi(places);
    let Value::Object(m) = json!({
        "Records": c.records,
        "Bytes": c.bytes,
        "Seconds": round(seconds, 3),
        "RecordsPerSecond": per_second.round() as u64,
        "MegabytesPerSecond": round(mb, 2),
        "Calls": c.calls,
        "Throttled": c.throttled,
        "Errors": c.errors,
        "LatencyMs": c.latency.summary(),
    }) else {
        unreachable!("a JSON object")
    };
    m
}

/// The summary: the whole run's figures per side.
fn summary(run: &Run) -> Value {
    let mut out = Map::new();
    if let Some(name) = &run.plan.stream.stream_name {
        out.insert("StreamName".into(), json!(name));
    }
    if let Some(arn) = &run.plan.stream.stream_arn {
        out.insert("StreamARN".into(), json!(arn));
    }
    out.insert("Seconds".into(), json!((run.now().as_secs_f64() * 1000.0).round() / 1000.0));
    if run.plan.producers > 0 {
        let put_for = Duration::from_micros(run.last_put.load(Ordering::Relaxed));
        let mut m = side(&run.produced.total(), put_for.as_secs_f64());
        m.insert("Producers".into(), json!(run.plan.producers));
        out.insert("Produced".into(), Value::Object(m));
    }
    if run.plan.consumers > 0 {
        let read_for = Duration::from_micros(run.last_seen.load(Ordering::Relaxed));
        let mut m = side(&run.consumed.total(), read_for.as_secs_f64());
        m.insert("Consumers".into(), json!(run.plan.consumers));
        m.insert("Mode".into(), json!(if run.plan.efo { "efo" } else { "polling" }));
        if run.plan.producers > 0 {
            m.insert("Missing".into(), json!(missing(run)));
        }
        out.insert("Consumed".into(), Value::Object(m));
    }
    Value::Object(out)
}

/// Acknowledged records a consumer never saw, over all consumers.
fn missing(run: &Run) -> u64 {
    let acked = run.acked.load(Ordering::Relaxed);
    run.seen.iter().map(|s| acked.saturating_sub(s.load(Ordering::Relaxed))).sum()
}

/// A run fails when calls failed or acknowledged records were lost.
fn verdict(run: &Run) -> Result<()> {
    let mut problems = Vec::new();
    for (side, tally) in [("put", &run.produced), ("read", &run.consumed)] {
        let errors = tally.total().errors;
        if errors > 0 {
            let first = tally.first_error().unwrap_or_default();
            problems.push(format!("{errors} {side} calls failed (the first: {first})"));
        }
    }
    let missing = if run.plan.producers > 0 { missing(run) } else { 0 };
    if missing > 0 {
        problems.push(format!(
            "{missing} acknowledged records never reached a consumer within {}s of the last",
            DRAIN_QUIET.as_secs()
        ));
    }
    match problems.is_empty() {
        true => Ok(()),
        false => {
            Err(Error::Service { code: "PartialFailure".into(), message: problems.join("; ") })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_carry_their_run_and_send_time() {
        let data = payload(42, Duration::from_micros(1234), 100);
        assert_eq!(data.len(), 100);
        assert_eq!(sent_at(42, &data), Some(Duration::from_micros(1234)));
        assert_eq!(sent_at(43, &data), None);
        assert_eq!(sent_at(42, b"short"), None);
    }

    #[test]
    fn key_plans_and_sizes_parse_or_say_why_not() {
        assert_eq!(KeyPlan::parse("random").ok(), Some(KeyPlan::Random));
        assert_eq!(KeyPlan::parse("set:8").ok(), Some(KeyPlan::Set(8)));
        assert_eq!(KeyPlan::parse("hot:90").ok(), Some(KeyPlan::Hot(90)));
        for bad in ["set:0", "hot:101", "hot", "zipf:1", "set:x", ""] {
            assert!(KeyPlan::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_sizes("100").ok(), Some((100, 100)));
        assert_eq!(parse_sizes("16-2048").ok(), Some((16, 2048)));
        for bad in ["15", "100-50", "1048577", "x", "1-2-3"] {
            assert!(parse_sizes(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn hot_keys_take_their_share() {
        let mut rng = 7;
        let hot = (0..10_000).filter(|_| KeyPlan::Hot(90).key(&mut rng) == "hot").count();
        assert!((8_800..=9_200).contains(&hot), "{hot} of 10 000 on the hot key");
        let mut rng = 7;
        let keys: std::collections::HashSet<String> =
            (0..1_000).map(|_| KeyPlan::Set(5).key(&mut rng)).collect();
        assert_eq!(keys.len(), 5);
    }
}
