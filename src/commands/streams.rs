//! Stream commands: create-stream, delete-stream, describe-stream(-summary), list-streams,
//! list-shards, describe-limits.
//!
//! Listings follow pages as aws-cli does: unless the user asks for a page (a limit or a
//! starting point, or `--no-paginate`), every page is fetched and the result keys merged,
//! leaving out the paging members — the same JSON aws-cli prints.

use serde_json::{Map, Value, json};

use crate::cli::{
    CreateStreamArgs, DeleteStreamArgs, DescribeStreamArgs, ListShardsArgs, ListStreamsArgs,
    StreamArgs, StreamTarget,
};
use crate::commands::paging::{Paging, with_next_token};
use crate::commands::{Context, params, to_json};
use crate::error::{Error, Result};
use crate::model::*;

/// The members aws-cli keeps beside the merged shards of a paginated describe-stream (botocore's
/// `non_aggregate_keys`), in its order; an absent one shows as null.
const DESCRIBE_STREAM_KEPT: [&str; 8] = [
    "StreamARN",
    "StreamName",
    "StreamStatus",
    "RetentionPeriodHours",
    "EnhancedMonitoring",
    "EncryptionType",
    "KeyId",
    "StreamCreationTimestamp",
];

/// Checks a stream target as aws-cli does before sending, and turns it into a reference.
pub fn stream_ref(target: StreamTarget) -> Result<StreamRef> {
    params::min_len("StreamName", target.stream_name.as_deref(), 1)?;
    params::min_len("StreamARN", target.stream_arn.as_deref(), 1)?;
    Ok(StreamRef { stream_name: target.stream_name, stream_arn: target.stream_arn })
}

/// create-stream: prints nothing, as aws-cli.
/// Parses `--stream-mode-details`, in shorthand or JSON.
pub(crate) fn stream_mode_details(text: &str) -> Result<StreamModeDetails> {
    let map = params::structure("--stream-mode-details", text)?;
    serde_json::from_value::<StreamModeDetails>(Value::Object(map)).map_err(|e| {
        Error::ParamValidation(format!("Error parsing parameter '--stream-mode-details': {e}"))
    })
}

pub async fn create(ctx: &Context, a: CreateStreamArgs) -> Result<()> {
    params::min_len("StreamName", Some(&a.stream_name), 1)?;
    params::min_value("ShardCount", a.shard_count, 1)?;
    let stream_mode_details =
        a.stream_mode_details.as_deref().map(stream_mode_details).transpose()?;
    let input = CreateStreamInput {
        stream_name: a.stream_name,
        shard_count: a.shard_count,
        stream_mode_details,
        tags: a.tags.as_deref().map(super::tags::tags).transpose()?,
        warm_throughput_mibps: a.warm_throughput_mibps,
        max_record_size_in_kib: a.max_record_size_in_kib,
        record_distribution_strategy: a.record_distribution_strategy,
    };
    ctx.call(Action::CreateStream, input, |i| ctx.backend.create_stream(i)).await?;
    ctx.print("CreateStream", None, None)
}

/// delete-stream: prints nothing, as aws-cli.
pub async fn delete(ctx: &Context, a: DeleteStreamArgs) -> Result<()> {
    let input = DeleteStreamInput {
        stream: stream_ref(a.stream)?,
        enforce_consumer_deletion: a.enforce_consumer_deletion.then_some(true),
    };
    ctx.call(Action::DeleteStream, input, |i| ctx.backend.delete_stream(i)).await?;
    ctx.print("DeleteStream", None, None)
}

