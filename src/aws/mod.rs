//! The `Kinesis` trait on aws-sdk-kinesis: AWS itself, or any Kinesis-compatible endpoint.
//!
//! Configuration comes from the standard AWS chain (`--region`, `--profile`, `AWS_REGION`,
//! `AWS_PROFILE`, `AWS_ENDPOINT_URL(_KINESIS)`, config and credentials files) with
//! `BehaviorVersion::latest()` and standard retries. Service errors keep their Kinesis code
//! and message, so they print and exit exactly as the engine's do. This is the only module
//! that names `aws_sdk_*`.

mod client;
mod consumers;
mod convert;
mod h2c;
mod relay;
mod settings;

use async_trait::async_trait;

use crate::backend::{Kinesis, Subscription};
use crate::error::{Error, Result};
use crate::model::*;
use client::sdk;
pub use client::{AwsBackend, AwsOptions};
use convert::*;

/// Increase- and DecreaseStreamRetentionPeriod differ only in their operation.
macro_rules! retention {
    ($self:ident, $op:ident, $i:ident) => {{
        $self
            .client
            .$op()
            .set_stream_name($i.stream.stream_name)
            .set_stream_arn($i.stream.stream_arn)
            .retention_period_hours(int($i.retention_period_hours))
            .send()
            .await
            .map_err(sdk)?;
        Ok(())
    }};
}

/// Enable- and DisableEnhancedMonitoring differ only in their operation.
macro_rules! monitoring {
    ($self:ident, $op:ident, $i:ident) => {{
        let out = $self
            .client
            .$op()
            .set_stream_name($i.stream.stream_name)
            .set_stream_arn($i.stream.stream_arn)
            .set_shard_level_metrics(Some(
                $i.shard_level_metrics.iter().map(|m| m.as_str().into()).collect(),
            ))
            .send()
            .await
            .map_err(sdk)?;
        Ok(monitoring(
            out.stream_name(),
            out.current_shard_level_metrics(),
            out.desired_shard_level_metrics(),
            out.stream_arn(),
        ))
    }};
}

#[async_trait]
impl Kinesis for AwsBackend {
    async fn create_stream(&self, i: CreateStreamInput) -> Result<()> {
        let mode = i.stream_mode_details.map(stream_mode).transpose()?;
        self.client
            .create_stream()
            .stream_name(i.stream_name)
            .set_shard_count(i.shard_count.map(int))
            .set_stream_mode_details(mode)
            .set_tags(i.tags.map(|t| t.into_iter().collect()))
            .set_warm_throughput_mibps(i.warm_throughput_mibps.map(int))
            .set_max_record_size_in_kib(i.max_record_size_in_kib.map(int))
            .set_record_distribution_strategy(
                i.record_distribution_strategy.map(|s| s.as_str().into()),
            )
            .send()
            .await
            .map_err(sdk)?;
        Ok(())
    }

    async fn delete_stream(&self, i: DeleteStreamInput) -> Result<()> {
        self.client
            .delete_stream()
            .set_stream_name(i.stream.stream_name)
            .set_stream_arn(i.stream.stream_arn)
            .set_enforce_consumer_deletion(i.enforce_consumer_deletion)
            .send()
            .await
            .map_err(sdk)?;
        Ok(())
    }

    async fn describe_stream(&self, i: DescribeStreamInput) -> Result<DescribeStreamOutput> {
        let out = self
            .client
            .describe_stream()
            .set_stream_name(i.stream.stream_name)
            .set_stream_arn(i.stream.stream_arn)
            .set_limit(i.limit.map(int))
            .set_exclusive_start_shard_id(i.exclusive_start_shard_id)
            .send()
            .await
            .map_err(sdk)?;
        let d = out.stream_description().ok_or_else(|| missing("StreamDescription"))?;
        Ok(DescribeStreamOutput { stream_description: description(d) })
    }

    async fn describe_stream_summary(&self, s: StreamRef) -> Result<DescribeStreamSummaryOutput> {
        let out = self
            .client
            .describe_stream_summary()
            .set_stream_name(s.stream_name)
            .set_stream_arn(s.stream_arn)
            .send()
            .await
            .map_err(sdk)?;
        let d =
            out.stream_description_summary().ok_or_else(|| missing("StreamDescriptionSummary"))?;
        Ok(DescribeStreamSummaryOutput { stream_description_summary: summary(d) })
    }

