//! The registry of actions is complete: every action has its aws-cli command, a route on
//! `serve`, and (checked by the compiler, through the `Kinesis` trait the registry generates)
//! an engine function and an AWS adapter call.

use std::io::{Read, Write};

use kinesis::model::Action;

use crate::helpers::Server;

#[test]
fn every_action_has_its_aws_cli_command() {
    let cli = kinesis::cli::command();
    for action in Action::ALL {
        let name = action.command();
        assert!(cli.find_subcommand(&name).is_some(), "{} has no command {name}", action.name());
    }
}

#[test]
fn every_action_has_a_route_on_serve() {
    let server = Server::start(&["--in-memory"]);
    for action in Action::ALL {
        let mut s = std::net::TcpStream::connect(server.addr()).unwrap();
        let head = format!(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\n\
             X-Amz-Target: Kinesis_20131202.{}\r\n{}Content-Length: 2\r\nConnection: close\r\n\r\n{{}}",
            action.name(),
            crate::helpers::SIGNED
        );
        s.write_all(head.as_bytes()).unwrap();
        let mut answer = String::new();
        s.read_to_string(&mut answer).unwrap();
        assert!(!answer.contains("UnknownOperationException"), "{}: {answer}", action.name());
        assert!(
            answer.starts_with("HTTP/1.1 200") || answer.starts_with("HTTP/1.1 400"),
            "{answer}"
        );
    }
}
