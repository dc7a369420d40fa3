//! Enhanced fan-out beyond what the conformance suite checks on every backend: records pushed
//! to a subscriber as they arrive (from another process), Ctrl-C, consumers' transitions,
//! real clients of SubscribeToShard (boto3 over HTTP/1.1, a raw HTTP/2 client over h2c).

use std::io::{BufRead, BufReader, Lines};
use std::process::{Child, ChildStdout, Stdio};

use crate::helpers::{Env, Server, run_client};

const ARN: &str = "arn:aws:kinesis:us-east-1:000000000000:stream/s";
/// A SigV4 Authorization header complete in form (serve does not verify it).
const SIGNATURE: &str = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/kinesis/aws4_request, SignedHeaders=host;x-amz-date, Signature=00";

/// Starts `kinesis <args>` in `env`, its output to be read line by line as it comes.
fn streaming(env: &Env, args: &[&str]) -> (Child, Lines<BufReader<ChildStdout>>) {
    let mut child =
        env.std_cmd().args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let lines = BufReader::new(child.stdout.take().unwrap()).lines();
    (child, lines)
}

/// A subscription of `consumer` to the first shard from its start, its payloads as lines.
fn subscribed(env: &Env, consumer: &str) -> (Child, Lines<BufReader<ChildStdout>>) {
    let shard = ["--shard-id", "shardId-000000000000", "--starting-position", "Type=TRIM_HORIZON"];
    let args =
        [&["subscribe-to-shard", "--consumer-arn", consumer][..], &shard, &["--output", "raw"]];
    streaming(env, &args.concat())
}

fn register(env: &Env, name: &str) -> String {
    let arn = env.ok(&[
        "register-stream-consumer",
        "--stream-arn",
        ARN,
        "--consumer-name",
        name,
        "--output",
        "raw",
    ]);
    arn.trim().to_string()
}

#[test]
fn records_put_by_another_process_are_pushed_and_ctrl_c_ends_with_130() {
    let env = Env::new();
    env.create("s", 1);
    let consumer = register(&env, "c");
    let (mut child, mut lines) = subscribed(&env, &consumer);
    for data in ["first", "second"] {
        env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", data]);
        assert_eq!(lines.next().unwrap().unwrap(), data);
    }
    let pid = child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    assert_eq!(child.wait().unwrap().code(), Some(130));
    assert!(lines.next().is_none());
}

#[test]
fn a_consumer_is_creating_then_active_and_cannot_subscribe_before() {
    let server = Server::start(&["--in-memory", "--register-consumer-ms", "60000"]);
    let env = Env::aws(&server.endpoint);
    env.create("s", 1);
    let consumer = register(&env, "slow");
    let status =
        env.ok(&["describe-stream-consumer", "--consumer-arn", &consumer, "--output", "raw"]);
    assert_eq!(status, "CREATING\n");
    let refused = env.fails(
        &[
            "subscribe-to-shard",
            "--consumer-arn",
            &consumer,
            "--shard-id",
            "shardId-000000000000",
            "--starting-position",
            "Type=LATEST",
        ],
        254,
    );
    assert_eq!(
        refused,
        format!(
            "kinesis: ResourceInUseException: Consumer {consumer} is not ACTIVE, instead in state CREATING."
        )
    );
}

#[test]
fn bad_starting_positions_are_refused_before_anything_is_sent() {
    let env = Env::new();
    env.create("s", 1);
    let consumer = register(&env, "c");
    let subscribe = |position: &str| {
        env.fails(
            &[
                "subscribe-to-shard",
                "--consumer-arn",
                &consumer,
                "--shard-id",
                "shardId-000000000000",
                "--starting-position",
                position,
            ],
            if position.contains("NEWEST") { 254 } else { 252 },
        )
    };
    assert_eq!(
        subscribe("Type=NEWEST"),
        "kinesis: ValidationException: 1 validation error detected: Value 'NEWEST' at 'startingPosition.type' failed to satisfy constraint: Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, LATEST, AT_TIMESTAMP, AT_SEQUENCE_NUMBER, TRIM_HORIZON]"
    );
    assert_eq!(
        subscribe("SequenceNumber=1"),
        "kinesis: ParamValidation: Parameter validation failed: Missing required parameter in StartingPosition: \"Type\""
    );
}

