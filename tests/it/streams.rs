//! Stream commands on the embedded engine: create, describe, list, list-shards, delete,
//! limits; the seed's lines with `aws ` dropped, and paging as aws-cli pages.

use serde_json::json;

use crate::helpers::{Env, redact};

const SEED_DESCRIBE: &str = r#"{
    "StreamDescription": {
        "Shards": [
            {
                "ShardId": "shardId-000000000000",
                "HashKeyRange": {
                    "StartingHashKey": "0",
                    "EndingHashKey": "85070591730234615865843651857942052863"
                },
                "SequenceNumberRange": {
                    "StartingSequenceNumber": "<SEQ>"
                }
            },
            {
                "ShardId": "shardId-000000000001",
                "HashKeyRange": {
                    "StartingHashKey": "85070591730234615865843651857942052864",
                    "EndingHashKey": "170141183460469231731687303715884105727"
                },
                "SequenceNumberRange": {
                    "StartingSequenceNumber": "<SEQ>"
                }
            },
            {
                "ShardId": "shardId-000000000002",
                "HashKeyRange": {
                    "StartingHashKey": "170141183460469231731687303715884105728",
                    "EndingHashKey": "255211775190703847597530955573826158591"
                },
                "SequenceNumberRange": {
                    "StartingSequenceNumber": "<SEQ>"
                }
            },
            {
                "ShardId": "shardId-000000000003",
                "HashKeyRange": {
                    "StartingHashKey": "255211775190703847597530955573826158592",
                    "EndingHashKey": "340282366920938463463374607431768211455"
                },
                "SequenceNumberRange": {
                    "StartingSequenceNumber": "<SEQ>"
                }
            }
        ],
        "StreamARN": "arn:aws:kinesis:us-east-1:000000000000:stream/family",
        "StreamName": "family",
        "StreamStatus": "ACTIVE",
        "RetentionPeriodHours": 24,
        "EnhancedMonitoring": [
            {
                "ShardLevelMetrics": []
            }
        ],
        "EncryptionType": "NONE",
        "KeyId": null,
        "StreamCreationTimestamp": "<TIME>"
    }
}
"#;

const SEED_DESCRIBE_TEXT: &str = "\
STREAMDESCRIPTION\tNONE\tNone\t24\tarn:aws:kinesis:us-east-1:000000000000:stream/family\t<TIME>\tfamily\tACTIVE
SHARDS\tshardId-000000000000
HASHKEYRANGE\t85070591730234615865843651857942052863\t0
SEQUENCENUMBERRANGE\t<SEQ>
SHARDS\tshardId-000000000001
HASHKEYRANGE\t170141183460469231731687303715884105727\t85070591730234615865843651857942052864
SEQUENCENUMBERRANGE\t<SEQ>
SHARDS\tshardId-000000000002
HASHKEYRANGE\t255211775190703847597530955573826158591\t170141183460469231731687303715884105728
SEQUENCENUMBERRANGE\t<SEQ>
SHARDS\tshardId-000000000003
HASHKEYRANGE\t340282366920938463463374607431768211455\t255211775190703847597530955573826158592
SEQUENCENUMBERRANGE\t<SEQ>
";

#[test]
fn seed_create_stream_prints_nothing() {
    let env = Env::new();
    assert_eq!(env.ok(&["create-stream", "--stream-name", "family", "--shard-count", "4"]), "");
}

#[test]
fn seed_describe_stream_json_is_aws_clis() {
    let env = Env::new();
    env.create("family", 4);
    assert_eq!(redact(&env.ok(&["describe-stream", "--stream-name", "family"])), SEED_DESCRIBE);
}

#[test]
fn seed_describe_stream_text_is_aws_clis() {
    let env = Env::new();
    env.create("family", 4);
    let text = env.ok(&["describe-stream", "--stream-name", "family", "--output", "text"]);
    assert_eq!(redact(&text), SEED_DESCRIBE_TEXT);
}

