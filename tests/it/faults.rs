//! `serve --faults`: scripted errors, latency, failed records and reshards, and this tool's
//! own uploader and reader coming through them with every record once.

use serde_json::{Value, json};

use crate::helpers::{Env, Server};
use crate::serve::call;

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
fn enforced_limits_hold_control_calls_to_their_documented_rates() {
    let server = Server::start(&["--in-memory", "--stream", "s:2", "--enforce-limits"]);
    let describe = json!({"StreamName": "s"}).to_string();
    // DescribeStream: 10 a second for the account; the rest of the burst is refused.
    let answers: Vec<(u16, Value)> =
        (0..14).map(|_| call(&server, "DescribeStream", &describe)).collect();
    let refused: Vec<&Value> = answers.iter().filter(|(s, _)| *s == 400).map(|(_, a)| a).collect();
    assert!((3..=4).contains(&refused.len()), "{} refused", refused.len());
    assert_eq!(
        refused[0],
        &json!({"__type": "LimitExceededException", "message": "Rate exceeded for stream s under account 000000000000."})
    );
    // DescribeStreamSummary has its own allowance (20 a second).
    assert_eq!(call(&server, "DescribeStreamSummary", &describe).0, 200);
    // GetShardIterator: 5 a second per shard, refused as the shard's throughput.
    let body = json!({"StreamName": "s", "ShardId": "shardId-000000000001", "ShardIteratorType": "LATEST"}).to_string();
    let answers: Vec<(u16, Value)> =
        (0..7).map(|_| call(&server, "GetShardIterator", &body)).collect();
    let (_, refused) = answers.iter().find(|(s, _)| *s == 400).unwrap();
    assert_eq!(
        refused,
        &json!({"__type": "ProvisionedThroughputExceededException", "message": "Rate exceeded for shard shardId-000000000001 in stream s under account 000000000000."})
    );
    // UpdateShardCount scales a stream at most ten times a day.
    let mut statuses = Vec::new();
    for i in 0..11 {
        std::thread::sleep(std::time::Duration::from_millis(110));
        let body = json!({"StreamName": "s", "TargetShardCount": 2 + i % 2, "ScalingType": "UNIFORM_SCALING"});
        let (status, answer) = call(&server, "UpdateShardCount", &body.to_string());
        statuses.push(status);
        if status == 400 {
            assert_eq!(
                answer,
                json!({"__type": "LimitExceededException", "message": "UpdateShardCount can scale stream s under account 000000000000 at most 10 times in a rolling 24-hour period."})
            );
        }
    }
    assert_eq!(statuses, [vec![200; 10], vec![400]].concat());
}

#[test]
fn an_account_holds_at_most_50_on_demand_streams() {
    let server = Server::start(&["--in-memory"]);
    for i in 0..50 {
        let body = json!({"StreamName": format!("od{i}"), "StreamModeDetails": {"StreamMode": "ON_DEMAND"}});
        assert_eq!(call(&server, "CreateStream", &body.to_string()).0, 200);
    }
    let body = json!({"StreamName": "od50", "StreamModeDetails": {"StreamMode": "ON_DEMAND"}});
    assert_eq!(
        call(&server, "CreateStream", &body.to_string()),
        (
            400,
            json!({"__type": "LimitExceededException", "message": "This request would exceed the limit of 50 on-demand streams for account 000000000000."})
        )
    );
    let (_, limits) = call(&server, "DescribeLimits", "{}");
    assert_eq!(
        (limits["OnDemandStreamCount"].clone(), limits["OnDemandStreamCountLimit"].clone()),
        (json!(50), json!(50))
    );
    // Provisioned streams are not counted against it.
    assert_eq!(
        call(&server, "CreateStream", &json!({"StreamName": "p", "ShardCount": 1}).to_string()).0,
        200
    );
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

#[test]
fn enforced_limits_pace_a_subscription_at_2_mib_a_second() {
    let env = Env::new();
    env.create("s", 1);
    // 6 MB in one shard, put without limits.
    let lines: Vec<String> = (0..60).map(|i| format!("{i:>4} {}", "z".repeat(99_995))).collect();
    env.ok(&[&UPLOAD[..], &[lines_file(&env, &lines).as_str()]].concat());
    let server =
        Server::start(&["--data-dir", env.data_dir().to_str().unwrap(), "--enforce-limits"]);
    let client = Env::aws(&server.endpoint);
    let started = std::time::Instant::now();
    let read = client.ok(&["read", "--stream-name", "s", "--efo"]);
    let took = started.elapsed();
    assert_eq!(read.lines().collect::<Vec<_>>(), lines);
    // Events of at most 2 MiB, each paid for before the next: the last of the three or more
    // leaves two seconds after the first at the soonest.
    assert!(took >= std::time::Duration::from_secs(2), "{took:?}");
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
