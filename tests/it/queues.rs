//! Queues on every backend (kinesalite has none: its refusal must be one clean line), and the
//! engine's queues under competing consumer processes and `kill -9`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use crate::helpers::{Env, Server, on_every_backend, run_client, stream_arn};

on_every_backend!(queue_lifecycle, queue_delivery, dead_letter, queue_checks);

/// An on-demand stream `name`; its ARN.
fn on_demand(env: &Env, name: &str) -> String {
    env.ok(&[
        "create-stream",
        "--stream-name",
        name,
        "--stream-mode-details",
        "StreamMode=ON_DEMAND",
    ]);
    env.ok(&["wait", "stream-exists", "--stream-name", name]);
    stream_arn(env, name)
}

/// A queue on `stream_arn` from its start, with `attributes`; its ARN.
fn queue(env: &Env, name: &str, stream_arn: &str, attributes: &str) -> String {
    let config = format!("StreamARN={stream_arn},StartingPosition={{Type=TRIM_HORIZON}}");
    let mut args =
        vec!["create-queue", "--queue-name", name, "--stream-configuration-list", &config];
    if !attributes.is_empty() {
        args.extend(["--queue-attributes", attributes]);
    }
    let arn = env.ok(&[&args[..], &["--output", "raw"]].concat()).trim().to_string();
    wait_active(env, &arn);
    arn
}

