//! `put-records --file`: upload a file of records in PutRecords-sized batches.
//!
//! The input is streamed — a JSON array element by element, JSON lines or plain lines line by
//! line — so memory stays flat for any file size. Batches close at 500 records or 5 MiB.
//! Records the service reports as failed (throttling) are sent again with exponential
//! backoff. A malformed record stops the upload: what came before it has been sent, the
//! summary says how far it got, and the error names the line.

use std::io::{BufRead, BufReader, Read};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::cli::{FileFormat, PutRecordsArgs};
use crate::commands::Context;
use crate::commands::streams::stream_ref;
use crate::error::{Error, Result};
use crate::model::limits::{MAX_DATA_BYTES, MAX_PUT_RECORDS, MAX_PUT_RECORDS_BYTES};
use crate::model::*;
use crate::output::{self, Query};

/// How often a batch's failed records are sent again before they count as failed.
const RETRIES: u32 = 8;

/// One record read from the file: where it started, its payload and (for JSON) its value.
struct Item {
    line: u64,
    data: Vec<u8>,
    value: Option<Value>,
}

/// A failure in the input, at a line.
fn at_line(line: u64, why: impl std::fmt::Display) -> Error {
    Error::ParamValidation(format!("--file, line {line}: {why}"))
}

/// Reads records one at a time from the input.
struct Items {
    input: Box<dyn BufRead + Send>,
    format: FileFormat,
    /// Whether each record's JSON value is needed (for its partition key).
    want_value: bool,
    line: u64,
    /// For a JSON array: whether the closing `]` has been seen.
    done: bool,
    buf: Vec<u8>,
}

impl Items {
    fn new(
        mut input: Box<dyn BufRead + Send>,
        format: Option<FileFormat>,
        want_value: bool,
    ) -> Result<Items> {
        let format = match format {
            Some(f) => f,
            // The first byte that is not white space (in the first buffer) decides.
            None => match input.fill_buf()?.iter().find(|b| !b.is_ascii_whitespace()) {
                Some(b'[') => FileFormat::Json,
                Some(b'{') => FileFormat::Jsonl,
                _ => FileFormat::Lines,
            },
        };
        let mut items = Items { input, format, want_value, line: 1, done: false, buf: Vec::new() };
        if format == FileFormat::Json {
            items.open_array()?;
        }
        Ok(items)
    }

    /// Skips white space, counting lines; returns the next byte without consuming it.
    fn peek(&mut self) -> Result<Option<u8>> {
        loop {
            let buf = self.input.fill_buf()?;
            if buf.is_empty() {
                return Ok(None);
            }
            let ws = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
            let lines = buf[..ws].iter().filter(|b| **b == b'\n').count() as u64;
            let next = buf.get(ws).copied();
            self.input.consume(ws);
            self.line += lines;
            if next.is_some() {
                return Ok(next);
            }
        }
    }

    fn open_array(&mut self) -> Result<()> {
        match self.peek()? {
            Some(b'[') => {
                self.input.consume(1);
                if self.peek()? == Some(b']') {
                    self.input.consume(1);
                    self.done = true;
                }
                Ok(())
            }
            _ => Err(at_line(self.line, "expected a JSON array")),
        }
    }

