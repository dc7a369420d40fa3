//! PutRecords throughput through `kinesis serve` and through kinesalite, side by side, with the
//! same client: `kinesis put-records --file` on the AWS backend (aws-sdk-kinesis; batches of
//! 500 records, one request at a time per client), first one client, then four at once, each
//! with a quarter of the records. The server keeps its store on disk, every acknowledged batch
//! fsynced. Prints figures, asserts nothing: `cargo bench --bench serve`.
//! `BENCH_SERVE_RECORDS` sets the record count (default 100 000); kinesalite comes from
//! `.ci/emulator` (`scripts/test` installs it).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod common;

use common::Killed;

fn client(endpoint: &str, args: &[&str]) -> Command {
    let mut c = common::client(endpoint, args);
    c.stderr(Stdio::null());
    c
}

/// Uploads `files` at once (one client each) into a new stream; checks every record arrived;
/// returns records/s.
fn run(name: &str, endpoint: &str, stream: &str, files: &[PathBuf], n: usize) -> f64 {
    let ok = |c: &mut Command| assert!(c.status().expect("run kinesis").success(), "{name}: {c:?}");
    ok(client(endpoint, &["create-stream", "--stream-name", stream, "--shard-count", "4"])
        .stdout(Stdio::null()));
    ok(client(endpoint, &["wait", "stream-exists", "--stream-name", stream, "--delay", "0.1"])
        .stdout(Stdio::null()));
    let started = Instant::now();
    let uploads: Vec<Child> = files
        .iter()
        .map(|f| {
            let args = [
                "put-records",
                "--stream-name",
                stream,
                "--file",
                f.to_str().unwrap_or_default(),
                "--query",
                "RecordsSent",
                "--output",
                "text",
            ];
            client(endpoint, &args).stdout(Stdio::piped()).spawn().expect("upload")
        })
        .collect();
    let sent: usize = uploads
        .into_iter()
        .map(|c| {
            String::from_utf8_lossy(&c.wait_with_output().expect("upload").stdout)
                .trim()
                .parse::<usize>()
                .unwrap_or(0)
        })
        .sum();
    let seconds = started.elapsed().as_secs_f64();
    assert_eq!(sent, n, "{name}: not every record was sent");
    let rate = n as f64 / seconds;
    println!(
        "{name:>14}, {} client(s): {n} records of 200 bytes in {seconds:.2} s = {rate:.0} records/s",
        files.len()
    );
    rate
}

/// Both runs (one client, then four) against one endpoint.
fn both(name: &str, endpoint: &str, whole: &Path, parts: &[PathBuf], n: usize) -> (f64, f64) {
    (run(name, endpoint, "one", &[whole.to_path_buf()], n), run(name, endpoint, "four", parts, n))
}

fn main() {
    let n: usize =
        std::env::var("BENCH_SERVE_RECORDS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("records.jsonl");
    let parts: Vec<PathBuf> = (0..4).map(|p| tmp.path().join(format!("part{p}.jsonl"))).collect();
    let mut w = std::io::BufWriter::new(std::fs::File::create(&file).expect("create input"));
    let mut pw: Vec<_> = parts
        .iter()
        .map(|p| std::io::BufWriter::new(std::fs::File::create(p).expect("create part")))
        .collect();
    for i in 0..n {
        let head = format!("{{\"id\":{i:>9},\"user\":\"user{:05}\",\"payload\":\"", i % 10_000);
        let line = format!("{head}{}\"}}\n", "x".repeat(200 - head.len() - 3));
        w.write_all(line.as_bytes()).expect("write input");
        pw[i % 4].write_all(line.as_bytes()).expect("write part");
    }
    drop(w);
    drop(pw);

    let (serve, url) = common::serve(&tmp.path().join("data"));
    let ours = both("kinesis serve", &url, &file, &parts, n);
    drop(serve);

    let kinesalite =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/emulator/node_modules/.bin/kinesalite");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let emulator = Killed(
        Command::new(&kinesalite)
            .args(["--port", &port.to_string(), "--createStreamMs", "0"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start kinesalite (run scripts/test once to install it)"),
    );
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "kinesalite did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let theirs = both("kinesalite", &format!("http://127.0.0.1:{port}"), &file, &parts, n);
    drop(emulator);
    println!(
        "kinesis serve / kinesalite: {:.1}x with one client, {:.1}x with four",
        ours.0 / theirs.0,
        ours.1 / theirs.1
    );
}
