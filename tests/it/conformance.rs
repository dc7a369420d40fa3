//! One suite, every backend: the same scenarios run on the embedded engine and, through the
//! AWS backend (the real aws-sdk-kinesis), on kinesalite — an independent emulator started
//! per test — and on `kinesis serve`. Where kinesalite lacks an action, the scenario checks that its refusal is
//! reported cleanly. `KINESIS_IT_AWS=1 cargo test -- --ignored conformance` runs the same
//! scenarios against real AWS with this machine's credentials (it creates and deletes streams,
//! which costs money).

use serde_json::Value;

use crate::helpers::{Env, on_every_backend, redact, stream_arn};

on_every_backend!(
    seed_stream_lines,
    records_round_trip,
    batches_and_bulk_upload,
    split_and_merge,
    retention,
    tags,
    service_errors,
    actions_an_endpoint_may_lack,
    foreign_iterators,
    consumers,
    subscriptions,
    efo_read,
);

fn seed_stream_lines(env: &Env, sfx: &str) {
    let family = format!("family{sfx}");
    env.create(&family, 4);
    let text = redact(&env.ok(&["describe-stream", "--stream-name", &family, "--output", "text"]));
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("STREAMDESCRIPTION\tNONE\tNone\t24\tarn:aws:kinesis:"), "{text}");
    assert_eq!(
        &lines[1..4],
        [
            "SHARDS\tshardId-000000000000",
            "HASHKEYRANGE\t85070591730234615865843651857942052863\t0",
            "SEQUENCENUMBERRANGE\t<SEQ>"
        ]
    );
    assert_eq!(lines.len(), 13);
    let names = env.ok(&["list-streams", "--output", "text"]);
    assert!(names.lines().any(|l| l == format!("STREAMNAMES\t{family}")), "{names}");
    env.ok(&["delete-stream", "--stream-name", &family]);
    if env.is_aws() {
        env.ok(&[
            "wait",
            "stream-not-exists",
            "--stream-name",
            &family,
            "--delay",
            "0.1",
            "--max-attempts",
            "100",
        ]);
    }
    env.fails(&["describe-stream", "--stream-name", &family], 254);
}

fn records_round_trip(env: &Env, sfx: &str) {
    let family = format!("family{sfx}");
    env.create(&family, 4);
    let seed = "name:Senthil, Age:38, Place: Chennai";
    let put = env.ok(&[
        "put-record",
        "--stream-name",
        &family,
        "--partition-key",
        "1",
        "--data",
        seed,
        "--output",
        "text",
    ]);
    assert!(put.ends_with("\tshardId-000000000003\n"), "{put}");
    let it = env.ok(&[
        "get-shard-iterator",
        "--stream-name",
        &family,
        "--shard-id",
        "shardId-000000000003",
        "--shard-iterator-type",
        "TRIM_HORIZON",
        "--output",
        "text",
    ]);
    let page = env.json(&["get-records", "--shard-iterator", it.trim_end()]);
    assert_eq!(page["Records"][0]["Data"], seed);
    assert_eq!(page["Records"][0]["PartitionKey"], "1");
    assert_eq!(
        env.ok(&["get-records", "--shard-iterator", it.trim_end(), "--output", "raw"]),
        format!("{seed}\n")
    );
    assert_eq!(env.ok(&["read", "--stream-name", &family]), format!("{seed}\n"));
    let seq = put.split('\t').next().unwrap();
    let at = env.ok(&[
        "get-shard-iterator",
        "--stream-name",
        &family,
        "--shard-id",
        "shardId-000000000003",
        "--shard-iterator-type",
        "AT_SEQUENCE_NUMBER",
        "--starting-sequence-number",
        seq,
        "--output",
        "text",
    ]);
    assert_eq!(
        env.ok(&["get-records", "--shard-iterator", at.trim_end(), "--output", "raw"]),
        format!("{seed}\n")
    );
    env.ok(&["delete-stream", "--stream-name", &family]);
}

