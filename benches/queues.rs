//! Queue throughput, measured: prints figures, asserts nothing but correctness
//! (`cargo bench --bench queues`).
//!
//! `BENCH_QUEUE_RECORDS` records (default 100 000) of 100 bytes are put into an on-demand
//! stream behind `kinesis serve` (store on disk, every acknowledgement fsynced), then 4
//! consumers — each its own aws-sdk-kinesis client (the AWS backend, over HTTP/1.1) —
//! receive 10 at a time and acknowledge each batch, until the queue is empty. Printed: the
//! wall time, records acknowledged a second, and the p50/p99 of one receive + acknowledge
//! round. Every record must be acknowledged exactly once.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kinesis::aws::{AwsBackend, AwsOptions};
use kinesis::backend::Kinesis;
use kinesis::model::*;

mod common;

/// Set in the child process that measures: the endpoint.
const CLIENT_MODE: &str = "BENCH_QUEUE_CLIENT";
const CONSUMERS: usize = 4;

async fn connect(endpoint: &str) -> Arc<dyn Kinesis> {
    let options = AwsOptions {
        endpoint_url: Some(endpoint.to_string()),
        region: Some("us-east-1".into()),
        ..AwsOptions::default()
    };
    Arc::new(AwsBackend::connect(&options).await.expect("connect"))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted.get(((sorted.len().max(1) - 1) as f64 * p).round() as usize).copied().unwrap_or_default()
}

async fn run(endpoint: &str, n: usize) {
    let k = connect(endpoint).await;
    let create = CreateStreamInput {
        stream_name: "queued".into(),
        stream_mode_details: Some(StreamModeDetails { stream_mode: "ON_DEMAND".into() }),
        ..Default::default()
    };
    k.create_stream(create).await.expect("create stream");
    let arn = "arn:aws:kinesis:us-east-1:000000000000:stream/queued".to_string();
    let put_started = Instant::now();
    for start in (0..n).step_by(500) {
        let records = (start..(start + 500).min(n))
            .map(|i| PutRecordsRequestEntry {
                data: Blob(format!("{i:>100}").into_bytes()),
                partition_key: Some(i.to_string()),
                ..Default::default()
            })
            .collect();
        let input =
            PutRecordsInput { stream: StreamRef::name("queued"), records, ..Default::default() };
        assert_eq!(k.put_records(input).await.expect("put").failed_record_count, 0);
    }
    println!("put {n} records of 100 bytes in {:.2} s", put_started.elapsed().as_secs_f64());
    let queue = CreateQueueInput {
        queue_name: "work".into(),
        stream_configuration_list: vec![QueueStreamConfiguration {
            stream_arn: arn,
            starting_position: Some(QueueStartingPosition {
                position_type: "TRIM_HORIZON".into(),
                timestamp: None,
            }),
        }],
        ..Default::default()
    };
    let queue = k.create_queue(queue).await.expect("create queue").queue_description.queue_arn;
    let acked = Arc::new(Mutex::new(HashSet::with_capacity(n)));
    let rounds = Arc::new(Mutex::new(Vec::with_capacity(n / 10 + 8)));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..CONSUMERS {
        let (k, queue, acked, rounds) =
            (connect(endpoint).await, queue.clone(), acked.clone(), rounds.clone());
        tasks.push(tokio::spawn(async move {
            let mut empty = 0;
            while empty < 2 {
                let round = Instant::now();
                let input = ReceiveQueueRecordsInput {
                    queue_arn: queue.clone(),
                    wait_time_seconds: Some(1),
                    ..Default::default()
                };
                let got = k.receive_queue_records(input).await.expect("receive").queue_records;
                if got.is_empty() {
                    empty += 1;
                    continue;
                }
                empty = 0;
                let entries = got
                    .iter()
                    .map(|r| ReceiptEntry { receipt_handle: r.receipt_handle.clone() })
                    .collect();
                let input = QueueReceiptsInput { queue_arn: queue.clone(), entries };
                let answer = k.acknowledge_queue_records(input).await.expect("acknowledge");
                assert!(answer.failed.is_empty(), "{:?}", answer.failed);
                rounds.lock().expect("rounds").push(round.elapsed());
                let mut acked = acked.lock().expect("acked");
                for r in got {
                    assert!(acked.insert(r.record_id), "a record acknowledged twice");
                }
            }
        }));
    }
    for t in tasks {
        t.await.expect("consumer");
    }
    // The last empty receives of each consumer waited a second each for nothing.
    let elapsed = started.elapsed().saturating_sub(Duration::from_secs(2)).as_secs_f64();
    let acked = acked.lock().expect("acked").len();
    assert_eq!(acked, n, "every record acknowledged");
    let mut rounds = rounds.lock().expect("rounds").clone();
    rounds.sort_unstable();
    println!(
        "{CONSUMERS} consumers received and acknowledged {n} records in {elapsed:.2} s = {:.0} records/s \
         ({} rounds of receive + acknowledge: p50 {:.2?}, p99 {:.2?})",
        n as f64 / elapsed,
        rounds.len(),
        percentile(&rounds, 0.5),
        percentile(&rounds, 0.99),
    );
}

fn main() {
    if let Ok(endpoint) = std::env::var(CLIENT_MODE) {
        let n = std::env::var("BENCH_QUEUE_RECORDS").ok().and_then(|v| v.parse().ok());
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        runtime.block_on(run(&endpoint, n.unwrap_or(100_000)));
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let (_serve, url) = common::serve(&tmp.path().join("data"));
    let status = common::sdk_client(CLIENT_MODE, &url).status().expect("queue run");
    assert!(status.success());
}
