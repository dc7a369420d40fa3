//! Conversions between aws-sdk-kinesis types and the model's.

use aws_sdk_kinesis::primitives::{Blob as SdkBlob, DateTime};
use aws_sdk_kinesis::types as sdk;

use crate::error::{Error, Result};
use crate::model::*;

/// Kinesis integers are 32-bit on the wire; larger values saturate (and are then rejected by
/// the service's own range checks).
pub fn int(n: i64) -> i32 {
    n.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
}

/// A model time as the SDK's.
pub fn date_time(t: Timestamp) -> DateTime {
    DateTime::from_millis(t.0)
}

/// An SDK time as the model's.
pub fn timestamp(t: &DateTime) -> Timestamp {
    Timestamp(t.to_millis().unwrap_or_default())
}

/// A model blob as the SDK's.
pub fn blob(b: Blob) -> SdkBlob {
    SdkBlob::new(b.0)
}

/// An answer that lacks a member the service always sends.
pub fn missing(member: &str) -> Error {
    Error::Internal(format!("the service's answer has no {member}"))
}

/// `NONE` is reported by leaving the member out, as the engine does.
pub fn encryption(e: Option<&sdk::EncryptionType>) -> Option<String> {
    e.map(|e| e.as_str().to_string()).filter(|e| e != "NONE")
}

fn range(r: Option<&sdk::HashKeyRange>) -> HashKeyRange {
    let parse = |s: &str| s.parse::<u128>().unwrap_or_default();
    r.map_or(HashKeyRange { start: 0, end: 0 }, |r| HashKeyRange {
        start: parse(r.starting_hash_key()),
        end: parse(r.ending_hash_key()),
    })
}

/// A shard.
pub fn shard(s: &sdk::Shard) -> Shard {
    let seq = s.sequence_number_range();
    Shard {
        shard_id: s.shard_id().to_string(),
        parent_shard_id: s.parent_shard_id().map(str::to_string),
        adjacent_parent_shard_id: s.adjacent_parent_shard_id().map(str::to_string),
        hash_key_range: range(s.hash_key_range()),
        sequence_number_range: SequenceNumberRange {
            starting_sequence_number: seq
                .map(|r| r.starting_sequence_number().to_string())
                .unwrap_or_default(),
            ending_sequence_number: seq
                .and_then(|r| r.ending_sequence_number())
                .map(str::to_string),
        },
    }
}

fn status(s: &sdk::StreamStatus) -> StreamStatus {
    StreamStatus::parse(s.as_str()).unwrap_or(StreamStatus::Active)
}

fn mode(m: Option<&sdk::StreamModeDetails>) -> Option<StreamModeDetails> {
    m.map(|m| StreamModeDetails { stream_mode: m.stream_mode().as_str().to_string() })
}

fn metrics(m: &[sdk::EnhancedMetrics]) -> Vec<EnhancedMetrics> {
    m.iter()
        .map(|e| EnhancedMetrics {
            shard_level_metrics: e
                .shard_level_metrics()
                .iter()
                .map(|n| n.as_str().to_string())
                .collect(),
        })
        .collect()
}

/// A stream description.
pub fn description(d: &sdk::StreamDescription) -> StreamDescription {
    StreamDescription {
        shards: d.shards().iter().map(shard).collect(),
        stream_arn: d.stream_arn().to_string(),
        stream_name: d.stream_name().to_string(),
        stream_status: status(d.stream_status()),
        stream_mode_details: mode(d.stream_mode_details()),
        retention_period_hours: d.retention_period_hours().into(),
        enhanced_monitoring: metrics(d.enhanced_monitoring()),
        encryption_type: d.encryption_type().map(|e| e.as_str().to_string()),
        key_id: d.key_id().map(str::to_string),
        stream_creation_timestamp: timestamp(d.stream_creation_timestamp()),
        has_more_shards: d.has_more_shards(),
    }
}

/// A stream description summary.
pub fn summary(d: &sdk::StreamDescriptionSummary) -> StreamDescriptionSummary {
    StreamDescriptionSummary {
        stream_name: d.stream_name().to_string(),
        stream_arn: d.stream_arn().to_string(),
        stream_status: status(d.stream_status()),
        stream_mode_details: mode(d.stream_mode_details()),
        retention_period_hours: d.retention_period_hours().into(),
        stream_creation_timestamp: timestamp(d.stream_creation_timestamp()),
        enhanced_monitoring: metrics(d.enhanced_monitoring()),
        encryption_type: d.encryption_type().map(|e| e.as_str().to_string()),
        key_id: d.key_id().map(str::to_string),
        open_shard_count: d.open_shard_count().into(),
        consumer_count: d.consumer_count().map(i64::from),
        // aws-sdk-kinesis 1.130 does not read QueueCount yet.
        queue_count: None,
        warm_throughput: d.warm_throughput().map(|w| WarmThroughput {
            target_mibps: w.target_mibps().map(i64::from),
            current_mibps: w.current_mibps().map(i64::from),
        }),
        max_record_size_in_kib: d.max_record_size_in_kib().map(i64::from),
        record_distribution_strategy: d
            .record_distribution_strategy()
            .map(|s| s.as_str().to_string()),
    }
}

