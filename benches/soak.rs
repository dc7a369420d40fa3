//! Soak: `kinesis serve` (store on disk) under 64 well-behaved keep-alive clients mixing
//! PutRecords, GetRecords and ListShards for 60 s, while 200 connections sit stalled in their
//! request headers (reopened as the server cuts them off). Prints the errors the good clients
//! saw, the records acknowledged and found afterwards, the stalled connections held and the
//! server's memory; asserts nothing: `cargo bench --bench soak`. `BENCH_SOAK_SECONDS` sets
//! the duration (default 60), `BENCH_SOAK_CLIENTS` and `BENCH_SOAK_STALLED` the counts.
//! Traffic goes to 127.0.0.1 only, and every loop ends with the duration.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_kinesis");
const SHARDS: usize = 4;

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// One keep-alive HTTP/1.1 connection speaking the Kinesis JSON protocol.
struct Client {
    addr: String,
    conn: Option<TcpStream>,
}

impl Client {
    /// Calls `action`; the answer's body, or why there was none.
    fn call(&mut self, action: &str, body: &Value) -> Result<Value, String> {
        if self.conn.is_none() {
            let s = TcpStream::connect(&self.addr).map_err(|e| format!("connect: {e}"))?;
            s.set_read_timeout(Some(Duration::from_secs(30))).map_err(|e| e.to_string())?;
            let _ = s.set_nodelay(true);
            self.conn = Some(s);
        }
        let result = self.exchange(action, body);
        if result.is_err() {
            self.conn = None;
        }
        result
    }

    fn exchange(&mut self, action: &str, body: &Value) -> Result<Value, String> {
        let s = self.conn.as_mut().ok_or("no connection")?;
        let body = body.to_string();
        let head = format!(
            "POST / HTTP/1.1\r\nHost: {}\r\nContent-Type: application/x-amz-json-1.1\r\n\
             X-Amz-Target: Kinesis_20131202.{action}\r\n\
             Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/kinesis/aws4_request, SignedHeaders=host, Signature=00\r\n\
             X-Amz-Date: 20260101T000000Z\r\nContent-Length: {}\r\n\r\n",
            self.addr,
            body.len()
        );
        s.write_all(head.as_bytes()).map_err(|e| format!("write: {e}"))?;
        s.write_all(body.as_bytes()).map_err(|e| format!("write: {e}"))?;
        let mut reader = BufReader::new(&*s);
        let mut status = String::new();
        reader.read_line(&mut status).map_err(|e| format!("read: {e}"))?;
        let mut length = 0usize;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).map_err(|e| format!("read: {e}"))?;
            if line == "\r\n" || line.is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':')
                && k.eq_ignore_ascii_case("content-length")
            {
                length = v.trim().parse().unwrap_or(0);
            }
        }
        let mut body = vec![0u8; length];
        reader.read_exact(&mut body).map_err(|e| format!("read: {e}"))?;
        if !status.starts_with("HTTP/1.1 200") {
            return Err(format!("{} {}", status.trim_end(), String::from_utf8_lossy(&body)));
        }
        serde_json::from_slice(&body).map_err(|e| format!("json: {e}"))
    }
}

#[derive(Default)]
struct Counts {
    puts: AtomicU64,
    gets: AtomicU64,
    lists: AtomicU64,
    errors: AtomicU64,
    read: AtomicU64,
}

/// One good client: puts 10 records, reads its shard onward, lists shards, over and over.
fn good_client(addr: String, id: usize, stop: Arc<AtomicBool>, counts: Arc<Counts>) -> Vec<String> {
    let mut client = Client { addr, conn: None };
    let mut acked = Vec::new();
    let error = |e: String| {
        if counts.errors.fetch_add(1, Ordering::Relaxed) < 5 {
            eprintln!("client {id}: {e}");
        }
    };
    let shard = format!("shardId-{:012}", id % SHARDS);
    let iterator_request =
        json!({"StreamName": "soak", "ShardId": shard, "ShardIteratorType": "TRIM_HORIZON"});
    let mut iterator: Option<String> = None;
    let mut n = 0u64;
    while !stop.load(Ordering::Relaxed) {
        let records: Vec<Value> = (0..10)
            .map(|i| {
                n += 1;
                json!({"Data": STANDARD.encode(format!("{id}-{n}-{i}-{}", "x".repeat(150))), "PartitionKey": format!("{id}-{n}-{i}")})
            })
            .collect();
        match client.call("PutRecords", &json!({"StreamName": "soak", "Records": records})) {
            Ok(answer) => {
                counts.puts.fetch_add(1, Ordering::Relaxed);
                for r in answer["Records"].as_array().into_iter().flatten() {
                    match r["SequenceNumber"].as_str() {
                        Some(seq) => acked.push(seq.to_string()),
                        None => error(format!("record failed: {r}")),
                    }
                }
            }
            Err(e) => error(format!("PutRecords: {e}")),
        }
        if iterator.is_none() {
            match client.call("GetShardIterator", &iterator_request) {
                Ok(a) => iterator = a["ShardIterator"].as_str().map(str::to_string),
                Err(e) => error(format!("GetShardIterator: {e}")),
            }
        }
        if let Some(it) = iterator.take() {
            match client.call("GetRecords", &json!({"ShardIterator": it, "Limit": 1000})) {
                Ok(a) => {
                    counts.gets.fetch_add(1, Ordering::Relaxed);
                    let got = a["Records"].as_array().map_or(0, Vec::len) as u64;
                    counts.read.fetch_add(got, Ordering::Relaxed);
                    iterator = a["NextShardIterator"].as_str().map(str::to_string);
                }
                Err(e) => error(format!("GetRecords: {e}")),
            }
        }
        match client.call("ListShards", &json!({"StreamName": "soak"})) {
            Ok(_) => {
                counts.lists.fetch_add(1, Ordering::Relaxed);
            }
            Err(e) => error(format!("ListShards: {e}")),
        }
    }
    acked
}

