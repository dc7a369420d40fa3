//! `kinesis serve`: the HTTP protocol and its malformed requests, real clients (boto3, aws-cli)
//! and the data dir shared with the CLI, shutdown.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::{Value, json};

use crate::helpers::{Env, SIGNED, Server, python, run_client};

/// Sends one raw HTTP request; returns the status and body.
fn http(addr: &str, head: &str, body: &[u8]) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(head.as_bytes()).unwrap();
    // A server that refuses a body stops reading it: the rest may not go through.
    let _ = s.write_all(body);
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

fn post(server: &Server, target: Option<&str>, content_type: &str, body: &str) -> (u16, String) {
    let target = target.map(|t| format!("X-Amz-Target: {t}\r\n")).unwrap_or_default();
    let head = format!(
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\n{target}{SIGNED}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    http(&server.addr(), &head, body.as_bytes())
}

pub(crate) fn call(server: &Server, action: &str, body: &str) -> (u16, Value) {
    let (status, text) = post(
        server,
        Some(&format!("Kinesis_20131202.{action}")),
        "application/x-amz-json-1.1",
        body,
    );
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[test]
fn malformed_requests_get_aws_error_shapes() {
    let server = Server::start(&["--in-memory"]);
    assert_eq!(
        call(&server, "CreateStream", "{\"StreamName\": \"s\", \"ShardCount\": 1}"),
        (200, json!({}))
    );
    let cases: Vec<(&str, &str, u16, Value)> = vec![
        ("CreateStream", "not json", 400, json!({"__type": "SerializationException"})),
        ("CreateStream", "[1]", 400, json!({"__type": "SerializationException"})),
        ("CreateStream", "", 400, json!({"__type": "SerializationException"})),
        ("NoSuchAction", "{}", 400, json!({"__type": "UnknownOperationException"})),
        (
            "CreateStream",
            "{\"StreamName\": 5}",
            400,
            json!({"__type": "SerializationException", "Message": "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String"}),
        ),
        (
            "CreateStream",
            "{\"StreamName\": \"x\", \"ShardCount\": \"2\"}",
            400,
            json!({"__type": "SerializationException", "Message": "class java.lang.String can not be converted to an Integer"}),
        ),
        (
            "PutRecords",
            "{\"StreamName\": \"s\", \"Records\": {}}",
            400,
            json!({"__type": "SerializationException", "Message": "Start of structure or map found where not expected."}),
        ),
        (
            "PutRecord",
            "{\"StreamName\": \"s\", \"PartitionKey\": \"k\", \"Data\": \"abc\"}",
            400,
            json!({"__type": "SerializationException", "Message": "'abc' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: 3"}),
        ),
        (
            "CreateStream",
            "{}",
            400,
            json!({"__type": "ValidationException", "message": "1 validation error detected: Value null at 'streamName' failed to satisfy constraint: Member must not be null"}),
        ),
        (
            "GetShardIterator",
            "{\"StreamName\": \"s\", \"ShardId\": \"shardId-000000000000\", \"ShardIteratorType\": \"SOON\"}",
            400,
            json!({"__type": "ValidationException", "message": "1 validation error detected: Value 'SOON' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, LATEST, AT_TIMESTAMP, AT_SEQUENCE_NUMBER, TRIM_HORIZON]"}),
        ),
        (
            "PutRecords",
            "{\"StreamName\": \"s\", \"Records\": [{\"Data\": \"YQ==\"}]}",
            400,
            json!({"__type": "ValidationException", "message": "1 validation error detected: Value null at 'records.1.member.partitionKey' failed to satisfy constraint: Member must not be null"}),
        ),
        (
            "DescribeStream",
            "{\"StreamName\": \"nope\"}",
            400,
            json!({"__type": "ResourceNotFoundException", "message": "Stream nope under account 000000000000 not found."}),
        ),
        (
            "CreateStream",
            "{\"StreamName\": \"a/b\", \"ShardCount\": 1}",
            400,
            json!({"__type": "ValidationException", "message": "1 validation error detected: Value 'a/b' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"}),
        ),
    ];
    for (action, body, status, expected) in cases {
        assert_eq!(call(&server, action, body), (status, expected), "{action} {body}");
    }
    // No target, or a wrong one.
    let (status, body) = post(&server, None, "application/x-amz-json-1.1", "{}");
    assert_eq!(
        (status, serde_json::from_str::<Value>(&body).unwrap()),
        (400, json!({"__type": "UnknownOperationException"}))
    );
    let (status, body) =
        post(&server, Some("DynamoDB_20120810.ListTables"), "application/x-amz-json-1.1", "{}");
    assert_eq!((status, body.as_str()), (400, "{\"__type\":\"UnknownOperationException\"}"));
    let (status, body) = post(&server, None, "text/plain", "{}");
    assert_eq!(status, 403);
    assert!(body.starts_with("<AccessDeniedException>"), "{body}");
    let (status, _) =
        http(&server.addr(), "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", b"");
    assert_eq!(status, 200);
}

/// Sends one raw HTTP request; returns the status, the headers (names lower-cased) and the body.
fn exchange(addr: &str, head: &str, body: &[u8]) -> (u16, Vec<(String, String)>, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    let (top, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = top.lines();
    let status = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|c| c.parse().ok());
    let headers = lines
        .filter_map(|l| l.split_once(": "))
        .map(|(k, v)| (k.to_ascii_lowercase(), v.to_string()))
        .collect();
    (status.unwrap_or(0), headers, body.to_string())
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

#[test]
fn unsigned_requests_are_refused_as_aws_refuses_them() {
    let server = Server::start(&["--in-memory", "--stream", "s:1"]);
    let request = |auth: &str| {
        format!(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\n\
             X-Amz-Target: Kinesis_20131202.ListStreams\r\n{auth}Content-Length: 2\r\n\
             Connection: close\r\n\r\n"
        )
    };
    let cases = [
        ("", "MissingAuthenticationTokenException", "Missing Authentication Token"),
        (
            "Authorization: AWS4-HMAC-SHA256 Credential=a/b, Signature=00\r\n",
            "IncompleteSignatureException",
            "Authorization header requires 'SignedHeaders' parameter. Authorization header \
             requires existence of either a 'X-Amz-Date' or a 'Date' header. \
             Authorization=AWS4-HMAC-SHA256 Credential=a/b, Signature=00",
        ),
    ];
    for (auth, code, message) in cases {
        let (status, body) = http(&server.addr(), &request(auth), b"{}");
        assert_eq!(
            (status, serde_json::from_str::<Value>(&body).unwrap()),
            (400, json!({"__type": code, "message": message}))
        );
    }
    let both = format!(
        "POST /?X-Amz-Algorithm=AWS4-HMAC-SHA256 HTTP/1.1\r\nHost: x\r\n\
         Content-Type: application/x-amz-json-1.1\r\nX-Amz-Target: Kinesis_20131202.ListStreams\r\n\
         {SIGNED}Content-Length: 2\r\nConnection: close\r\n\r\n"
    );
    let (_, body) = http(&server.addr(), &both, b"{}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["__type"],
        "InvalidSignatureException"
    );
    let (status, body) = http(&server.addr(), &request(SIGNED), b"{}");
    assert_eq!(
        (status, serde_json::from_str::<Value>(&body).unwrap()["StreamNames"][0].clone()),
        (200, json!("s"))
    );
    // --no-auth-check: curl's requests are served.
    let open = Server::start(&["--in-memory", "--stream", "s:1", "--no-auth-check"]);
    let (status, body) = http(&open.addr(), &request(""), b"{}");
    assert_eq!(status, 200, "{body}");
}

#[test]
fn every_answer_has_aws_ids_and_browsers_get_cors() {
    let server = Server::start(&["--in-memory", "--stream", "s:1"]);
    let head = format!(
        "POST / HTTP/1.1\r\nHost: x\r\nOrigin: http://localhost:3000\r\n\
         Content-Type: application/x-amz-json-1.1\r\nX-Amz-Target: Kinesis_20131202.ListStreams\r\n\
         {SIGNED}Content-Length: 2\r\nConnection: close\r\n\r\n"
    );
    let (status, headers, _) = exchange(&server.addr(), &head, b"{}");
    assert_eq!(status, 200);
    let id = header(&headers, "x-amzn-requestid").unwrap();
    assert!(id.len() == 36 && id.as_bytes()[14] == b'4', "a UUID: {id}");
    assert_eq!(header(&headers, "x-amz-id-2").map(str::len), Some(96));
    assert_eq!(header(&headers, "access-control-allow-origin"), Some("*"));
    assert!(
        header(&headers, "access-control-expose-headers").unwrap().contains("x-amzn-RequestId")
    );
    // The preflight a browser sends first.
    let preflight = "OPTIONS / HTTP/1.1\r\nHost: x\r\nOrigin: http://localhost:3000\r\n\
         Access-Control-Request-Method: POST\r\n\
         Access-Control-Request-Headers: content-type,x-amz-target,authorization,x-amz-date\r\n\
         Connection: close\r\n\r\n";
    let (status, headers, body) = exchange(&server.addr(), preflight, b"");
    assert_eq!((status, body.as_str()), (200, ""));
    assert_eq!(header(&headers, "access-control-allow-origin"), Some("*"));
    assert_eq!(header(&headers, "access-control-allow-methods"), Some("POST"));
    assert_eq!(
        header(&headers, "access-control-allow-headers"),
        Some("content-type,x-amz-target,authorization,x-amz-date")
    );
    assert_eq!(header(&headers, "access-control-max-age"), Some("172800"));
    assert!(header(&headers, "x-amzn-requestid").is_some());
    assert_eq!(header(&headers, "x-amz-id-2"), None);
    // Any other method is AWS's AccessDeniedException, in XML; the health check has its path.
    let (status, headers, body) =
        exchange(&server.addr(), "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", b"");
    assert_eq!(
        (status, body.as_str()),
        (
            403,
            "<AccessDeniedException>\n  <Message>Unable to determine service/operation name to be authorized</Message>\n</AccessDeniedException>\n"
        )
    );
    assert!(header(&headers, "x-amzn-requestid").is_some());
}

#[test]
fn huge_bodies_are_refused_without_being_read() {
    let server = Server::start(&["--in-memory"]);
    let head = "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: Kinesis_20131202.PutRecords\r\nContent-Length: 104857600\r\nConnection: close\r\n\r\n";
    // Only a little of the declared 100 MiB is sent; the answer comes at once.
    let started = std::time::Instant::now();
    let (status, _) = http(&server.addr(), head, b"");
    assert_eq!(status, 413);
    assert!(started.elapsed() < Duration::from_secs(5));
    // A body that grows past the limit without declaring its length is cut off too.
    let chunked = "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: Kinesis_20131202.PutRecords\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    let mut body = Vec::new();
    for _ in 0..15 {
        body.extend_from_slice(format!("{:x}\r\n", 1 << 20).as_bytes());
        body.extend(std::iter::repeat_n(b' ', 1 << 20));
        body.extend_from_slice(b"\r\n");
    }
    // The server answers 413 and closes; the client, still writing, may see the connection
    // reset before it reads the answer (status 0). Either way the body was not taken in, and
    // the server carries on.
    let (status, _) = http(&server.addr(), chunked, &body);
    assert!(status == 413 || status == 0, "{status}");
    let (status, _) =
        http(&server.addr(), "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", b"");
    assert_eq!(status, 200);
}

#[test]
fn slow_clients_and_many_connections() {
    let server = Server::start(&["--in-memory", "--stream", "s:2"]);
    // A client that sends half a request and stalls holds only its own connection.
    let mut slow = TcpStream::connect(server.addr()).unwrap();
    slow.write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"Str").unwrap();
    let addr = server.addr();
    let clients: Vec<_> = (0..64)
        .map(|i| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let body = format!("{{\"StreamName\": \"s\", \"PartitionKey\": \"k{i}\", \"Data\": \"YQ==\"}}");
                let head = format!("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: Kinesis_20131202.PutRecord\r\n{SIGNED}Content-Length: {}\r\nConnection: close\r\n\r\n", body.len());
                http(&addr, &head, body.as_bytes()).0
            })
        })
        .collect();
    for c in clients {
        assert_eq!(c.join().unwrap(), 200);
    }
    drop(slow);
    let env = Env::aws(&server.endpoint);
    assert_eq!(env.ok(&["read", "--stream-name", "s"]).lines().count(), 64);
}

