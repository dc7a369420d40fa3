//! The store on disk: what it opens (and refuses), the permissions it creates, reading it
//! when it cannot be written, and readers beside a writer.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::helpers::{Env, trim_horizon_args};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn db(env: &Env) -> PathBuf {
    env.data_dir().join("kinesis.db")
}

#[test]
fn a_new_store_is_private() {
    let env = Env::new();
    env.create("s", 1);
    assert_eq!(mode(&env.data_dir()), 0o700);
    for suffix in ["", "-wal", "-shm"] {
        let file = env.data_dir().join(format!("kinesis.db{suffix}"));
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
}

#[test]
fn a_store_open_to_others_is_used_with_one_warning_and_left_as_it_is() {
    let env = Env::new();
    env.create("s", 1);
    chmod(&env.data_dir(), 0o755);
    let out = env.cmd().args(["list-streams", "--output", "raw"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "s\n");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "kinesis: warning: {} is open to other users (mode 755); `chmod 700` it to keep the \
             store private\n",
            env.data_dir().display()
        )
    );
    assert_eq!(mode(&env.data_dir()), 0o755);
}

fn run(mut cmd: std::process::Command, args: &[&str]) -> (Option<i32>, String, String) {
    let out = cmd.args(args).output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.code(), text(out.stdout), text(out.stderr))
}

#[test]
fn reading_commands_work_on_a_read_only_store() {
    let env = Env::new();
    env.create("s", 1);
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "kept"]);
    let before = std::fs::read(db(&env)).unwrap();
    let ok = |args: &[&str]| {
        let (code, out, err) = run(env.reader(), args);
        assert_eq!((code, err.as_str()), (Some(0), ""), "{args:?}");
        out
    };
    assert_eq!(ok(&["list-streams", "--output", "raw"]), "s\n");
    assert_eq!(ok(&["read", "--stream-name", "s"]), "kept\n");
    let summary = ok(&["describe-stream", "--stream-name", "s", "--output", "text"]);
    assert!(summary.starts_with("STREAMDESCRIPTION"), "{summary}");
    let iterator = ok(&trim_horizon_args("s"));
    let records = ok(&["get-records", "--shard-iterator", iterator.trim_end(), "--output", "raw"]);
    assert_eq!(records, "kept\n");
    let (code, out, err) = run(
        env.reader(),
        &["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "x"],
    );
    assert_eq!((code, out.as_str()), (Some(253), ""));
    assert_eq!(
        err,
        "kinesis: ConfigError: the store is read-only (its data dir or files cannot be written)\n"
    );
    assert_eq!(std::fs::read(db(&env)).unwrap(), before);
}

#[test]
fn a_read_only_store_without_its_wal_is_read_from_the_database() {
    let env = Env::new();
    env.create("s", 1);
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "kept"]);
    // What an older kinesis left behind: everything checkpointed, no -wal or -shm.
    let conn = rusqlite::Connection::open(db(&env)).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
    drop(conn);
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(env.data_dir().join(format!("kinesis.db{suffix}")));
    }
    let (code, out, err) = run(env.reader(), &["read", "--stream-name", "s"]);
    assert_eq!((code, out.as_str(), err.as_str()), (Some(0), "kept\n", ""));
}

/// Runs `args` and returns its output, or fails the test if it waits for more than 10 s.
fn finishes(env: &Env, args: &[&str]) -> String {
    use std::io::Read;
    let mut child = env
        .std_cmd()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("kinesis {args:?} waited behind the writer");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut out = String::new();
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    out
}

#[test]
fn readers_never_wait_behind_a_writer() {
    let env = Env::new();
    env.create("s", 1);
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "kept"]);
    let iterator = env.ok(&trim_horizon_args("s"));
    let writer = rusqlite::Connection::open(db(&env)).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();
    assert_eq!(finishes(&env, &["list-streams", "--output", "raw"]), "s\n");
    assert_eq!(finishes(&env, &["read", "--stream-name", "s"]), "kept\n");
    let got = finishes(
        &env,
        &["get-records", "--shard-iterator", iterator.trim_end(), "--output", "raw"],
    );
    assert_eq!(got, "kept\n");
    writer.execute_batch("ROLLBACK").unwrap();
    // Reads are still counted, with the next write at the latest.
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "more"]);
    env.ok(&["read", "--stream-name", "s"]);
    let counts = env.ok(&[
        "metrics",
        "--stream-name",
        "s",
        "--query",
        "Shards[0].[IncomingRecords, OutgoingRecords]",
        "--output",
        "text",
    ]);
    assert_eq!(counts, "2\t2\n");
}

