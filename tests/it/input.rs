//! aws-cli's input options on every action's command: `--cli-input-json`, `--cli-input-yaml`
//! and `--generate-cli-skeleton`, compared with aws-cli's own where it can tell.

use serde_json::{Value, json};

use crate::helpers::{Env, run_client};

/// Commands whose request has the same members in aws-cli's model as in ours, and no enum
/// (aws-cli picks an enum's sample value at random).
const SAME_INPUT: [&str; 8] = [
    "add-tags-to-stream",
    "delete-stream",
    "describe-stream",
    "list-streams",
    "list-tags-for-stream",
    "merge-shards",
    "register-stream-consumer",
    "update-shard-count",
];

#[test]
fn skeletons_are_aws_clis() {
    let env = Env::new();
    let output_runs = [
        "output list-streams",
        "output list-tags-for-stream --stream-name s",
        "output get-shard-iterator --stream-name s --shard-id shardId-000000000000 --shard-iterator-type LATEST",
        "output list-stream-consumers --stream-arn arn:aws:kinesis:us-east-1:000000000000:stream/s",
    ];
    let specs: Vec<String> = SAME_INPUT
        .iter()
        .map(|c| format!("input {c}"))
        .chain(output_runs.iter().map(|s| s.to_string()))
        .collect();
    let specs: Vec<&str> = specs.iter().map(String::as_str).collect();
    let theirs: Value = serde_json::from_str(&run_client("awscli_skeletons.py", &specs)).unwrap();
    for spec in specs {
        let words: Vec<&str> = spec.split(' ').collect();
        let args = [&words[1..], &["--generate-cli-skeleton", words[0]]].concat();
        let ours: Value = env.json(&args);
        assert_eq!(ours, theirs[format!("{} {}", words[1], words[0])], "{spec}");
    }
    // Asking for a sample touches no store.
    assert!(!env.data_dir().exists());
}

#[test]
fn input_skeleton_lists_every_member_of_the_model() {
    let env = Env::new();
    assert_eq!(
        env.json(&["put-records", "--generate-cli-skeleton"]),
        json!({
            "Records": [{"Data": null, "ExplicitHashKey": "", "PartitionKey": ""}],
            "StreamName": "",
            "StreamARN": "",
            "StreamId": "",
            "DryRun": true
        })
    );
    // An enum's sample is its first value, every time.
    let sample = env.json(&["get-shard-iterator", "--generate-cli-skeleton", "input"]);
    assert_eq!(sample["ShardIteratorType"], "AT_SEQUENCE_NUMBER");
    assert_eq!(sample["Timestamp"], "1970-01-01T00:00:00");
}

#[test]
fn yaml_skeleton_comments_each_member_and_reads_back() {
    let env = Env::new();
    let yaml = env.ok(&["subscribe-to-shard", "--generate-cli-skeleton", "yaml-input"]);
    assert_eq!(
        yaml,
        "ConsumerARN: '' # [REQUIRED] For this parameter, use the value you obtained when you called RegisterStreamConsumer.\n\
         StreamId: '' # Not Implemented.\n\
         ShardId: '' # [REQUIRED] The ID of the shard you want to subscribe to.\n\
         StartingPosition: # [REQUIRED] The starting position in the data stream from which to start streaming.\n\
         \x20 Type: AT_SEQUENCE_NUMBER # [REQUIRED] You can set the starting position to one of the following values. Valid values are: AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, TRIM_HORIZON, LATEST, AT_TIMESTAMP.\n\
         \x20 SequenceNumber: '' # The sequence number of the data record in the shard from which to start streaming.\n\
         \x20 Timestamp: '1970-01-01T00:00:00' # The time stamp of the data record from which to start reading.\n\
         DryRun: true # Checks if your request will succeed.\n"
    );
    // Lists of structures and maps, as YAML reads them back: the JSON skeleton (blobs as '').
    for command in ["put-records", "add-tags-to-stream", "list-shards", "create-stream"] {
        let yaml = env.ok(&[command, "--generate-cli-skeleton", "yaml-input"]);
        let mut json = env.json(&[command, "--generate-cli-skeleton"]);
        if let Some(data) = json.pointer_mut("/Records/0/Data") {
            *data = json!("");
        }
        let read: Value = serde_norway::from_str(&yaml).unwrap();
        assert_eq!(read, json, "{command}:\n{yaml}");
    }
}

#[test]
fn output_skeleton_checks_the_command_line_and_prints_through_the_formats() {
    let env = Env::new();
    let line = env.fails(&["describe-stream-summary", "--generate-cli-skeleton", "output"], 252);
    assert!(line.contains("--stream-name"), "{line}");
    assert_eq!(
        env.ok(&[
            "describe-stream-summary",
            "--stream-name",
            "s",
            "--generate-cli-skeleton",
            "output",
            "--query",
            "StreamDescriptionSummary.[StreamStatus, OpenShardCount, MaxRecordSizeInKiB]",
            "--output",
            "text",
        ]),
        "StreamStatus\t0\t1024\n"
    );
    // The command's own checks come first; an action that answers nothing prints nothing.
    let line = env.fails(
        &[
            "create-stream",
            "--stream-name",
            "s",
            "--shard-count",
            "0",
            "--generate-cli-skeleton",
            "output",
        ],
        252,
    );
    assert!(line.contains("ShardCount"), "{line}");
    assert_eq!(
        env.ok(&[
            "create-stream",
            "--stream-name",
            "s",
            "--shard-count",
            "1",
            "--generate-cli-skeleton",
            "output"
        ]),
        ""
    );
    assert!(!env.data_dir().exists());
    assert_eq!(
        env.fails(&["list-streams", "--generate-cli-skeleton", "bogus"], 252),
        "kinesis: UsageError: invalid value 'bogus' for '--generate-cli-skeleton' [possible values: input, yaml-input, output] (see --help)"
    );
}

