//! Hostile input: numbers, iterators and tokens made to break the store or outlive their
//! rules. Each test names what it once broke; the store must answer as Kinesis does and be
//! left working.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use crate::helpers::{Env, Server, trim_horizon_args};

/// A sequence number of this engine's layout with `counter` in place of `seq`'s.
fn with_counter(seq: &str, counter: u128) -> String {
    format!("49{counter:030}{}", &seq[32..])
}

fn put(env: &Env, stream: &str, data: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "put-record",
        "--stream-name",
        stream,
        "--partition-key",
        "k",
        "--data",
        data,
        "--output",
        "raw",
    ];
    args.extend_from_slice(extra);
    env.ok(&args).trim_end().to_string()
}

fn put_fails(env: &Env, ordering: &str) -> String {
    env.fails(
        &[
            "put-record",
            "--stream-name",
            "s",
            "--partition-key",
            "k",
            "--data",
            "x",
            "--sequence-number-for-ordering",
            ordering,
        ],
        254,
    )
}

#[test]
fn a_future_sequence_number_for_ordering_is_refused_and_changes_nothing() {
    let env = Env::new();
    env.create("s", 1);
    let first = put(&env, "s", "one", &[]);
    let too_big = "49000000000018446744073709551615000000000000000000000001";
    assert_eq!(
        put_fails(&env, too_big),
        format!(
            "kinesis: InvalidArgumentException: ExclusiveMinimumSequenceNumber {too_big} used in \
             PutRecord on stream s under account 000000000000 is invalid."
        )
    );
    // Within the store's integers but not handed out yet: just as invalid.
    let ahead = with_counter(&first, (1 << 63) - 1);
    assert!(put_fails(&env, &ahead).contains("is invalid."));
    let second = put(&env, "s", "two", &["--sequence-number-for-ordering", &first]);
    assert!(second > first, "{second} after {first}");
    let third = env.ok(&[
        "put-records",
        "--stream-name",
        "s",
        "--records",
        "Data=three,PartitionKey=k",
        "Data=four,PartitionKey=k",
        "--query",
        "Records[].SequenceNumber",
        "--output",
        "raw",
    ]);
    let numbers: Vec<&str> = third.lines().collect();
    assert!(numbers[0] > second.as_str() && numbers[1] > numbers[0], "{numbers:?}");
    assert_eq!(env.ok(&["read", "--stream-name", "s"]), "one\ntwo\nthree\nfour\n");
}

#[test]
fn iterators_from_out_of_range_sequence_numbers_are_invalid() {
    let env = Env::new();
    env.create("s", 2);
    let seq = put(&env, "s", "only", &["--explicit-hash-key", "0"]);
    let iterator = |kind: &str, n: &str| {
        vec![
            "get-shard-iterator".to_string(),
            "--stream-name".into(),
            "s".into(),
            "--shard-id".into(),
            "shardId-000000000000".into(),
            "--shard-iterator-type".into(),
            kind.into(),
            "--starting-sequence-number".into(),
            n.into(),
        ]
    };
    let message = |n: &str| {
        format!(
            "kinesis: InvalidArgumentException: StartingSequenceNumber {n} used in \
             GetShardIterator on shard shardId-000000000000 in stream s under account \
             000000000000 is invalid."
        )
    };
    for kind in ["AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER"] {
        for n in [
            with_counter(&seq, 1 << 63),
            with_counter(&seq, u128::from(u64::MAX)),
            with_counter(&seq, (1 << 63) - 1),
            with_counter(&seq, 0),
        ] {
            let args = iterator(kind, &n);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            assert_eq!(env.fails(&args, 254), message(&n), "{kind}");
        }
    }
    // The shard's own bounds and its records are positions.
    let start = env.ok(&[
        "list-shards",
        "--stream-name",
        "s",
        "--query",
        "Shards[0].SequenceNumberRange.StartingSequenceNumber",
        "--output",
        "raw",
    ]);
    for n in [start.trim_end(), seq.as_str()] {
        let args = iterator("AT_SEQUENCE_NUMBER", n);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let it = env.ok(&[&args[..], &["--output", "raw"]].concat());
        let read = env.ok(&["get-records", "--shard-iterator", it.trim_end(), "--output", "raw"]);
        assert_eq!(read, "only\n");
    }
}

#[test]
fn forged_pagination_tokens_are_invalid() {
    let env = Env::new();
    env.create("a", 1);
    env.create("b", 1);
    let token = env.ok(&[
        "list-streams",
        "--limit",
        "1",
        "--no-paginate",
        "--query",
        "NextToken",
        "--output",
        "raw",
    ]);
    let page = env.json(&["list-streams", "--next-token", token.trim_end(), "--no-paginate"]);
    assert_eq!(page["StreamNames"], serde_json::json!(["b"]));
    let mut altered = STANDARD.decode(token.trim_end()).unwrap();
    *altered.last_mut().unwrap() ^= 1;
    // The old, unsigned format, issued far in the future so that it never expires.
    for forged in [
        STANDARD.encode("v1\n99999999999999\na"),
        STANDARD.encode("v2\n99999999999999\na"),
        STANDARD.encode(altered),
    ] {
        assert_eq!(
            env.fails(&["list-streams", "--next-token", &forged], 254),
            format!("kinesis: InvalidArgumentException: Invalid NextToken: {forged}")
        );
    }
}

#[test]
fn an_iterator_lives_as_long_as_its_issuer_said() {
    let env = Env::new();
    env.create("s", 1);
    put(&env, "s", "x", &[]);
    let server =
        Server::start(&["--data-dir", env.data_dir().to_str().unwrap(), "--iterator-ttl", "1"]);
    let remote = Env::aws(&server.endpoint);
    let it = remote.ok(&trim_horizon_args("s"));
    std::thread::sleep(std::time::Duration::from_millis(1500));
    // The CLI's own lifetime is five minutes; the server's one second still holds.
    let line = env.fails(&["get-records", "--shard-iterator", it.trim_end()], 254);
    assert!(
        line.starts_with("kinesis: ExpiredIteratorException: Iterator expired.")
            && line.ends_with("tolerated delay of 1000 milliseconds."),
        "{line}"
    );
}
