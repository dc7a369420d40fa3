//! Consumers and SubscribeToShard: the four consumer commands, and subscribe-to-shard
//! printing each event as it arrives.

use serde_json::{Map, Value, json};

use crate::cli::{ConsumerTarget, ListConsumersArgs, RegisterConsumerArgs, SubscribeArgs};
use crate::commands::decode::{Decoder, Mode};
use crate::commands::paging::Paging;
use crate::commands::{Context, params, to_json};
use crate::error::{Error, Result};
use crate::model::*;
use crate::output::{self, Format};

fn consumer_ref(t: ConsumerTarget) -> Result<ConsumerRef> {
    params::min_len("StreamARN", t.stream_arn.as_deref(), 1)?;
    params::min_len("ConsumerName", t.consumer_name.as_deref(), 1)?;
    params::min_len("ConsumerARN", t.consumer_arn.as_deref(), 1)?;
    Ok(ConsumerRef {
        stream_arn: t.stream_arn,
        consumer_name: t.consumer_name,
        consumer_arn: t.consumer_arn,
    })
}

/// register-stream-consumer.
pub async fn register(ctx: &Context, a: RegisterConsumerArgs) -> Result<()> {
    params::min_len("StreamARN", Some(&a.stream_arn), 1)?;
    params::min_len("ConsumerName", Some(&a.consumer_name), 1)?;
    let input =
        RegisterStreamConsumerInput { stream_arn: a.stream_arn, consumer_name: a.consumer_name };
    let out = ctx
        .call(Action::RegisterStreamConsumer, input, |i| ctx.backend.register_stream_consumer(i))
        .await?;
    ctx.print("RegisterStreamConsumer", Some("Consumer.ConsumerARN"), Some(to_json(&out)?))
}

/// describe-stream-consumer.
pub async fn describe(ctx: &Context, a: ConsumerTarget) -> Result<()> {
    let input = consumer_ref(a)?;
    let out = ctx
        .call(Action::DescribeStreamConsumer, input, |i| ctx.backend.describe_stream_consumer(i))
        .await?;
    let raw = Some("ConsumerDescription.ConsumerStatus");
    ctx.print("DescribeStreamConsumer", raw, Some(to_json(&out)?))
}

/// deregister-stream-consumer: prints nothing, as aws-cli.
pub async fn deregister(ctx: &Context, a: ConsumerTarget) -> Result<()> {
    let input = consumer_ref(a)?;
    ctx.call(Action::DeregisterStreamConsumer, input, |i| {
        ctx.backend.deregister_stream_consumer(i)
    })
    .await?;
    ctx.print("DeregisterStreamConsumer", None, None)
}

/// The consumers `input` lists, page by page as `paging` says; with the NextToken of what
/// remains.
async fn consumer_pages(
    ctx: &Context,
    input: &ListStreamConsumersInput,
    paging: &Paging,
) -> Result<(Vec<Consumer>, Option<String>)> {
    paging
        .collect(|token| {
            let page = ListStreamConsumersInput {
                next_token: token,
                max_results: paging.page_size,
                ..input.clone()
            };
            async {
                let out = ctx.call(Action::ListStreamConsumers, page, |i| {
                    ctx.backend.list_stream_consumers(i)
                });
                out.await.map(|o| (o.consumers, o.next_token))
            }
        })
        .await
}

/// Every consumer of a stream, all pages.
pub(crate) async fn all_consumers(ctx: &Context, stream_arn: &str) -> Result<Vec<Consumer>> {
    let input =
        ListStreamConsumersInput { stream_arn: stream_arn.to_string(), ..Default::default() };
    Ok(consumer_pages(ctx, &input, &Paging::all("NextToken")).await?.0)
}

