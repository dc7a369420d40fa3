//! Stream configuration: start- and stop-stream-encryption, update-stream-mode,
//! update-max-record-size, put-, get- and delete-resource-policy; describe- and
//! update-account-settings.

use crate::cli::{
    EncryptionArgs, PolicyTargetArgs, PutPolicyArgs, UpdateAccountSettingsArgs,
    UpdateDistributionArgs, UpdateMaxRecordSizeArgs, UpdateStreamModeArgs,
    UpdateWarmThroughputArgs,
};
use crate::commands::streams::{stream_mode_details, stream_ref};
use crate::commands::{Context, params, to_json};
use crate::error::{Error, Result};
use crate::model::*;

/// start- and stop-stream-encryption: print nothing, as aws-cli.
pub async fn encryption(ctx: &Context, a: EncryptionArgs, start: bool) -> Result<()> {
    params::min_len("KeyId", Some(&a.key_id), 1)?;
    let input = EncryptionInput {
        stream: stream_ref(a.stream)?,
        encryption_type: a.encryption_type,
        key_id: a.key_id,
    };
    if start {
        ctx.call(Action::StartStreamEncryption, input, |i| ctx.backend.start_stream_encryption(i))
            .await?;
    } else {
        ctx.call(Action::StopStreamEncryption, input, |i| ctx.backend.stop_stream_encryption(i))
            .await?;
    }
    ctx.print("StreamEncryption", None, None)
}

/// update-stream-mode: print nothing, as aws-cli.
pub async fn update_stream_mode(ctx: &Context, a: UpdateStreamModeArgs) -> Result<()> {
    params::min_len("StreamARN", Some(&a.stream_arn), 1)?;
    let input = UpdateStreamModeInput {
        stream_arn: a.stream_arn,
        stream_mode_details: stream_mode_details(&a.stream_mode_details)?,
        warm_throughput_mibps: a.warm_throughput_mibps,
    };
    ctx.call(Action::UpdateStreamMode, input, |i| ctx.backend.update_stream_mode(i)).await?;
    ctx.print("UpdateStreamMode", None, None)
}

/// update-stream-warm-throughput; `--output raw` prints the target.
pub async fn update_warm_throughput(ctx: &Context, a: UpdateWarmThroughputArgs) -> Result<()> {
    params::min_value("WarmThroughputMiBps", Some(a.warm_throughput_mibps), 0)?;
    let input = UpdateWarmThroughputInput {
        stream: stream_ref(a.stream)?,
        warm_throughput_mibps: a.warm_throughput_mibps,
    };
    let out = ctx
        .call(Action::UpdateStreamWarmThroughput, input, |i| {
            ctx.backend.update_stream_warm_throughput(i)
        })
        .await?;
    ctx.print(
        "UpdateStreamWarmThroughput",
        Some("WarmThroughput.TargetMiBps"),
        Some(to_json(&out)?),
    )
}

/// update-stream-record-distribution-strategy: print nothing, as aws-cli.
pub async fn update_distribution(ctx: &Context, a: UpdateDistributionArgs) -> Result<()> {
    params::min_len("StreamARN", Some(&a.stream_arn), 1)?;
    let input = UpdateDistributionInput {
        stream_arn: a.stream_arn,
        record_distribution_strategy: a.record_distribution_strategy,
    };
    ctx.call(Action::UpdateStreamRecordDistributionStrategy, input, |i| {
        ctx.backend.update_stream_record_distribution_strategy(i)
    })
    .await?;
    ctx.print("UpdateStreamRecordDistributionStrategy", None, None)
}

/// update-max-record-size: print nothing, as aws-cli.
pub async fn update_max_record_size(ctx: &Context, a: UpdateMaxRecordSizeArgs) -> Result<()> {
    params::min_len("StreamARN", Some(&a.stream_arn), 1)?;
    params::min_value("MaxRecordSizeInKiB", Some(a.max_record_size_in_kib), 1024)?;
    let input = UpdateMaxRecordSizeInput {
        stream_arn: Some(a.stream_arn),
        max_record_size_in_kib: a.max_record_size_in_kib,
    };
    ctx.call(Action::UpdateMaxRecordSize, input, |i| ctx.backend.update_max_record_size(i)).await?;
    ctx.print("UpdateMaxRecordSize", None, None)
}

/// put-resource-policy: print nothing, as aws-cli.
pub async fn put_policy(ctx: &Context, a: PutPolicyArgs) -> Result<()> {
    params::min_len("ResourceARN", Some(&a.resource_arn), 1)?;
    let input = PutResourcePolicyInput {
        resource_arn: a.resource_arn,
        policy: params::param_text("--policy", &a.policy)?,
    };
    ctx.call(Action::PutResourcePolicy, input, |i| ctx.backend.put_resource_policy(i)).await?;
    ctx.print("PutResourcePolicy", None, None)
}

/// get-resource-policy; `--output raw` prints the policy document.
pub async fn get_policy(ctx: &Context, a: PolicyTargetArgs) -> Result<()> {
    params::min_len("ResourceARN", Some(&a.resource_arn), 1)?;
    let input = ResourcePolicyInput { resource_arn: a.resource_arn };
    let out =
        ctx.call(Action::GetResourcePolicy, input, |i| ctx.backend.get_resource_policy(i)).await?;
    ctx.print("GetResourcePolicy", Some("Policy"), Some(to_json(&out)?))
}

/// delete-resource-policy: print nothing, as aws-cli.
pub async fn delete_policy(ctx: &Context, a: PolicyTargetArgs) -> Result<()> {
    params::min_len("ResourceARN", Some(&a.resource_arn), 1)?;
    let input = ResourcePolicyInput { resource_arn: a.resource_arn };
    ctx.call(Action::DeleteResourcePolicy, input, |i| ctx.backend.delete_resource_policy(i))
        .await?;
    ctx.print("DeleteResourcePolicy", None, None)
}

/// describe-account-settings; `--output raw` prints the commitment's status.
pub async fn account_settings(ctx: &Context) -> Result<()> {
    let out = ctx
        .call(Action::DescribeAccountSettings, DescribeAccountSettingsInput {}, |i| {
            ctx.backend.describe_account_settings(i)
        })
        .await?;
    ctx.print("DescribeAccountSettings", Some(COMMITMENT_STATUS), Some(to_json(&out)?))
}

/// update-account-settings; prints the settings as they now are.
pub async fn update_account_settings(ctx: &Context, a: UpdateAccountSettingsArgs) -> Result<()> {
    let flag = "--minimum-throughput-billing-commitment";
    let map = params::structure(flag, &a.minimum_throughput_billing_commitment)?;
    let status = serde_json::from_value::<CommitmentStatus>(serde_json::Value::Object(map))
        .map_err(|e| Error::ParamValidation(format!("Error parsing parameter '{flag}': {e}")))?;
    let input = UpdateAccountSettingsInput { minimum_throughput_billing_commitment: status };
    let out = ctx
        .call(Action::UpdateAccountSettings, input, |i| ctx.backend.update_account_settings(i))
        .await?;
    ctx.print("UpdateAccountSettings", Some(COMMITMENT_STATUS), Some(to_json(&out)?))
}

/// What `--output raw` prints of the account settings.
const COMMITMENT_STATUS: &str = "MinimumThroughputBillingCommitment.Status";
