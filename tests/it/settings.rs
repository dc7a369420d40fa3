//! Stream settings: retention (and its enforcement), enhanced monitoring, tags, the waiters
//! and the engine's traffic counts.

use serde_json::json;

use crate::helpers::Env;

/// Makes every record of the store, and the time of its last trim, `hours` older.
fn age_records(env: &Env, hours: i64) {
    let db = rusqlite::Connection::open(env.data_dir().join("kinesis.db")).unwrap();
    let us = hours * 3_600_000_000;
    // A chunk's records are counted from its first.
    db.execute("UPDATE chunks SET first = first - ?1, last = last - ?1", [us]).unwrap();
    db.execute("UPDATE streams SET trimmed_ms = 0", []).unwrap();
}

/// The store's chunks: one per record put alone.
fn chunk_count(env: &Env) -> i64 {
    let db = rusqlite::Connection::open(env.data_dir().join("kinesis.db")).unwrap();
    db.query_row("SELECT count(*) FROM chunks", [], |r| r.get(0)).unwrap()
}

fn retention(env: &Env) -> serde_json::Value {
    env.json(&[
        "describe-stream-summary",
        "--stream-name",
        "s",
        "--query",
        "StreamDescriptionSummary.RetentionPeriodHours",
    ])
}

#[test]
fn retention_round_trips_and_checks_direction() {
    let env = Env::new();
    env.create("s", 1);
    assert_eq!(
        env.ok(&[
            "increase-stream-retention-period",
            "--stream-name",
            "s",
            "--retention-period-hours",
            "48"
        ]),
        ""
    );
    assert_eq!(retention(&env), 48);
    assert_eq!(
        env.ok(&[
            "describe-stream",
            "--stream-name",
            "s",
            "--query",
            "StreamDescription.RetentionPeriodHours",
            "--output",
            "text"
        ]),
        "48\n"
    );
    let cases = [
        (
            "increase",
            "24",
            "InvalidArgumentException: Requested retention period (24 hours) for stream s can not be shorter than existing retention period (48 hours). Use DecreaseRetentionPeriod API.",
        ),
        (
            "decrease",
            "72",
            "InvalidArgumentException: Requested retention period (72 hours) for stream s can not be longer than existing retention period (48 hours). Use IncreaseRetentionPeriod API.",
        ),
        (
            "decrease",
            "23",
            "InvalidArgumentException: Minimum allowed retention period is 24 hours. Requested retention period (23 hours) is too short.",
        ),
        (
            "increase",
            "8761",
            "ValidationException: 1 validation error detected: Value '8761' at 'retentionPeriodHours' failed to satisfy constraint: Member must have value less than or equal to 8760",
        ),
    ];
    for (dir, hours, expected) in cases {
        let line = env.fails(
            &[
                &format!("{dir}-stream-retention-period"),
                "--stream-name",
                "s",
                "--retention-period-hours",
                hours,
            ],
            254,
        );
        assert_eq!(line, format!("kinesis: {expected}"));
    }
    env.fails(
        &[
            "increase-stream-retention-period",
            "--stream-name",
            "s",
            "--retention-period-hours",
            "0",
        ],
        252,
    );
    assert_eq!(retention(&env), 48);
    env.ok(&[
        "increase-stream-retention-period",
        "--stream-name",
        "s",
        "--retention-period-hours",
        "8760",
    ]);
    env.ok(&[
        "decrease-stream-retention-period",
        "--stream-name",
        "s",
        "--retention-period-hours",
        "24",
    ]);
    assert_eq!(retention(&env), 24);
}

#[test]
fn records_past_retention_are_never_returned_and_their_space_is_reclaimed() {
    let env = Env::new();
    env.create("s", 1);
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "old"]);
    age_records(&env, 25);
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "new"]);
    assert_eq!(env.ok(&["read", "--stream-name", "s"]), "new\n");
    assert_eq!(chunk_count(&env), 1, "the old record's chunk is deleted by the next put");
    // Shortening retention deletes at once.
    env.ok(&[
        "increase-stream-retention-period",
        "--stream-name",
        "s",
        "--retention-period-hours",
        "48",
    ]);
    age_records(&env, 30);
    assert_eq!(env.ok(&["read", "--stream-name", "s"]), "new\n");
    env.ok(&[
        "decrease-stream-retention-period",
        "--stream-name",
        "s",
        "--retention-period-hours",
        "24",
    ]);
    assert_eq!(chunk_count(&env), 0);
    assert_eq!(env.ok(&["read", "--stream-name", "s"]), "");
}