#[test]
fn the_cli_and_the_server_share_the_data_dir() {
    let env = Env::new();
    env.create("shared", 2);
    let server = Server::start(&[
        "--data-dir",
        env.data_dir().to_str().unwrap(),
        "--stream",
        "made-by-serve:1",
    ]);
    let remote = Env::aws(&server.endpoint);
    remote.ok(&[
        "put-record",
        "--stream-name",
        "shared",
        "--partition-key",
        "k",
        "--data",
        "via the server",
    ]);
    env.ok(&[
        "put-record",
        "--stream-name",
        "shared",
        "--partition-key",
        "k",
        "--data",
        "via the CLI",
    ]);
    assert_eq!(env.ok(&["read", "--stream-name", "shared"]), "via the server\nvia the CLI\n");
    assert_eq!(remote.ok(&["read", "--stream-name", "shared"]), "via the server\nvia the CLI\n");
    assert_eq!(env.ok(&["list-streams", "--output", "raw"]), "made-by-serve\nshared\n");
}

#[test]
fn server_options() {
    let server = Server::start(&[
        "--in-memory",
        "--shard-limit",
        "3",
        "--iterator-ttl",
        "1",
        "--stream",
        "a:2",
    ]);
    let env = Env::aws(&server.endpoint);
    let line = env.fails(&["create-stream", "--stream-name", "b", "--shard-count", "2"], 254);
    assert!(line.starts_with("kinesis: LimitExceededException: "), "{line}");
    let it = env.ok(&[
        "get-shard-iterator",
        "--stream-name",
        "a",
        "--shard-id",
        "shardId-000000000000",
        "--shard-iterator-type",
        "LATEST",
        "--output",
        "text",
    ]);
    std::thread::sleep(Duration::from_millis(1100));
    let line = env.fails(&["get-records", "--shard-iterator", it.trim_end()], 254);
    assert!(line.starts_with("kinesis: ExpiredIteratorException: Iterator expired."), "{line}");
    let bad = Env::new();
    bad.fails(&["serve", "--stream", "nocount", "--in-memory"], 252);
    bad.fails(&["serve", "--bind", "not-an-address"], 252);
}

