//! `serve --faults`: scripted errors, latency, failed records and reshards, and this tool's
//! own uploader and reader coming through them with every record once.

use serde_json::{Value, json};

use crate::helpers::{Env, SIGNED, Server};

fn script(env: &Env, yaml: &str) -> String {
    let path = env.data_dir().with_extension("faults.yaml");
    std::fs::write(&path, yaml).unwrap();
    path.to_string_lossy().into_owned()
}

/// A file of `lines`, one record each, beside the env's data dir.
fn lines_file(env: &Env, lines: &[String]) -> String {
    let file = env.data_dir().with_extension("lines");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    file.to_string_lossy().into_owned()
}

/// `put-records --file FILE --format lines` into stream `s`.
const UPLOAD: [&str; 6] = ["put-records", "--stream-name", "s", "--format", "lines", "--file"];

/// A signed JSON call; the status and the answer.
fn call(server: &Server, action: &str, body: &str) -> (u16, Value) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(server.addr()).unwrap();
    let head = format!(
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\n\
         X-Amz-Target: Kinesis_20131202.{action}\r\n{SIGNED}Content-Length: {}\r\n\
         Connection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let status = out.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = out.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or_default();
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

#[test]
fn errors_fire_as_scripted_and_the_same_seed_repeats_them() {
    let env = Env::new();
    let yaml = "seed: 11\nfaults:\n\
                - {action: ListStreams, error: InternalFailure, every: 3}\n\
                - {action: DescribeLimits, error: LimitExceededException, probability: 0.5, times: 4}\n\
                - {action: ListStreams, latency_ms: 300, every: 2, after: 4}\n";
    let path = script(&env, yaml);
    let run = || {
        let server = Server::start(&["--in-memory", "--faults", &path]);
        let lists: Vec<u16> = (0..6).map(|_| call(&server, "ListStreams", "{}").0).collect();
        let limits: Vec<u16> = (0..12).map(|_| call(&server, "DescribeLimits", "{}").0).collect();
        (server, lists, limits)
    };
    let (server, lists, limits) = run();
    assert_eq!(lists, [200, 200, 500, 200, 200, 500]);
    assert_eq!(limits.iter().filter(|s| **s == 400).count(), 4, "{limits:?}");
    let (_, again, limits_again) = run();
    assert_eq!((again, limits_again), (lists, limits), "the same seed, the same faults");
    // The 7th ListStreams goes through; the 8th is held back (after the first 4, every 2nd);
    // the 9th fails again, as AWS answers an internal failure.
    assert_eq!(call(&server, "ListStreams", "{}").0, 200);
    let started = std::time::Instant::now();
    assert_eq!(call(&server, "ListStreams", "{}").0, 200);
    assert!(started.elapsed() >= std::time::Duration::from_millis(300));
    assert_eq!(
        call(&server, "ListStreams", "{}"),
        (
            500,
            json!({"__type": "InternalFailure", "message": "The request processing has failed because of an unknown error, exception or failure."})
        )
    );
}

#[test]
fn failed_records_are_not_stored_and_say_where_they_were_going() {
    let env = Env::new();
    let path = script(&env, "seed: 3\nfaults:\n- {action: PutRecords, fail_records: 0.5}\n");
    let server = Server::start(&["--in-memory", "--stream", "s:2", "--faults", &path]);
    let records: Vec<Value> =
        (0..20).map(|i| json!({"Data": "eA==", "PartitionKey": format!("k{i}")})).collect();
    let (status, answer) =
        call(&server, "PutRecords", &json!({"StreamName": "s", "Records": records}).to_string());
    assert_eq!(status, 200);
    let results = answer["Records"].as_array().unwrap();
    assert_eq!(results.len(), 20);
    let failed: Vec<&Value> = results.iter().filter(|r| r.get("ErrorCode").is_some()).collect();
    assert_eq!(answer["FailedRecordCount"], json!(failed.len()));
    assert!((3..=17).contains(&failed.len()), "{answer}");
    let message = failed[0]["ErrorMessage"].as_str().unwrap();
    assert!(
        message.starts_with("Rate exceeded for shard shardId-00000000000")
            && message.ends_with(" in stream s under account 000000000000."),
        "{message}"
    );
    // Only the others were stored.
    let (_, summary) = call(&server, "ListShards", r#"{"StreamName": "s"}"#);
    let mut stored = 0;
    for shard in summary["Shards"].as_array().unwrap() {
        let body = json!({"StreamName": "s", "ShardId": shard["ShardId"], "ShardIteratorType": "TRIM_HORIZON"});
        let (_, it) = call(&server, "GetShardIterator", &body.to_string());
        let (_, page) =
            call(&server, "GetRecords", &json!({"ShardIterator": it["ShardIterator"]}).to_string());
        stored += page["Records"].as_array().unwrap().len();
    }
    assert_eq!(stored, 20 - failed.len());
}

#[test]
fn uploader_and_reader_come_through_throttling_and_a_reshard_with_every_record_once() {
    let env = Env::new();
    let yaml = "seed: 5\nfaults:\n\
                - {action: PutRecords, fail_records: 0.2}\n\
                - {action: GetRecords, error: ProvisionedThroughputExceededException, every: 4}\n\
                reshards:\n\
                - {stream: s, after_calls: 8, split: shardId-000000000000}\n";
    let path = script(&env, yaml);
    let server = Server::start(&["--in-memory", "--stream", "s:2", "--faults", &path]);
    let client = Env::aws(&server.endpoint);
    let lines: Vec<String> = (0..3000).map(|i| format!("line {i}")).collect();
    let file = lines_file(&env, &lines);
    let summary: Value =
        serde_json::from_str(&client.ok(&[&UPLOAD[..], &[&file]].concat())).unwrap();
    assert_eq!(summary["RecordsSent"], 3000, "{summary}");
    let shards = client.json(&["list-shards", "--stream-name", "s", "--query", "length(Shards)"]);
    assert_eq!(shards, 4, "split into two children, as scripted");
    let mut read: Vec<String> =
        client.ok(&["read", "--stream-name", "s"]).lines().map(str::to_string).collect();
    read.sort();
    let mut expected = lines.clone();
    expected.sort();
    assert_eq!(read, expected);
}

#[test]
fn a_bad_faults_file_is_refused_at_start() {
    let env = Env::new();
    let path = script(&env, "faults: [{action: GetRecord, error: InternalFailure}]\n");
    let out = env
        .cmd()
        .args(["serve", "--in-memory", "--port", "0", "--faults", &path])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(253));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no action is named 'GetRecord'"), "{stderr}");
}

#[test]
fn enforced_limits_throttle_records_past_a_shards_allowance() {
    let server = Server::start(&["--in-memory", "--stream", "s:1", "--enforce-limits"]);
    // 500 records of 3 KiB: one shard takes 1 MiB a second.
    let data = base64_of(&vec![b'x'; 3 * 1024]);
    let records: Vec<Value> =
        (0..500).map(|i| json!({"Data": data, "PartitionKey": format!("k{i}")})).collect();
    let (status, answer) =
        call(&server, "PutRecords", &json!({"StreamName": "s", "Records": records}).to_string());
    assert_eq!(status, 200);
    let results = answer["Records"].as_array().unwrap();
    let stored = results.iter().take_while(|r| r.get("SequenceNumber").is_some()).count();
    assert!((330..=341).contains(&stored), "{stored} stored in the first second");
    assert_eq!(answer["FailedRecordCount"], json!(500 - stored));
    assert_eq!(
        results[stored],
        json!({
            "ErrorCode": "ProvisionedThroughputExceededException",
            "ErrorMessage": "Rate exceeded for shard shardId-000000000000 in stream s under account 000000000000."
        })
    );
    // Five GetRecords a second, and the sixth is refused.
    let body = json!({"StreamName": "s", "ShardId": "shardId-000000000000", "ShardIteratorType": "LATEST"});
    let (_, it) = call(&server, "GetShardIterator", &body.to_string());
    let statuses: Vec<u16> = (0..6)
        .map(|_| {
            call(&server, "GetRecords", &json!({"ShardIterator": it["ShardIterator"]}).to_string())
                .0
        })
        .collect();
    assert!(statuses.contains(&400), "{statuses:?}");
}

#[test]
fn uploader_and_reader_keep_within_enforced_limits_with_every_record_once() {
    let env = Env::new();
    env.create("s", 1);
    let lines: Vec<String> = (0..2500).map(|i| format!("{i:>6} {}", "y".repeat(90))).collect();
    let file = lines_file(&env, &lines);
    // The engine itself, for this process (KINESIS_ENFORCE_LIMITS): 1 000 records a second.
    let out =
        env.cmd().env("KINESIS_ENFORCE_LIMITS", "1").args(UPLOAD).arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["RecordsSent"], 2500, "{summary}");
    // And through serve --enforce-limits: read's GetRecords calls back off as they must.
    let server =
        Server::start(&["--data-dir", env.data_dir().to_str().unwrap(), "--enforce-limits"]);
    let client = Env::aws(&server.endpoint);
    let read = client.ok(&["read", "--stream-name", "s"]);
    assert_eq!(read.lines().collect::<Vec<_>>(), lines);
}

fn base64_of(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[test]
fn a_reshard_scripted_at_a_time_happens_then_with_no_request() {
    let env = Env::new();
    let path =
        script(&env, "reshards:\n- {stream: s, after_ms: 300, split: shardId-000000000001}\n");
    let log = tempfile::NamedTempFile::new().unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kinesis"));
    cmd.env_remove("KINESIS_DATA_DIR");
    let server = Server::spawn(
        cmd,
        &["--in-memory", "--stream", "s:2", "--faults", &path],
        log.reopen().unwrap().into(),
    );
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let logged = std::fs::read_to_string(log.path()).unwrap();
    assert!(logged.contains("serve: fault: resharded s as scripted"), "{logged}");
    let (_, shards) = call(&server, "ListShards", r#"{"StreamName": "s"}"#);
    let ids: Vec<&str> = shards["Shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["ShardId"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "shardId-000000000000",
            "shardId-000000000001",
            "shardId-000000000002",
            "shardId-000000000003"
        ]
    );
}
