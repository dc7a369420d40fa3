//! Output formats and --query: json, text, table and raw, and the environment's say.

use crate::helpers::{Env, redact};

#[test]
fn query_applies_before_formatting() {
    let env = Env::new();
    env.create("family", 4);
    let q = [
        "describe-stream",
        "--stream-name",
        "family",
        "--query",
        "StreamDescription.Shards[].ShardId",
    ];
    assert_eq!(
        env.ok(&[&q[..], &["--output", "text"]].concat()),
        "shardId-000000000000\tshardId-000000000001\tshardId-000000000002\tshardId-000000000003\n"
    );
    assert_eq!(
        env.ok(&q),
        "[\n    \"shardId-000000000000\",\n    \"shardId-000000000001\",\n    \"shardId-000000000002\",\n    \"shardId-000000000003\"\n]\n"
    );
    assert_eq!(
        env.ok(&[
            "describe-stream-summary",
            "--stream-name",
            "family",
            "--query",
            "StreamDescriptionSummary.KeyId"
        ]),
        "null\n"
    );
    assert_eq!(
        env.ok(&[
            "describe-stream-summary",
            "--stream-name",
            "family",
            "--query",
            "StreamDescriptionSummary.KeyId",
            "--output",
            "text"
        ]),
        "None\n"
    );
}

#[test]
fn output_from_the_environment() {
    let env = Env::new();
    env.create("family", 1);
    let out = env.cmd().env("KINESIS_OUTPUT", "text").arg("list-streams").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("STREAMNAMES\tfamily\n"));
    // The flag wins over the environment.
    let out = env
        .cmd()
        .env("KINESIS_OUTPUT", "text")
        .args(["list-streams", "--output", "raw"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "family\n");
}

#[test]
fn raw_prints_the_most_useful_value() {
    let env = Env::new();
    env.create("family", 2);
    assert_eq!(
        env.ok(&["describe-stream-summary", "--stream-name", "family", "--output", "raw"]),
        "ACTIVE\n"
    );
    assert_eq!(
        env.ok(&["list-shards", "--stream-name", "family", "--output", "raw"]),
        "shardId-000000000000\nshardId-000000000001\n"
    );
    assert_eq!(env.ok(&["describe-limits", "--output", "raw"]), "500\n");
    assert_eq!(
        env.ok(&["list-streams", "--output", "raw", "--query", "StreamSummaries[0].StreamStatus"]),
        "ACTIVE\n"
    );
    assert_eq!(
        env.ok(&["create-stream", "--stream-name", "x", "--shard-count", "1", "--output", "raw"]),
        ""
    );
}

#[test]
fn table_lays_out_every_section() {
    let env = Env::new();
    env.create("family", 2);
    let table = env.ok(&[
        "describe-stream",
        "--stream-name",
        "family",
        "--output",
        "table",
        "--color",
        "off",
    ]);
    let t = redact(&table);
    // The stream's scalars in one table, in the response's order; the shards in one more, a
    // row each, with their hash-key and sequence-number ranges as columns.
    assert!(t.starts_with("DescribeStream\n+"), "{t}");
    assert!(t.contains("| StreamARN "), "{t}");
    assert!(t.contains("| StreamName | StreamStatus | RetentionPeriodHours |"), "{t}");
    assert!(t.contains("\nDescribeStream › StreamDescription › Shards\n"), "{t}");
    assert!(
        t.contains("| ShardId              | StartingHashKey                         | EndingHashKey                           | StartingSequenceNumber"),
        "{t}"
    );
    assert!(
        t.contains(
            "| shardId-000000000001 | 170141183460469231731687303715884105728 | 340282366920938463463374607431768211455 |"
        ),
        "{t}"
    );
    assert!(!t.contains("Shards[1]"), "no table per shard: {t}");
    assert!(!table.contains('\u{1b}'), "no color when off");
    let colored = env.ok(&["describe-limits", "--output", "table", "--color", "on"]);
    assert!(colored.contains('\u{1b}'), "{colored}");
    assert_eq!(
        env.ok(&["describe-limits", "--output", "table"]),
        "DescribeLimits\n\
         +------------+----------------+---------------------+--------------------------+\n\
         | ShardLimit | OpenShardCount | OnDemandStreamCount | OnDemandStreamCountLimit |\n\
         +==============================================================================+\n\
         | 500        | 2              | 0                   | 50                       |\n\
         +------------+----------------+---------------------+--------------------------+\n"
    );
}

#[test]
fn debug_logs_requests_to_stderr_only() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["create-stream", "--stream-name", "d", "--shard-count", "1", "--debug"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("kinesis: debug: backend local, data dir "), "{err}");
    assert!(
        err.contains(r#"kinesis: debug: CreateStream {"StreamName":"d","ShardCount":1}"#),
        "{err}"
    );
    assert!(err.contains("kinesis: debug: CreateStream ok in "), "{err}");
}

