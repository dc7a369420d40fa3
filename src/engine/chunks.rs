//! Where records live: packed by the put that brought them into chunks, one row per shard
//! and put (and more when a put brings a shard over [`CHUNK_BYTES`]).
//!
//! # Format (table `chunks`, since schema version 6)
//!
//! `chunks(first, stream_id, shard_index, last, records)`: `first` and `last` are the
//! counters of the chunk's first and last record (counters are unique in the store, so
//! `first` is the row's id and chunks lie in the order they were written); an index on
//! `(stream_id, shard_index, last)` finds a shard's chunk holding a counter or those after
//! it. `records` is the records one after the other, each:
//!
//! | bytes | what |
//! | --- | --- |
//! | 4 | its counter minus `first`, big-endian |
//! | 2 | the length of its partition key in bytes, big-endian |
//! | 4 | the length of its data, big-endian |
//! | … | the partition key (UTF-8), then the data |
//!
//! A chunk holds the records of one shard from one put, in counter order, so a shard's
//! chunks never overlap. Retention deletes whole chunks; a record of a chunk that is only
//! partly past retention stays until the rest is, and reads skip it by its counter.
//!
//! Why: one row per record made every record a b-tree insert of its own, the bulk of what a
//! put cost; a chunk is one insert for up to a whole PutRecords.
//!
//! Stores of earlier versions had a `records` table, one row per record: an upgrade moves
//! each into a chunk of its own ([`FROM_RECORDS`]), and a read-only one is read through a
//! view of the same shape.

use rusqlite::types::ValueRef;
use rusqlite::{Transaction, params};

use crate::error::{Error, Result};

/// Past this many bytes of keys and data a chunk is closed and the put's next record of the
/// shard begins another, so reading a record never loads more than about this much.
const CHUNK_BYTES: usize = 256 * 1024;

/// The bytes in front of each record's key and data.
const HEADER: usize = 10;

/// The chunks table and its index.
pub(crate) const TABLE: &str = "
CREATE TABLE chunks (
    first INTEGER PRIMARY KEY,
    stream_id INTEGER NOT NULL,
    shard_index INTEGER NOT NULL,
    last INTEGER NOT NULL,
    records BLOB NOT NULL
) STRICT;
CREATE INDEX chunks_by_shard ON chunks (stream_id, shard_index, last);
";

/// The rows of an earlier version's `records` table as chunks of one record each (the
/// format above, in SQL).
pub(crate) const FROM_RECORDS: &str = "
SELECT counter AS first, stream_id, shard_index, counter AS last,
    CAST(unhex(printf('00000000%04x%08x', length(CAST(partition_key AS BLOB)), length(data)))
        || CAST(partition_key AS BLOB) || data AS BLOB) AS records
FROM main.records";

/// One record as a chunk holds it.
pub(crate) struct Packed<'a> {
    pub counter: u64,
    pub partition_key: &'a str,
    pub data: &'a [u8],
}

/// Writes one shard's records, in counter order, as chunks of at most about
/// [`CHUNK_BYTES`] each.
pub(crate) fn write(
    tx: &Transaction<'_>,
    stream_id: i64,
    shard: u32,
    records: &[Packed<'_>],
) -> Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO chunks (first, stream_id, shard_index, last, records)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    // Sized once: grown record by record, the buffer was copied over and over.
    let total: usize = records.iter().map(|r| HEADER + r.partition_key.len() + r.data.len()).sum();
    let mut buf = Vec::with_capacity(total.min(2 * CHUNK_BYTES));
    let mut rest = records;
    while let Some(head) = rest.first() {
        buf.clear();
        let mut taken = 0;
        for r in rest {
            let delta = r.counter.checked_sub(head.counter).and_then(|d| u32::try_from(d).ok());
            let key = u16::try_from(r.partition_key.len()).ok();
            let data = u32::try_from(r.data.len()).ok();
            let (Some(delta), Some(key), Some(data)) = (delta, key, data) else {
                if taken == 0 {
                    return Err(Error::Internal(format!(
                        "a record of {} bytes with a key of {} cannot be stored",
                        r.data.len(),
                        r.partition_key.len()
                    )));
                }
                break;
            };
            if taken > 0 && buf.len() >= CHUNK_BYTES {
                break;
            }
            buf.extend_from_slice(&delta.to_be_bytes());
            buf.extend_from_slice(&key.to_be_bytes());
            buf.extend_from_slice(&data.to_be_bytes());
            buf.extend_from_slice(r.partition_key.as_bytes());
            buf.extend_from_slice(r.data);
            taken += 1;
        }
        let last = rest[taken - 1].counter;
        insert.execute(params![head.counter as i64, stream_id, shard, last as i64, &buf])?;
        rest = &rest[taken..];
    }
    Ok(())
}

