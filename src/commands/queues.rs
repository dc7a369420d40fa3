//! Queues: create-, describe-, list-, update- and delete-queue; receiving, acknowledging and
//! changing the visibility of their records, on the normal path and the dead-letter one.

use crate::cli::{
    CreateQueueArgs, Decode, ListQueuesArgs, QueueArnArgs, QueueReceiptsArgs, QueueVisibilityArgs,
    ReceiveQueueArgs, UpdateQueueArgs,
};
use crate::commands::decode::Decoder;
use crate::commands::paging::Paging;
use crate::commands::{Context, params, shaped, to_json};
use crate::error::Result;
use crate::model::*;
use crate::output::Format;

/// create-queue; `--output raw` prints its ARN.
pub async fn create(ctx: &Context, a: CreateQueueArgs) -> Result<()> {
    params::min_len("QueueName", Some(&a.queue_name), 1)?;
    let action = Action::CreateQueue;
    let input = CreateQueueInput {
        queue_name: a.queue_name,
        stream_configuration_list: shaped::member(
            action,
            "StreamConfigurationList",
            "--stream-configuration-list",
            &a.stream_configuration_list,
        )?,
        queue_attributes: a
            .queue_attributes
            .map(|t| shaped::member(action, "QueueAttributes", "--queue-attributes", &[t]))
            .transpose()?,
        tags: a.tags.as_deref().map(super::tags::tags).transpose()?,
    };
    let out = ctx.call(action, input, |i| ctx.backend.create_queue(i)).await?;
    ctx.print("CreateQueue", Some("QueueDescription.QueueARN"), Some(to_json(&out)?))
}

/// describe-queue; `--output raw` prints its status.
pub async fn describe(ctx: &Context, a: QueueArnArgs) -> Result<()> {
    params::min_len("QueueARN", Some(&a.queue_arn), 1)?;
    let input = QueueRef { queue_arn: a.queue_arn };
    let out = ctx.call(Action::DescribeQueue, input, |i| ctx.backend.describe_queue(i)).await?;
    ctx.print("DescribeQueue", Some("QueueDescription.QueueStatus"), Some(to_json(&out)?))
}

/// update-queue; `--output raw` prints its status.
pub async fn update(ctx: &Context, a: UpdateQueueArgs) -> Result<()> {
    params::min_len("QueueARN", Some(&a.queue_arn), 1)?;
    let attributes = [a.queue_attributes];
    let input = UpdateQueueInput {
        queue_arn: a.queue_arn,
        queue_attributes: shaped::member(
            Action::UpdateQueue,
            "QueueAttributes",
            "--queue-attributes",
            &attributes,
        )?,
    };
    let out = ctx.call(Action::UpdateQueue, input, |i| ctx.backend.update_queue(i)).await?;
    ctx.print("UpdateQueue", Some("QueueDescription.QueueStatus"), Some(to_json(&out)?))
}

/// delete-queue: print nothing, as aws-cli.
pub async fn delete(ctx: &Context, a: QueueArnArgs) -> Result<()> {
    params::min_len("QueueARN", Some(&a.queue_arn), 1)?;
    let input = QueueRef { queue_arn: a.queue_arn };
    ctx.call(Action::DeleteQueue, input, |i| ctx.backend.delete_queue(i)).await?;
    ctx.print("DeleteQueue", None, None)
}

/// list-queues: every queue, or the one page asked for; `--output raw` prints their ARNs.
pub async fn list(ctx: &Context, a: ListQueuesArgs) -> Result<()> {
    params::min_len("NextToken", a.next_token.as_deref(), 1)?;
    params::min_value("MaxResults", a.max_results, 1)?;
    let one_page = !ctx.paginate || a.max_results.is_some() || a.next_token.is_some();
    let stream_filter = match a.stream_filter.is_empty() {
        true => None,
        false => Some(shaped::member(
            Action::ListQueues,
            "StreamFilter",
            "--stream-filter",
            &a.stream_filter,
        )?),
    };
    let input =
        ListQueuesInput { max_results: a.max_results, next_token: a.next_token, stream_filter };
    let raw = Some("QueueSummaries[].QueueARN");
    let paging = match Paging::from_args(&a.paging, "NextToken")? {
        Some(paging) => paging,
        None if one_page => {
            let page = ctx.call(Action::ListQueues, input, |i| ctx.backend.list_queues(i));
            return ctx.print("ListQueues", raw, Some(to_json(&page.await?)?));
        }
        None => Paging::all("NextToken"),
    };
    let (queue_summaries, next_token) = paging
        .collect(|token| {
            let page = ListQueuesInput {
                next_token: token,
                max_results: paging.page_size,
                ..input.clone()
            };
            async {
                let out = ctx.call(Action::ListQueues, page, |i| ctx.backend.list_queues(i));
                out.await.map(|o| (o.queue_summaries, o.next_token))
            }
        })
        .await?;
    let out = ListQueuesOutput { queue_summaries, next_token };
    ctx.print("ListQueues", raw, Some(to_json(&out)?))
}