/// Keeps `count` connections stalled in their headers, reopening those the server closes;
/// returns how many times it had to.
fn stallers(addr: String, count: usize, stop: Arc<AtomicBool>) -> u64 {
    let open = |addr: &str| -> Option<TcpStream> {
        let mut s = TcpStream::connect(addr).ok()?;
        s.write_all(b"POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: Kinesis_2013").ok()?;
        s.set_nonblocking(true).ok()?;
        Some(s)
    };
    let mut held: Vec<Option<TcpStream>> = (0..count).map(|_| open(&addr)).collect();
    let mut reopened = 0;
    while !stop.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(200));
        for slot in &mut held {
            let closed = match slot {
                Some(s) => {
                    let mut buf = [0u8; 512];
                    match s.read(&mut buf) {
                        // Closed, or answered (and about to be closed).
                        Ok(0) => true,
                        Ok(_) => true,
                        Err(e) => e.kind() != std::io::ErrorKind::WouldBlock,
                    }
                }
                None => true,
            };
            if closed {
                *slot = open(&addr);
                reopened += 1;
            }
        }
    }
    reopened
}

/// The server's resident memory, in KiB.
fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines().find_map(|l| {
                l.strip_prefix("VmRSS:").and_then(|v| v.split_whitespace().next()?.parse().ok())
            })
        })
        .unwrap_or(0)
}

fn main() {
    let seconds = setting("BENCH_SOAK_SECONDS", 60);
    let clients = setting("BENCH_SOAK_CLIENTS", 64) as usize;
    let stalled = setting("BENCH_SOAK_STALLED", 200) as usize;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut server: Child = Command::new(BIN)
        .args(["serve", "--port", "0", "--stream", "soak:4", "--data-dir"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start kinesis serve");
    let mut url = String::new();
    BufReader::new(server.stdout.take().expect("stdout")).read_line(&mut url).expect("url");
    let addr = url.trim().trim_start_matches("http://").to_string();
    let pid = server.id();
    println!(
        "soak: {clients} clients for {seconds} s beside {stalled} stalled connections, serve on {addr}"
    );
    println!("serve RSS at start: {} KiB", rss_kib(pid));

    let stop = Arc::new(AtomicBool::new(false));
    let counts = Arc::new(Counts::default());
    let staller = {
        let (addr, stop) = (addr.clone(), stop.clone());
        std::thread::spawn(move || stallers(addr, stalled, stop))
    };
    std::thread::sleep(Duration::from_millis(500));
    let workers: Vec<_> = (0..clients)
        .map(|id| {
            let (addr, stop, counts) = (addr.clone(), stop.clone(), counts.clone());
            std::thread::spawn(move || good_client(addr, id, stop, counts))
        })
        .collect();
    let peak = Arc::new(Mutex::new(0u64));
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(seconds) {
        std::thread::sleep(Duration::from_secs(1));
        let rss = rss_kib(pid);
        let mut p = peak.lock().expect("peak");
        *p = (*p).max(rss);
    }
    stop.store(true, Ordering::Relaxed);
    let acked: Vec<String> = workers.into_iter().flat_map(|w| w.join().expect("client")).collect();
    let reopened = staller.join().expect("stallers");
    let elapsed = started.elapsed().as_secs_f64();
    let rss_end = rss_kib(pid);

    // Every acknowledged record, read back through the server.
    let mut reader = Client { addr: addr.clone(), conn: None };
    let mut stored = HashSet::new();
    for shard in 0..SHARDS {
        let request = json!({"StreamName": "soak", "ShardId": format!("shardId-{shard:012}"), "ShardIteratorType": "TRIM_HORIZON"});
        let mut it = reader.call("GetShardIterator", &request).expect("iterator")["ShardIterator"]
            .as_str()
            .map(str::to_string);
        while let Some(i) = it.take() {
            let page = reader.call("GetRecords", &json!({"ShardIterator": i})).expect("read back");
            let records = page["Records"].as_array().cloned().unwrap_or_default();
            for r in &records {
                stored.insert(r["SequenceNumber"].as_str().unwrap_or_default().to_string());
            }
            if records.is_empty() {
                break;
            }
            it = page["NextShardIterator"].as_str().map(str::to_string);
        }
    }
    let lost = acked.iter().filter(|s| !stored.contains(*s)).count();
    let c = &counts;
    let requests = c.puts.load(Ordering::Relaxed)
        + c.gets.load(Ordering::Relaxed)
        + c.lists.load(Ordering::Relaxed);
    println!(
        "requests: {requests} in {elapsed:.1} s ({:.0}/s): {} PutRecords, {} GetRecords ({} records read), {} ListShards",
        requests as f64 / elapsed,
        c.puts.load(Ordering::Relaxed),
        c.gets.load(Ordering::Relaxed),
        c.read.load(Ordering::Relaxed),
        c.lists.load(Ordering::Relaxed)
    );
    println!("errors seen by the good clients: {}", c.errors.load(Ordering::Relaxed));
    println!(
        "records acknowledged: {}, found afterwards: {}, lost: {lost}",
        acked.len(),
        stored.len()
    );
    println!(
        "stalled connections: {stalled} held open, reopened {reopened} times after the server cut them off"
    );
    println!("serve RSS: peak {} KiB, at the end {rss_end} KiB", *peak.lock().expect("peak"));
    let stopping = Instant::now();
    let _ = Command::new("kill").arg(pid.to_string()).status();
    let status = server.wait().expect("serve");
    println!("SIGTERM to exit: {:.2?} ({status})", stopping.elapsed());
}
