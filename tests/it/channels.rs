//! Channels: refused by the embedded engine (no S3 to deliver to) with one clear line, on the
//! command line and over `serve`; relayed as JSON documents by the AWS backend (checked here
//! against a small endpoint that answers as Kinesis does).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;

use serde_json::{Value, json};

use crate::helpers::{Env, Server};

const NO_CHANNELS: &str = "kinesis: InvalidArgumentException: Channels deliver a stream's records \
    to Amazon S3, which the embedded engine does not have: use --backend aws (or --endpoint-url) \
    for channels.";

const CHANNEL: &str = "arn:aws:kinesis:us-east-1:123456789012:channel/c";

#[test]
fn the_engine_refuses_every_channel_action_clearly() {
    let local = Env::new();
    let server = Server::start(&["--in-memory"]);
    let through_serve = Env::aws(&server.endpoint);
    for env in [&local, &through_serve] {
        for args in [
            &["list-channels"][..],
            &["describe-channel", "--channel-arn", CHANNEL],
            &["delete-channel", "--channel-arn", CHANNEL],
            &[
                "update-channel",
                "--channel-arn",
                CHANNEL,
                "--logging-configuration",
                "CloudWatchLogs={Enabled=false}",
            ],
            &[
                "create-channel",
                "--channel-name",
                "c",
                "--service-execution-role-arn",
                "arn:aws:iam::123456789012:role/r",
                "--stream-configuration-list",
                "[]",
            ],
        ] {
            let line = env.fails(args, 254);
            if args[0] == "create-channel" {
                // Checked as Kinesis checks it first: the list may not be empty.
                assert!(line.starts_with("kinesis: ValidationException: 1 validation error detected: Value '[]' at 'streamConfigurationList'"), "{line}");
            } else {
                assert_eq!(line, NO_CHANNELS, "{args:?}");
            }
        }
    }
}

/// One request as the fake endpoint saw it: its target and JSON body.
type Seen = (String, Value);

/// Answers each request with the next of `answers` (status, body), and reports what it saw.
fn fake_kinesis(answers: Vec<(u16, Value)>) -> (String, std::thread::JoinHandle<Vec<Seen>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        let mut seen = Vec::new();
        for (status, answer) in answers {
            let (stream, _) = listener.accept().unwrap();
            let mut reader = BufReader::new(stream);
            let (mut target, mut length) = (String::new(), 0usize);
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                let (name, value) = line.split_once(": ").unwrap_or((line, ""));
                match name.to_ascii_lowercase().as_str() {
                    "x-amz-target" => target = value.to_string(),
                    "content-length" => length = value.parse().unwrap(),
                    _ => {}
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            seen.push((target, serde_json::from_slice(&body).unwrap_or(Value::Null)));
            let text = answer.to_string();
            let reason = if status == 200 { "OK" } else { "Bad Request" };
            write!(
                reader.get_mut(),
                "HTTP/1.1 {status} {reason}\r\nContent-Type: application/x-amz-json-1.1\r\n\
                 x-amzn-RequestId: 1\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
                text.len()
            )
            .unwrap();
        }
        seen
    });
    (url, handle)
}

#[test]
fn the_aws_backend_relays_channel_documents() {
    let summary = json!({
        "ChannelName": "c",
        "ChannelARN": CHANNEL,
        "ChannelId": "id-1",
        "ChannelStatus": "ACTIVE",
        "ChannelCreationTimestamp": 1.7e9,
        "ChannelDestinationType": "S3",
        "Streams": [{"StreamARN": "arn:aws:kinesis:us-east-1:123456789012:stream/s"}],
    });
    let (url, seen) = fake_kinesis(vec![
        (200, json!({"ChannelSummaries": [summary], "NextToken": "more"})),
        (400, json!({"__type": "ResourceNotFoundException", "message": "Channel c not found."})),
        (200, json!({})),
    ]);
    let env = Env::aws(&url);
    let filter = r#"[{"StreamARN": "arn:aws:kinesis:us-east-1:123456789012:stream/s"}]"#;
    let out = env.json(&["list-channels", "--stream-filter", filter, "--max-results", "5"]);
    assert_eq!(out["ChannelSummaries"][0]["ChannelName"], "c");
    assert_eq!(out["ChannelSummaries"][0]["ChannelCreationTimestamp"], "2023-11-14T22:13:20+00:00");
    assert_eq!(out["NextToken"], "more");
    let line = env.fails(&["describe-channel", "--channel-arn", CHANNEL], 254);
    assert_eq!(line, "kinesis: ResourceNotFoundException: Channel c not found.");
    env.ok(&["delete-channel", "--channel-arn", CHANNEL]);
    let seen = seen.join().unwrap();
    assert_eq!(
        seen,
        [
            (
                "Kinesis_20131202.ListChannels".to_string(),
                json!({"StreamFilter": serde_json::from_str::<Value>(filter).unwrap(), "MaxResults": 5})
            ),
            ("Kinesis_20131202.DescribeChannel".to_string(), json!({"ChannelARN": CHANNEL})),
            ("Kinesis_20131202.DeleteChannel".to_string(), json!({"ChannelARN": CHANNEL})),
        ]
    );
}
