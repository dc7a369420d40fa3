//! Resharding: split (at the midpoint or a given key), merge, update-shard-count, lineage,
//! and reading across parents and children.

use serde_json::{Value, json};

use crate::helpers::Env;

fn shards(env: &Env, name: &str) -> Vec<Value> {
    env.json(&["list-shards", "--stream-name", name])["Shards"].as_array().unwrap().clone()
}

fn range(s: &Value) -> (u128, u128) {
    let r = &s["HashKeyRange"];
    (
        r["StartingHashKey"].as_str().unwrap().parse().unwrap(),
        r["EndingHashKey"].as_str().unwrap().parse().unwrap(),
    )
}

#[test]
fn midpoint_split_of_each_seed_shard_gives_equal_children() {
    let env = Env::new();
    env.create("family", 4);
    for i in 0..4 {
        let parent = format!("shardId-00000000000{i}");
        let out =
            env.json(&["split-shard", "--stream-name", "family", "--shard-to-split", &parent]);
        let children = out["ChildShards"].as_array().unwrap();
        assert_eq!(children.len(), 2);
        let (a, b) = (range(&children[0]), range(&children[1]));
        assert_eq!(a.1 + 1, b.0);
        assert_eq!(a.1 - a.0, b.1 - b.0, "children of {parent} differ in size");
        assert_eq!(out["NewStartingHashKey"], b.0.to_string());
    }
    let first = env.json(&[
        "describe-stream",
        "--stream-name",
        "family",
        "--query",
        "StreamDescription.Shards[?ShardId=='shardId-000000000004'] | [0]",
    ]);
    assert_eq!(first["HashKeyRange"]["EndingHashKey"], "42535295865117307932921825928971026431");
    assert_eq!(first["ParentShardId"], "shardId-000000000000");
    let open = env.ok(&[
        "list-shards",
        "--stream-name",
        "family",
        "--shard-filter",
        "Type=AT_LATEST",
        "--output",
        "raw",
    ]);
    assert_eq!(open.lines().count(), 8);
}

#[test]
fn the_seeds_explicit_key_is_honoured() {
    let env = Env::new();
    env.create("family", 4);
    let out = env.ok(&[
        "split-shard",
        "--stream-name",
        "family",
        "--shard-to-split",
        "shardId-000000000000",
        "--new-starting-hash-key",
        "42535295865117307932921825928971026431",
        "--output",
        "text",
    ]);
    assert_eq!(
        out,
        "42535295865117307932921825928971026431\tshardId-000000000000\n\
         CHILDSHARDS\tshardId-000000000004\n\
         HASHKEYRANGE\t42535295865117307932921825928971026430\t0\n\
         CHILDSHARDS\tshardId-000000000005\n\
         HASHKEYRANGE\t85070591730234615865843651857942052863\t42535295865117307932921825928971026431\n"
    );
    let parent = env.json(&[
        "describe-stream",
        "--stream-name",
        "family",
        "--query",
        "StreamDescription.Shards[0].SequenceNumberRange",
    ]);
    assert!(
        parent["EndingSequenceNumber"].as_str().unwrap()
            > parent["StartingSequenceNumber"].as_str().unwrap()
    );
}

#[test]
fn splitting_the_full_range_at_the_top_edge() {
    let env = Env::new();
    env.create("one", 1);
    let out = env.json(&[
        "split-shard",
        "--stream-name",
        "one",
        "--shard-to-split",
        "shardId-000000000000",
    ]);
    assert_eq!(out["NewStartingHashKey"], (1u128 << 127).to_string());
    assert_eq!(out["ChildShards"][1]["HashKeyRange"]["EndingHashKey"], u128::MAX.to_string());
    // Keep halving the top shard: the arithmetic holds up to 2^128 − 1.
    let mut top = "shardId-000000000002".to_string();
    for _ in 0..5 {
        let out = env.json(&["split-shard", "--stream-name", "one", "--shard-to-split", &top]);
        let c = out["ChildShards"].as_array().unwrap();
        let (a, b) = (range(&c[0]), range(&c[1]));
        assert_eq!(b.1, u128::MAX);
        assert_eq!(a.1 - a.0, b.1 - b.0);
        top = c[1]["ShardId"].as_str().unwrap().to_string();
    }
    env.ok(&[
        "split-shard",
        "--stream-name",
        "one",
        "--shard-to-split",
        &top,
        "--new-starting-hash-key",
        &(u128::MAX - 1).to_string(),
    ]);
}

