//! Records: put-record(s), iterators of every type, get-records decoded, and their bad input.

use base64::Engine as _;
use serde_json::Value;

use crate::helpers::Env;

const SEED_DATA: &str = "name:Senthil, Age:38, Place: Chennai";

/// A stream `family` of 4 shards with the seed's record in it; returns its sequence number.
fn seeded() -> (Env, String) {
    let env = Env::new();
    env.create("family", 4);
    let seq = env.ok(&[
        "put-record",
        "--stream-name",
        "family",
        "--partition-key",
        "1",
        "--data",
        SEED_DATA,
        "--output",
        "raw",
    ]);
    (env, seq.trim_end().to_string())
}

fn iterator(env: &Env, shard: &str, kind: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "get-shard-iterator",
        "--stream-name",
        "family",
        "--shard-id",
        shard,
        "--shard-iterator-type",
        kind,
        "--output",
        "text",
    ];
    args.extend_from_slice(extra);
    env.ok(&args).trim_end().to_string()
}

fn datas(page: &Value) -> Vec<String> {
    page["Records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["Data"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn seed_put_record_text_is_sequence_then_shard() {
    let env = Env::new();
    env.create("family", 4);
    let line = env.ok(&[
        "put-record",
        "--stream-name",
        "family",
        "--partition-key",
        "1",
        "--data",
        SEED_DATA,
        "--output",
        "text",
    ]);
    let fields: Vec<&str> = line.trim_end().split('\t').collect();
    assert_eq!(fields.len(), 2, "{line}");
    assert_eq!(fields[0].len(), 56);
    // MD5("1") = c4ca…, in the fourth quarter of the key space.
    assert_eq!(fields[1], "shardId-000000000003");
    let json = env.json(&[
        "put-record",
        "--stream-name",
        "family",
        "--partition-key",
        "1",
        "--data",
        SEED_DATA,
    ]);
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["ShardId", "SequenceNumber"]);
}

#[test]
fn seed_get_records_shows_the_text_without_base64() {
    let (env, seq) = seeded();
    let it = iterator(&env, "shardId-000000000003", "TRIM_HORIZON", &[]);
    assert!(!it.contains('\t') && !it.is_empty());
    let page = env.json(&["get-records", "--shard-iterator", &it]);
    assert_eq!(datas(&page), [SEED_DATA]);
    let r = &page["Records"][0];
    assert_eq!(r["SequenceNumber"], seq.as_str());
    assert_eq!(r["PartitionKey"], "1");
    assert!(r["ApproximateArrivalTimestamp"].as_str().unwrap().ends_with("+00:00"));
    assert_eq!(page["MillisBehindLatest"], 0);
    assert!(page["NextShardIterator"].is_string());
    let text = env.ok(&["get-records", "--shard-iterator", &it, "--output", "text"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0].split('\t').next(), Some("0"));
    let rec: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(rec[0], "RECORDS");
    assert_eq!(rec[2], SEED_DATA);
    assert_eq!(rec[3], "1");
    assert_eq!(rec[4], seq);
    assert_eq!(
        env.ok(&["get-records", "--shard-iterator", &it, "--output", "raw"]),
        format!("{SEED_DATA}\n")
    );
}

#[test]
fn binary_data_round_trips() {
    let env = Env::new();
    env.create("family", 1);
    let file = env.root.path().join("blob");
    std::fs::write(&file, [0u8, 0xff, 0x10, b'\n']).unwrap();
    env.ok(&[
        "put-record",
        "--stream-name",
        "family",
        "--partition-key",
        "k",
        "--data",
        &format!("fileb://{}", file.display()),
    ]);
    env.ok(&[
        "put-record",
        "--stream-name",
        "family",
        "--partition-key",
        "k",
        "--data",
        "aGVsbG8=",
        "--cli-binary-format",
        "base64",
    ]);
    let it = iterator(&env, "shardId-000000000000", "TRIM_HORIZON", &[]);
    let page = env.json(&["get-records", "--shard-iterator", &it]);
    assert_eq!(page["Records"][0]["Data"], "AP8QCg==");
    assert_eq!(page["Records"][0]["DataEncoding"], "base64");
    assert_eq!(page["Records"][1]["Data"], "hello");
    assert!(page["Records"][1].get("DataEncoding").is_none());
    let raw = env
        .cmd()
        .args(["get-records", "--shard-iterator", &it, "--output", "raw"])
        .output()
        .unwrap();
    assert_eq!(raw.stdout, b"\x00\xff\x10\n\nhello\n");
}