#[test]
fn enhanced_monitoring_expands_all_and_shows_in_describe() {
    let env = Env::new();
    env.create("s", 1);
    let out = env.json(&[
        "enable-enhanced-monitoring",
        "--stream-name",
        "s",
        "--shard-level-metrics",
        "IncomingBytes",
        "OutgoingRecords",
    ]);
    assert_eq!(out["CurrentShardLevelMetrics"], json!([]));
    assert_eq!(out["DesiredShardLevelMetrics"], json!(["IncomingBytes", "OutgoingRecords"]));
    assert_eq!(out["StreamName"], "s");
    let all = env.json(&[
        "enable-enhanced-monitoring",
        "--stream-name",
        "s",
        "--shard-level-metrics",
        "ALL",
    ]);
    assert_eq!(all["DesiredShardLevelMetrics"].as_array().unwrap().len(), 7);
    let off = env.json(&[
        "disable-enhanced-monitoring",
        "--stream-name",
        "s",
        "--shard-level-metrics",
        "IncomingBytes",
    ]);
    assert_eq!(off["DesiredShardLevelMetrics"].as_array().unwrap().len(), 6);
    let shown = env.json(&[
        "describe-stream",
        "--stream-name",
        "s",
        "--query",
        "StreamDescription.EnhancedMonitoring[0].ShardLevelMetrics",
    ]);
    assert_eq!(shown, off["DesiredShardLevelMetrics"]);
    let text = env.ok(&["describe-stream-summary", "--stream-name", "s", "--output", "text"]);
    assert!(text.contains("\nSHARDLEVELMETRICS\tIncomingRecords\n"), "{text}");
    let table = env.ok(&[
        "disable-enhanced-monitoring",
        "--stream-name",
        "s",
        "--shard-level-metrics",
        "IncomingRecords",
        "--output",
        "table",
    ]);
    env.ok(&["disable-enhanced-monitoring", "--stream-name", "s", "--shard-level-metrics", "ALL"]);
    assert!(table.contains("DisableEnhancedMonitoring › DesiredShardLevelMetrics"), "{table}");
    let line = env.fails(
        &["enable-enhanced-monitoring", "--stream-name", "s", "--shard-level-metrics", "Bogus"],
        254,
    );
    assert!(line.starts_with("kinesis: ValidationException: 1 validation error detected: Value '[Bogus]' at 'shardLevelMetrics'"), "{line}");
    assert_eq!(
        env.json(&[
            "describe-stream-summary",
            "--stream-name",
            "s",
            "--query",
            "StreamDescriptionSummary.EnhancedMonitoring[0].ShardLevelMetrics"
        ]),
        json!([])
    );
}

#[test]
fn tags_round_trip_in_every_form() {
    let env = Env::new();
    env.create("s", 1);
    env.ok(&["add-tags-to-stream", "--stream-name", "s", "--tags", "team=data,env=prod"]);
    env.ok(&[
        "add-tags-to-stream",
        "--stream-name",
        "s",
        "--tags",
        r#"{"owner": "me", "env": "dev"}"#,
    ]);
    assert_eq!(
        env.json(&["list-tags-for-stream", "--stream-name", "s"]),
        json!({"Tags": [{"Key": "env", "Value": "dev"}, {"Key": "owner", "Value": "me"}, {"Key": "team", "Value": "data"}], "HasMoreTags": false})
    );
    assert_eq!(
        env.ok(&["list-tags-for-stream", "--stream-name", "s", "--output", "text"]),
        "False\nTAGS\tenv\tdev\nTAGS\towner\tme\nTAGS\tteam\tdata\n"
    );
    assert_eq!(
        env.ok(&["list-tags-for-stream", "--stream-name", "s", "--output", "raw"]),
        "env=dev\nowner=me\nteam=data\n"
    );
    let page = env.json(&[
        "list-tags-for-stream",
        "--stream-name",
        "s",
        "--limit",
        "1",
        "--exclusive-start-tag-key",
        "env",
    ]);
    assert_eq!(page, json!({"Tags": [{"Key": "owner", "Value": "me"}], "HasMoreTags": true}));
    env.ok(&["remove-tags-from-stream", "--stream-name", "s", "--tag-keys", "env", "owner"]);
    let arn = "arn:aws:kinesis:us-east-1:000000000000:stream/s";
    env.ok(&["tag-resource", "--resource-arn", arn, "--tags", "cost=1"]);
    assert_eq!(
        env.ok(&["list-tags-for-resource", "--resource-arn", arn, "--output", "raw"]),
        "cost=1\nteam=data\n"
    );
    env.ok(&["untag-resource", "--resource-arn", arn, "--tag-keys", "cost"]);
    assert_eq!(
        env.json(&["list-tags-for-resource", "--resource-arn", arn]),
        json!({"Tags": [{"Key": "team", "Value": "data"}]})
    );
    let table = env.ok(&["list-tags-for-stream", "--stream-name", "s", "--output", "table"]);
    assert!(table.contains("| team | data  |"), "{table}");
}

