//! Putting records: validation, routing by hash key to the open shard that owns it, and
//! sequence numbers.

use std::collections::BTreeMap;

use rusqlite::Transaction;

use crate::engine::chunks::{self, Packed};
use crate::engine::rows::*;
use crate::engine::throughput::{Throughput, exceeded};
use crate::engine::{metrics, retention, store};
use crate::error::{Error, Result};
use crate::model::hash_key;
use crate::model::limits::*;
use crate::model::validate::{self, is_decimal};
use crate::model::*;

/// One record to store, checked.
struct Entry<'a> {
    partition_key: &'a str,
    data: &'a [u8],
    hash_key: u128,
}

/// Whether a record meets every constraint on its members (partition key, data, hash key).
fn plain_entry(pk: Option<&str>, data: &[u8], ehk: Option<&str>) -> bool {
    let (pk_min, pk_max) = PARTITION_KEY_CHARS;
    pk.is_none_or(|pk| (pk_min..=pk_max).contains(&pk.chars().count()))
        && ehk.is_none_or(|k| is_decimal(k, 39))
        && data.len() <= MAX_DATA_BYTES
}

/// Validates a PutRecord request. A record that plainly meets every constraint (nearly all of
/// them) spares the validator its members, and the base64 text of its data.
pub(crate) fn validate_put_record(input: &PutRecordInput) -> Result<()> {
    let plain =
        plain_entry(
            input.partition_key.as_deref(),
            &input.data.0,
            input.explicit_hash_key.as_deref(),
        ) && input.sequence_number_for_ordering.as_deref().is_none_or(|n| is_decimal(n, 129));
    if plain {
        let checked = ["PartitionKey", "Data", "ExplicitHashKey", "SequenceNumberForOrdering"];
        validate_except(Action::PutRecord, &input.stream, &checked)
    } else {
        validate(Action::PutRecord, input)
    }
}

/// Validates a PutRecords request, as [`validate_put_record`] does.
pub(crate) fn validate_put_records(input: &PutRecordsInput) -> Result<()> {
    let plain = (1..=MAX_PUT_RECORDS).contains(&input.records.len())
        && input.records.iter().all(|r| {
            plain_entry(r.partition_key.as_deref(), &r.data.0, r.explicit_hash_key.as_deref())
        });
    if plain {
        validate_except(Action::PutRecords, &input.stream, &["Records"])
    } else {
        validate(Action::PutRecords, input)
    }
}

/// Works out the hash key of each record routed by its partition key now, on the caller's
/// thread, before the write that stores them: concurrent callers (`serve`'s connections) hash
/// in parallel, and the write, which runs one at a time, finds it done (see [`KeyHash`]).
pub(crate) fn work_out_key_hashes(input: &PutRecordsInput) {
    for r in &input.records {
        if let (Some(key), None) = (&r.partition_key, &r.explicit_hash_key) {
            r.key_hash.of(key);
        }
    }
}

/// One record as a request gives it: its place in a PutRecords request (none in PutRecord),
/// its partition key, data and explicit hash key.
struct Given<'a> {
    index: Option<usize>,
    partition_key: Option<&'a str>,
    data: &'a [u8],
    explicit_hash_key: Option<&'a str>,
    /// The partition key's hash key, perhaps worked out already.
    key_hash: &'a KeyHash,
}

