//! Enhanced fan-out, measured: prints figures, asserts nothing (`cargo bench --bench fanout`).
//!
//! 1. Delivery latency through `kinesis serve` (store on disk): from a PutRecord's
//!    acknowledgement to the SubscribeToShard event carrying the record, for 1 and then 4
//!    subscribers, p50/p99/max over `BENCH_FANOUT_LATENCY` records (default 10 000) put one at
//!    a time. Client and subscribers are aws-sdk-kinesis (the AWS backend over HTTP/1.1), in
//!    one process, so both instants come from one clock; an event that arrives before the
//!    acknowledgement counts as 0.
//! 2. `read --efo` next to polling `read` on the embedded engine, over `BENCH_FANOUT_RECORDS`
//!    records (default 1 000 000) of 100 bytes in 4 shards, output to a pipe.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use kinesis::aws::{AwsBackend, AwsOptions};
use kinesis::backend::Kinesis;
use kinesis::model::*;

mod common;

use common::BIN;
/// Set in the child process that measures latency: the endpoint and subscriber count.
const CLIENT_MODE: &str = "BENCH_FANOUT_CLIENT";

fn count(var: &str, default: usize) -> usize {
    std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// The latency run, in a process of its own (the SDK takes its credentials from there).
async fn latency(endpoint: &str, subscribers: usize, n: usize) {
    let options = AwsOptions {
        endpoint_url: Some(endpoint.to_string()),
        region: Some("us-east-1".into()),
        ..AwsOptions::default()
    };
    let k: Arc<dyn Kinesis> = Arc::new(AwsBackend::connect(&options).await.expect("connect"));
    let stream = format!("latency{subscribers}");
    let create = CreateStreamInput {
        stream_name: stream.clone(),
        shard_count: Some(1),
        stream_mode_details: None,
        tags: None,
        ..Default::default()
    };
    k.create_stream(create).await.expect("create");
    let arn = format!("arn:aws:kinesis:us-east-1:000000000000:stream/{stream}");
    let (ready_tx, mut ready) = tokio::sync::mpsc::channel(subscribers);
    let mut tasks = Vec::new();
    for c in 0..subscribers {
        let input =
            RegisterStreamConsumerInput { stream_arn: arn.clone(), consumer_name: format!("c{c}") };
        let consumer = k.register_stream_consumer(input).await.expect("register").consumer;
        let input = SubscribeToShardInput {
            consumer_arn: consumer.consumer_arn,
            shard_id: "shardId-000000000000".into(),
            starting_position: StartingPosition {
                position_type: ShardIteratorType::Latest,
                sequence_number: None,
                timestamp: None,
            },
            dry_run: None,
        };
        let mut subscription = k.subscribe_to_shard(input).await.expect("subscribe");
        let ready_tx = ready_tx.clone();
        tasks.push(tokio::spawn(async move {
            let mut arrivals = vec![None; n];
            let mut got = 0;
            let mut first = true;
            while got < n {
                let event = subscription.next().await.expect("subscription ended").expect("event");
                if std::mem::take(&mut first) {
                    let _ = ready_tx.send(()).await;
                }
                let now = Instant::now();
                for r in &event.records {
                    let i: usize = String::from_utf8_lossy(&r.data.0).parse().expect("index");
                    arrivals[i] = Some(now);
                    got += 1;
                }
            }
            arrivals
        }));
    }
    // Every subscription has had its first event: it stands.
    for _ in 0..subscribers {
        ready.recv().await;
    }
    let mut acks = Vec::with_capacity(n);
    let started = Instant::now();
    for i in 0..n {
        let input = PutRecordInput {
            stream: StreamRef::name(&stream),
            data: Blob(i.to_string().into_bytes()),
            partition_key: Some("k".into()),
            explicit_hash_key: None,
            sequence_number_for_ordering: None,
            dry_run: None,
        };
        k.put_record(input).await.expect("put");
        acks.push(Instant::now());
    }
    let put_seconds = started.elapsed().as_secs_f64();
    let mut all = Vec::new();
    for t in tasks {
        let arrivals = t.await.expect("subscriber");
        all.extend(
            arrivals.iter().zip(&acks).map(|(arrived, ack)| {
                arrived.expect("every record").saturating_duration_since(*ack)
            }),
        );
    }
    all.sort();
    println!(
        "latency, {subscribers} subscriber(s): {n} records ({:.0} puts/s): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        n as f64 / put_seconds,
        percentile(&all, 0.5).as_secs_f64() * 1e3,
        percentile(&all, 0.99).as_secs_f64() * 1e3,
        all.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
}

/// Runs `kinesis read` with `extra` on `dir`'s stream `s`; answers (records, seconds).
fn timed_read(dir: &std::path::Path, extra: &[&str]) -> (usize, f64) {
    let started = Instant::now();
    let mut child = Command::new(BIN)
        .arg("--data-dir")
        .arg(dir)
        .args(["read", "--stream-name", "s"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("read");
    let mut out = child.stdout.take().expect("stdout");
    let mut lines = 0;
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let got = out.read(&mut buf).expect("read output");
        if got == 0 {
            break;
        }
        lines += buf[..got].iter().filter(|b| **b == b'\n').count();
    }
    assert!(child.wait().expect("read").success());
    (lines, started.elapsed().as_secs_f64())
}

fn throughput(n: usize) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("data");
    let file = tmp.path().join("records.jsonl");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&file).expect("create input"));
    for i in 0..n {
        let head = format!("{{\"id\":{i:>9},\"payload\":\"");
        writeln!(w, "{head}{}\"}}", "x".repeat(100 - head.len() - 3)).expect("write input");
    }
    drop(w);
    let kinesis = |args: &[&str]| {
        let status = Command::new(BIN)
            .arg("--data-dir")
            .arg(&dir)
            .args(args)
            .stdout(Stdio::null())
            .status()
            .expect("kinesis");
        assert!(status.success(), "{args:?}");
    };
    kinesis(&["create-stream", "--stream-name", "s", "--shard-count", "4"]);
    kinesis(&["put-records", "--stream-name", "s", "--file", file.to_str().unwrap_or_default()]);
    for (name, extra) in [("read (polling)", &[][..]), ("read --efo", &["--efo"][..])] {
        let (lines, seconds) = timed_read(&dir, extra);
        assert_eq!(lines, n, "{name}");
        println!(
            "{name:>15}: {n} records of 100 bytes in {seconds:.2} s = {:.0} records/s",
            n as f64 / seconds
        );
    }
}

fn main() {
    if let Ok(mode) = std::env::var(CLIENT_MODE) {
        let (endpoint, subscribers) = mode.split_once(' ').expect("endpoint and count");
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        let n = count("BENCH_FANOUT_LATENCY", 10_000);
        runtime.block_on(latency(endpoint, subscribers.parse().expect("count"), n));
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let (_serve, url) = common::serve(&tmp.path().join("data"));
    for subscribers in [1, 4] {
        let status = common::sdk_client(CLIENT_MODE, &format!("{url} {subscribers}"))
            .status()
            .expect("latency run");
        assert!(status.success());
    }
    throughput(count("BENCH_FANOUT_RECORDS", 1_000_000));
}