#[test]
fn tag_limits() {
    let env = Env::new();
    env.create("s", 1);
    for batch in 0..5 {
        let tags: Vec<String> = (0..10).map(|i| format!("k{batch}{i}=v")).collect();
        env.ok(&["add-tags-to-stream", "--stream-name", "s", "--tags", &tags.join(",")]);
    }
    let before = env.ok(&["list-tags-for-stream", "--stream-name", "s", "--limit", "50"]);
    let line = env.fails(&["add-tags-to-stream", "--stream-name", "s", "--tags", "one=more"], 254);
    assert_eq!(
        line,
        "kinesis: InvalidArgumentException: Failed to add tags to stream s under account 000000000000 because a given stream cannot have more than 50 tags associated with it."
    );
    // Changing an existing tag is fine at the limit.
    env.ok(&["add-tags-to-stream", "--stream-name", "s", "--tags", "k00=changed"]);
    // One call may carry up to 200 (the model's bound), though a stream holds 50.
    let many: Vec<String> = (0..201).map(|i| format!("n{i}=v")).collect();
    let line =
        env.fails(&["add-tags-to-stream", "--stream-name", "s", "--tags", &many.join(",")], 254);
    assert!(line.contains("at 'tags' failed to satisfy constraint: Member must have length less than or equal to 200"), "{line}");
    let long_key = format!("{}=v", "k".repeat(129));
    let line = env.fails(&["add-tags-to-stream", "--stream-name", "s", "--tags", &long_key], 254);
    assert!(line.ends_with("Map keys must satisfy constraint: [Member must have length less than or equal to 128, Member must have length greater than or equal to 1]"), "{line}");
    let long_value = format!("k={}", "v".repeat(257));
    let line = env.fails(&["add-tags-to-stream", "--stream-name", "s", "--tags", &long_value], 254);
    assert!(line.ends_with("Map value must satisfy constraint: [Member must have length less than or equal to 256, Member must have length greater than or equal to 0]"), "{line}");
    let line = env.fails(&["add-tags-to-stream", "--stream-name", "s", "--tags", "bad*key=v"], 254);
    assert!(
        line.starts_with("kinesis: InvalidArgumentException: Some tags contain invalid characters"),
        "{line}"
    );
    env.fails(&["add-tags-to-stream", "--stream-name", "s", "--tags", "a%b=v"], 254);
    env.fails(&["add-tags-to-stream", "--stream-name", "s", "--tags", "nokey"], 252);
    env.fails(&["add-tags-to-stream", "--stream-name", "s", "--tags", r#"{"n": 1}"#], 252);
    let keys: Vec<String> = (0..51).map(|i| format!("k{i}")).collect();
    let mut args = vec!["remove-tags-from-stream", "--stream-name", "s", "--tag-keys"];
    args.extend(keys.iter().map(String::as_str));
    let line = env.fails(&args, 254);
    assert!(line.ends_with("at 'tagKeys' failed to satisfy constraint: Member must have length less than or equal to 50"), "{line}");
    env.fails(&["list-tags-for-stream", "--stream-name", "s", "--limit", "51"], 254);
    let after = env.ok(&["list-tags-for-stream", "--stream-name", "s", "--limit", "50"]);
    assert_eq!(
        after,
        before.replace(
            "\"Key\": \"k00\",\n            \"Value\": \"v\"",
            "\"Key\": \"k00\",\n            \"Value\": \"changed\""
        )
    );
}

#[test]
fn waiters() {
    let env = Env::new();
    let line = env.fails(
        &["wait", "stream-exists", "--stream-name", "s", "--delay", "0.01", "--max-attempts", "3"],
        255,
    );
    assert_eq!(line, "kinesis: WaiterError: Waiter StreamExists failed: Max attempts exceeded");
    assert_eq!(env.ok(&["wait", "stream-not-exists", "--stream-name", "s"]), "");
    env.create("s", 1);
    assert_eq!(env.ok(&["wait", "stream-exists", "--stream-name", "s"]), "");
    env.fails(
        &["wait", "stream-not-exists", "--stream-name", "s", "--delay", "0", "--max-attempts", "2"],
        255,
    );
    let line = env.fails(&["wait", "stream-exists", "--stream-name", "a/b", "--delay", "0"], 255);
    assert!(
        line.starts_with("kinesis: WaiterError: Waiter StreamExists failed: 1 validation error"),
        "{line}"
    );
}

#[test]
fn the_engine_counts_traffic_per_shard() {
    let env = Env::new();
    env.create("s", 2);
    env.ok(&[
        "put-records",
        "--stream-name",
        "s",
        "--records",
        "Data=abc,PartitionKey=1",
        "Data=de,PartitionKey=1",
        "Data=x,PartitionKey=2",
    ]);
    env.ok(&["read", "--stream-name", "s"]);
    env.ok(&["read", "--stream-name", "s", "--shard-id", "shardId-000000000001"]);
    let m = env.json(&["metrics", "--stream-name", "s"]);
    // md5("1") and md5("2") both fall in the upper half of the key space.
    assert_eq!(
        m["Shards"][1],
        json!({"ShardId": "shardId-000000000001", "Open": true, "IncomingRecords": 3, "IncomingBytes": 6, "OutgoingRecords": 6, "OutgoingBytes": 12})
    );
    assert_eq!(m["Shards"][0]["IncomingRecords"], 0);
    assert_eq!(
        env.ok(&["metrics", "--stream-name", "s", "--output", "raw"]),
        // Tab-separated rows, as cut and awk like them (JSON arrays before).
        "shardId-000000000000\t0\t0\nshardId-000000000001\t3\t6\n"
    );
}
