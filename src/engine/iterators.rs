//! Shard iterators and reading: GetShardIterator and GetRecords.
//!
//! # Iterator format
//!
//! Base64 of: version byte `2`, stream id (i64), shard index (u32), position (u64: the next
//! record returned is the first with a greater counter), issue time and expiry (i64 epoch ms,
//! so the issuer's lifetime holds whichever process reads it), the stream name, then the
//! store's seal ([`token::seal`]). A changed byte fails the seal (`InvalidArgumentException`);
//! an iterator past its expiry is `ExpiredIteratorException`; one naming a deleted stream is
//! `ResourceNotFoundException`
//! (stream ids are never reused).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rusqlite::Transaction;

use crate::engine::rows::*;
use crate::engine::throughput::Throughput;
use crate::engine::{chunks, store, token};
use crate::error::{Error, Result};
use crate::model::limits::{MAX_GET_RECORDS, MAX_GET_RECORDS_BYTES};
use crate::model::sequence::MAX_COUNTER;
use crate::model::*;

/// The format version, first byte of every iterator.
const VERSION: u8 = 2;
/// Bytes before the stream name.
const HEADER_LEN: usize = 1 + 8 + 4 + 8 + 8 + 8;

/// What an iterator says.
#[derive(Debug)]
struct Position {
    stream_id: i64,
    shard: u32,
    after: u64,
    issued: Timestamp,
    expires: Timestamp,
    stream_name: String,
}

fn encode(secret: &[u8], p: &Position) -> String {
    let mut bytes = Vec::with_capacity(HEADER_LEN + p.stream_name.len() + token::SEAL_LEN);
    bytes.push(VERSION);
    bytes.extend_from_slice(&p.stream_id.to_be_bytes());
    bytes.extend_from_slice(&p.shard.to_be_bytes());
    bytes.extend_from_slice(&p.after.to_be_bytes());
    bytes.extend_from_slice(&p.issued.0.to_be_bytes());
    bytes.extend_from_slice(&p.expires.0.to_be_bytes());
    bytes.extend_from_slice(p.stream_name.as_bytes());
    token::seal(secret, &mut bytes);
    STANDARD.encode(bytes)
}

fn decode(secret: &[u8], text: &str) -> Result<Position> {
    let invalid = || Error::InvalidArgument("Invalid ShardIterator.".into());
    let bytes = STANDARD.decode(text.as_bytes()).map_err(|_| invalid())?;
    let body = token::unseal(secret, &bytes).ok_or_else(invalid)?;
    if body.len() <= HEADER_LEN || body[0] != VERSION {
        return Err(invalid());
    }
    let (header, name) = body.split_at(HEADER_LEN);
    let field = |at: usize| -> [u8; 8] {
        let mut b = [0u8; 8];
        b.copy_from_slice(&header[at..at + 8]);
        b
    };
    let mut shard = [0u8; 4];
    shard.copy_from_slice(&header[9..13]);
    Ok(Position {
        stream_id: i64::from_be_bytes(field(1)),
        shard: u32::from_be_bytes(shard),
        after: u64::from_be_bytes(field(13)),
        issued: Timestamp(i64::from_be_bytes(field(21))),
        expires: Timestamp(i64::from_be_bytes(field(29))),
        stream_name: String::from_utf8(name.to_vec()).map_err(|_| invalid())?,
    })
}

/// Finds a shard of `stream` by the id a request gave.
pub(crate) fn find_shard(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    shard_id: &str,
) -> Result<ShardRow> {
    let Some(id) = ShardId::parse(shard_id) else {
        return Err(Error::ResourceNotFound(format!(
            "Could not find shard {shard_id} in stream {} under account {LOCAL_ACCOUNT}.",
            stream.name
        )));
    };
    shards(tx, stream.id)?.into_iter().find(|s| s.index == id.0).ok_or_else(|| {
        Error::ResourceNotFound(format!(
            "Shard {id} in stream {} under account {LOCAL_ACCOUNT} does not exist",
            stream.name
        ))
    })
}