fn wait_active(env: &Env, arn: &str) {
    for _ in 0..600 {
        let status = env.ok(&["describe-queue", "--queue-arn", arn, "--output", "raw"]);
        if status.trim() == "ACTIVE" {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("queue {arn} never became ACTIVE");
}

/// Puts records `0..n` as `<prefix><i>`.
fn put(env: &Env, stream: &str, prefix: &str, n: usize) {
    let records: Vec<Value> = (0..n)
        .map(|i| json!({"Data": format!("{prefix}{i}"), "PartitionKey": format!("k{i}")}))
        .collect();
    let out = env.json(&[
        "put-records",
        "--stream-name",
        stream,
        "--records",
        &Value::Array(records).to_string(),
    ]);
    assert_eq!(out["FailedRecordCount"], 0, "{out}");
}

/// Receives (waiting at most a second): each record's data, handle and receive count.
fn receive(env: &Env, queue: &str, extra: &[&str]) -> Vec<(String, String, i64)> {
    received(env, &[&["receive-queue-records"][..], extra].concat(), queue)
}

/// [`receive`] on the dead-letter path.
fn receive_dead(env: &Env, queue: &str) -> Vec<(String, String, i64)> {
    received(env, &["receive-dead-letter-queue-records"], queue)
}

fn received(env: &Env, args: &[&str], queue: &str) -> Vec<(String, String, i64)> {
    let wait = ["--queue-arn", queue, "--wait-time-seconds", "1"];
    let out = env.json(&[args, &wait[..]].concat());
    out["QueueRecords"]
        .as_array()
        .unwrap_or_else(|| panic!("{out}"))
        .iter()
        .map(|r| {
            let text = |k: &str| r[k].as_str().unwrap_or_default().to_string();
            (text("Data"), text("ReceiptHandle"), r["ReceiveCount"].as_i64().unwrap_or(-1))
        })
        .collect()
}

/// `--entries` for receipt handles.
fn entries<'a>(handles: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    handles.into_iter().map(|h| format!("ReceiptHandle={h}")).collect()
}

/// Runs an acknowledge-style command on `handles`: its answer.
fn settle(env: &Env, command: &str, queue: &str, entries: &[String]) -> Value {
    let mut args = vec![command, "--queue-arn", queue, "--entries"];
    args.extend(entries.iter().map(String::as_str));
    env.json(&args)
}

fn codes(answer: &Value) -> Vec<String> {
    let failed = answer["Failed"].as_array().cloned().unwrap_or_default();
    failed.iter().map(|f| f["ErrorCode"].as_str().unwrap_or_default().to_string()).collect()
}

fn queue_lifecycle(env: &Env, sfx: &str) {
    if env.lacks(&["list-queues"]) {
        return;
    }
    let s = format!("qlife{sfx}");
    let arn = on_demand(env, &s);
    let q = queue(env, &format!("q{sfx}"), &arn, "VisibilityTimeoutSeconds=45");
    assert!(q.contains(":queue/") && !q.ends_with(&format!("q{sfx}")), "{q}");
    let d = env.json(&["describe-queue", "--queue-arn", &q])["QueueDescription"].clone();
    assert_eq!(d["QueueName"], format!("q{sfx}"));
    assert_eq!(d["QueueStatus"], "ACTIVE");
    assert_eq!(d["StreamConfigurationList"][0]["StreamARN"], arn.as_str());
    assert_eq!(d["StreamConfigurationList"][0]["StartingPosition"]["Type"], "TRIM_HORIZON");
    assert!(d["StreamConfigurationList"][0]["StartingPosition"]["Timestamp"].is_string(), "{d}");
    assert_eq!(
        d["QueueAttributes"],
        json!({"VisibilityTimeoutSeconds": 45, "DeadLetterConfiguration": {"TargetType": "BUILT_IN", "MaxReceiveCount": 6}})
    );
    // Listed, alone when filtered on its stream.
    let filter = format!("StreamARN={arn}");
    let listed = env.json(&["list-queues", "--stream-filter", &filter]);
    let arns: Vec<&str> = listed["QueueSummaries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["QueueARN"].as_str())
        .collect();
    assert_eq!(arns, [q.as_str()]);
    assert_eq!(listed["QueueSummaries"][0]["Streams"][0]["StreamARN"], arn.as_str());
    // Its stream counts it, and cannot go while it is there.
    let sum = env.json(&["describe-stream-summary", "--stream-name", &s]);
    if !env.is_aws() {
        // aws-sdk-kinesis 1.130 does not read QueueCount.
        assert_eq!(sum["StreamDescriptionSummary"]["QueueCount"], 1, "{sum}");
    }
    let line = env.fails(&["delete-stream", "--stream-name", &s], 254);
    assert!(line.starts_with("kinesis: ResourceInUseException: "), "{line}");
    let mode = [
        "update-stream-mode",
        "--stream-arn",
        &arn,
        "--stream-mode-details",
        "StreamMode=PROVISIONED",
    ];
    let line = env.fails(&mode, 254);
    assert!(line.starts_with("kinesis: ResourceInUseException: "), "{line}");
    // A name is the account's: taken.
    let config = format!("StreamARN={arn}");
    let again = [
        "create-queue",
        "--queue-name",
        &format!("q{sfx}"),
        "--stream-configuration-list",
        &config,
    ];
    let line = env.fails(&again, 254);
    assert!(line.starts_with("kinesis: ResourceInUseException: "), "{line}");
    // Tagged as any resource.
    env.ok(&["tag-resource", "--resource-arn", &q, "--tags", "team=data,env=test"]);
    env.ok(&["untag-resource", "--resource-arn", &q, "--tag-keys", "env"]);
    let tags = env.json(&["list-tags-for-resource", "--resource-arn", &q]);
    assert_eq!(tags["Tags"], json!([{"Key": "team", "Value": "data"}]));
    // Updated: what is given changes, the rest stays.
    let update = [
        "update-queue",
        "--queue-arn",
        &q,
        "--queue-attributes",
        "DeadLetterConfiguration={TargetType=NONE}",
    ];
    env.ok(&update);
    wait_active(env, &q);
    let d = env.json(&["describe-queue", "--queue-arn", &q])["QueueDescription"].clone();
    assert_eq!(
        d["QueueAttributes"],
        json!({"VisibilityTimeoutSeconds": 45, "DeadLetterConfiguration": {"TargetType": "NONE"}})
    );
    env.ok(&["delete-queue", "--queue-arn", &q]);
    for _ in 0..600 {
        let out = env.cmd().args(["describe-queue", "--queue-arn", &q]).output().unwrap();
        if !out.status.success() {
            let line = String::from_utf8_lossy(&out.stderr);
            assert!(line.starts_with("kinesis: ResourceNotFoundException: "), "{line}");
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    env.ok(&["delete-stream", "--stream-name", &s]);
}

fn queue_delivery(env: &Env, sfx: &str) {
    if env.lacks(&["list-queues"]) {
        return;
    }
    let s = format!("qdel{sfx}");
    let arn = on_demand(env, &s);
    let q = queue(env, &format!("qd{sfx}"), &arn, "");
    put(env, &s, "r", 15);
    // Ten at most; every record once, in flight.
    let first = receive(env, &q, &[]);
    assert_eq!(first.len(), 10, "{first:?}");
    let second = receive(env, &q, &[]);
    assert_eq!(second.len(), 5, "{second:?}");
    let all: BTreeSet<&str> = first.iter().chain(&second).map(|r| r.0.as_str()).collect();
    assert_eq!(
        all,
        (0..15)
            .map(|i| format!("r{i}"))
            .collect::<BTreeSet<_>>()
            .iter()
            .map(String::as_str)
            .collect()
    );
    assert!(first.iter().chain(&second).all(|r| r.2 == 1));
    assert!(receive(env, &q, &[]).is_empty(), "everything is in flight");
    // Acknowledged: gone for good; again, not found.
    let acked = settle(env, "acknowledge-queue-records", &q, &entries(first.iter().map(|r| &r.1)));
    assert_eq!(acked["Successful"].as_array().map(Vec::len), Some(10), "{acked}");
    assert_eq!(acked["Failed"], json!([]));
    let again =
        settle(env, "acknowledge-queue-records", &q, &entries(first.iter().take(2).map(|r| &r.1)));
    assert_eq!(
        codes(&again),
        ["ResourceNotFoundException", "ResourceNotFoundException"],
        "{again}"
    );
    // Made visible at once: delivered again, counted, with new handles; the old ones no
    // longer work.
    let zero: Vec<String> = second
        .iter()
        .map(|r| format!("ReceiptHandle={},VisibilityTimeoutSeconds=0", r.1))
        .collect();
    let changed = settle(env, "update-queue-records-visibility", &q, &zero);
    assert_eq!(changed["Failed"], json!([]), "{changed}");
    let third = receive(env, &q, &["--visibility-timeout-seconds", "60"]);
    let mut data: Vec<&str> = third.iter().map(|r| r.0.as_str()).collect();
    data.sort();
    let mut expected: Vec<&str> = second.iter().map(|r| r.0.as_str()).collect();
    expected.sort();
    assert_eq!(data, expected);
    assert!(third.iter().all(|r| r.2 == 2), "{third:?}");
    let stale = settle(env, "acknowledge-queue-records", &q, &entries(second.iter().map(|r| &r.1)));
    assert_eq!(codes(&stale), vec!["InvalidArgumentException"; 5], "{stale}");
    // A mixed batch: each entry on its own.
    let mut mixed = entries(third.iter().map(|r| &r.1));
    mixed.push("ReceiptHandle=not-a-handle".into());
    let done = settle(env, "acknowledge-queue-records", &q, &mixed);
    assert_eq!(done["Successful"].as_array().map(Vec::len), Some(5), "{done}");
    assert_eq!(codes(&done), ["InvalidArgumentException"]);
    assert!(receive(env, &q, &[]).is_empty());
    // `--output raw`: the payloads.
    put(env, &s, "late", 1);
    let raw = env.ok(&["receive-queue-records", "--queue-arn", &q, "--output", "raw"]);
    assert_eq!(raw, "late0\n");
    env.ok(&["delete-queue", "--queue-arn", &q]);
}

fn dead_letter(env: &Env, sfx: &str) {
    if env.lacks(&["list-queues"]) {
        return;
    }
    let s = format!("qdlq{sfx}");
    let arn = on_demand(env, &s);
    let attributes = "DeadLetterConfiguration={TargetType=BUILT_IN,MaxReceiveCount=2}";
    let q = queue(env, &format!("qdlq{sfx}"), &arn, attributes);
    put(env, &s, "d", 2);
    // Received twice without acknowledgement: dead-letter once its time runs out.
    for round in 1..=2 {
        let got = receive(env, &q, &[]);
        assert_eq!(got.len(), 2, "round {round}: {got:?}");
        assert!(got.iter().all(|r| r.2 == round));
        let zero: Vec<String> = got
            .iter()
            .map(|r| format!("ReceiptHandle={},VisibilityTimeoutSeconds=0", r.1))
            .collect();
        assert_eq!(settle(env, "update-queue-records-visibility", &q, &zero)["Failed"], json!([]));
    }
    assert!(receive(env, &q, &[]).is_empty(), "dead-letter records are not delivered");
    let dead = receive_dead(env, &q);
    assert_eq!(dead.len(), 2, "{dead:?}");
    // A dead-letter handle is for the dead-letter operations only.
    let wrong = settle(env, "acknowledge-queue-records", &q, &entries([&dead[0].1]));
    assert_eq!(codes(&wrong), ["InvalidArgumentException"], "{wrong}");
    // One restored (counted from zero again), one discarded.
    let restored = settle(env, "restore-dead-letter-queue-records", &q, &entries([&dead[0].1]));
    assert_eq!(restored["Failed"], json!([]), "{restored}");
    let discarded =
        settle(env, "acknowledge-dead-letter-queue-records", &q, &entries([&dead[1].1]));
    assert_eq!(discarded["Failed"], json!([]), "{discarded}");
    let back = receive(env, &q, &[]);
    assert_eq!(
        back.iter().map(|r| (r.0.as_str(), r.2)).collect::<Vec<_>>(),
        [(dead[0].0.as_str(), 1)]
    );
    assert!(receive_dead(env, &q).is_empty());
    let acked = settle(env, "acknowledge-queue-records", &q, &entries([&back[0].1]));
    assert_eq!(acked["Failed"], json!([]));
    env.ok(&["delete-queue", "--queue-arn", &q]);
}

fn queue_checks(env: &Env, sfx: &str) {
    if env.lacks(&["list-queues"]) {
        return;
    }
    let s = format!("qchk{sfx}");
    env.create(&s, 1);
    env.ok(&["wait", "stream-exists", "--stream-name", &s]);
    let arn = stream_arn(env, &s);
    let config = format!("StreamARN={arn}");
    let create = ["create-queue", "--queue-name", "qc", "--stream-configuration-list", &config];
    let line = env.fails(&create, 254);
    assert!(line.starts_with("kinesis: InvalidArgumentException: "), "{line}");
    if env.is_real_aws() {
        return;
    }
    assert!(line.contains("ON_DEMAND"), "{line}");
    let at = format!("StreamARN={arn},StartingPosition={{Type=AT_TIMESTAMP}}");
    let line =
        env.fails(&["create-queue", "--queue-name", "qc", "--stream-configuration-list", &at], 254);
    assert_eq!(
        line,
        "kinesis: ValidationException: StartingPosition's Timestamp is required when its Type is AT_TIMESTAMP."
    );
    let unknown = "arn:aws:kinesis:us-east-1:000000000000:queue/nope";
    let line = env.fails(&["describe-queue", "--queue-arn", unknown], 254);
    assert_eq!(
        line,
        format!(
            "kinesis: ResourceNotFoundException: Queue {unknown} under account 000000000000 not found."
        )
    );
    let line = env.fails(&["receive-queue-records", "--queue-arn", unknown, "--limit", "11"], 254);
    assert_eq!(
        line,
        "kinesis: ValidationException: 1 validation error detected: Value '11' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10"
    );
    let line = env.fails(
        &["describe-queue", "--queue-arn", "arn:aws:kinesis:us-east-1:000000000000:stream/x"],
        254,
    );
    assert!(line.starts_with("kinesis: ValidationException: 1 validation error detected: Value 'arn:aws:kinesis:us-east-1:000000000000:stream/x' at 'queueARN' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:queue/\\S+"), "{line}");
    let line = env.fails(
        &[
            "update-queue",
            "--queue-arn",
            unknown,
            "--queue-attributes",
            "VisibilityTimeoutSeconds=soon",
        ],
        252,
    );
    assert!(line.contains("VisibilityTimeoutSeconds") && line.contains("soon"), "{line}");
}

/// Four consumer processes compete for 2 000 records, a fifth receives and never
/// acknowledges (its records come back once their timeout passes), and one of the four is
/// killed with `kill -9` halfway: every record is acknowledged exactly once.
#[test]
fn competing_consumers_acknowledge_every_record_exactly_once() {
    let env = Env::new();
    let arn = on_demand(&env, "compete");
    let q = queue(
        &env,
        "compete",
        &arn,
        "VisibilityTimeoutSeconds=2,DeadLetterConfiguration={TargetType=NONE}",
    );
    let n = 2000;
    let lines: String = (0..n).map(|i| format!("c{i}\n")).collect();
    let file = env.data_dir().with_file_name("records.txt");
    std::fs::write(&file, lines).unwrap();
    env.ok(&[
        "put-records",
        "--stream-name",
        "compete",
        "--format",
        "lines",
        "--file",
        file.to_str().unwrap(),
    ]);
    let dir = tempfile::tempdir().unwrap();
    // Each receive's handles and data go to recv.<i>, the handles acknowledged to ack.<i>;
    // a consumer stops after three empty receives in a row.
    let consumer = r#"
        empty=0
        while [ "$empty" -lt 3 ]; do
          got=$("$KINESIS" receive-queue-records --queue-arn "$QUEUE" --wait-time-seconds 1 \
                --query 'QueueRecords[].[ReceiptHandle,Data]' --output text) || exit 1
          if [ -z "$got" ]; then empty=$((empty + 1)); continue; fi
          empty=0
          printf '%s\n' "$got" >> "$OUT/recv.$ID"
          [ "$ACK" = 1 ] || continue
          set -- $(printf '%s\n' "$got" | awk '{print "ReceiptHandle=" $1}')
          "$KINESIS" acknowledge-queue-records --queue-arn "$QUEUE" --entries "$@" \
            --query 'Successful[].ReceiptHandle' --output text | tr '\t' '\n' >> "$OUT/ack.$ID" || exit 1
        done
    "#;
    let spawn = |id: usize, ack: bool| {
        let mut c = std::process::Command::new("bash");
        c.args(["-c", consumer])
            .env("KINESIS", env!("CARGO_BIN_EXE_kinesis"))
            .env("KINESIS_DATA_DIR", env.data_dir())
            .env("QUEUE", &q)
            .env("OUT", dir.path())
            .env("ID", id.to_string())
            .env("ACK", if ack { "1" } else { "0" });
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut c, 0);
        c.spawn().unwrap()
    };
    let mut consumers: Vec<_> = (0..4).map(|i| spawn(i, true)).collect();
    let mut flaky = spawn(4, false);
    // Kill one consumer, its whole process group, once it is under way.
    let victim = consumers.remove(0);
    let recv0 = dir.path().join("recv.0");
    for _ in 0..300 {
        if std::fs::metadata(&recv0).is_ok_and(|m| m.len() > 0) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let group = format!("-{}", victim.id());
    std::process::Command::new("kill").args(["-9", "--", &group]).status().unwrap();
    let mut victim = victim;
    victim.wait().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    std::process::Command::new("kill")
        .args(["-9", "--", &format!("-{}", flaky.id())])
        .status()
        .unwrap();
    flaky.wait().unwrap();
    for mut c in consumers {
        assert!(c.wait().unwrap().success());
    }
    // Which record each handle delivered.
    let mut record_of = BTreeMap::new();
    let mut receives = 0;
    for id in 0..5 {
        let text =
            std::fs::read_to_string(dir.path().join(format!("recv.{id}"))).unwrap_or_default();
        for line in text.lines() {
            let (handle, data) = line.split_once('\t').unwrap();
            record_of.insert(handle.to_string(), data.to_string());
            receives += 1;
        }
    }
    let mut acked: BTreeMap<String, usize> = BTreeMap::new();
    for id in 0..4 {
        let text =
            std::fs::read_to_string(dir.path().join(format!("ack.{id}"))).unwrap_or_default();
        for handle in text.split_whitespace() {
            *acked.entry(record_of[handle].clone()).or_default() += 1;
        }
    }
    let twice: Vec<_> = acked.iter().filter(|(_, n)| **n != 1).collect();
    assert!(twice.is_empty(), "acknowledged more than once: {twice:?}");
    let missing: Vec<String> =
        (0..n).map(|i| format!("c{i}")).filter(|d| !acked.contains_key(d)).collect();
    // Records the killed consumer held are acknowledged by the others after their timeout; at
    // most one acknowledge call of its may have committed unseen.
    assert!(
        missing.len() <= 10,
        "never acknowledged: {} ({:?}…)",
        missing.len(),
        &missing[..missing.len().min(5)]
    );
    if !missing.is_empty() {
        let leftover = receive(&env, &q, &[]);
        assert!(leftover.is_empty(), "{leftover:?}");
    }
    assert!(receives > n, "some records were delivered again ({receives} receives)");
}

/// boto3 drives queues against `serve`, its store on disk: four competing consumer threads,
/// long polling, list_queues' paginator, the dead-letter side.
#[test]
fn boto3_consumes_a_queue() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let server = Server::start(&["--data-dir", data]);
    assert_eq!(run_client("boto3_queues.py", &[&server.endpoint]), "boto3 queues ok\n");
}

/// Time on the engine's clock: a record unacknowledged when its visibility timeout passes is
/// delivered again; a queue starts where it was told; it never delivers past retention; a
/// CREATING queue delivers nothing yet.
#[test]
fn visibility_start_and_retention_follow_the_clock() {
    use kinesis::backend::Kinesis;
    use kinesis::engine::{Clock, Engine, EngineOptions};
    use kinesis::model::*;
    let env = Env::new();
    let t0 = 1_700_000_000_000;
    let clock = Clock::manual(Timestamp(t0));
    let options = EngineOptions {
        clock: clock.clone(),
        register_consumer_ms: 1_000,
        ..EngineOptions::default()
    };
    let engine = Engine::open(&env.data_dir(), options).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let create = CreateStreamInput {
            stream_name: "timed".into(),
            stream_mode_details: Some(StreamModeDetails { stream_mode: "ON_DEMAND".into() }),
            ..Default::default()
        };
        engine.create_stream(create).await.unwrap();
        let arn = "arn:aws:kinesis:us-east-1:000000000000:stream/timed".to_string();
        let put = |data: &str| PutRecordInput {
            stream: StreamRef::name("timed"),
            data: Blob(data.as_bytes().to_vec()),
            partition_key: Some("k".into()),
            ..Default::default()
        };
        engine.put_record(put("before")).await.unwrap();
        clock.advance(10_000);
        engine.put_record(put("at")).await.unwrap();
        let new_queue =
            |name: &str, position: &str, timestamp: Option<Timestamp>| CreateQueueInput {
                queue_name: name.into(),
                stream_configuration_list: vec![QueueStreamConfiguration {
                    stream_arn: arn.clone(),
                    starting_position: Some(QueueStartingPosition {
                        position_type: position.into(),
                        timestamp,
                    }),
                }],
                ..Default::default()
            };
        let latest = engine.create_queue(new_queue("latest", "LATEST", None)).await.unwrap();
        let at = new_queue("at", "AT_TIMESTAMP", Some(Timestamp(t0 + 5_000)));
        let at = engine.create_queue(at).await.unwrap();
        let receive = |q: &QueueDescriptionOutput| ReceiveQueueRecordsInput {
            queue_arn: q.queue_description.queue_arn.clone(),
            wait_time_seconds: Some(1),
            ..Default::default()
        };
        let data = |out: &ReceiveQueueRecordsOutput| -> Vec<String> {
            out.queue_records
                .iter()
                .map(|r| String::from_utf8_lossy(&r.data.0).into_owned())
                .collect()
        };
        // CREATING: nothing yet, and said so.
        let e = engine.receive_queue_records(receive(&latest)).await.unwrap_err();
        assert_eq!(e.code(), "InvalidArgumentException", "{e}");
        clock.advance(1_000);
        engine.put_record(put("after")).await.unwrap();
        // LATEST: only what came after; AT_TIMESTAMP: from that time on.
        let got = engine.receive_queue_records(receive(&latest)).await.unwrap();
        assert_eq!(data(&got), ["after"]);
        let from_at = engine.receive_queue_records(receive(&at)).await.unwrap();
        assert_eq!(data(&from_at), ["at", "after"]);
        // The default 30 s pass without an acknowledgement: delivered again, counted.
        clock.advance(29_000);
        assert!(
            engine.receive_queue_records(receive(&latest)).await.unwrap().queue_records.is_empty()
        );
        clock.advance(1_001);
        let again = engine.receive_queue_records(receive(&latest)).await.unwrap();
        assert_eq!(again.queue_records.iter().map(|r| r.receive_count).collect::<Vec<_>>(), [2]);
        // Past the stream's retention (24 h): never delivered, no longer acknowledgeable.
        clock.advance(24 * 3_600_000);
        assert!(engine.receive_queue_records(receive(&at)).await.unwrap().queue_records.is_empty());
        let ack = QueueReceiptsInput {
            queue_arn: at.queue_description.queue_arn.clone(),
            entries: from_at
                .queue_records
                .iter()
                .map(|r| ReceiptEntry { receipt_handle: r.receipt_handle.clone() })
                .collect(),
        };
        let answer = engine.acknowledge_queue_records(ack).await.unwrap();
        let codes: Vec<&str> = answer.failed.iter().map(|f| f.error_code.as_str()).collect();
        assert_eq!(codes, ["ResourceNotFoundException", "ResourceNotFoundException"]);
    });
}

/// A receive waiting in one process is answered as soon as another process puts a record.
#[test]
fn a_waiting_receive_sees_another_process_put() {
    let env = Env::new();
    let arn = on_demand(&env, "waits");
    let config = format!("StreamARN={arn}");
    let q = env.ok(&[
        "create-queue",
        "--queue-name",
        "w",
        "--stream-configuration-list",
        &config,
        "--output",
        "raw",
    ]);
    let waiting = env
        .std_cmd()
        .args([
            "receive-queue-records",
            "--queue-arn",
            q.trim(),
            "--wait-time-seconds",
            "20",
            "--output",
            "raw",
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    let started = std::time::Instant::now();
    env.ok(&["put-record", "--stream-name", "waits", "--partition-key", "k", "--data", "now"]);
    let out = waiting.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "now\n");
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "{:?}", started.elapsed());
}
