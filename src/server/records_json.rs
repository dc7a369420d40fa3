//! GetRecords's answer written as JSON by hand: the same bytes `serde_json` writes, without
//! its escape scan over each record's base64 data and sequence number (text that never needs
//! escaping) or the intermediate base64 strings. Half of what `serve` spent answering a
//! GetRecords went there.

use base64_simd::AsOut as _;

use crate::model::{GetRecordsOutput, Record};

/// `out` as `serde_json::to_vec` writes it.
pub fn get_records(out: &GetRecordsOutput) -> serde_json::Result<Vec<u8>> {
    let data: usize = out.records.iter().map(|r| r.data.0.len().div_ceil(3) * 4).sum();
    let mut buf = Vec::with_capacity(data + out.records.len() * 200 + 256);
    buf.extend_from_slice(b"{\"Records\":[");
    for (i, r) in out.records.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        record(&mut buf, r)?;
    }
    buf.push(b']');
    if let Some(next) = &out.next_shard_iterator {
        buf.extend_from_slice(b",\"NextShardIterator\":");
        serde_json::to_writer(&mut buf, next)?;
    }
    buf.extend_from_slice(b",\"MillisBehindLatest\":");
    serde_json::to_writer(&mut buf, &out.millis_behind_latest)?;
    if let Some(children) = &out.child_shards {
        buf.extend_from_slice(b",\"ChildShards\":");
        serde_json::to_writer(&mut buf, children)?;
    }
    buf.push(b'}');
    Ok(buf)
}

fn record(buf: &mut Vec<u8>, r: &Record) -> serde_json::Result<()> {
    buf.extend_from_slice(b"{\"SequenceNumber\":");
    // Sequence numbers are digits (any backend's are; anything else is escaped as usual).
    if r.sequence_number.bytes().all(|b| b.is_ascii_digit()) {
        buf.push(b'"');
        buf.extend_from_slice(r.sequence_number.as_bytes());
        buf.push(b'"');
    } else {
        serde_json::to_writer(&mut *buf, &r.sequence_number)?;
    }
    buf.extend_from_slice(b",\"ApproximateArrivalTimestamp\":");
    serde_json::to_writer(&mut *buf, &r.approximate_arrival_timestamp)?;
    buf.extend_from_slice(b",\"Data\":\"");
    // SIMD base64: 29 ns a 200-byte record against the scalar encoder's 87, which took 15 %
    // of what serve spent answering GetRecords.
    let at = buf.len();
    buf.resize(at + base64_simd::STANDARD.encoded_length(r.data.0.len()), 0);
    let _ = base64_simd::STANDARD.encode(&r.data.0, buf[at..].as_out());
    buf.extend_from_slice(b"\",\"PartitionKey\":");
    serde_json::to_writer(&mut *buf, &r.partition_key)?;
    if let Some(e) = &r.encryption_type {
        buf.extend_from_slice(b",\"EncryptionType\":");
        serde_json::to_writer(&mut *buf, e)?;
    }
    buf.push(b'}');
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Blob, ChildShard, HashKeyRange, Timestamp};

    #[test]
    fn writes_what_serde_json_writes() {
        let record = |seq: &str, data: &[u8], key: &str, enc: Option<&str>, ms: i64| Record {
            sequence_number: seq.into(),
            approximate_arrival_timestamp: Timestamp(ms),
            data: Blob(data.to_vec()),
            partition_key: key.into(),
            encryption_type: enc.map(Into::into),
        };
        let records = vec![
            record("49590338271490256608559692538361571095921575989136588898", b"", "k", None, 0),
            record("1", b"a", "quote\"back\\slash\nnew\u{1}line", Some("KMS"), 1_700_000_000_123),
            record("12", b"ab", "ünïcødé ✓", Some("NONE"), 1_700_000_000_100),
            record("not digits \"x\"", &[0, 255, 7, 128], "", None, -5),
            record("123", &[9; 1000], "k", None, 999),
        ];
        let child = ChildShard {
            shard_id: "shardId-000000000002".into(),
            parent_shards: vec!["shardId-000000000000".into()],
            hash_key_range: HashKeyRange { start: 0, end: u128::MAX },
        };
        for (records, next, children) in [
            (vec![], None, None),
            (records.clone(), Some("AAAA+/=\"".to_string()), None),
            (records, None, Some(vec![child])),
        ] {
            let out = GetRecordsOutput {
                records,
                next_shard_iterator: next,
                millis_behind_latest: 42,
                child_shards: children,
            };
            let ours = get_records(&out).unwrap();
            let theirs = serde_json::to_vec(&out).unwrap();
            assert_eq!(String::from_utf8(ours).unwrap(), String::from_utf8(theirs).unwrap());
        }
    }
}
