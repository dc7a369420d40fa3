//! `serve --faults FILE`: scripted failures, for testing how a client copes with what Kinesis
//! does to it: errors, slow answers, records a PutRecords did not store, and a reshard at a
//! given moment. The same file and seed give the same faults for the same sequence of
//! requests.
//!
//! The file (YAML, or JSON, which is YAML too):
//!
//! ```yaml
//! seed: 7                      # for the probabilities (default 0)
//! faults:
//!   - action: GetRecords       # an action, or "*" (the default) for any
//!     error: ProvisionedThroughputExceededException
//!     probability: 0.2         # or `every: N` (the Nth, 2Nth, … matching call); neither: all
//!     after: 10                # let the first 10 matching calls through (default 0)
//!     times: 3                 # fire at most 3 times (default: no limit)
//!     message: "…"             # default: the message Kinesis gives
//!   - action: PutRecords
//!     fail_records: 0.3        # each record fails alone (ProvisionedThroughputExceededException)
//!   - latency_ms: 200          # an answer held back this long
//!     every: 10
//! reshards:
//!   - stream: orders
//!     after_calls: 100         # once 100 requests have come in (or `after_ms: 5000` after
//!                              # the server started)
//!     split: shardId-000000000000          # at the shard's midpoint; or
//!     # merge: [shardId-000000000001, shardId-000000000002]; or update_shard_count: 4
//! ```

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::{Value, json};

use crate::backend::Kinesis;
use crate::error::{Error, Result};
use crate::model::limits::shard_rate_exceeded;
use crate::model::{
    Action, HashKeyRange, ListShardsInput, MergeShardsInput, ShardFilter, ShardFilterType,
    SplitShardInput, StreamRef, UpdateShardCountInput, hash_key,
};
use crate::output;

/// The faults file, as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Script {
    /// The seed of the probabilities.
    #[serde(default)]
    pub seed: u64,
    /// Faults of requests.
    #[serde(default)]
    pub faults: Vec<Fault>,
    /// Reshards at given moments.
    #[serde(default)]
    pub reshards: Vec<Reshard>,
}

/// A fault of the requests it matches.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fault {
    /// The action (`*`: any).
    #[serde(default = "any")]
    pub action: String,
    /// Fire with this probability.
    pub probability: Option<f64>,
    /// Fire on every Nth matching call.
    pub every: Option<u64>,
    /// Let this many matching calls through first.
    #[serde(default)]
    pub after: u64,
    /// Fire at most this many times.
    pub times: Option<u64>,
    /// Answer this error code.
    pub error: Option<String>,
    /// The error's message.
    pub message: Option<String>,
    /// PutRecords: each record fails with this probability.
    pub fail_records: Option<f64>,
    /// Hold the answer back this long.
    pub latency_ms: Option<u64>,
}

fn any() -> String {
    "*".into()
}

/// A reshard at a given moment.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reshard {
    /// The stream.
    pub stream: String,
    /// Once this many requests have come in.
    pub after_calls: Option<u64>,
    /// This long after the server started.
    pub after_ms: Option<u64>,
    /// Split this shard at its midpoint.
    pub split: Option<String>,
    /// Merge these two adjacent shards.
    pub merge: Option<[String; 2]>,
    /// Scale to this many open shards.
    pub update_shard_count: Option<i64>,
}