#[test]
fn explicit_hash_key_routes_and_ordering_is_honoured() {
    let (env, seq) = seeded();
    let out = env.json(&[
        "put-record",
        "--stream-name",
        "family",
        "--partition-key",
        "1",
        "--data",
        "x",
        "--explicit-hash-key",
        "0",
        "--sequence-number-for-ordering",
        &seq,
    ]);
    assert_eq!(out["ShardId"], "shardId-000000000000");
    // Numbers of different shards do not compare (their shards' fields come first): what is
    // ordered is when the engine took them, which the sequence index carries.
    let counter = |s: &str| kinesis::model::SequenceNumber::parse(s).map(|n| n.counter);
    assert!(counter(out["SequenceNumber"].as_str().unwrap()) > counter(&seq));
    let top = env.json(&[
        "put-record",
        "--stream-name",
        "family",
        "--partition-key",
        "1",
        "--data",
        "x",
        "--explicit-hash-key",
        "340282366920938463463374607431768211455",
    ]);
    assert_eq!(top["ShardId"], "shardId-000000000003");
}

#[test]
fn put_records_answers_per_record() {
    let env = Env::new();
    env.create("family", 4);
    let out = env.json(&[
        "put-records",
        "--stream-name",
        "family",
        "--records",
        "Data=abc,PartitionKey=1",
        "Data='a,b',PartitionKey=2",
    ]);
    assert_eq!(out["FailedRecordCount"], 0);
    let recs = out["Records"].as_array().unwrap();
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["ShardId"], "shardId-000000000003");
    assert!(
        recs[0]["SequenceNumber"].as_str().unwrap() < recs[1]["SequenceNumber"].as_str().unwrap()
    );
    let json = env.json(&["put-records", "--stream-name", "family", "--records", r#"[{"Data": "j1", "PartitionKey": "1"}, {"Data": "j2", "PartitionKey": "1", "ExplicitHashKey": "0"}]"#]);
    assert_eq!(json["Records"][1]["ShardId"], "shardId-000000000000");
    let it = iterator(&env, "shardId-000000000003", "TRIM_HORIZON", &[]);
    assert_eq!(datas(&env.json(&["get-records", "--shard-iterator", &it])), ["abc", "a,b", "j1"]);
    let text = env.ok(&[
        "put-records",
        "--stream-name",
        "family",
        "--records",
        "Data=t,PartitionKey=1",
        "--output",
        "text",
    ]);
    assert!(text.starts_with("0\nRECORDS\t"), "{text}");
}

#[test]
fn every_iterator_type() {
    let (env, first) = seeded();
    let second = env.ok(&[
        "put-record",
        "--stream-name",
        "family",
        "--partition-key",
        "1",
        "--data",
        "two",
        "--output",
        "raw",
    ]);
    let second = second.trim_end();
    let shard = "shardId-000000000003";
    let read = |it: &str| datas(&env.json(&["get-records", "--shard-iterator", it]));
    assert_eq!(
        read(&iterator(&env, shard, "AT_SEQUENCE_NUMBER", &["--starting-sequence-number", second])),
        ["two"]
    );
    assert_eq!(
        read(&iterator(
            &env,
            shard,
            "AFTER_SEQUENCE_NUMBER",
            &["--starting-sequence-number", &first]
        )),
        ["two"]
    );
    assert_eq!(
        read(&iterator(&env, shard, "AT_SEQUENCE_NUMBER", &["--starting-sequence-number", &first])),
        [SEED_DATA, "two"]
    );
    let latest = iterator(&env, shard, "LATEST", &[]);
    assert!(read(&latest).is_empty());
    env.ok(&["put-record", "--stream-name", "family", "--partition-key", "1", "--data", "three"]);
    assert_eq!(read(&latest), ["three"]);
    assert_eq!(
        read(&iterator(&env, shard, "AT_TIMESTAMP", &["--timestamp", "2000-01-01T00:00:00Z"]))
            .len(),
        3
    );
    // Past the last record: an empty page, at once.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let now =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs_f64();
    let started = std::time::Instant::now();
    assert!(
        read(&iterator(&env, shard, "AT_TIMESTAMP", &["--timestamp", &format!("{now:.3}")]))
            .is_empty()
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

#[test]
fn pages_chain_through_next_shard_iterator() {
    let env = Env::new();
    env.create("family", 1);
    let records: Vec<String> = (0..25).map(|i| format!("Data=r{i},PartitionKey=k")).collect();
    let mut args = vec!["put-records", "--stream-name", "family", "--records"];
    args.extend(records.iter().map(String::as_str));
    env.ok(&args);
    let mut it = iterator(&env, "shardId-000000000000", "TRIM_HORIZON", &[]);
    let mut seen = Vec::new();
    loop {
        let page = env.json(&["get-records", "--shard-iterator", &it, "--limit", "10"]);
        let got = datas(&page);
        if got.is_empty() {
            assert_eq!(page["MillisBehindLatest"], 0);
            break;
        }
        if seen.is_empty() {
            assert!(page["MillisBehindLatest"].as_i64().unwrap() >= 0);
        }
        seen.extend(got);
        it = page["NextShardIterator"].as_str().unwrap().to_string();
    }
    assert_eq!(seen, (0..25).map(|i| format!("r{i}")).collect::<Vec<_>>());
}

#[test]
fn bad_records_are_rejected_and_nothing_is_stored() {
    let env = Env::new();
    env.create("family", 1);
    let big = env.root.path().join("big");
    std::fs::write(&big, vec![b'x'; 1024 * 1024 + 1]).unwrap();
    let big_arg = format!("fileb://{}", big.display());
    fn put<'a>(extra: &[&'a str]) -> Vec<&'a str> {
        let mut args = vec!["put-record", "--stream-name", "family"];
        args.extend_from_slice(extra);
        args
    }
    let line = env.fails(&put(&["--partition-key", "k", "--data", &big_arg]), 254);
    assert!(line.contains("Value 'java.nio.HeapByteBuffer[pos=0 lim=1048577 cap=1048577]' at 'data' failed to satisfy constraint: Member must have length less than or equal to 1048576"), "{line}");
    let exact = env.root.path().join("exact");
    std::fs::write(&exact, vec![b'x'; 1024 * 1024]).unwrap();
    env.ok(&put(&["--partition-key", "k", "--data", &format!("fileb://{}", exact.display())]));
    let line = env.fails(&put(&["--partition-key", "", "--data", "x"]), 252);
    assert!(line.contains("Invalid length for parameter PartitionKey, value: 0"), "{line}");
    let long_key = "k".repeat(257);
    let line = env.fails(&put(&["--partition-key", &long_key, "--data", "x"]), 254);
    assert!(line.contains("at 'partitionKey' failed to satisfy constraint: Member must have length less than or equal to 256"), "{line}");
    env.ok(&put(&["--partition-key", &"k".repeat(256), "--data", "x"]));
    for ehk in ["abc", "-1", "01"] {
        let line = env
            .fails(&put(&["--partition-key", "k", "--data", "x", "--explicit-hash-key", ehk]), 254);
        assert!(
            line.starts_with("kinesis: ValidationException: ") && line.contains("explicitHashKey"),
            "{line}"
        );
    }
    let line = env.fails(
        &put(&[
            "--partition-key",
            "k",
            "--data",
            "x",
            "--explicit-hash-key",
            "340282366920938463463374607431768211456",
        ]),
        254,
    );
    assert_eq!(
        line,
        "kinesis: InvalidArgumentException: Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was 340282366920938463463374607431768211456"
    );
    env.fails(&put(&["--partition-key", "k", "--data", "fileb:///no/such/file"]), 252);
    env.fails(
        &put(&["--partition-key", "k", "--data", "%%%", "--cli-binary-format", "base64"]),
        252,
    );
    let line = env.fails(&["put-records", "--stream-name", "family", "--records", "[]"], 252);
    assert!(line.contains("Invalid length for parameter Records, value: 0"), "{line}");
    let many: Vec<String> = (0..501).map(|i| format!("Data={i},PartitionKey=k")).collect();
    let mut args = vec!["put-records", "--stream-name", "family", "--records"];
    args.extend(many.iter().map(String::as_str));
    let line = env.fails(&args, 254);
    assert!(line.contains("at 'records' failed to satisfy constraint: Member must have length less than or equal to 500"), "{line}");
    let six = format!("fileb://{}", exact.display());
    let recs: Vec<String> = (0..6).map(|_| format!("Data={six},PartitionKey=k")).collect();
    let mut args = vec!["put-records", "--stream-name", "family", "--records"];
    args.extend(recs.iter().map(String::as_str));
    let line = env.fails(&args, 254);
    assert!(
        line.starts_with("kinesis: InvalidArgumentException: Records size exceeds 5 MB limit"),
        "{line}"
    );
    // The model leaves the key optional (for streams Kinesis distributes): the stream wants it.
    let line = env.fails(&["put-records", "--stream-name", "family", "--records", "Data=x"], 254);
    assert_eq!(
        line,
        "kinesis: ValidationException: 1 validation error detected: Value null at \
         'records.1.member.partitionKey' failed to satisfy constraint: Member must not be null"
    );
    env.fails(
        &["put-records", "--stream-name", "family", "--records", "Data=x,PartitionKey=k,Bogus=1"],
        252,
    );
    env.fails(&["put-record", "--stream-name", "nope", "--partition-key", "k", "--data", "x"], 254);
    // Only the two good records made it.
    assert_eq!(env.ok(&["read", "--stream-name", "family", "--output", "json"]).lines().count(), 2);
}

