//! Kinesis's rate limits, enforced when the engine is asked to
//! ([`EngineOptions::enforce_limits`](super::EngineOptions)): per shard 1 MiB/s (data and
//! partition keys) and 1 000 records/s in, 5 GetRecords calls/s and 2 MiB/s out; the
//! control-plane call rates the API reference states ([`call_rate`]); and the changes a
//! stream may make in a rolling 24 hours (scalings, encryption, capacity mode).
//!
//! Each limit is a token bucket holding one second's allowance, refilled continuously, kept in
//! this process's memory (a `serve` sees all of its clients; separate CLI processes each have
//! their own allowance). A read may overdraw the byte bucket, as Kinesis lets one GetRecords
//! return up to 10 MiB: the shard's next calls are refused until the debt is paid.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::error::{Error, Result};
use crate::model::limits::{call_rate, shard_rate_exceeded};
use crate::model::{Action, ShardId, Timestamp};

/// 1 MiB.
const MIB: f64 = 1024.0 * 1024.0;

/// One allowance: `rate` a second, at most one second's worth banked.
#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    rate: f64,
    at: i64,
}

impl Bucket {
    fn full(rate: f64, now: Timestamp) -> Bucket {
        Bucket { tokens: rate, rate, at: now.0 }
    }

    fn refill(&mut self, now: Timestamp) {
        let ms = now.0.saturating_sub(self.at).max(0) as f64;
        self.tokens = (self.tokens + self.rate * ms / 1000.0).min(self.rate);
        self.at = self.at.max(now.0);
    }
}

#[derive(Debug, Clone, Copy)]
struct Shard {
    bytes_in: Bucket,
    records_in: Bucket,
    calls_out: Bucket,
    bytes_out: Bucket,
}

/// The shards' buckets, the control-plane calls' and the streams' recent scalings.
#[derive(Debug, Default)]
pub(crate) struct Throughput {
    shards: Mutex<HashMap<(i64, u32), Shard>>,
    /// Per action and scope (empty for the account, else the stream or stream/shard).
    calls: Mutex<HashMap<(Action, String), Bucket>>,
    /// Per kind of change and stream, when the stream changed so in the last 24 hours.
    changes: Mutex<HashMap<(&'static str, String), Vec<i64>>>,
}

/// The message Kinesis throttles a shard with.
pub(crate) fn exceeded(stream: &str, shard: u32) -> String {
    shard_rate_exceeded(stream, ShardId(shard))
}

impl Throughput {
    fn with<T>(
        &self,
        stream_id: i64,
        shard: u32,
        now: Timestamp,
        f: impl FnOnce(&mut Shard) -> T,
    ) -> T {
        let mut shards = self.shards.lock().unwrap_or_else(|e| e.into_inner());
        let s = shards.entry((stream_id, shard)).or_insert_with(|| Shard {
            bytes_in: Bucket::full(MIB, now),
            records_in: Bucket::full(1000.0, now),
            calls_out: Bucket::full(5.0, now),
            bytes_out: Bucket::full(2.0 * MIB, now),
        });
        for b in [&mut s.bytes_in, &mut s.records_in, &mut s.calls_out, &mut s.bytes_out] {
            b.refill(now);
        }
        f(s)
    }

    /// Takes a record of `bytes` (data and partition key) into the shard's allowance;
    /// `false` when it would exceed it (and nothing is taken).
    pub fn admit(&self, stream_id: i64, shard: u32, bytes: usize, now: Timestamp) -> bool {
        self.with(stream_id, shard, now, |s| {
            let bytes = bytes as f64;
            let fits = s.bytes_in.tokens >= bytes && s.records_in.tokens >= 1.0;
            if fits {
                s.bytes_in.tokens -= bytes;
                s.records_in.tokens -= 1.0;
            }
            fits
        })
    }

    /// A GetRecords call on the shard: refused while the shard has made 5 this second, or
    /// owes bytes from an earlier read.
    pub fn call(&self, stream_id: i64, stream: &str, shard: u32, now: Timestamp) -> Result<()> {
        self.with(stream_id, shard, now, |s| {
            if s.calls_out.tokens < 1.0 || s.bytes_out.tokens < 0.0 {
                return Err(Error::ProvisionedThroughputExceeded(exceeded(stream, shard)));
            }
            s.calls_out.tokens -= 1.0;
            Ok(())
        })
    }

    /// One call of a control-plane `action` within `scope` (see [`Throughput::calls`]):
    /// `false` when the action's documented rate is spent (actions without one always pass).
    pub fn control(&self, action: Action, scope: &str, now: Timestamp) -> bool {
        let Some((rate, _)) = call_rate(action) else { return true };
        let mut calls = self.calls.lock().unwrap_or_else(|e| e.into_inner());
        let b = calls.entry((action, scope.to_string())).or_insert_with(|| Bucket::full(rate, now));
        b.refill(now);
        let ok = b.tokens >= 1.0;
        if ok {
            b.tokens -= 1.0;
        }
        ok
    }

