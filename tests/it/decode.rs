//! What real streams carry, read back: KPL aggregates made by an independent implementation
//! (aws-kinesis-agg), gzip'd CloudWatch Logs envelopes, zlib and zstd payloads, a
//! decompression bomb, and what each reading command shows of them.

use std::io::Write;

use crate::helpers::{Env, python};

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// Puts `bytes` as one record (its partition key `key`).
fn put_bytes(env: &Env, bytes: &[u8], key: &str) {
    let file = env.data_dir().with_file_name(format!("payload-{key}.bin"));
    std::fs::write(&file, bytes).unwrap();
    let data = format!("fileb://{}", file.display());
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", key, "--data", &data]);
}

fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn kpl_aggregates_from_aws_kinesis_agg_are_split_into_user_records() {
    let env = Env::new();
    env.create("s", 1);
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(python())
        .arg(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients/kpl_aggregate.py"),
        )
        .arg(dir.path())
        .arg("1000")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let files = String::from_utf8(out.stdout).unwrap();
    assert!(files.lines().count() > 1, "{files}");
    for line in files.lines() {
        let (path, key) = line.split_once(' ').unwrap();
        put_bytes(&env, &std::fs::read(path).unwrap(), key);
    }
    let raw = env.ok(&["read", "--stream-name", "s"]);
    let expected: Vec<String> = (0..1000).map(|i| format!("user record {i}")).collect();
    assert_eq!(raw.lines().collect::<Vec<_>>(), expected);
    let records = json_lines(&env.ok(&["read", "--stream-name", "s", "--output", "json"]));
    assert_eq!(records.len(), 1000);
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["Data"], format!("user record {i}"));
        assert_eq!(r["PartitionKey"], format!("key{}", i % 3));
        let ehk = (i % 3 == 0).then(|| i.to_string());
        assert_eq!(r["ExplicitHashKey"].as_str(), ehk.as_deref(), "{r}");
    }
    // Sub-sequence numbers count within each aggregate, as the KCL numbers them.
    assert_eq!(records[0]["SubSequenceNumber"], 0);
    assert_eq!(records[1]["SubSequenceNumber"], 1);
    // Asked for nothing, the aggregates come as they are.
    let none = env.ok(&["read", "--stream-name", "s", "--decode", "none", "--output", "json"]);
    assert_eq!(none.lines().count(), files.lines().count());
    // get-records' JSON splits them only when asked.
    let iterator = env.ok(&crate::helpers::trim_horizon_args("s")).trim().to_string();
    let page = |decode: &str| {
        env.json(&["get-records", "--shard-iterator", &iterator, "--decode", decode])["Records"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(page("auto"), files.lines().count());
    assert_eq!(page("kpl"), 1000);
    let raw_page = env.ok(&["get-records", "--shard-iterator", &iterator, "--output", "raw"]);
    assert_eq!(raw_page.lines().count(), 1000);
}

#[test]
fn cloudwatch_logs_envelopes_read_as_their_log_events() {
    let env = Env::new();
    env.create("s", 1);
    let envelope = serde_json::json!({
        "messageType": "DATA_MESSAGE",
        "owner": "123456789012",
        "logGroup": "/aws/lambda/checkout",
        "logStream": "2026/11/26/[$LATEST]0123456789abcdef",
        "subscriptionFilters": ["to-kinesis"],
        "logEvents": [
            {"id": "37000000000000000000000000000000000000000000000000000000", "timestamp": 1_795_000_000_000i64, "message": "START RequestId: 1"},
            {"id": "37000000000000000000000000000000000000000000000000000001", "timestamp": 1_795_000_000_250i64, "message": "{\"level\":\"ERROR\",\"msg\":\"card declined\"}"},
        ],
    });
    put_bytes(&env, &gzip(envelope.to_string().as_bytes()), "a");
    let control = serde_json::json!({
        "messageType": "CONTROL_MESSAGE", "owner": "CloudwatchLogs", "logGroup": "", "logStream": "",
        "subscriptionFilters": [], "logEvents": [{"id": "", "timestamp": 1_795_000_000_000i64, "message": "CWL CONTROL MESSAGE: Checking health of destination Kinesis stream."}],
    });
    put_bytes(&env, &gzip(control.to_string().as_bytes()), "b");
    let raw = env.ok(&["read", "--stream-name", "s"]);
    assert_eq!(raw, "START RequestId: 1\n{\"level\":\"ERROR\",\"msg\":\"card declined\"}\n");
    let events = json_lines(&env.ok(&["read", "--stream-name", "s", "--output", "json"]));
    assert_eq!(events[1]["LogGroup"], "/aws/lambda/checkout");
    assert_eq!(events[1]["LogStream"], "2026/11/26/[$LATEST]0123456789abcdef");
    assert_eq!(events[1]["LogEventId"], "37000000000000000000000000000000000000000000000000000001");
    assert_eq!(events[1]["LogTimestamp"], "2026-11-18T11:06:40.250000+00:00");
    let named = env.ok(&["read", "--stream-name", "s", "--decode", "cwlogs"]);
    assert_eq!(named, raw);
    // Only the JSON events that match, through a template.
    let errors = [
        "read",
        "--stream-name",
        "s",
        "--filter",
        "level == `ERROR`",
        "--format",
        "{log_time:%H:%M:%S.%f} {log_group} {data:msg}",
    ];
    assert_eq!(env.ok(&errors), "11:06:40.250 /aws/lambda/checkout card declined\n");
}

#[test]
fn compressed_payloads_are_inflated_and_a_bomb_is_a_warning() {
    let env = Env::new();
    env.create("s", 1);
    put_bytes(&env, &gzip(b"from gzip"), "g");
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(b"from zlib").unwrap();
    put_bytes(&env, &z.finish().unwrap(), "z");
    put_bytes(&env, &zstd::encode_all(&b"from zstd"[..], 3).unwrap(), "s");
    env.ok(&[
        "put-record",
        "--stream-name",
        "s",
        "--partition-key",
        "x",
        "--data",
        "x marks the spot",
    ]);
    assert_eq!(
        env.ok(&["read", "--stream-name", "s"]),
        "from gzip\nfrom zlib\nfrom zstd\nx marks the spot\n"
    );
    let bomb = gzip(&vec![b'0'; 8 * 1024 * 1024]);
    put_bytes(&env, &bomb, "bomb");
    let out = env
        .std_cmd()
        .args(["read", "--stream-name", "s", "--max-decoded", "1MiB", "--output", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.ends_with(
            "its gzip payload decompresses to more than 1048576 bytes (--max-decoded)\n"
        ) && stderr.starts_with("kinesis: warning: record 49"),
        "{stderr}"
    );
    let records = json_lines(&String::from_utf8_lossy(&out.stdout));
    assert_eq!(records.len(), 5);
    assert_eq!(records[4]["DataEncoding"], "base64");
    env.fails(&["read", "--stream-name", "s", "--max-decoded", "lots"], 252);
    // A layer asked for by name that does not apply leaves the record, with a warning.
    let out =
        env.std_cmd().args(["read", "--stream-name", "s", "--decode", "zstd"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().nth(2), Some("from zstd"));
    assert_eq!(String::from_utf8_lossy(&out.stderr).matches("not zstd data").count(), 4);
}
