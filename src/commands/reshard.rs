//! Resharding: split-shard (at a key or the midpoint), merge-shards, update-shard-count.

use std::time::Duration;

use serde_json::{Value, json};

use crate::cli::{MergeShardsArgs, SplitShardArgs, UpdateShardCountArgs};
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
