//! The ground floor of the engine: streams and shards as stored, and the lookups and checks
//! every API area shares (resolving a stream reference, not-found and not-active errors, the
//! action prologue, the shard limit). Everything else in the engine builds on this file,
//! [`options`](super::options), [`store`](super::store) and [`token`](super::token); nothing
//! here imports an API area.

use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::Serialize;

use crate::engine::options::EngineOptions;
use crate::error::{Error, Result};
use crate::model::validate;
use crate::model::*;

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
    /// The largest record it takes, in KiB.
    pub max_record_kib: i64,
    /// How its records find their shards: `USER_PARTITION_KEY` or `AUTO`.
    pub distribution: String,
    /// Its warm throughput, when one was asked for (on-demand streams).
    pub warm: Option<WarmThroughput>,
}

impl StreamRow {
    pub const COLUMNS: &str = "id, name, arn, status, created_ms, retention_hours, stream_mode, \
                           encryption_type, key_id, shard_level_metrics, settles_ms, \
                           max_record_kib, warm_target_mibps, warm_current_mibps, distribution";

    /// The row as of `now` (a CREATING or UPDATING stream whose time has come is ACTIVE).
    pub fn from_row(r: &Row<'_>, now: Timestamp) -> rusqlite::Result<StreamRow> {
        let status = StreamStatus::parse(&r.get::<_, String>(3)?).unwrap_or(StreamStatus::Active);
        let metrics: String = r.get(9)?;
        // A transition is over once its time has come.
        let settled = r.get::<_, i64>(10)? <= now.0;
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
            max_record_kib: r.get(11)?,
            distribution: r.get(14)?,
            warm: r.get::<_, Option<i64>>(12)?.map(|target| WarmThroughput {
                target_mibps: Some(target),
                // Reached once the stream is no longer UPDATING towards it.
                current_mibps: match status {
                    StreamStatus::Updating => r.get(13).ok().flatten(),
                    _ => Some(target),
                },
            }),
        })
    }

    /// The encryption puts and records report: Kinesis leaves the member out for
    /// unencrypted streams.
    pub fn record_encryption(&self) -> Option<String> {
        (self.encryption_type != "NONE").then(|| self.encryption_type.clone())
    }

    pub fn enhanced_monitoring(&self) -> Vec<EnhancedMetrics> {
        vec![EnhancedMetrics { shard_level_metrics: self.metrics.clone() }]
    }

    pub fn mode_details(&self) -> Option<StreamModeDetails> {
        Some(StreamModeDetails { stream_mode: self.stream_mode.clone() })
    }
}

/// The streams that exist: a DELETING stream is gone once its time has come (`?2` is now).
pub(crate) const VISIBLE: &str = "NOT (status = 'DELETING' AND settles_ms <= ?2)";

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

/// Checks a request against its action's constraints as Kinesis does (every violation in one
/// ValidationException, see [`validate`](crate::model::validate)); the engine checks every
/// request so before it opens a transaction.
pub(crate) fn validate<T: Serialize>(action: Action, input: &T) -> Result<()> {
    validate_except(action, input, &[])
}

/// [`validate`], for a request whose members `checked` are known to be valid and left out of
/// `input`.
pub(crate) fn validate_except<T: Serialize>(
    action: Action,
    input: &T,
    checked: &[&str],
) -> Result<()> {
    let body = match serde_json::to_value(input) {
        Ok(serde_json::Value::Object(body)) => body,
        _ => serde_json::Map::new(),
    };
    match validate::request(action.name(), &body, checked) {
        None => Ok(()),
        Some(message) => Err(Error::Validation(message)),
    }
}

/// What an action answers `DryRun`: the refusal Kinesis gives a request that passed every
/// check, in place of `out` (a write is then rolled back: nothing changes).
pub(crate) fn unless_dry_run<T>(dry_run: Option<bool>, out: T) -> Result<T> {
    match dry_run {
        Some(true) => Err(Error::Service {
            code: "DryRunOperationException".into(),
            message: "The request was rejected because the DryRun parameter was specified.".into(),
        }),
        _ => Ok(out),
    }
}

/// Finds the stream a request names (by name, ARN, or both, which must agree).
pub(crate) fn resolve(
    tx: &Transaction<'_>,
    stream: &StreamRef,
    now: Timestamp,
) -> Result<StreamRow> {
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
    // Every call that names a stream comes here: its statement is parsed once.
    static BY_NAME: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!("SELECT {} FROM streams WHERE name = ?1 AND {VISIBLE}", StreamRow::COLUMNS)
    });
    let row = tx
        .prepare_cached(&BY_NAME)?
        .query_row(params![name, now.0], |r| StreamRow::from_row(r, now))
        .optional()?
        .ok_or_else(|| not_found(name))?;
    match &stream.stream_arn {
        Some(arn) if *arn != row.arn => Err(not_found(name)),
        _ => Ok(row),
    }
}

