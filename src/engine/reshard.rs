//! Resharding: SplitShard, MergeShards, UpdateShardCount.
//!
//! Every change closes shards and opens new ones in one transaction: a parent gets its
//! `EndingSequenceNumber` (a counter above all its records) and its children start above it,
//! so a reader that finishes the parents before the children reads every hash key in order.
//! UpdateShardCount is built from the same splits and merges, so its lineage is as exact.

use rusqlite::{Transaction, params};

use crate::engine::options::EngineOptions;
use crate::engine::rows::*;
use crate::engine::store;
use crate::engine::throughput::{Throughput, daily_change};
use crate::error::{Error, Result};
use crate::model::limits::SCALINGS_PER_DAY;
use crate::model::*;

/// The open shard a request names.
fn open_shard(tx: &Transaction<'_>, stream: &StreamRow, id: &str) -> Result<ShardRow> {
    let missing = || {
        Error::ResourceNotFound(format!(
            "Could not find shard {id} in stream {} under account {LOCAL_ACCOUNT}.",
            stream.name
        ))
    };
    let index = ShardId::parse(id).ok_or_else(missing)?.0;
    let shard =
        shards(tx, stream.id)?.into_iter().find(|s| s.index == index).ok_or_else(missing)?;
    if shard.closed.is_some() {
        return Err(Error::ResourceInUse(format!(
            "Shard {} in stream {} under account {LOCAL_ACCOUNT} has already been merged or split, \
             and thus is not eligible for merging or splitting.",
            ShardId(index),
            stream.name
        )));
    }
    Ok(shard)
}

/// Closes a shard: its ending counter is above every record it holds.
fn close(tx: &Transaction<'_>, stream: &StreamRow, index: u32, now: Timestamp) -> Result<()> {
    let end = store::next_counters(tx, 1, now, 0)?;
    tx.execute(
        "UPDATE shards SET ending_counter = ?1, closed_ms = ?2 WHERE stream_id = ?3 AND shard_index = ?4",
        params![end as i64, now.0, stream.id, index],
    )?;
    Ok(())
}

/// Opens a new shard with the stream's next index; returns the index.
fn open(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    range: HashKeyRange,
    parents: (u32, Option<u32>),
    now: Timestamp,
) -> Result<u32> {
    let index: u32 =
        tx.query_row("SELECT next_shard_index FROM streams WHERE id = ?1", [stream.id], |r| {
            r.get(0)
        })?;
    tx.execute(
        "UPDATE streams SET next_shard_index = ?1 WHERE id = ?2",
        params![index + 1, stream.id],
    )?;
    let start = store::next_counters(tx, 1, now, 0)?;
    tx.execute(
        "INSERT INTO shards (stream_id, shard_index, start_key, end_key, parent, adjacent_parent,
                             starting_counter, created_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            stream.id,
            index,
            key_hex(range.start),
            key_hex(range.end),
            parents.0,
            parents.1,
            start as i64,
            now.0
        ],
    )?;
    Ok(index)
}

/// Splits `shard` so the second child starts at `key` (`shard.start < key <= shard.end`).
fn split_at(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    shard: &ShardRow,
    key: u128,
    now: Timestamp,
) -> Result<(u32, u32)> {
    close(tx, stream, shard.index, now)?;
    let low = HashKeyRange { start: shard.range.start, end: key - 1 };
    let high = HashKeyRange { start: key, end: shard.range.end };
    Ok((
        open(tx, stream, low, (shard.index, None), now)?,
        open(tx, stream, high, (shard.index, None), now)?,
    ))
}

/// Merges two adjacent open shards; `first` becomes the parent, `second` the adjacent parent.
fn merge_pair(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    first: &ShardRow,
    second: &ShardRow,
    now: Timestamp,
) -> Result<u32> {
    close(tx, stream, first.index, now)?;
    close(tx, stream, second.index, now)?;
    let range = HashKeyRange {
        start: first.range.start.min(second.range.start),
        end: first.range.end.max(second.range.end),
    };
    open(tx, stream, range, (first.index, Some(second.index)), now)
}

/// SplitShard.
pub(crate) fn split_shard(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &SplitShardInput,
    now: Timestamp,
) -> Result<()> {
    let key = &input.new_starting_hash_key;
    let stream = resolve(tx, &input.stream, now)?;
    require_active(&stream)?;
    require_provisioned(&stream, "SplitShard")?;
    let shard = open_shard(tx, &stream, &input.shard_to_split)?;
    let invalid = || {
        Error::InvalidArgument(format!(
            "NewStartingHashKey {key} used in SplitShard() on shard {} in stream {} under account \
             {LOCAL_ACCOUNT} is not both greater than one plus the shard's StartingHashKey {} and \
             less than the shard's EndingHashKey {}.",
            ShardId(shard.index),
            stream.name,
            shard.range.start,
            shard.range.end
        ))
    };
    let k: u128 = key.parse().map_err(|_| invalid())?;
    if k <= shard.range.start.saturating_add(1) || k >= shard.range.end {
        return Err(invalid());
    }
    check_shard_limit(tx, options, 1)?;
    split_at(tx, &stream, &shard, k, now)?;
    mark_updating(tx, &stream, options, now)
}