#[test]
fn seed_list_streams_in_json_and_text() {
    let env = Env::new();
    env.create("family", 4);
    let out = env.ok(&["list-streams"]);
    assert_eq!(
        redact(&out),
        r#"{
    "StreamNames": [
        "family"
    ],
    "StreamSummaries": [
        {
            "StreamName": "family",
            "StreamARN": "arn:aws:kinesis:us-east-1:000000000000:stream/family",
            "StreamStatus": "ACTIVE",
            "StreamModeDetails": {
                "StreamMode": "PROVISIONED"
            },
            "StreamCreationTimestamp": "<TIME>"
        }
    ]
}
"#
    );
    let text = env.ok(&["list-streams", "--output", "text"]);
    assert_eq!(
        redact(&text),
        "STREAMNAMES\tfamily\n\
         STREAMSUMMARIES\tarn:aws:kinesis:us-east-1:000000000000:stream/family\t<TIME>\tfamily\tACTIVE\n\
         STREAMMODEDETAILS\tPROVISIONED\n"
    );
}

#[test]
fn sequence_numbers_are_56_digits_and_increase_by_shard() {
    let env = Env::new();
    env.create("s", 3);
    let v = env.json(&[
        "describe-stream",
        "--stream-name",
        "s",
        "--query",
        "StreamDescription.Shards[].SequenceNumberRange.StartingSequenceNumber",
    ]);
    let seqs: Vec<&str> = v.as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
    assert_eq!(seqs.len(), 3);
    assert!(seqs.iter().all(|s| s.len() == 56 && s.bytes().all(|b| b.is_ascii_digit())));
    assert!(seqs.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn describe_stream_one_page_keeps_the_paging_members() {
    let env = Env::new();
    env.create("s", 5);
    let page = env.json(&["describe-stream", "--stream-name", "s", "--limit", "2"]);
    let d = &page["StreamDescription"];
    assert_eq!(d["HasMoreShards"], json!(true));
    assert_eq!(d["StreamModeDetails"], json!({"StreamMode": "PROVISIONED"}));
    let ids: Vec<&str> =
        d["Shards"].as_array().unwrap().iter().map(|s| s["ShardId"].as_str().unwrap()).collect();
    assert_eq!(ids, ["shardId-000000000000", "shardId-000000000001"]);
    let rest = env.json(&[
        "describe-stream",
        "--stream-name",
        "s",
        "--exclusive-start-shard-id",
        "shardId-000000000001",
    ]);
    let d = &rest["StreamDescription"];
    assert_eq!(d["HasMoreShards"], json!(false));
    assert_eq!(d["Shards"].as_array().unwrap().len(), 3);
    assert_eq!(d["Shards"][0]["ShardId"], "shardId-000000000002");
}

#[test]
fn describe_stream_follows_every_page() {
    let env = Env::new();
    env.create("wide", 250);
    let ids = env.ok(&["describe-stream", "--stream-name", "wide", "--output", "raw"]);
    let ids: Vec<&str> = ids.lines().collect();
    assert_eq!(ids.len(), 250);
    assert_eq!(ids[249], "shardId-000000000249");
    let last_end = env.ok(&[
        "describe-stream",
        "--stream-name",
        "wide",
        "--output",
        "text",
        "--query",
        "StreamDescription.Shards[-1].HashKeyRange.EndingHashKey",
    ]);
    assert_eq!(last_end, "340282366920938463463374607431768211455\n");
}

#[test]
fn describe_stream_by_arn() {
    let env = Env::new();
    env.create("family", 1);
    let arn = "arn:aws:kinesis:us-east-1:000000000000:stream/family";
    let name = env.ok(&[
        "describe-stream",
        "--stream-arn",
        arn,
        "--query",
        "StreamDescription.StreamName",
        "--output",
        "text",
    ]);
    assert_eq!(name, "family\n");
    let wrong_region = "arn:aws:kinesis:eu-west-1:000000000000:stream/family";
    let e = env.fails(&["describe-stream", "--stream-arn", wrong_region], 254);
    assert!(e.starts_with("kinesis: ResourceNotFoundException: "), "{e}");
}

#[test]
fn region_names_the_arn() {
    let env = Env::new();
    env.ok(&["create-stream", "--stream-name", "r", "--shard-count", "1", "--region", "eu-west-2"]);
    let arn = env.ok(&[
        "describe-stream-summary",
        "--stream-name",
        "r",
        "--query",
        "StreamDescriptionSummary.StreamARN",
        "--output",
        "text",
    ]);
    assert_eq!(arn, "arn:aws:kinesis:eu-west-2:000000000000:stream/r\n");
}

#[test]
fn describe_stream_summary_shape() {
    let env = Env::new();
    env.create("family", 4);
    let v = env.json(&["describe-stream-summary", "--stream-name", "family"]);
    let s = &v["StreamDescriptionSummary"];
    let keys: Vec<&String> = s.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "StreamName",
            "StreamARN",
            "StreamStatus",
            "StreamModeDetails",
            "RetentionPeriodHours",
            "StreamCreationTimestamp",
            "EnhancedMonitoring",
            "EncryptionType",
            "OpenShardCount",
            "ConsumerCount",
            "MaxRecordSizeInKiB",
            "RecordDistributionStrategy",
            "QueueCount",
        ]
    );
    assert_eq!(s["OpenShardCount"], 4);
    assert_eq!(s["RetentionPeriodHours"], 24);
    assert_eq!(s["EncryptionType"], "NONE");
    assert_eq!(s["EnhancedMonitoring"], json!([{"ShardLevelMetrics": []}]));
}

