//! Benchmarks of the embedded engine through the real binary, printing figures (no
//! assertions): `cargo bench` (release build).
//!
//! - one `kinesis put-record`, process start to exit: median, p90, peak RSS; one
//!   `kinesis list-streams` the same; and, when the test tools are installed (`scripts/test`
//!   installs them), one `aws kinesis put-record` against kinesalite in the same run, for
//!   the ratio;
//! - `put-records --file` of N JSON-lines records of 200 bytes into 4 shards: records/s, RSS;
//! - `read --from trim-horizon --max-records N > /dev/null`: records/s, RSS.
//!
//! N is 1 000 000 unless `BENCH_RECORDS` says otherwise.
//!
//! With `BENCH_LARGE_STORE_GB=G` (opt-in: it writes G GB, and takes about 5 s a GB here), a
//! store of G GB of 4 KB records is made, and the first record of a `read` from its trim
//! horizon is timed, process start to exit: 20 times with the store in the page cache, and,
//! where `/proc/sys/vm/drop_caches` can be written (root), 5 times with the cache dropped
//! first, beside `kinesis version` alike (what starting the process costs cold).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

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
    let put = one_shot(runs, |i| {
        let key = format!("key-{i}");
        kinesis(
            &dir,
            &["put-record", "--stream-name", "bench", "--partition-key", &key, "--data", "hello"],
        )
    });
    put.print("kinesis put-record");
    one_shot(runs, |_| kinesis(&dir, &["list-streams"])).print("kinesis list-streams");
    if let Some(reference) = aws_cli_to_kinesalite(20) {
        reference.print("aws kinesis put-record → kinesalite");
        println!(
            "  kinesis put-record is {:.0}× faster (medians)",
            reference.median().as_secs_f64() / put.median().as_secs_f64()
        );
    }

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

    // Last: its cold reads leave the page cache empty.
    if let Some(gb) = std::env::var("BENCH_LARGE_STORE_GB").ok().and_then(|v| v.parse().ok()) {
        large_store(&tmp.path().join("large"), gb);
    }
}

/// Wall times and the peak RSS of a run of one-shot processes.
struct Runs {
    times: Vec<Duration>,
    peak_kib: i64,
}

impl Runs {
    fn median(&self) -> Duration {
        self.times[self.times.len() / 2]
    }

    fn print(&self, what: &str) {
        let n = self.times.len();
        println!(
            "{what} (one process, start to exit, {n} runs): median {:.2} ms, p90 {:.2} ms, peak RSS {:.1} MiB",
            self.median().as_secs_f64() * 1e3,
            self.times[n * 9 / 10].as_secs_f64() * 1e3,
            self.peak_kib as f64 / 1024.0
        );
    }
}

/// Runs `runs` processes made by `command(i)`, one after the other.
fn one_shot(runs: usize, mut command: impl FnMut(usize) -> Command) -> Runs {
    let mut times = Vec::with_capacity(runs);
    let mut peak_kib = 0;
    for i in 0..runs {
        let (t, rss) = measure(&mut command(i));
        times.push(t);
        peak_kib = peak_kib.max(rss);
    }
    times.sort();
    Runs { times, peak_kib }
}

/// `aws kinesis put-record` (the test virtualenv's aws-cli) against kinesalite (the test
/// tools' install), `runs` times; `None` when either is missing.
fn aws_cli_to_kinesalite(runs: usize) -> Option<Runs> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let aws = root.join(".ci/venv/bin/aws");
    let kinesalite = root.join(".ci/emulator/node_modules/.bin/kinesalite");
    if !aws.exists() || !kinesalite.exists() {
        println!("(aws-cli or kinesalite not installed: run scripts/test once for the reference)");
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0").ok()?.local_addr().ok()?.port();
    let emulator = Command::new(&kinesalite)
        .args(["--port", &port.to_string(), "--createStreamMs", "0"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let _emulator = common::Killed(emulator);
    let endpoint = format!("http://127.0.0.1:{port}");
    let aws_cli = |args: &[&str]| {
        let mut c = Command::new(&aws);
        c.args(["--endpoint-url", &endpoint, "--region", "us-east-1", "kinesis"])
            .args(args)
            .env("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
            .env("AWS_SECRET_ACCESS_KEY", "secret")
            .env("AWS_CONFIG_FILE", "/dev/null")
            .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        c
    };
    let started = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if started.elapsed() > Duration::from_secs(10) {
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let created =
        aws_cli(&["create-stream", "--stream-name", "bench", "--shard-count", "4"]).status();
    if !created.is_ok_and(|s| s.success()) {
        return None;
    }
    Some(one_shot(runs, |i| {
        let key = format!("key-{i}");
        aws_cli(&[
            "put-record",
            "--stream-name",
            "bench",
            "--partition-key",
            &key,
            "--data",
            "hello",
        ])
    }))
}

/// Makes a store of `gb` GB of 4 KB records (4 shards) in `dir` and times the first record of
/// a `read`, warm and cold (see the module's doc).
fn large_store(dir: &Path, gb: u64) {
    measure(&mut kinesis(dir, &["create-stream", "--stream-name", "large", "--shard-count", "4"]));
    let records = gb * 250_000;
    let started = std::time::Instant::now();
    let mut put = kinesis(dir, &["put-records", "--stream-name", "large", "--file", "-"]);
    let mut put = put.stdin(Stdio::piped()).spawn().expect("put-records");
    {
        let mut w = std::io::BufWriter::new(put.stdin.take().expect("stdin"));
        let pad = "x".repeat(4000 - 24);
        for i in 0..records {
            writeln!(w, "{{\"id\":{i:>9},\"p\":\"{pad}\"}}").expect("write records");
        }
    }
    assert!(put.wait().expect("put-records").success(), "put-records failed");
    println!(
        "large store: {records} records of 4 KB ({gb} GB) written in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    const FIRST: &[&str] =
        &["read", "--stream-name", "large", "--from", "trim-horizon", "--max-records", "1"];
    one_shot(20, |_| kinesis(dir, FIRST)).print("first record of a read, warm");
    let drop_caches = || {
        let _ = Command::new("sync").status();
        std::fs::write("/proc/sys/vm/drop_caches", "3\n").is_ok()
    };
    if !drop_caches() {
        println!("(the page cache cannot be dropped here: no cold figures)");
        return;
    }
    let cold = |args: &[&str]| {
        one_shot(5, |_| {
            drop_caches();
            kinesis(dir, args)
        })
    };
    cold(FIRST).print("first record of a read, page cache dropped");
    cold(&["version"]).print("kinesis version, page cache dropped");
}
