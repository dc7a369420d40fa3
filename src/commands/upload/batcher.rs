//! Batching: records checked against Kinesis's limits and grouped into PutRecords-sized batches
//! (500 records or 5 MiB) on a thread of their own, so parsing overlaps sending.

use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::cli::Compress;
use crate::commands::decode::kpl;
use crate::commands::upload::keys::Keys;
use crate::commands::upload::reader::{Item, Items, at_line};
use crate::error::Result;
use crate::model::limits::{MAX_DATA_BYTES, MAX_PUT_RECORDS, MAX_PUT_RECORDS_BYTES};
use crate::model::*;

/// A batch read from the input: the records, and the lines of each (one line each, or the
/// lines of the user records an aggregate packs). Every line before a batch's last is in it
/// or an earlier batch.
pub(super) struct Batch {
    pub(super) lines: Vec<Vec<u64>>,
    pub(super) entries: Vec<PutRecordsRequestEntry>,
    /// Its share of [`READ_AHEAD`], given back as it is dropped.
    pub(super) held: Option<OwnedSemaphorePermit>,
}

impl Batch {
    fn new() -> Batch {
        Batch { lines: Vec::new(), entries: Vec::new(), held: None }
    }
}

/// How many batches may wait, read, for the upload to send them (the upload sends what waits
/// in one go: fewer, larger transactions with the engine).
pub(super) const BATCHES_AHEAD: usize = 8;

/// How many KiB of records may be read and not yet answered, so that memory stays flat even
/// for batches of 5 MiB.
const READ_AHEAD: usize = 16 * 1024;

/// The most user-record bytes (data, key and protobuf framing) one aggregate takes: a Kinesis
/// record is at most 1 MiB, and the aggregate adds its magic, checksum and key tables.
const AGGREGATE_BYTES: usize = MAX_DATA_BYTES - 64 * 1024;

/// Records waiting to become an aggregate, one heap per shard.
#[derive(Default)]
struct Pending {
    lines: Vec<u64>,
    entries: Vec<kpl::Entry>,
    bytes: usize,
}

/// Turns checked records into batches: one entry each, or (`--aggregate`) packed KPL-style
/// into aggregates of records bound for the same shard.
struct Packer {
    batch: Batch,
    /// The batch's bytes, pending aggregates included.
    bytes: usize,
    /// With `--aggregate`: the open shards' hash key ranges, and a heap per shard.
    shards: Option<(Vec<HashKeyRange>, Vec<Pending>)>,
}

impl Packer {
    /// Adds a record; answers a full batch to send first, if it made one.
    fn add(&mut self, line: u64, data: Vec<u8>, key: String) -> Option<Batch> {
        let len = data.len() + key.len() + 8;
        let full = (self.batch.entries.len() + self.pending_count() >= MAX_PUT_RECORDS
            || self.bytes + len > MAX_PUT_RECORDS_BYTES)
            .then(|| self.take());
        self.bytes += len;
        let Some((ranges, pending)) = self.shards.as_mut().filter(|_| len <= AGGREGATE_BYTES)
        else {
            self.batch.lines.push(vec![line]);
            self.batch.entries.push(PutRecordsRequestEntry {
                data: Blob(data),
                explicit_hash_key: None,
                // Here, on the reader's thread, rather than on the engine's.
                key_hash: KeyHash::worked_out(&key),
                partition_key: Some(key),
            });
            return full;
        };
        let shard = hash_key::owner(ranges, partition_key_hash(&key)).unwrap_or(0);
        let heap = &mut pending[shard];
        if heap.bytes + len > AGGREGATE_BYTES {
            let packed = std::mem::take(heap);
            push_aggregate(&mut self.batch, packed);
        }
        let heap = &mut pending[shard];
        heap.bytes += len;
        heap.lines.push(line);
        heap.entries.push(kpl::Entry { partition_key: key, explicit_hash_key: None, data });
        full
    }

    fn pending_count(&self) -> usize {
        self.shards.as_ref().map_or(0, |(_, p)| p.iter().filter(|h| !h.entries.is_empty()).count())
    }

    /// The batch so far, every pending aggregate in it.
    fn take(&mut self) -> Batch {
        let mut batch = std::mem::replace(&mut self.batch, Batch::new());
        if let Some((_, pending)) = self.shards.as_mut() {
            for heap in pending.iter_mut().filter(|h| !h.entries.is_empty()) {
                push_aggregate(&mut batch, std::mem::take(heap));
            }
        }
        self.bytes = 0;
        batch
    }
}

/// Packs a heap of records into one aggregate entry, routed by its first record's key (whose
/// shard they all share).
fn push_aggregate(batch: &mut Batch, heap: Pending) {
    let partition_key = heap.entries[0].partition_key.clone();
    batch.entries.push(PutRecordsRequestEntry {
        data: Blob(kpl::aggregate(&heap.entries)),
        explicit_hash_key: None,
        key_hash: KeyHash::worked_out(&partition_key),
        partition_key: Some(partition_key),
    });
    batch.lines.push(heap.lines);
}

/// Reads the input into batches on a thread of its own, so parsing overlaps sending. A bad
/// record ends the input: the batch before it is handed over first, then the error.
/// `aggregate` holds the open shards' ranges when records are to be packed KPL-style.
pub(super) fn read_batches(
    mut items: Items,
    mut keys: Keys,
    compress: Option<Compress>,
    aggregate: Option<Vec<HashKeyRange>>,
    max_record: usize,
    skip_lines: u64,
) -> tokio::sync::mpsc::Receiver<Result<Batch>> {
    let (tx, rx) = tokio::sync::mpsc::channel(BATCHES_AHEAD);
    let budget = Arc::new(Semaphore::new(READ_AHEAD));
    let runtime = tokio::runtime::Handle::current();
    std::thread::spawn(move || {
        // A batch waits for its share of the budget before it is handed over.
        let send = |mut batch: Batch| {
            let kib = batch.entries.iter().map(|e| e.data.0.len()).sum::<usize>().div_ceil(1024);
            let kib = u32::try_from(kib.clamp(1, READ_AHEAD)).unwrap_or(1);
            batch.held = runtime.block_on(budget.clone().acquire_many_owned(kib)).ok();
            tx.blocking_send(Ok(batch)).is_ok()
        };
        let shards = aggregate.map(|ranges| {
            let pending = ranges.iter().map(|_| Pending::default()).collect();
            (ranges, pending)
        });
        let mut packer = Packer { batch: Batch::new(), bytes: 0, shards };
        loop {
            let next = match items.next() {
                Ok(Some(item)) if item.line <= skip_lines => continue,
                Ok(Some(item)) => checked(item, &mut keys, compress, max_record).map(Some),
                other => other.map(|_| None),
            };
            let (item, key) = match next {
                Ok(Some(next)) => next,
                Ok(None) => break,
                Err(e) => {
                    if send(packer.take()) {
                        let _ = tx.blocking_send(Err(e));
                    }
                    return;
                }
            };
            if let Some(full) = packer.add(item.line, item.data, key)
                && !send(full)
            {
                return;
            }
        }
        send(packer.take());
    });
    rx
}

/// A record with its partition key (its data compressed, if asked), both within Kinesis's
/// limits: a record at most `max_record` bytes (what the stream takes).
fn checked(
    mut item: Item,
    keys: &mut Keys,
    compress: Option<Compress>,
    max_record: usize,
) -> Result<(Item, String)> {
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
    if item.data.len() > max_record {
        return Err(at_line(
            item.line,
            format!(
                "the record is {} bytes, over the stream's limit of {max_record}",
                item.data.len()
            ),
        ));
    }
    Ok((item, key))
}