/// The stream name an ARN ends with; the ARN must look like a Kinesis stream's.
pub(crate) fn arn_stream_name(arn: &str) -> Result<&str> {
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

/// How many open shards one stream has.
pub(crate) fn open_shards_of(tx: &Transaction<'_>, stream_id: i64) -> Result<i64> {
    let sql = "SELECT count(*) FROM shards WHERE stream_id = ?1 AND closed_ms IS NULL";
    Ok(tx.query_row(sql, [stream_id], |r| r.get(0))?)
}

/// How many on-demand streams the account has.
pub(crate) fn on_demand_count(tx: &Transaction<'_>) -> Result<i64> {
    let sql = "SELECT count(*) FROM streams WHERE stream_mode = 'ON_DEMAND'";
    Ok(tx.query_row(sql, [], |r| r.get(0))?)
}

/// Fails with Kinesis's LimitExceededException if one more on-demand stream would pass the
/// account's limit.
pub(crate) fn check_on_demand_limit(tx: &Transaction<'_>) -> Result<()> {
    let limit = crate::model::limits::ON_DEMAND_STREAM_LIMIT;
    if on_demand_count(tx)? >= limit {
        return Err(Error::LimitExceeded(format!(
            "This request would exceed the limit of {limit} on-demand streams for account \
             {LOCAL_ACCOUNT}."
        )));
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

/// Resharding and other changes need an ACTIVE stream.
pub(crate) fn require_active(stream: &StreamRow) -> Result<()> {
    match stream.status {
        StreamStatus::Active => Ok(()),
        other => Err(Error::ResourceInUse(format!(
            "Stream {} under account {LOCAL_ACCOUNT} not ACTIVE, instead in state {}",
            stream.name,
            other.as_str()
        ))),
    }
}

/// A shard as stored.
pub(crate) struct ShardRow {
    pub index: u32,
    pub range: HashKeyRange,
    pub parent: Option<u32>,
    pub adjacent_parent: Option<u32>,
    pub starting_counter: u64,
    pub ending_counter: Option<u64>,
    pub created: Timestamp,
    pub closed: Option<Timestamp>,
}

impl ShardRow {
    /// The shard as Kinesis describes it, its bounds' numbers written as `layout` says.
    pub fn to_model(&self, layout: Layout) -> Shard {
        let seq = |counter| {
            SequenceNumber::issued(counter, ShardId(self.index), self.starting_counter, layout)
                .to_string()
        };
        Shard {
            shard_id: ShardId(self.index).to_string(),
            parent_shard_id: self.parent.map(|p| ShardId(p).to_string()),
            adjacent_parent_shard_id: self.adjacent_parent.map(|p| ShardId(p).to_string()),
            hash_key_range: self.range,
            sequence_number_range: SequenceNumberRange {
                starting_sequence_number: seq(self.starting_counter),
                ending_sequence_number: self.ending_counter.map(seq),
            },
        }
    }

    /// Whether the shard was open at `t` (created by then, not closed before).
    pub fn open_at(&self, t: Timestamp) -> bool {
        self.created <= t && self.closed.is_none_or(|c| c > t)
    }
}

/// `tx.execute`, through the connection's statement cache: for statements a hot path runs
/// again and again, parsed once.
pub(crate) fn execute(
    tx: &Transaction<'_>,
    sql: &str,
    params: impl rusqlite::Params,
) -> Result<usize> {
    Ok(tx.prepare_cached(sql)?.execute(params)?)
}

/// A hash key as stored: 32 hex digits, so text order is numeric order.
pub(crate) fn key_hex(k: u128) -> String {
    format!("{k:032x}")
}

fn parse_key_hex(s: &str) -> rusqlite::Result<u128> {
    u128::from_str_radix(s, 16).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Every shard of a stream, in index order.
pub(crate) fn shards(tx: &Transaction<'_>, stream_id: i64) -> Result<Vec<ShardRow>> {
    let mut stmt = tx.prepare_cached(
        "SELECT shard_index, start_key, end_key, parent, adjacent_parent, starting_counter,
                ending_counter, created_ms, closed_ms
         FROM shards WHERE stream_id = ?1 ORDER BY shard_index",
    )?;
    let rows = stmt.query_map([stream_id], |r| {
        Ok(ShardRow {
            index: r.get(0)?,
            range: HashKeyRange {
                start: parse_key_hex(&r.get::<_, String>(1)?)?,
                end: parse_key_hex(&r.get::<_, String>(2)?)?,
            },
            parent: r.get(3)?,
            adjacent_parent: r.get(4)?,
            starting_counter: r.get::<_, i64>(5)? as u64,
            ending_counter: r.get::<_, Option<i64>>(6)?.map(|c| c as u64),
            created: Timestamp(r.get(7)?),
            closed: r.get::<_, Option<i64>>(8)?.map(Timestamp),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