#[test]
fn boto3_subscribes_receives_pushed_records_and_sees_child_shards() {
    let server = Server::start(&["--in-memory", "--register-consumer-ms", "300"]);
    let args = [server.endpoint.as_str(), env!("CARGO_BIN_EXE_kinesis")];
    assert_eq!(run_client("boto3_subscribe.py", &args), "boto3 subscribe ok\n");
}

#[test]
fn an_http2_client_gets_the_event_stream_over_h2c() {
    use http_body_util::BodyExt;
    let server = Server::start(&["--in-memory"]);
    let env = Env::aws(&server.endpoint);
    env.create("s", 1);
    let consumer = register(&env, "h2");
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "pushed"]);
    // A closed shard's subscription ends after its children: the body is complete.
    env.ok(&["split-shard", "--stream-name", "s", "--shard-to-split", "shardId-000000000000"]);
    let request = serde_json::json!({
        "ConsumerARN": consumer,
        "ShardId": "shardId-000000000000",
        "StartingPosition": { "Type": "TRIM_HORIZON" },
    });
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let (version, content_type, body) = runtime.block_on(async {
        let tcp = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
        let io = hyper_util::rt::TokioIo::new(tcp);
        let (mut send, conn) =
            hyper::client::conn::http2::handshake(hyper_util::rt::TokioExecutor::new(), io)
                .await
                .unwrap();
        tokio::spawn(conn);
        let req = hyper::Request::post("/")
            .header("content-type", "application/x-amz-json-1.1")
            .header("x-amz-target", "Kinesis_20131202.SubscribeToShard")
            .header("authorization", SIGNATURE)
            .header("x-amz-date", "20260101T000000Z")
            .body(http_body_util::Full::new(hyper::body::Bytes::from(request.to_string())))
            .unwrap();
        let response = send.send_request(req).await.unwrap();
        let content_type = response.headers()["content-type"].to_str().unwrap().to_string();
        let version = response.version();
        (version, content_type, response.into_body().collect().await.unwrap().to_bytes())
    });
    assert_eq!(version, hyper::Version::HTTP_2);
    assert_eq!(content_type, "application/vnd.amazon.eventstream");
    let mut rest = &body[..];
    let mut events = Vec::new();
    while !rest.is_empty() {
        let message = aws_smithy_eventstream::frame::read_message_from(&mut rest).unwrap();
        let header = |name: &str| {
            let h = message.headers().iter().find(|h| h.name().as_str() == name).unwrap();
            h.value().as_string().unwrap().as_str().to_string()
        };
        assert_eq!(header(":message-type"), "event");
        let payload: serde_json::Value = serde_json::from_slice(message.payload()).unwrap();
        events.push((header(":event-type"), payload));
    }
    assert_eq!(events[0], ("initial-response".to_string(), serde_json::json!({})));
    let records: Vec<&str> = events[1..]
        .iter()
        .flat_map(|(_, e)| e["Records"].as_array().unwrap())
        .map(|r| r["Data"].as_str().unwrap())
        .collect();
    assert_eq!(records, ["cHVzaGVk"]);
    let (kind, last) = events.last().unwrap();
    assert_eq!(kind, "SubscribeToShardEvent");
    assert_eq!(last["ChildShards"].as_array().map(Vec::len), Some(2), "{last}");
}

#[test]
fn deleting_the_stream_ends_a_subscription_with_an_exception_event() {
    let server = Server::start(&["--in-memory"]);
    let env = Env::aws(&server.endpoint);
    env.create("s", 1);
    let consumer = register(&env, "c");
    let (child, mut lines) = subscribed(&env, &consumer);
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "before"]);
    assert_eq!(lines.next().unwrap().unwrap(), "before");
    env.ok(&["delete-stream", "--stream-name", "s", "--enforce-consumer-deletion"]);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(254));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "kinesis: ResourceNotFoundException: Shard shardId-000000000000 in stream s under account 000000000000 does not exist\n"
    );
}

