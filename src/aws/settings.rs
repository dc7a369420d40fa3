//! Stream configuration through aws-sdk-kinesis: encryption, the capacity mode, resource
//! policies; the account's settings.

use aws_sdk_kinesis::Client;
use aws_sdk_kinesis::types as sdk;

use super::convert::*;
use super::sdk as sdk_error;
use crate::error::Result;
use crate::model::*;

/// Start- and StopStreamEncryption differ only in their operation.
macro_rules! encryption {
    ($client:ident, $op:ident, $i:ident) => {
        $client
            .$op()
            .set_stream_name($i.stream.stream_name)
            .set_stream_arn($i.stream.stream_arn)
            .encryption_type($i.encryption_type.as_str().into())
            .key_id($i.key_id)
            .send()
            .await
            .map(|_| ())
            .map_err(sdk_error)
    };
}

/// StartStreamEncryption (`start`) or StopStreamEncryption.
pub async fn encryption(client: &Client, i: EncryptionInput, start: bool) -> Result<()> {
    if start {
        encryption!(client, start_stream_encryption, i)
    } else {
        encryption!(client, stop_stream_encryption, i)
    }
}

/// UpdateStreamMode.
pub async fn update_stream_mode(client: &Client, i: UpdateStreamModeInput) -> Result<()> {
    client
        .update_stream_mode()
        .stream_arn(i.stream_arn)
        .stream_mode_details(stream_mode(i.stream_mode_details)?)
        .set_warm_throughput_mibps(i.warm_throughput_mibps.map(int))
        .send()
        .await
        .map_err(sdk_error)?;
    Ok(())
}

/// UpdateStreamWarmThroughput.
pub async fn update_warm_throughput(
    client: &Client,
    i: UpdateWarmThroughputInput,
) -> Result<UpdateWarmThroughputOutput> {
    let out = client
        .update_stream_warm_throughput()
        .set_stream_name(i.stream.stream_name)
        .set_stream_arn(i.stream.stream_arn)
        .warm_throughput_mibps(int(i.warm_throughput_mibps))
        .send()
        .await
        .map_err(sdk_error)?;
    let warm = out.warm_throughput();
    Ok(UpdateWarmThroughputOutput {
        stream_arn: out.stream_arn().unwrap_or_default().to_string(),
        stream_name: out.stream_name().unwrap_or_default().to_string(),
        warm_throughput: WarmThroughput {
            target_mibps: warm.and_then(|w| w.target_mibps()).map(i64::from),
            current_mibps: warm.and_then(|w| w.current_mibps()).map(i64::from),
        },
    })
}

/// UpdateStreamRecordDistributionStrategy.
pub async fn update_distribution(client: &Client, i: UpdateDistributionInput) -> Result<()> {
    client
        .update_stream_record_distribution_strategy()
        .stream_arn(i.stream_arn)
        .record_distribution_strategy(i.record_distribution_strategy.as_str().into())
        .send()
        .await
        .map_err(sdk_error)?;
    Ok(())
}

/// UpdateMaxRecordSize.
pub async fn update_max_record_size(client: &Client, i: UpdateMaxRecordSizeInput) -> Result<()> {
    client
        .update_max_record_size()
        .set_stream_arn(i.stream_arn)
        .max_record_size_in_kib(int(i.max_record_size_in_kib))
        .send()
        .await
        .map_err(sdk_error)?;
    Ok(())
}

/// PutResourcePolicy.
pub async fn put_policy(client: &Client, i: PutResourcePolicyInput) -> Result<()> {
    client
        .put_resource_policy()
        .resource_arn(i.resource_arn)
        .policy(i.policy)
        .send()
        .await
        .map_err(sdk_error)?;
    Ok(())
}

/// GetResourcePolicy.
pub async fn get_policy(
    client: &Client,
    i: ResourcePolicyInput,
) -> Result<GetResourcePolicyOutput> {
    let out = client
        .get_resource_policy()
        .resource_arn(i.resource_arn)
        .send()
        .await
        .map_err(sdk_error)?;
    Ok(GetResourcePolicyOutput { policy: out.policy().to_string() })
}

/// DeleteResourcePolicy.
pub async fn delete_policy(client: &Client, i: ResourcePolicyInput) -> Result<()> {
    client.delete_resource_policy().resource_arn(i.resource_arn).send().await.map_err(sdk_error)?;
    Ok(())
}

fn commitment(
    c: &sdk::MinimumThroughputBillingCommitmentOutput,
) -> MinimumThroughputBillingCommitment {
    MinimumThroughputBillingCommitment {
        status: c.status().as_str().to_string(),
        started_at: c.started_at().map(timestamp),
        ended_at: c.ended_at().map(timestamp),
        earliest_allowed_end_at: c.earliest_allowed_end_at().map(timestamp),
    }
}

/// DescribeAccountSettings.
pub async fn account_settings(client: &Client) -> Result<AccountSettingsOutput> {
    let out = client.describe_account_settings().send().await.map_err(sdk_error)?;
    Ok(AccountSettingsOutput {
        minimum_throughput_billing_commitment: out
            .minimum_throughput_billing_commitment()
            .map(commitment),
    })
}

/// UpdateAccountSettings.
pub async fn update_account_settings(
    client: &Client,
    i: UpdateAccountSettingsInput,
) -> Result<AccountSettingsOutput> {
    let asked = sdk::MinimumThroughputBillingCommitmentInput::builder()
        .status(i.minimum_throughput_billing_commitment.status.as_str().into())
        .build()
        .map_err(|e| crate::error::Error::ParamValidation(e.to_string()))?;
    let out = client
        .update_account_settings()
        .minimum_throughput_billing_commitment(asked)
        .send()
        .await
        .map_err(sdk_error)?;
    Ok(AccountSettingsOutput {
        minimum_throughput_billing_commitment: out
            .minimum_throughput_billing_commitment()
            .map(commitment),
    })
}