/// describe-stream: all shards, or the one page asked for.
pub async fn describe(ctx: &Context, a: DescribeStreamArgs) -> Result<()> {
    params::min_value("Limit", a.limit, 1)?;
    params::min_len("ExclusiveStartShardId", a.exclusive_start_shard_id.as_deref(), 1)?;
    let one_page = !ctx.paginate || a.limit.is_some() || a.exclusive_start_shard_id.is_some();
    let input = DescribeStreamInput {
        stream: stream_ref(a.stream)?,
        limit: a.limit,
        exclusive_start_shard_id: a.exclusive_start_shard_id,
    };
    let raw = Some("StreamDescription.Shards[].ShardId");
    let paging = match Paging::from_args(&a.paging, "ExclusiveStartShardId")? {
        Some(paging) => paging,
        None if one_page => {
            let page = ctx.call(Action::DescribeStream, input, |i| ctx.backend.describe_stream(i));
            return ctx.print("DescribeStream", raw, Some(to_json(&page.await?)?));
        }
        None => Paging::all("ExclusiveStartShardId"),
    };
    // The description's other members, from the last page read.
    let described = std::cell::RefCell::new(Value::Null);
    let (shards, next) = paging
        .collect(|token| {
            let page = DescribeStreamInput {
                exclusive_start_shard_id: token,
                limit: paging.page_size,
                ..input.clone()
            };
            let described = &described;
            async move {
                let out =
                    ctx.call(Action::DescribeStream, page, |i| ctx.backend.describe_stream(i));
                let mut d = out.await?.stream_description;
                let shards = std::mem::take(&mut d.shards);
                let next =
                    d.has_more_shards.then(|| shards.last().map(|s| s.shard_id.clone())).flatten();
                *described.borrow_mut() = to_json(&d)?;
                Ok((shards, next))
            }
        })
        .await?;
    let described = described.into_inner();
    let mut merged = Map::new();
    merged.insert("Shards".into(), to_json(&shards)?);
    for key in DESCRIBE_STREAM_KEPT {
        merged.insert(key.into(), described.get(key).cloned().unwrap_or(Value::Null));
    }
    let out = with_next_token(json!({ "StreamDescription": merged }), next);
    ctx.print("DescribeStream", raw, Some(out))
}

/// describe-stream-summary.
pub async fn describe_summary(ctx: &Context, a: StreamArgs) -> Result<()> {
    let stream = stream_ref(a.stream)?;
    let out = ctx
        .call(Action::DescribeStreamSummary, stream, |i| ctx.backend.describe_stream_summary(i))
        .await?;
    ctx.print(
        "DescribeStreamSummary",
        Some("StreamDescriptionSummary.StreamStatus"),
        Some(to_json(&out)?),
    )
}

/// list-streams: every stream, or the one page asked for.
pub async fn list(ctx: &Context, a: ListStreamsArgs) -> Result<()> {
    params::min_value("Limit", a.limit, 1)?;
    params::min_len("ExclusiveStartStreamName", a.exclusive_start_stream_name.as_deref(), 1)?;
    params::min_len("NextToken", a.next_token.as_deref(), 1)?;
    let one_page = !ctx.paginate
        || a.limit.is_some()
        || a.exclusive_start_stream_name.is_some()
        || a.next_token.is_some();
    let input = ListStreamsInput {
        limit: a.limit,
        exclusive_start_stream_name: a.exclusive_start_stream_name,
        next_token: a.next_token,
    };
    let raw = Some("StreamNames");
    let paging = match Paging::from_args(&a.paging, "NextToken")? {
        Some(paging) => paging,
        None if one_page => {
            let page = ctx.call(Action::ListStreams, input, |i| ctx.backend.list_streams(i));
            return ctx.print("ListStreams", raw, Some(to_json(&page.await?)?));
        }
        None => Paging::all("NextToken"),
    };
    let (pairs, next) = paging
        .collect(|token| {
            let page = ListStreamsInput {
                limit: paging.page_size,
                // A token carries where the listing is; the name starts only the first page.
                exclusive_start_stream_name: input
                    .exclusive_start_stream_name
                    .clone()
                    .filter(|_| token.is_none()),
                next_token: token,
            };
            async {
                let out = ctx.call(Action::ListStreams, page, |i| ctx.backend.list_streams(i));
                let out = out.await?;
                // Names and summaries page together (an endpoint may send no summaries).
                let mut summaries = out.stream_summaries.into_iter().map(Some).collect::<Vec<_>>();
                summaries.resize_with(out.stream_names.len(), || None);
                let pairs: Vec<_> = out.stream_names.into_iter().zip(summaries).collect();
                Ok((pairs, out.next_token.filter(|_| out.has_more_streams)))
            }
        })
        .await?;
    let (names, summaries): (Vec<String>, Vec<Option<StreamSummary>>) = pairs.into_iter().unzip();
    let summaries: Vec<StreamSummary> = summaries.into_iter().flatten().collect();
    let out = json!({ "StreamNames": names, "StreamSummaries": to_json(&summaries)? });
    ctx.print("ListStreams", raw, Some(with_next_token(out, next)))
}

