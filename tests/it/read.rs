//! `read`: every shard of a stream without iterators, its starting points and limits,
//! --follow and Ctrl-C.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

use crate::helpers::{Env, Server};

/// A 4-shard stream with records `r0`…`r{n-1}`, partition keys spread over the shards.
fn filled(n: usize) -> Env {
    let env = Env::new();
    env.create("s", 4);
    let records: Vec<String> = (0..n).map(|i| format!("Data=r{i},PartitionKey=p{i}")).collect();
    for chunk in records.chunks(100) {
        let mut args = vec!["put-records", "--stream-name", "s", "--records"];
        args.extend(chunk.iter().map(String::as_str));
        env.ok(&args);
    }
    env
}

fn sorted(text: &str) -> Vec<String> {
    let mut v: Vec<String> = text.lines().map(str::to_string).collect();
    v.sort();
    v
}

#[test]
fn reads_every_shard_decoded() {
    let env = filled(40);
    let out = env.ok(&["read", "--stream-name", "s"]);
    let mut expected: Vec<String> = (0..40).map(|i| format!("r{i}")).collect();
    expected.sort();
    assert_eq!(sorted(&out), expected);
}

#[test]
fn json_lines_carry_key_sequence_shard_and_time() {
    let env = filled(5);
    let out = env.ok(&["read", "--stream-name", "s", "--output", "json"]);
    let lines: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5);
    for l in &lines {
        let keys: Vec<&String> = l.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["ShardId", "SequenceNumber", "ApproximateArrivalTimestamp", "Data", "PartitionKey"]
        );
    }
    // Within a shard, in sequence order.
    for w in lines.windows(2) {
        if w[0]["ShardId"] == w[1]["ShardId"] {
            assert!(w[0]["SequenceNumber"].as_str() < w[1]["SequenceNumber"].as_str());
        }
    }
    let text = env.ok(&["read", "--stream-name", "s", "--output", "text", "--max-records", "1"]);
    assert_eq!(text.lines().next().unwrap().split('\t').count(), 5);
    let table = env.ok(&["read", "--stream-name", "s", "--output", "table", "--max-records", "2"]);
    let rows: Vec<&str> = table.lines().collect();
    assert_eq!(rows.len(), 6, "{table}");
    assert!(
        rows[1].starts_with("| ShardId              | SequenceNumber ")
            && rows[1].ends_with(" | ApproximateArrivalTimestamp      | Data | PartitionKey |"),
        "{table}"
    );
    assert!(rows[3].starts_with("| shardId-00000000000") && rows[4].starts_with("| shardId-"));
    assert_eq!(rows[5], rows[0]);
}

#[test]
fn max_records_shard_ids_and_query() {
    let env = filled(40);
    assert_eq!(env.ok(&["read", "--stream-name", "s", "--max-records", "7"]).lines().count(), 7);
    let one = env.ok(&[
        "read",
        "--stream-name",
        "s",
        "--shard-id",
        "shardId-000000000001",
        "--output",
        "json",
        "--query",
        "ShardId",
    ]);
    assert!(!one.is_empty());
    assert!(one.lines().all(|l| l == "\"shardId-000000000001\""), "{one}");
    let line =
        env.fails(&["read", "--stream-name", "s", "--shard-id", "shardId-000000000009"], 254);
    assert!(line.starts_with("kinesis: ResourceNotFoundException: "), "{line}");
}

#[test]
fn starting_points() {
    let env = filled(10);
    assert_eq!(env.ok(&["read", "--stream-name", "s", "--from", "latest"]), "");
    assert_eq!(
        env.ok(&["read", "--stream-name", "s", "--from", "at-timestamp", "2000-01-01"])
            .lines()
            .count(),
        10
    );
    assert_eq!(env.ok(&["read", "--stream-name", "s", "--from", "at-timestamp=4102444800"]), "");
    let json = env.ok(&["read", "--stream-name", "s", "--output", "json"]);
    let all: Vec<serde_json::Value> =
        json.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    // The records of the fullest shard, in order.
    let fullest = (0..4)
        .map(|i| format!("shardId-00000000000{i}"))
        .max_by_key(|id| all.iter().filter(|r| r["ShardId"] == id.as_str()).count())
        .unwrap();
    let lines: Vec<&serde_json::Value> =
        all.iter().filter(|r| r["ShardId"] == fullest.as_str()).collect();
    assert!(lines.len() >= 2, "{json}");
    let second = lines[1]["SequenceNumber"].as_str().unwrap();
    let from_second = env.ok(&["read", "--stream-name", "s", "--from", "at-sequence", second]);
    assert_eq!(from_second.lines().count(), lines.len() - 1);
    let until = env.ok(&["read", "--stream-name", "s", "--until", "2000-01-01"]);
    assert_eq!(until, "");
    env.fails(&["read", "--stream-name", "s", "--from", "yesterday"], 252);
    env.fails(&["read", "--stream-name", "s", "--from", "at-timestamp", "soon"], 252);
}

