//! Record commands: put-record, put-records (--records), get-shard-iterator, get-records,
//! shard-for.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

use crate::cli::{
    BinaryFormat, Decode, GetRecordsArgs, GetShardIteratorArgs, IteratorType, PutRecordArgs,
    PutRecordsArgs, ShardForArgs,
};
use crate::commands::decode::Decoder;
use crate::commands::{Context, params, streams::stream_ref, to_json};
use crate::error::{Error, Result};
use crate::model::hash_key;
use crate::model::*;
use crate::output::Format;

/// Reads a blob parameter as aws-cli does: `fileb://PATH` is the file's bytes; `file://PATH`
/// is its text; anything else is the text itself. Text is the data (raw-in-base64-out) or,
/// with `--cli-binary-format base64`, base64 of it.
pub fn blob(format: BinaryFormat, flag: &str, text: &str) -> Result<Vec<u8>> {
    if let Some(path) = text.strip_prefix("fileb://") {
        return std::fs::read(path).map_err(|e| {
            Error::ParamValidation(format!(
                "Error parsing parameter '{flag}': Unable to load paramfile {text}: {e}"
            ))
        });
    }
    let text = params::param_text(flag, text)?;
    match format {
        BinaryFormat::RawInBase64Out => Ok(text.into_bytes()),
        BinaryFormat::Base64 => STANDARD.decode(text.trim()).map_err(|e| {
            Error::ParamValidation(format!(
                "Invalid base64 for parameter {flag}: {e} (with --cli-binary-format base64, \
                 blobs are given as base64)"
            ))
        }),
    }
}

/// put-record.
pub async fn put_record(ctx: &Context, a: PutRecordArgs) -> Result<()> {
    params::min_len("PartitionKey", a.partition_key.as_deref(), 1)?;
    let input = PutRecordInput {
        stream: stream_ref(a.stream)?,
        data: Blob(blob(ctx.binary_format, "--data", &a.data)?),
        partition_key: a.partition_key,
        explicit_hash_key: a.explicit_hash_key,
        sequence_number_for_ordering: a.sequence_number_for_ordering,
        dry_run: a.dry_run.member(),
    };
    let out = ctx.call(Action::PutRecord, input, |i| ctx.backend.put_record(i)).await?;
    ctx.print("PutRecord", Some("SequenceNumber"), Some(to_json(&out)?))
}

/// One `--records` entry, from shorthand or a JSON object.
fn entry(
    format: BinaryFormat,
    map: serde_json::Map<String, Value>,
) -> Result<PutRecordsRequestEntry> {
    let text = |key: &str| map.get(key).and_then(Value::as_str).map(str::to_string);
    let missing = |key: &str| {
        Error::ParamValidation(format!(
            "Parameter validation failed: Missing required parameter in Records: \"{key}\""
        ))
    };
    if let Some(unknown) =
        map.keys().find(|k| !["Data", "PartitionKey", "ExplicitHashKey"].contains(&k.as_str()))
    {
        return Err(Error::ParamValidation(format!(
            "Parameter validation failed: Unknown parameter in Records: \"{unknown}\", must be \
             one of: Data, ExplicitHashKey, PartitionKey"
        )));
    }
    let data = text("Data").ok_or_else(|| missing("Data"))?;
    let partition_key = text("PartitionKey");
    params::min_len("PartitionKey", partition_key.as_deref(), 1)?;
    Ok(PutRecordsRequestEntry {
        data: Blob(blob(format, "--records", &data)?),
        explicit_hash_key: text("ExplicitHashKey"),
        partition_key,
        ..Default::default()
    })
}

/// Parses `--records`: shorthand values, or one JSON list.
fn records(format: BinaryFormat, values: &[String]) -> Result<Vec<PutRecordsRequestEntry>> {
    if let [one] = values {
        let text = params::param_text("--records", one)?;
        if text.trim_start().starts_with('[') {
            let list: Vec<Value> = serde_json::from_str(&text).map_err(|e| {
                Error::ParamValidation(format!(
                    "Error parsing parameter '--records': Invalid JSON: {e}"
                ))
            })?;
            return list
                .into_iter()
                .map(|v| match v {
                    Value::Object(map) => entry(format, map),
                    _ => Err(Error::ParamValidation(
                        "Error parsing parameter '--records': each record must be a JSON object"
                            .into(),
                    )),
                })
                .collect();
        }
    }
    values.iter().map(|v| entry(format, params::structure("--records", v)?)).collect()
}

/// put-records with --records (the file upload lives in `upload`).
pub async fn put_records(ctx: &Context, a: PutRecordsArgs) -> Result<()> {
    if a.file.is_some() {
        if a.dry_run.dry_run {
            return Err(Error::ParamValidation(
                "--dry-run checks one request: use it with --records, not --file".into(),
            ));
        }
        return super::upload::run(ctx, a).await;
    }
    let entries = records(ctx.binary_format, &a.records)?;
    if entries.is_empty() {
        return Err(Error::ParamValidation(
            "Parameter validation failed: Invalid length for parameter Records, value: 0, valid \
             min length: 1"
                .into(),
        ));
    }
    let input = PutRecordsInput {
        records: entries,
        stream: stream_ref(a.stream)?,
        dry_run: a.dry_run.member(),
    };
    let out = ctx.call(Action::PutRecords, input, |i| ctx.backend.put_records(i)).await?;
    ctx.print("PutRecords", Some("Records[].SequenceNumber"), Some(to_json(&out)?))
}

