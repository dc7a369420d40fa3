//! Stream configuration: StartStreamEncryption, StopStreamEncryption, UpdateStreamMode, and
//! the resource policies of streams and consumers (Put-, Get- and DeleteResourcePolicy).
//!
//! The engine keeps what these set and shows it where Kinesis does (describe-stream's
//! EncryptionType and KeyId, PutRecord's EncryptionType); it has no KMS, so records are not
//! encrypted on disk, and no IAM, so a policy is kept and returned but never enforced.

use rusqlite::{OptionalExtension, Transaction, params};

use crate::engine::consumers::resolve_consumer;
use crate::engine::options::EngineOptions;
use crate::engine::rows::*;
use crate::engine::throughput::{Throughput, daily_change};
use crate::error::{Error, Result};
use crate::model::limits::{
    COMMITMENT_TERM, MAX_POLICY_BYTES, MAX_WARM_THROUGHPUT_MIBPS, MODE_SWITCHES_PER_DAY,
    SSE_CHANGES_PER_DAY,
};
use crate::model::*;

/// Whether `key` names a KMS key as Kinesis accepts it: a key id (a UUID), a key ARN, an
/// alias name (`alias/…`, `alias/aws/kinesis` for the AWS managed key) or an alias ARN.
fn key_id_ok(key: &str) -> bool {
    let uuid = |s: &str| {
        let parts: Vec<&str> = s.split('-').collect();
        parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
            && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    let alias = |s: &str| {
        s.strip_prefix("alias/").is_some_and(|name| {
            !name.is_empty()
                && name.len() <= 250
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"/_-".contains(&b))
        })
    };
    if let Some(rest) = key.strip_prefix("arn:aws") {
        // arn:aws[-partition]:kms:<region>:<account>:key/<uuid> or …:alias/<name>
        let parts: Vec<&str> = rest.splitn(5, ':').collect();
        return parts.len() == 5
            && parts[1] == "kms"
            && !parts[2].is_empty()
            && parts[3].len() == 12
            && parts[3].bytes().all(|b| b.is_ascii_digit())
            && (parts[4].strip_prefix("key/").is_some_and(uuid) || alias(parts[4]));
    }
    uuid(key) || alias(key)
}

/// StartStreamEncryption (`start`) and StopStreamEncryption: the stream goes UPDATING, then
/// ACTIVE with the new setting.
pub(crate) fn encryption(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &EncryptionInput,
    start: bool,
    limits: Option<&Throughput>,
    now: Timestamp,
) -> Result<()> {
    let stream = resolve(tx, &input.stream, now)?;
    if input.encryption_type != "KMS" {
        return Err(Error::InvalidArgument(format!(
            "EncryptionType {} is not valid: only KMS can be {}.",
            input.encryption_type,
            if start { "started" } else { "stopped" }
        )));
    }
    if !key_id_ok(&input.key_id) {
        return Err(Error::InvalidArgument(format!(
            "KeyId {} is not a KMS key id, key ARN, alias name or alias ARN.",
            input.key_id
        )));
    }
    require_active(&stream)?;
    let verb = if start { "apply a new KMS key to" } else { "disable encryption of" };
    daily_change(limits, "sse", &stream.name, SSE_CHANGES_PER_DAY, now, || {
        format!(
            "You can {verb} stream {} under account {LOCAL_ACCOUNT} at most \
             {SSE_CHANGES_PER_DAY} times in a rolling 24-hour period.",
            stream.name
        )
    })?;
    let (kind, key) = if start { ("KMS", Some(input.key_id.as_str())) } else { ("NONE", None) };
    tx.execute(
        "UPDATE streams SET encryption_type = ?1, key_id = ?2 WHERE id = ?3",
        params![kind, key, stream.id],
    )?;
    mark_updating(tx, &stream, options, now)
}

/// Whether a stream of `mode` may have `mibps` of warm throughput: only on-demand streams,
/// only once the account's commitment is in force, and at most 10 GiB/s.
pub(crate) fn check_warm_throughput(
    tx: &Transaction<'_>,
    mode: &str,
    mibps: i64,
    now: Timestamp,
) -> Result<()> {
    if mode != "ON_DEMAND" {
        return Err(Error::InvalidArgument(
            "Provisioned capacity mode streams do not support warm throughput configuration."
                .into(),
        ));
    }
    if commitment(tx, now)?.status == "DISABLED" {
        return Err(Error::InvalidArgument(format!(
            "WarmThroughputMiBps can only be set once the account {LOCAL_ACCOUNT} has enabled \
             its MinimumThroughputBillingCommitment."
        )));
    }
    if mibps > MAX_WARM_THROUGHPUT_MIBPS {
        return Err(Error::LimitExceeded(format!(
            "WarmThroughputMiBps {mibps} exceeds the limit of {MAX_WARM_THROUGHPUT_MIBPS} MiBps \
             for an on-demand stream."
        )));
    }
    Ok(())
}

