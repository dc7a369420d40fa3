//! Resharding and settings commands: split-shard, merge-shards, update-shard-count,
//! retention, enhanced monitoring, tags, metrics, wait.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{Value, json};

use crate::cli::{
    AddTagsArgs, ListTagsArgs, MergeShardsArgs, MonitoringArgs, RemoveTagsArgs, ResourceArgs,
    RetentionArgs, SplitShardArgs, StreamArgs, TagResourceArgs, UntagResourceArgs,
    UpdateShardCountArgs, WaitArgs, WaitCommand,
};
use crate::commands::streams::{all_shards, stream_ref};
use crate::commands::{Context, params, to_json};
use crate::error::{Error, Result};
use crate::model::*;

/// How long split-shard waits for a remote service to show the children.
const SPLIT_WAIT: Duration = Duration::from_secs(300);

/// split-shard: at the given key or the midpoint; prints the children.
pub async fn split(ctx: &Context, a: SplitShardArgs) -> Result<()> {
    params::min_len("ShardToSplit", Some(&a.shard_to_split), 1)?;
    params::min_len("NewStartingHashKey", a.new_starting_hash_key.as_deref(), 1)?;
    let stream = stream_ref(a.stream)?;
    let before = all_shards(ctx, &stream).await?;
    let key = match a.new_starting_hash_key {
        Some(k) => k,
        None => match before.iter().find(|s| s.shard_id == a.shard_to_split) {
            Some(s) => s.hash_key_range.midpoint().to_string(),
            None => {
                return Err(Error::ResourceNotFound(format!(
                    "Could not find shard {} in stream {}.",
                    a.shard_to_split,
                    stream
                        .stream_name
                        .as_deref()
                        .or(stream.stream_arn.as_deref())
                        .unwrap_or_default()
                )));
            }
        },
    };
    let input = SplitShardInput {
        stream: stream.clone(),
        shard_to_split: a.shard_to_split.clone(),
        new_starting_hash_key: key.clone(),
    };
    ctx.call(Action::SplitShard, input, |i| ctx.backend.split_shard(i)).await?;
    // AWS splits asynchronously (the stream is UPDATING a while): wait for the children.
    let started = std::time::Instant::now();
    let children: Vec<Value> = loop {
        let kids: Vec<Value> = all_shards(ctx, &stream)
            .await?
            .into_iter()
            .filter(|s| s.parent_shard_id.as_deref() == Some(&a.shard_to_split) && s.adjacent_parent_shard_id.is_none())
            .map(|s| json!({ "ShardId": s.shard_id, "HashKeyRange": to_json(&s.hash_key_range).unwrap_or_default() }))
            .collect();
        if !kids.is_empty() || started.elapsed() > SPLIT_WAIT {
            break kids;
        }
        tokio::time::sleep(ctx.poll_interval).await;
    };
    let out = json!({ "ShardToSplit": a.shard_to_split, "NewStartingHashKey": key, "ChildShards": children });
    ctx.print("SplitShard", Some("ChildShards[].ShardId"), Some(out))
}

/// merge-shards: prints nothing, as aws-cli.
pub async fn merge(ctx: &Context, a: MergeShardsArgs) -> Result<()> {
    params::min_len("ShardToMerge", Some(&a.shard_to_merge), 1)?;
    params::min_len("AdjacentShardToMerge", Some(&a.adjacent_shard_to_merge), 1)?;
    let input = MergeShardsInput {
        stream: stream_ref(a.stream)?,
        shard_to_merge: a.shard_to_merge,
        adjacent_shard_to_merge: a.adjacent_shard_to_merge,
    };
    ctx.call(Action::MergeShards, input, |i| ctx.backend.merge_shards(i)).await?;
    ctx.print("MergeShards", None, None)
}

/// update-shard-count.
pub async fn update_shard_count(ctx: &Context, a: UpdateShardCountArgs) -> Result<()> {
    params::min_value("TargetShardCount", Some(a.target_shard_count), 1)?;
    let input = UpdateShardCountInput {
        stream: stream_ref(a.stream)?,
        target_shard_count: a.target_shard_count,
        scaling_type: "UNIFORM_SCALING".into(),
    };
    let out =
        ctx.call(Action::UpdateShardCount, input, |i| ctx.backend.update_shard_count(i)).await?;
    ctx.print("UpdateShardCount", Some("TargetShardCount"), Some(to_json(&out)?))
}

