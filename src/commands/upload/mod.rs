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
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::cli::{FileFormat, PutRecordsArgs};
use crate::commands::Context;
use crate::commands::streams::stream_ref;
use crate::error::{Error, Result};
use crate::model::limits::{MAX_DATA_BYTES, MAX_PUT_RECORDS_BYTES};
use crate::model::*;
use crate::output::{self, Query};

use batcher::{BATCHES_AHEAD, Batch, read_batches};
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

/// Records of a batch still to send: which (none: all of them), and how often they came back.
struct Unsent {
    batch: usize,
    records: Option<Vec<usize>>,
    tries: u32,
}

/// Sends batches in order as one call (the engine stores them in one transaction), resending
/// failed records with backoff, before any later batch's. Answers each batch's results, up to
/// the first batch the service refused, and that refusal.
async fn send(
    ctx: &Context,
    stream: &StreamRef,
    batches: Vec<Vec<PutRecordsRequestEntry>>,
) -> (Vec<Vec<PutRecordsResultEntry>>, Option<Error>) {
    let request =
        |records| Arc::new(PutRecordsInput { records, stream: stream.clone(), dry_run: None });
    let inputs: Vec<Arc<PutRecordsInput>> = batches.into_iter().map(request).collect();
    let mut results: Vec<Vec<PutRecordsResultEntry>> =
        inputs.iter().map(|i| vec![PutRecordsResultEntry::default(); i.records.len()]).collect();
    let mut pending: Vec<Unsent> =
        (0..inputs.len()).map(|batch| Unsent { batch, records: None, tries: 0 }).collect();
    while !pending.is_empty() {
        let requests = pending
            .iter()
            .map(|u| match &u.records {
                None => inputs[u.batch].clone(),
                Some(some) => {
                    request(some.iter().map(|&i| inputs[u.batch].records[i].clone()).collect())
                }
            })
            .collect();
        let outcomes = ctx.put_records_in_order(requests).await;
        // The first request is always answered (a backend that did not would make this loop
        // forever).
        if outcomes.is_empty() {
            results.truncate(pending[0].batch);
            return (results, Some(Error::Internal("the backend answered no PutRecords".into())));
        }
        let mut outcomes = outcomes.into_iter();
        let mut still = Vec::new();
        let mut unsent = std::mem::take(&mut pending).into_iter();
        while let Some(mut u) = unsent.next() {
            match outcomes.next() {
                Some(Ok(out)) => {
                    let indices =
                        u.records.take().unwrap_or_else(|| (0..results[u.batch].len()).collect());
                    let failed: Vec<usize> = indices
                        .into_iter()
                        .zip(out.records)
                        .filter_map(|(i, r)| {
                            let failed = r.error_code.is_some();
                            results[u.batch][i] = r;
                            failed.then_some(i)
                        })
                        .collect();
                    // Past its retries, a record keeps its failure.
                    if !failed.is_empty() && u.tries < RETRIES {
                        still.push(Unsent { records: Some(failed), tries: u.tries + 1, ..u });
                    }
                }
                Some(Err(Error::ProvisionedThroughputExceeded(_) | Error::LimitExceeded(_)))
                    if u.tries < RETRIES =>
                {
                    still.push(Unsent { tries: u.tries + 1, ..u });
                    still.extend(unsent.by_ref());
                }
                Some(Err(e)) => {
                    results.truncate(u.batch);
                    return (results, Some(e));
                }
                // Not sent, after one with records to send again: they go first.
                None => {
                    still.push(u);
                    still.extend(unsent.by_ref());
                }
            }
        }
        pending = still;
        // What came back waits, the longer the more often it did.
        if let Some(head) = pending.first().filter(|u| u.tries > 0) {
            let delay = Duration::from_millis(50) * 2u32.pow(head.tries.min(8) - 1);
            tokio::time::sleep(delay.min(Duration::from_secs(5))).await;
        }
    }
    (results, None)
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
    let mut ended = None;
    while ended.is_none() {
        // Let the Ctrl-C listener run between sends (a local engine never makes this wait).
        tokio::task::yield_now().await;
        let batch = tokio::select! {
            batch = batches.recv() => batch,
            _ = interrupted.wait_for(|stop| *stop) => return Err(Error::Interrupted),
        };
        let Some(batch) = batch else { break };
        if *interrupted.borrow() {
            return Err(Error::Interrupted);
        }
        // With it, whatever else the reader has ready; a bad record ends the input after them.
        let mut ready = vec![batch];
        while ready.len() < BATCHES_AHEAD
            && let Ok(batch) = batches.try_recv()
        {
            ready.push(batch);
        }
        // What the batches hold of the read-ahead budget, given back once they are answered.
        let mut held = Vec::with_capacity(ready.len());
        let mut lines = Vec::with_capacity(ready.len());
        let mut entries = Vec::with_capacity(ready.len());
        for batch in ready {
            match batch {
                Ok(batch) if batch.entries.is_empty() => {}
                Ok(Batch { lines: l, entries: e, held: h }) => {
                    lines.push(l);
                    entries.push(e);
                    held.push(h);
                }
                Err(e) => {
                    ended = Some(e);
                    break;
                }
            }
        }
        let bytes: Vec<u64> =
            entries.iter().map(|b| b.iter().map(|e| e.data.0.len() as u64).sum()).collect();
        let (results, refused) = send(ctx, stream, entries).await;
        let mut report = String::new();
        for ((lines, results), bytes) in lines.iter().zip(&results).zip(bytes) {
            // An aggregate's user records share its answer (and its sequence number).
            for (lines, r) in lines.iter().zip(results) {
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
        }
        drop(held);
        if print_results {
            output::stdout(report.as_bytes())?;
        }
        bar.set_message(format!("{} records", tally.sent));
        if let Some(e) = refused {
            return Err(e);
        }
    }
    ended.map_or(Ok(()), Err)
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
