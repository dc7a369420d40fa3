//! The `Kinesis` trait: one async method per API action, model types in and out.
//!
//! The embedded engine and the aws-sdk-kinesis adapter implement it; the server serves any
//! implementation; commands see nothing else. Every method answers exactly what the Kinesis
//! action would, errors included.

use async_trait::async_trait;

use crate::error::Result;
use crate::model::*;

/// A Kinesis Data Streams service.
#[async_trait]
pub trait Kinesis: Send + Sync {
    /// CreateStream.
    async fn create_stream(&self, input: CreateStreamInput) -> Result<()>;
    /// DeleteStream.
    async fn delete_stream(&self, input: DeleteStreamInput) -> Result<()>;
    /// DescribeStream: one page of shards.
    async fn describe_stream(&self, input: DescribeStreamInput) -> Result<DescribeStreamOutput>;
    /// DescribeStreamSummary.
    async fn describe_stream_summary(
        &self,
        stream: StreamRef,
    ) -> Result<DescribeStreamSummaryOutput>;
    /// ListStreams: one page.
    async fn list_streams(&self, input: ListStreamsInput) -> Result<ListStreamsOutput>;
    /// ListShards: one page.
    async fn list_shards(&self, input: ListShardsInput) -> Result<ListShardsOutput>;
    /// DescribeLimits.
    async fn describe_limits(&self) -> Result<DescribeLimitsOutput>;
    /// PutRecord.
    async fn put_record(&self, input: PutRecordInput) -> Result<PutRecordOutput>;
    /// PutRecords: per-record results; a failed record is reported, not raised.
    async fn put_records(&self, input: PutRecordsInput) -> Result<PutRecordsOutput>;
    /// GetShardIterator.
    async fn get_shard_iterator(
        &self,
        input: GetShardIteratorInput,
    ) -> Result<GetShardIteratorOutput>;
    /// GetRecords.
    async fn get_records(&self, input: GetRecordsInput) -> Result<GetRecordsOutput>;
    /// SplitShard.
    async fn split_shard(&self, input: SplitShardInput) -> Result<()>;
    /// MergeShards.
    async fn merge_shards(&self, input: MergeShardsInput) -> Result<()>;
    /// UpdateShardCount.
    async fn update_shard_count(
        &self,
        input: UpdateShardCountInput,
    ) -> Result<UpdateShardCountOutput>;
    /// IncreaseStreamRetentionPeriod.
    async fn increase_stream_retention_period(&self, input: RetentionInput) -> Result<()>;
    /// DecreaseStreamRetentionPeriod.
    async fn decrease_stream_retention_period(&self, input: RetentionInput) -> Result<()>;
    /// EnableEnhancedMonitoring.
    async fn enable_enhanced_monitoring(&self, input: MonitoringInput) -> Result<MonitoringOutput>;
    /// DisableEnhancedMonitoring.
    async fn disable_enhanced_monitoring(&self, input: MonitoringInput)
    -> Result<MonitoringOutput>;
    /// AddTagsToStream.
    async fn add_tags_to_stream(&self, input: AddTagsInput) -> Result<()>;
    /// RemoveTagsFromStream.
    async fn remove_tags_from_stream(&self, input: RemoveTagsInput) -> Result<()>;
    /// ListTagsForStream.
    async fn list_tags_for_stream(
        &self,
        input: ListTagsForStreamInput,
    ) -> Result<ListTagsForStreamOutput>;
    /// TagResource.
    async fn tag_resource(&self, input: TagResourceInput) -> Result<()>;
    /// UntagResource.
    async fn untag_resource(&self, input: UntagResourceInput) -> Result<()>;
    /// ListTagsForResource.
    async fn list_tags_for_resource(
        &self,
        input: ListTagsForResourceInput,
    ) -> Result<ListTagsForResourceOutput>;
    /// Per-shard traffic counts (beyond Kinesis: the engine's stand-in for CloudWatch; other
    /// backends answer that they have none).
    async fn stream_metrics(&self, stream: StreamRef) -> Result<StreamMetricsOutput>;
}