#[test]
fn records_before_and_after_a_split_read_in_order() {
    let env = Env::new();
    env.create("s", 1);
    for i in 0..5 {
        env.ok(&[
            "put-record",
            "--stream-name",
            "s",
            "--partition-key",
            "k",
            "--data",
            &format!("before{i}"),
        ]);
    }
    env.ok(&["split-shard", "--stream-name", "s", "--shard-to-split", "shardId-000000000000"]);
    for i in 0..5 {
        env.ok(&[
            "put-record",
            "--stream-name",
            "s",
            "--partition-key",
            "k",
            "--data",
            &format!("after{i}"),
        ]);
    }
    env.ok(&[
        "merge-shards",
        "--stream-name",
        "s",
        "--shard-to-merge",
        "shardId-000000000002",
        "--adjacent-shard-to-merge",
        "shardId-000000000001",
    ]);
    for i in 0..5 {
        env.ok(&[
            "put-record",
            "--stream-name",
            "s",
            "--partition-key",
            "k",
            "--data",
            &format!("merged{i}"),
        ]);
    }
    let expected: Vec<String> = ["before", "after", "merged"]
        .iter()
        .flat_map(|p| (0..5).map(move |i| format!("{p}{i}")))
        .collect();
    assert_eq!(env.ok(&["read", "--stream-name", "s"]).lines().collect::<Vec<_>>(), expected);
    // The parent's records are still readable, and its end names the children.
    let it = env.ok(&[
        "get-shard-iterator",
        "--stream-name",
        "s",
        "--shard-id",
        "shardId-000000000000",
        "--shard-iterator-type",
        "TRIM_HORIZON",
        "--output",
        "text",
    ]);
    let page = env.json(&["get-records", "--shard-iterator", it.trim_end()]);
    assert_eq!(page["Records"].as_array().unwrap().len(), 5);
    assert!(page.get("NextShardIterator").is_none());
    let children: Vec<&str> = page["ChildShards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["ShardId"].as_str().unwrap())
        .collect();
    assert_eq!(children, ["shardId-000000000001", "shardId-000000000002"]);
    assert_eq!(page["ChildShards"][0]["ParentShards"], json!(["shardId-000000000000"]));
    let merged = &shards(&env, "s")[3];
    assert_eq!(merged["ParentShardId"], "shardId-000000000002");
    assert_eq!(merged["AdjacentParentShardId"], "shardId-000000000001");
    assert_eq!(range(merged), (0, u128::MAX));
    let closed = env.ok(&[
        "list-shards",
        "--stream-name",
        "s",
        "--shard-filter",
        "Type=AT_LATEST",
        "--output",
        "raw",
    ]);
    assert_eq!(closed, "shardId-000000000003\n");
}

#[test]
fn update_shard_count_scales_uniformly() {
    let env = Env::new();
    env.create("s", 4);
    for (target, expect) in [(3, 3), (6, 6), (3, 3), (2, 2), (4, 4)] {
        let out = env.json(&[
            "update-shard-count",
            "--stream-name",
            "s",
            "--target-shard-count",
            &target.to_string(),
            "--scaling-type",
            "UNIFORM_SCALING",
        ]);
        assert_eq!(out["TargetShardCount"], target);
        let open: Vec<Value> = env.json(&[
            "list-shards",
            "--stream-name",
            "s",
            "--shard-filter",
            "Type=AT_LATEST",
        ])["Shards"]
            .as_array()
            .unwrap()
            .clone();
        assert_eq!(open.len(), expect);
        let mut ranges: Vec<(u128, u128)> = open.iter().map(range).collect();
        ranges.sort();
        let even: Vec<(u128, u128)> = kinesis::model::HashKeyRange::even_split(target)
            .iter()
            .map(|r| (r.start, r.end))
            .collect();
        assert_eq!(ranges, even);
        // Every new shard has at most two parents.
        assert!(open.iter().all(|s| s.get("ParentShardId").is_some()));
    }
    env.ok(&[
        "put-record",
        "--stream-name",
        "s",
        "--partition-key",
        "k",
        "--data",
        "still writable",
    ]);
    assert_eq!(env.ok(&["read", "--stream-name", "s"]), "still writable\n");
}

#[test]
fn bad_reshards_change_nothing() {
    let env = Env::new();
    env.create("s", 4);
    env.ok(&["split-shard", "--stream-name", "s", "--shard-to-split", "shardId-000000000003"]);
    let before = env.snapshot();
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec!["split-shard", "--stream-name", "s", "--shard-to-split", "shardId-000000000003"],
            254,
            "ResourceInUseException: Shard shardId-000000000003 in stream s under account 000000000000 has already been merged or split",
        ),
        (
            vec![
                "split-shard",
                "--stream-name",
                "s",
                "--shard-to-split",
                "shardId-000000000000",
                "--new-starting-hash-key",
                "0",
            ],
            254,
            "InvalidArgumentException: NewStartingHashKey 0 used in SplitShard() on shard shardId-000000000000",
        ),
        (
            vec![
                "split-shard",
                "--stream-name",
                "s",
                "--shard-to-split",
                "shardId-000000000000",
                "--new-starting-hash-key",
                "85070591730234615865843651857942052863",
            ],
            254,
            "InvalidArgumentException: NewStartingHashKey",
        ),
        (
            vec![
                "split-shard",
                "--stream-name",
                "s",
                "--shard-to-split",
                "shardId-000000000000",
                "--new-starting-hash-key",
                "340282366920938463463374607431768211456",
            ],
            254,
            "InvalidArgumentException: NewStartingHashKey",
        ),
        (
            vec![
                "split-shard",
                "--stream-name",
                "s",
                "--shard-to-split",
                "shardId-000000000000",
                "--new-starting-hash-key",
                "-5",
            ],
            254,
            "ValidationException: ",
        ),
        (
            vec!["split-shard", "--stream-name", "s", "--shard-to-split", "shardId-000000000099"],
            254,
            "ResourceNotFoundException: ",
        ),
        (
            vec![
                "merge-shards",
                "--stream-name",
                "s",
                "--shard-to-merge",
                "shardId-000000000000",
                "--adjacent-shard-to-merge",
                "shardId-000000000002",
            ],
            254,
            "InvalidArgumentException: Shards shardId-000000000000 and shardId-000000000002 in stream s under account 000000000000 are not an adjacent pair of shards eligible for merging",
        ),
        (
            vec![
                "merge-shards",
                "--stream-name",
                "s",
                "--shard-to-merge",
                "shardId-000000000001",
                "--adjacent-shard-to-merge",
                "shardId-000000000001",
            ],
            254,
            "InvalidArgumentException: Shards shardId-000000000001 and shardId-000000000001",
        ),
        (
            vec![
                "merge-shards",
                "--stream-name",
                "s",
                "--shard-to-merge",
                "shardId-000000000002",
                "--adjacent-shard-to-merge",
                "shardId-000000000003",
            ],
            254,
            "ResourceInUseException: ",
        ),
        (
            vec![
                "merge-shards",
                "--stream-name",
                "s",
                "--shard-to-merge",
                "shardId-000000000002",
                "--adjacent-shard-to-merge",
                "shardId-000000000042",
            ],
            254,
            "ResourceNotFoundException: Could not find shard shardId-000000000042",
        ),
        (
            vec![
                "update-shard-count",
                "--stream-name",
                "s",
                "--target-shard-count",
                "11",
                "--scaling-type",
                "UNIFORM_SCALING",
            ],
            254,
            "LimitExceededException: UpdateShardCount cannot scale up over double your current open shard count. Current open shard count: 5 Target shard count: 11",
        ),
        (
            vec![
                "update-shard-count",
                "--stream-name",
                "s",
                "--target-shard-count",
                "2",
                "--scaling-type",
                "UNIFORM_SCALING",
            ],
            254,
            "LimitExceededException: UpdateShardCount cannot scale down below half",
        ),
        (
            vec![
                "update-shard-count",
                "--stream-name",
                "s",
                "--target-shard-count",
                "0",
                "--scaling-type",
                "UNIFORM_SCALING",
            ],
            252,
            "ParamValidation: ",
        ),
        (
            vec![
                "update-shard-count",
                "--stream-name",
                "s",
                "--target-shard-count",
                "4",
                "--scaling-type",
                "SOMETIMES",
            ],
            252,
            "UsageError: ",
        ),
    ];
    for (args, code, start) in cases {
        let line = env.fails(&args, code);
        assert!(line.starts_with(&format!("kinesis: {start}")), "{args:?}: {line}");
    }
    assert_eq!(env.snapshot(), before);
    // A one-key shard cannot be split, nor a shard over the shard limit.
    let tiny = Env::new();
    tiny.create("t", 1);
    tiny.ok(&[
        "split-shard",
        "--stream-name",
        "t",
        "--shard-to-split",
        "shardId-000000000000",
        "--new-starting-hash-key",
        &(u128::MAX - 1).to_string(),
    ]);
    let line = tiny.fails(
        &["split-shard", "--stream-name", "t", "--shard-to-split", "shardId-000000000002"],
        254,
    );
    assert!(line.starts_with("kinesis: InvalidArgumentException: NewStartingHashKey"), "{line}");
    let limited = tiny
        .cmd()
        .env("KINESIS_SHARD_LIMIT", "2")
        .args(["split-shard", "--stream-name", "t", "--shard-to-split", "shardId-000000000001"])
        .output()
        .unwrap();
    assert_eq!(limited.status.code(), Some(254));
    assert!(
        String::from_utf8_lossy(&limited.stderr).starts_with("kinesis: LimitExceededException: ")
    );
}
