//! The KPL's aggregated record format: many user records in one Kinesis record.
//!
//! # Format
//!
//! The magic bytes `F3 89 9A C2`, then a protobuf `AggregatedRecord` (a table of partition
//! keys, a table of explicit hash keys, and the records, each naming its keys by index), then
//! the 16-byte MD5 of that protobuf. A user record's sub-sequence number is its index in the
//! aggregate, as the KCL numbers them.

use md5::{Digest, Md5};
use prost::Message;

use super::Decoded;

/// What every aggregate starts with.
pub const MAGIC: [u8; 4] = [0xf3, 0x89, 0x9a, 0xc2];
/// The MD5 at the end.
const DIGEST_LEN: usize = 16;

/// The protobuf body of an aggregate.
#[derive(Clone, PartialEq, Message)]
pub struct AggregatedRecord {
    /// Partition keys, referred to by index.
    #[prost(string, repeated, tag = "1")]
    pub partition_key_table: Vec<String>,
    /// Explicit hash keys, referred to by index.
    #[prost(string, repeated, tag = "2")]
    pub explicit_hash_key_table: Vec<String>,
    /// The user records.
    #[prost(message, repeated, tag = "3")]
    pub records: Vec<UserRecord>,
}

/// One user record of an aggregate.
#[derive(Clone, PartialEq, Message)]
pub struct UserRecord {
    /// Its partition key's index in the table.
    #[prost(uint64, required, tag = "1")]
    pub partition_key_index: u64,
    /// Its explicit hash key's index, if it has one.
    #[prost(uint64, optional, tag = "2")]
    pub explicit_hash_key_index: Option<u64>,
    /// Its payload.
    #[prost(bytes = "vec", required, tag = "3")]
    pub data: Vec<u8>,
    /// Tags (the KPL's, unused by Kinesis).
    #[prost(message, repeated, tag = "4")]
    pub tags: Vec<Tag>,
}

/// A user record's tag.
#[derive(Clone, PartialEq, Message)]
pub struct Tag {
    /// Its key.
    #[prost(string, required, tag = "1")]
    pub key: String,
    /// Its value.
    #[prost(string, optional, tag = "2")]
    pub value: Option<String>,
}

/// The user records of an aggregate; `None` when `data` is no aggregate (no magic), an error
/// when it claims to be one and is not (a wrong checksum, a broken body, a key out of its
/// table).
pub fn deaggregate(data: &[u8]) -> Option<Result<Vec<Decoded>, String>> {
    let rest = data.strip_prefix(&MAGIC)?;
    let Some(body_len) = rest.len().checked_sub(DIGEST_LEN) else {
        return Some(Err("a KPL aggregate too short for its checksum".into()));
    };
    let (body, digest) = rest.split_at(body_len);
    if Md5::digest(body).as_slice() != digest {
        return Some(Err("a KPL aggregate whose MD5 does not match: left as it came".into()));
    }
    let aggregate = match AggregatedRecord::decode(body) {
        Ok(a) => a,
        Err(e) => return Some(Err(format!("a KPL aggregate that does not parse: {e}"))),
    };
    let key =
        |table: &[String], i: u64| usize::try_from(i).ok().and_then(|i| table.get(i)).cloned();
    let records = aggregate.records.into_iter().enumerate().map(|(n, r)| {
        let partition_key = key(&aggregate.partition_key_table, r.partition_key_index)
            .ok_or("a KPL user record names a partition key the table does not hold")?;
        let explicit_hash_key =
            match r.explicit_hash_key_index {
                Some(i) => Some(key(&aggregate.explicit_hash_key_table, i).ok_or(
                    "a KPL user record names an explicit hash key the table does not hold",
                )?),
                None => None,
            };
        Ok(Decoded {
            data: r.data,
            partition_key: Some(partition_key),
            explicit_hash_key,
            sub_sequence: Some(n as u64),
            ..Decoded::default()
        })
    });
    Some(records.collect::<Result<Vec<_>, &str>>().map_err(str::to_string))
}

/// One user record to aggregate.
pub struct Entry {
    /// Its partition key.
    pub partition_key: String,
    /// Its explicit hash key, if any.
    pub explicit_hash_key: Option<String>,
    /// Its payload.
    pub data: Vec<u8>,
}

/// Packs user records into one aggregate, keys shared through the tables, as the KPL does.
pub fn aggregate(entries: &[Entry]) -> Vec<u8> {
    let mut agg = AggregatedRecord::default();
    let index = |table: &mut Vec<String>, k: &str| -> u64 {
        let i = table.iter().position(|t| t == k).unwrap_or_else(|| {
            table.push(k.to_string());
            table.len() - 1
        });
        i as u64
    };
    for e in entries {
        let partition_key_index = index(&mut agg.partition_key_table, &e.partition_key);
        let explicit_hash_key_index =
            e.explicit_hash_key.as_deref().map(|k| index(&mut agg.explicit_hash_key_table, k));
        agg.records.push(UserRecord {
            partition_key_index,
            explicit_hash_key_index,
            data: e.data.clone(),
            tags: Vec::new(),
        });
    }
    let body = agg.encode_to_vec();
    let mut out = Vec::with_capacity(MAGIC.len() + body.len() + DIGEST_LEN);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&body);
    out.extend_from_slice(&Md5::digest(&body));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(key: &str, data: &str) -> Entry {
        Entry { partition_key: key.into(), explicit_hash_key: None, data: data.as_bytes().to_vec() }
    }

    #[test]
    fn aggregates_round_trip_with_their_keys() {
        let mut entries = vec![entry("a", "one"), entry("b", "two"), entry("a", "three")];
        entries[1].explicit_hash_key = Some("42".into());
        let packed = aggregate(&entries);
        assert!(packed.starts_with(&MAGIC));
        let records = deaggregate(&packed).unwrap().unwrap();
        let seen: Vec<String> = records
            .iter()
            .map(|r| {
                format!(
                    "{} {:?} {} {:?}",
                    r.partition_key.as_deref().unwrap_or_default(),
                    r.explicit_hash_key,
                    String::from_utf8_lossy(&r.data),
                    r.sub_sequence
                )
            })
            .collect();
        assert_eq!(
            seen,
            ["a None one Some(0)", "b Some(\"42\") two Some(1)", "a None three Some(2)"]
        );
    }

    #[test]
    fn a_changed_byte_fails_the_checksum() {
        let mut packed = aggregate(&[entry("k", "data")]);
        let at = MAGIC.len() + 2;
        packed[at] ^= 1;
        assert!(deaggregate(&packed).unwrap().is_err());
        assert!(deaggregate(b"plain").is_none());
        assert!(deaggregate(&MAGIC).unwrap().is_err());
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_after_the_magic_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200)) {
            let mut data = MAGIC.to_vec();
            data.extend_from_slice(&bytes);
            let _ = deaggregate(&data);
            // Even with a checksum that holds.
            data.extend_from_slice(&Md5::digest(&bytes));
            let _ = deaggregate(&data);
        }
    }
}
