//! Every action the engine implements: its request members, and the call.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::backend::Kinesis;
use crate::error::{Error, Result};
use crate::server::schema::{Member, Ty, check_request, opt, req};

const ITERATOR_TYPES: &[&str] =
    &["AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER", "TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"];
const FILTER_TYPES: &[&str] = &[
    "AFTER_SHARD_ID",
    "AT_TRIM_HORIZON",
    "FROM_TRIM_HORIZON",
    "AT_LATEST",
    "AT_TIMESTAMP",
    "FROM_TIMESTAMP",
];

const NAME: Member = opt("StreamName", Ty::Str);
const ARN: Member = opt("StreamARN", Ty::Str);
const STREAM: &[Member] = &[NAME, ARN];
const RETENTION: &[Member] = &[req("RetentionPeriodHours", Ty::Int), NAME, ARN];
const MONITORING: &[Member] = &[req("ShardLevelMetrics", Ty::StrList), NAME, ARN];
const MODE: &[Member] = &[req("StreamMode", Ty::Enum(&["PROVISIONED", "ON_DEMAND"]))];
const FILTER: &[Member] =
    &[req("Type", Ty::Enum(FILTER_TYPES)), opt("ShardId", Ty::Str), opt("Timestamp", Ty::Time)];
const ENTRY: &[Member] =
    &[req("Data", Ty::Blob), opt("ExplicitHashKey", Ty::Str), req("PartitionKey", Ty::Str)];

/// The actions, each with its request's members.
pub const ACTIONS: &[(&str, &[Member])] = &[
    ("AddTagsToStream", &[req("Tags", Ty::StrMap), NAME, ARN]),
    (
        "CreateStream",
        &[
            req("StreamName", Ty::Str),
            opt("ShardCount", Ty::Int),
            opt("StreamModeDetails", Ty::Struct(MODE)),
        ],
    ),
    ("DecreaseStreamRetentionPeriod", RETENTION),
    ("DeleteStream", &[NAME, ARN, opt("EnforceConsumerDeletion", Ty::Bool)]),
    ("DescribeLimits", &[]),
    ("DescribeStream", &[NAME, ARN, opt("Limit", Ty::Int), opt("ExclusiveStartShardId", Ty::Str)]),
    ("DescribeStreamSummary", STREAM),
    ("DisableEnhancedMonitoring", MONITORING),
    ("EnableEnhancedMonitoring", MONITORING),
    ("GetRecords", &[req("ShardIterator", Ty::Str), opt("Limit", Ty::Int), ARN]),
    (
        "GetShardIterator",
        &[
            NAME,
            ARN,
            req("ShardId", Ty::Str),
            req("ShardIteratorType", Ty::Enum(ITERATOR_TYPES)),
            opt("StartingSequenceNumber", Ty::Str),
            opt("Timestamp", Ty::Time),
        ],
    ),
    ("IncreaseStreamRetentionPeriod", RETENTION),
    (
        "ListShards",
        &[
            NAME,
            ARN,
            opt("NextToken", Ty::Str),
            opt("ExclusiveStartShardId", Ty::Str),
            opt("MaxResults", Ty::Int),
            opt("StreamCreationTimestamp", Ty::Time),
            opt("ShardFilter", Ty::Struct(FILTER)),
        ],
    ),
    (
        "ListStreams",
        &[
            opt("Limit", Ty::Int),
            opt("ExclusiveStartStreamName", Ty::Str),
            opt("NextToken", Ty::Str),
        ],
    ),
    ("ListTagsForResource", &[req("ResourceARN", Ty::Str)]),
    (
        "ListTagsForStream",
        &[NAME, ARN, opt("ExclusiveStartTagKey", Ty::Str), opt("Limit", Ty::Int)],
    ),
    (
        "MergeShards",
        &[NAME, ARN, req("ShardToMerge", Ty::Str), req("AdjacentShardToMerge", Ty::Str)],
    ),
    (
        "PutRecord",
        &[
            NAME,
            ARN,
            req("Data", Ty::Blob),
            req("PartitionKey", Ty::Str),
            opt("ExplicitHashKey", Ty::Str),
            opt("SequenceNumberForOrdering", Ty::Str),
        ],
    ),
    ("PutRecords", &[req("Records", Ty::StructList(ENTRY)), NAME, ARN]),
    ("RemoveTagsFromStream", &[NAME, ARN, req("TagKeys", Ty::StrList)]),
    ("SplitShard", &[NAME, ARN, req("ShardToSplit", Ty::Str), req("NewStartingHashKey", Ty::Str)]),
    ("TagResource", &[req("ResourceARN", Ty::Str), req("Tags", Ty::StrMap)]),
    ("UntagResource", &[req("ResourceARN", Ty::Str), req("TagKeys", Ty::StrList)]),
    (
        "UpdateShardCount",
        &[
            NAME,
            ARN,
            req("TargetShardCount", Ty::Int),
            req("ScalingType", Ty::Enum(&["UNIFORM_SCALING"])),
        ],
    ),
];