    /// The next element of a JSON array, as its bytes: scanned for its end (strings,
    /// escapes and nesting tracked), then parsed by serde_json.
    fn next_element(&mut self) -> Result<Option<Item>> {
        if self.done {
            return match self.peek()? {
                None => Ok(None),
                Some(_) => Err(at_line(self.line, "unexpected data after the JSON array")),
            };
        }
        if self.peek()?.is_none() {
            return Err(at_line(self.line, "the JSON array is not closed"));
        }
        let start = self.line;
        self.buf.clear();
        let (mut depth, mut in_str, mut escaped) = (0usize, false, false);
        loop {
            let chunk = self.input.fill_buf()?;
            if chunk.is_empty() {
                return Err(at_line(start, "the JSON array is not closed"));
            }
            let mut end = None;
            for (i, &b) in chunk.iter().enumerate() {
                if in_str {
                    match (escaped, b) {
                        (true, _) => escaped = false,
                        (false, b'\\') => escaped = true,
                        (false, b'"') => in_str = false,
                        _ => {}
                    }
                    continue;
                }
                match b {
                    b'"' => in_str = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' if depth > 0 => depth -= 1,
                    b',' | b']' if depth == 0 => {
                        end = Some((i, b));
                        break;
                    }
                    _ => {}
                }
            }
            match end {
                Some((i, b)) => {
                    self.buf.extend_from_slice(&chunk[..i]);
                    self.input.consume(i + 1);
                    self.done = b == b']';
                    break;
                }
                None => {
                    let n = chunk.len();
                    self.buf.extend_from_slice(chunk);
                    self.input.consume(n);
                }
            }
        }
        let lines_in = self.buf.iter().filter(|b| **b == b'\n').count() as u64;
        let value: Value = serde_json::from_slice(&self.buf)
            .map_err(|e| at_line(start + e.line() as u64 - 1, format!("invalid JSON: {e}")))?;
        self.line = start + lines_in;
        let data = serde_json::to_vec(&value).map_err(|e| Error::Internal(e.to_string()))?;
        Ok(Some(Item { line: start, data, value: Some(value) }))
    }

    /// The next line that holds a record.
    fn next_line(&mut self) -> Result<Option<Item>> {
        loop {
            let mut data = Vec::new();
            if self.input.read_until(b'\n', &mut data)? == 0 {
                return Ok(None);
            }
            let line = self.line;
            self.line += 1;
            if data.last() == Some(&b'\n') {
                data.pop();
                if data.last() == Some(&b'\r') {
                    data.pop();
                }
            }
            if self.format == FileFormat::Lines {
                return Ok(Some(Item { line, data, value: None }));
            }
            if data.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let value = if self.want_value {
                Some(
                    serde_json::from_slice::<Value>(&data)
                        .map_err(|e| at_line(line, format!("invalid JSON: {e}")))?,
                )
            } else {
                serde_json::from_slice::<serde::de::IgnoredAny>(&data)
                    .map_err(|e| at_line(line, format!("invalid JSON: {e}")))?;
                None
            };
            return Ok(Some(Item { line, data, value }));
        }
    }

    fn next(&mut self) -> Result<Option<Item>> {
        match self.format {
            FileFormat::Json => self.next_element(),
            FileFormat::Jsonl | FileFormat::Lines => self.next_line(),
        }
    }
}

/// Where partition keys come from.
enum Keys {
    Fixed(String),
    Field(String),
    Query(Query),
    Random(u64),
}

impl Keys {
    fn key(&mut self, item: &Item) -> Result<String> {
        let text = |v: &Value| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        match self {
            Keys::Fixed(k) => Ok(k.clone()),
            Keys::Random(state) => {
                // splitmix64: distinct, well spread keys; nothing here needs to be secret.
                *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
                let mut z = *state;
                z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                Ok(format!("{:016x}", z ^ (z >> 31)))
            }
            Keys::Field(field) => match item.value.as_ref().and_then(|v| v.get(field.as_str())) {
                Some(v) => Ok(text(v)),
                None => Err(at_line(
                    item.line,
                    format!("the record has no field '{field}' for its partition key"),
                )),
            },
            Keys::Query(q) => {
                let v =
                    item.value.as_ref().ok_or_else(|| at_line(item.line, "not a JSON record"))?;
                match q.apply(v)? {
                    Value::Null => Err(at_line(item.line, "the partition key query found nothing")),
                    found => Ok(text(&found)),
                }
            }
        }
    }
}

/// Counts for the summary.
#[derive(Default)]
struct Tally {
    sent: u64,
    failed: u64,
    bytes: u64,
}

