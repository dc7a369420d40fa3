//! Streams: create, delete, describe, list; shard listings and account limits.

use rusqlite::{OptionalExtension, Transaction, params};

use crate::engine::options::EngineOptions;
use crate::engine::rows::*;
use crate::engine::{store, token};
use crate::error::{Error, Result};
use crate::model::limits;
use crate::model::*;

/// Shards an on-demand stream starts with.
const ON_DEMAND_SHARDS: i64 = 4;
/// Removes the streams whose deletion has completed.
fn purge_deleted(tx: &Transaction<'_>, now: Timestamp) -> Result<()> {
    let mut stmt =
        tx.prepare_cached("SELECT id FROM streams WHERE status = 'DELETING' AND settles_ms <= ?1")?;
    let gone: Vec<i64> = stmt.query_map([now.0], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    for id in gone {
        remove(tx, id)?;
    }
    Ok(())
}

/// Deletes a stream and everything it holds.
fn remove(tx: &Transaction<'_>, id: i64) -> Result<()> {
    for table in ["chunks", "shards", "tags", "consumers", "subscriptions", "policies"] {
        tx.execute(&format!("DELETE FROM {table} WHERE stream_id = ?1"), [id])?;
    }
    tx.execute("DELETE FROM streams WHERE id = ?1", [id])?;
    Ok(())
}

/// CreateStream.
pub(crate) fn create(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &CreateStreamInput,
    now: Timestamp,
) -> Result<()> {
    let mode = input.stream_mode_details.as_ref().map_or("PROVISIONED", |m| m.stream_mode.as_str());
    let count = match (mode, input.shard_count) {
        ("PROVISIONED", Some(n)) => n,
        ("PROVISIONED", None) => {
            return Err(Error::InvalidArgument(
                "ShardCount is required for streams in PROVISIONED mode.".into(),
            ));
        }
        ("ON_DEMAND", None) => ON_DEMAND_SHARDS,
        ("ON_DEMAND", Some(_)) => {
            return Err(Error::InvalidArgument(
                "ShardCount must not be specified for streams in ON_DEMAND mode.".into(),
            ));
        }
        // The request was validated: the mode is one of the two.
        (other, _) => return Err(Error::Internal(format!("unknown stream mode {other}"))),
    };
    if let Some(mibps) = input.warm_throughput_mibps {
        super::settings::check_warm_throughput(tx, mode, mibps, now)?;
    }
    let distribution =
        input.record_distribution_strategy.as_deref().unwrap_or("USER_PARTITION_KEY");
    super::settings::check_distribution(mode, distribution)?;
    let name = &input.stream_name;
    purge_deleted(tx, now)?;
    let exists: Option<i64> =
        tx.query_row("SELECT id FROM streams WHERE name = ?1", [name], |r| r.get(0)).optional()?;
    if exists.is_some() {
        return Err(Error::ResourceInUse(format!(
            "Stream {name} under account {LOCAL_ACCOUNT} already exists."
        )));
    }
    check_shard_limit(tx, options, count)?;
    if mode == "ON_DEMAND" {
        check_on_demand_limit(tx)?;
    }
    let arn = format!("arn:aws:kinesis:{}:{LOCAL_ACCOUNT}:stream/{name}", options.region);
    tx.execute(
        "INSERT INTO streams (name, arn, status, created_ms, retention_hours, stream_mode,
                              encryption_type, next_shard_index, settles_ms, max_record_kib,
                              warm_target_mibps, distribution)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'NONE', ?7, ?8, ?9, ?10, ?11)",
        params![
            name,
            arn,
            if options.create_stream_ms > 0 { "CREATING" } else { "ACTIVE" },
            now.0,
            limits::DEFAULT_RETENTION_HOURS,
            mode,
            count,
            now.0 + options.create_stream_ms,
            input.max_record_size_in_kib.unwrap_or(limits::DEFAULT_RECORD_SIZE_KIB),
            input.warm_throughput_mibps,
            distribution
        ],
    )?;
    let stream_id = tx.last_insert_rowid();
    let ranges = HashKeyRange::even_split(count as u32);
    let first = store::next_counters(tx, count as u64, now, 0)?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO shards (stream_id, shard_index, start_key, end_key, starting_counter,
                             created_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, range) in ranges.iter().enumerate() {
        insert.execute(params![
            stream_id,
            i as i64,
            key_hex(range.start),
            key_hex(range.end),
            (first + i as u64) as i64,
            now.0
        ])?;
    }
    // CreateStream takes a whole map of tags (the stream still holds at most 50).
    if let Some(tags) = input.tags.as_ref().filter(|t| !t.is_empty()) {
        super::tags::add_tags(tx, &StreamRef::name(name), tags, now)?;
    }
    Ok(())
}

/// DeleteStream: the stream, its shards, records, tags and (with EnforceConsumerDeletion)
/// consumers go at once, or after the configured DELETING time.
pub(crate) fn delete(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &DeleteStreamInput,
    now: Timestamp,
) -> Result<()> {
    purge_deleted(tx, now)?;
    let stream = resolve(tx, &input.stream, now)?;
    super::queues::refuse_if_queued(tx, &stream, "deleting it", now)?;
    let consumers = super::consumers::count(tx, &stream, now)?;
    if consumers > 0 && input.enforce_consumer_deletion != Some(true) {
        return Err(Error::ResourceInUse(format!(
            "Stream {} under account {LOCAL_ACCOUNT} has {consumers} registered consumer(s): \
             deregister them first, or set EnforceConsumerDeletion.",
            stream.name
        )));
    }
    if options.delete_stream_ms > 0 {
        tx.execute(
            "UPDATE streams SET status = 'DELETING', settles_ms = ?1 WHERE id = ?2",
            params![now.0 + options.delete_stream_ms, stream.id],
        )?;
        return Ok(());
    }
    remove(tx, stream.id)
}