/// The records of a request as the stream takes them, once it is known: each within the
/// largest record the stream takes, with a partition key unless Kinesis distributes the
/// stream's records (every record missing one or too long named in one ValidationException,
/// as Kinesis names them), and routed — by partition key (or explicit hash key), or with
/// `AUTO` evenly across the open shards, taking turns from where the store's counter stands.
fn route<'a>(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    given: &[Given<'a>],
) -> Result<Vec<Entry<'a>>> {
    let auto = stream.distribution == "AUTO";
    let max = usize::try_from(stream.max_record_kib).unwrap_or(0) * 1024;
    // Member paths are spelled out only for a record that fails (this runs for every record).
    let path = |g: &Given<'_>, member: &str| match g.index {
        Some(i) => format!("records.{}.member.{member}", i + 1),
        None => member.to_string(),
    };
    let mut violations = Vec::new();
    for g in given {
        if g.partition_key.is_none() && !auto {
            violations.push(validate::missing(&path(g, "partitionKey")));
        }
        if g.data.len() > max {
            violations.push(validate::data_too_long(&path(g, "data"), g.data.len(), max));
        }
    }
    if let Some(message) = validate::message(&violations) {
        return Err(Error::Validation(message));
    }
    let (open, turn): (Vec<u128>, usize) = if auto {
        let open = shards(tx, stream.id)?;
        let open = open.iter().filter(|s| s.closed.is_none()).map(|s| s.range.start).collect();
        (open, store::last_counter(tx)? as usize)
    } else {
        (Vec::new(), 0)
    };
    given
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let hash_key = match (auto, open.len()) {
                (true, n) if n > 0 => open[(turn + i) % n],
                _ => match (g.partition_key, g.explicit_hash_key) {
                    (Some(key), None) => g.key_hash.of(key),
                    (key, explicit) => hash_key::hash_key(key.unwrap_or_default(), explicit)?,
                },
            };
            Ok(Entry { partition_key: g.partition_key.unwrap_or_default(), data: g.data, hash_key })
        })
        .collect()
}

/// What became of one record: stored with this sequence number, or throttled.
type Stored = std::result::Result<(ShardId, SequenceNumber), ShardId>;

/// Stores `entries` in one go and returns each one's shard and sequence number; with
/// `limits`, a record past its shard's allowance is left out (`Err` with its shard).
fn store_entries(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    entries: &[Entry<'_>],
    floor: u64,
    limits: Option<&Throughput>,
    now: Timestamp,
) -> Result<Vec<Stored>> {
    if !matches!(stream.status, StreamStatus::Active | StreamStatus::Updating) {
        return Err(Error::ResourceNotFound(format!(
            "Stream {} under account {LOCAL_ACCOUNT} not found.",
            stream.name
        )));
    }
    let mut open: Vec<ShardRow> =
        shards(tx, stream.id)?.into_iter().filter(|s| s.closed.is_none()).collect();
    open.sort_by_key(|s| s.range.start);
    let ranges: Vec<HashKeyRange> = open.iter().map(|s| s.range).collect();
    let first = store::next_counters(tx, entries.len() as u64, now, floor)?;
    let mut out = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        let shard = hash_key::owner(&ranges, e.hash_key).map(|i| &open[i]).ok_or_else(|| {
            Error::Internal(format!(
                "no open shard owns hash key {} in {}",
                e.hash_key, stream.name
            ))
        })?;
        let size = e.data.len() + e.partition_key.len();
        if limits.is_some_and(|l| !l.admit(stream.id, shard.index, size, now)) {
            out.push(Err(ShardId(shard.index)));
            continue;
        }
        let counter = first + i as u64;
        out.push(Ok((
            ShardId(shard.index),
            SequenceNumber::new(counter, ShardId(shard.index), shard.starting_counter),
        )));
    }
    // Each shard's records, in counter order, make its chunks.
    let mut by_shard: BTreeMap<u32, Vec<Packed<'_>>> = BTreeMap::new();
    for (stored, e) in out.iter().zip(entries) {
        let Ok((shard, seq)) = stored else { continue };
        let packed = Packed { counter: seq.counter, partition_key: e.partition_key, data: e.data };
        by_shard.entry(shard.0).or_default().push(packed);
    }
    let mut counts: BTreeMap<u32, (i64, i64)> = BTreeMap::new();
    for (shard, records) in &by_shard {
        chunks::write(tx, stream.id, *shard, records)?;
        let bytes = records.iter().map(|r| r.data.len() as i64).sum();
        counts.insert(*shard, (records.len() as i64, bytes));
    }
    metrics::count_incoming(tx, stream.id, &counts)?;
    retention::trim_now_and_then(tx, stream, now)?;
    Ok(out)
}