/// The members of an action, if the engine implements it.
pub fn members(action: &str) -> Option<&'static [Member]> {
    ACTIONS.iter().find(|(name, _)| *name == action).map(|(_, m)| *m)
}

fn decode<T: DeserializeOwned>(v: Value) -> Result<T> {
    serde_json::from_value(v).map_err(|e| Error::Service {
        code: "SerializationException".into(),
        message: e.to_string(),
    })
}

fn encode(v: impl Serialize) -> Result<Value> {
    serde_json::to_value(v).map_err(|e| Error::Internal(e.to_string()))
}

/// Checks a request's members and calls the action; the answer is the response body.
pub async fn call(k: &dyn Kinesis, action: &str, body: Map<String, Value>) -> Result<Value> {
    let members = members(action).ok_or_else(|| Error::Service {
        code: "UnknownOperationException".into(),
        message: String::new(),
    })?;
    let v = check_request(body, members)?;
    let empty = || Value::Object(Map::new());
    Ok(match action {
        "AddTagsToStream" => k.add_tags_to_stream(decode(v)?).await.map(|()| empty())?,
        "CreateStream" => k.create_stream(decode(v)?).await.map(|()| empty())?,
        "DecreaseStreamRetentionPeriod" => {
            k.decrease_stream_retention_period(decode(v)?).await.map(|()| empty())?
        }
        "DeleteStream" => k.delete_stream(decode(v)?).await.map(|()| empty())?,
        "DescribeLimits" => encode(k.describe_limits().await?)?,
        "DescribeStream" => encode(k.describe_stream(decode(v)?).await?)?,
        "DescribeStreamSummary" => encode(k.describe_stream_summary(decode(v)?).await?)?,
        "DisableEnhancedMonitoring" => encode(k.disable_enhanced_monitoring(decode(v)?).await?)?,
        "EnableEnhancedMonitoring" => encode(k.enable_enhanced_monitoring(decode(v)?).await?)?,
        "GetRecords" => encode(k.get_records(decode(v)?).await?)?,
        "GetShardIterator" => encode(k.get_shard_iterator(decode(v)?).await?)?,
        "IncreaseStreamRetentionPeriod" => {
            k.increase_stream_retention_period(decode(v)?).await.map(|()| empty())?
        }
        "ListShards" => encode(k.list_shards(decode(v)?).await?)?,
        "ListStreams" => encode(k.list_streams(decode(v)?).await?)?,
        "ListTagsForResource" => encode(k.list_tags_for_resource(decode(v)?).await?)?,
        "ListTagsForStream" => encode(k.list_tags_for_stream(decode(v)?).await?)?,
        "MergeShards" => k.merge_shards(decode(v)?).await.map(|()| empty())?,
        "PutRecord" => encode(k.put_record(decode(v)?).await?)?,
        "PutRecords" => encode(k.put_records(decode(v)?).await?)?,
        "RemoveTagsFromStream" => k.remove_tags_from_stream(decode(v)?).await.map(|()| empty())?,
        "SplitShard" => k.split_shard(decode(v)?).await.map(|()| empty())?,
        "TagResource" => k.tag_resource(decode(v)?).await.map(|()| empty())?,
        "UntagResource" => k.untag_resource(decode(v)?).await.map(|()| empty())?,
        "UpdateShardCount" => encode(k.update_shard_count(decode(v)?).await?)?,
        other => return Err(Error::Internal(format!("{other} has members but no call"))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_listed_once() {
        let mut names: Vec<&str> = ACTIONS.iter().map(|(n, _)| *n).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), ACTIONS.len());
    }
}