    async fn list_streams(&self, i: ListStreamsInput) -> Result<ListStreamsOutput> {
        let out = self
            .client
            .list_streams()
            .set_limit(i.limit.map(int))
            .set_exclusive_start_stream_name(i.exclusive_start_stream_name)
            .set_next_token(i.next_token)
            .send()
            .await
            .map_err(sdk)?;
        Ok(ListStreamsOutput {
            stream_names: out.stream_names().to_vec(),
            has_more_streams: out.has_more_streams(),
            next_token: out.next_token().map(str::to_string),
            stream_summaries: out.stream_summaries().iter().map(stream_summary).collect(),
        })
    }

    async fn list_shards(&self, i: ListShardsInput) -> Result<ListShardsOutput> {
        let out = self
            .client
            .list_shards()
            .set_stream_name(i.stream.stream_name)
            .set_stream_arn(i.stream.stream_arn)
            .set_next_token(i.next_token)
            .set_exclusive_start_shard_id(i.exclusive_start_shard_id)
            .set_max_results(i.max_results.map(int))
            .set_stream_creation_timestamp(i.stream_creation_timestamp.map(date_time))
            .set_shard_filter(i.shard_filter.map(shard_filter).transpose()?)
            .send()
            .await
            .map_err(sdk)?;
        Ok(ListShardsOutput {
            shards: out.shards().iter().map(shard).collect(),
            next_token: out.next_token().map(str::to_string),
        })
    }

    async fn describe_limits(&self, _: DescribeLimitsInput) -> Result<DescribeLimitsOutput> {
        let out = self.client.describe_limits().send().await.map_err(sdk)?;
        Ok(DescribeLimitsOutput {
            shard_limit: out.shard_limit().into(),
            open_shard_count: out.open_shard_count().into(),
            on_demand_stream_count: out.on_demand_stream_count().into(),
            on_demand_stream_count_limit: out.on_demand_stream_count_limit().into(),
        })
    }

    async fn put_record(&self, i: PutRecordInput) -> Result<PutRecordOutput> {
        let out = self
            .client
            .put_record()
            .set_stream_name(i.stream.stream_name)
            .set_stream_arn(i.stream.stream_arn)
            .data(blob(i.data))
            .set_partition_key(i.partition_key)
            .set_dry_run(i.dry_run)
            .set_explicit_hash_key(i.explicit_hash_key)
            .set_sequence_number_for_ordering(i.sequence_number_for_ordering)
            .send()
            .await
            .map_err(sdk)?;
        Ok(PutRecordOutput {
            shard_id: out.shard_id().to_string(),
            sequence_number: out.sequence_number().to_string(),
            encryption_type: encryption(out.encryption_type()),
        })
    }

    async fn put_records(&self, i: PutRecordsInput) -> Result<PutRecordsOutput> {
        let entries = i.records.into_iter().map(put_entry).collect::<Result<Vec<_>>>()?;
        let out = self
            .client
            .put_records()
            .set_stream_name(i.stream.stream_name)
            .set_stream_arn(i.stream.stream_arn)
            .set_records(Some(entries))
            .set_dry_run(i.dry_run)
            .send()
            .await
            .map_err(sdk)?;
        Ok(PutRecordsOutput {
            failed_record_count: out.failed_record_count().map_or(0, i64::from),
            encryption_type: encryption(out.encryption_type()),
            records: out.records.into_iter().map(put_result).collect(),
        })
    }

    async fn get_shard_iterator(&self, i: GetShardIteratorInput) -> Result<GetShardIteratorOutput> {
        let out = self
            .client
            .get_shard_iterator()
            .set_stream_name(i.stream.stream_name)
            .set_stream_arn(i.stream.stream_arn)
            .shard_id(i.shard_id)
            .shard_iterator_type(iterator_type(i.shard_iterator_type))
            .set_dry_run(i.dry_run)
            .set_starting_sequence_number(i.starting_sequence_number)
            .set_timestamp(i.timestamp.map(date_time))
            .send()
            .await
            .map_err(sdk)?;
        let it = out.shard_iterator().ok_or_else(|| missing("ShardIterator"))?;
        Ok(GetShardIteratorOutput { shard_iterator: it.to_string() })
    }

