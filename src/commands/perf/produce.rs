//! A perf producer: sends the run's records in calls of up to --batch-size, paced by --rate.
//!
//! Pacing sends what is due: at a low rate, calls carry the few records due since the last
//! one (as a producer library flushing on time would); behind schedule, full batches. Nothing
//! is sent again: a throttled or failed record is counted, and after a call that stored
//! nothing the producer pauses before the next, as any client backs off.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use super::stats::Sample;
use super::{Run, payload};
use crate::error::Error;
use crate::model::limits::MAX_PUT_RECORDS_BYTES;
use crate::model::*;

/// The pause after a call that stored nothing.
const BACKOFF: Duration = Duration::from_millis(100);

/// Producer `index`'s loop, until its share is sent or the run tells it to stop.
pub(super) async fn produce(run: Arc<Run>, index: u32) {
    let plan = &run.plan;
    let mut rng = super::super::seed() ^ (u64::from(index) << 48);
    // This producer's share of the rate.
    let per_second = plan.rate.map(|r| r as f64 / f64::from(plan.producers));
    let mut sent: u64 = 0;
    let mut stop = run.stop_producing.clone();
    loop {
        if *stop.borrow() {
            return;
        }
        let mut want = plan.batch as u64;
        if let Some(rate) = per_second {
            let due = (run.now().as_secs_f64() * rate) as u64;
            if due <= sent {
                // Sleep until the next record is due.
                let next = Duration::from_secs_f64((sent + 1) as f64 / rate);
                let wait = next.saturating_sub(run.now());
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = stop.wait_for(|s| *s) => return,
                }
                continue;
            }
            want = want.min(due - sent);
        }
        let Some(n) = take(&run, want) else { return };
        sent += n;
        // The engine answers without ever making a task wait: let the runtime's timers (the
        // run's clock, the live line) have the thread between calls.
        tokio::task::yield_now().await;
        let failed_all = send(&run, n, &mut rng).await;
        if failed_all {
            tokio::select! {
                _ = tokio::time::sleep(BACKOFF) => {}
                _ = stop.wait_for(|s| *s) => return,
            }
        }
    }
}

/// Takes up to `want` records of the run's --count (all of them without one); `None` once
/// none are left.
fn take(run: &Run, want: u64) -> Option<u64> {
    let Some(count) = run.plan.count else { return Some(want) };
    let taken = run.issued.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |issued| {
        (issued < count).then(|| issued + want.min(count - issued))
    });
    taken.ok().map(|before| want.min(count - before))
}

/// Sends `n` records in one call (PutRecord for one record at --batch-size 1, PutRecords
/// otherwise; fewer when 5 MiB is reached, the rest in further calls); answers whether
/// nothing was stored.
async fn send(run: &Run, n: u64, rng: &mut u64) -> bool {
    let plan = &run.plan;
    let mut left = n;
    let mut stored_any = false;
    while left > 0 {
        let mut entries = Vec::new();
        let mut bytes = 0;
        let started = run.now();
        while left > 0 {
            let spread = (plan.sizes.1 - plan.sizes.0) as u64 + 1;
            let size = plan.sizes.0 + (super::super::splitmix64(rng) % spread) as usize;
            let key = plan.keys.key(rng);
            if !entries.is_empty() && bytes + size + key.len() > MAX_PUT_RECORDS_BYTES {
                break;
            }
            bytes += size + key.len();
            let data = Blob(payload(run.id, started, size));
            entries.push(PutRecordsRequestEntry {
                data,
                partition_key: Some(key),
                ..Default::default()
            });
            left -= 1;
        }
        let counts = call(run, entries, plan.batch == 1).await;
        stored_any |= counts.records > 0;
        run.acked.fetch_add(counts.records, Ordering::Relaxed);
        run.produced.add(&counts);
    }
    !stored_any
}

/// One call: what it stored, what was throttled, what failed, how long it took.
async fn call(run: &Run, mut entries: Vec<PutRecordsRequestEntry>, single: bool) -> Sample {
    let ctx = &run.ctx;
    let stream = run.plan.stream.clone();
    let sizes: Vec<u64> = entries.iter().map(|e| e.data.0.len() as u64).collect();
    let n = entries.len() as u64;
    let started = run.now();
    let outcome: Result<Vec<Option<String>>, Error> = if single && entries.len() == 1 {
        let e = entries.remove(0);
        let input = PutRecordInput {
            stream,
            data: e.data,
            partition_key: e.partition_key,
            explicit_hash_key: None,
            sequence_number_for_ordering: None,
            dry_run: None,
        };
        ctx.call(Action::PutRecord, input, |i| ctx.backend.put_record(i)).await.map(|_| vec![None])
    } else {
        let input = PutRecordsInput { records: entries, stream, dry_run: None };
        ctx.call(Action::PutRecords, input, |i| ctx.backend.put_records(i))
            .await
            .map(|out| out.records.into_iter().map(|r| r.error_code).collect())
    };
    let mut counts = Sample { calls: 1, ..Sample::default() };
    let answered = run.now();
    counts.latencies.push(answered.saturating_sub(started));
    run.last_put.fetch_max(answered.as_micros() as u64, Ordering::Relaxed);
    match outcome {
        Ok(codes) => {
            for (code, size) in codes.iter().zip(&sizes) {
                match code.as_deref() {
                    None => {
                        counts.records += 1;
                        counts.bytes += size;
                    }
                    Some("ProvisionedThroughputExceededException") => counts.throttled += 1,
                    Some(other) => {
                        run.produced.error(1, format!("a record failed with {other}"));
                    }
                }
            }
        }
        Err(Error::ProvisionedThroughputExceeded(_) | Error::LimitExceeded(_)) => {
            counts.throttled += n;
        }
        Err(e) => run.produced.error(n, format!("{}: {e}", e.code())),
    }
    counts
}