#[test]
fn boto3_runs_its_workflow() {
    let server = Server::start(&["--in-memory"]);
    assert_eq!(run_client("boto3_workflow.py", &[&server.endpoint]), "boto3 workflow ok\n");
}

/// Runs `aws kinesis <args>` (the test virtualenv's aws-cli) against `server`.
fn aws_cli(server: &Server, args: &[&str]) -> String {
    let bin = python().with_file_name("aws");
    let out = std::process::Command::new(bin)
        .args(["--endpoint-url", &server.endpoint, "kinesis"])
        .args(args)
        .env("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", "secret")
        .env("AWS_DEFAULT_REGION", "us-east-1")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
        .output()
        .unwrap();
    assert!(out.status.success(), "aws {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn paging_tokens_pass_between_aws_cli_and_kinesis() {
    let server = Server::start(&["--in-memory", "--stream", "s:5"]);
    let env = Env::aws(&server.endpoint);
    let ids = |v: &Value| -> Vec<String> {
        v["Shards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["ShardId"].as_str().unwrap().into())
            .collect()
    };
    let theirs: Value = serde_json::from_str(&aws_cli(
        &server,
        &["list-shards", "--stream-name", "s", "--max-items", "2"],
    ))
    .unwrap();
    let token = theirs["NextToken"].as_str().unwrap();
    let ours = env.json(&[
        "list-shards",
        "--stream-name",
        "s",
        "--starting-token",
        token,
        "--max-items",
        "2",
    ]);
    let back = ours["NextToken"].as_str().unwrap();
    let rest: Value = serde_json::from_str(&aws_cli(
        &server,
        &["list-shards", "--stream-name", "s", "--starting-token", back],
    ))
    .unwrap();
    let all = [ids(&theirs), ids(&ours), ids(&rest)].concat();
    assert_eq!(all, (0..5).map(|i| format!("shardId-00000000000{i}")).collect::<Vec<_>>());
}

#[test]
fn aws_cli_runs_the_seed_lines() {
    let server = Server::start(&["--in-memory"]);
    let aws = |args: &[&str]| aws_cli(&server, args);
    assert_eq!(aws(&["create-stream", "--stream-name", "family", "--shard-count", "4"]), "");
    let text = aws(&["describe-stream", "--stream-name", "family", "--output", "text"]);
    assert!(text.contains("\nHASHKEYRANGE\t85070591730234615865843651857942052863\t0\n"), "{text}");
    assert!(aws(&["list-streams", "--output", "text"]).contains("STREAMNAMES\tfamily\n"));
    let put = aws(&[
        "put-record",
        "--stream-name",
        "family",
        "--partition-key",
        "1",
        "--data",
        "name:Senthil, Age:38, Place: Chennai",
        "--output",
        "text",
    ]);
    assert!(put.trim_end().ends_with("\tshardId-000000000003"), "{put}");
    let it = aws(&[
        "get-shard-iterator",
        "--stream-name",
        "family",
        "--shard-id",
        "shardId-000000000003",
        "--shard-iterator-type",
        "TRIM_HORIZON",
        "--output",
        "text",
    ]);
    let page: Value =
        serde_json::from_str(&aws(&["get-records", "--shard-iterator", it.trim_end()])).unwrap();
    use base64::Engine as _;
    let data = base64::engine::general_purpose::STANDARD
        .decode(page["Records"][0]["Data"].as_str().unwrap())
        .unwrap();
    assert_eq!(data, b"name:Senthil, Age:38, Place: Chennai");
    assert!(
        aws(&[
            "split-shard",
            "--stream-name",
            "family",
            "--shard-to-split",
            "shardId-000000000000",
            "--new-starting-hash-key",
            "42535295865117307932921825928971026432"
        ])
        .is_empty()
    );
    assert!(
        aws(&[
            "merge-shards",
            "--stream-name",
            "family",
            "--shard-to-merge",
            "shardId-000000000004",
            "--adjacent-shard-to-merge",
            "shardId-000000000005"
        ])
        .is_empty()
    );
}

#[test]
fn transitions_take_the_configured_time() {
    let server = Server::start(&[
        "--in-memory",
        "--create-stream-ms",
        "400",
        "--update-stream-ms",
        "400",
        "--delete-stream-ms",
        "400",
    ]);
    let env = Env::aws(&server.endpoint);
    let status = || env.ok(&["describe-stream-summary", "--stream-name", "s", "--output", "raw"]);
    let wait = |what: &str| {
        env.ok(&["wait", what, "--stream-name", "s", "--delay", "0.1", "--max-attempts", "50"])
    };
    env.ok(&["create-stream", "--stream-name", "s", "--shard-count", "2"]);
    assert_eq!(status(), "CREATING\n");
    let line = env
        .fails(&["put-record", "--stream-name", "s", "--partition-key", "k", "--data", "x"], 254);
    assert!(line.starts_with("kinesis: ResourceNotFoundException: "), "{line}");
    wait("stream-exists");
    assert_eq!(status(), "ACTIVE\n");
    env.ok(&["split-shard", "--stream-name", "s", "--shard-to-split", "shardId-000000000000"]);
    assert_eq!(status(), "UPDATING\n");
    env.ok(&[
        "put-record",
        "--stream-name",
        "s",
        "--partition-key",
        "k",
        "--data",
        "writable while updating",
    ]);
    let line = env.fails(
        &["split-shard", "--stream-name", "s", "--shard-to-split", "shardId-000000000001"],
        254,
    );
    assert!(line.starts_with("kinesis: ResourceInUseException: Stream s under account 000000000000 not ACTIVE, instead in state UPDATING"), "{line}");
    wait("stream-exists");
    env.ok(&["delete-stream", "--stream-name", "s"]);
    assert_eq!(status(), "DELETING\n");
    wait("stream-not-exists");
    env.fails(&["describe-stream", "--stream-name", "s"], 254);
    env.ok(&["create-stream", "--stream-name", "s", "--shard-count", "1"]);
}

#[test]
fn serve_refuses_the_flags_it_would_ignore() {
    let env = Env::new();
    for (args, flag) in [
        (&["serve", "--output", "text"][..], "--output"),
        (&["serve", "--query", "x"][..], "--query"),
        (&["serve", "--cli-binary-format", "base64"][..], "--cli-binary-format"),
    ] {
        assert_eq!(
            env.fails(args, 252),
            format!(
                "kinesis: UsageError: serve does not print responses: {flag} means nothing to \
                 it (see --help)"
            )
        );
    }
}

#[test]
fn serve_with_an_endpoint_relays_to_it_and_says_so() {
    let upstream = Server::start(&["--in-memory", "--stream", "upstream:1"]);
    let log = tempfile::NamedTempFile::new().unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kinesis"));
    cmd.env("AWS_ACCESS_KEY_ID", "x")
        .env("AWS_SECRET_ACCESS_KEY", "x")
        .env("AWS_REGION", "us-east-1")
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .args(["--endpoint-url", &upstream.endpoint]);
    let front = Server::spawn(cmd, &[], log.reopen().unwrap().into());
    let client = Env::aws(&front.endpoint);
    assert_eq!(client.ok(&["list-streams", "--output", "raw"]), "upstream\n");
    drop(front);
    let logged = std::fs::read_to_string(log.path()).unwrap();
    assert!(
        logged.contains(&format!("kinesis: serving the AWS backend ({})", upstream.endpoint)),
        "{logged}"
    );
}

#[test]
fn cbor_round_trips_every_action_with_an_independent_encoder() {
    let server = Server::start(&["--in-memory"]);
    let url = format!("http://{}", server.addr());
    let printed = run_client("cbor_client.py", &[&url]);
    let mut checked: Vec<&str> = printed.lines().collect();
    checked.sort_unstable();
    let mut all: Vec<&str> = kinesis::model::Action::ALL.iter().map(|a| a.name()).collect();
    all.sort_unstable();
    assert_eq!(checked, all);
}

#[test]
fn signatures_are_verified_when_asked() {
    let keys =
        ["--verify-signatures", "--access-key-id", "AKIDEXAMPLE", "--secret-access-key", "secret"];
    let server = Server::start(&[&["--in-memory"], &keys[..]].concat());
    // botocore's signer, on every action: each signature verifies.
    let url = format!("http://{}", server.addr());
    assert_eq!(
        run_client("cbor_client.py", &[&url]).lines().count(),
        kinesis::model::Action::ALL.len()
    );
    let list = |auth: &str, date: &str| {
        let head = format!(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\n\
             X-Amz-Target: Kinesis_20131202.ListStreams\r\nAuthorization: {auth}\r\n\
             X-Amz-Date: {date}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n"
        );
        let (status, body) = http(&server.addr(), &head, b"{}");
        let body: Value = serde_json::from_str(&body).unwrap();
        (
            status,
            body["__type"].as_str().unwrap_or_default().to_string(),
            body["message"].as_str().unwrap_or_default().to_string(),
        )
    };
    let now = {
        let format =
            time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");
        time::OffsetDateTime::now_utc().format(&format).unwrap()
    };
    let signature = |key: &str| {
        format!(
            "AWS4-HMAC-SHA256 Credential={key}/{}/us-east-1/kinesis/aws4_request, \
             SignedHeaders=host;x-amz-date, Signature=0123456789abcdef",
            &now[..8]
        )
    };
    let (status, code, message) = list(&signature("AKIDEXAMPLE"), &now);
    assert_eq!((status, code.as_str()), (400, "InvalidSignatureException"));
    assert!(message.starts_with("The request signature we calculated does not match"), "{message}");
    assert!(
        message.contains("\nhost;x-amz-date\n"),
        "the canonical request it expected: {message}"
    );
    let (_, code, message) = list(&signature("AKIDOTHER"), &now);
    assert_eq!(
        (code.as_str(), message.as_str()),
        ("UnrecognizedClientException", "The security token included in the request is invalid.")
    );
    let (_, code, message) = list(&signature("AKIDEXAMPLE"), "20200101T000000Z");
    assert_eq!(code, "InvalidSignatureException");
    assert!(
        message.starts_with("Signature expired: 20200101T000000Z is now earlier than "),
        "{message}"
    );
}

#[test]
fn verify_signatures_takes_its_keys_from_a_profile() {
    let dir = tempfile::tempdir().unwrap();
    let credentials = dir.path().join("credentials");
    std::fs::write(&credentials, "[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n\n[other]\naws_access_key_id = AKIDOTHER\n").unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kinesis"));
    cmd.env("AWS_SHARED_CREDENTIALS_FILE", &credentials);
    let server =
        Server::spawn(cmd, &["--in-memory", "--verify-signatures"], std::process::Stdio::null());
    let url = format!("http://{}", server.addr());
    assert_eq!(
        run_client("cbor_client.py", &[&url]).lines().count(),
        kinesis::model::Action::ALL.len()
    );
    // A profile without a key pair is a configuration error, said before anything listens.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kinesis"))
        .env("AWS_SHARED_CREDENTIALS_FILE", &credentials)
        .args(["serve", "--in-memory", "--port", "0", "--verify-signatures", "--profile", "other"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(253));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("profile 'other'") && stderr.contains("has no key pair"), "{stderr}");
}
