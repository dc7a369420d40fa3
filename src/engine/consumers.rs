//! Stream consumers: RegisterStreamConsumer, DescribeStreamConsumer, ListStreamConsumers and
//! DeregisterStreamConsumer, with Kinesis's limits, states and messages.
//!
//! A consumer's ARN is its stream's ARN, `/consumer/<name>:` and its registration time in
//! epoch seconds, so the ARN of a deregistered consumer never names one registered again
//! under the same name (a second later or more). CREATING and DELETING last as the options
//! say; a DELETING consumer whose time has come is gone (rows are purged by the next write
//! on its stream's consumers).

use rusqlite::{OptionalExtension, Transaction, params};

use crate::engine::options::EngineOptions;
use crate::engine::rows::*;
use crate::engine::token;
use crate::error::{Error, Result};
use crate::model::*;

/// A consumer as stored, with its stream.
pub(crate) struct ConsumerRow {
    pub stream: StreamRow,
    pub name: String,
    pub created: Timestamp,
    /// CREATING, ACTIVE or DELETING, as of the time it was read.
    pub status: &'static str,
}

impl ConsumerRow {
    pub fn arn(&self) -> String {
        format!("{}/consumer/{}:{}", self.stream.arn, self.name, self.created.0.div_euclid(1000))
    }

    fn to_model(&self) -> Consumer {
        Consumer {
            consumer_name: self.name.clone(),
            consumer_arn: self.arn(),
            consumer_status: self.status.to_string(),
            consumer_creation_timestamp: self.created,
        }
    }
}

/// The consumers that exist: a DELETING one is gone once its time has come (`?2` is now).
const VISIBLE: &str = "NOT (status = 'DELETING' AND settles_ms <= ?2)";

fn status_at(stored: &str, settles: i64, now: Timestamp) -> &'static str {
    match stored {
        "CREATING" if settles > now.0 => "CREATING",
        "DELETING" => "DELETING",
        _ => "ACTIVE",
    }
}

fn rows(tx: &Transaction<'_>, stream: &StreamRow, now: Timestamp) -> Result<Vec<ConsumerRow>> {
    let mut stmt = tx.prepare_cached(&format!(
        "SELECT name, created_ms, status, settles_ms FROM consumers
         WHERE stream_id = ?1 AND {VISIBLE} ORDER BY created_ms, name"
    ))?;
    let found = stmt.query_map(params![stream.id, now.0], |r| {
        let status: String = r.get(2)?;
        Ok(ConsumerRow {
            stream: stream.clone(),
            name: r.get(0)?,
            created: Timestamp(r.get(1)?),
            status: status_at(&status, r.get(3)?, now),
        })
    })?;
    Ok(found.collect::<rusqlite::Result<_>>()?)
}

fn find(
    tx: &Transaction<'_>,
    stream: &StreamRow,
    name: &str,
    now: Timestamp,
) -> Result<Option<ConsumerRow>> {
    let row = tx
        .query_row(
            &format!(
                "SELECT created_ms, status, settles_ms FROM consumers
                 WHERE stream_id = ?1 AND name = ?3 AND {VISIBLE}"
            ),
            params![stream.id, now.0, name],
            |r| {
                let status: String = r.get(1)?;
                Ok((Timestamp(r.get(0)?), status_at(&status, r.get(2)?, now)))
            },
        )
        .optional()?;
    Ok(row.map(|(created, status)| ConsumerRow {
        stream: stream.clone(),
        name: name.to_string(),
        created,
        status,
    }))
}

/// How many consumers a stream has (any state): DeleteStream refuses while there are some.
pub(crate) fn count(tx: &Transaction<'_>, stream: &StreamRow, now: Timestamp) -> Result<usize> {
    Ok(rows(tx, stream, now)?.len())
}

/// A consumer ARN's parts: the stream's ARN, the consumer's name and its creation second.
fn split_arn(arn: &str) -> Option<(&str, &str, i64)> {
    let (stream_arn, rest) = arn.rsplit_once("/consumer/")?;
    let (name, secs) = rest.rsplit_once(':')?;
    let name_ok = !name.is_empty()
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
    let secs_ok = !secs.is_empty() && secs.bytes().all(|b| b.is_ascii_digit());
    let stream_ok = arn_stream_name(stream_arn).is_ok_and(|s| {
        s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
    });
    (name_ok && secs_ok && stream_ok).then(|| (stream_arn, name, secs.parse().unwrap_or(-1)))
}

fn stream_by_arn(tx: &Transaction<'_>, arn: &str, now: Timestamp) -> Result<StreamRow> {
    resolve(tx, &StreamRef { stream_name: None, stream_arn: Some(arn.to_string()) }, now)
}

fn consumer_not_found(what: &str) -> Error {
    Error::ResourceNotFound(format!("Consumer {what} not found."))
}

/// The consumer a [`ConsumerRef`] names: by ARN, or by stream ARN and name (both ways must
/// agree when both are given).
pub(crate) fn resolve_consumer(
    tx: &Transaction<'_>,
    target: &ConsumerRef,
    now: Timestamp,
) -> Result<ConsumerRow> {
    match (&target.consumer_arn, &target.stream_arn, &target.consumer_name) {
        (Some(arn), stream_arn, name) => {
            let (in_stream, in_name, secs) =
                split_arn(arn).ok_or_else(|| consumer_not_found(arn))?;
            if stream_arn.as_deref().is_some_and(|s| s != in_stream)
                || name.as_deref().is_some_and(|n| n != in_name)
            {
                return Err(Error::InvalidArgument(format!(
                    "ConsumerARN {arn} does not name the consumer given by StreamARN and \
                     ConsumerName."
                )));
            }
            let stream = stream_by_arn(tx, in_stream, now)?;
            match find(tx, &stream, in_name, now)? {
                Some(c) if c.created.0.div_euclid(1000) == secs => Ok(c),
                _ => Err(consumer_not_found(arn)),
            }
        }
        (None, Some(stream_arn), Some(name)) => {
            let stream = stream_by_arn(tx, stream_arn, now)?;
            find(tx, &stream, name, now)?
                .ok_or_else(|| consumer_not_found(&format!("{name} under stream {}", stream.arn)))
        }
        _ => Err(Error::InvalidArgument(
            "Either ConsumerARN or both StreamARN and ConsumerName must be provided.".into(),
        )),
    }
}