/// list-stream-consumers: every consumer, or the one page asked for.
pub async fn list(ctx: &Context, a: ListConsumersArgs) -> Result<()> {
    params::min_len("StreamARN", Some(&a.stream_arn), 1)?;
    params::min_len("NextToken", a.next_token.as_deref(), 1)?;
    params::min_value("MaxResults", a.max_results, 1)?;
    let one_page = !ctx.paginate || a.max_results.is_some() || a.next_token.is_some();
    let input = ListStreamConsumersInput {
        stream_arn: a.stream_arn,
        next_token: a.next_token,
        max_results: a.max_results,
        stream_creation_timestamp: a
            .stream_creation_timestamp
            .map(|t| params::timestamp("StreamCreationTimestamp", &t))
            .transpose()?,
    };
    let raw = Some("Consumers[].ConsumerARN");
    let paging = match Paging::from_args(&a.paging, "NextToken")? {
        Some(paging) => paging,
        None if one_page => {
            let page = ctx
                .call(Action::ListStreamConsumers, input, |i| ctx.backend.list_stream_consumers(i));
            return ctx.print("ListStreamConsumers", raw, Some(to_json(&page.await?)?));
        }
        None => Paging::all("NextToken"),
    };
    let (consumers, next_token) = consumer_pages(ctx, &input, &paging).await?;
    let out = ListStreamConsumersOutput { consumers, next_token };
    ctx.print("ListStreamConsumers", raw, Some(to_json(&out)?))
}

/// Parses `--starting-position`; an unknown type is the service's ValidationException.
pub(crate) fn starting_position(text: &str) -> Result<StartingPosition> {
    let mut map = params::structure("--starting-position", text)?;
    match map.get("Type").and_then(Value::as_str) {
        Some(t) if ShardIteratorType::NAMES.contains(&t) => {}
        Some(_) => {
            let body = Map::from_iter([("StartingPosition".to_string(), Value::Object(map))]);
            let checked = ["ConsumerARN", "ShardId"];
            let message = validate::request("SubscribeToShard", &body, &checked);
            return Err(Error::Validation(message.unwrap_or_default()));
        }
        None => {
            return Err(Error::ParamValidation(
                "Parameter validation failed: Missing required parameter in StartingPosition: \
                 \"Type\""
                    .into(),
            ));
        }
    }
    if let Some(t) = map.get("Timestamp").and_then(Value::as_str) {
        let ts = params::timestamp("StartingPosition.Timestamp", t)?;
        map.insert("Timestamp".into(), json!(ts.as_secs_f64()));
    }
    serde_json::from_value(Value::Object(map)).map_err(|e| {
        Error::ParamValidation(format!("Error parsing parameter '--starting-position': {e}"))
    })
}

/// subscribe-to-shard: each event as it arrives, until the subscription ends; Ctrl-C ends it
/// with 130.
pub async fn subscribe(ctx: &Context, a: SubscribeArgs) -> Result<()> {
    params::min_len("ConsumerARN", Some(&a.consumer_arn), 1)?;
    params::min_len("ShardId", Some(&a.shard_id), 1)?;
    let input = SubscribeToShardInput {
        consumer_arn: a.consumer_arn,
        shard_id: a.shard_id,
        starting_position: starting_position(&a.starting_position)?,
        dry_run: a.dry_run.member(),
    };
    let decoder = Decoder::from_args(&a.decode)?;
    let ctrl_c = crate::commands::ctrl_c()?;
    let events = async {
        let mut subscription = ctx
            .call(Action::SubscribeToShard, input, |i| ctx.backend.subscribe_to_shard(i))
            .await?;
        while let Some(event) = subscription.next().await {
            let event = event?;
            if ctx.format == Format::Raw && ctx.query.is_none() {
                output::stdout(&decoder.raw_lines(&event.records))?;
                continue;
            }
            let mut json = to_json(&event)?;
            json["Records"] = Value::Array(decoder.expand_all(&event.records)?);
            let shown = json!({ "SubscribeToShardEvent": json });
            ctx.print_data("SubscribeToShard", None, Some(shown), decoder.mode != Mode::None)?;
        }
        Ok(())
    };
    tokio::select! {
        r = events => r,
        _ = ctrl_c => Err(Error::Interrupted),
    }
}
