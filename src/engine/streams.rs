//! Streams: create, delete, describe, list; shard listings and account limits.

use rusqlite::{OptionalExtension, Row, Transaction, params};

use crate::engine::shards::{key_hex, shards};
use crate::engine::{EngineOptions, store, token};
use crate::error::{Error, Result};
use crate::model::limits;
use crate::model::validate::Violations;
use crate::model::*;

/// The most shards one CreateStream may ask for (Kinesis's member constraint).
const MAX_SHARD_COUNT: i64 = 100_000;
/// Shards an on-demand stream starts with.
const ON_DEMAND_SHARDS: i64 = 4;
/// The on-demand stream limit DescribeLimits reports.
const ON_DEMAND_STREAM_LIMIT: i64 = 50;

/// A stream as stored.
#[derive(Clone)]
pub(crate) struct StreamRow {
    pub id: i64,
    pub name: String,
    pub arn: String,
    pub status: StreamStatus,
    pub created: Timestamp,
    pub retention_hours: i64,
    pub stream_mode: String,
    pub encryption_type: String,
    pub key_id: Option<String>,
    pub metrics: Vec<String>,
}

impl StreamRow {
    const COLUMNS: &str = "id, name, arn, status, created_ms, retention_hours, stream_mode, \
                           encryption_type, key_id, shard_level_metrics, settles_ms";

    fn from_row(r: &Row<'_>) -> rusqlite::Result<StreamRow> {
        let status = StreamStatus::parse(&r.get::<_, String>(3)?).unwrap_or(StreamStatus::Active);
        let metrics: String = r.get(9)?;
        // A transition is over once its time has come.
        let settled = r.get::<_, i64>(10)? <= Timestamp::now().0;
        let status = match status {
            StreamStatus::Creating | StreamStatus::Updating if settled => StreamStatus::Active,
            other => other,
        };
        Ok(StreamRow {
            id: r.get(0)?,
            name: r.get(1)?,
            arn: r.get(2)?,
            status,
            created: Timestamp(r.get(4)?),
            retention_hours: r.get(5)?,
            stream_mode: r.get(6)?,
            encryption_type: r.get(7)?,
            key_id: r.get(8)?,
            metrics: metrics.split(',').filter(|m| !m.is_empty()).map(str::to_string).collect(),
        })
    }

    /// The encryption puts and records report: Kinesis leaves the member out for
    /// unencrypted streams.
    pub fn record_encryption(&self) -> Option<String> {
        (self.encryption_type != "NONE").then(|| self.encryption_type.clone())
    }

    fn enhanced_monitoring(&self) -> Vec<EnhancedMetrics> {
        vec![EnhancedMetrics { shard_level_metrics: self.metrics.clone() }]
    }

    fn mode_details(&self) -> Option<StreamModeDetails> {
        Some(StreamModeDetails { stream_mode: self.stream_mode.clone() })
    }
}

/// The streams that exist: a DELETING stream is gone once its time has come (`?2` is now).
const VISIBLE: &str = "NOT (status = 'DELETING' AND settles_ms <= ?2)";

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
    for table in ["records", "shards", "tags"] {
        tx.execute(&format!("DELETE FROM {table} WHERE stream_id = ?1"), [id])?;
    }
    tx.execute("DELETE FROM streams WHERE id = ?1", [id])?;
    Ok(())
}

/// After a change: the stream is UPDATING for the configured time (if any).
pub(crate) fn mark_updating(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    options: &EngineOptions,
    now: Timestamp,
) -> Result<()> {
    if options.update_stream_ms > 0 {
        tx.execute(
            "UPDATE streams SET status = 'UPDATING', settles_ms = ?1 WHERE id = ?2",
            params![now.0 + options.update_stream_ms, stream.id],
        )?;
    }
    Ok(())
}

pub(crate) fn not_found(name: &str) -> Error {
    Error::ResourceNotFound(format!("Stream {name} under account {LOCAL_ACCOUNT} not found."))
}

/// Checks a stream reference's members (adding to `v`).
pub(crate) fn check_ref(v: &mut Violations, stream: &StreamRef) {
    v.name("StreamName", stream.stream_name.as_deref(), 128);
    v.length("StreamARN", stream.stream_arn.as_deref(), 1, 2048);
}

pub(crate) fn finish(v: Violations) -> Result<()> {
    v.finish().map_or(Ok(()), |m| Err(Error::Validation(m)))
}

/// Finds the stream a request names (by name, ARN, or both, which must agree).
pub(crate) fn resolve(tx: &Transaction<'_>, stream: &StreamRef) -> Result<StreamRow> {
    let name = match (&stream.stream_name, &stream.stream_arn) {
        (_, Some(arn)) => {
            let name = arn_stream_name(arn)?;
            if stream.stream_name.as_deref().is_some_and(|n| n != name) {
                return Err(Error::InvalidArgument(format!(
                    "StreamARN {arn} and StreamName {} do not name the same stream.",
                    stream.stream_name.as_deref().unwrap_or_default()
                )));
            }
            name
        }
        (Some(name), None) => name.as_str(),
        (None, None) => {
            return Err(Error::InvalidArgument(
                "Either StreamName or StreamARN should be provided.".into(),
            ));
        }
    };
    let row = tx
        .query_row(
            &format!("SELECT {} FROM streams WHERE name = ?1 AND {VISIBLE}", StreamRow::COLUMNS),
            params![name, Timestamp::now().0],
            StreamRow::from_row,
        )
        .optional()?
        .ok_or_else(|| not_found(name))?;
    match &stream.stream_arn {
        Some(arn) if *arn != row.arn => Err(not_found(name)),
        _ => Ok(row),
    }
}

