//! Concurrency and crashes: many writer processes at once, and an upload killed part way.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::helpers::Env;

#[test]
fn eight_writers_lose_and_duplicate_nothing() {
    let env = Env::new();
    env.create("s", 4);
    let writers: Vec<_> = (0..8)
        .map(|w| {
            let dir = env.data_dir();
            std::thread::spawn(move || {
                for i in 0..200 {
                    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kinesis"))
                        .env("KINESIS_DATA_DIR", &dir)
                        .args([
                            "put-record",
                            "--stream-name",
                            "s",
                            "--partition-key",
                            &format!("w{w}-{i}"),
                            "--data",
                            &format!("{w}:{i}"),
                        ])
                        .output()
                        .unwrap();
                    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let out = env.ok(&["read", "--stream-name", "s", "--output", "json"]);
    let records: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records.len(), 1600);
    let datas: HashSet<&str> = records.iter().map(|r| r["Data"].as_str().unwrap()).collect();
    assert_eq!(datas.len(), 1600);
    let seqs: HashSet<&str> =
        records.iter().map(|r| r["SequenceNumber"].as_str().unwrap()).collect();
    assert_eq!(seqs.len(), 1600);
    let mut last: HashMap<&str, &str> = HashMap::new();
    for r in &records {
        let (shard, seq) = (r["ShardId"].as_str().unwrap(), r["SequenceNumber"].as_str().unwrap());
        if let Some(prev) = last.insert(shard, seq) {
            assert!(prev < seq, "{shard}: {prev} then {seq}");
        }
    }
}

#[test]
fn an_upload_killed_part_way_keeps_what_it_acknowledged() {
    let env = Env::new();
    env.create("s", 4);
    let file = env.root.path().join("big.jsonl");
    let body: String = (0..200_000)
        .map(|i| format!("{{\"n\": {i}, \"pad\": \"{}\"}}\n", "x".repeat(100)))
        .collect();
    std::fs::write(&file, body).unwrap();
    let mut child = env
        .std_cmd()
        .args([
            "put-records",
            "--stream-name",
            "s",
            "--file",
            file.to_str().unwrap(),
            "--print-results",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut acked = Vec::new();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    while acked.len() < 5_000 {
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        acked.push(line.split('\t').nth(2).unwrap().trim_end().to_string());
    }
    child.kill().unwrap();
    child.wait().unwrap();
    // Whatever else was printed before the kill was acknowledged too.
    acked.extend(acknowledged(out));
    let out =
        env.ok(&["read", "--stream-name", "s", "--output", "json", "--query", "SequenceNumber"]);
    let stored: HashSet<String> = out.lines().map(|l| l.trim_matches('"').to_string()).collect();
    assert!(stored.len() < 200_000, "the upload finished before the kill");
    for seq in &acked {
        assert!(stored.contains(seq), "acknowledged {seq} is missing");
    }
}

/// The sequence numbers in `--print-results` lines, up to the last whole line: a line the
/// kill cut short was never printed.
fn acknowledged(mut out: impl BufRead) -> Vec<String> {
    let mut acked = Vec::new();
    let mut line = String::new();
    while out.read_line(&mut line).unwrap_or(0) > 0 && line.ends_with('\n') {
        acked.extend(line.split('\t').nth(2).map(|s| s.trim_end().to_string()));
        line.clear();
    }
    acked
}

/// A random number below `n` (no seed to keep: each trial should land somewhere new).
fn random_below(n: u64) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    std::collections::hash_map::RandomState::new().build_hasher().finish() % n
}

/// Writes `count` JSON lines of about 200 bytes to `path`, tagged `tag`.
fn jsonl(path: &std::path::Path, tag: &str, count: usize) {
    let body: String = (0..count)
        .map(|i| format!("{{\"tag\": \"{tag}\", \"n\": {i}, \"pad\": \"{}\"}}\n", "x".repeat(160)))
        .collect();
    std::fs::write(path, body).unwrap();
}

/// A running upload, and the sequence numbers it prints, read as they come.
struct Upload {
    child: std::process::Child,
    printed: std::thread::JoinHandle<Vec<String>>,
}

impl Upload {
    /// Starts `put-records --file FILE --print-results` with `env`.
    fn start(env: &Env, file: &std::path::Path) -> Upload {
        let mut child = env
            .std_cmd()
            .args(["put-records", "--stream-name", "s", "--file", file.to_str().unwrap()])
            .arg("--print-results")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let out = child.stdout.take().unwrap();
        let printed = std::thread::spawn(move || acknowledged(BufReader::new(out)));
        Upload { child, printed }
    }

    /// Waits for the upload to end; whether it finished, and what it acknowledged.
    fn end(mut self) -> (bool, Vec<String>) {
        let finished = self.child.wait().unwrap().success();
        (finished, self.printed.join().unwrap())
    }
}

/// After a crash: the store opens, SQLite finds it sound, and every sequence number in
/// `acked` is there. Returns how many records the store holds.
fn survived(env: &Env, acked: &[String]) -> usize {
    let out =
        env.ok(&["read", "--stream-name", "s", "--output", "json", "--query", "SequenceNumber"]);
    let stored: HashSet<&str> = out.lines().map(|l| l.trim_matches('"')).collect();
    for seq in acked {
        assert!(stored.contains(seq.as_str()), "acknowledged {seq} is missing");
    }
    let db = rusqlite::Connection::open_with_flags(
        env.data_dir().join("kinesis.db"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();
    let check: String = db.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    stored.len()
}

/// Crash trials, uploads: 20 `kill -9` of `put-records --file` at random moments on one
/// store. `cargo test --release --test it -- --ignored crash_trials --nocapture`.
#[test]
#[ignore]
fn crash_trials_of_uploads() {
    let env = Env::new();
    env.create("s", 4);
    // Longer than the latest kill takes to come, at several hundred thousand records a second.
    let file = env.root.path().join("upload.jsonl");
    jsonl(&file, "upload", 1_000_000);
    let (mut acked, mut mid_upload) = (Vec::new(), 0);
    for trial in 0..20 {
        let mut upload = Upload::start(&env, &file);
        std::thread::sleep(std::time::Duration::from_millis(50 + random_below(1500)));
        upload.child.kill().unwrap();
        let (finished, got) = upload.end();
        mid_upload += usize::from(!finished);
        acked.extend(got);
        let stored = survived(&env, &acked);
        println!("upload trial {trial}: {} acknowledged so far, {stored} stored", acked.len());
    }
    println!(
        "uploads: 20 kill -9 ({mid_upload} mid-upload), {} acknowledged, none lost",
        acked.len()
    );
}

/// Crash trials, serve: 5 `kill -9` of `kinesis serve` while 4 clients upload through it
/// (`put-records --file` on the AWS backend), on one store.
/// `cargo test --release --test it -- --ignored crash_trials --nocapture`.
#[test]
#[ignore]
fn crash_trials_of_serve() {
    let env = Env::new();
    env.create("s", 4);
    let files: Vec<_> = (0..4)
        .map(|c| {
            let file = env.root.path().join(format!("client-{c}.jsonl"));
            jsonl(&file, &format!("client{c}"), 250_000);
            file
        })
        .collect();
    let (mut acked, mut mid_upload) = (Vec::new(), 0);
    for trial in 0..5 {
        let server =
            crate::helpers::Server::start(&["--data-dir", env.data_dir().to_str().unwrap()]);
        let remote = Env::aws(&server.endpoint);
        let clients: Vec<Upload> = files.iter().map(|f| Upload::start(&remote, f)).collect();
        std::thread::sleep(std::time::Duration::from_millis(300 + random_below(2000)));
        // Server::drop is kill -9.
        drop(server);
        let mut finished = true;
        for c in clients {
            let (done, got) = c.end();
            finished &= done;
            acked.extend(got);
        }
        mid_upload += usize::from(!finished);
        let stored = survived(&env, &acked);
        println!("serve trial {trial}: {} acknowledged so far, {stored} stored", acked.len());
    }
    println!(
        "serve: 5 kill -9 under 4 clients ({mid_upload} mid-upload), {} acknowledged, none lost",
        acked.len()
    );
}
