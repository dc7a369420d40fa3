//! Queues: create-, describe-, list-, update- and delete-queue; receive-, acknowledge- and
//! update-queue-records(-visibility); and the dead-letter side.

use clap::Args;

use super::{DecodeArgs, PagingArgs};

/// create-queue.
#[derive(Debug, Args)]
pub struct CreateQueueArgs {
    /// The queue's name: 1–128 of [a-zA-Z0-9_.-], unique in the account and region.
    #[arg(long, value_name = "NAME")]
    pub queue_name: String,
    /// The stream and where delivery starts:
    /// `StreamARN=…,StartingPosition={Type=TRIM_HORIZON|LATEST|AT_TIMESTAMP,Timestamp=…}`, in
    /// shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON", num_args = 1.., required = true)]
    pub stream_configuration_list: Vec<String>,
    /// `VisibilityTimeoutSeconds=…,DeadLetterConfiguration={TargetType=BUILT_IN,
    /// MaxReceiveCount=…}` (30 s and 6 receives when absent), in shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub queue_attributes: Option<String>,
    /// Tags for the queue: `k1=v1,k2=v2`, or a JSON object (at most 50).
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub tags: Option<String>,
}

/// describe-queue and delete-queue.
#[derive(Debug, Args)]
pub struct QueueArnArgs {
    /// The queue's ARN (from create-queue or list-queues).
    #[arg(long, value_name = "ARN")]
    pub queue_arn: String,
}

/// list-queues.
#[derive(Debug, Args)]
pub struct ListQueuesArgs {
    /// Only the queues of these streams: `StreamARN=…[,StreamCreationTimestamp=…]` each, in
    /// shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON", num_args = 1..)]
    pub stream_filter: Vec<String>,
    /// Continue from a previous page's NextToken; returns a single page.
    #[arg(long, value_name = "TOKEN", conflicts_with = "starting_token")]
    pub next_token: Option<String>,
    /// At most this many queues (1–10000); returns a single page.
    #[arg(long, allow_negative_numbers = true, conflicts_with_all = ["page_size", "max_items"])]
    pub max_results: Option<i64>,
    /// aws-cli's paging.
    #[command(flatten)]
    pub paging: PagingArgs,
}

/// update-queue.
#[derive(Debug, Args)]
pub struct UpdateQueueArgs {
    /// The queue's ARN.
    #[arg(long, value_name = "ARN")]
    pub queue_arn: String,
    /// The attributes to change (the others stay): `VisibilityTimeoutSeconds=…`,
    /// `DeadLetterConfiguration={TargetType=BUILT_IN|NONE,MaxReceiveCount=…}`; shorthand or
    /// JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub queue_attributes: String,
}

/// receive-queue-records and receive-dead-letter-queue-records.
#[derive(Debug, Args)]
pub struct ReceiveQueueArgs {
    /// The queue's ARN.
    #[arg(long, value_name = "ARN")]
    pub queue_arn: String,
    /// At most this many records (1–10; 10 when absent).
    #[arg(long, allow_negative_numbers = true)]
    pub limit: Option<i64>,
    /// Wait up to this many seconds for a record (1–20; 9 when absent).
    #[arg(long, value_name = "SECONDS", allow_negative_numbers = true)]
    pub wait_time_seconds: Option<i64>,
    /// Keep the records received in flight this long (0–43200; the queue's timeout when
    /// absent).
    #[arg(long, value_name = "SECONDS", allow_negative_numbers = true)]
    pub visibility_timeout_seconds: Option<i64>,
    /// How record data is decoded.
    #[command(flatten)]
    pub decode: DecodeArgs,
}

/// acknowledge-queue-records, acknowledge-dead-letter-queue-records and
/// restore-dead-letter-queue-records.
#[derive(Debug, Args)]
pub struct QueueReceiptsArgs {
    /// The queue's ARN.
    #[arg(long, value_name = "ARN")]
    pub queue_arn: String,
    /// 1–10 records by their receipt handles: `ReceiptHandle=…` each, or a JSON list.
    #[arg(long, value_name = "SHORTHAND|JSON", num_args = 1.., required = true)]
    pub entries: Vec<String>,
}

/// update-queue-records-visibility and update-dead-letter-queue-records-visibility.
#[derive(Debug, Args)]
pub struct QueueVisibilityArgs {
    /// The queue's ARN.
    #[arg(long, value_name = "ARN")]
    pub queue_arn: String,
    /// 1–10 records and their new timeouts from now:
    /// `ReceiptHandle=…,VisibilityTimeoutSeconds=…` each (0: visible at once), or a JSON list.
    #[arg(long, value_name = "SHORTHAND|JSON", num_args = 1.., required = true)]
    pub entries: Vec<String>,
}