/// The write throughput in force on a stream: its warm throughput once reached, else what its
/// open shards take (1 MiB/s each).
fn throughput_in_force(tx: &Transaction<'_>, stream: &StreamRow) -> Result<i64> {
    if let Some(current) = stream.warm.as_ref().and_then(|w| w.current_mibps) {
        return Ok(current);
    }
    open_shards_of(tx, stream.id)
}

/// Sets a stream's warm throughput target: the stream goes UPDATING with what was in force,
/// and reaches the target when it is ACTIVE again.
fn set_warm(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    stream: &StreamRow,
    target: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let current = throughput_in_force(tx, stream)?;
    tx.execute(
        "UPDATE streams SET warm_target_mibps = ?1, warm_current_mibps = ?2 WHERE id = ?3",
        params![target, current, stream.id],
    )?;
    mark_updating(tx, stream, options, now)?;
    Ok(current)
}

/// UpdateStreamWarmThroughput.
pub(crate) fn update_warm_throughput(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &UpdateWarmThroughputInput,
    now: Timestamp,
) -> Result<UpdateWarmThroughputOutput> {
    let stream = resolve(tx, &input.stream, now)?;
    check_warm_throughput(tx, &stream.stream_mode, input.warm_throughput_mibps, now)?;
    require_active(&stream)?;
    let current = set_warm(tx, options, &stream, Some(input.warm_throughput_mibps), now)?;
    // With no time to take, the target is reached at once.
    let current = if options.update_stream_ms > 0 { current } else { input.warm_throughput_mibps };
    Ok(UpdateWarmThroughputOutput {
        stream_arn: stream.arn.clone(),
        stream_name: stream.name.clone(),
        warm_throughput: WarmThroughput {
            target_mibps: Some(input.warm_throughput_mibps),
            current_mibps: Some(current),
        },
    })
}

/// Whether a stream of `mode` may distribute its records by `strategy`: only an on-demand
/// stream chooses (a provisioned one routes by partition key, and says so when asked).
pub(crate) fn check_distribution(mode: &str, strategy: &str) -> Result<()> {
    if mode != "ON_DEMAND" && strategy != "USER_PARTITION_KEY" {
        return Err(Error::InvalidArgument(format!(
            "RecordDistributionStrategy {strategy} is not supported for streams in {mode} \
             capacity mode: only on-demand streams support it."
        )));
    }
    Ok(())
}

/// UpdateStreamRecordDistributionStrategy: takes effect at once (no UPDATING); records
/// already in the stream stay where they are.
pub(crate) fn update_distribution(
    tx: &Transaction<'_>,
    input: &UpdateDistributionInput,
    now: Timestamp,
) -> Result<()> {
    let stream = resolve(tx, &StreamRef::arn(&input.stream_arn), now)?;
    if stream.stream_mode != "ON_DEMAND" {
        return Err(Error::InvalidArgument(format!(
            "UpdateStreamRecordDistributionStrategy is only supported for on-demand streams; \
             stream {} under account {LOCAL_ACCOUNT} is in {} capacity mode.",
            stream.name, stream.stream_mode
        )));
    }
    require_active(&stream)?;
    tx.execute(
        "UPDATE streams SET distribution = ?1 WHERE id = ?2",
        params![input.record_distribution_strategy, stream.id],
    )?;
    Ok(())
}

