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
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while acked.len() < 5_000 {
        let line = lines.next().unwrap().unwrap();
        acked.push(line.split('\t').nth(2).unwrap().to_string());
    }
    child.kill().unwrap();
    child.wait().unwrap();
    // Whatever else was printed before the kill was acknowledged too.
    acked.extend(
        lines.map_while(Result::ok).filter_map(|l| l.split('\t').nth(2).map(str::to_string)),
    );
    let out =
        env.ok(&["read", "--stream-name", "s", "--output", "json", "--query", "SequenceNumber"]);
    let stored: HashSet<String> = out.lines().map(|l| l.trim_matches('"').to_string()).collect();
    assert!(stored.len() < 200_000, "the upload finished before the kill");
    for seq in &acked {
        assert!(stored.contains(seq), "acknowledged {seq} is missing");
    }
}