    async fn get_records(&self, i: GetRecordsInput) -> Result<GetRecordsOutput> {
        let out = self
            .client
            .get_records()
            .shard_iterator(i.shard_iterator)
            .set_limit(i.limit.map(int))
            .set_stream_arn(i.stream_arn)
            .set_dry_run(i.dry_run)
            .send()
            .await
            .map_err(sdk)?;
        let children: Vec<ChildShard> = out.child_shards().iter().map(child_shard).collect();
        Ok(GetRecordsOutput {
            millis_behind_latest: out.millis_behind_latest().unwrap_or(0),
            child_shards: (!children.is_empty()).then_some(children),
            // Moved, not copied: a page is up to 10 000 records.
            records: out.records.into_iter().map(record).collect(),
            next_shard_iterator: out.next_shard_iterator,
        })
    }

    async fn split_shard(&self, i: SplitShardInput) -> Result<()> {
        self.client
            .split_shard()
            .set_stream_name(i.stream.stream_name)
            .set_stream_arn(i.stream.stream_arn)
            .shard_to_split(i.shard_to_split)
            .new_starting_hash_key(i.new_starting_hash_key)
            .send()
            .await
            .map_err(sdk)?;
        Ok(())
    }

    async fn merge_shards(&self, i: MergeShardsInput) -> Result<()> {
        self.client
            .merge_shards()
            .set_stream_name(i.stream.stream_name)
            .set_stream_arn(i.stream.stream_arn)
            .shard_to_merge(i.shard_to_merge)
            .adjacent_shard_to_merge(i.adjacent_shard_to_merge)
            .send()
            .await
            .map_err(sdk)?;
        Ok(())
    }

    async fn update_shard_count(&self, i: UpdateShardCountInput) -> Result<UpdateShardCountOutput> {
        let out = self
            .client
            .update_shard_count()
            .set_stream_name(i.stream.stream_name)
            .set_stream_arn(i.stream.stream_arn)
            .target_shard_count(int(i.target_shard_count))
            .scaling_type(i.scaling_type.as_str().into())
            .send()
            .await
            .map_err(sdk)?;
        Ok(UpdateShardCountOutput {
            stream_name: out.stream_name().unwrap_or_default().to_string(),
            current_shard_count: out.current_shard_count().map_or(0, i64::from),
            target_shard_count: out.target_shard_count().map_or(0, i64::from),
            stream_arn: out.stream_arn().unwrap_or_default().to_string(),
        })
    }

    async fn increase_stream_retention_period(&self, i: RetentionInput) -> Result<()> {
        retention!(self, increase_stream_retention_period, i)
    }

    async fn decrease_stream_retention_period(&self, i: RetentionInput) -> Result<()> {
        retention!(self, decrease_stream_retention_period, i)
    }

    async fn enable_enhanced_monitoring(&self, i: MonitoringInput) -> Result<MonitoringOutput> {
        monitoring!(self, enable_enhanced_monitoring, i)
    }

    async fn disable_enhanced_monitoring(&self, i: MonitoringInput) -> Result<MonitoringOutput> {
        monitoring!(self, disable_enhanced_monitoring, i)
    }

    async fn add_tags_to_stream(&self, i: AddTagsInput) -> Result<()> {
        self.client
            .add_tags_to_stream()
            .set_stream_name(i.stream.stream_name)
            .set_stream_arn(i.stream.stream_arn)
            .set_tags(Some(i.tags.into_iter().collect()))
            .send()
            .await
            .map_err(sdk)?;
        Ok(())
    }

    async fn remove_tags_from_stream(&self, i: RemoveTagsInput) -> Result<()> {
        self.client
            .remove_tags_from_stream()
            .set_stream_name(i.stream.stream_name)
            .set_stream_arn(i.stream.stream_arn)
            .set_tag_keys(Some(i.tag_keys))
            .send()
            .await
            .map_err(sdk)?;
        Ok(())
    }