/// UpdateStreamMode: PROVISIONED ↔ ON_DEMAND, the shards kept; UPDATING, then ACTIVE.
pub(crate) fn update_stream_mode(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &UpdateStreamModeInput,
    limits: Option<&Throughput>,
    now: Timestamp,
) -> Result<()> {
    let stream = resolve(tx, &StreamRef::arn(&input.stream_arn), now)?;
    let mode = input.stream_mode_details.stream_mode.as_str();
    if let Some(mibps) = input.warm_throughput_mibps {
        check_warm_throughput(tx, mode, mibps, now)?;
    }
    require_active(&stream)?;
    if stream.stream_mode == mode {
        return Err(Error::InvalidArgument(format!(
            "Stream {} under account {LOCAL_ACCOUNT} is already in {mode} mode.",
            stream.name
        )));
    }
    match mode {
        "ON_DEMAND" => check_on_demand_limit(tx)?,
        _ => super::queues::refuse_if_queued(tx, &stream, "switching it to PROVISIONED", now)?,
    }
    daily_change(limits, "mode", &stream.name, MODE_SWITCHES_PER_DAY, now, || {
        format!(
            "Stream {} under account {LOCAL_ACCOUNT} can switch its capacity mode at most \
             {MODE_SWITCHES_PER_DAY} times in a rolling 24-hour period.",
            stream.name
        )
    })?;
    // A provisioned stream routes by partition key.
    tx.execute(
        "UPDATE streams SET stream_mode = ?1,
             distribution = CASE WHEN ?1 = 'PROVISIONED' THEN 'USER_PARTITION_KEY'
                                 ELSE distribution END
         WHERE id = ?2",
        params![mode, stream.id],
    )?;
    // A provisioned stream has no warm throughput; an on-demand one has what was asked.
    set_warm(tx, options, &stream, input.warm_throughput_mibps, now).map(|_| ())
}

/// UpdateMaxRecordSize: the largest record the stream takes from now on (PutRecord,
/// PutRecords and the uploader follow it); UPDATING, then ACTIVE.
pub(crate) fn update_max_record_size(
    tx: &Transaction<'_>,
    options: &EngineOptions,
    input: &UpdateMaxRecordSizeInput,
    now: Timestamp,
) -> Result<()> {
    let target = StreamRef { stream_name: None, stream_arn: input.stream_arn.clone() };
    let stream = resolve(tx, &target, now)?;
    require_active(&stream)?;
    tx.execute(
        "UPDATE streams SET max_record_kib = ?1 WHERE id = ?2",
        params![input.max_record_size_in_kib, stream.id],
    )?;
    mark_updating(tx, &stream, options, now)
}

/// The stream a policy's resource belongs to, and the resource's ARN as stored: a stream
/// ARN, or a consumer's (which must exist).
fn policy_resource(tx: &Transaction<'_>, arn: &str, now: Timestamp) -> Result<(i64, String)> {
    if arn.contains("/consumer/") {
        let target = ConsumerRef { consumer_arn: Some(arn.to_string()), ..ConsumerRef::default() };
        let consumer = resolve_consumer(tx, &target, now)?;
        return Ok((consumer.stream.id, consumer.arn()));
    }
    if arn.split(':').nth(5).is_some_and(|r| r.starts_with("queue/")) {
        return Err(Error::ResourceNotFound(format!("Queue {arn} not found.")));
    }
    let stream = resolve(tx, &StreamRef::arn(arn), now)?;
    Ok((stream.id, stream.arn))
}

/// PutResourcePolicy: a JSON document of at most [`MAX_POLICY_BYTES`], replacing any other.
pub(crate) fn put_policy(
    tx: &Transaction<'_>,
    input: &PutResourcePolicyInput,
    now: Timestamp,
) -> Result<()> {
    let (stream_id, arn) = policy_resource(tx, &input.resource_arn, now)?;
    if input.policy.len() > MAX_POLICY_BYTES {
        return Err(Error::InvalidArgument(format!(
            "The policy is {} bytes long; a resource policy may be at most {MAX_POLICY_BYTES}.",
            input.policy.len()
        )));
    }
    match serde_json::from_str::<serde_json::Value>(&input.policy) {
        Ok(serde_json::Value::Object(_)) => {}
        _ => {
            return Err(Error::InvalidArgument(
                "The policy is not a valid JSON policy document.".into(),
            ));
        }
    }
    tx.execute(
        "INSERT INTO policies (resource_arn, stream_id, policy) VALUES (?1, ?2, ?3)
         ON CONFLICT (resource_arn) DO UPDATE SET policy = excluded.policy",
        params![arn, stream_id, input.policy],
    )?;
    Ok(())
}

/// GetResourcePolicy: the policy, or `{}` for a resource without one.
pub(crate) fn get_policy(
    tx: &Transaction<'_>,
    input: &ResourcePolicyInput,
    now: Timestamp,
) -> Result<GetResourcePolicyOutput> {
    let (_, arn) = policy_resource(tx, &input.resource_arn, now)?;
    let policy: Option<String> = tx
        .query_row("SELECT policy FROM policies WHERE resource_arn = ?1", [arn], |r| r.get(0))
        .optional()?;
    Ok(GetResourcePolicyOutput { policy: policy.unwrap_or_else(|| "{}".into()) })
}