/// Asserts that opening `path`'s data dir fails with exit 253 and `message`, and leaves the
/// file byte for byte as it was.
fn refused(path: &Path, message: &str) {
    let env = Env::new();
    std::fs::create_dir_all(env.data_dir()).unwrap();
    std::fs::copy(path, db(&env)).unwrap();
    let before = std::fs::read(db(&env)).unwrap();
    for args in
        [&["list-streams"][..], &["create-stream", "--stream-name", "s", "--shard-count", "1"]]
    {
        let line = env.fails(args, 253);
        assert_eq!(line, format!("kinesis: ConfigError: store {}: {message}", db(&env).display()));
    }
    assert_eq!(std::fs::read(db(&env)).unwrap(), before);
}

#[test]
fn foreign_and_future_stores_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str, sql: &str| {
        let path = dir.path().join(name);
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(sql).unwrap();
        path
    };
    refused(
        &file("foreign.db", "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');"),
        "not a kinesis store (application id 0, schema version 0); left untouched",
    );
    refused(
        &file("negative.db", "CREATE TABLE t (x); PRAGMA user_version = -1;"),
        "not a kinesis store (application id 0, schema version -1); left untouched",
    );
    refused(
        &file(
            "other-app.db",
            "PRAGMA application_id = 42; PRAGMA user_version = 1; CREATE TABLE meta (k);",
        ),
        "not a kinesis store (application id 42, schema version 1); left untouched",
    );
    refused(
        &file(
            "future.db",
            &format!(
                "PRAGMA application_id = {}; PRAGMA user_version = 7; CREATE TABLE meta (k);",
                kinesis::engine::store::APPLICATION_ID
            ),
        ),
        "schema version 7 is newer than this kinesis understands (6)",
    );
    let text = dir.path().join("text.db");
    std::fs::write(
        &text,
        "these are somebody's notes, not a database, and long enough to look like one".repeat(20),
    )
    .unwrap();
    refused(&text, "file is not a database");
}

#[test]
fn a_store_written_before_stores_identified_themselves_is_adopted() {
    let env = Env::new();
    env.create("s", 1);
    make_version_5(&env);
    let conn = rusqlite::Connection::open(db(&env)).unwrap();
    conn.execute_batch("PRAGMA application_id = 0; PRAGMA user_version = 1; DROP TABLE consumers; DROP TABLE subscriptions; DROP TABLE policies; DROP TABLE queues; DROP TABLE queue_records; DROP TABLE queue_tags; ALTER TABLE streams DROP COLUMN max_record_kib; ALTER TABLE streams DROP COLUMN warm_target_mibps; ALTER TABLE streams DROP COLUMN warm_current_mibps; ALTER TABLE streams DROP COLUMN distribution; DELETE FROM meta WHERE key = 'sequence_layout_from';")
        .unwrap();
    drop(conn);
    assert_eq!(env.ok(&["list-streams", "--output", "raw"]), "s\n");
    let conn = rusqlite::Connection::open(db(&env)).unwrap();
    let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).unwrap();
    assert_eq!(app, kinesis::engine::store::APPLICATION_ID);
}

/// Makes the env's store look as schema version 5 wrote it: one row per record in `records`
/// (read out of the chunks by the format `engine::chunks` documents), no chunks.
fn make_version_5(env: &Env) {
    let conn = rusqlite::Connection::open(db(env)).unwrap();
    conn.execute_batch(
        "CREATE TABLE records (stream_id INTEGER NOT NULL, shard_index INTEGER NOT NULL, \
         counter INTEGER NOT NULL, partition_key TEXT NOT NULL, data BLOB NOT NULL, \
         PRIMARY KEY (stream_id, shard_index, counter)) STRICT, WITHOUT ROWID;",
    )
    .unwrap();
    let mut chunks =
        conn.prepare("SELECT first, stream_id, shard_index, records FROM chunks").unwrap();
    let chunks: Vec<(i64, i64, i64, Vec<u8>)> = chunks
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (first, stream, shard, packed) in chunks {
        let mut rest = &packed[..];
        while !rest.is_empty() {
            let delta = u32::from_be_bytes(rest[0..4].try_into().unwrap());
            let key = u16::from_be_bytes(rest[4..6].try_into().unwrap()) as usize;
            let data = u32::from_be_bytes(rest[6..10].try_into().unwrap()) as usize;
            let (pk, bytes) = (&rest[10..10 + key], &rest[10 + key..10 + key + data]);
            conn.execute(
                "INSERT INTO records VALUES (?1, ?2, ?3, ?4, ?5)",
                rusqlite::params![
                    stream,
                    shard,
                    first + i64::from(delta),
                    std::str::from_utf8(pk).unwrap(),
                    bytes
                ],
            )
            .unwrap();
            rest = &rest[10 + key + data..];
        }
    }
    conn.execute_batch("DROP TABLE chunks; PRAGMA user_version = 5;").unwrap();
}