/// MergeShards.
pub(crate) fn merge_shards(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &MergeShardsInput,
    now: Timestamp,
) -> Result<()> {
    let stream = resolve(tx, &input.stream, now)?;
    require_active(&stream)?;
    require_provisioned(&stream, "MergeShards")?;
    let first = open_shard(tx, &stream, &input.shard_to_merge)?;
    let second = open_shard(tx, &stream, &input.adjacent_shard_to_merge)?;
    let adjacent = first.index != second.index
        && (first.range.end.checked_add(1) == Some(second.range.start)
            || second.range.end.checked_add(1) == Some(first.range.start));
    if !adjacent {
        return Err(Error::InvalidArgument(format!(
            "Shards {} and {} in stream {} under account {LOCAL_ACCOUNT} are not an adjacent pair \
             of shards eligible for merging",
            ShardId(first.index),
            ShardId(second.index),
            stream.name
        )));
    }
    merge_pair(tx, &stream, &first, &second, now)?;
    mark_updating(tx, &stream, options, now)
}

/// An on-demand stream manages its own shards: Kinesis refuses to reshard it by hand.
fn require_provisioned(stream: &StreamRow, action: &str) -> Result<()> {
    if stream.stream_mode == "ON_DEMAND" {
        return Err(Error::InvalidArgument(format!(
            "{action} is not supported for stream {} under account {LOCAL_ACCOUNT} because it is \
             in ON_DEMAND capacity mode.",
            stream.name
        )));
    }
    Ok(())
}

/// UpdateShardCount: splits at every new boundary inside an open shard, then merges the pieces
/// of each new range, left to right. With `limits`, a stream scales at most
/// [`SCALINGS_PER_DAY`](crate::model::limits::SCALINGS_PER_DAY) times a day.
pub(crate) fn update_shard_count(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &UpdateShardCountInput,
    limits: Option<&Throughput>,
    now: Timestamp,
) -> Result<UpdateShardCountOutput> {
    let stream = resolve(tx, &input.stream, now)?;
    require_active(&stream)?;
    require_provisioned(&stream, "UpdateShardCount")?;
    let open_now: Vec<ShardRow> =
        shards(tx, stream.id)?.into_iter().filter(|s| s.closed.is_none()).collect();
    let current = open_now.len() as i64;
    let target = input.target_shard_count;
    if target > current * 2 {
        return Err(Error::LimitExceeded(format!(
            "UpdateShardCount cannot scale up over double your current open shard count. Current \
             open shard count: {current} Target shard count: {target}"
        )));
    }
    if target * 2 < current {
        return Err(Error::LimitExceeded(format!(
            "UpdateShardCount cannot scale down below half your current open shard count. Current \
             open shard count: {current} Target shard count: {target}"
        )));
    }
    check_shard_limit(tx, options, (target - current).max(0))?;
    daily_change(limits, "scale", &stream.name, SCALINGS_PER_DAY, now, || {
        format!(
            "UpdateShardCount can scale stream {} under account {LOCAL_ACCOUNT} at most \
             {SCALINGS_PER_DAY} times in a rolling 24-hour period.",
            stream.name
        )
    })?;
    let ranges = HashKeyRange::even_split(target as u32);
    for r in &ranges {
        let pieces = shards(tx, stream.id)?;
        if let Some(s) = pieces
            .iter()
            .find(|s| s.closed.is_none() && s.range.start < r.start && r.start <= s.range.end)
        {
            split_at(tx, &stream, s, r.start, now)?;
        }
    }
    for r in &ranges {
        loop {
            let mut inside: Vec<ShardRow> = shards(tx, stream.id)?
                .into_iter()
                .filter(|s| s.closed.is_none() && r.start <= s.range.start && s.range.end <= r.end)
                .collect();
            if inside.len() < 2 {
                break;
            }
            inside.sort_by_key(|s| s.range.start);
            merge_pair(tx, &stream, &inside[0], &inside[1], now)?;
        }
    }
    mark_updating(tx, &stream, options, now)?;
    Ok(UpdateShardCountOutput {
        stream_name: stream.name.clone(),
        current_shard_count: current,
        target_shard_count: target,
        stream_arn: stream.arn.clone(),
    })
}