/// The counter a new record must exceed to honour `SequenceNumberForOrdering`.
///
/// Only a number that was handed out can order anything: one of this engine's layout whose
/// counter is still to come (or past what the store can hold) is invalid, as on Kinesis, and
/// so is any other number above this engine's smallest. A smaller one orders nothing.
fn ordering_floor(tx: &Transaction<'_>, stream: &StreamRow, ordering: Option<&str>) -> Result<u64> {
    let Some(n) = ordering else { return Ok(0) };
    let invalid = || {
        Error::InvalidArgument(format!(
            "ExclusiveMinimumSequenceNumber {n} used in PutRecord on stream {} under account \
             {LOCAL_ACCOUNT} is invalid.",
            stream.name
        ))
    };
    if let Some(seq) = SequenceNumber::parse(n) {
        return if seq.counter <= store::last_counter(tx)? {
            Ok(seq.counter)
        } else {
            Err(invalid())
        };
    }
    // Below the smallest number either layout can hold.
    let smallest = SequenceNumber { counter: 0, shard: ShardId(0), origin: Origin::Stream(0) };
    let smallest = smallest.to_string();
    if n.len() < smallest.len() || (n.len() == smallest.len() && *n < *smallest) {
        return Ok(0);
    }
    Err(invalid())
}

/// PutRecord.
pub(crate) fn put_record(
    tx: &Transaction<'_>,
    input: &PutRecordInput,
    limits: Option<&Throughput>,
    now: Timestamp,
) -> Result<PutRecordOutput> {
    let stream = resolve(tx, &input.stream, now)?;
    let given = Given {
        index: None,
        partition_key: input.partition_key.as_deref(),
        data: &input.data.0,
        explicit_hash_key: input.explicit_hash_key.as_deref(),
        key_hash: &KeyHash::default(),
    };
    let entries = route(tx, &stream, &[given])?;
    let floor = ordering_floor(tx, &stream, input.sequence_number_for_ordering.as_deref())?;
    let (shard, seq) = store_entries(tx, &stream, &entries, floor, limits, now)?
        .remove(0)
        .map_err(|shard| Error::ProvisionedThroughputExceeded(exceeded(&stream.name, shard.0)))?;
    Ok(PutRecordOutput {
        shard_id: shard.to_string(),
        sequence_number: seq.to_string(),
        encryption_type: stream.record_encryption(),
    })
}

/// PutRecords: all records in one transaction, each with its own result.
pub(crate) fn put_records(
    tx: &Transaction<'_>,
    input: &PutRecordsInput,
    limits: Option<&Throughput>,
    now: Timestamp,
) -> Result<PutRecordsOutput> {
    let size: usize = input
        .records
        .iter()
        .map(|r| r.data.0.len() + r.partition_key.as_ref().map_or(0, String::len))
        .sum();
    if size > MAX_PUT_RECORDS_BYTES {
        return Err(Error::InvalidArgument(format!(
            "Records size exceeds 5 MB limit: the request carries {size} bytes of data and \
             partition keys, more than {MAX_PUT_RECORDS_BYTES}."
        )));
    }
    let stream = resolve(tx, &input.stream, now)?;
    let given: Vec<Given<'_>> = input
        .records
        .iter()
        .enumerate()
        .map(|(i, r)| Given {
            index: Some(i),
            partition_key: r.partition_key.as_deref(),
            data: &r.data.0,
            explicit_hash_key: r.explicit_hash_key.as_deref(),
            key_hash: &r.key_hash,
        })
        .collect();
    let entries = route(tx, &stream, &given)?;
    let stored = store_entries(tx, &stream, &entries, 0, limits, now)?;
    Ok(PutRecordsOutput {
        failed_record_count: stored.iter().filter(|s| s.is_err()).count() as i64,
        records: stored
            .into_iter()
            .map(|s| match s {
                Ok((shard, seq)) => PutRecordsResultEntry {
                    sequence_number: Some(seq.to_string()),
                    shard_id: Some(shard.to_string()),
                    ..Default::default()
                },
                Err(shard) => PutRecordsResultEntry {
                    error_code: Some("ProvisionedThroughputExceededException".into()),
                    error_message: Some(exceeded(&stream.name, shard.0)),
                    ..Default::default()
                },
            })
            .collect(),
        encryption_type: stream.record_encryption(),
    })
}