/// What a store of schema version 1 (before consumers) looks like: this build's, less the
/// consumers table.
fn make_version_1(env: &Env) {
    make_version_5(env);
    let conn = rusqlite::Connection::open(db(env)).unwrap();
    conn.execute_batch(
        "PRAGMA user_version = 1; DROP TABLE consumers; DROP TABLE subscriptions; \
         DROP TABLE policies; DROP TABLE queues; DROP TABLE queue_records; \
         DROP TABLE queue_tags; ALTER TABLE streams DROP COLUMN max_record_kib;\
         ALTER TABLE streams DROP COLUMN warm_target_mibps;\
         ALTER TABLE streams DROP COLUMN warm_current_mibps;\
         ALTER TABLE streams DROP COLUMN distribution; \
         DELETE FROM meta WHERE key = 'sequence_layout_from';",
    )
    .unwrap();
}

#[test]
fn a_version_1_store_is_upgraded_on_its_first_writable_open() {
    let env = Env::new();
    env.create("s", 1);
    env.ok(&["put-record", "--stream-name", "s", "--data", "kept", "--partition-key", "k"]);
    make_version_1(&env);
    let arn = "arn:aws:kinesis:us-east-1:000000000000:stream/s";
    env.ok(&["register-stream-consumer", "--stream-arn", arn, "--consumer-name", "c"]);
    let conn = rusqlite::Connection::open(db(&env)).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 6);
    assert_eq!(env.ok(&["read", "--stream-name", "s"]), "kept\n");
    let consumers = [
        "list-stream-consumers",
        "--stream-arn",
        arn,
        "--query",
        "Consumers[].ConsumerName",
        "--output",
        "raw",
    ];
    assert_eq!(env.ok(&consumers), "c\n");
}

/// Makes the env's store look as schema version 3 wrote it: no resource policies, no record
/// size or warm throughput columns.
fn make_version_3(env: &Env) {
    make_version_5(env);
    let conn = rusqlite::Connection::open(db(env)).unwrap();
    conn.execute_batch(concat!(
        "PRAGMA user_version = 3; DROP TABLE policies; ",
        "DROP TABLE queues; DROP TABLE queue_records; DROP TABLE queue_tags; ",
        "ALTER TABLE streams DROP COLUMN max_record_kib; ",
        "ALTER TABLE streams DROP COLUMN warm_target_mibps; ",
        "ALTER TABLE streams DROP COLUMN warm_current_mibps; ",
        "ALTER TABLE streams DROP COLUMN distribution;"
    ))
    .unwrap();
}

#[test]
fn a_version_3_store_gains_resource_policies_and_record_sizes() {
    let env = Env::new();
    env.create("s", 1);
    make_version_3(&env);
    let arn = "arn:aws:kinesis:us-east-1:000000000000:stream/s";
    // Read-only, it is read as it is: no policy anywhere.
    let (code, out, _) = run(env.reader(), &["get-resource-policy", "--resource-arn", arn]);
    assert_eq!((code, out.as_str()), (Some(0), "{\n    \"Policy\": \"{}\"\n}\n"));
    let q = ["--query", "StreamDescriptionSummary.MaxRecordSizeInKiB", "--output", "raw"];
    let (code, out, _) =
        run(env.reader(), &[&["describe-stream-summary", "--stream-name", "s"][..], &q].concat());
    assert_eq!((code, out.as_str()), (Some(0), "1024\n"));
    env.ok(&["put-resource-policy", "--resource-arn", arn, "--policy", "{\"Statement\": []}"]);
    let conn = rusqlite::Connection::open(db(&env)).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 6);
    let out = env.ok(&["get-resource-policy", "--resource-arn", arn, "--output", "raw"]);
    assert_eq!(out, "{\"Statement\": []}\n");
}

