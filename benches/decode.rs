//! Reading what real streams carry, measured: prints figures, asserts nothing
//! (`cargo bench --bench decode`). `kinesis read > /dev/null` of `BENCH_DECODE_RECORDS` user
//! records (default 1 000 000) of about 100 bytes, stored two ways in a 4-shard stream:
//! packed 100 per KPL aggregate, and gzip'd one per Kinesis record. Records/s and peak RSS.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use kinesis::backend::Kinesis;
use kinesis::commands::decode::kpl::{Entry, aggregate};
use kinesis::engine::{Engine, EngineOptions};
use kinesis::model::*;

use common::BIN;
/// Set in the child process that writes the streams: the data dir.
const GENERATE: &str = "BENCH_DECODE_GENERATE";

fn user_record(i: usize) -> Vec<u8> {
    let head = format!("{{\"id\":{i:>9},\"user\":\"user{:05}\",\"payload\":\"", i % 10_000);
    format!("{head}{}\"}}", "x".repeat(100 - head.len() - 2)).into_bytes()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip")
}

/// Stores `records` (already encoded) into a new stream `name`, 250 to a PutRecords (5 MiB of aggregates).
async fn store(engine: &Engine, name: &str, records: Vec<Vec<u8>>) {
    let create = CreateStreamInput {
        stream_name: name.into(),
        shard_count: Some(4),
        stream_mode_details: None,
        tags: None,
        ..Default::default()
    };
    engine.create_stream(create).await.expect("create");
    let mut entries = records.into_iter().enumerate().map(|(i, data)| PutRecordsRequestEntry {
        data: Blob(data),
        partition_key: Some(format!("k{i}")),
        ..Default::default()
    });
    loop {
        let batch: Vec<_> = entries.by_ref().take(250).collect();
        if batch.is_empty() {
            break;
        }
        let input =
            PutRecordsInput { stream: StreamRef::name(name), records: batch, dry_run: None };
        let out = engine.put_records(input).await.expect("put");
        assert_eq!(out.failed_record_count, 0);
    }
}

/// Writes the two streams into the store in `dir` (in a process of its own, so that the
/// reads measured after it do not inherit its memory in their peak RSS).
fn generate(dir: &std::path::Path, n: usize) {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    runtime.block_on(async {
        let engine = Engine::open(dir, EngineOptions::default()).expect("engine");
        let packed: Vec<Vec<u8>> = (0..n)
            .collect::<Vec<_>>()
            .chunks(100)
            .map(|chunk| {
                let entries: Vec<Entry> = chunk
                    .iter()
                    .map(|&i| Entry {
                        partition_key: format!("user{:05}", i % 10_000),
                        explicit_hash_key: None,
                        data: user_record(i),
                    })
                    .collect();
                aggregate(&entries)
            })
            .collect();
        store(&engine, "kpl", packed).await;
        store(&engine, "gzip", (0..n).map(|i| gzip(&user_record(i))).collect()).await;
    });
}

fn main() {
    let n: usize = std::env::var("BENCH_DECODE_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    if let Some(dir) = std::env::var_os(GENERATE) {
        generate(std::path::Path::new(&dir), n);
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("data");
    let status = Command::new(std::env::current_exe().expect("this benchmark"))
        .env(GENERATE, &dir)
        .status()
        .expect("generate");
    assert!(status.success());
    for (stream, what) in
        [("kpl", "packed 100 per KPL aggregate"), ("gzip", "gzip'd one per record")]
    {
        let mut read = Command::new(BIN);
        read.env("KINESIS_DATA_DIR", &dir)
            .args(["read", "--stream-name", stream])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        let (t, rss) = common::measure(&mut read);
        println!(
            "read, {n} user records {what}: {:.2} s = {:.0} user records/s, peak RSS {:.1} MiB",
            t.as_secs_f64(),
            n as f64 / t.as_secs_f64(),
            rss as f64 / 1024.0
        );
    }
}