/// Sends one batch, resending failed records with backoff; returns each record's result.
async fn send(
    ctx: &Context,
    stream: &StreamRef,
    batch: Vec<PutRecordsRequestEntry>,
) -> Result<Vec<PutRecordsResultEntry>> {
    let mut results = vec![PutRecordsResultEntry::default(); batch.len()];
    let mut pending: Vec<usize> = (0..batch.len()).collect();
    let mut delay = Duration::from_millis(50);
    for attempt in 0..=RETRIES {
        let input = PutRecordsInput {
            records: pending.iter().map(|&i| batch[i].clone()).collect(),
            stream: stream.clone(),
        };
        let out = match ctx.call(Action::PutRecords, input, |i| ctx.backend.put_records(i)).await {
            Ok(out) => out,
            Err(Error::ProvisionedThroughputExceeded(_) | Error::LimitExceeded(_))
                if attempt < RETRIES =>
            {
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(5));
                continue;
            }
            Err(e) => return Err(e),
        };
        let mut still = Vec::new();
        for (&i, r) in pending.iter().zip(out.records) {
            if r.error_code.is_some() {
                still.push(i);
            }
            results[i] = r;
        }
        if still.is_empty() || attempt == RETRIES {
            break;
        }
        pending = still;
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(5));
    }
    Ok(results)
}

/// A reader that tells the progress bar how far into the input it is.
struct Counted<R> {
    inner: R,
    bar: indicatif::ProgressBar,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bar.inc(n as u64);
        Ok(n)
    }
}

/// `put-records --file`.
pub async fn run(ctx: &Context, a: PutRecordsArgs) -> Result<()> {
    let path = a.file.unwrap_or_default();
    let stream = stream_ref(a.stream)?;
    let (raw, total): (Box<dyn Read + Send>, Option<u64>) = if path == "-" {
        (Box::new(std::io::stdin()), None)
    } else {
        let f = std::fs::File::open(&path)
            .map_err(|e| Error::ParamValidation(format!("--file {path}: {e}")))?;
        let meta =
            f.metadata().map_err(|e| Error::ParamValidation(format!("--file {path}: {e}")))?;
        if meta.is_dir() {
            return Err(Error::ParamValidation(format!("--file {path}: is a directory")));
        }
        let len = Some(meta.len());
        (Box::new(f), len)
    };
    let keys = match (a.partition_key, a.partition_key_field, a.partition_key_query) {
        (Some(k), _, _) => {
            crate::commands::params::min_len("PartitionKey", Some(&k), 1)?;
            Keys::Fixed(k)
        }
        (_, Some(f), _) => Keys::Field(f),
        (_, _, Some(q)) => Keys::Query(Query::compile(&q)?),
        _ => {
            let seed = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            Keys::Random(seed.as_nanos() as u64 ^ (u64::from(std::process::id()) << 32))
        }
    };
    let want_value = matches!(keys, Keys::Field(_) | Keys::Query(_));
    if want_value && a.format == Some(FileFormat::Lines) {
        return Err(Error::ParamValidation(
            "--partition-key-field and --partition-key-query need JSON records, not --format lines"
                .into(),
        ));
    }
    let bar = output::progress(total);
    let input = BufReader::with_capacity(1 << 20, Counted { inner: raw, bar: bar.clone() });
    let started = Instant::now();
    let mut tally = Tally::default();
    let outcome = upload(
        ctx,
        &stream,
        Items::new(Box::new(input), a.format, want_value),
        keys,
        &mut tally,
        a.print_results,
        &bar,
    )
    .await;
    bar.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64();
    let stopped_at = match &outcome {
        Err(Error::ParamValidation(m)) if m.starts_with("--file, line ") => Some(m.clone()),
        _ => None,
    };
    if stopped_at.is_some() || outcome.is_ok() {
        let summary = json!({
            "RecordsSent": tally.sent,
            "FailedRecordCount": tally.failed,
            "Bytes": tally.bytes,
            "Seconds": (seconds * 1000.0).round() / 1000.0,
            "RecordsPerSecond": if seconds > 0.0 { (tally.sent as f64 / seconds).round() } else { 0.0 },
            "StoppedAt": stopped_at,
        });
        if !a.print_results {
            ctx.print("PutRecords", Some("RecordsSent"), Some(summary))?;
        } else {
            output::log(&format!(
                "{} records sent, {} failed, in {seconds:.3}s",
                tally.sent, tally.failed
            ));
        }
    }
    outcome?;
    if tally.failed > 0 {
        return Err(Error::Service {
            code: "PartialFailure".into(),
            message: format!(
                "{} of {} records could not be stored",
                tally.failed,
                tally.failed + tally.sent
            ),
        });
    }
    Ok(())
}