#[test]
fn an_empty_table_still_has_its_title() {
    let env = Env::new();
    assert_eq!(
        env.ok(&["list-streams", "--output", "table"]),
        "ListStreams\n+-------------+\n| ListStreams |\n+=============+\n+-------------+\n"
    );
}

#[test]
fn query_keeps_the_response_key_order_and_the_written_one() {
    let env = Env::new();
    env.create("s", 2);
    let range = env.ok(&[
        "describe-stream",
        "--stream-name",
        "s",
        "--query",
        "StreamDescription.Shards[0].HashKeyRange",
    ]);
    assert_eq!(
        range,
        "{\n    \"StartingHashKey\": \"0\",\n    \"EndingHashKey\": \"170141183460469231731687303715884105727\"\n}\n"
    );
    let picked = env.ok(&[
        "list-shards",
        "--stream-name",
        "s",
        "--query",
        "Shards[0].{Z: ShardId, A: HashKeyRange.StartingHashKey}",
        "--output",
        "text",
    ]);
    // Text output sorts keys as aws-cli's does; json keeps the written order.
    assert_eq!(picked, "0\tshardId-000000000000\n");
    let json = env.json(&[
        "list-shards",
        "--stream-name",
        "s",
        "--query",
        "Shards[0].{Z: ShardId, A: HashKeyRange.StartingHashKey}",
    ]);
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["Z", "A"]);
}

#[test]
fn text_lines_hold_one_record_each_with_the_same_columns() {
    let env = Env::new();
    env.create("s", 1);
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "a\tb\nc\\d"]);
    let binary = env.root.path().join("bytes");
    std::fs::write(&binary, [0xff, 0xfe, b'x']).unwrap();
    let fileb = format!("fileb://{}", binary.display());
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", &fileb]);
    let lines = env.ok(&["read", "--stream-name", "s", "--output", "text"]);
    let rows: Vec<Vec<&str>> = lines.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.iter().map(Vec::len).collect::<Vec<_>>(), [5, 5], "{lines}");
    assert_eq!((rows[0][1], rows[1][1]), ("a\\tb\\nc\\\\d", "\\xff\\xfex"));
}

#[test]
fn raw_rows_are_tab_separated() {
    let env = Env::new();
    env.create("s", 2);
    env.ok(&[
        "put-record",
        "--stream-name",
        "s",
        "--partition-key",
        "k",
        "--data",
        "x",
        "--explicit-hash-key",
        "0",
    ]);
    assert_eq!(
        env.ok(&["metrics", "--stream-name", "s", "--output", "raw"]),
        "shardId-000000000000\t1\t0\nshardId-000000000001\t0\t0\n"
    );
    assert_eq!(env.ok(&["describe-limits", "--output", "raw"]), "500\n");
}

/// Whether PyYAML (from the test virtualenv) reads `yaml` as the same data as `json`.
fn yaml_reads_as(yaml: &str, json: &str) {
    let dir = tempfile::tempdir().unwrap();
    let (y, j) = (dir.path().join("out.yaml"), dir.path().join("out.json"));
    std::fs::write(&y, yaml).unwrap();
    std::fs::write(&j, json).unwrap();
    let check = "import json, sys, yaml\n\
                 y = yaml.safe_load(open(sys.argv[1]))\n\
                 j = [json.loads(l) for l in open(sys.argv[2])] if sys.argv[3] == 'lines' else json.load(open(sys.argv[2]))\n\
                 assert y == j, (y, j)\n";
    let lines = if json.starts_with("{\"") { "lines" } else { "whole" };
    let out = std::process::Command::new(crate::helpers::python())
        .args(["-c", check])
        .args([&y, &j])
        .arg(lines)
        .output()
        .unwrap();
    assert!(out.status.success(), "{yaml}\n{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn yaml_output_parses_back_to_the_json_output() {
    let env = Env::new();
    env.create("s", 2);
    for data in ["plain", "yes", "123", "a: b # not a comment", "multi\nline", "'quoted'"] {
        env.ok(&["put-record", "--stream-name", "s", "--partition-key", data, "--data", data]);
    }
    env.ok(&["add-tags-to-stream", "--stream-name", "s", "--tags", "on=off,007=true"]);
    for args in [
        &["describe-stream", "--stream-name", "s"][..],
        &["list-shards", "--stream-name", "s"],
        &["list-tags-for-stream", "--stream-name", "s"],
        &["describe-limits"],
    ] {
        let yaml = env.ok(&[args, &["--output", "yaml"]].concat());
        let json = env.ok(&[args, &["--output", "json"]].concat());
        yaml_reads_as(&yaml, &json);
        let stream = env.ok(&[args, &["--output", "yaml-stream"]].concat());
        assert!(stream.starts_with("- "), "{stream}");
    }
    // Records stream as a YAML list, an item each.
    let yaml = env.ok(&["read", "--stream-name", "s", "--output", "yaml"]);
    let json = env.ok(&["read", "--stream-name", "s", "--output", "json"]);
    yaml_reads_as(&yaml, &json);
}