/// receive-queue-records (`dead` false) and receive-dead-letter-queue-records: data decoded
/// as get-records decodes it; `--output raw` prints the payloads, one per line.
pub async fn receive(ctx: &Context, a: ReceiveQueueArgs, dead: bool) -> Result<()> {
    params::min_len("QueueARN", Some(&a.queue_arn), 1)?;
    params::min_value("Limit", a.limit, 1)?;
    params::min_value("WaitTimeSeconds", a.wait_time_seconds, 1)?;
    params::min_value("VisibilityTimeoutSeconds", a.visibility_timeout_seconds, 0)?;
    let decoder = Decoder::from_args(&a.decode)?;
    let input = ReceiveQueueRecordsInput {
        queue_arn: a.queue_arn,
        limit: a.limit,
        wait_time_seconds: a.wait_time_seconds,
        visibility_timeout_seconds: a.visibility_timeout_seconds,
    };
    let (title, out) = match dead {
        false => {
            let action = Action::ReceiveQueueRecords;
            (action, ctx.call(action, input, |i| ctx.backend.receive_queue_records(i)).await?)
        }
        true => {
            let action = Action::ReceiveDeadLetterQueueRecords;
            let out = ctx.call(action, input, |i| ctx.backend.receive_dead_letter_queue_records(i));
            (action, out.await?)
        }
    };
    if ctx.format == Format::Raw && ctx.query.is_none() {
        let records: Vec<Record> = out
            .queue_records
            .into_iter()
            .map(|r| Record {
                sequence_number: r.record_id,
                approximate_arrival_timestamp: r.approximate_arrival_timestamp,
                data: r.data,
                partition_key: r.partition_key.unwrap_or_default(),
                encryption_type: None,
            })
            .collect();
        return crate::output::stdout(&decoder.raw_lines(&records));
    }
    ctx.print_data(title.name(), None, Some(to_json(&out)?), a.decode.decode != Decode::None)
}

/// acknowledge-queue-records, acknowledge-dead-letter-queue-records and
/// restore-dead-letter-queue-records; `--output raw` prints the handles that failed.
pub async fn receipts(ctx: &Context, a: QueueReceiptsArgs, action: Action) -> Result<()> {
    params::min_len("QueueARN", Some(&a.queue_arn), 1)?;
    let input = QueueReceiptsInput {
        entries: shaped::member(action, "Entries", "--entries", &a.entries)?,
        queue_arn: a.queue_arn,
    };
    let out = match action {
        Action::AcknowledgeQueueRecords => {
            ctx.call(action, input, |i| ctx.backend.acknowledge_queue_records(i)).await?
        }
        Action::AcknowledgeDeadLetterQueueRecords => {
            let out =
                ctx.call(action, input, |i| ctx.backend.acknowledge_dead_letter_queue_records(i));
            out.await?
        }
        _ => {
            let out = ctx.call(action, input, |i| ctx.backend.restore_dead_letter_queue_records(i));
            out.await?
        }
    };
    ctx.print(action.name(), Some("Failed[].ReceiptHandle"), Some(to_json(&out)?))
}

/// update-queue-records-visibility (`dead` false) and
/// update-dead-letter-queue-records-visibility; `--output raw` prints the handles that
/// failed.
pub async fn visibility(ctx: &Context, a: QueueVisibilityArgs, dead: bool) -> Result<()> {
    params::min_len("QueueARN", Some(&a.queue_arn), 1)?;
    let action = match dead {
        false => Action::UpdateQueueRecordsVisibility,
        true => Action::UpdateDeadLetterQueueRecordsVisibility,
    };
    let input = QueueVisibilityInput {
        entries: shaped::member(action, "Entries", "--entries", &a.entries)?,
        queue_arn: a.queue_arn,
    };
    let out = match dead {
        false => {
            ctx.call(action, input, |i| ctx.backend.update_queue_records_visibility(i)).await?
        }
        true => {
            let out = ctx.call(action, input, |i| {
                ctx.backend.update_dead_letter_queue_records_visibility(i)
            });
            out.await?
        }
    };
    ctx.print(action.name(), Some("Failed[].ReceiptHandle"), Some(to_json(&out)?))
}