    /// A change of kind `what` (a scaling, an encryption change, …) on `stream`: `false` (and
    /// nothing recorded) when the stream has changed so `max` times in the last 24 hours.
    pub fn daily(&self, what: &'static str, stream: &str, max: usize, now: Timestamp) -> bool {
        const DAY_MS: i64 = 24 * 3600 * 1000;
        let mut changes = self.changes.lock().unwrap_or_else(|e| e.into_inner());
        let times = changes.entry((what, stream.to_string())).or_default();
        times.retain(|t| now.0 - t < DAY_MS);
        let ok = times.len() < max;
        if ok {
            times.push(now.0);
        }
        ok
    }

    /// Bytes a GetRecords returned from the shard (the bucket may go into debt).
    pub fn sent(&self, stream_id: i64, shard: u32, bytes: i64, now: Timestamp) {
        self.with(stream_id, shard, now, |s| s.bytes_out.tokens -= bytes as f64);
    }
}

/// Under enforced limits (`limits`), counts one change of `what` on `stream` against its daily
/// allowance of `max`: LimitExceededException with `message` past it.
pub(crate) fn daily_change(
    limits: Option<&Throughput>,
    what: &'static str,
    stream: &str,
    max: usize,
    now: Timestamp,
    message: impl FnOnce() -> String,
) -> Result<()> {
    match limits {
        Some(l) if !l.daily(what, stream, max, now) => Err(Error::LimitExceeded(message())),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shard_takes_1000_records_a_second() {
        let t = Throughput::default();
        let at = Timestamp(1_000_000);
        let admitted = (0..1500).filter(|_| t.admit(1, 0, 10, at)).count();
        assert_eq!(admitted, 1000);
        // Another shard has its own allowance; half a second refills half of this one's.
        assert!(t.admit(1, 1, 10, at));
        let later = Timestamp(at.0 + 500);
        assert_eq!((0..1000).filter(|_| t.admit(1, 0, 10, later)).count(), 500);
    }

    #[test]
    fn a_shard_takes_1_mib_a_second() {
        let t = Throughput::default();
        let at = Timestamp(0);
        assert!(t.admit(1, 0, 1024 * 1024, at));
        assert!(!t.admit(1, 0, 1, at));
        assert!(t.admit(1, 0, 1024, Timestamp(1)));
    }

    #[test]
    fn five_reads_a_second_and_a_big_read_is_paid_for() {
        let t = Throughput::default();
        let at = Timestamp(0);
        for _ in 0..5 {
            assert!(t.call(1, "s", 0, at).is_ok());
        }
        let e = t.call(1, "s", 0, at).unwrap_err();
        assert_eq!(e.code(), "ProvisionedThroughputExceededException");
        assert_eq!(
            e.to_string(),
            "Rate exceeded for shard shardId-000000000000 in stream s under account 000000000000."
        );
        // 10 MiB read: the shard waits until 2 MiB/s have paid it back.
        t.sent(1, 0, 10 * 1024 * 1024, Timestamp(1000));
        assert!(t.call(1, "s", 0, Timestamp(2000)).is_err());
        assert!(t.call(1, "s", 0, Timestamp(5500)).is_ok());
    }

    #[test]
    fn control_calls_keep_their_documented_rates() {
        let t = Throughput::default();
        let at = Timestamp(0);
        // DescribeStream: 10 a second for the whole account.
        assert_eq!((0..15).filter(|_| t.control(Action::DescribeStream, "", at)).count(), 10);
        // ListShards: 1 000 a second, each stream its own.
        assert_eq!((0..1001).filter(|_| t.control(Action::ListShards, "a", at)).count(), 1000);
        assert!(t.control(Action::ListShards, "b", at));
        // A tenth of a second gives DescribeStream one more call; PutRecord has no call rate.
        assert!(t.control(Action::DescribeStream, "", Timestamp(100)));
        assert!(!t.control(Action::DescribeStream, "", Timestamp(100)));
        assert!((0..5000).all(|_| t.control(Action::PutRecord, "", at)));
    }

    #[test]
    fn ten_scalings_a_day() {
        let t = Throughput::default();
        for i in 0..10 {
            assert!(t.daily("scale", "s", 10, Timestamp(i * 1000)));
        }
        assert!(!t.daily("scale", "s", 10, Timestamp(3_600_000)));
        assert!(t.daily("scale", "other", 10, Timestamp(3_600_000)));
        assert!(t.daily("sse", "s", 10, Timestamp(3_600_000)));
        // A day after the first, one more.
        assert!(t.daily("scale", "s", 10, Timestamp(24 * 3_600_000)));
        assert!(!t.daily("scale", "s", 10, Timestamp(24 * 3_600_000 + 1)));
    }
}