#[test]
fn a_version_4_store_gains_queues() {
    let env = Env::new();
    env.ok(&[
        "create-stream",
        "--stream-name",
        "s",
        "--stream-mode-details",
        "StreamMode=ON_DEMAND",
    ]);
    make_version_5(&env);
    let conn = rusqlite::Connection::open(db(&env)).unwrap();
    conn.execute_batch(
        "PRAGMA user_version = 4; DROP TABLE queues; DROP TABLE queue_records; \
         DROP TABLE queue_tags;",
    )
    .unwrap();
    drop(conn);
    // Read-only, it is read as it is: no queues anywhere.
    let (code, out, _) = run(env.reader(), &["list-queues"]);
    assert_eq!((code, out.as_str()), (Some(0), "{\n    \"QueueSummaries\": []\n}\n"));
    let arn = "arn:aws:kinesis:us-east-1:000000000000:stream/s";
    let config = format!("StreamARN={arn}");
    env.ok(&["create-queue", "--queue-name", "q", "--stream-configuration-list", &config]);
    let conn = rusqlite::Connection::open(db(&env)).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 6);
    let names =
        env.ok(&["list-queues", "--query", "QueueSummaries[].QueueName", "--output", "raw"]);
    assert_eq!(names, "q\n");
}

#[test]
fn a_version_5_store_moves_its_records_into_chunks() {
    let env = Env::new();
    env.create("s", 2);
    let entries: Vec<String> = (0..6).map(|i| format!("PartitionKey=k{i},Data=r{i}")).collect();
    let put = [
        &["put-records", "--stream-name", "s", "--records"][..],
        &entries.iter().map(String::as_str).collect::<Vec<_>>(),
    ]
    .concat();
    env.ok(&put);
    let read = ["read", "--stream-name", "s", "--output", "json"];
    let before = env.ok(&read);
    assert_eq!(before.matches("\"SequenceNumber\"").count(), 6, "{before}");
    make_version_5(&env);
    // Read-only, it is read as it is, numbers and all.
    let (code, out, err) = run(env.reader(), &read);
    assert_eq!((code, out.as_str(), err.as_str()), (Some(0), before.as_str(), ""));
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "new"]);
    let conn = rusqlite::Connection::open(db(&env)).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    let chunks: i64 = conn.query_row("SELECT count(*) FROM chunks", [], |r| r.get(0)).unwrap();
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'records'", [], |r| r.get(0))
        .unwrap();
    assert_eq!((version, chunks, tables), (6, 7, 0), "each record in a chunk of its own");
    let after = env.ok(&[&read[..], &["--max-records", "6"]].concat());
    assert_eq!(after, before);
    assert_eq!(env.ok(&["read", "--stream-name", "s"]).lines().count(), 7);
}

#[test]
fn a_read_only_version_1_store_is_read_as_it_is() {
    let env = Env::new();
    env.create("s", 1);
    make_version_1(&env);
    let arn = "arn:aws:kinesis:us-east-1:000000000000:stream/s";
    let (code, out, err) = run(env.reader(), &["list-stream-consumers", "--stream-arn", arn]);
    assert_eq!((code, out.as_str(), err.as_str()), (Some(0), "{\n    \"Consumers\": []\n}\n", ""));
    let conn = rusqlite::Connection::open(db(&env)).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 1);
}

/// A store written by the build before sequence numbers took Kinesis's layout
/// (`tests/fixtures/store-v2`: schema version 2, stream `legacy` of 2 shards, the four records
/// `puts.txt` lists with the numbers that build printed).
fn legacy_store(env: &Env) -> Vec<(String, String)> {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v2");
    std::fs::create_dir_all(env.data_dir()).unwrap();
    chmod(&env.data_dir(), 0o700);
    std::fs::copy(fixture.join("kinesis.db"), db(env)).unwrap();
    chmod(&db(env), 0o600);
    let puts = std::fs::read_to_string(fixture.join("puts.txt")).unwrap();
    puts.lines()
        .map(|l| {
            let (seq, shard) = l.split_once('\t').unwrap();
            (seq.to_string(), shard.to_string())
        })
        .collect()
}

/// A shard iterator of stream `legacy` at (or after) sequence number `seq`.
fn iterator_at(env: &Env, shard: &str, kind: &str, seq: &str) -> String {
    let args = ["get-shard-iterator", "--stream-name", "legacy", "--shard-id", shard];
    let at = ["--shard-iterator-type", kind, "--starting-sequence-number", seq, "--output", "raw"];
    env.ok(&[&args[..], &at[..]].concat()).trim().to_string()
}

