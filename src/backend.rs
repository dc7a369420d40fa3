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
}