#[test]
fn on_demand_streams_get_four_shards() {
    let env = Env::new();
    env.ok(&[
        "create-stream",
        "--stream-name",
        "od",
        "--stream-mode-details",
        "StreamMode=ON_DEMAND",
    ]);
    let v = env.json(&["describe-stream-summary", "--stream-name", "od"]);
    assert_eq!(v["StreamDescriptionSummary"]["StreamModeDetails"]["StreamMode"], "ON_DEMAND");
    assert_eq!(v["StreamDescriptionSummary"]["OpenShardCount"], 4);
    assert_eq!(env.json(&["describe-limits"])["OnDemandStreamCount"], 1);
}

#[test]
fn list_streams_pages_on_request_and_merges_otherwise() {
    let env = Env::new();
    for name in ["c", "a", "b"] {
        env.create(name, 1);
    }
    assert_eq!(env.ok(&["list-streams", "--output", "raw"]), "a\nb\nc\n");
    let page = env.json(&["list-streams", "--limit", "2"]);
    assert_eq!(page["StreamNames"], json!(["a", "b"]));
    assert_eq!(page["HasMoreStreams"], json!(true));
    let token = page["NextToken"].as_str().unwrap();
    let rest = env.json(&["list-streams", "--next-token", token]);
    assert_eq!(rest["StreamNames"], json!(["c"]));
    assert_eq!(rest["HasMoreStreams"], json!(false));
    assert!(rest.get("NextToken").is_none());
    let after = env.json(&["list-streams", "--exclusive-start-stream-name", "a"]);
    assert_eq!(after["StreamNames"], json!(["b", "c"]));
}

#[test]
fn list_streams_follows_every_page() {
    let env = Env::new();
    // More than one default page (100) of streams.
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let engine = kinesis::engine::Engine::open(&env.data_dir(), Default::default()).unwrap();
    rt.block_on(async {
        for i in 0..130 {
            crate::helpers::create_in(&engine, &format!("s{i:03}"), 1).await;
        }
    });
    let names = env.ok(&["list-streams", "--output", "raw"]);
    assert_eq!(names.lines().count(), 130);
    assert_eq!(names.lines().last(), Some("s129"));
    let first_page = env.json(&["list-streams", "--no-paginate"]);
    assert_eq!(first_page["StreamNames"].as_array().unwrap().len(), 100);
    assert_eq!(first_page["HasMoreStreams"], json!(true));
}