#[test]
fn follow_prints_new_records_and_ctrl_c_exits_130() {
    let env = filled(2);
    let mut child = env
        .std_cmd()
        .args(["read", "--stream-name", "s", "--follow"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut seen: Vec<String> = (0..2).map(|_| lines.next().unwrap().unwrap()).collect();
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "x", "--data", "later"]);
    seen.push(lines.next().unwrap().unwrap());
    assert_eq!(seen[2], "later");
    std::thread::sleep(Duration::from_millis(100));
    let pid = child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    assert!(lines.next().is_none());
}

#[test]
fn max_records_waits_for_records_still_to_come_and_must_be_positive() {
    let env = Env::new();
    env.create("s", 1);
    let reader = env
        .std_cmd()
        .args(["read", "--stream-name", "s", "--max-records", "2"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The stream is empty: the records are still to come, whenever the reader looks.
    std::thread::sleep(Duration::from_millis(300));
    for data in ["first", "second", "third"] {
        env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", data]);
    }
    let out = reader.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "first\nsecond\n");
    assert_eq!(
        env.fails(&["read", "--stream-name", "s", "--max-records", "0"], 252),
        "kinesis: ParamValidation: Parameter validation failed: Invalid value for parameter \
         --max-records, value: 0, valid min value: 1"
    );
}

#[test]
fn a_long_read_outlives_its_iterators() {
    // Iterators that live one second, read through the AWS backend, which polls every second
    // once caught up: they expire under the reader, which must carry on where it was.
    let server = Server::start(&["--in-memory", "--iterator-ttl", "1", "--stream", "s:1"]);
    let env = Env::aws(&server.endpoint);
    let reader = env
        .std_cmd()
        .args(["read", "--stream-name", "s", "--max-records", "6"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    for batch in [["1", "2", "3"], ["4", "5", "6"]] {
        for data in batch {
            env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", data]);
        }
        std::thread::sleep(Duration::from_millis(2500));
    }
    let out = reader.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n2\n3\n4\n5\n6\n");
}

#[test]
fn a_table_asked_for_by_the_environment_gives_way_to_records() {
    let env = Env::new();
    env.create("s", 1);
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "x"]);
    let out =
        env.cmd().env("KINESIS_OUTPUT", "table").args(["read", "--stream-name", "s"]).output();
    let out = out.unwrap();
    assert_eq!(
        (out.status.code(), String::from_utf8_lossy(&out.stdout).as_ref()),
        (Some(0), "x\n")
    );
    // Asked for on the command line, the records are rows of a table.
    let table = env.ok(&["read", "--stream-name", "s", "--output", "table"]);
    assert!(
        table.lines().nth(3).is_some_and(|row| row.ends_with(" | x    | k            |")),
        "{table}"
    );
}

#[test]
fn times_read_as_people_type_them() {
    let env = filled(2);
    let all = env.ok(&["read", "--stream-name", "s"]);
    assert_eq!(env.ok(&["read", "--stream-name", "s", "--from", "-1h"]), all);
    assert_eq!(env.ok(&["read", "--stream-name", "s", "--from", "at-timestamp", "-1h"]), all);
    assert_eq!(env.ok(&["read", "--stream-name", "s", "--from", "15m", "--until", "now"]), all);
    assert_eq!(env.ok(&["read", "--stream-name", "s", "--from=-1d", "--until", "-1h"]), "");
    assert_eq!(env.ok(&["read", "--stream-name", "s", "--from", "now"]), "");
    assert_eq!(env.ok(&["read", "--stream-name", "s", "--from", "1000000000000"]), all);
    let bad = env.fails(&["read", "--stream-name", "s", "--from", "yesterday"], 252);
    assert!(bad.contains("now, -1h, 15m, ISO 8601, epoch seconds or milliseconds"), "{bad}");
}