#[test]
fn bad_iterators_and_limits() {
    let (env, seq) = seeded();
    let it = iterator(&env, "shardId-000000000003", "TRIM_HORIZON", &[]);
    let line = env.fails(&["get-records", "--shard-iterator", "garbage"], 254);
    assert_eq!(line, "kinesis: InvalidArgumentException: Invalid ShardIterator.");
    // Flip one character in the middle.
    let mut tampered: Vec<char> = it.chars().collect();
    let mid = tampered.len() / 2;
    tampered[mid] = if tampered[mid] == 'A' { 'B' } else { 'A' };
    let tampered: String = tampered.into_iter().collect();
    assert_eq!(env.fails(&["get-records", "--shard-iterator", &tampered], 254), line);
    let line = env.fails(&["get-records", "--shard-iterator", &it, "--limit", "0"], 252);
    assert!(line.contains("Invalid value for parameter Limit, value: 0"), "{line}");
    let line = env.fails(&["get-records", "--shard-iterator", &it, "--limit", "10001"], 254);
    assert!(line.contains("Member must have value less than or equal to 10000"), "{line}");
    let line = env.fails(
        &[
            "get-shard-iterator",
            "--stream-name",
            "family",
            "--shard-id",
            "shardId-000000000000",
            "--shard-iterator-type",
            "AT_SEQUENCE_NUMBER",
            "--starting-sequence-number",
            &seq,
        ],
        254,
    );
    assert_eq!(
        line,
        "kinesis: InvalidArgumentException: Invalid StartingSequenceNumber. It encodes shardId-000000000003, while it was used in a call to a shard with shardId-000000000000"
    );
    let line = env.fails(
        &[
            "get-shard-iterator",
            "--stream-name",
            "family",
            "--shard-id",
            "shardId-000000000003",
            "--shard-iterator-type",
            "AT_SEQUENCE_NUMBER",
        ],
        254,
    );
    assert!(
        line.contains("Request specified AT_SEQUENCE_NUMBER and no StartingSequenceNumber"),
        "{line}"
    );
    env.fails(
        &[
            "get-shard-iterator",
            "--stream-name",
            "family",
            "--shard-id",
            "shardId-000000000003",
            "--shard-iterator-type",
            "AT_TIMESTAMP",
            "--timestamp",
            "tomorrow",
        ],
        252,
    );
    env.fails(
        &[
            "get-shard-iterator",
            "--stream-name",
            "family",
            "--shard-id",
            "shardId-000000000003",
            "--shard-iterator-type",
            "AT_TIMESTAMP",
            "--timestamp",
            "4102444800",
        ],
        254,
    );
    env.fails(
        &[
            "get-shard-iterator",
            "--stream-name",
            "family",
            "--shard-id",
            "shardId-000000000003",
            "--shard-iterator-type",
            "SOMETIMES",
        ],
        252,
    );
    let line = env.fails(
        &[
            "get-shard-iterator",
            "--stream-name",
            "family",
            "--shard-id",
            "shardId-000000000009",
            "--shard-iterator-type",
            "LATEST",
        ],
        254,
    );
    assert_eq!(
        line,
        "kinesis: ResourceNotFoundException: Shard shardId-000000000009 in stream family under account 000000000000 does not exist"
    );
    env.ok(&["delete-stream", "--stream-name", "family"]);
    let line = env.fails(&["get-records", "--shard-iterator", &it], 254);
    assert!(
        line.starts_with(
            "kinesis: ResourceNotFoundException: Shard shardId-000000000003 in stream family"
        ),
        "{line}"
    );
    // A new stream of the same name does not revive old iterators.
    env.create("family", 4);
    env.fails(&["get-records", "--shard-iterator", &it], 254);
}

