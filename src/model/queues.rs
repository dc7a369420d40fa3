//! Kinesis queues: a stream's records delivered to competing consumers, each record in flight
//! with one of them at a time, acknowledged once, dead-lettered after too many receives.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Blob, Timestamp};

/// A queue's state: created queues are CREATING, then ACTIVE; updated ones UPDATING, then
/// ACTIVE again; deleted ones DELETING, then gone.
pub const QUEUE_STATUSES: [&str; 4] = ["CREATING", "ACTIVE", "UPDATING", "DELETING"];

/// Where a queue starts delivering.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueStartingPosition {
    /// `TRIM_HORIZON`, `LATEST` or `AT_TIMESTAMP`.
    #[serde(rename = "Type")]
    pub position_type: String,
    /// For AT_TIMESTAMP (in a request); the effective start (in an answer, once ACTIVE).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
}

/// The stream a queue delivers from, and where it starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueStreamConfiguration {
    /// The stream's ARN.
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
    /// Where delivery begins (LATEST when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_position: Option<QueueStartingPosition>,
}

/// Dead-letter handling: `BUILT_IN` with a `MaxReceiveCount`, or `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeadLetterConfiguration {
    /// `BUILT_IN` or `NONE`.
    pub target_type: String,
    /// Receives without acknowledgement before a record is dead-lettered (1–1 000).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_receive_count: Option<i64>,
}

/// A queue's attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueAttributes {
    /// How long a received record stays invisible (0–43 200 s; 30 by default).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility_timeout_seconds: Option<i64>,
    /// Dead-letter handling (BUILT_IN with 6 receives by default).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dead_letter_configuration: Option<DeadLetterConfiguration>,
}

/// CreateQueue's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateQueueInput {
    /// The queue's name, unique in the account and region.
    pub queue_name: String,
    /// Exactly one stream.
    pub stream_configuration_list: Vec<QueueStreamConfiguration>,
    /// Its attributes (defaults when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_attributes: Option<QueueAttributes>,
    /// Tags for the queue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// A queue, as CreateQueue, DescribeQueue and UpdateQueue answer it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueDescription {
    /// Its name.
    pub queue_name: String,
    /// Its ARN (`…:queue/<generated id>`).
    #[serde(rename = "QueueARN")]
    pub queue_arn: String,
    /// CREATING, ACTIVE, UPDATING or DELETING.
    pub queue_status: String,
    /// When it was created.
    pub queue_creation_timestamp: Timestamp,
    /// Its stream and starting position.
    pub stream_configuration_list: Vec<QueueStreamConfiguration>,
    /// Its attributes, every one of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_attributes: Option<QueueAttributes>,
}

/// CreateQueue's, DescribeQueue's and UpdateQueue's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueDescriptionOutput {
    /// The queue.
    pub queue_description: QueueDescription,
}

/// A request that only names a queue: DescribeQueue, DeleteQueue.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct QueueRef {
    /// The queue's ARN.
    #[serde(rename = "QueueARN")]
    pub queue_arn: String,
}

/// UpdateQueue's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateQueueInput {
    /// The queue's ARN.
    #[serde(rename = "QueueARN")]
    pub queue_arn: String,
    /// The attributes to change; the others stay.
    pub queue_attributes: QueueAttributes,
}

/// A stream ListQueues filters on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueStreamFilter {
    /// The stream's ARN.
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
    /// Its creation time, to tell it from an older stream of the same name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_creation_timestamp: Option<Timestamp>,
}

/// ListQueues's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListQueuesInput {
    /// At most this many queues (1–10 000; 100 when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// Where the previous page ended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// Only the queues of these streams.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_filter: Option<Vec<QueueStreamFilter>>,
}

/// The stream of a listed queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueStreamIdentifier {
    /// The stream's ARN.
    #[serde(rename = "StreamARN")]
    pub stream_arn: String,
    /// When the stream was created.
    pub stream_creation_timestamp: Timestamp,
}

/// A listed queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueSummary {
    /// Its name.
    pub queue_name: String,
    /// Its ARN.
    #[serde(rename = "QueueARN")]
    pub queue_arn: String,
    /// Its state.
    pub queue_status: String,
    /// When it was created.
    pub queue_creation_timestamp: Timestamp,
    /// Its stream.
    pub streams: Vec<QueueStreamIdentifier>,
}

/// ListQueues's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListQueuesOutput {
    /// One page of queues, in creation order.
    pub queue_summaries: Vec<QueueSummary>,
    /// Present when more follow.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// ReceiveQueueRecords's and ReceiveDeadLetterQueueRecords's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReceiveQueueRecordsInput {
    /// The queue's ARN.
    #[serde(rename = "QueueARN")]
    pub queue_arn: String,
    /// At most this many records (1–10; 10 when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// How long to wait for a record (1–20 s; 9 when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait_time_seconds: Option<i64>,
    /// How long the records stay in flight (the queue's timeout when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility_timeout_seconds: Option<i64>,
}

/// A record received from a queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueRecord {
    /// What acknowledges this delivery, changes its visibility or restores it.
    pub receipt_handle: String,
    /// The record's identity, the same in every delivery and every queue of its stream.
    pub record_id: String,
    /// Its partition key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partition_key: Option<String>,
    /// Its payload.
    pub data: Blob,
    /// When it arrived in the stream.
    pub approximate_arrival_timestamp: Timestamp,
    /// When the queue first delivered it.
    pub first_receive_timestamp: Timestamp,
    /// Receives without acknowledgement, this one included.
    pub receive_count: i64,
}

/// ReceiveQueueRecords's and ReceiveDeadLetterQueueRecords's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReceiveQueueRecordsOutput {
    /// The records (none when nothing became visible in time).
    pub queue_records: Vec<QueueRecord>,
}

/// One receipt handle of an acknowledge or restore request, or of a result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReceiptEntry {
    /// The handle a receive gave.
    pub receipt_handle: String,
}

/// AcknowledgeQueueRecords's, AcknowledgeDeadLetterQueueRecords's and
/// RestoreDeadLetterQueueRecords's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueReceiptsInput {
    /// The queue's ARN.
    #[serde(rename = "QueueARN")]
    pub queue_arn: String,
    /// 1–10 receipt handles.
    pub entries: Vec<ReceiptEntry>,
}

/// One entry of UpdateQueueRecordsVisibility and its dead-letter twin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VisibilityEntry {
    /// The handle a receive gave.
    pub receipt_handle: String,
    /// Seconds from now until the record is visible again (0: at once).
    pub visibility_timeout_seconds: i64,
}

/// UpdateQueueRecordsVisibility's and UpdateDeadLetterQueueRecordsVisibility's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueVisibilityInput {
    /// The queue's ARN.
    #[serde(rename = "QueueARN")]
    pub queue_arn: String,
    /// 1–10 entries.
    pub entries: Vec<VisibilityEntry>,
}

/// An entry that failed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueEntryError {
    /// The entry's handle.
    pub receipt_handle: String,
    /// ResourceNotFoundException, InvalidArgumentException, ThrottlingException or
    /// InternalFailureException.
    pub error_code: String,
    /// What went wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}

/// What a batch of receipt handles came to: each entry succeeded or failed, on its own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueEntriesOutput {
    /// The entries done.
    pub successful: Vec<ReceiptEntry>,
    /// The entries not done.
    pub failed: Vec<QueueEntryError>,
}
