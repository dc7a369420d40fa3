//! What a perf run counts: per side (producers, consumers), records, bytes, calls, throttles,
//! errors and a latency histogram, for the whole run and for the last second of the live line.

use std::sync::Mutex;
use std::time::Duration;

use serde_json::{Value, json};

/// Latencies in microseconds, in buckets of 1/32 relative width: a percentile is off by at
/// most 3 %, whatever the spread (1 µs to hours), in a fixed 1.4 KiB per histogram.
///
/// Values below 32 µs have a bucket each; above, a bucket is (power of two, one of 32 steps
/// within it).
#[derive(Clone)]
pub struct Histogram {
    counts: Vec<u64>,
    total: u64,
    max: u64,
}

/// Steps per power of two.
const STEPS: u64 = 32;
const STEP_BITS: u32 = STEPS.trailing_zeros();

impl Default for Histogram {
    fn default() -> Histogram {
        // 64 powers of two of 32 steps: every u64 has a bucket.
        Histogram { counts: vec![0; (64 * STEPS) as usize], total: 0, max: 0 }
    }
}

impl Histogram {
    fn bucket(micros: u64) -> usize {
        if micros < STEPS {
            return micros as usize;
        }
        let power = 63 - micros.leading_zeros();
        let step = (micros >> (power - STEP_BITS)) & (STEPS - 1);
        ((u64::from(power - STEP_BITS + 1) << STEP_BITS) + step) as usize
    }

    /// The largest value in bucket `b`: what a percentile falling in it reports.
    fn upper(b: usize) -> u64 {
        let b = b as u64;
        if b < STEPS {
            return b;
        }
        let power = (b >> STEP_BITS) + u64::from(STEP_BITS) - 1;
        let step = b & (STEPS - 1);
        let width = power - u64::from(STEP_BITS);
        ((STEPS + step) << width) + ((1u64 << width) - 1)
    }

    /// Counts one latency.
    pub fn record(&mut self, latency: Duration) {
        let micros = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX);
        self.counts[Self::bucket(micros)] += 1;
        self.total += 1;
        self.max = self.max.max(micros);
    }

    /// The latency `q` (0–1) of the counted ones are at or under, in microseconds (never more
    /// than the largest seen); `None` when none were counted.
    pub fn quantile(&self, q: f64) -> Option<u64> {
        if self.total == 0 {
            return None;
        }
        let rank = ((q * self.total as f64).ceil() as u64).clamp(1, self.total);
        let mut seen = 0;
        for (b, n) in self.counts.iter().enumerate() {
            seen += n;
            if seen >= rank {
                return Some(Self::upper(b).min(self.max));
            }
        }
        Some(self.max)
    }

    /// P50, P99, P999 and Max in milliseconds (to the microsecond), or null when empty.
    pub fn summary(&self) -> Value {
        let ms = |q: f64| self.quantile(q).map(|us| us as f64 / 1000.0);
        match self.total {
            0 => Value::Null,
            _ => json!({
                "P50": ms(0.5),
                "P99": ms(0.99),
                "P999": ms(0.999),
                "Max": self.max as f64 / 1000.0,
            }),
        }
    }
}

/// One side's counts.
#[derive(Clone, Default)]
pub struct Counts {
    pub records: u64,
    pub bytes: u64,
    pub calls: u64,
    /// Records a put had refused, or reads refused, as over the stream's throughput.
    pub throttled: u64,
    /// Failures for any other reason: records a put did not store, reads that failed.
    pub errors: u64,
    pub latency: Histogram,
}

/// What one call did: counts, and the latencies it measured (its own, or its records').
#[derive(Default)]
pub struct Sample {
    pub records: u64,
    pub bytes: u64,
    pub calls: u64,
    pub throttled: u64,
    pub errors: u64,
    pub latencies: Vec<Duration>,
}

impl Counts {
    fn add(&mut self, s: &Sample) {
        self.records += s.records;
        self.bytes += s.bytes;
        self.calls += s.calls;
        self.throttled += s.throttled;
        self.errors += s.errors;
        for l in &s.latencies {
            self.latency.record(*l);
        }
    }
}

/// Counts shared by a side's tasks: the run's and the current second's.
#[derive(Default)]
pub struct Tally {
    inner: Mutex<(Counts, Counts)>,
    /// The first error a call met, for the run's verdict.
    first_error: Mutex<Option<String>>,
}

impl Tally {
    /// Adds what one call did.
    pub fn add(&self, s: &Sample) {
        if let Ok(mut g) = self.inner.lock() {
            g.0.add(s);
            g.1.add(s);
        }
    }

    /// Counts `n` failures (records a put did not store, or a failed read) and keeps the
    /// message if it is the first.
    pub fn error(&self, n: u64, message: String) {
        self.add(&Sample { errors: n, ..Sample::default() });
        if let Ok(mut first) = self.first_error.lock() {
            first.get_or_insert(message);
        }
    }

    /// The run's counts so far.
    pub fn total(&self) -> Counts {
        self.inner.lock().map(|g| g.0.clone()).unwrap_or_default()
    }

    /// The counts since the last call (the live line's second).
    pub fn window(&self) -> Counts {
        self.inner.lock().map(|mut g| std::mem::take(&mut g.1)).unwrap_or_default()
    }

    /// The first error met, if any.
    pub fn first_error(&self) -> Option<String> {
        self.first_error.lock().ok().and_then(|g| g.clone())
    }
}

/// Records and megabytes per second over `seconds`.
pub fn rates(c: &Counts, seconds: f64) -> (f64, f64) {
    if seconds <= 0.0 {
        return (0.0, 0.0);
    }
    (c.records as f64 / seconds, c.bytes as f64 / seconds / 1e6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_ordered_and_cover_their_values() {
        let mut last = 0;
        for v in (0..5000u64).chain([1 << 20, (1 << 20) + 12345, u64::MAX / 3, u64::MAX]) {
            let b = Histogram::bucket(v);
            assert!(b >= last, "bucket of {v} went back");
            last = b;
            assert!(Histogram::upper(b) >= v, "{v} above its bucket's top");
            if b > 0 {
                assert!(Histogram::upper(b - 1) < v, "{v} belongs to an earlier bucket");
            }
        }
    }

    #[test]
    fn quantiles_are_within_three_percent() {
        let mut h = Histogram::default();
        for us in 1..=100_000u64 {
            h.record(Duration::from_micros(us));
        }
        for (q, want) in [(0.5, 50_000.0), (0.99, 99_000.0), (0.999, 99_900.0)] {
            let got = h.quantile(q).unwrap_or(0) as f64;
            assert!((got - want).abs() / want < 0.03, "q{q}: {got} for {want}");
        }
        assert_eq!(h.quantile(1.0), Some(100_000));
        assert_eq!(Histogram::default().quantile(0.5), None);
        let mut one = Histogram::default();
        one.record(Duration::from_micros(7));
        assert_eq!(one.quantile(0.999), Some(7));
    }
}
