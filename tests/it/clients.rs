//! `kinesis serve` against clients that stall, idle, flood or hang on, and against failures
//! that are the server's own: timeouts, the connection cap, bounded memory, shutdown, and
//! internal errors that never leak details.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::helpers::{Env, SIGNED, Server};

/// A signed ListStreams, as raw HTTP.
fn list() -> String {
    format!(
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\n\
         X-Amz-Target: Kinesis_20131202.ListStreams\r\n{SIGNED}Content-Length: 2\r\n\r\n{{}}"
    )
}

fn connect(server: &Server) -> TcpStream {
    let s = TcpStream::connect(server.addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    s
}

/// Reads until the server closes the connection (or 15 s pass); returns what came.
fn until_closed(s: &mut TcpStream) -> String {
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// Sends one keep-alive ListStreams on `s` and returns the status line.
fn list_streams(s: &mut TcpStream) -> String {
    s.write_all(list().as_bytes()).unwrap();
    let mut buf = [0u8; 4096];
    let mut got = Vec::new();
    while !String::from_utf8_lossy(&got).contains("\r\n\r\n{") {
        let n = s.read(&mut buf).unwrap();
        assert!(n > 0, "closed before answering: {}", String::from_utf8_lossy(&got));
        got.extend_from_slice(&buf[..n]);
    }
    String::from_utf8_lossy(&got).lines().next().unwrap_or_default().to_string()
}

/// Asserts that a new client is served within seconds (once the server sees slots free up).
fn served_soon(server: &Server) {
    let started = Instant::now();
    loop {
        let mut s = connect(server);
        s.write_all(list().as_bytes()).unwrap();
        let mut buf = [0u8; 12];
        if s.read_exact(&mut buf).is_ok() && &buf == b"HTTP/1.1 200" {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "no slot came free");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_client_stalled_in_its_headers_is_cut_off() {
    let server = Server::start(&["--in-memory", "--header-timeout", "1", "--idle-timeout", "30"]);
    let mut stalled = connect(&server);
    stalled.write_all(b"POST / HTTP/1.1\r\nHost: x\r\n").unwrap();
    let started = Instant::now();
    assert_eq!(until_closed(&mut stalled), "");
    assert!(started.elapsed() < Duration::from_secs(10), "closed by the idle timeout instead");
    // Others are served meanwhile and after.
    assert_eq!(list_streams(&mut connect(&server)), "HTTP/1.1 200 OK");
}

#[test]
fn an_idle_connection_is_closed_and_a_busy_one_is_not() {
    let server = Server::start(&["--in-memory", "--header-timeout", "30", "--idle-timeout", "1"]);
    let mut silent = connect(&server);
    let started = Instant::now();
    assert_eq!(until_closed(&mut silent), "");
    assert!(started.elapsed() < Duration::from_secs(10), "closed by the header timeout instead");
    // A connection that keeps asking stays open past the idle timeout.
    let mut busy = connect(&server);
    for _ in 0..6 {
        assert_eq!(list_streams(&mut busy), "HTTP/1.1 200 OK");
        std::thread::sleep(Duration::from_millis(400));
    }
    // Once it stops asking, it is closed too.
    assert_eq!(until_closed(&mut busy), "");
}

#[test]
fn connections_past_the_cap_are_refused_with_503() {
    let server =
        Server::start(&["--in-memory", "--max-connections", "3", "--header-timeout", "60"]);
    let mut held: Vec<TcpStream> = (0..3)
        .map(|_| {
            let mut s = connect(&server);
            s.write_all(b"POST / HTTP/1.1\r\n").unwrap();
            s
        })
        .collect();
    // Let the server take the three before the fourth comes.
    std::thread::sleep(Duration::from_millis(300));
    let refused = until_closed(&mut connect(&server));
    assert!(refused.starts_with("HTTP/1.1 503 Service Unavailable\r\n"), "{refused}");
    assert!(
        refused.ends_with(
            r#"{"__type":"ServiceUnavailableException","message":"Too many connections."}"#
        ),
        "{refused}"
    );
    // A slot that frees up is served again.
    drop(held.pop());
    served_soon(&server);
}

#[test]
fn oversized_headers_are_refused_without_being_buffered() {
    let server = Server::start(&["--in-memory"]);
    let mut clients: Vec<TcpStream> = (0..50).map(|_| connect(&server)).collect();
    let filler = format!("X-Filler: {}\r\n", "a".repeat(1000));
    for s in &mut clients {
        s.write_all(b"POST / HTTP/1.1\r\nHost: x\r\n").unwrap();
        // Far past the 16 KiB a head may take; the server stops reading long before 400 KB.
        for _ in 0..400 {
            if s.write_all(filler.as_bytes()).is_err() {
                break;
            }
        }
    }
    for s in &mut clients {
        let answer = until_closed(s);
        assert!(answer.starts_with("HTTP/1.1 431 "), "{answer}");
    }
    assert_eq!(list_streams(&mut connect(&server)), "HTTP/1.1 200 OK");
}

#[test]
fn sigterm_ends_the_server_within_seconds_whatever_clients_hold() {
    let env = Env::new();
    let log = env.root.path().join("serve.log");
    let mut server = Server::spawn(
        std::process::Command::new(env!("CARGO_BIN_EXE_kinesis")),
        &[
            "--data-dir",
            env.data_dir().to_str().unwrap(),
            "--stream",
            "s:1",
            "--header-timeout",
            "600",
            "--idle-timeout",
            "600",
        ],
        std::fs::File::create(&log).unwrap().into(),
    );
    let remote = Env::aws(&server.endpoint);
    // A queue receive waiting its 20 seconds.
    let od =
        ["create-stream", "--stream-name", "od", "--stream-mode-details", "StreamMode=ON_DEMAND"];
    remote.ok(&od);
    let config = format!("StreamARN={}", crate::helpers::stream_arn(&remote, "od"));
    let create = ["create-queue", "--queue-name", "q", "--stream-configuration-list", &config];
    let queue = remote.ok(&[&create[..], &["--output", "raw"]].concat());
    let receive =
        ["receive-queue-records", "--queue-arn", queue.trim(), "--wait-time-seconds", "20"];
    let mut waiting =
        remote.std_cmd().args(receive).stderr(std::process::Stdio::null()).spawn().unwrap();
    let file = env.root.path().join("r.txt");
    std::fs::write(&file, (0..3000).map(|i| format!("{i}\n")).collect::<String>()).unwrap();
    let summary =
        remote.json(&["put-records", "--stream-name", "s", "--file", file.to_str().unwrap()]);
    assert_eq!(summary["RecordsSent"], 3000);
    let mut stalled = connect(&server);
    stalled.write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Le").unwrap();
    let mut idle = connect(&server);
    let mut half_body = connect(&server);
    half_body
        .write_all(
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\n\
              X-Amz-Target: Kinesis_20131202.ListStreams\r\nContent-Length: 100\r\n\r\n{",
        )
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let pid = server.child.id() as i32;
    assert_eq!(
        std::process::Command::new("kill").arg(pid.to_string()).status().unwrap().code(),
        Some(0)
    );
    let started = Instant::now();
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < Duration::from_secs(8), "serve still running after SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
    for s in [&mut stalled, &mut idle, &mut half_body] {
        until_closed(s);
    }
    waiting.wait().unwrap();
    let said = std::fs::read_to_string(&log).unwrap();
    assert!(!said.contains("panicked"), "{said}");
    assert_eq!(env.ok(&["read", "--stream-name", "s"]).lines().count(), 3000);
}

#[test]
fn internal_failures_never_reach_clients_in_detail() {
    let env = Env::new();
    env.create("s", 1);
    // A store the server can read and not write: every write fails inside.
    let log = tempfile::NamedTempFile::new().unwrap();
    let server = Server::spawn(
        env.reader(),
        &["--data-dir", env.data_dir().to_str().unwrap()],
        log.reopen().unwrap().into(),
    );
    let body = r#"{"StreamName":"s","PartitionKey":"k","Data":"eA=="}"#;
    let mut s = connect(&server);
    let request = format!(
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\n\
         X-Amz-Target: Kinesis_20131202.PutRecord\r\n{SIGNED}Content-Length: {}\r\n\
         Connection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(request.as_bytes()).unwrap();
    let answer = until_closed(&mut s);
    assert!(answer.starts_with("HTTP/1.1 500 Internal Server Error\r\n"), "{answer}");
    let (head, json) = answer.split_once("\r\n\r\n").unwrap();
    assert_eq!(
        json,
        r#"{"__type":"InternalFailure","message":"The request processing has failed because of an unknown error, exception or failure."}"#
    );
    let id = head
        .lines()
        .find_map(|l| l.strip_prefix("x-amzn-requestid: "))
        .expect("a request id")
        .to_string();
    drop(server);
    let logged = std::fs::read_to_string(log.path()).unwrap();
    assert!(
        logged.contains(&format!(
            "kinesis: serve: request {id} failed: ConfigError: the store is read-only"
        )),
        "{logged}"
    );
}

/// The server on a runtime of the caller's choosing: a library user's current-thread one.
#[tokio::test(flavor = "current_thread")]
async fn the_server_runs_on_a_current_thread_runtime() {
    use kinesis::engine::{Engine, EngineOptions};
    let engine = Engine::in_memory(EngineOptions::default()).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(kinesis::server::serve(
        std::sync::Arc::new(engine),
        listener,
        kinesis::server::Options::default(),
        async move {
            let _ = stopped.await;
        },
    ));
    let status = tokio::task::spawn_blocking(move || {
        let mut s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
        list_streams(&mut s)
    })
    .await
    .unwrap();
    assert_eq!(status, "HTTP/1.1 200 OK");
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}

#[test]
fn a_small_descriptor_limit_lowers_the_cap_so_extra_clients_are_refused_not_stranded() {
    let log = tempfile::NamedTempFile::new().unwrap();
    let mut limited = std::process::Command::new("bash");
    limited.args(["-c", "ulimit -n 200 && exec \"$0\" \"$@\"", env!("CARGO_BIN_EXE_kinesis")]);
    let server = Server::spawn(
        limited,
        &["--in-memory", "--header-timeout", "600"],
        log.reopen().unwrap().into(),
    );
    let clients: Vec<TcpStream> = (0..150)
        .map(|_| {
            let mut s = connect(&server);
            s.write_all(b"POST / HTTP/1.1\r\n").unwrap();
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let mut held: Vec<TcpStream> = Vec::new();
    let mut refused = 0;
    for mut s in clients {
        s.set_read_timeout(Some(Duration::from_millis(20))).unwrap();
        let mut buf = [0u8; 12];
        match s.read_exact(&mut buf) {
            Ok(()) => {
                assert_eq!(&buf, b"HTTP/1.1 503");
                refused += 1;
            }
            Err(_) => held.push(s),
        }
    }
    assert_eq!((held.len(), refused), (136, 14));
    let logged = std::fs::read_to_string(log.path()).unwrap();
    assert!(
        logged.contains(
            "kinesis: warning: --max-connections 512 lowered to 136: this process may open only \
             200 files (ulimit -n)\n"
        ),
        "{logged}"
    );
    held.clear();
    served_soon(&server);
}