fn batches_and_bulk_upload(env: &Env, sfx: &str) {
    let s = format!("bulk{sfx}");
    env.create(&s, 2);
    let out = env.json(&[
        "put-records",
        "--stream-name",
        &s,
        "--records",
        "Data=a,PartitionKey=1",
        "Data=b,PartitionKey=2",
    ]);
    assert_eq!(out["FailedRecordCount"], 0);
    let file = env.root.path().join("r.jsonl");
    std::fs::write(&file, (0..1200).map(|i| format!("{{\"n\":{i}}}\n")).collect::<String>())
        .unwrap();
    let summary = env.json(&[
        "put-records",
        "--stream-name",
        &s,
        "--file",
        file.to_str().unwrap(),
        "--partition-key-field",
        "n",
    ]);
    assert_eq!(summary["RecordsSent"], 1200);
    let mut got: Vec<String> =
        env.ok(&["read", "--stream-name", &s]).lines().map(str::to_string).collect();
    got.sort();
    let mut want: Vec<String> =
        (0..1200).map(|i| format!("{{\"n\":{i}}}")).chain(["a".into(), "b".into()]).collect();
    want.sort();
    assert_eq!(got, want);
    env.ok(&["delete-stream", "--stream-name", &s]);
}

fn split_and_merge(env: &Env, sfx: &str) {
    let s = format!("reshard{sfx}");
    env.create(&s, 2);
    env.ok(&[
        "put-record",
        "--stream-name",
        &s,
        "--partition-key",
        "k",
        "--data",
        "before",
        "--explicit-hash-key",
        "5",
    ]);
    let out =
        env.json(&["split-shard", "--stream-name", &s, "--shard-to-split", "shardId-000000000000"]);
    assert_eq!(out["NewStartingHashKey"], "85070591730234615865843651857942052864");
    let kids: Vec<&str> = out["ChildShards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["ShardId"].as_str().unwrap())
        .collect();
    assert_eq!(kids, ["shardId-000000000002", "shardId-000000000003"]);
    if env.is_aws() {
        env.ok(&[
            "wait",
            "stream-exists",
            "--stream-name",
            &s,
            "--delay",
            "0.05",
            "--max-attempts",
            "100",
        ]);
    }
    env.ok(&[
        "put-record",
        "--stream-name",
        &s,
        "--partition-key",
        "k",
        "--data",
        "after",
        "--explicit-hash-key",
        "5",
    ]);
    env.ok(&[
        "merge-shards",
        "--stream-name",
        &s,
        "--shard-to-merge",
        "shardId-000000000002",
        "--adjacent-shard-to-merge",
        "shardId-000000000003",
    ]);
    if env.is_aws() {
        env.ok(&[
            "wait",
            "stream-exists",
            "--stream-name",
            &s,
            "--delay",
            "0.05",
            "--max-attempts",
            "100",
        ]);
    }
    env.ok(&[
        "put-record",
        "--stream-name",
        &s,
        "--partition-key",
        "k",
        "--data",
        "merged",
        "--explicit-hash-key",
        "5",
    ]);
    assert_eq!(env.ok(&["read", "--stream-name", &s]), "before\nafter\nmerged\n");
    let open = env.ok(&[
        "list-shards",
        "--stream-name",
        &s,
        "--output",
        "json",
        "--query",
        "Shards[?SequenceNumberRange.EndingSequenceNumber == null].ShardId",
    ]);
    let open: Value = serde_json::from_str(&open).unwrap();
    assert_eq!(open, serde_json::json!(["shardId-000000000001", "shardId-000000000004"]));
    env.ok(&["delete-stream", "--stream-name", &s]);
}

fn retention(env: &Env, sfx: &str) {
    let s = format!("keep{sfx}");
    env.create(&s, 1);
    let hours = |env: &Env| {
        env.ok(&[
            "describe-stream-summary",
            "--stream-name",
            &s,
            "--query",
            "StreamDescriptionSummary.RetentionPeriodHours",
            "--output",
            "text",
        ])
    };
    env.ok(&[
        "increase-stream-retention-period",
        "--stream-name",
        &s,
        "--retention-period-hours",
        "48",
    ]);
    if env.is_aws() {
        env.ok(&[
            "wait",
            "stream-exists",
            "--stream-name",
            &s,
            "--delay",
            "0.05",
            "--max-attempts",
            "100",
        ]);
    }
    assert_eq!(hours(env), "48\n");
    let line = env.fails(
        &[
            "decrease-stream-retention-period",
            "--stream-name",
            &s,
            "--retention-period-hours",
            "72",
        ],
        254,
    );
    assert!(line.starts_with(&format!("kinesis: InvalidArgumentException: Requested retention period (72 hours) for stream {s} can not be longer than existing retention period (48 hours).")), "{line}");
    let line = env.fails(
        &[
            "decrease-stream-retention-period",
            "--stream-name",
            &s,
            "--retention-period-hours",
            "12",
        ],
        254,
    );
    assert!(
        line.starts_with(
            "kinesis: InvalidArgumentException: Minimum allowed retention period is 24 hours."
        ),
        "{line}"
    );
    env.ok(&[
        "decrease-stream-retention-period",
        "--stream-name",
        &s,
        "--retention-period-hours",
        "24",
    ]);
    if env.is_aws() {
        env.ok(&[
            "wait",
            "stream-exists",
            "--stream-name",
            &s,
            "--delay",
            "0.05",
            "--max-attempts",
            "100",
        ]);
    }
    assert_eq!(hours(env), "24\n");
    env.ok(&["delete-stream", "--stream-name", &s]);
}

fn tags(env: &Env, sfx: &str) {
    let s = format!("tagged{sfx}");
    env.create(&s, 1);
    env.ok(&["add-tags-to-stream", "--stream-name", &s, "--tags", "team=data,env=prod"]);
    assert_eq!(
        env.ok(&["list-tags-for-stream", "--stream-name", &s, "--output", "raw"]),
        "env=prod\nteam=data\n"
    );
    env.ok(&["remove-tags-from-stream", "--stream-name", &s, "--tag-keys", "env"]);
    assert_eq!(
        env.ok(&["list-tags-for-stream", "--stream-name", &s, "--output", "text"]),
        "False\nTAGS\tteam\tdata\n"
    );
    env.ok(&["delete-stream", "--stream-name", &s]);
    // Tags given at creation.
    let born = format!("born-tagged{sfx}");
    let create = ["create-stream", "--stream-name", &born, "--shard-count", "1"];
    env.ok(&[&create[..], &["--tags", "{\"team\": \"data\", \"tier\": \"1\"}"]].concat());
    if env.is_real_aws() {
        env.ok(&["wait", "stream-exists", "--stream-name", &born]);
    }
    let listed = env.ok(&["list-tags-for-stream", "--stream-name", &born, "--output", "raw"]);
    if env.is_aws() && env.endpoint_is_kinesalite() {
        assert_eq!(listed, "", "kinesalite ignores CreateStream's Tags");
    } else {
        assert_eq!(listed, "team=data\ntier=1\n");
    }
    env.ok(&["delete-stream", "--stream-name", &born]);
    // More than a stream may hold: refused, and no stream made.
    if !env.endpoint_is_kinesalite() {
        let many: Vec<String> = (0..51).map(|i| format!("k{i}=v")).collect();
        let too_many = format!("too-many{sfx}");
        let args = [
            "create-stream",
            "--stream-name",
            &too_many,
            "--shard-count",
            "1",
            "--tags",
            &many.join(","),
        ];
        let refused = env.fails(&args, 254);
        assert!(refused.starts_with("kinesis: InvalidArgumentException: "), "{refused}");
        env.fails(&["describe-stream-summary", "--stream-name", &too_many], 254);
    }
}

fn service_errors(env: &Env, sfx: &str) {
    let s = format!("errors{sfx}");
    let line = env.fails(&["describe-stream", "--stream-name", &s], 254);
    assert!(
        line.starts_with(&format!("kinesis: ResourceNotFoundException: Stream {s} under account ")),
        "{line}"
    );
    env.create(&s, 1);
    let line = env.fails(&["create-stream", "--stream-name", &s, "--shard-count", "1"], 254);
    assert!(
        line.starts_with(&format!("kinesis: ResourceInUseException: Stream {s} under account ")),
        "{line}"
    );
    let line = env.fails(&["describe-stream", "--stream-name", "a/b"], 254);
    assert!(line.starts_with("kinesis: ValidationException: 1 validation error detected: Value 'a/b' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"), "{line}");
    let line = env.fails(
        &["put-record", "--stream-name", &s, "--partition-key", &"k".repeat(257), "--data", "x"],
        254,
    );
    assert!(
        line.starts_with("kinesis: ValidationException: 1 validation error detected: Value '"),
        "{line}"
    );
    let line = env.fails(
        &[
            "put-record",
            "--stream-name",
            &s,
            "--partition-key",
            "k",
            "--data",
            "x",
            "--explicit-hash-key",
            "340282366920938463463374607431768211456",
        ],
        254,
    );
    assert_eq!(
        line,
        "kinesis: InvalidArgumentException: Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was 340282366920938463463374607431768211456"
    );
    let line = env.fails(&["get-records", "--shard-iterator", "AAAAAAAAAAFfakefakefakefake"], 254);
    assert_eq!(line, "kinesis: InvalidArgumentException: Invalid ShardIterator.");
    let line = env.fails(
        &[
            "merge-shards",
            "--stream-name",
            &s,
            "--shard-to-merge",
            "shardId-000000000000",
            "--adjacent-shard-to-merge",
            "shardId-000000000007",
        ],
        254,
    );
    assert!(
        line.starts_with(
            "kinesis: ResourceNotFoundException: Could not find shard shardId-000000000007"
        ),
        "{line}"
    );
    env.ok(&["delete-stream", "--stream-name", &s]);
}

fn actions_an_endpoint_may_lack(env: &Env, sfx: &str) {
    let s = format!("scale{sfx}");
    env.create(&s, 2);
    let checks: [&[&str]; 3] = [
        &[
            "update-shard-count",
            "--stream-name",
            &s,
            "--target-shard-count",
            "3",
            "--scaling-type",
            "UNIFORM_SCALING",
        ],
        &["enable-enhanced-monitoring", "--stream-name", &s, "--shard-level-metrics", "ALL"],
        &["describe-limits"],
    ];
    for args in checks {
        if env.is_aws() && env.endpoint_is_kinesalite() {
            // kinesalite has none of these: the refusal is one clean line.
            let line = env.fails(args, 254);
            assert!(line.starts_with("kinesis: UnknownOperationException: "), "{args:?}: {line}");
        } else {
            env.ok(args);
        }
    }
    env.ok(&["delete-stream", "--stream-name", &s]);
}

fn foreign_iterators(env: &Env, sfx: &str) {
    let s = format!("iter{sfx}");
    env.create(&s, 1);
    let other = if env.is_aws() { Env::new() } else { Env::kinesalite() };
    other.create(&s, 1);
    let theirs = other.ok(&[
        "get-shard-iterator",
        "--stream-name",
        &s,
        "--shard-id",
        "shardId-000000000000",
        "--shard-iterator-type",
        "LATEST",
        "--output",
        "text",
    ]);
    let line = env.fails(&["get-records", "--shard-iterator", theirs.trim_end()], 254);
    assert_eq!(line, "kinesis: InvalidArgumentException: Invalid ShardIterator.");
    env.ok(&["delete-stream", "--stream-name", &s]);
}

fn consumers(env: &Env, sfx: &str) {
    let s = format!("fanout{sfx}");
    env.create(&s, 1);
    let arn = stream_arn(env, &s);
    let register = |name: &str| {
        env.ok(&[
            "register-stream-consumer",
            "--stream-arn",
            &arn,
            "--consumer-name",
            name,
            "--output",
            "raw",
        ])
    };
    if env.is_aws() && env.endpoint_is_kinesalite() {
        // kinesalite has no consumers: the refusal is one clean line.
        let line = env.fails(
            &["register-stream-consumer", "--stream-arn", &arn, "--consumer-name", "c"],
            254,
        );
        assert!(line.starts_with("kinesis: UnknownOperationException: "), "{line}");
        // (The stream goes with the emulator: kinesalite can crash deleting a stream that
        // never held a record.)
        return;
    }
    let c1 = register("c1").trim().to_string();
    let (stream_part, tail) = c1.rsplit_once(':').unwrap();
    assert_eq!(stream_part, format!("{arn}/consumer/c1"));
    assert!(!tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit()), "{c1}");
    let again = env
        .fails(&["register-stream-consumer", "--stream-arn", &arn, "--consumer-name", "c1"], 254);
    assert!(again.starts_with("kinesis: ResourceInUseException: "), "{again}");
    let bad = env
        .fails(&["register-stream-consumer", "--stream-arn", &arn, "--consumer-name", "a/b"], 254);
    assert!(bad.starts_with("kinesis: ValidationException: 1 validation error detected: Value 'a/b' at 'consumerName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"), "{bad}");
    let by_name = [
        "describe-stream-consumer",
        "--stream-arn",
        &arn,
        "--consumer-name",
        "c1",
        "--query",
        "ConsumerDescription.[ConsumerName, ConsumerARN, StreamARN]",
        "--output",
        "text",
    ];
    assert_eq!(env.ok(&by_name), format!("c1\t{c1}\t{arn}\n"));
    let c2 = register("c2").trim().to_string();
    let names = [
        "list-stream-consumers",
        "--stream-arn",
        &arn,
        "--query",
        "Consumers[].ConsumerName",
        "--output",
        "text",
    ];
    assert_eq!(env.ok(&names), "c1\tc2\n");
    let page = env.ok(&["list-stream-consumers", "--stream-arn", &arn, "--max-results", "1"]);
    let page: Value = serde_json::from_str(&page).unwrap();
    assert_eq!(page["Consumers"].as_array().map(Vec::len), Some(1), "{page}");
    let token = page["NextToken"].as_str().expect("a NextToken");
    let rest = env.ok(&[
        "list-stream-consumers",
        "--stream-arn",
        &arn,
        "--next-token",
        token,
        "--query",
        "Consumers[].ConsumerName",
        "--output",
        "text",
    ]);
    assert_eq!(rest, "c2\n");
    let busy = env.fails(&["delete-stream", "--stream-name", &s], 254);
    assert!(busy.starts_with("kinesis: ResourceInUseException: "), "{busy}");
    env.ok(&["deregister-stream-consumer", "--consumer-arn", &c2]);
    if !env.is_real_aws() {
        // Deregistration takes a while on AWS; locally (serve's default) it is immediate.
        let gone = env.fails(&["describe-stream-consumer", "--consumer-arn", &c2], 254);
        assert!(gone.starts_with("kinesis: ResourceNotFoundException: "), "{gone}");
        // AWS takes 5 registrations a second: the limit is checked where that does not apply.
        for i in 2..=20 {
            register(&format!("c{i}"));
        }
        let over = env.fails(
            &["register-stream-consumer", "--stream-arn", &arn, "--consumer-name", "c21"],
            254,
        );
        assert!(over.starts_with("kinesis: LimitExceededException: "), "{over}");
    }
    env.ok(&["delete-stream", "--stream-name", &s, "--enforce-consumer-deletion"]);
    let missing = env.fails(&["list-stream-consumers", "--stream-arn", &arn], 254);
    assert!(missing.starts_with("kinesis: ResourceNotFoundException: "), "{missing}");
}