/// The names of a stream's consumers.
fn consumer_names(env: &Env) -> String {
    env.ok(&[
        "list-stream-consumers",
        "--stream-arn",
        ARN,
        "--query",
        "Consumers[].ConsumerName",
        "--output",
        "text",
    ])
}

#[test]
fn read_efo_follows_a_reshard_and_deregisters_its_consumer_on_ctrl_c() {
    let env = Env::new();
    env.create("s", 1);
    let (mut child, mut lines) =
        streaming(&env, &["read", "--stream-name", "s", "--efo", "--follow"]);
    let put = |data: &str| {
        env.ok(&["put-record", "--stream-name", "s", "--partition-key", data, "--data", data]);
    };
    put("before");
    assert_eq!(lines.next().unwrap().unwrap(), "before");
    let names = consumer_names(&env);
    assert!(names.starts_with("kinesis-read-"), "{names}");
    env.ok(&["split-shard", "--stream-name", "s", "--shard-to-split", "shardId-000000000000"]);
    let after: Vec<String> = (0..6).map(|i| format!("after{i}")).collect();
    for data in &after {
        put(data);
    }
    let mut seen: Vec<String> = (0..6).map(|_| lines.next().unwrap().unwrap()).collect();
    seen.sort();
    assert_eq!(seen, after);
    let pid = child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    assert_eq!(child.wait().unwrap().code(), Some(130));
    assert!(lines.next().is_none());
    assert_eq!(consumer_names(&env), "");
}

#[test]
fn a_consumer_left_behind_by_a_killed_read_is_removed_by_the_next() {
    let env = Env::new();
    env.create("s", 1);
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
    let host: String = host
        .trim()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || "_.-".contains(c) { c } else { '-' })
        .take(64)
        .collect();
    // A process that has ended: its id names no running process.
    let mut gone = std::process::Command::new("true").spawn().unwrap();
    gone.wait().unwrap();
    let leftover = format!("kinesis-read-{host}-{}", gone.id());
    register(&env, &leftover);
    register(&env, "kinesis-read-elsewhere-1");
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "x"]);
    let out = env.std_cmd().args(["read", "--stream-name", "s", "--efo"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "x\n");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "kinesis: warning: deregistered {leftover}, left behind by a read that did not end cleanly\n"
        )
    );
    // Another host's temporary consumer is not this host's to judge.
    assert_eq!(consumer_names(&env), "kinesis-read-elsewhere-1\n");
}

#[test]
fn read_efo_with_a_consumer_name_keeps_it_and_takes_its_subscriptions_back() {
    let env = Env::new();
    env.create("s", 1);
    let (mut child, mut lines) = streaming(
        &env,
        &["read", "--stream-name", "s", "--efo", "--consumer-name", "mine", "--follow"],
    );
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "one"]);
    assert_eq!(lines.next().unwrap().unwrap(), "one");
    // Another subscriber of the same consumer takes the shard over, once five seconds have
    // passed since the read subscribed (before it printed "one"); the read takes it back
    // five seconds later, from where it was.
    std::thread::sleep(std::time::Duration::from_millis(5500));
    let arn = env.ok(&[
        "describe-stream-consumer",
        "--stream-arn",
        ARN,
        "--consumer-name",
        "mine",
        "--query",
        "ConsumerDescription.ConsumerARN",
        "--output",
        "raw",
    ]);
    let mut thief = env
        .std_cmd()
        .args([
            "subscribe-to-shard",
            "--consumer-arn",
            arn.trim(),
            "--shard-id",
            "shardId-000000000000",
        ])
        .args(["--starting-position", "Type=LATEST", "--output", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Its first event says its subscription stands.
    let mut thief_out = BufReader::new(thief.stdout.take().unwrap());
    let mut first = String::new();
    thief_out.read_line(&mut first).unwrap();
    assert_eq!(first, "{\n");
    env.ok(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "two"]);
    assert_eq!(lines.next().unwrap().unwrap(), "two");
    // The read took the subscription back: the other subscriber's ended with an error.
    std::io::Read::read_to_string(&mut thief_out, &mut first).unwrap();
    let ended = thief.wait_with_output().unwrap();
    assert_eq!(ended.status.code(), Some(254));
    assert!(
        String::from_utf8_lossy(&ended.stderr).starts_with("kinesis: ResourceInUseException: ")
    );
    let pid = child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    assert_eq!(child.wait().unwrap().code(), Some(130));
    assert_eq!(consumer_names(&env), "mine\n");
}