#[test]
fn cli_input_json_fills_in_flags_and_the_command_line_wins() {
    let env = Env::new();
    env.ok(&[
        "create-stream",
        "--cli-input-json",
        r#"{"StreamName": "from-json", "ShardCount": 2, "Tags": {"team": "data"}}"#,
    ]);
    assert_eq!(
        env.ok(&["list-tags-for-stream", "--stream-name", "from-json", "--output", "text"]),
        "False\nTAGS\tteam\tdata\n"
    );
    // The flag beats the document's member.
    assert_eq!(
        env.ok(&[
            "describe-stream-summary",
            "--cli-input-json",
            r#"{"StreamName": "nope"}"#,
            "--stream-name",
            "from-json",
            "--query",
            "StreamDescriptionSummary.OpenShardCount",
        ]),
        "2\n"
    );
    // Lists of strings (each value as typed, even one that looks like a flag), booleans, and
    // a file.
    assert_eq!(
        env.ok(&[
            "enable-enhanced-monitoring",
            "--cli-input-json",
            r#"{"StreamName": "from-json", "ShardLevelMetrics": ["IncomingBytes", "OutgoingBytes"]}"#,
            "--query",
            "DesiredShardLevelMetrics",
            "--output",
            "text",
        ]),
        "IncomingBytes\tOutgoingBytes\n"
    );
    let line = env.fails(
        &[
            "enable-enhanced-monitoring",
            "--cli-input-json",
            r#"{"StreamName": "from-json", "ShardLevelMetrics": ["-odd"]}"#,
        ],
        254,
    );
    assert!(line.contains("Value '[-odd]' at 'shardLevelMetrics'"), "{line}");
    let file = env.data_dir().with_extension("json");
    std::fs::write(&file, r#"{"StreamName": "from-json", "EnforceConsumerDeletion": false}"#)
        .unwrap();
    env.ok(&["delete-stream", "--cli-input-json", &format!("file://{}", file.display())]);
    assert_eq!(env.ok(&["list-streams", "--query", "StreamNames", "--output", "text"]), "");
}

#[test]
fn cli_input_yaml_puts_records_read_back_as_sent() {
    let env = Env::new();
    env.create("yaml", 1);
    let file = env.data_dir().with_extension("yaml");
    std::fs::write(
        &file,
        "StreamName: yaml\nRecords:\n- Data: 'hello: world'\n  PartitionKey: k1\n- Data: second\n  PartitionKey: k2\n",
    )
    .unwrap();
    let put = env.json(&["put-records", "--cli-input-yaml", &format!("file://{}", file.display())]);
    assert_eq!(put["FailedRecordCount"], 0);
    assert_eq!(env.ok(&["read", "--stream-name", "yaml"]), "hello: world\nsecond\n");
}

#[test]
fn bad_input_documents_are_one_line_errors() {
    let env = Env::new();
    let cases: [(&[&str], &str); 6] = [
        (
            &["delete-stream", "--cli-input-json", r#"{"StreamName": "s", "Bogus": 1}"#],
            "kinesis: ParamValidation: Parameter validation failed: Unknown parameter in input: \"Bogus\", must be one of: StreamName, EnforceConsumerDeletion, StreamARN, StreamId",
        ),
        (
            &["delete-stream", "--cli-input-json", r#"{"StreamName": "s", "StreamId": "x"}"#],
            "kinesis: ParamValidation: Parameter validation failed: StreamId (from the input document) is not supported by kinesis yet; remove it",
        ),
        (
            &["delete-stream", "--cli-input-json", r#"{"StreamName": "#],
            "kinesis: ParamValidation: Error parsing parameter 'cli-input-json': Invalid JSON: EOF while parsing a value at line 1 column 15",
        ),
        (
            &["delete-stream", "--cli-input-json", "[1]"],
            "kinesis: ParamValidation: Error parsing parameter 'cli-input-json': expected an object of the request's members",
        ),
        (
            &["delete-stream", "--cli-input-json", "{}", "--cli-input-yaml", "{}"],
            "kinesis: ParamValidation: --cli-input-json and --cli-input-yaml cannot both be given",
        ),
        (
            &["read", "--cli-input-json", "{}"],
            "kinesis: UsageError: unexpected argument '--cli-input-json' found (see --help)",
        ),
    ];
    for (args, line) in cases {
        assert_eq!(env.fails(args, 252), line, "{args:?}");
    }
    assert!(!env.data_dir().exists());
}
