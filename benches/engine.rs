//! Benchmarks of the embedded engine through the real binary, printing figures (no
//! assertions): `cargo bench` (release build).
//!
//! - one `kinesis put-record`, process start to exit: median, p90, peak RSS;
//! - `put-records --file` of N JSON-lines records of 200 bytes into 4 shards: records/s, RSS;
//! - `read --from trim-horizon --max-records N > /dev/null`: records/s, RSS.
//!
//! N is 1 000 000 unless `BENCH_RECORDS` says otherwise.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

mod common;

use common::{BIN, measure};

fn kinesis(dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(BIN);
    c.env("KINESIS_DATA_DIR", dir).args(args).stdout(Stdio::null()).stderr(Stdio::null());
    c
}

fn main() {
    let n: usize =
        std::env::var("BENCH_RECORDS").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("data");
    measure(&mut kinesis(&dir, &["create-stream", "--stream-name", "bench", "--shard-count", "4"]));

    let runs = 200;
    let mut times = Vec::with_capacity(runs);
    let mut peak = 0;
    for i in 0..runs {
        let key = format!("key-{i}");
        let (t, rss) = measure(&mut kinesis(
            &dir,
            &["put-record", "--stream-name", "bench", "--partition-key", &key, "--data", "hello"],
        ));
        times.push(t);
        peak = peak.max(rss);
    }
    times.sort();
    println!(
        "put-record (one process, start to exit, {runs} runs): median {:.2} ms, p90 {:.2} ms, peak RSS {:.1} MiB",
        times[runs / 2].as_secs_f64() * 1e3,
        times[runs * 9 / 10].as_secs_f64() * 1e3,
        peak as f64 / 1024.0
    );

    let file = tmp.path().join("records.jsonl");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&file).expect("create input"));
    for i in 0..n {
        // 200 bytes with the newline: {"id":…,"user":"user…","payload":"xxx…"}
        let head = format!("{{\"id\":{i:>9},\"user\":\"user{:05}\",\"payload\":\"", i % 10_000);
        let pad = 200 - head.len() - 3;
        writeln!(w, "{head}{}\"}}", "x".repeat(pad)).expect("write input");
    }
    drop(w);
    let (t, rss) = measure(&mut kinesis(
        &dir,
        &["put-records", "--stream-name", "bench", "--file", file.to_str().unwrap_or_default()],
    ));
    println!(
        "put-records --file ({n} JSON lines of 200 bytes, 4 shards): {:.2} s, {:.0} records/s, {:.1} MB/s, peak RSS {:.1} MiB",
        t.as_secs_f64(),
        n as f64 / t.as_secs_f64(),
        n as f64 * 200.0 / t.as_secs_f64() / 1e6,
        rss as f64 / 1024.0
    );

    let max = (n + runs).to_string();
    let (t, rss) = measure(&mut kinesis(
        &dir,
        &["read", "--stream-name", "bench", "--from", "trim-horizon", "--max-records", &max],
    ));
    println!(
        "read --from trim-horizon ({} records to /dev/null): {:.2} s, {:.0} records/s, peak RSS {:.1} MiB",
        n + runs,
        t.as_secs_f64(),
        (n + runs) as f64 / t.as_secs_f64(),
        rss as f64 / 1024.0
    );
}