impl Script {
    /// Reads and checks a faults file.
    pub fn load(path: &Path) -> Result<Script> {
        let bad = |why: String| Error::Config(format!("--faults {}: {why}", path.display()));
        let text = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
        let script: Script = serde_norway::from_str(&text).map_err(|e| bad(e.to_string()))?;
        for f in &script.faults {
            if f.action != "*" && Action::from_name(&f.action).is_none() {
                return Err(bad(format!("no action is named '{}'", f.action)));
            }
            let effects = [f.error.is_some(), f.fail_records.is_some(), f.latency_ms.is_some()];
            if effects.iter().filter(|e| **e).count() != 1 {
                return Err(bad(format!(
                    "a fault of {} needs exactly one of error, fail_records, latency_ms",
                    f.action
                )));
            }
            if f.fail_records.is_some() && f.action != "PutRecords" {
                return Err(bad("fail_records is for PutRecords".into()));
            }
            if [f.probability, f.fail_records].iter().flatten().any(|p| !(0.0..=1.0).contains(p)) {
                return Err(bad("probabilities are between 0 and 1".into()));
            }
            if f.probability.is_some() && f.every.is_some() || f.every == Some(0) {
                return Err(
                    bad("a fault fires by probability or every N (N ≥ 1), not both".into()),
                );
            }
        }
        for r in &script.reshards {
            let kinds = [r.split.is_some(), r.merge.is_some(), r.update_shard_count.is_some()];
            if kinds.iter().filter(|k| **k).count() != 1
                || r.after_calls.is_some() == r.after_ms.is_some()
            {
                return Err(bad(format!(
                    "a reshard of {} needs one of split, merge, update_shard_count and one of \
                     after_calls, after_ms",
                    r.stream
                )));
            }
        }
        Ok(script)
    }
}

/// What to do to one request.
#[derive(Debug, Default)]
pub struct Decision {
    /// Answer this error (HTTP status, code, message) instead of calling the action.
    pub error: Option<(u16, String, String)>,
    /// Hold the answer back this long first.
    pub latency: Duration,
    /// PutRecords: which records fail (by position), decided when the body is known.
    pub fail_records: Option<f64>,
}

/// The faults of a running server, and what has happened so far.
#[derive(Debug)]
pub struct Injector {
    script: Script,
    state: Mutex<State>,
    started: Instant,
}

#[derive(Debug)]
struct State {
    rng: u64,
    requests: u64,
    matched: Vec<u64>,
    fired: Vec<u64>,
    resharded: Vec<bool>,
}

/// SplitMix64: small, and the same numbers for the same seed everywhere.
fn next(rng: &mut u64) -> f64 {
    *rng = rng.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *rng;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
}

impl Injector {
    /// The injector of `script`, starting now.
    pub fn new(script: Script) -> Arc<Injector> {
        let n = script.faults.len();
        let state = State {
            rng: script.seed,
            requests: 0,
            matched: vec![0; n],
            fired: vec![0; n],
            resharded: vec![false; script.reshards.len()],
        };
        Arc::new(Injector { state: Mutex::new(state), started: Instant::now(), script })
    }

    /// Runs the reshards scripted at a time (`after_ms`) when their time comes, requests or
    /// none; started with the server.
    pub async fn run_timed(self: Arc<Self>, backend: Arc<dyn Kinesis>) {
        let mut timed: Vec<(usize, u64)> = (self.script.reshards.iter().enumerate())
            .filter_map(|(i, r)| r.after_ms.map(|ms| (i, ms)))
            .collect();
        timed.sort_by_key(|(_, ms)| *ms);
        for (i, ms) in timed {
            tokio::time::sleep_until((self.started + Duration::from_millis(ms)).into()).await;
            let due = {
                let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
                !std::mem::replace(&mut s.resharded[i], true)
            };
            if due {
                reshard(&self.script.reshards[i], backend.as_ref()).await;
            }
        }
    }

    /// Counts a request to `action` and decides what befalls it; reshards that are due
    /// happen first, through `backend`.
    pub async fn on_request(&self, action: Action, backend: &dyn Kinesis) -> Decision {
        let (due, decision) = {
            let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
            s.requests += 1;
            let requests = s.requests;
            let elapsed = self.started.elapsed().as_millis() as u64;
            let mut due = Vec::new();
            for (i, r) in self.script.reshards.iter().enumerate() {
                let now = r.after_calls.is_some_and(|n| requests >= n)
                    || r.after_ms.is_some_and(|ms| elapsed >= ms);
                if now && !s.resharded[i] {
                    s.resharded[i] = true;
                    due.push(r.clone());
                }
            }
            let mut d = Decision::default();
            for (i, f) in self.script.faults.iter().enumerate() {
                if f.action != "*" && f.action != action.name() {
                    continue;
                }
                s.matched[i] += 1;
                let nth = s.matched[i];
                if nth <= f.after || f.times.is_some_and(|t| s.fired[i] >= t) {
                    continue;
                }
                let fires = match (f.probability, f.every) {
                    (Some(p), _) => next(&mut s.rng) < p,
                    (None, Some(n)) => (nth - f.after).is_multiple_of(n),
                    (None, None) => true,
                };
                if !fires {
                    continue;
                }
                s.fired[i] += 1;
                if let Some(ms) = f.latency_ms {
                    d.latency += Duration::from_millis(ms);
                }
                if let (Some(code), None) = (&f.error, &d.error) {
                    d.error = Some(error_of(code, f.message.clone()));
                }
                if f.fail_records.is_some() {
                    d.fail_records = f.fail_records;
                }
            }
            (due, d)
        };
        for r in due {
            reshard(&r, backend).await;
        }
        decision
    }

