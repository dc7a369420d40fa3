//! Every Kinesis limit the tool enforces or plans around, once. Figures are AWS's own (the API
//! reference and the service quotas page) unless a comment says otherwise.

use std::time::Duration;

/// The most shards a stream or an UpdateShardCount may ask for (Kinesis's validator says so;
/// an account's shard limit comes first).
pub const MAX_SHARD_COUNT: i64 = 100_000;
/// The largest record payload (PutRecord, each PutRecords entry) of a stream as created;
/// UpdateMaxRecordSize raises a stream's up to 10 240 KiB.
pub const MAX_DATA_BYTES: usize = DEFAULT_RECORD_SIZE_KIB as usize * 1024;
/// The largest record size, in KiB, of a stream as created.
pub const DEFAULT_RECORD_SIZE_KIB: i64 = 1024;
/// A partition key's length, in Unicode characters.
pub const PARTITION_KEY_CHARS: (usize, usize) = (1, 256);
/// The most records one PutRecords may carry.
pub const MAX_PUT_RECORDS: usize = 500;
/// The most bytes (payloads and partition keys) one PutRecords may carry.
pub const MAX_PUT_RECORDS_BYTES: usize = 5 * 1024 * 1024;
/// The most records one GetRecords may return (its `Limit`'s upper bound).
pub const MAX_GET_RECORDS: i64 = 10_000;
/// The most bytes one GetRecords returns.
pub const MAX_GET_RECORDS_BYTES: usize = 10 * 1024 * 1024;
/// The shortest and longest retention periods, in hours.
pub const RETENTION_HOURS: (i64, i64) = (24, 8760);
/// A new stream's retention period, in hours.
pub const DEFAULT_RETENTION_HOURS: i64 = 24;
/// The most tags a stream may have.
pub const MAX_TAGS_PER_STREAM: usize = 50;
/// The default account limit of open shards in most regions.
pub const DEFAULT_SHARD_LIMIT: u32 = 500;
/// How long a shard iterator stays valid.
pub const ITERATOR_TTL: Duration = Duration::from_secs(300);
/// How long a pagination token (`NextToken`) stays valid.
pub const NEXT_TOKEN_TTL: Duration = Duration::from_secs(300);
/// The `Limit`/`MaxResults` bound of the listing actions.
pub const MAX_LIST_RESULTS: i64 = 10_000;
/// Consumers registered on one stream at once: enhanced fan-out consumers and queues
/// together (On-demand Standard).
pub const MAX_CONSUMERS_PER_STREAM: usize = 20;
/// How long a record received from a queue stays in flight, unless the queue or the receive
/// says otherwise.
pub const DEFAULT_VISIBILITY_TIMEOUT_S: i64 = 30;
/// How many receives without acknowledgement make a record dead-letter, unless the queue
/// says otherwise.
pub const DEFAULT_MAX_RECEIVE_COUNT: i64 = 6;
/// The most records one queue receive answers (ReceiveQueueRecords' Limit).
pub const MAX_QUEUE_RECEIVE: i64 = 10;
/// How long a queue receive waits for a record unless told (WaitTimeSeconds).
pub const DEFAULT_QUEUE_WAIT_S: i64 = 9;
/// How long one SubscribeToShard call delivers events before it ends.
pub const SUBSCRIPTION_LIFETIME: Duration = Duration::from_secs(300);
/// How soon the same consumer may subscribe to the same shard again.
pub const RESUBSCRIBE_INTERVAL: Duration = Duration::from_secs(5);
/// How long a subscription with nothing new stays silent before an event says so (AWS sends
/// such events so consumers can checkpoint ContinuationSequenceNumber).
pub const SUBSCRIPTION_HEARTBEAT: Duration = Duration::from_secs(5);
/// On-demand streams an account may have (DescribeLimits' OnDemandStreamCountLimit).
pub const ON_DEMAND_STREAM_LIMIT: i64 = 50;
/// How many times UpdateShardCount may scale one stream in a rolling 24 hours.
pub const SCALINGS_PER_DAY: usize = 10;
/// How many times a stream's server-side encryption may be started or stopped in a rolling
/// 24 hours.
pub const SSE_CHANGES_PER_DAY: usize = 25;
/// How many times a stream may switch its capacity mode in a rolling 24 hours.
pub const MODE_SWITCHES_PER_DAY: usize = 2;
/// The shortest term of the minimum throughput billing commitment: disabled sooner, it ends
/// only then.
pub const COMMITMENT_TERM: Duration = Duration::from_secs(24 * 3600);
/// The most warm throughput an on-demand stream may ask for, in MiB/s (10 GiB/s).
pub const MAX_WARM_THROUGHPUT_MIBPS: i64 = 10 * 1024;
/// The longest resource policy, in bytes.
pub const MAX_POLICY_BYTES: usize = 20 * 1024;

/// Whose allowance a control-plane call rate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatePer {
    /// The account's: all streams share it.
    Account,
    /// Each stream's.
    Stream,
    /// Each shard's (GetShardIterator: "per account per open shard").
    Shard,
}

/// The calls a second Kinesis allows an action, and whose allowance that is, as the API
/// reference states it for each action (actions it states none for are not limited).
pub fn call_rate(action: crate::model::Action) -> Option<(f64, RatePer)> {
    use crate::model::Action::*;
    Some(match action {
        AddTagsToStream
        | CreateStream
        | DeleteStream
        | DescribeAccountSettings
        | ListStreams
        | ListTagsForStream
        | MergeShards
        | RegisterStreamConsumer
        | RemoveTagsFromStream
        | SplitShard
        | CreateChannel
        | DeleteChannel
        | DescribeChannel
        | ListChannels
        | UpdateChannel
        | UpdateAccountSettings
        | UpdateStreamWarmThroughput => (5.0, RatePer::Account),
        DescribeLimits => (1.0, RatePer::Account),
        DescribeStream | UpdateShardCount => (10.0, RatePer::Account),
        DescribeStreamSummary => (20.0, RatePer::Account),
        DeregisterStreamConsumer | ListStreamConsumers => (5.0, RatePer::Stream),
        DescribeStreamConsumer => (20.0, RatePer::Stream),
        ListShards => (1000.0, RatePer::Stream),
        GetShardIterator => (5.0, RatePer::Shard),
        _ => return None,
    })
}

/// The message Kinesis refuses a control-plane call over its rate with
/// (`LimitExceededException`), naming the stream when the call names one.
pub fn call_rate_exceeded(stream: Option<&str>) -> String {
    match stream {
        Some(s) => {
            format!("Rate exceeded for stream {s} under account {}.", crate::model::LOCAL_ACCOUNT)
        }
        None => format!("Rate exceeded for account {}.", crate::model::LOCAL_ACCOUNT),
    }
}

/// The message Kinesis throttles a shard's records with (PutRecord, PutRecords entries,
/// GetRecords).
pub fn shard_rate_exceeded(stream: &str, shard: impl std::fmt::Display) -> String {
    format!(
        "Rate exceeded for shard {shard} in stream {stream} under account {}.",
        crate::model::LOCAL_ACCOUNT
    )
}