/// The stream name an ARN ends with; the ARN must look like a Kinesis stream's.
fn arn_stream_name(arn: &str) -> Result<&str> {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    let ok = parts.len() == 6
        && parts[0] == "arn"
        && parts[1].starts_with("aws")
        && parts[2] == "kinesis"
        && parts[4].len() == 12
        && parts[4].bytes().all(|b| b.is_ascii_digit());
    let name = parts.get(5).and_then(|r| r.strip_prefix("stream/")).filter(|n| !n.is_empty());
    match name {
        Some(n) if ok => Ok(n),
        _ => Err(Error::Validation(format!(
            "1 validation error detected: Value '{arn}' at 'streamARN' failed to satisfy \
             constraint: Member must satisfy regular expression pattern: \
             arn:aws.*:kinesis:.*:\\d{{12}}:stream/\\S+"
        ))),
    }
}

pub(crate) fn open_shard_count(tx: &Transaction<'_>) -> Result<i64> {
    Ok(tx.query_row("SELECT count(*) FROM shards WHERE closed_ms IS NULL", [], |r| r.get(0))?)
}

/// CreateStream.
pub(crate) fn create(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &CreateStreamInput,
    now: Timestamp,
) -> Result<()> {
    let mut v = Violations::new();
    v.name("StreamName", Some(&input.stream_name), 128);
    v.range("ShardCount", input.shard_count, 1, MAX_SHARD_COUNT);
    finish(v)?;
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
        (other, _) => {
            return Err(Error::Validation(format!(
                "1 validation error detected: Value '{other}' at 'streamModeDetails.streamMode' \
                 failed to satisfy constraint: Member must satisfy enum value set: \
                 [PROVISIONED, ON_DEMAND]"
            )));
        }
    };
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
    let arn = format!("arn:aws:kinesis:{}:{LOCAL_ACCOUNT}:stream/{name}", options.region);
    tx.execute(
        "INSERT INTO streams (name, arn, status, created_ms, retention_hours, stream_mode,
                              encryption_type, next_shard_index, settles_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'NONE', ?7, ?8)",
        params![
            name,
            arn,
            if options.create_stream_ms > 0 { "CREATING" } else { "ACTIVE" },
            now.0,
            limits::DEFAULT_RETENTION_HOURS,
            mode,
            count,
            now.0 + options.create_stream_ms
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
    Ok(())
}

/// Fails with Kinesis's LimitExceededException if `added` more open shards would pass the
/// account's shard limit.
pub(crate) fn check_shard_limit(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    added: i64,
) -> Result<()> {
    let open = open_shard_count(tx)?;
    if open + added > i64::from(options.shard_limit) {
        return Err(Error::LimitExceeded(format!(
            "This request would exceed the shard limit for the account {LOCAL_ACCOUNT} in {}. \
             Current shard count for the account: {open}. Limit: {}. Number of additional \
             shards that would have resulted from this request: {added}. Refer to the AWS \
             Service Limits page (http://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) \
             for current limits and how to request higher limits.",
            options.region, options.shard_limit
        )));
    }
    Ok(())
}

/// DeleteStream: the stream, its shards, records and tags go at once, or after the
/// configured DELETING time.
pub(crate) fn delete(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &DeleteStreamInput,
    now: Timestamp,
) -> Result<()> {
    let mut v = Violations::new();
    check_ref(&mut v, &input.stream);
    finish(v)?;
    purge_deleted(tx, now)?;
    let stream = resolve(tx, &input.stream)?;
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
) -> Result<DescribeStreamOutput> {
    let mut v = Violations::new();
    v.range("Limit", input.limit, 1, limits::MAX_LIST_RESULTS);
    v.name("ExclusiveStartShardId", input.exclusive_start_shard_id.as_deref(), 128);
    check_ref(&mut v, &input.stream);
    finish(v)?;
    let stream = resolve(tx, &input.stream)?;
    let limit = input.limit.unwrap_or(100) as usize;
    let after = input.exclusive_start_shard_id.as_deref().unwrap_or("");
    let mut page: Vec<Shard> = shards(tx, stream.id)?
        .iter()
        .map(|s| s.to_model(stream.id))
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
) -> Result<DescribeStreamSummaryOutput> {
    let mut v = Violations::new();
    check_ref(&mut v, stream);
    finish(v)?;
    let stream = resolve(tx, stream)?;
    let open: i64 = tx.query_row(
        "SELECT count(*) FROM shards WHERE stream_id = ?1 AND closed_ms IS NULL",
        [stream.id],
        |r| r.get(0),
    )?;
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
            consumer_count: Some(0),
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
    let mut v = Violations::new();
    v.range("Limit", input.limit, 1, limits::MAX_LIST_RESULTS);
    v.name("ExclusiveStartStreamName", input.exclusive_start_stream_name.as_deref(), 128);
    v.length("NextToken", input.next_token.as_deref(), 1, 1_048_576);
    finish(v)?;
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
        .query_map(params![after, now.0, (limit + 1) as i64], StreamRow::from_row)?
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
    let on_demand: i64 =
        tx.query_row("SELECT count(*) FROM streams WHERE stream_mode = 'ON_DEMAND'", [], |r| {
            r.get(0)
        })?;
    Ok(DescribeLimitsOutput {
        shard_limit: i64::from(options.shard_limit),
        open_shard_count: open_shard_count(tx)?,
        on_demand_stream_count: on_demand,
        on_demand_stream_count_limit: ON_DEMAND_STREAM_LIMIT,
    })
}