#[test]
fn list_shards_pages_and_filters() {
    let env = Env::new();
    env.create("s", 5);
    let all = env.ok(&["list-shards", "--stream-name", "s", "--output", "raw"]);
    assert_eq!(all.lines().count(), 5);
    let page = env.json(&["list-shards", "--stream-name", "s", "--max-results", "2"]);
    assert_eq!(page["Shards"].as_array().unwrap().len(), 2);
    let token = page["NextToken"].as_str().unwrap().to_string();
    let next = env.json(&["list-shards", "--next-token", &token, "--max-results", "2"]);
    assert_eq!(next["Shards"][0]["ShardId"], "shardId-000000000002");
    let after = env.ok(&[
        "list-shards",
        "--stream-name",
        "s",
        "--shard-filter",
        "Type=AFTER_SHARD_ID,ShardId=shardId-000000000002",
        "--output",
        "raw",
    ]);
    assert_eq!(after, "shardId-000000000003\nshardId-000000000004\n");
    for filter in [
        "Type=AT_LATEST",
        "Type=AT_TRIM_HORIZON",
        "Type=FROM_TRIM_HORIZON",
        r#"{"Type": "AT_LATEST"}"#,
    ] {
        let ids = env.ok(&[
            "list-shards",
            "--stream-name",
            "s",
            "--shard-filter",
            filter,
            "--output",
            "raw",
        ]);
        assert_eq!(ids.lines().count(), 5, "{filter}");
    }
    let ids = env.ok(&[
        "list-shards",
        "--stream-name",
        "s",
        "--shard-filter",
        "Type=AT_TIMESTAMP,Timestamp=2001-01-01T00:00:00Z",
        "--output",
        "raw",
    ]);
    assert_eq!(ids.lines().count(), 5);
}

#[test]
fn list_shards_token_excludes_stream_name() {
    let env = Env::new();
    env.create("s", 3);
    let page = env.json(&["list-shards", "--stream-name", "s", "--max-results", "1"]);
    let token = page["NextToken"].as_str().unwrap();
    let e = env.fails(&["list-shards", "--stream-name", "s", "--next-token", token], 254);
    assert_eq!(
        e,
        "kinesis: InvalidArgumentException: NextToken and StreamName cannot be provided together."
    );
    let e = env.fails(&["list-shards"], 254);
    assert_eq!(
        e,
        "kinesis: InvalidArgumentException: Either NextToken or StreamName should be provided."
    );
    let e = env.fails(&["list-shards", "--next-token", "bm9wZQ=="], 254);
    assert!(e.starts_with("kinesis: InvalidArgumentException: Invalid NextToken"), "{e}");
}

#[test]
fn delete_stream_removes_it() {
    let env = Env::new();
    env.create("family", 2);
    assert_eq!(env.ok(&["delete-stream", "--stream-name", "family"]), "");
    assert_eq!(env.json(&["list-streams"]), json!({"StreamNames": [], "StreamSummaries": []}));
    let e = env.fails(&["describe-stream", "--stream-name", "family"], 254);
    assert_eq!(
        e,
        "kinesis: ResourceNotFoundException: Stream family under account 000000000000 not found."
    );
    // The name can be used again, and the new stream starts afresh.
    env.create("family", 1);
    assert_eq!(
        env.json(&["describe-stream-summary", "--stream-name", "family"])["StreamDescriptionSummary"]
            ["OpenShardCount"],
        1
    );
}

#[test]
fn describe_limits_counts_open_shards() {
    let env = Env::new();
    env.create("a", 4);
    env.create("b", 3);
    assert_eq!(
        env.json(&["describe-limits"]),
        json!({"ShardLimit": 500, "OpenShardCount": 7, "OnDemandStreamCount": 0, "OnDemandStreamCountLimit": 50})
    );
    let limited = env
        .cmd()
        .env("KINESIS_SHARD_LIMIT", "10")
        .args(["describe-limits", "--output", "raw"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&limited.stdout), "10\n");
}

#[test]
fn data_dir_is_created_private() {
    let env = Env::new();
    env.create("a", 1);
    let meta = std::fs::metadata(env.data_dir()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(meta.permissions().mode() & 0o777, 0o700);
    }
    assert!(env.data_dir().join("kinesis.db").is_file());
}