    /// PutRecords: which of `n` records fail.
    pub fn failing(&self, n: usize, p: f64) -> Vec<bool> {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        (0..n).map(|_| next(&mut s.rng) < p).collect()
    }
}

/// An error code's HTTP status and message, as Kinesis answers it.
fn error_of(code: &str, message: Option<String>) -> (u16, String, String) {
    let (status, default) = match code {
        "InternalFailure" => (
            500,
            "The request processing has failed because of an unknown error, exception or failure.",
        ),
        "ServiceUnavailableException" => (503, "Service Unavailable"),
        "ProvisionedThroughputExceededException" => (400, "Rate exceeded for shard."),
        "ExpiredIteratorException" => (400, "Iterator expired."),
        "LimitExceededException" => (400, "Rate exceeded"),
        "KMSThrottlingException" => (400, "Rate exceeded for KMS."),
        _ => (400, ""),
    };
    (status, code.to_string(), message.unwrap_or_else(|| default.to_string()))
}

async fn reshard(r: &Reshard, backend: &dyn Kinesis) {
    let stream = StreamRef::name(r.stream.clone());
    let outcome = if let Some(shard) = &r.split {
        match open_shards(backend, &stream).await {
            Ok(shards) => match shards.iter().find(|(id, _)| id == shard) {
                Some((_, range)) => {
                    let input = SplitShardInput {
                        stream,
                        shard_to_split: shard.clone(),
                        new_starting_hash_key: range.midpoint().to_string(),
                    };
                    backend.split_shard(input).await
                }
                None => Err(Error::ResourceNotFound(format!("no open shard {shard}"))),
            },
            Err(e) => Err(e),
        }
    } else if let Some([a, b]) = &r.merge {
        let input = MergeShardsInput {
            stream,
            shard_to_merge: a.clone(),
            adjacent_shard_to_merge: b.clone(),
        };
        backend.merge_shards(input).await
    } else {
        let target_shard_count = r.update_shard_count.unwrap_or_default();
        let input = UpdateShardCountInput {
            stream,
            target_shard_count,
            scaling_type: "UNIFORM_SCALING".into(),
        };
        backend.update_shard_count(input).await.map(|_| ())
    };
    match outcome {
        Ok(()) => output::log(&format!("serve: fault: resharded {} as scripted", r.stream)),
        Err(e) => {
            output::log(&format!("serve: fault: the scripted reshard of {} failed: {e}", r.stream))
        }
    }
}

async fn open_shards(
    backend: &dyn Kinesis,
    stream: &StreamRef,
) -> Result<Vec<(String, HashKeyRange)>> {
    let input = ListShardsInput {
        stream: stream.clone(),
        shard_filter: Some(ShardFilter {
            filter_type: ShardFilterType::AtLatest,
            shard_id: None,
            timestamp: None,
        }),
        ..ListShardsInput::default()
    };
    let page = backend.list_shards(input).await?;
    Ok(page.shards.into_iter().map(|s| (s.shard_id, s.hash_key_range)).collect())
}

