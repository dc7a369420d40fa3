//! `kinesis serve` side by side with ferrokinesis and kinesalite, each loaded by the same
//! client: `kinesis perf` (aws-sdk-kinesis) with 8 concurrent PutRecords producers of 500
//! records of 200 bytes into 4 shards, then one consumer reading them all back (a GetRecords
//! task per shard, 10 000 records a call). `kinesis serve` keeps its store on disk, every
//! acknowledged record fsynced; ferrokinesis and kinesalite keep theirs in memory. Each round
//! starts every server afresh; rounds alternate the servers, so a busy moment of the machine
//! weighs on all alike. Prints figures, asserts nothing: `cargo bench --bench emulators`.
//!
//! `BENCH_EMULATOR_RECORDS` (default 200 000) and `BENCH_EMULATOR_ROUNDS` (default 3) set the
//! load; ferrokinesis is found as `FERROKINESIS`'s path or on PATH (`cargo install --root DIR
//! ferrokinesis`), and left out with a note when it is not; kinesalite comes from
//! `.ci/emulator` (`scripts/test` installs it).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;

use common::{BIN, Killed, client};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

/// Starts `cmd`, listening on `port`, and waits until it accepts connections.
fn start(mut cmd: Command, port: u16) -> Killed {
    let child = Killed(cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("start"));
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "{cmd:?} did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}

/// Runs `kinesis perf` against `endpoint` and answers one figure of its summary.
fn perf(endpoint: &str, args: &[&str], figure: &str) -> f64 {
    let mut all = vec!["perf", "--stream-name", "bench", "--output", "text", "--query", figure];
    all.extend(args);
    let out = client(endpoint, &all).stderr(Stdio::inherit()).output().expect("run kinesis perf");
    assert!(out.status.success(), "perf {args:?} against {endpoint} failed");
    String::from_utf8_lossy(&out.stdout).trim().parse().expect("a figure")
}

/// One round against one server: records/s put, then read.
fn round(endpoint: &str, n: u64) -> (f64, f64) {
    let create = ["create-stream", "--stream-name", "bench", "--shard-count", "4"];
    assert!(client(endpoint, &create).status().expect("create").success());
    let wait = ["wait", "stream-exists", "--stream-name", "bench", "--delay", "0.1"];
    assert!(client(endpoint, &wait).status().expect("wait").success());
    let n = n.to_string();
    let put = ["--producers", "8", "--consumers", "0", "--count", &n, "--record-size", "200"];
    let put = perf(endpoint, &put, "Produced.RecordsPerSecond");
    let get = ["--producers", "0", "--consumers", "1", "--count", &n];
    let get = perf(endpoint, &get, "Consumed.RecordsPerSecond");
    (put, get)
}

fn ferrokinesis() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("FERROKINESIS") {
        return Some(path.into());
    }
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|dir| Path::new(dir).join("ferrokinesis"))
        .find(|p| p.is_file())
}

fn main() {
    let env = |name: &str, default: u64| {
        std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
    };
    let n = env("BENCH_EMULATOR_RECORDS", 200_000);
    let rounds = env("BENCH_EMULATOR_ROUNDS", 3);
    let kinesalite =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/emulator/node_modules/.bin/kinesalite");
    let ferro = ferrokinesis();
    if ferro.is_none() {
        println!("ferrokinesis not found (FERROKINESIS or PATH): left out");
    }
    let mut figures: Vec<(&str, Vec<(f64, f64)>)> =
        vec![("kinesis serve", vec![]), ("ferrokinesis", vec![]), ("kinesalite", vec![])];
    for r in 0..rounds {
        for (name, results) in &mut figures {
            let port = free_port();
            let tmp = tempfile::tempdir().expect("temp dir");
            let cmd = match *name {
                "kinesis serve" => {
                    let mut c = Command::new(BIN);
                    c.args(["serve", "--port", &port.to_string(), "--data-dir"]).arg(tmp.path());
                    c
                }
                "ferrokinesis" => {
                    let Some(path) = &ferro else { continue };
                    let mut c = Command::new(path);
                    c.args(["--port", &port.to_string(), "--create-stream-ms", "0"]);
                    c
                }
                _ => {
                    let mut c = Command::new(&kinesalite);
                    c.args(["--port", &port.to_string(), "--createStreamMs", "0"]);
                    c
                }
            };
            let server = start(cmd, port);
            let (put, get) = round(&format!("http://127.0.0.1:{port}"), n);
            drop(server);
            println!(
                "round {}: {name:>14}: put {put:>9.0} records/s, get {get:>9.0} records/s",
                r + 1
            );
            results.push((put, get));
        }
    }
    let ours = figures[0].1.clone();
    for (name, results) in &figures[1..] {
        if results.is_empty() {
            continue;
        }
        let ratios = |pick: fn(&(f64, f64)) -> f64| {
            let r: Vec<f64> = ours.iter().zip(results).map(|(a, b)| pick(a) / pick(b)).collect();
            let min = r.iter().copied().fold(f64::INFINITY, f64::min);
            let max = r.iter().copied().fold(0.0, f64::max);
            format!("{min:.1}x – {max:.1}x")
        };
        println!(
            "kinesis serve / {name}: put {}, get {} (per round)",
            ratios(|x| x.0),
            ratios(|x| x.1)
        );
    }
}