/// DeleteResourcePolicy: the resource keeps no policy (none to delete is no error).
pub(crate) fn delete_policy(
    tx: &Transaction<'_>,
    input: &ResourcePolicyInput,
    now: Timestamp,
) -> Result<()> {
    let (_, arn) = policy_resource(tx, &input.resource_arn, now)?;
    tx.execute("DELETE FROM policies WHERE resource_arn = ?1", [arn])?;
    Ok(())
}

/// The commitment as stored in `meta`: when it started and when it ends (or ended).
fn commitment_times(tx: &Transaction<'_>) -> Result<(Option<i64>, Option<i64>)> {
    let get = |key: &str| -> Result<Option<i64>> {
        Ok(tx.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    };
    Ok((get("commitment_started_ms")?, get("commitment_ends_ms")?))
}

fn set_meta(tx: &Transaction<'_>, key: &str, value: Option<i64>) -> Result<()> {
    match value {
        Some(v) => tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, v],
        )?,
        None => tx.execute("DELETE FROM meta WHERE key = ?1", [key])?,
    };
    Ok(())
}

/// The commitment as of `now`.
fn commitment(tx: &Transaction<'_>, now: Timestamp) -> Result<MinimumThroughputBillingCommitment> {
    let term = COMMITMENT_TERM.as_millis() as i64;
    let (started, ends) = commitment_times(tx)?;
    let status = match (started, ends) {
        (None, _) => "DISABLED",
        (Some(_), None) => "ENABLED",
        (Some(_), Some(e)) if e > now.0 => "ENABLED_UNTIL_EARLIEST_ALLOWED_END",
        (Some(_), Some(_)) => "DISABLED",
    };
    Ok(MinimumThroughputBillingCommitment {
        status: status.into(),
        started_at: started.map(Timestamp),
        ended_at: ends.map(Timestamp),
        earliest_allowed_end_at: match (status, started) {
            ("DISABLED", _) | (_, None) => None,
            (_, Some(s)) => Some(Timestamp(s + term)),
        },
    })
}

/// DescribeAccountSettings.
pub(crate) fn account_settings(
    tx: &Transaction<'_>,
    now: Timestamp,
) -> Result<AccountSettingsOutput> {
    Ok(AccountSettingsOutput { minimum_throughput_billing_commitment: Some(commitment(tx, now)?) })
}

/// UpdateAccountSettings: enabling starts a commitment of at least [`COMMITMENT_TERM`]
/// (or keeps one that was to end); disabling ends it now, or at the end of its term.
pub(crate) fn update_account_settings(
    tx: &Transaction<'_>,
    input: &UpdateAccountSettingsInput,
    now: Timestamp,
) -> Result<AccountSettingsOutput> {
    let term = COMMITMENT_TERM.as_millis() as i64;
    let current = commitment(tx, now)?;
    match (input.minimum_throughput_billing_commitment.status.as_str(), current.status.as_str()) {
        ("ENABLED", "DISABLED") => {
            set_meta(tx, "commitment_started_ms", Some(now.0))?;
            set_meta(tx, "commitment_ends_ms", None)?;
        }
        ("ENABLED", _) => set_meta(tx, "commitment_ends_ms", None)?,
        ("DISABLED", "ENABLED") => {
            let started = current.started_at.map_or(now.0, |t| t.0);
            set_meta(tx, "commitment_ends_ms", Some(now.0.max(started + term)))?;
        }
        ("DISABLED", _) => {
            return Err(Error::InvalidArgument(format!(
                "The MinimumThroughputBillingCommitment of account {LOCAL_ACCOUNT} is not \
                 enabled."
            )));
        }
        (other, _) => {
            return Err(Error::InvalidArgument(format!(
                "MinimumThroughputBillingCommitment status {other} is not ENABLED or DISABLED."
            )));
        }
    }
    account_settings(tx, now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_ids_take_kms_forms() {
        for ok in [
            "1234abcd-12ab-34cd-56ef-1234567890ab",
            "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "alias/aws/kinesis",
            "alias/my-key",
            "arn:aws:kms:us-east-1:123456789012:alias/my-key",
            "arn:aws-cn:kms:cn-north-1:123456789012:alias/my_key",
        ] {
            assert!(key_id_ok(ok), "{ok}");
        }
        for bad in [
            "",
            "my-key",
            "alias/",
            "1234abcd-12ab-34cd-56ef",
            "arn:aws:kms:us-east-1:1234:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "arn:aws:s3:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "arn:aws:kms:us-east-1:123456789012:key/nope",
        ] {
            assert!(!key_id_ok(bad), "{bad}");
        }
    }
}