#[test]
fn the_aws_backend_subscribes_and_reads_over_http2_with_http2() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("serve.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let server = Server::spawn(
        std::process::Command::new(env!("CARGO_BIN_EXE_kinesis")),
        &["--in-memory", "--debug"],
        Stdio::from(log),
    );
    let env = Env::aws(&server.endpoint);
    let h2 = |args: &[&str]| env.ok(&[&["--http2"][..], args].concat());
    h2(&["create-stream", "--stream-name", "s", "--shard-count", "2"]);
    for data in ["a", "b", "c"] {
        h2(&["put-record", "--stream-name", "s", "--partition-key", data, "--data", data]);
    }
    let mut read: Vec<String> =
        h2(&["read", "--stream-name", "s", "--efo"]).lines().map(str::to_string).collect();
    read.sort();
    assert_eq!(read, ["a", "b", "c"]);
    let consumer = register(&env, "h2");
    h2(&["split-shard", "--stream-name", "s", "--shard-to-split", "shardId-000000000000"]);
    let subscribe = [
        "subscribe-to-shard",
        "--consumer-arn",
        &consumer,
        "--shard-id",
        "shardId-000000000000",
        "--starting-position",
        "Type=TRIM_HORIZON",
        "--query",
        "SubscribeToShardEvent.ChildShards[].ShardId",
        "--output",
        "text",
    ];
    let children = h2(&subscribe);
    assert!(children.ends_with("shardId-000000000002\tshardId-000000000003\n"), "{children}");
    drop(server);
    let log = std::fs::read_to_string(&log_path).unwrap();
    let subscriptions: Vec<&str> =
        log.lines().filter(|l| l.contains(" SubscribeToShard ")).collect();
    assert!(subscriptions.len() >= 3, "{log}");
    assert!(
        subscriptions.iter().all(|l| l.contains(" HTTP/2.0 POST / SubscribeToShard 200 ")),
        "{log}"
    );
    let refused = env.fails(
        &["--http2", "--endpoint-url", "https://kinesis.us-east-1.amazonaws.com", "list-streams"],
        252,
    );
    assert!(
        refused.starts_with("kinesis: ParamValidation: --http2 is for an http:// --endpoint-url"),
        "{refused}"
    );
}

#[test]
fn a_subscription_ends_after_five_minutes_as_on_aws() {
    use kinesis::backend::Kinesis;
    use kinesis::engine::{Clock, Engine, EngineOptions};
    use kinesis::model::*;
    let clock = Clock::manual(Timestamp(1_700_000_000_000));
    let engine =
        Engine::in_memory(EngineOptions { clock: clock.clone(), ..Default::default() }).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        crate::helpers::create_in(&engine, "s", 1).await;
        let register =
            RegisterStreamConsumerInput { stream_arn: ARN.into(), consumer_name: "c".into() };
        let consumer = engine.register_stream_consumer(register).await.unwrap().consumer;
        let input = SubscribeToShardInput {
            consumer_arn: consumer.consumer_arn,
            shard_id: "shardId-000000000000".into(),
            starting_position: StartingPosition {
                position_type: ShardIteratorType::TrimHorizon,
                sequence_number: None,
                timestamp: None,
            },
            dry_run: None,
        };
        let mut subscription = engine.subscribe_to_shard(input.clone()).await.unwrap();
        let first = subscription.next().await.unwrap().unwrap();
        assert!(first.records.is_empty());
        // Within five seconds the same consumer may not subscribe to the shard again.
        let again = engine.subscribe_to_shard(input).await.err().unwrap();
        assert_eq!(again.code(), "ResourceInUseException");
        clock.advance(299_999);
        let put = PutRecordInput {
            stream: StreamRef::name("s"),
            data: Blob(b"late".to_vec()),
            partition_key: Some("k".into()),
            explicit_hash_key: None,
            sequence_number_for_ordering: None,
            dry_run: None,
        };
        engine.put_record(put).await.unwrap();
        let pushed = subscription.next().await.unwrap().unwrap();
        assert_eq!(pushed.records[0].data.0, b"late");
        clock.advance(1);
        assert!(subscription.next().await.is_none(), "the subscription outlived five minutes");
    });
}