/// A batch read from the input: each record's line, and the records.
struct Batch {
    lines: Vec<u64>,
    entries: Vec<PutRecordsRequestEntry>,
}

/// Reads the input into batches on a thread of its own, so parsing overlaps sending. A bad
/// record ends the input: the batch before it is handed over first, then the error.
fn read_batches(mut items: Items, mut keys: Keys) -> tokio::sync::mpsc::Receiver<Result<Batch>> {
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    std::thread::spawn(move || {
        let mut batch = Batch { lines: Vec::new(), entries: Vec::new() };
        let mut size = 0usize;
        loop {
            let (item, key) =
                match items.next().and_then(|i| i.map(|i| checked(i, &mut keys)).transpose()) {
                    Ok(Some(next)) => next,
                    Ok(None) => break,
                    Err(e) => {
                        let _ = tx.blocking_send(Ok(batch));
                        let _ = tx.blocking_send(Err(e));
                        return;
                    }
                };
            let len = item.data.len() + key.len();
            if batch.entries.len() == MAX_PUT_RECORDS || size + len > MAX_PUT_RECORDS_BYTES {
                let full =
                    std::mem::replace(&mut batch, Batch { lines: Vec::new(), entries: Vec::new() });
                if tx.blocking_send(Ok(full)).is_err() {
                    return;
                }
                size = 0;
            }
            size += len;
            batch.lines.push(item.line);
            batch.entries.push(PutRecordsRequestEntry {
                data: Blob(item.data),
                explicit_hash_key: None,
                partition_key: key,
            });
        }
        let _ = tx.blocking_send(Ok(batch));
    });
    rx
}

async fn upload(
    ctx: &Context,
    stream: &StreamRef,
    items: Result<Items>,
    keys: Keys,
    tally: &mut Tally,
    print_results: bool,
    bar: &indicatif::ProgressBar,
) -> Result<()> {
    let mut batches = read_batches(items?, keys);
    while let Some(batch) = batches.recv().await {
        let Batch { lines, entries } = batch?;
        if entries.is_empty() {
            continue;
        }
        let bytes: u64 = entries.iter().map(|e| e.data.0.len() as u64).sum();
        let results = send(ctx, stream, entries).await?;
        let mut report = String::new();
        for (line, r) in lines.iter().zip(&results) {
            match (&r.sequence_number, &r.shard_id) {
                (Some(seq), Some(shard)) => {
                    tally.sent += 1;
                    if print_results {
                        report.push_str(&format!("{line}\t{shard}\t{seq}\n"));
                    }
                }
                _ => {
                    tally.failed += 1;
                    if print_results {
                        let code = r.error_code.as_deref().unwrap_or("InternalFailure");
                        report.push_str(&format!("{line}\tFAILED\t{code}\n"));
                    }
                }
            }
        }
        tally.bytes += bytes;
        if print_results {
            output::stdout(report.as_bytes())?;
        }
        bar.set_message(format!("{} records", tally.sent));
    }
    Ok(())
}

/// A record with its partition key, both within Kinesis's limits.
fn checked(item: Item, keys: &mut Keys) -> Result<(Item, String)> {
    let key = keys.key(&item)?;
    if key.is_empty() || key.chars().count() > 256 {
        return Err(at_line(
            item.line,
            format!("the partition key '{key}' is not 1 to 256 characters"),
        ));
    }
    if item.data.len() > MAX_DATA_BYTES {
        return Err(at_line(
            item.line,
            format!("the record is {} bytes, over the 1 MiB limit", item.data.len()),
        ));
    }
    Ok((item, key))
}