/// RegisterStreamConsumer: names unique; consumers and queues share the stream's limit.
pub(crate) fn register(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &RegisterStreamConsumerInput,
    now: Timestamp,
) -> Result<RegisterStreamConsumerOutput> {
    let stream = stream_by_arn(tx, &input.stream_arn, now)?;
    require_active(&stream)?;
    tx.execute(
        "DELETE FROM consumers WHERE stream_id = ?1 AND status = 'DELETING' AND settles_ms <= ?2",
        params![stream.id, now.0],
    )?;
    let existing = rows(tx, &stream, now)?;
    if existing.iter().any(|c| c.name == input.consumer_name) {
        return Err(Error::ResourceInUse(format!(
            "Consumer {} under stream {} already exists for account {LOCAL_ACCOUNT}.",
            input.consumer_name, stream.arn
        )));
    }
    super::queues::check_consumer_limit(tx, &stream, existing.len(), now)?;
    let settles = now.0.saturating_add(options.register_consumer_ms);
    tx.execute(
        "INSERT INTO consumers (stream_id, name, created_ms, status, settles_ms)
         VALUES (?1, ?2, ?3, 'CREATING', ?4)",
        params![stream.id, input.consumer_name, now.0, settles],
    )?;
    let consumer = ConsumerRow {
        stream,
        name: input.consumer_name.clone(),
        created: now,
        status: status_at("CREATING", settles, now),
    };
    Ok(RegisterStreamConsumerOutput { consumer: consumer.to_model() })
}

/// DescribeStreamConsumer.
pub(crate) fn describe(
    tx: &Transaction<'_>,
    target: &ConsumerRef,
    now: Timestamp,
) -> Result<DescribeStreamConsumerOutput> {
    let c = resolve_consumer(tx, target, now)?;
    let m = c.to_model();
    Ok(DescribeStreamConsumerOutput {
        consumer_description: ConsumerDescription {
            consumer_name: m.consumer_name,
            consumer_arn: m.consumer_arn,
            consumer_status: m.consumer_status,
            consumer_creation_timestamp: m.consumer_creation_timestamp,
            stream_arn: c.stream.arn,
        },
    })
}

/// DeregisterStreamConsumer: DELETING for the configured time, then gone.
pub(crate) fn deregister(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    target: &ConsumerRef,
    now: Timestamp,
) -> Result<()> {
    let c = resolve_consumer(tx, target, now)?;
    if c.status == "DELETING" {
        return Err(Error::ResourceInUse(format!(
            "Consumer {} is already being deregistered.",
            c.arn()
        )));
    }
    if options.deregister_consumer_ms > 0 {
        tx.execute(
            "UPDATE consumers SET status = 'DELETING', settles_ms = ?3
             WHERE stream_id = ?1 AND name = ?2",
            params![c.stream.id, c.name, now.0.saturating_add(options.deregister_consumer_ms)],
        )?;
    } else {
        tx.execute(
            "DELETE FROM consumers WHERE stream_id = ?1 AND name = ?2",
            params![c.stream.id, c.name],
        )?;
    }
    // Its subscriptions end, and its policy goes with it.
    tx.execute(
        "DELETE FROM subscriptions WHERE stream_id = ?1 AND consumer = ?2",
        params![c.stream.id, c.name],
    )?;
    tx.execute("DELETE FROM policies WHERE resource_arn = ?1", [c.arn()])?;
    Ok(())
}

/// ListStreamConsumers: in registration order, `MaxResults` (100 by default) at a time; the
/// token carries the stream and the last name listed.
pub(crate) fn list(
    tx: &Transaction<'_>,
    secret: &[u8],
    input: &ListStreamConsumersInput,
    now: Timestamp,
) -> Result<ListStreamConsumersOutput> {
    let stream = stream_by_arn(tx, &input.stream_arn, now)?;
    if input.stream_creation_timestamp.is_some_and(|t| t != stream.created) {
        return Err(not_found(&stream.name));
    }
    let all = rows(tx, &stream, now)?;
    let start = match &input.next_token {
        None => 0,
        Some(t) => {
            let fields = token::decode(secret, t, 3, now)?;
            if fields[0] != stream.id.to_string() {
                return Err(Error::InvalidArgument(format!("Invalid NextToken: {t}")));
            }
            let (created, name) = (fields[1].parse::<i64>().unwrap_or(i64::MIN), &fields[2]);
            all.iter().take_while(|c| (c.created.0, &c.name) <= (created, name)).count()
        }
    };
    let limit = input.max_results.unwrap_or(100) as usize;
    let page: Vec<&ConsumerRow> = all.iter().skip(start).take(limit).collect();
    let next_token = match page.last() {
        Some(last) if start + page.len() < all.len() => {
            let fields = [stream.id.to_string(), last.created.0.to_string(), last.name.clone()];
            Some(token::encode(secret, &fields.each_ref().map(String::as_str), now))
        }
        _ => None,
    };
    Ok(ListStreamConsumersOutput {
        consumers: page.iter().map(|c| c.to_model()).collect(),
        next_token,
    })
}