/// Parses `--shard-filter`; an unknown type is the service's ValidationException, as AWS
/// answers it.
fn shard_filter(text: &str) -> Result<ShardFilter> {
    let mut map = params::structure("--shard-filter", text)?;
    match map.get("Type").and_then(Value::as_str) {
        Some(t) if SHARD_FILTER_TYPES.contains(&t) => {}
        Some(_) => {
            let body = Map::from_iter([("ShardFilter".to_string(), Value::Object(map))]);
            let message = validate::request("ListShards", &body, &[]);
            return Err(Error::Validation(message.unwrap_or_default()));
        }
        None => {
            return Err(Error::ParamValidation(
                "Parameter validation failed: Missing required parameter in ShardFilter: \"Type\""
                    .into(),
            ));
        }
    }
    if let Some(t) = map.get("Timestamp").and_then(Value::as_str) {
        let ts = params::timestamp("ShardFilter.Timestamp", t)?;
        map.insert("Timestamp".into(), json!(ts.as_secs_f64()));
    }
    serde_json::from_value(Value::Object(map)).map_err(|e| {
        Error::ParamValidation(format!("Error parsing parameter '--shard-filter': {e}"))
    })
}

/// list-shards: every shard (through the filter), or the one page asked for.
pub async fn list_shards(ctx: &Context, a: ListShardsArgs) -> Result<()> {
    params::min_len("StreamName", a.stream_name.as_deref(), 1)?;
    params::min_len("StreamARN", a.stream_arn.as_deref(), 1)?;
    params::min_len("NextToken", a.next_token.as_deref(), 1)?;
    params::min_len("ExclusiveStartShardId", a.exclusive_start_shard_id.as_deref(), 1)?;
    params::min_value("MaxResults", a.max_results, 1)?;
    let one_page = !ctx.paginate
        || a.max_results.is_some()
        || a.next_token.is_some()
        || a.exclusive_start_shard_id.is_some();
    let input = ListShardsInput {
        stream: StreamRef { stream_name: a.stream_name, stream_arn: a.stream_arn },
        next_token: a.next_token,
        exclusive_start_shard_id: a.exclusive_start_shard_id,
        max_results: a.max_results,
        stream_creation_timestamp: a
            .stream_creation_timestamp
            .map(|t| params::timestamp("StreamCreationTimestamp", &t))
            .transpose()?,
        shard_filter: a.shard_filter.as_deref().map(shard_filter).transpose()?,
    };
    let raw = Some("Shards[].ShardId");
    let paging = match Paging::from_args(&a.paging, "NextToken")? {
        Some(paging) => paging,
        None if one_page => {
            let page = ctx.call(Action::ListShards, input, |i| ctx.backend.list_shards(i));
            return ctx.print("ListShards", raw, Some(to_json(&page.await?)?));
        }
        None => Paging::all("NextToken"),
    };
    let (shards, next) = shard_pages(ctx, &input, &paging).await?;
    let out = with_next_token(json!({ "Shards": to_json(&shards)? }), next);
    ctx.print("ListShards", raw, Some(out))
}

/// The shards ListShards answers for `input`, page by page as `paging` says; with the
/// NextToken of what remains.
async fn shard_pages(
    ctx: &Context,
    input: &ListShardsInput,
    paging: &Paging,
) -> Result<(Vec<Shard>, Option<String>)> {
    paging
        .collect(|token| {
            // A token stands for the stream and filter: a request with one carries only it.
            let mut page = match token {
                Some(t) => ListShardsInput { next_token: Some(t), ..Default::default() },
                None => input.clone(),
            };
            page.max_results = paging.page_size;
            async {
                let out = ctx.call(Action::ListShards, page, |i| ctx.backend.list_shards(i));
                out.await.map(|o| (o.shards, o.next_token))
            }
        })
        .await
}

/// Every shard of a stream, open or closed, in id order.
pub async fn all_shards(ctx: &Context, stream: &StreamRef) -> Result<Vec<Shard>> {
    let input = ListShardsInput { stream: stream.clone(), ..ListShardsInput::default() };
    Ok(shard_pages(ctx, &input, &Paging::all("NextToken")).await?.0)
}

/// describe-limits.
pub async fn limits(ctx: &Context) -> Result<()> {
    let out = ctx
        .call(Action::DescribeLimits, json!({}), |_| {
            ctx.backend.describe_limits(DescribeLimitsInput {})
        })
        .await?;
    ctx.print("DescribeLimits", Some("ShardLimit"), Some(to_json(&out)?))
}