/// DescribeStream: one page of shards after `ExclusiveStartShardId`.
pub(crate) fn describe(
    tx: &Transaction<'_>,
    input: &DescribeStreamInput,
    now: Timestamp,
) -> Result<DescribeStreamOutput> {
    let stream = resolve(tx, &input.stream, now)?;
    let limit = input.limit.unwrap_or(100) as usize;
    let after = input.exclusive_start_shard_id.as_deref().unwrap_or("");
    let layout = store::layout(tx, stream.id)?;
    let mut page: Vec<Shard> = shards(tx, stream.id)?
        .iter()
        .map(|s| s.to_model(layout))
        .filter(|s| s.shard_id.as_str() > after)
        .take(limit + 1)
        .collect();
    let has_more_shards = page.len() > limit;
    page.truncate(limit);
    Ok(DescribeStreamOutput {
        stream_description: StreamDescription {
            shards: page,
            stream_arn: stream.arn.clone(),
            stream_name: stream.name.clone(),
            stream_status: stream.status,
            stream_mode_details: stream.mode_details(),
            retention_period_hours: stream.retention_hours,
            enhanced_monitoring: stream.enhanced_monitoring(),
            encryption_type: Some(stream.encryption_type.clone()),
            key_id: stream.key_id.clone(),
            stream_creation_timestamp: stream.created,
            has_more_shards,
        },
    })
}

/// DescribeStreamSummary.
pub(crate) fn describe_summary(
    tx: &Transaction<'_>,
    stream: &StreamRef,
    now: Timestamp,
) -> Result<DescribeStreamSummaryOutput> {
    let stream = resolve(tx, stream, now)?;
    let open = open_shards_of(tx, stream.id)?;
    Ok(DescribeStreamSummaryOutput {
        stream_description_summary: StreamDescriptionSummary {
            stream_name: stream.name.clone(),
            stream_arn: stream.arn.clone(),
            stream_status: stream.status,
            stream_mode_details: stream.mode_details(),
            retention_period_hours: stream.retention_hours,
            stream_creation_timestamp: stream.created,
            enhanced_monitoring: stream.enhanced_monitoring(),
            encryption_type: Some(stream.encryption_type.clone()),
            key_id: stream.key_id.clone(),
            open_shard_count: open,
            consumer_count: Some(super::consumers::count(tx, &stream, now)? as i64),
            queue_count: Some(super::queues::count(tx, stream.id, now)?),
            warm_throughput: stream.warm.clone(),
            max_record_size_in_kib: Some(stream.max_record_kib),
            record_distribution_strategy: Some(stream.distribution.clone()),
        },
    })
}

/// ListStreams: names in order, after `ExclusiveStartStreamName` or the token's position.
pub(crate) fn list(
    tx: &Transaction<'_>,
    secret: &[u8],
    input: &ListStreamsInput,
    now: Timestamp,
) -> Result<ListStreamsOutput> {
    let after = match (&input.next_token, &input.exclusive_start_stream_name) {
        (Some(_), Some(_)) => {
            return Err(Error::InvalidArgument(
                "NextToken and ExclusiveStartStreamName cannot be provided together.".into(),
            ));
        }
        (Some(t), None) => token::decode(secret, t, 1, now)?.remove(0),
        (None, Some(name)) => name.clone(),
        (None, None) => String::new(),
    };
    let limit = input.limit.unwrap_or(100) as usize;
    let mut stmt = tx.prepare_cached(&format!(
        "SELECT {} FROM streams WHERE name > ?1 AND {} ORDER BY name LIMIT ?3",
        StreamRow::COLUMNS,
        VISIBLE
    ))?;
    let mut rows: Vec<StreamRow> = stmt
        .query_map(params![after, now.0, (limit + 1) as i64], |r| StreamRow::from_row(r, now))?
        .collect::<rusqlite::Result<_>>()?;
    let has_more_streams = rows.len() > limit;
    rows.truncate(limit);
    let next_token = match rows.last() {
        Some(last) if has_more_streams => Some(token::encode(secret, &[&last.name], now)),
        _ => None,
    };
    Ok(ListStreamsOutput {
        stream_names: rows.iter().map(|s| s.name.clone()).collect(),
        has_more_streams,
        next_token,
        stream_summaries: rows
            .iter()
            .map(|s| StreamSummary {
                stream_name: s.name.clone(),
                stream_arn: s.arn.clone(),
                stream_status: s.status,
                stream_mode_details: s.mode_details(),
                stream_creation_timestamp: Some(s.created),
            })
            .collect(),
    })
}

/// DescribeLimits.
pub(crate) fn limits(
    tx: &Transaction<'_>,
    options: &EngineOptions,
) -> Result<DescribeLimitsOutput> {
    Ok(DescribeLimitsOutput {
        shard_limit: i64::from(options.shard_limit),
        open_shard_count: open_shard_count(tx)?,
        on_demand_stream_count: on_demand_count(tx)?,
        on_demand_stream_count_limit: limits::ON_DEMAND_STREAM_LIMIT,
    })
}
