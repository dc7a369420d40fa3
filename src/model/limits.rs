//! Every Kinesis limit the tool enforces or plans around, once. Figures are AWS's own (the API
//! reference and the service quotas page) unless a comment says otherwise.

use std::time::Duration;

/// The most shards a stream or an UpdateShardCount may ask for (Kinesis's validator says so;
/// an account's shard limit comes first).
pub const MAX_SHARD_COUNT: i64 = 100_000;
/// The largest record payload (PutRecord, each PutRecords entry).
pub const MAX_DATA_BYTES: usize = 1024 * 1024;
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
/// Consumers (enhanced fan-out) registered on one stream at once.
pub const MAX_CONSUMERS_PER_STREAM: usize = 20;
/// How long one SubscribeToShard call delivers events before it ends.
pub const SUBSCRIPTION_LIFETIME: Duration = Duration::from_secs(300);
/// How soon the same consumer may subscribe to the same shard again.
pub const RESUBSCRIBE_INTERVAL: Duration = Duration::from_secs(5);
/// How long a subscription with nothing new stays silent before an event says so (AWS sends
/// such events so consumers can checkpoint ContinuationSequenceNumber).
pub const SUBSCRIPTION_HEARTBEAT: Duration = Duration::from_secs(5);
/// Tags one CreateStream (or TagResource's model map) may carry; the stream still holds at
/// most [`MAX_TAGS_PER_STREAM`].
pub const MAX_TAGS_IN_MAP: usize = 200;

/// The message Kinesis throttles a shard's records with (PutRecord, PutRecords entries,
/// GetRecords).
pub fn shard_rate_exceeded(stream: &str, shard: impl std::fmt::Display) -> String {
    format!(
        "Rate exceeded for shard {shard} in stream {stream} under account {}.",
        crate::model::LOCAL_ACCOUNT
    )
}
