//! `perf`, the load generator: what it sends is stored and read back, its counts add up on the
//! engine and through `serve` (polling and enhanced fan-out), throttling and scripted failures
//! are counted as what they are, a reshard mid-run loses nothing, and bad settings change
//! nothing.

use serde_json::Value;

use crate::helpers::{Env, Server};

/// Runs `perf` on stream `s` with `args`, asserts exit `code`, and returns its summary.
fn perf(env: &Env, args: &[&str], code: i32) -> Value {
    perf_with(env.cmd(), args, code).0
}

/// [`perf`] through `cmd` (an env's command, with variables of its own); also returns stderr.
/// A run that does not end within a minute fails (one once went on forever).
fn perf_with(mut cmd: assert_cmd::Command, args: &[&str], code: i32) -> (Value, String) {
    let out = cmd
        .args(["perf", "--stream-name", "s"])
        .args(args)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(code), "perf {args:?}: {stderr}");
    if code == 0 {
        assert!(stderr.is_empty(), "{stderr}");
    }
    let summary = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    (summary, stderr)
}

fn script(env: &Env, yaml: &str) -> String {
    let path = env.data_dir().with_extension("faults.yaml");
    std::fs::write(&path, yaml).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn records_sent_are_stored_and_every_consumer_sees_each_once() {
    let env = Env::new();
    env.create("s", 3);
    let args = ["--count", "3000", "--consumers", "2", "--record-size", "16-64", "--keys", "set:7"];
    let s = perf(&env, &args, 0);
    let (put, got) = (&s["Produced"], &s["Consumed"]);
    assert_eq!(s["StreamName"], "s");
    assert_eq!(put["Records"], 3000);
    assert_eq!((put["Throttled"].as_u64(), put["Errors"].as_u64()), (Some(0), Some(0)));
    // 500 a call: 6 calls.
    assert_eq!(put["Calls"], 6);
    assert_eq!(got["Records"], 6000);
    assert_eq!(got["Bytes"], put["Bytes"].as_u64().unwrap() * 2);
    assert_eq!((got["Missing"].as_u64(), got["Errors"].as_u64()), (Some(0), Some(0)));
    assert_eq!((got["Consumers"].as_u64(), got["Mode"].as_str()), (Some(2), Some("polling")));
    for latency in [&put["LatencyMs"], &got["LatencyMs"]] {
        let (p50, p99, max) =
            (latency["P50"].as_f64(), latency["P99"].as_f64(), latency["Max"].as_f64());
        assert!(p50 > Some(0.0) && p50 <= p99 && p99 <= max, "{latency}");
    }
    // What was sent is in the stream: 3000 records of 16 to 64 bytes, on 7 keys at most.
    let sizes = env.ok(&["read", "--stream-name", "s", "--format", "{size} {key}"]);
    assert_eq!(sizes.lines().count(), 3000);
    let mut keys = std::collections::HashSet::new();
    for line in sizes.lines() {
        let (size, key) = line.split_once(' ').unwrap();
        assert!((16..=64).contains(&size.parse::<u32>().unwrap()), "{line}");
        keys.insert(key.to_string());
    }
    assert!(keys.len() <= 7 && keys.iter().all(|k| k.starts_with("key-")), "{keys:?}");
    // With no producers, consumers read what the stream holds.
    let s = perf(&env, &["--producers", "0", "--count", "3000"], 0);
    assert!(s.get("Produced").is_none(), "{s}");
    assert_eq!(s["Consumed"]["Records"], 3000);
    assert_eq!(s["Consumed"]["LatencyMs"], Value::Null);
}

#[test]
fn a_run_on_the_engine_ends_when_its_time_is_up() {
    let env = Env::new();
    env.create("s", 2);
    // Producers flat out on the engine never wait on anything: the run's clock must still
    // get its turn (this run once went on forever).
    let s = perf(&env, &["--duration", "1s", "--producers", "2", "--consumers", "2"], 0);
    let sent = s["Produced"]["Records"].as_u64().unwrap();
    assert!(sent > 0, "{s}");
    assert!(s["Produced"]["Seconds"].as_f64() < Some(5.0), "{s}");
    assert_eq!(s["Consumed"]["Records"].as_u64(), Some(sent * 2));
    assert_eq!(s["Consumed"]["Missing"], 0);
}

#[test]
fn a_rate_paces_the_producers_and_one_record_a_call_is_put_record() {
    let env = Env::new();
    env.create("s", 1);
    let args = ["--count", "150", "--rate", "100", "--batch-size", "1", "--consumers", "0"];
    let s = perf(&env, &args, 0);
    let put = &s["Produced"];
    assert_eq!((put["Records"].as_u64(), put["Calls"].as_u64()), (Some(150), Some(150)));
    // 150 records at 100 a second cannot be sent in under 1.5 s (less the first).
    assert!(put["Seconds"].as_f64() >= Some(1.48), "{s}");
    assert!(s.get("Consumed").is_none(), "{s}");
    let raw = env.ok(&[
        "perf",
        "--stream-name",
        "s",
        "--count",
        "10",
        "--consumers",
        "0",
        "--output",
        "raw",
    ]);
    assert!(raw.trim().parse::<u64>().unwrap() > 0, "{raw}");
}

#[test]
fn throttled_records_are_counted_not_sent_again_and_not_a_failure() {
    let env = Env::new();
    env.create("s", 1);
    // A shard takes 1 MB a second: 30 records of 100 KB in one call cannot all go in.
    let mut limited = env.cmd();
    limited.env("KINESIS_ENFORCE_LIMITS", "1");
    let args = ["--count", "30", "--batch-size", "30", "--record-size", "100000"];
    let (s, _) = perf_with(limited, &args, 0);
    let put = &s["Produced"];
    let (stored, throttled) =
        (put["Records"].as_u64().unwrap(), put["Throttled"].as_u64().unwrap());
    assert!(throttled > 0 && stored > 0, "{s}");
    assert_eq!(stored + throttled, 30);
    assert_eq!(s["Consumed"]["Records"].as_u64(), Some(stored));
    assert_eq!(s["Consumed"]["Missing"], 0);
}

#[test]
fn through_serve_failed_calls_fail_the_run_after_its_summary() {
    let env = Env::new();
    // An error the SDK does not try again itself.
    let faults = script(
        &env,
        "faults:\n- {action: GetRecords, error: KMSAccessDeniedException, times: 2}\n",
    );
    let server = Server::start(&["--in-memory", "--stream", "s:2", "--faults", &faults]);
    let remote = Env::aws(&server.endpoint);
    let args = ["--count", "1000", "--poll-interval", "50ms"];
    let (s, stderr) = perf_with(remote.cmd(), &args, 254);
    assert!(
        stderr.starts_with(
            "kinesis: PartialFailure: 2 read calls failed (the first: KMSAccessDeniedException: "
        ) && stderr.ends_with(")\n")
            && stderr.lines().count() == 1,
        "{stderr}"
    );
    assert_eq!(s["Consumed"]["Errors"], 2);
    // The reads tried again: nothing went missing.
    assert_eq!(
        (s["Consumed"]["Records"].as_u64(), s["Consumed"]["Missing"].as_u64()),
        (Some(1000), Some(0))
    );
}

#[test]
fn through_serve_a_reshard_mid_run_loses_nothing_polling_or_pushed() {
    for efo in [false, true] {
        let env = Env::new();
        let faults = script(
            &env,
            "reshards:\n- {stream: s, after_calls: 12, split: shardId-000000000000}\n",
        );
        let server = Server::start(&["--in-memory", "--stream", "s:2", "--faults", &faults]);
        let remote = Env::aws(&server.endpoint);
        let mut args = vec!["--count", "4000", "--batch-size", "100", "--rate", "4000"];
        args.extend(["--poll-interval", "50ms"]);
        if efo {
            args.push("--efo");
        }
        let s = perf(&remote, &args, 0);
        assert_eq!(s["Produced"]["Records"], 4000, "{s}");
        assert_eq!(s["Consumed"]["Records"], 4000, "efo {efo}: {s}");
        assert_eq!(s["Consumed"]["Missing"], 0);
        let shards = remote.json(&["list-shards", "--stream-name", "s"]);
        assert_eq!(shards["Shards"].as_array().unwrap().len(), 4, "the split happened");
        // --efo's consumer was its own, and is gone.
        let arn = crate::helpers::stream_arn(&remote, "s");
        let consumers = remote.json(&["list-stream-consumers", "--stream-arn", &arn]);
        assert_eq!(consumers["Consumers"], serde_json::json!([]));
    }
}

#[test]
fn bad_settings_are_one_line_and_change_nothing() {
    let env = Env::new();
    env.create("s", 1);
    let before = env.snapshot();
    for (args, message) in [
        (
            &["--record-size", "8"][..],
            "--record-size 8: a record takes at least 16 bytes (its run and when it was sent)",
        ),
        (
            &["--record-size", "90-80"],
            "--record-size 90-80: the range's minimum is above its maximum",
        ),
        (
            &["--keys", "zipf"],
            "--keys zipf: expected random, set:N (N ≥ 1) or hot:P (P from 0 to 100)",
        ),
        (&["--batch-size", "501"], "--batch-size 501: PutRecords takes at most 500 records"),
        (
            &["--duration", "soon"],
            "--duration soon: expected a length of time such as 500ms, 10s, 2m, 1h, or seconds",
        ),
        (
            &["--producers", "0", "--consumers", "0"],
            "--producers 0 and --consumers 0: there is nothing to measure",
        ),
        (&["--consumers", "0", "--efo"], "--efo needs at least one consumer"),
        (&["--count", "0"], "--count must be at least 1"),
    ] {
        let mut all = vec!["perf", "--stream-name", "s"];
        all.extend(args);
        assert_eq!(
            env.fails(&all, 252),
            format!("kinesis: ParamValidation: {message}"),
            "{args:?}"
        );
    }
    let line = env.fails(&["perf", "--stream-name", "nope", "--count", "1"], 254);
    assert!(line.starts_with("kinesis: ResourceNotFoundException: "), "{line}");
    assert_eq!(env.snapshot(), before);
}