/// increase- and decrease-stream-retention-period: print nothing, as aws-cli.
pub async fn retention(ctx: &Context, a: RetentionArgs, increase: bool) -> Result<()> {
    params::min_value("RetentionPeriodHours", Some(a.retention_period_hours), 1)?;
    let input = RetentionInput {
        stream: stream_ref(a.stream)?,
        retention_period_hours: a.retention_period_hours,
    };
    if increase {
        ctx.call(Action::IncreaseStreamRetentionPeriod, input, |i| {
            ctx.backend.increase_stream_retention_period(i)
        })
        .await?;
    } else {
        ctx.call(Action::DecreaseStreamRetentionPeriod, input, |i| {
            ctx.backend.decrease_stream_retention_period(i)
        })
        .await?;
    }
    ctx.print("StreamRetentionPeriod", None, None)
}

/// enable- and disable-enhanced-monitoring.
pub async fn monitoring(ctx: &Context, a: MonitoringArgs, enable: bool) -> Result<()> {
    let input = MonitoringInput {
        stream: stream_ref(a.stream)?,
        shard_level_metrics: a.shard_level_metrics,
    };
    let (title, out) = if enable {
        (
            "EnableEnhancedMonitoring",
            ctx.call(Action::EnableEnhancedMonitoring, input, |i| {
                ctx.backend.enable_enhanced_monitoring(i)
            })
            .await?,
        )
    } else {
        (
            "DisableEnhancedMonitoring",
            ctx.call(Action::DisableEnhancedMonitoring, input, |i| {
                ctx.backend.disable_enhanced_monitoring(i)
            })
            .await?,
        )
    };
    ctx.print(title, Some("DesiredShardLevelMetrics"), Some(to_json(&out)?))
}

/// `--tags` as shorthand or a JSON object of strings.
fn tags(text: &str) -> Result<BTreeMap<String, String>> {
    params::structure("--tags", text)?
        .into_iter()
        .map(|(k, v)| match v {
            Value::String(s) => Ok((k, s)),
            other => Err(Error::ParamValidation(format!(
                "Error parsing parameter '--tags': the value of {k} must be a string, not {other}"
            ))),
        })
        .collect()
}

/// add-tags-to-stream: prints nothing, as aws-cli.
pub async fn add_tags(ctx: &Context, a: AddTagsArgs) -> Result<()> {
    let input = AddTagsInput { stream: stream_ref(a.stream)?, tags: tags(&a.tags)? };
    ctx.call(Action::AddTagsToStream, input, |i| ctx.backend.add_tags_to_stream(i)).await?;
    ctx.print("AddTagsToStream", None, None)
}

/// remove-tags-from-stream: prints nothing, as aws-cli.
pub async fn remove_tags(ctx: &Context, a: RemoveTagsArgs) -> Result<()> {
    let input = RemoveTagsInput { stream: stream_ref(a.stream)?, tag_keys: a.tag_keys };
    ctx.call(Action::RemoveTagsFromStream, input, |i| ctx.backend.remove_tags_from_stream(i))
        .await?;
    ctx.print("RemoveTagsFromStream", None, None)
}

/// list-tags-for-stream.
pub async fn list_tags(ctx: &Context, a: ListTagsArgs) -> Result<()> {
    params::min_len("ExclusiveStartTagKey", a.exclusive_start_tag_key.as_deref(), 1)?;
    params::min_value("Limit", a.limit, 1)?;
    let input = ListTagsForStreamInput {
        stream: stream_ref(a.stream)?,
        exclusive_start_tag_key: a.exclusive_start_tag_key,
        limit: a.limit,
    };
    let out =
        ctx.call(Action::ListTagsForStream, input, |i| ctx.backend.list_tags_for_stream(i)).await?;
    ctx.print("ListTagsForStream", Some("Tags[].join('=', [Key, Value])"), Some(to_json(&out)?))
}

/// tag-resource: prints nothing, as aws-cli.
pub async fn tag_resource(ctx: &Context, a: TagResourceArgs) -> Result<()> {
    params::min_len("ResourceARN", Some(&a.resource_arn), 1)?;
    let input = TagResourceInput { resource_arn: a.resource_arn, tags: tags(&a.tags)? };
    ctx.call(Action::TagResource, input, |i| ctx.backend.tag_resource(i)).await?;
    ctx.print("TagResource", None, None)
}