#[test]
fn iterators_expire() {
    use kinesis::backend::Kinesis;
    use kinesis::engine::{Clock, Engine, EngineOptions};
    use kinesis::model::*;
    let env = Env::new();
    let clock = Clock::manual(Timestamp(1_700_000_000_000));
    let options =
        EngineOptions { iterator_ttl_ms: 10, clock: clock.clone(), ..EngineOptions::default() };
    let engine = Engine::open(&env.data_dir(), options).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        crate::helpers::create_in(&engine, "s", 1).await;
        let it = crate::helpers::trim_horizon_in(&engine, "s").await;
        clock.advance(11);
        let e = engine
            .get_records(GetRecordsInput { shard_iterator: it, ..Default::default() })
            .await
            .unwrap_err();
        assert_eq!(e.code(), "ExpiredIteratorException");
        assert!(
            e.to_string().starts_with("Iterator expired. The iterator was created at time "),
            "{e}"
        );
    });
    // Another store's iterators are not this one's.
    let other = Env::new();
    other.create("s", 1);
    let foreign = other.ok(&[
        "get-shard-iterator",
        "--stream-name",
        "s",
        "--shard-id",
        "shardId-000000000000",
        "--shard-iterator-type",
        "LATEST",
        "--output",
        "text",
    ]);
    env.fails(&["get-records", "--shard-iterator", foreign.trim_end()], 254);
}