/// The JSON values a command printed one after another.
fn json_stream(text: &str) -> Vec<Value> {
    serde_json::Deserializer::from_str(text).into_iter::<Value>().map(Result::unwrap).collect()
}

fn subscriptions(env: &Env, sfx: &str) {
    let s = format!("push{sfx}");
    env.create(&s, 1);
    let arn = stream_arn(env, &s);
    let subscribe = |consumer: &str, more: &[&str]| -> Vec<String> {
        let args = [
            "subscribe-to-shard",
            "--consumer-arn",
            consumer,
            "--shard-id",
            "shardId-000000000000",
            "--starting-position",
            "Type=TRIM_HORIZON",
        ];
        args.iter().chain(more).map(|a| a.to_string()).collect()
    };
    if env.is_aws() && env.endpoint_is_kinesalite() {
        let args = subscribe(&format!("{arn}/consumer/c:1"), &[]);
        let line = env.fails(&args.iter().map(String::as_str).collect::<Vec<_>>(), 254);
        assert!(line.starts_with("kinesis: UnknownOperationException: "), "{line}");
        // (The stream goes with the emulator: kinesalite can crash deleting a stream that
        // never held a record.)
        return;
    }
    let register = |name: &str| {
        let c = env.ok(&[
            "register-stream-consumer",
            "--stream-arn",
            &arn,
            "--consumer-name",
            name,
            "--output",
            "raw",
        ]);
        let c = c.trim().to_string();
        let status = ["describe-stream-consumer", "--consumer-arn", &c, "--output", "raw"];
        while env.ok(&status).trim() != "ACTIVE" {
            std::thread::sleep(std::time::Duration::from_millis(500));
        }
        c
    };
    let (c1, c2) = (register("one"), register("two"));
    for data in ["r1", "r2", "r3"] {
        env.ok(&["put-record", "--stream-name", &s, "--data", data, "--partition-key", data]);
    }
    env.ok(&["split-shard", "--stream-name", &s, "--shard-to-split", "shardId-000000000000"]);
    // The closed shard's subscription delivers its records, then its children, and ends.
    let raw = subscribe(&c1, &["--output", "raw"]);
    assert_eq!(env.ok(&raw.iter().map(String::as_str).collect::<Vec<_>>()), "r1\nr2\nr3\n");
    let json = subscribe(&c2, &[]);
    let events = json_stream(&env.ok(&json.iter().map(String::as_str).collect::<Vec<_>>()));
    let records: Vec<&str> = events
        .iter()
        .flat_map(|e| e["SubscribeToShardEvent"]["Records"].as_array().unwrap())
        .map(|r| r["Data"].as_str().unwrap())
        .collect();
    assert_eq!(records, ["r1", "r2", "r3"]);
    let last = &events.last().unwrap()["SubscribeToShardEvent"];
    let children: Vec<&str> = last["ChildShards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["ShardId"].as_str().unwrap())
        .collect();
    assert_eq!(children, ["shardId-000000000001", "shardId-000000000002"]);
    assert_eq!(last["ChildShards"][0]["ParentShards"], serde_json::json!(["shardId-000000000000"]));
    // The same consumer on the same shard within five seconds is refused.
    let again = env.fails(&json.iter().map(String::as_str).collect::<Vec<_>>(), 254);
    assert!(again.starts_with("kinesis: ResourceInUseException: "), "{again}");
    env.ok(&["delete-stream", "--stream-name", &s, "--enforce-consumer-deletion"]);
}

fn efo_read(env: &Env, sfx: &str) {
    let s = format!("efo{sfx}");
    env.create(&s, 2);
    for i in 0..6 {
        let data = format!("r{i}");
        env.ok(&["put-record", "--stream-name", &s, "--data", &data, "--partition-key", &data]);
    }
    env.ok(&["split-shard", "--stream-name", &s, "--shard-to-split", "shardId-000000000000"]);
    if env.is_real_aws() {
        env.ok(&["wait", "stream-exists", "--stream-name", &s]);
    }
    for i in 6..10 {
        let data = format!("r{i}");
        env.ok(&["put-record", "--stream-name", &s, "--data", &data, "--partition-key", &data]);
    }
    let read = ["read", "--stream-name", &s, "--efo", "--output", "json"];
    if env.is_aws() && env.endpoint_is_kinesalite() {
        let line = env.fails(&read, 254);
        assert!(line.starts_with("kinesis: UnknownOperationException: "), "{line}");
        return;
    }
    let polled = json_stream(&env.ok(&["read", "--stream-name", &s, "--output", "json"]));
    let pushed = json_stream(&env.ok(&read));
    let key = |r: &Value| (r["ShardId"].to_string(), r["SequenceNumber"].to_string());
    let sorted = |mut v: Vec<Value>| {
        v.sort_by_key(key);
        v
    };
    assert_eq!(sorted(pushed.clone()).len(), 10);
    assert_eq!(sorted(pushed.clone()), sorted(polled));
    // A parent's records come before its children's.
    let position = |shard: &str| pushed.iter().position(|r| r["ShardId"] == shard);
    let last_of_parent = pushed.iter().rposition(|r| r["ShardId"] == "shardId-000000000000");
    for child in ["shardId-000000000002", "shardId-000000000003"] {
        if let (Some(parent), Some(first)) = (last_of_parent, position(child)) {
            assert!(parent < first, "{pushed:?}");
        }
    }
    // The read's own consumer is gone with it.
    let arn = stream_arn(env, &s);
    let left = env.ok(&["list-stream-consumers", "--stream-arn", &arn, "--output", "raw"]);
    if !env.is_real_aws() {
        assert_eq!(left, "");
    }
    env.ok(&["delete-stream", "--stream-name", &s, "--enforce-consumer-deletion"]);
}