/// untag-resource: prints nothing, as aws-cli.
pub async fn untag_resource(ctx: &Context, a: UntagResourceArgs) -> Result<()> {
    params::min_len("ResourceARN", Some(&a.resource_arn), 1)?;
    let input = UntagResourceInput { resource_arn: a.resource_arn, tag_keys: a.tag_keys };
    ctx.call(Action::UntagResource, input, |i| ctx.backend.untag_resource(i)).await?;
    ctx.print("UntagResource", None, None)
}

/// list-tags-for-resource.
pub async fn list_tags_for_resource(ctx: &Context, a: ResourceArgs) -> Result<()> {
    params::min_len("ResourceARN", Some(&a.resource_arn), 1)?;
    let input = ListTagsForResourceInput { resource_arn: a.resource_arn };
    let out = ctx
        .call(Action::ListTagsForResource, input, |i| ctx.backend.list_tags_for_resource(i))
        .await?;
    ctx.print("ListTagsForResource", Some("Tags[].join('=', [Key, Value])"), Some(to_json(&out)?))
}

/// metrics: a table on a terminal unless --output says otherwise.
pub async fn metrics(ctx: &Context, a: StreamArgs) -> Result<()> {
    let stream = stream_ref(a.stream)?;
    let out = ctx.timed("StreamMetrics", stream, |s| ctx.backend.stream_metrics(s)).await?;
    ctx.print(
        "Metrics",
        Some("Shards[].[ShardId, IncomingRecords, OutgoingRecords]"),
        Some(to_json(&out)?),
    )
}

/// wait stream-exists | stream-not-exists: aws-cli's waiters (DescribeStream every `delay`
/// seconds, `max_attempts` times).
pub async fn wait(ctx: &Context, w: WaitCommand) -> Result<()> {
    let (a, exists) = match w {
        WaitCommand::StreamExists(a) => (a, true),
        WaitCommand::StreamNotExists(a) => (a, false),
    };
    let WaitArgs { stream, delay, max_attempts } = a;
    if !(delay.is_finite() && delay >= 0.0) || max_attempts == 0 {
        return Err(Error::ParamValidation(
            "--delay must be 0 or more seconds and --max-attempts at least 1".into(),
        ));
    }
    let stream = stream_ref(stream)?;
    let name = if exists { "StreamExists" } else { "StreamNotExists" };
    for attempt in 1..=max_attempts {
        let got = ctx
            .call(Action::DescribeStreamSummary, stream.clone(), |s| {
                ctx.backend.describe_stream_summary(s)
            })
            .await;
        let done = match (&got, exists) {
            (Ok(out), true) => out.stream_description_summary.stream_status == StreamStatus::Active,
            (Err(Error::ResourceNotFound(_)), true) => false,
            (Err(Error::ResourceNotFound(_)), false) => true,
            (Ok(_), false) => false,
            (Err(e), _) => {
                return Err(Error::Waiter(format!("Waiter {name} failed: {e}")));
            }
        };
        if done {
            return Ok(());
        }
        if attempt < max_attempts {
            tokio::time::sleep(Duration::from_secs_f64(delay)).await;
        }
    }
    Err(Error::Waiter(format!("Waiter {name} failed: Max attempts exceeded")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_in_shorthand_and_json() {
        let expected: BTreeMap<String, String> =
            [("a", "1"), ("b", "x,y")].map(|(k, v)| (k.to_string(), v.to_string())).into();
        assert_eq!(tags("a=1,b='x,y'").ok(), Some(expected.clone()));
        assert_eq!(tags(r#"{"a": "1", "b": "x,y"}"#).ok(), Some(expected));
        assert_eq!(tags(r#"{"a": 1}"#).map_err(|e| e.exit_code()), Err(252));
    }

    proptest::proptest! {
        #[test]
        fn any_tags_text_parses_or_is_a_parameter_error(text in "\\PC{0,80}|[A-Za-z0-9=,'\"{}: ]{0,40}") {
            if let Err(e) = tags(&text) {
                proptest::prop_assert_eq!(e.exit_code(), 252, "{}", e);
            }
        }
    }
}