/// Calls `each` with the shard's records after counter `after`, oldest first, until it
/// answers `false` or the shard has no more.
pub(crate) fn scan(
    tx: &Transaction<'_>,
    stream_id: i64,
    shard: u32,
    after: u64,
    mut each: impl FnMut(Packed<'_>) -> Result<bool>,
) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "SELECT first, records FROM chunks
         WHERE stream_id = ?1 AND shard_index = ?2 AND last > ?3 ORDER BY last",
    )?;
    let mut rows = stmt.query(params![stream_id, shard, after as i64])?;
    while let Some(row) = rows.next()? {
        let first = row.get::<_, i64>(0)? as u64;
        let ValueRef::Blob(blob) = row.get_ref(1)? else {
            return Err(Error::Internal(format!("the store's chunk {first} is not a blob")));
        };
        for r in unpack(first, blob) {
            let r = r?;
            if r.counter > after && !each(r)? {
                return Ok(());
            }
        }
    }
    Ok(())
}

/// The partition key and data of the shard's record `counter`, if the shard holds it.
pub(crate) fn find(
    tx: &Transaction<'_>,
    stream_id: i64,
    shard: u32,
    counter: u64,
) -> Result<Option<(String, Vec<u8>)>> {
    let mut found = None;
    scan(tx, stream_id, shard, counter.saturating_sub(1), |r| {
        if r.counter == counter {
            found = Some((r.partition_key.to_string(), r.data.to_vec()));
        }
        Ok(false)
    })?;
    Ok(found)
}

/// Whether the shard holds a record after counter `after`.
pub(crate) fn any_after(
    tx: &Transaction<'_>,
    stream_id: i64,
    shard: u32,
    after: u64,
) -> Result<bool> {
    Ok(tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM chunks
             WHERE stream_id = ?1 AND shard_index = ?2 AND last > ?3)",
        )?
        .query_row(params![stream_id, shard, after as i64], |r| r.get(0))?)
}

/// Deletes the shard's chunks whose every record is below counter `cutoff`.
pub(crate) fn trim(tx: &Transaction<'_>, stream_id: i64, shard: u32, cutoff: u64) -> Result<()> {
    tx.prepare_cached(
        "DELETE FROM chunks WHERE stream_id = ?1 AND shard_index = ?2 AND last < ?3",
    )?
    .execute(params![stream_id, shard, cutoff as i64])?;
    Ok(())
}