    async fn list_tags_for_stream(
        &self,
        i: ListTagsForStreamInput,
    ) -> Result<ListTagsForStreamOutput> {
        let out = self
            .client
            .list_tags_for_stream()
            .set_stream_name(i.stream.stream_name)
            .set_stream_arn(i.stream.stream_arn)
            .set_exclusive_start_tag_key(i.exclusive_start_tag_key)
            .set_limit(i.limit.map(int))
            .send()
            .await
            .map_err(sdk)?;
        Ok(ListTagsForStreamOutput {
            tags: out.tags().iter().map(tag).collect(),
            has_more_tags: out.has_more_tags(),
        })
    }

    async fn tag_resource(&self, i: TagResourceInput) -> Result<()> {
        self.client
            .tag_resource()
            .resource_arn(i.resource_arn)
            .set_tags(Some(i.tags.into_iter().collect()))
            .send()
            .await
            .map_err(sdk)?;
        Ok(())
    }

    async fn untag_resource(&self, i: UntagResourceInput) -> Result<()> {
        self.client
            .untag_resource()
            .resource_arn(i.resource_arn)
            .set_tag_keys(Some(i.tag_keys))
            .send()
            .await
            .map_err(sdk)?;
        Ok(())
    }

    async fn list_tags_for_resource(
        &self,
        i: ListTagsForResourceInput,
    ) -> Result<ListTagsForResourceOutput> {
        let out = self
            .client
            .list_tags_for_resource()
            .resource_arn(i.resource_arn)
            .send()
            .await
            .map_err(sdk)?;
        Ok(ListTagsForResourceOutput { tags: out.tags().iter().map(tag).collect() })
    }

    async fn register_stream_consumer(
        &self,
        i: RegisterStreamConsumerInput,
    ) -> Result<RegisterStreamConsumerOutput> {
        consumers::register(&self.client, i).await
    }

    async fn describe_stream_consumer(
        &self,
        i: ConsumerRef,
    ) -> Result<DescribeStreamConsumerOutput> {
        consumers::describe(&self.client, i).await
    }

    async fn list_stream_consumers(
        &self,
        i: ListStreamConsumersInput,
    ) -> Result<ListStreamConsumersOutput> {
        consumers::list(&self.client, i).await
    }

    async fn start_stream_encryption(&self, i: EncryptionInput) -> Result<()> {
        settings::encryption(&self.client, i, true).await
    }

    async fn stop_stream_encryption(&self, i: EncryptionInput) -> Result<()> {
        settings::encryption(&self.client, i, false).await
    }

    async fn update_stream_mode(&self, i: UpdateStreamModeInput) -> Result<()> {
        settings::update_stream_mode(&self.client, i).await
    }

    async fn update_stream_warm_throughput(
        &self,
        i: UpdateWarmThroughputInput,
    ) -> Result<UpdateWarmThroughputOutput> {
        settings::update_warm_throughput(&self.client, i).await
    }

    async fn update_stream_record_distribution_strategy(
        &self,
        i: UpdateDistributionInput,
    ) -> Result<()> {
        settings::update_distribution(&self.client, i).await
    }

    async fn update_max_record_size(&self, i: UpdateMaxRecordSizeInput) -> Result<()> {
        settings::update_max_record_size(&self.client, i).await
    }

    async fn put_resource_policy(&self, i: PutResourcePolicyInput) -> Result<()> {
        settings::put_policy(&self.client, i).await
    }

    async fn get_resource_policy(&self, i: ResourcePolicyInput) -> Result<GetResourcePolicyOutput> {
        settings::get_policy(&self.client, i).await
    }

    async fn delete_resource_policy(&self, i: ResourcePolicyInput) -> Result<()> {
        settings::delete_policy(&self.client, i).await
    }

    async fn describe_account_settings(
        &self,
        _: DescribeAccountSettingsInput,
    ) -> Result<AccountSettingsOutput> {
        settings::account_settings(&self.client).await
    }