#[test]
fn every_starting_position_in_shorthand_or_json() {
    let env = Env::new();
    env.create("s", 1);
    let seqs: Vec<String> = ["a", "b", "c"]
        .iter()
        .map(|d| {
            let args = ["put-record", "--stream-name", "s", "--partition-key", d, "--data", d];
            env.ok(&[&args[..], &["--output", "raw"]].concat()).trim().to_string()
        })
        .collect();
    let read = env.ok(&["read", "--stream-name", "s", "--output", "json"]);
    let arrivals: Vec<(String, String)> = read
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|r| {
            (
                r["ApproximateArrivalTimestamp"].as_str().unwrap().to_string(),
                r["Data"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let second_time = arrivals[1].0.clone();
    // Records of the same millisecond as the second come with it.
    let from_second: String =
        arrivals.iter().filter(|(t, _)| *t >= second_time).map(|(_, d)| format!("{d}\n")).collect();
    // Closed, the shard's subscriptions end after its last records.
    env.ok(&["split-shard", "--stream-name", "s", "--shard-to-split", "shardId-000000000000"]);
    let cases = [
        ("Type=TRIM_HORIZON".to_string(), "a\nb\nc\n"),
        (format!("Type=AT_SEQUENCE_NUMBER,SequenceNumber={}", seqs[1]), "b\nc\n"),
        (
            format!("{{\"Type\": \"AFTER_SEQUENCE_NUMBER\", \"SequenceNumber\": \"{}\"}}", seqs[1]),
            "c\n",
        ),
        (format!("Type=AT_TIMESTAMP,Timestamp={second_time}"), from_second.as_str()),
        ("{\"Type\": \"LATEST\"}".to_string(), ""),
    ];
    for (i, (position, expected)) in cases.iter().enumerate() {
        // One consumer per case: the same consumer may not resubscribe within five seconds.
        let consumer = register(&env, &format!("c{i}"));
        let got = env.ok(&[
            "subscribe-to-shard",
            "--consumer-arn",
            &consumer,
            "--shard-id",
            "shardId-000000000000",
            "--starting-position",
            position,
            "--output",
            "raw",
        ]);
        assert_eq!(got, *expected, "{position}");
    }
}

#[test]
fn read_efo_honours_every_option_of_read() {
    let env = Env::new();
    env.create("s", 2);
    for i in 0..20 {
        let data = format!("r{i:02}");
        env.ok(&["put-record", "--stream-name", "s", "--partition-key", &data, "--data", &data]);
    }
    let arrived = env.ok(&[
        "read",
        "--stream-name",
        "s",
        "--output",
        "json",
        "--query",
        "ApproximateArrivalTimestamp",
    ]);
    let mut times: Vec<&str> = arrived.lines().map(|l| l.trim_matches('"')).collect();
    times.sort();
    let middle = times[10].to_string();
    let runs: [&[&str]; 5] = [
        &["--output", "json"],
        &["--output", "text"],
        &["--from", "at-timestamp", &middle],
        &["--until", &middle],
        &["--shard-id", "shardId-000000000001"],
    ];
    for extra in runs {
        let polled = env.ok(&[&["read", "--stream-name", "s"][..], extra].concat());
        let pushed = env.ok(&[&["read", "--stream-name", "s", "--efo"][..], extra].concat());
        let sorted = |text: &str| {
            let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
            lines.sort();
            lines
        };
        assert_eq!(sorted(&pushed), sorted(&polled), "{extra:?}");
    }
    let five = env.ok(&["read", "--stream-name", "s", "--efo", "--max-records", "5"]);
    assert_eq!(five.lines().count(), 5);
    env.fails(&["read", "--stream-name", "s", "--consumer-name", "x"], 252);
}
