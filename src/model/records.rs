//! Records: the put, iterator and get requests and responses.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use crate::model::{KeyHash, StreamRef, Timestamp};

/// Binary data; base64 on the wire, as the JSON 1.1 protocol carries blobs.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Blob(pub Vec<u8>);

impl std::fmt::Debug for Blob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Blob({} bytes)", self.0.len())
    }
}

impl Serialize for Blob {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(&self.0))
    }
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Decoded straight from the request's text, without copying it into a String first.
        struct Base64;
        impl serde::de::Visitor<'_> for Base64 {
            type Value = Blob;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("base64 text")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Blob, E> {
                STANDARD.decode(text.as_bytes()).map(Blob).map_err(|_| {
                    E::custom(format!(
                        "'{text}' can not be converted to a Blob: Invalid base64 character"
                    ))
                })
            }
        }
        d.deserialize_str(Base64)
    }
}

/// PutRecord's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutRecordInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// The payload, at most 1 MiB.
    pub data: Blob,
    /// Routes the record (by its MD5) unless `ExplicitHashKey` is given; 1–256 characters.
    /// Required unless the stream's records are distributed by Kinesis (`AUTO`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition_key: Option<String>,
    /// A decimal hash key in `0 ..= 2^128 − 1` that routes the record instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explicit_hash_key: Option<String>,
    /// The new record's sequence number will be greater than this one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence_number_for_ordering: Option<String>,
    /// Only check the request: a request that would succeed is refused with
    /// DryRunOperationException, and nothing changes.
    #[serde(rename = "DryRun", default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}

/// PutRecord's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutRecordOutput {
    /// The shard the record went to.
    pub shard_id: String,
    /// Its sequence number.
    pub sequence_number: String,
    /// `NONE` or `KMS`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_type: Option<String>,
}

/// One record of a PutRecords request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutRecordsRequestEntry {
    /// The payload.
    pub data: Blob,
    /// A decimal hash key that routes the record instead of the partition key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explicit_hash_key: Option<String>,
    /// The partition key (required unless the stream's records are distributed by Kinesis).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition_key: Option<String>,
    /// The partition key's hash key, once worked out (only ever from `partition_key`, which
    /// must not change after).
    #[serde(skip)]
    pub key_hash: KeyHash,
}

/// PutRecords's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutRecordsInput {
    /// The records, 1–500, at most 5 MiB in all.
    pub records: Vec<PutRecordsRequestEntry>,
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// Only check the request: a request that would succeed is refused with
    /// DryRunOperationException, and nothing changes.
    #[serde(rename = "DryRun", default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}

/// One record's outcome in a PutRecords response: a sequence number, or an error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutRecordsResultEntry {
    /// The record's sequence number, when stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence_number: Option<String>,
    /// The shard, when stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shard_id: Option<String>,
    /// `ProvisionedThroughputExceededException` or `InternalFailure`, when not stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// Why not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}

/// PutRecords's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutRecordsOutput {
    /// How many records were not stored.
    pub failed_record_count: i64,
    /// One entry per request record, in order.
    pub records: Vec<PutRecordsResultEntry>,
    /// `NONE` or `KMS`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_type: Option<String>,
}

/// Where a shard iterator starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ShardIteratorType {
    /// At the given sequence number.
    AtSequenceNumber,
    /// Just after the given sequence number.
    AfterSequenceNumber,
    /// At the first record that arrived at or after the given time.
    AtTimestamp,
    /// At the oldest record still retained.
    TrimHorizon,
    /// After the newest record: only records put from now on.
    Latest,
}

impl ShardIteratorType {
    /// Every type's name on the wire.
    pub const NAMES: [&str; 5] =
        ["AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER", "TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"];
}

/// GetShardIterator's request.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetShardIteratorInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// The shard.
    pub shard_id: String,
    /// Where to start.
    pub shard_iterator_type: ShardIteratorType,
    /// For `AT_SEQUENCE_NUMBER` and `AFTER_SEQUENCE_NUMBER`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_sequence_number: Option<String>,
    /// For `AT_TIMESTAMP`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Only check the request: a request that would succeed is refused with
    /// DryRunOperationException, and nothing changes.
    #[serde(rename = "DryRun", default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}

/// GetShardIterator's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetShardIteratorOutput {
    /// The iterator, good for five minutes.
    pub shard_iterator: String,
}

/// GetRecords's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetRecordsInput {
    /// Where to read.
    pub shard_iterator: String,
    /// At most this many records (1–10 000; 10 000 when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The stream's ARN, optionally.
    #[serde(rename = "StreamARN", skip_serializing_if = "Option::is_none")]
    pub stream_arn: Option<String>,
    /// Only check the request: a request that would succeed is refused with
    /// DryRunOperationException, and nothing changes.
    #[serde(rename = "DryRun", default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}

/// A record as GetRecords returns it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Record {
    /// Its sequence number.
    pub sequence_number: String,
    /// When it arrived.
    pub approximate_arrival_timestamp: Timestamp,
    /// The payload.
    pub data: Blob,
    /// Its partition key.
    pub partition_key: String,
    /// `NONE` or `KMS`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_type: Option<String>,
}

/// A shard that follows a closed one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChildShard {
    /// The child's id.
    pub shard_id: String,
    /// Its parents' ids.
    pub parent_shards: Vec<String>,
    /// Its hash keys.
    pub hash_key_range: crate::model::HashKeyRange,
}

/// GetRecords's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetRecordsOutput {
    /// Records in sequence order.
    pub records: Vec<Record>,
    /// Where to read next; absent once a closed shard has been read to its end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_shard_iterator: Option<String>,
    /// How far behind the newest record this page ends, in milliseconds.
    pub millis_behind_latest: i64,
    /// The children of a closed shard read to its end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child_shards: Option<Vec<ChildShard>>,
}