/// GetShardIterator.
pub(crate) fn get_shard_iterator(
    tx: &Transaction<'_>,
    secret: &[u8],
    ttl_ms: i64,
    input: &GetShardIteratorInput,
    now: Timestamp,
) -> Result<GetShardIteratorOutput> {
    let stream = resolve(tx, &input.stream, now)?;
    let shard = find_shard(tx, &stream, &input.shard_id)?;
    let from = StartingPosition {
        position_type: input.shard_iterator_type,
        sequence_number: input.starting_sequence_number.clone(),
        timestamp: input.timestamp,
    };
    let after = start_after(tx, &stream, &shard, &from, now, "GetShardIterator")?;
    let position = Position {
        stream_id: stream.id,
        shard: shard.index,
        after,
        issued: now,
        expires: Timestamp(now.0.saturating_add(ttl_ms)),
        stream_name: stream.name.clone(),
    };
    Ok(GetShardIteratorOutput { shard_iterator: encode(secret, &position) })
}

/// Where an iterator or a subscription starting `from` starts in `shard`: the counter the
/// first record read comes after. `action` names the call in error messages.
pub(crate) fn start_after(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    shard: &ShardRow,
    from: &StartingPosition,
    now: Timestamp,
    action: &str,
) -> Result<u64> {
    let shard_id = ShardId(shard.index);
    let (kind, start) = (from.position_type, from.sequence_number.as_deref());
    use ShardIteratorType as T;
    let wants_number = matches!(kind, T::AtSequenceNumber | T::AfterSequenceNumber);
    if wants_number != start.is_some() && kind != T::AtTimestamp {
        return Err(Error::InvalidArgument(format!(
            "Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and \
             StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. \
             Request specified {} and {} StartingSequenceNumber.",
            serde_json::to_value(kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            if start.is_some() { "also a" } else { "no" }
        )));
    }
    Ok(match kind {
        T::TrimHorizon => 0,
        T::Latest => store::last_counter(tx)?,
        T::AtTimestamp => {
            let t = from.timestamp.ok_or_else(|| {
                Error::InvalidArgument(
                    "Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. \
                     Current request has no timestamp parameter."
                        .into(),
                )
            })?;
            if t > now {
                return Err(Error::InvalidArgument(format!(
                    "The timestampInMillis parameter cannot be greater than the \
                     currentTimestampInMillis. timestampInMillis: {}, currentTimestampInMillis: {}",
                    t.0, now.0
                )));
            }
            (t.0.max(0) as u64 * 1000).saturating_sub(1)
        }
        T::AtSequenceNumber | T::AfterSequenceNumber => {
            let n = start.unwrap_or_default();
            let invalid = |why: &str| {
                Error::InvalidArgument(format!(
                    "StartingSequenceNumber {n} used in {action} on shard {shard_id} in \
                     stream {} under account {LOCAL_ACCOUNT} is invalid{why}.",
                    stream.name
                ))
            };
            let seq = SequenceNumber::parse(n).ok_or_else(|| invalid(""))?;
            if seq.shard != shard_id {
                return Err(Error::InvalidArgument(format!(
                    "Invalid StartingSequenceNumber. It encodes {}, while it was used in a call \
                     to a shard with {shard_id}",
                    seq.shard
                )));
            }
            let ours = SequenceNumber::new(seq.counter, shard_id, shard.starting_counter);
            let from_here = match seq.origin {
                Origin::Shard { .. } => seq.origin == ours.origin,
                Origin::Stream(id) => id == stream.id as u64,
            };
            if !from_here {
                return Err(invalid(" because it did not come from this stream"));
            }
            // A time before the shard began, or yet to come, was never handed out.
            if seq.time_secs() > (now.0.max(0) as u64) / 1000 {
                return Err(invalid(""));
            }
            // Only a number the shard handed out (its own bounds included) names a position.
            let last = shard.ending_counter.map_or_else(|| store::last_counter(tx), Ok)?;
            if seq.counter < shard.starting_counter || seq.counter > last {
                return Err(invalid(""));
            }
            if kind == T::AtSequenceNumber { seq.counter.saturating_sub(1) } else { seq.counter }
        }
    })
}

/// What a GetRecords read, for the traffic counts.
pub(crate) struct Outgoing {
    pub stream_id: i64,
    pub shard: u32,
    pub records: i64,
    pub bytes: i64,
}

/// GetRecords: up to `Limit` records and 10 MiB after the iterator's position, never any
/// older than the stream's retention period.
pub(crate) fn get_records(
    tx: &Transaction<'_>,
    secret: &[u8],
    input: &GetRecordsInput,
    limits: Option<&Throughput>,
    now: Timestamp,
) -> Result<(GetRecordsOutput, Outgoing)> {
    let pos = decode(secret, &input.shard_iterator)?;
    if now > pos.expires {
        return Err(Error::ExpiredIterator(format!(
            "Iterator expired. The iterator was created at time {} while right now it is {} \
             which is further in the future than the tolerated delay of {} milliseconds.",
            amz_time(pos.issued),
            amz_time(now),
            pos.expires.0.saturating_sub(pos.issued.0)
        )));
    }
    let gone = || {
        Error::ResourceNotFound(format!(
            "Shard {} in stream {} under account {LOCAL_ACCOUNT} does not exist",
            ShardId(pos.shard),
            pos.stream_name
        ))
    };
    let stream = resolve(tx, &StreamRef::name(&pos.stream_name), now).map_err(|_| gone())?;
    if stream.id != pos.stream_id {
        return Err(gone());
    }
    if input.stream_arn.as_ref().is_some_and(|arn| *arn != stream.arn) {
        return Err(Error::InvalidArgument(format!(
            "StreamARN {} does not match the stream of the shard iterator.",
            input.stream_arn.as_deref().unwrap_or_default()
        )));
    }
    if let Some(l) = limits {
        l.call(stream.id, &stream.name, pos.shard, now)?;
    }
    let limit = input.limit.unwrap_or(MAX_GET_RECORDS) as usize;
    let page = read_page(tx, &stream, pos.shard, pos.after, limit, MAX_GET_RECORDS_BYTES, now)?
        .ok_or_else(gone)?;
    // A closed shard read to its end has no next iterator: its children carry on.
    let next_shard_iterator = page.child_shards.is_none().then(|| {
        let ttl = pos.expires.0.saturating_sub(pos.issued.0);
        let expires = Timestamp(now.0.saturating_add(ttl));
        encode(secret, &Position { after: page.after, issued: now, expires, ..pos })
    });
    let outgoing = page.outgoing(stream.id, pos.shard);
    if let Some(l) = limits {
        l.sent(stream.id, pos.shard, outgoing.bytes, now);
    }
    Ok((
        GetRecordsOutput {
            records: page.records,
            next_shard_iterator,
            millis_behind_latest: page.millis_behind_latest,
            child_shards: page.child_shards,
        },
        outgoing,
    ))
}

/// One read of a shard: what GetRecords answers and a subscription's event carries.
pub(crate) struct Page {
    pub records: Vec<Record>,
    /// The counter the next read goes on after.
    pub after: u64,
    /// Whether more records wait beyond this page.
    pub more: bool,
    pub millis_behind_latest: i64,
    /// The shard's children, once a closed shard is read to its end.
    pub child_shards: Option<Vec<ChildShard>>,
    /// The shard's starting counter: no record's is this or lower.
    pub shard_start: u64,
    /// How the stream's numbers are written.
    pub layout: Layout,
}

impl Page {
    /// The page as traffic counts.
    pub fn outgoing(&self, stream_id: i64, shard: u32) -> Outgoing {
        Outgoing {
            stream_id,
            shard,
            records: self.records.len() as i64,
            bytes: self.records.iter().map(|r| r.data.0.len() as i64).sum(),
        }
    }
}

/// Up to `limit` records and `max_bytes` (at least one record) of `stream`'s shard `index`
/// after counter `after`, never any older than the stream's retention period; `None` if the
/// shard does not exist.
pub(crate) fn read_page(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    index: u32,
    after: u64,
    limit: usize,
    max_bytes: usize,
    now: Timestamp,
) -> Result<Option<Page>> {
    let all = shards(tx, stream.id)?;
    let Some(shard) = all.iter().find(|s| s.index == index) else { return Ok(None) };
    let layout = store::layout(tx, stream.id)?;
    // Records arrived before the horizon are past retention, whatever the position says.
    let horizon_ms = now.0.saturating_sub(stream.retention_hours.saturating_mul(3_600_000));
    let horizon = u64::try_from(horizon_ms).unwrap_or(0).saturating_mul(1000);
    let from_after = after.max(horizon.saturating_sub(1)).min(MAX_COUNTER);
    let mut records = Vec::new();
    let mut bytes = 0usize;
    let mut more = false;
    chunks::scan(tx, stream.id, shard.index, from_after, |r| {
        let size = r.data.len() + r.partition_key.len();
        if records.len() == limit || (!records.is_empty() && bytes + size > max_bytes) {
            more = true;
            return Ok(false);
        }
        bytes += size;
        records.push(Record {
            sequence_number: SequenceNumber::issued(
                r.counter,
                ShardId(shard.index),
                shard.starting_counter,
                layout,
            )
            .to_string(),
            approximate_arrival_timestamp: Timestamp((r.counter / 1000) as i64),
            data: Blob(r.data.to_vec()),
            partition_key: r.partition_key.to_string(),
            encryption_type: stream.record_encryption(),
        });
        Ok(true)
    })?;
    let last = records.last().and_then(|r| SequenceNumber::parse(&r.sequence_number));
    let after = last.map_or(from_after, |s| s.counter);
    let millis_behind_latest = match (&last, more) {
        (Some(s), true) => (now.0 - (s.counter / 1000) as i64).max(0),
        _ => 0,
    };
    let finished = shard.ending_counter.is_some() && !more;
    let child_shards = finished.then(|| {
        all.iter()
            .filter(|c| c.parent == Some(shard.index) || c.adjacent_parent == Some(shard.index))
            .map(|c| ChildShard {
                shard_id: ShardId(c.index).to_string(),
                parent_shards: [c.parent, c.adjacent_parent]
                    .into_iter()
                    .flatten()
                    .map(|p| ShardId(p).to_string())
                    .collect(),
                hash_key_range: c.range,
            })
            .collect()
    });
    let shard_start = shard.starting_counter;
    Ok(Some(Page { records, after, more, millis_behind_latest, child_shards, shard_start, layout }))
}

/// A time as Kinesis writes it in iterator messages: `Thu Jan 22 01:22:02 UTC 2015`.
fn amz_time(t: Timestamp) -> String {
    let fmt = ::time::macros::format_description!(
        "[weekday repr:short] [month repr:short] [day] [hour]:[minute]:[second] UTC [year]"
    );
    ::time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(t.0) * 1_000_000)
        .ok()
        .and_then(|d| d.format(&fmt).ok())
        .unwrap_or_else(|| t.0.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Position {
        Position {
            stream_id: 7,
            shard: 3,
            after: 123_456,
            issued: Timestamp(1_700_000_000_000),
            expires: Timestamp(1_700_000_300_000),
            stream_name: "family".into(),
        }
    }

    #[test]
    fn iterators_round_trip() {
        let text = encode(b"secret", &sample());
        let p = decode(b"secret", &text).unwrap();
        assert_eq!(
            (p.stream_id, p.shard, p.after, p.issued, p.expires, p.stream_name.as_str()),
            (7, 3, 123_456, Timestamp(1_700_000_000_000), Timestamp(1_700_000_300_000), "family")
        );
    }

    #[test]
    fn another_stores_iterator_is_rejected() {
        let text = encode(b"secret", &sample());
        assert!(decode(b"other secret", &text).is_err());
        assert!(decode(b"secret", "AAAA").is_err());
        assert!(decode(b"secret", "not base64!").is_err());
    }

    #[test]
    fn amz_time_reads_like_kinesis() {
        assert_eq!(amz_time(Timestamp(1_421_889_722_000)), "Thu Jan 22 01:22:02 UTC 2015");
    }

    fn position() -> impl proptest::strategy::Strategy<Value = Position> {
        use proptest::prelude::*;
        (any::<i64>(), any::<u32>(), any::<u64>(), any::<i64>(), any::<i64>(), "\\PC{1,128}")
            .prop_map(|(stream_id, shard, after, issued, expires, stream_name)| Position {
                stream_id,
                shard,
                after,
                issued: Timestamp(issued),
                expires: Timestamp(expires),
                stream_name,
            })
    }

    proptest::proptest! {
        #[test]
        fn any_position_round_trips(p in position()) {
            let q = decode(b"secret", &encode(b"secret", &p)).unwrap();
            proptest::prop_assert_eq!(
                (q.stream_id, q.shard, q.after, q.issued, q.expires, q.stream_name),
                (p.stream_id, p.shard, p.after, p.issued, p.expires, p.stream_name)
            );
        }

        #[test]
        fn every_changed_bit_is_rejected(p in position(), at: proptest::sample::Index, bit in 0u8..8) {
            let mut bytes = STANDARD.decode(encode(b"secret", &p)).unwrap();
            let i = at.index(bytes.len());
            bytes[i] ^= 1 << bit;
            proptest::prop_assert!(decode(b"secret", &STANDARD.encode(&bytes)).is_err());
        }

        #[test]
        fn any_text_is_refused_without_a_panic(text in "\\PC{0,300}") {
            proptest::prop_assert!(decode(b"secret", &text).is_err());
        }

        #[test]
        fn any_bytes_are_refused_without_a_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            proptest::prop_assert!(decode(b"secret", &STANDARD.encode(&bytes)).is_err());
        }
    }

    /// The long run: `cargo test --release --lib -- --ignored fuzz` (`PROPTEST_CASES` to
    /// change its million cases): forged, truncated and random iterators, never a panic or a
    /// pass.
    #[test]
    #[ignore]
    fn fuzz_iterators() {
        use proptest::prelude::*;
        use proptest::test_runner::{Config, TestRunner};
        let config = Config {
            // A million, unless proptest's own PROPTEST_CASES says otherwise.
            cases: match Config::default().cases {
                256 => 1_000_000,
                asked => asked,
            },
            failure_persistence: None,
            ..Config::default()
        };
        let forged = (position(), any::<proptest::sample::Index>(), 0u8..8, 0usize..4).prop_map(
            |(p, at, bit, cut)| {
                let mut bytes = STANDARD.decode(encode(b"secret", &p)).unwrap_or_default();
                let i = at.index(bytes.len());
                bytes[i] ^= 1 << bit;
                bytes.truncate(bytes.len() - cut);
                STANDARD.encode(bytes)
            },
        );
        let random =
            proptest::collection::vec(any::<u8>(), 0..300).prop_map(|b| STANDARD.encode(b));
        let strategy = prop_oneof![forged, random, "\\PC{0,300}"];
        TestRunner::new(config)
            .run(&strategy, |text| {
                prop_assert!(decode(b"secret", &text).is_err());
                Ok(())
            })
            .unwrap();
    }
}