    async fn update_account_settings(
        &self,
        i: UpdateAccountSettingsInput,
    ) -> Result<AccountSettingsOutput> {
        settings::update_account_settings(&self.client, i).await
    }

    async fn create_channel(&self, i: ChannelDocument) -> Result<ChannelDocument> {
        relay::create(&self.client, i).await
    }

    async fn describe_channel(&self, i: ChannelDocument) -> Result<ChannelDocument> {
        relay::describe(&self.client, i).await
    }

    async fn list_channels(&self, i: ChannelDocument) -> Result<ChannelDocument> {
        relay::list(&self.client, i).await
    }

    async fn update_channel(&self, i: ChannelDocument) -> Result<ChannelDocument> {
        relay::update(&self.client, i).await
    }

    async fn delete_channel(&self, i: ChannelDocument) -> Result<()> {
        relay::delete(&self.client, i).await
    }

    async fn create_queue(&self, i: CreateQueueInput) -> Result<QueueDescriptionOutput> {
        relay::queue(&self.client, Action::CreateQueue, &i).await
    }

    async fn describe_queue(&self, i: QueueRef) -> Result<QueueDescriptionOutput> {
        relay::queue(&self.client, Action::DescribeQueue, &i).await
    }

    async fn list_queues(&self, i: ListQueuesInput) -> Result<ListQueuesOutput> {
        relay::queue(&self.client, Action::ListQueues, &i).await
    }

    async fn update_queue(&self, i: UpdateQueueInput) -> Result<QueueDescriptionOutput> {
        relay::queue(&self.client, Action::UpdateQueue, &i).await
    }

    async fn receive_queue_records(
        &self,
        i: ReceiveQueueRecordsInput,
    ) -> Result<ReceiveQueueRecordsOutput> {
        relay::queue(&self.client, Action::ReceiveQueueRecords, &i).await
    }

    async fn acknowledge_queue_records(&self, i: QueueReceiptsInput) -> Result<QueueEntriesOutput> {
        relay::queue(&self.client, Action::AcknowledgeQueueRecords, &i).await
    }

    async fn update_queue_records_visibility(
        &self,
        i: QueueVisibilityInput,
    ) -> Result<QueueEntriesOutput> {
        relay::queue(&self.client, Action::UpdateQueueRecordsVisibility, &i).await
    }

    async fn receive_dead_letter_queue_records(
        &self,
        i: ReceiveQueueRecordsInput,
    ) -> Result<ReceiveQueueRecordsOutput> {
        relay::queue(&self.client, Action::ReceiveDeadLetterQueueRecords, &i).await
    }

    async fn acknowledge_dead_letter_queue_records(
        &self,
        i: QueueReceiptsInput,
    ) -> Result<QueueEntriesOutput> {
        relay::queue(&self.client, Action::AcknowledgeDeadLetterQueueRecords, &i).await
    }

    async fn update_dead_letter_queue_records_visibility(
        &self,
        i: QueueVisibilityInput,
    ) -> Result<QueueEntriesOutput> {
        relay::queue(&self.client, Action::UpdateDeadLetterQueueRecordsVisibility, &i).await
    }

    async fn restore_dead_letter_queue_records(
        &self,
        i: QueueReceiptsInput,
    ) -> Result<QueueEntriesOutput> {
        relay::queue(&self.client, Action::RestoreDeadLetterQueueRecords, &i).await
    }

    async fn delete_queue(&self, i: QueueRef) -> Result<()> {
        relay::queue::<_, serde_json::Value>(&self.client, Action::DeleteQueue, &i)
            .await
            .map(|_| ())
    }

    async fn deregister_stream_consumer(&self, i: ConsumerRef) -> Result<()> {
        consumers::deregister(&self.client, i).await
    }

    async fn subscribe_to_shard(&self, i: SubscribeToShardInput) -> Result<Subscription> {
        consumers::subscribe(&self.client, i).await
    }

    async fn stream_metrics(&self, _stream: StreamRef) -> Result<StreamMetricsOutput> {
        Err(Error::Config(
            "metrics are counted by the embedded engine only; on AWS, shard-level metrics are in \
             CloudWatch (enable them with enable-enhanced-monitoring)"
                .into(),
        ))
    }
}