#[test]
fn two_processes_create_and_list_at_once() {
    let env = Env::new();
    env.create("seed", 1);
    let handles: Vec<_> = (0..2)
        .map(|p| {
            let dir = env.data_dir();
            std::thread::spawn(move || {
                for i in 0..25 {
                    for args in [
                        vec![
                            "create-stream".to_string(),
                            "--stream-name".into(),
                            format!("p{p}-{i}"),
                            "--shard-count".into(),
                            "2".into(),
                        ],
                        vec!["list-streams".into(), "--output".into(), "raw".into()],
                    ] {
                        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kinesis"))
                            .env("KINESIS_DATA_DIR", &dir)
                            .args(&args)
                            .output()
                            .unwrap();
                        assert!(
                            out.status.success(),
                            "{args:?}: {}",
                            String::from_utf8_lossy(&out.stderr)
                        );
                        assert!(out.stderr.is_empty());
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(env.ok(&["list-streams", "--output", "raw"]).lines().count(), 51);
    assert_eq!(env.json(&["describe-limits"])["OpenShardCount"], 101);
}

#[test]
fn max_items_and_starting_token_page_a_listing_as_aws_cli_does() {
    let env = Env::new();
    env.create("s", 7);
    let all = env.ok(&["list-shards", "--stream-name", "s", "--output", "raw"]);
    let page = |extra: &[&str]| {
        let out = env.json(&[&["list-shards", "--stream-name", "s"][..], extra].concat());
        let ids: Vec<String> = out["Shards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["ShardId"].as_str().unwrap().to_string())
            .collect();
        (ids, out["NextToken"].as_str().map(str::to_string))
    };
    let (first, token) = page(&["--max-items", "3", "--page-size", "2"]);
    let token = token.expect("a NextToken");
    let (second, token) =
        page(&["--max-items", "3", "--page-size", "2", "--starting-token", &token]);
    let (rest, end) = page(&["--starting-token", &token.expect("another NextToken")]);
    assert_eq!(end, None);
    assert_eq!((first.len(), second.len(), rest.len()), (3, 3, 1));
    assert_eq!([first, second, rest].concat().join("\n") + "\n", all);
    env.fails(&["list-shards", "--stream-name", "s", "--starting-token", "nope!"], 252);
    env.fails(&["list-shards", "--stream-name", "s", "--max-items", "0"], 252);
    env.fails(
        &["list-shards", "--stream-name", "s", "--max-results", "2", "--page-size", "2"],
        252,
    );
}

#[test]
fn list_streams_and_describe_stream_page_with_max_items() {
    let env = Env::new();
    for name in ["a", "b", "c", "d", "e"] {
        env.create(name, 1);
    }
    env.create("wide", 5);
    let names = env.json(&["list-streams", "--max-items", "4", "--page-size", "3"]);
    assert_eq!(names["StreamNames"], serde_json::json!(["a", "b", "c", "d"]));
    assert_eq!(names["StreamSummaries"].as_array().map(Vec::len), Some(4));
    let token = names["NextToken"].as_str().expect("a NextToken");
    let rest = env.json(&["list-streams", "--starting-token", token]);
    assert_eq!(rest["StreamNames"], serde_json::json!(["e", "wide"]));
    assert!(rest.get("NextToken").is_none());
    let two = env.json(&[
        "describe-stream",
        "--stream-name",
        "wide",
        "--max-items",
        "2",
        "--page-size",
        "1",
    ]);
    assert_eq!(two["StreamDescription"]["Shards"].as_array().map(Vec::len), Some(2));
    assert_eq!(two["StreamDescription"]["StreamName"], "wide");
    let token = two["NextToken"].as_str().expect("a NextToken");
    let rest = env.json(&["describe-stream", "--stream-name", "wide", "--starting-token", token]);
    let ids: Vec<&str> = rest["StreamDescription"]["Shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["ShardId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["shardId-000000000002", "shardId-000000000003", "shardId-000000000004"]);
}