/// A stream in a listing.
pub fn stream_summary(s: &sdk::StreamSummary) -> StreamSummary {
    StreamSummary {
        stream_name: s.stream_name().to_string(),
        stream_arn: s.stream_arn().to_string(),
        stream_status: status(s.stream_status()),
        stream_mode_details: mode(s.stream_mode_details()),
        stream_creation_timestamp: s.stream_creation_timestamp().map(timestamp),
    }
}

/// A stream mode for CreateStream.
pub fn stream_mode(m: StreamModeDetails) -> Result<sdk::StreamModeDetails> {
    sdk::StreamModeDetails::builder()
        .stream_mode(m.stream_mode.as_str().into())
        .build()
        .map_err(|e| Error::ParamValidation(e.to_string()))
}

/// A ListShards filter.
pub fn shard_filter(f: ShardFilter) -> Result<sdk::ShardFilter> {
    let kind =
        serde_json::to_value(f.filter_type).ok().and_then(|v| v.as_str().map(str::to_string));
    sdk::ShardFilter::builder()
        .r#type(kind.unwrap_or_default().as_str().into())
        .set_shard_id(f.shard_id)
        .set_timestamp(f.timestamp.map(date_time))
        .build()
        .map_err(|e| Error::ParamValidation(e.to_string()))
}

/// A PutRecords entry.
pub fn put_entry(e: PutRecordsRequestEntry) -> Result<sdk::PutRecordsRequestEntry> {
    sdk::PutRecordsRequestEntry::builder()
        .data(blob(e.data))
        .set_partition_key(e.partition_key)
        .set_explicit_hash_key(e.explicit_hash_key)
        .build()
        .map_err(|e| Error::ParamValidation(e.to_string()))
}

/// A PutRecords result.
pub fn put_result(r: sdk::PutRecordsResultEntry) -> PutRecordsResultEntry {
    PutRecordsResultEntry {
        sequence_number: r.sequence_number,
        shard_id: r.shard_id,
        error_code: r.error_code,
        error_message: r.error_message,
    }
}

/// An iterator type.
pub fn iterator_type(t: ShardIteratorType) -> sdk::ShardIteratorType {
    match t {
        ShardIteratorType::AtSequenceNumber => sdk::ShardIteratorType::AtSequenceNumber,
        ShardIteratorType::AfterSequenceNumber => sdk::ShardIteratorType::AfterSequenceNumber,
        ShardIteratorType::AtTimestamp => sdk::ShardIteratorType::AtTimestamp,
        ShardIteratorType::TrimHorizon => sdk::ShardIteratorType::TrimHorizon,
        ShardIteratorType::Latest => sdk::ShardIteratorType::Latest,
    }
}

/// A record.
pub fn record(r: sdk::Record) -> Record {
    Record {
        approximate_arrival_timestamp: r
            .approximate_arrival_timestamp()
            .map(timestamp)
            .unwrap_or(Timestamp(0)),
        encryption_type: encryption(r.encryption_type()),
        sequence_number: r.sequence_number,
        data: Blob(r.data.into_inner()),
        partition_key: r.partition_key.unwrap_or_default(),
    }
}

/// A child shard.
pub fn child_shard(c: &sdk::ChildShard) -> ChildShard {
    ChildShard {
        shard_id: c.shard_id().to_string(),
        parent_shards: c.parent_shards().to_vec(),
        hash_key_range: range(c.hash_key_range()),
    }
}

/// Enable/DisableEnhancedMonitoring's answer.
pub fn monitoring(
    name: Option<&str>,
    current: &[sdk::MetricsName],
    desired: &[sdk::MetricsName],
    arn: Option<&str>,
) -> MonitoringOutput {
    let names = |m: &[sdk::MetricsName]| m.iter().map(|n| n.as_str().to_string()).collect();
    MonitoringOutput {
        stream_name: name.unwrap_or_default().to_string(),
        current_shard_level_metrics: names(current),
        desired_shard_level_metrics: names(desired),
        stream_arn: arn.unwrap_or_default().to_string(),
    }
}

/// A tag.
pub fn tag(t: &sdk::Tag) -> Tag {
    Tag { key: t.key().to_string(), value: t.value().unwrap_or_default().to_string() }
}