#[test]
fn a_store_written_before_kinesis_sequence_numbers_keeps_its_numbers() {
    let env = Env::new();
    let puts = legacy_store(&env);
    for (i, (seq, shard)) in puts.iter().enumerate() {
        let it = iterator_at(&env, shard, "AT_SEQUENCE_NUMBER", seq);
        let page = env.json(&["get-records", "--shard-iterator", &it, "--limit", "1"]);
        assert_eq!(page["Records"][0]["SequenceNumber"], seq.as_str(), "the number it was given");
        assert_eq!(page["Records"][0]["Data"], format!("record {}", i + 1));
    }
    let conn = rusqlite::Connection::open(db(&env)).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 6, "upgraded on its first writable open");
    // New records get Kinesis's layout, above the shard's earlier numbers, and a checkpoint
    // taken before the upgrade resumes right after it.
    let (last, shard) = puts.last().unwrap();
    let put = env.json(&[
        "put-record",
        "--stream-name",
        "legacy",
        "--partition-key",
        "k4",
        "--data",
        "new",
    ]);
    assert_eq!(put["ShardId"], shard.as_str());
    let new = put["SequenceNumber"].as_str().unwrap();
    assert!(new > last.as_str(), "{new} after {last}");
    let parsed = kinesis::model::SequenceNumber::parse(new).unwrap();
    assert!(matches!(parsed.origin, kinesis::model::Origin::Shard { .. }), "{parsed:?}");
    let it = iterator_at(&env, shard, "AFTER_SEQUENCE_NUMBER", last);
    let page = env.json(&["get-records", "--shard-iterator", &it]);
    assert_eq!(page["Records"][0]["SequenceNumber"], new);
    assert_eq!(env.ok(&["read", "--stream-name", "legacy"]).lines().count(), 5);
}

#[test]
fn sequence_numbers_are_checked_as_kinesis_checks_them() {
    let env = Env::new();
    env.create("s", 2);
    env.create("t", 2);
    let put =
        env.json(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "x"]);
    let (seq, shard) = (put["SequenceNumber"].as_str().unwrap(), put["ShardId"].as_str().unwrap());
    let other = if shard == "shardId-000000000000" {
        "shardId-000000000001"
    } else {
        "shardId-000000000000"
    };
    let at = |stream: &str, shard: &str, n: &str| {
        env.fails(
            &[
                "get-shard-iterator",
                "--stream-name",
                stream,
                "--shard-id",
                shard,
                "--shard-iterator-type",
                "AT_SEQUENCE_NUMBER",
                "--starting-sequence-number",
                n,
            ],
            254,
        )
    };
    assert_eq!(
        at("s", other, seq),
        format!(
            "kinesis: InvalidArgumentException: Invalid StartingSequenceNumber. It encodes {shard}, while it was used in a call to a shard with {other}"
        )
    );
    assert_eq!(
        at("s", shard, "12345"),
        format!(
            "kinesis: InvalidArgumentException: StartingSequenceNumber 12345 used in GetShardIterator on shard {shard} in stream s under account 000000000000 is invalid."
        )
    );
    // A number of the same layout from a shard created at another time is another stream's.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    env.create("u", 2);
    assert_eq!(
        at("u", shard, seq),
        format!(
            "kinesis: InvalidArgumentException: StartingSequenceNumber {seq} used in GetShardIterator on shard {shard} in stream u under account 000000000000 is invalid because it did not come from this stream."
        )
    );
}

/// One-shot writers keep the WAL short (the next process rebuilds its index from the whole
/// WAL): a closing engine folds a WAL past the bound into the database once its command has
/// answered, and nothing is lost or read twice on the way.
#[test]
fn one_shot_writers_keep_the_wal_short() {
    let env = Env::new();
    env.create("s", 1);
    let wal = env.data_dir().join("kinesis.db-wal");
    let bound = kinesis::engine::store::WAL_BOUND;
    let mut largest = 0;
    for i in 0..40 {
        let data = format!("r{i}");
        env.ok(&["put-record", "--stream-name", "s", "--partition-key", &data, "--data", &data]);
        largest = largest.max(std::fs::metadata(&wal).unwrap().len());
    }
    // A process's own writes may take it past the bound before it folds it.
    assert!(largest < bound + 256 * 1024, "the WAL grew to {largest} bytes");
    let read = env.ok(&["read", "--stream-name", "s"]);
    let expected: String = (0..40).map(|i| format!("r{i}\n")).collect();
    assert_eq!(read, expected);
}