/// get-shard-iterator: the text output is the bare iterator, for `SI=$(…)`.
pub async fn get_shard_iterator(ctx: &Context, a: GetShardIteratorArgs) -> Result<()> {
    params::min_len("ShardId", Some(&a.shard_id), 1)?;
    let input = GetShardIteratorInput {
        stream: stream_ref(a.stream)?,
        shard_id: a.shard_id,
        shard_iterator_type: match a.shard_iterator_type {
            IteratorType::AtSequenceNumber => ShardIteratorType::AtSequenceNumber,
            IteratorType::AfterSequenceNumber => ShardIteratorType::AfterSequenceNumber,
            IteratorType::AtTimestamp => ShardIteratorType::AtTimestamp,
            IteratorType::TrimHorizon => ShardIteratorType::TrimHorizon,
            IteratorType::Latest => ShardIteratorType::Latest,
        },
        starting_sequence_number: a.starting_sequence_number,
        timestamp: a.timestamp.map(|t| params::timestamp("Timestamp", &t)).transpose()?,
        dry_run: a.dry_run.member(),
    };
    let out =
        ctx.call(Action::GetShardIterator, input, |i| ctx.backend.get_shard_iterator(i)).await?;
    ctx.print("GetShardIterator", Some("ShardIterator"), Some(to_json(&out)?))
}

/// get-records: data decoded; `--output raw` writes each record's bytes and a newline.
pub async fn get_records(ctx: &Context, a: GetRecordsArgs) -> Result<()> {
    params::min_value("Limit", a.limit, 1)?;
    params::min_len("ShardIterator", Some(&a.shard_iterator), 1)?;
    let input = GetRecordsInput {
        shard_iterator: a.shard_iterator,
        limit: a.limit,
        stream_arn: a.stream_arn,
        dry_run: a.dry_run.member(),
    };
    let decoder = Decoder::from_args(&a.decode)?;
    let out = ctx.call(Action::GetRecords, input, |i| ctx.backend.get_records(i)).await?;
    if ctx.format == Format::Raw && ctx.query.is_none() {
        return crate::output::stdout(&decoder.raw_lines(&out.records));
    }
    let mut json = to_json(&out)?;
    // JSON shows text as text by default; layers are peeled only when asked for by name.
    if !matches!(a.decode.decode, Decode::Auto | Decode::None) {
        json["Records"] = Value::Array(decoder.expand_all(&out.records)?);
    }
    ctx.print_data("GetRecords", None, Some(json), a.decode.decode != Decode::None)
}

/// shard-for: the hash key of a partition key, and the open shard of a stream that owns it.
pub async fn shard_for(ctx: &Context, a: ShardForArgs) -> Result<()> {
    let hash_key = hash_key::hash_key(&a.partition_key, a.explicit_hash_key.as_deref())?;
    let mut out = json!({ "PartitionKey": a.partition_key, "HashKey": hash_key.to_string() });
    if a.stream_name.is_some() || a.stream_arn.is_some() {
        let stream = StreamRef { stream_name: a.stream_name, stream_arn: a.stream_arn };
        let mut open = super::streams::all_shards(ctx, &stream).await?;
        open.retain(|s| s.sequence_number_range.ending_sequence_number.is_none());
        open.sort_by_key(|s| s.hash_key_range.start);
        let ranges: Vec<HashKeyRange> = open.iter().map(|s| s.hash_key_range).collect();
        if let Some(s) = hash_key::owner(&ranges, hash_key).map(|i| &open[i]) {
            out["ShardId"] = json!(s.shard_id);
            out["HashKeyRange"] = to_json(&s.hash_key_range)?;
        }
    }
    ctx.print("ShardFor", Some("ShardId || HashKey"), Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_in_shorthand_and_json() {
        let raw = BinaryFormat::RawInBase64Out;
        let two = ["Data=a,PartitionKey=k".to_string(), "Data='b,c',PartitionKey=j".to_string()];
        let parsed = records(raw, &two).unwrap_or_default();
        assert_eq!(parsed.len(), 2);
        assert_eq!(
            (parsed[1].data.0.as_slice(), parsed[1].partition_key.as_deref()),
            (&b"b,c"[..], Some("j"))
        );
        let json = [r#"[{"Data":"x","PartitionKey":"k","ExplicitHashKey":"7"}]"#.to_string()];
        let parsed = records(raw, &json).unwrap_or_default();
        assert_eq!(parsed[0].explicit_hash_key.as_deref(), Some("7"));
    }

    proptest::proptest! {
        #[test]
        fn any_records_text_parses_or_is_a_parameter_error(values in proptest::collection::vec("[^f]\\PC{0,60}|[A-Za-z=,'\\[\\]{}\": ]{0,40}", 1..4), base64: bool) {
            let format = if base64 { BinaryFormat::Base64 } else { BinaryFormat::RawInBase64Out };
            if let Err(e) = records(format, &values) {
                proptest::prop_assert_eq!(e.exit_code(), 252, "{}", e);
            }
        }
    }
}
