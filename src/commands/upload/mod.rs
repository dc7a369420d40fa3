//! `put-records --file`: upload a file of records in PutRecords-sized batches.
//!
//! The input is streamed — a JSON array element by element, JSON lines or plain lines line by
//! line — so memory stays flat for any file size. Batches close at 500 records or 5 MiB.
//! Records the service reports as failed (throttling) are sent again with exponential
//! backoff. A malformed record stops the upload: what came before it has been sent, the
//! summary says how far it got, and the error names the line.

mod batcher;
mod keys;
mod reader;

use std::io::{BufReader, Read};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::cli::{FileFormat, PutRecordsArgs};
use crate::commands::Context;
use crate::commands::streams::stream_ref;
use crate::error::{Error, Result};
use crate::model::limits::{MAX_DATA_BYTES, MAX_PUT_RECORDS_BYTES};
use crate::model::*;
use crate::output::{self, Query};

use batcher::{Batch, read_batches};
use keys::Keys;
use reader::{Counted, Items};

/// How often a batch's failed records are sent again before they count as failed.
const RETRIES: u32 = 8;
/// Counts for the summary.
#[derive(Default)]
struct Tally {
    sent: u64,
    failed: u64,
    bytes: u64,
    /// The last line of the input whose records have all been answered: batches go one at a
    /// time, in order, so everything up to it is done.
    done_line: u64,
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
            dry_run: None,
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
    let keys =
        match (a.partition_key, a.partition_key_field, a.partition_key_query, a.key_delimiter) {
            (Some(k), _, _, _) => {
                crate::commands::params::min_len("PartitionKey", Some(&k), 1)?;
                Keys::Fixed(k)
            }
            (_, Some(f), _, _) => Keys::Field(f),
            (_, _, Some(q), _) => Keys::Query(Query::compile(&q)?),
            (_, _, _, Some(d)) if d.is_empty() => {
                return Err(Error::ParamValidation("--key-delimiter must not be empty".into()));
            }
            (_, _, _, Some(d)) => Keys::Delimited(d.into_bytes()),
            _ => Keys::Random(crate::commands::seed()),
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
    let mut tally = Tally { done_line: a.skip_lines, ..Tally::default() };
    let items = Items::new(Box::new(input), a.format, want_value)?;
    // Aggregates pack records bound for one shard: the open shards' ranges decide.
    let aggregate = match a.aggregate {
        true => Some(
            crate::commands::streams::all_shards(ctx, &stream)
                .await?
                .into_iter()
                .filter(|s| s.sequence_number_range.ending_sequence_number.is_none())
                .map(|s| s.hash_key_range)
                .collect(),
        ),
        false => None,
    };
    let max_record = record_limit(ctx, &stream).await;
    let batches = read_batches(items, keys, a.compress, aggregate, max_record, a.skip_lines);
    // Ctrl-C lets the batch in flight finish, so what the summary counts is all there is.
    let (interrupt, interrupted) = tokio::sync::watch::channel(false);
    let ctrl_c = crate::commands::ctrl_c()?;
    let listener = tokio::spawn(async move {
        if ctrl_c.await.is_some() {
            let _ = interrupt.send(true);
        }
    });
    let outcome =
        upload(ctx, &stream, batches, &mut tally, a.print_results, &bar, interrupted).await;
    listener.abort();
    bar.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64();
    let stopped_at = match &outcome {
        Err(Error::ParamValidation(m)) if m.starts_with("--file, line ") => Some(m.clone()),
        Err(Error::Interrupted) => Some(format!(
            "interrupted: every record up to line {} was answered; --skip-lines {} resumes \
             after it",
            tally.done_line, tally.done_line
        )),
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
async fn upload(
    ctx: &Context,
    stream: &StreamRef,
    mut batches: tokio::sync::mpsc::Receiver<Result<Batch>>,
    tally: &mut Tally,
    print_results: bool,
    bar: &indicatif::ProgressBar,
    mut interrupted: tokio::sync::watch::Receiver<bool>,
) -> Result<()> {
    loop {
        // Let the Ctrl-C listener run between batches (a local engine never makes this wait).
        tokio::task::yield_now().await;
        let batch = tokio::select! {
            batch = batches.recv() => batch,
            _ = interrupted.wait_for(|stop| *stop) => return Err(Error::Interrupted),
        };
        let Some(batch) = batch else { break };
        if *interrupted.borrow() {
            return Err(Error::Interrupted);
        }
        let Batch { lines, entries } = batch?;
        if entries.is_empty() {
            continue;
        }
        let bytes: u64 = entries.iter().map(|e| e.data.0.len() as u64).sum();
        let results = send(ctx, stream, entries).await?;
        let mut report = String::new();
        // An aggregate's user records share its answer (and its sequence number).
        for (lines, r) in lines.iter().zip(&results) {
            for line in lines {
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
        }
        tally.bytes += bytes;
        let last = lines.iter().flatten().max().copied();
        tally.done_line = last.unwrap_or(tally.done_line);
        if print_results {
            output::stdout(report.as_bytes())?;
        }
        bar.set_message(format!("{} records", tally.sent));
    }
    Ok(())
}

/// Reads `input` as `put-records --file` does (a JSON array, JSON lines or plain lines, the
/// format told or detected; with `want_value`, each JSON record parsed for a partition key
/// field) and counts its records: the upload's input side alone, for the micro-benchmarks.
#[doc(hidden)]
pub fn count_records(
    input: Box<dyn std::io::BufRead + Send>,
    format: Option<FileFormat>,
    want_value: bool,
) -> Result<u64> {
    let mut items = Items::new(input, format, want_value)?;
    let mut n = 0;
    while items.next()?.is_some() {
        n += 1;
    }
    Ok(n)
}

/// The largest record the stream takes (its MaxRecordSizeInKiB, where the backend reports
/// one; 1 MiB otherwise), within what one PutRecords carries. Only a hint for refusing a line
/// early: a stream that cannot be described fails at its first PutRecords anyway.
async fn record_limit(ctx: &Context, stream: &StreamRef) -> usize {
    let summary = ctx.backend.describe_stream_summary(stream.clone()).await;
    let kib = summary.ok().and_then(|s| s.stream_description_summary.max_record_size_in_kib);
    let bytes = kib.map_or(MAX_DATA_BYTES, |k| usize::try_from(k).unwrap_or(0) * 1024);
    // The largest partition key takes up to 1 KiB of the request.
    bytes.min(MAX_PUT_RECORDS_BYTES - 1024)
}