/// PutRecords with some records failing: those are left out of the request the backend sees
/// (so they are not stored), and answered as Kinesis answers a throttled record.
pub async fn put_records_partly(
    injector: &Injector,
    p: f64,
    body: &[u8],
    backend: &dyn Kinesis,
    call: impl AsyncFnOnce(Vec<u8>) -> Result<Vec<u8>>,
) -> Result<Vec<u8>> {
    let Ok(Value::Object(mut request)) = serde_json::from_slice::<Value>(body) else {
        return call(body.to_vec()).await;
    };
    let Some(Value::Array(records)) = request.remove("Records") else {
        return call(body.to_vec()).await;
    };
    let failing = injector.failing(records.len(), p);
    let stream = request.get("StreamName").and_then(Value::as_str).unwrap_or_default().to_string();
    let kept: Vec<Value> =
        records.iter().zip(&failing).filter(|(_, f)| !**f).map(|(r, _)| r.clone()).collect();
    let mut answer = json!({});
    if !kept.is_empty() {
        request.insert("Records".into(), Value::Array(kept));
        let stored = call(serde_json::to_vec(&request).unwrap_or_default()).await?;
        answer = serde_json::from_slice(&stored).unwrap_or_default();
    }
    let shards = match stream.is_empty() {
        true => Vec::new(),
        false => open_shards(backend, &StreamRef::name(stream.clone())).await.unwrap_or_default(),
    };
    let mut stored =
        answer.get("Records").and_then(Value::as_array).cloned().unwrap_or_default().into_iter();
    let mut out = Vec::with_capacity(records.len());
    for (record, fails) in records.iter().zip(failing) {
        if !fails {
            out.push(stored.next().unwrap_or_default());
            continue;
        }
        let text = |member: &str| record.get(member).and_then(Value::as_str);
        let hash =
            hash_key::hash_key(text("PartitionKey").unwrap_or_default(), text("ExplicitHashKey"));
        let shard = hash
            .ok()
            .and_then(|h| shards.iter().find(|(_, r)| r.contains(h)))
            .map_or("", |(id, _)| id.as_str());
        out.push(json!({
            "ErrorCode": "ProvisionedThroughputExceededException",
            "ErrorMessage": shard_rate_exceeded(&stream, shard),
        }));
    }
    let failed = out.iter().filter(|r| r.get("ErrorCode").is_some()).count();
    answer["FailedRecordCount"] = json!(failed);
    answer["Records"] = Value::Array(out);
    Ok(answer.to_string().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn script(yaml: &str) -> Result<Script> {
        let dir = tempfile::tempdir().map_err(|e| Error::Internal(e.to_string()))?;
        let path = dir.path().join("faults.yaml");
        std::fs::write(&path, yaml).map_err(|e| Error::Internal(e.to_string()))?;
        Script::load(&path)
    }

    #[test]
    fn bad_scripts_say_what_is_wrong() {
        let e = |y: &str| script(y).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e("faults: [{action: Nope, error: X}]").contains("no action is named 'Nope'"));
        assert!(e("faults: [{action: GetRecords}]").contains("exactly one of"));
        assert!(e("faults: [{action: GetRecords, fail_records: 0.5}]").contains("for PutRecords"));
        assert!(e("faults: [{error: X, probability: 2}]").contains("between 0 and 1"));
        assert!(e("faults: [{error: X, bogus: 1}]").contains("unknown field"));
        assert!(e("reshards: [{stream: s, split: a}]").contains("needs one of"));
        assert!(
            script("seed: 3\nfaults: [{action: GetRecords, error: InternalFailure, every: 2}]")
                .is_ok()
        );
    }

    #[test]
    fn the_same_seed_gives_the_same_faults() {
        let run = |seed: u64| {
            let s = Script {
                seed,
                faults: vec![Fault {
                    action: "*".into(),
                    probability: Some(0.5),
                    every: None,
                    after: 0,
                    times: None,
                    error: Some("InternalFailure".into()),
                    message: None,
                    fail_records: None,
                    latency_ms: None,
                }],
                reshards: Vec::new(),
            };
            let i = Injector::new(s);
            let mut s = i.state.lock().unwrap();
            (0..64).map(|_| next(&mut s.rng) < 0.5).collect::<Vec<_>>()
        };
        assert_eq!(run(7), run(7));
        assert_ne!(run(7), run(8));
        let fired = run(7).iter().filter(|f| **f).count();
        assert!((16..=48).contains(&fired), "{fired}");
    }
}
