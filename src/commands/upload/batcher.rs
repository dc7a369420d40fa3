//! Batching: records checked against Kinesis's limits and grouped into PutRecords-sized batches
//! (500 records or 5 MiB) on a thread of their own, so parsing overlaps sending.

use crate::cli::Compress;
use crate::commands::upload::keys::Keys;
use crate::commands::upload::reader::{Item, Items, at_line};
use crate::error::Result;
use crate::model::limits::{MAX_DATA_BYTES, MAX_PUT_RECORDS, MAX_PUT_RECORDS_BYTES};
use crate::model::*;

/// A batch read from the input: each record's line, and the records.
pub(super) struct Batch {
    pub(super) lines: Vec<u64>,
    pub(super) entries: Vec<PutRecordsRequestEntry>,
}

/// Reads the input into batches on a thread of its own, so parsing overlaps sending. A bad
/// record ends the input: the batch before it is handed over first, then the error.
pub(super) fn read_batches(
    mut items: Items,
    mut keys: Keys,
    compress: Option<Compress>,
    skip_lines: u64,
) -> tokio::sync::mpsc::Receiver<Result<Batch>> {
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    std::thread::spawn(move || {
        let mut batch = Batch { lines: Vec::new(), entries: Vec::new() };
        let mut size = 0usize;
        loop {
            let next = match items.next() {
                Ok(Some(item)) if item.line <= skip_lines => continue,
                Ok(Some(item)) => checked(item, &mut keys, compress).map(Some),
                other => other.map(|_| None),
            };
            let (item, key) = match next {
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

/// A record with its partition key (its data compressed, if asked), both within Kinesis's
/// limits.
fn checked(mut item: Item, keys: &mut Keys, compress: Option<Compress>) -> Result<(Item, String)> {
    let key = keys.key(&mut item)?;
    match compress {
        None => {}
        Some(Compress::Gzip) => {
            use std::io::Write;
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all(&item.data)?;
            item.data = e.finish()?;
        }
        Some(Compress::Zstd) => item.data = zstd::encode_all(item.data.as_slice(), 3)?,
    }
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
