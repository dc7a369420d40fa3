//! Shards: how they are stored and read, and ListShards with its filters.

use rusqlite::Transaction;

use crate::engine::rows::*;
use crate::engine::{store, token};
use crate::error::{Error, Result};
use crate::model::*;

/// ListShards, with its filters; the token carries the stream, position and filter.
pub(crate) fn list_shards(
    tx: &Transaction<'_>,
    secret: &[u8],
    input: &ListShardsInput,
    now: Timestamp,
) -> Result<ListShardsOutput> {
    let named = input.stream.stream_name.is_some() || input.stream.stream_arn.is_some();
    let (stream, after, filter) = match &input.next_token {
        Some(_) if named => {
            return Err(Error::InvalidArgument(
                "NextToken and StreamName cannot be provided together.".into(),
            ));
        }
        Some(_) if input.exclusive_start_shard_id.is_some() || input.shard_filter.is_some() => {
            return Err(Error::InvalidArgument(
                "NextToken cannot be provided together with ExclusiveStartShardId or ShardFilter."
                    .into(),
            ));
        }
        Some(t) => {
            let fields = token::decode(secret, t, 4, now)?;
            let name = fields[0].clone();
            let stream = resolve(tx, &StreamRef::name(&name), now)?;
            if stream.id.to_string() != fields[1] {
                return Err(not_found(&name));
            }
            let filter: Option<ShardFilter> = serde_json::from_str(&fields[3])
                .map_err(|_| Error::InvalidArgument(format!("Invalid NextToken: {t}")))?;
            (stream, fields[2].clone(), filter)
        }
        None if !named => {
            return Err(Error::InvalidArgument(
                "Either NextToken or StreamName should be provided.".into(),
            ));
        }
        None => {
            let stream = resolve(tx, &input.stream, now)?;
            if input.stream_creation_timestamp.is_some_and(|t| t != stream.created) {
                return Err(not_found(&stream.name));
            }
            let after = input.exclusive_start_shard_id.clone().unwrap_or_default();
            (stream, after, input.shard_filter.clone())
        }
    };
    let keep = shard_filter(&stream, filter.as_ref(), now)?;
    let limit = input.max_results.unwrap_or(1000) as usize;
    let mut page: Vec<ShardRow> = shards(tx, stream.id)?
        .into_iter()
        .filter(|s| ShardId(s.index).to_string() > after && keep(s))
        .take(limit + 1)
        .collect();
    let more = page.len() > limit;
    page.truncate(limit);
    let next_token = match page.last() {
        Some(last) if more => {
            let filter = serde_json::to_string(&filter).unwrap_or_else(|_| "null".into());
            let fields =
                [&stream.name, &stream.id.to_string(), &ShardId(last.index).to_string(), &filter];
            Some(token::encode(secret, &fields.map(String::as_str), now))
        }
        _ => None,
    };
    let layout = store::layout(tx, stream.id)?;
    Ok(ListShardsOutput { shards: page.iter().map(|s| s.to_model(layout)).collect(), next_token })
}

/// Which shards a listing keeps.
type ShardPredicate = Box<dyn Fn(&ShardRow) -> bool>;

/// The predicate a ShardFilter stands for.
fn shard_filter(
    stream: &StreamRow,
    filter: Option<&ShardFilter>,
    now: Timestamp,
) -> Result<ShardPredicate> {
    let Some(filter) = filter else {
        return Ok(Box::new(|_| true));
    };
    let horizon = Timestamp((now.0 - stream.retention_hours * 3_600_000).max(stream.created.0));
    let at = |what: &str| {
        filter.timestamp.map(|t| t.max(stream.created)).ok_or_else(|| {
            Error::InvalidArgument(format!(
                "Timestamp must be provided for ShardFilter type {what}."
            ))
        })
    };
    if filter.filter_type != ShardFilterType::AfterShardId && filter.shard_id.is_some() {
        return Err(Error::InvalidArgument(
            "ShardId must only be provided for ShardFilter type AFTER_SHARD_ID.".into(),
        ));
    }
    Ok(match filter.filter_type {
        ShardFilterType::AfterShardId => {
            let after = filter.shard_id.clone().ok_or_else(|| {
                Error::InvalidArgument(
                    "ShardId must be provided for ShardFilter type AFTER_SHARD_ID.".into(),
                )
            })?;
            Box::new(move |s| ShardId(s.index).to_string() > after)
        }
        ShardFilterType::AtLatest => Box::new(|s| s.closed.is_none()),
        ShardFilterType::AtTrimHorizon => Box::new(move |s| s.open_at(horizon)),
        ShardFilterType::FromTrimHorizon => Box::new(move |s| s.closed.is_none_or(|c| c > horizon)),
        ShardFilterType::AtTimestamp => {
            let t = at("AT_TIMESTAMP")?;
            Box::new(move |s| s.open_at(t))
        }
        ShardFilterType::FromTimestamp => {
            let t = at("FROM_TIMESTAMP")?.max(horizon);
            Box::new(move |s| s.closed.is_none_or(|c| c > t))
        }
    })
}