#[test]
fn shard_for_names_hash_key_and_shard() {
    let env = Env::new();
    env.create("family", 4);
    let v = env.json(&["shard-for", "--partition-key", "1", "--stream-name", "family"]);
    assert_eq!(
        v["HashKey"],
        u128::from_str_radix("c4ca4238a0b923820dcc509a6f75849b", 16).unwrap().to_string()
    );
    assert_eq!(v["ShardId"], "shardId-000000000003");
    assert_eq!(
        env.ok(&[
            "shard-for",
            "--partition-key",
            "1",
            "--stream-name",
            "family",
            "--output",
            "raw"
        ]),
        "shardId-000000000003\n"
    );
    let no_stream = env.json(&["shard-for", "--partition-key", "1"]);
    assert!(no_stream.get("ShardId").is_none());
}

#[test]
fn get_records_stops_at_10_mib() {
    use kinesis::backend::Kinesis;
    use kinesis::engine::{Engine, EngineOptions};
    use kinesis::model::*;
    let env = Env::new();
    let engine = Engine::open(&env.data_dir(), EngineOptions::default()).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        crate::helpers::create_in(&engine, "s", 1).await;
        for _ in 0..3 {
            let records = (0..4)
                .map(|_| PutRecordsRequestEntry {
                    data: Blob(vec![7; 1024 * 1024]),
                    partition_key: Some("k".into()),
                    ..Default::default()
                })
                .collect();
            engine
                .put_records(PutRecordsInput {
                    records,
                    stream: StreamRef::name("s"),
                    dry_run: None,
                })
                .await
                .unwrap();
        }
        let it = crate::helpers::trim_horizon_in(&engine, "s").await;
        // Ten 1 MiB records and their keys are just over 10 MiB: nine fit.
        let page = engine
            .get_records(GetRecordsInput { shard_iterator: it, ..Default::default() })
            .await
            .unwrap();
        assert_eq!(page.records.len(), 9);
        assert!(page.millis_behind_latest >= 0);
        let rest = engine
            .get_records(GetRecordsInput {
                shard_iterator: page.next_shard_iterator.unwrap(),
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(rest.records.len(), 3);
    });
}

#[test]
fn decode_none_gives_aws_cli_base64_exactly() {
    let (env, _) = seeded();
    let binary = env.root.path().join("bytes");
    std::fs::write(&binary, [0xff, 0xfe]).unwrap();
    let fileb = format!("fileb://{}", binary.display());
    env.ok(&["put-record", "--stream-name", "family", "--partition-key", "1", "--data", &fileb]);
    let it = iterator(&env, "shardId-000000000003", "TRIM_HORIZON", &[]);
    let plain = env.json(&["get-records", "--shard-iterator", &it, "--decode", "none"]);
    let records = plain["Records"].as_array().unwrap();
    assert_eq!(records[0]["Data"], base64::engine::general_purpose::STANDARD.encode(SEED_DATA));
    assert_eq!(records[1]["Data"], "//4=");
    assert!(records.iter().all(|r| r.get("DataEncoding").is_none()), "{plain}");
    let decoded = env.json(&["get-records", "--shard-iterator", &it]);
    assert_eq!(datas(&decoded), [SEED_DATA, "//4="]);
    assert_eq!(decoded["Records"][1]["DataEncoding"], "base64");
}