/// The records of a chunk whose first counter is `first`; a chunk cut short or holding a key
/// that is not UTF-8 ends in an error (the store was damaged), never a panic.
fn unpack(first: u64, mut blob: &[u8]) -> impl Iterator<Item = Result<Packed<'_>>> {
    let damaged = move || Error::Internal(format!("the store's chunk {first} is damaged"));
    std::iter::from_fn(move || {
        if blob.is_empty() {
            return None;
        }
        let Some((header, rest)) = blob.split_first_chunk::<HEADER>() else {
            blob = &[];
            return Some(Err(damaged()));
        };
        let delta = u32::from_be_bytes([header[0], header[1], header[2], header[3]]);
        let key = usize::from(u16::from_be_bytes([header[4], header[5]]));
        let data = u32::from_be_bytes([header[6], header[7], header[8], header[9]]) as usize;
        if rest.len() < key + data {
            blob = &[];
            return Some(Err(damaged()));
        }
        let (key, rest) = rest.split_at(key);
        let (data, rest) = rest.split_at(data);
        blob = rest;
        let counter = first.checked_add(u64::from(delta));
        let (Ok(partition_key), Some(counter)) = (std::str::from_utf8(key), counter) else {
            blob = &[];
            return Some(Err(damaged()));
        };
        Some(Ok(Packed { counter, partition_key, data }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> rusqlite::Connection {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(TABLE).unwrap();
        conn
    }

    fn all(tx: &Transaction<'_>, shard: u32, after: u64) -> Vec<(u64, String, Vec<u8>)> {
        let mut out = Vec::new();
        scan(tx, 1, shard, after, |r| {
            out.push((r.counter, r.partition_key.to_string(), r.data.to_vec()));
            Ok(true)
        })
        .unwrap();
        out
    }

    #[test]
    fn records_come_back_as_written_and_big_puts_take_several_chunks() {
        let mut conn = store();
        let tx = conn.transaction().unwrap();
        let big = vec![7u8; 100 * 1024];
        let records: Vec<Packed<'_>> = (0..8)
            .map(|i| Packed {
                counter: 10 + 3 * i,
                partition_key: "ké",
                data: &big[..i as usize * 1000 + 100_000 - 7000],
            })
            .collect();
        write(&tx, 1, 2, &records).unwrap();
        write(&tx, 1, 3, &[Packed { counter: 11, partition_key: "", data: b"" }]).unwrap();
        let chunks: i64 = tx.query_row("SELECT count(*) FROM chunks", [], |r| r.get(0)).unwrap();
        assert_eq!(chunks, 3 + 1, "three records of about 95 KiB pass 256 KiB: a chunk ends");
        let back = all(&tx, 2, 0);
        assert_eq!(back.len(), 8);
        for (r, (counter, key, data)) in records.iter().zip(&back) {
            assert_eq!((r.counter, r.partition_key, r.data), (*counter, key.as_str(), &data[..]));
        }
        assert_eq!(all(&tx, 2, 19).iter().map(|r| r.0).collect::<Vec<_>>(), [22, 25, 28, 31]);
        assert_eq!(all(&tx, 3, 0), [(11, String::new(), Vec::new())]);
        assert_eq!(find(&tx, 1, 2, 16).unwrap().map(|r| r.1.len()), Some(95_000));
        assert_eq!(find(&tx, 1, 2, 17).unwrap(), None);
        assert!(any_after(&tx, 1, 2, 30).unwrap());
        assert!(!any_after(&tx, 1, 2, 31).unwrap());
        trim(&tx, 1, 2, 20).unwrap();
        assert_eq!(all(&tx, 2, 0).first().map(|r| r.0), Some(19), "whole chunks only");
    }

    #[test]
    fn a_damaged_chunk_is_an_error_not_a_panic() {
        let mut conn = store();
        let tx = conn.transaction().unwrap();
        write(&tx, 1, 0, &[Packed { counter: 5, partition_key: "k", data: b"data" }]).unwrap();
        let damages = [
            "substr(records, 1, 12)",
            "substr(records, 1, 3)",
            "x'000000000001000000ff'",
            // A key that is not UTF-8.
            "x'00000000000100000000ff'",
        ];
        for damage in damages {
            tx.execute(&format!("UPDATE chunks SET records = {damage}"), []).unwrap();
            let err = scan(&tx, 1, 0, 0, |_| Ok(true)).unwrap_err();
            assert_eq!(err.to_string(), "the store's chunk 5 is damaged");
        }
        // A second record whose counter would pass the largest there is.
        tx.execute(
            "UPDATE chunks SET first = -1, records = x'0000000000000000000000000001000000000000'",
            [],
        )
        .unwrap();
        let err = scan(&tx, 1, 0, 0, |_| Ok(true)).unwrap_err();
        assert_eq!(err.to_string(), format!("the store's chunk {} is damaged", u64::MAX));
    }

    #[test]
    fn an_earlier_versions_record_reads_as_a_chunk_of_its_own() {
        let mut conn = store();
        conn.execute_batch(
            "CREATE TABLE records (stream_id INTEGER, shard_index INTEGER, counter INTEGER,
                                   partition_key TEXT, data BLOB);
             INSERT INTO records VALUES (1, 0, 42, 'clé', x'00ff'), (1, 0, 43, '', x'');",
        )
        .unwrap();
        conn.execute_batch(&format!("INSERT INTO chunks {FROM_RECORDS}")).unwrap();
        let tx = conn.transaction().unwrap();
        let expected = [(42, "clé".to_string(), vec![0, 255]), (43, String::new(), Vec::new())];
        assert_eq!(all(&tx, 0, 0), expected);
    }
}
