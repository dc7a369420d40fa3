//! Record commands' arguments: put, get, read, shard-for.

use clap::{Args, ValueEnum};

use super::StreamTarget;

/// put-record.
#[derive(Debug, Args)]
pub struct PutRecordArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// Routes the record (by its MD5) to a shard; 1–256 characters (optional on a stream
    /// whose records Kinesis distributes).
    #[arg(long)]
    pub partition_key: Option<String>,
    /// The payload: literal text, `fileb://PATH` for a file's bytes, `file://PATH` for its
    /// text; base64 with --cli-binary-format base64.
    #[arg(long, allow_hyphen_values = true)]
    pub data: String,
    /// A decimal hash key (0 to 2^128−1) that routes the record instead of the partition key.
    #[arg(long, allow_hyphen_values = true)]
    pub explicit_hash_key: Option<String>,
    /// The new record's sequence number will be greater than this one.
    #[arg(long, allow_hyphen_values = true)]
    pub sequence_number_for_ordering: Option<String>,
    /// DryRun.
    #[command(flatten)]
    pub dry_run: DryRunArgs,
}

/// put-records.
#[derive(Debug, Args)]
#[group(id = "source", required = true, args = ["records", "file"])]
pub struct PutRecordsArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// Records as `Data=…,PartitionKey=…[,ExplicitHashKey=…]` (one value each), or a JSON list.
    #[arg(long, num_args = 1.., value_name = "SHORTHAND|JSON", conflicts_with = "file")]
    pub records: Vec<String>,
    /// Upload a file (or - for stdin): a JSON array, JSON lines, or plain lines, one record
    /// each, in batches of up to 500 records and 5 MiB, retrying failed records.
    #[arg(long, value_name = "PATH|-")]
    pub file: Option<String>,
    /// The file's format [default: detected: `[` starts a JSON array, `{` JSON lines, else lines].
    #[arg(long, value_enum, requires = "file")]
    pub format: Option<FileFormat>,
    /// Take each record's partition key from this top-level field of the JSON record.
    #[arg(long, value_name = "FIELD", requires = "file", group = "key")]
    pub partition_key_field: Option<String>,
    /// Take each record's partition key from this JMESPath expression on the JSON record.
    #[arg(long, value_name = "JMESPATH", requires = "file", group = "key")]
    pub partition_key_query: Option<String>,
    /// Give every record this partition key [default: a random key per record].
    #[arg(long, value_name = "KEY", requires = "file", group = "key")]
    pub partition_key: Option<String>,
    /// Each record is `KEY<DELIMITER>DATA`: the partition key, then the payload (kcat's -K),
    /// e.g. `--key-delimiter :` for `user42:{"clicked":true}` lines.
    #[arg(long, value_name = "DELIMITER", requires = "file", group = "key")]
    pub key_delimiter: Option<String>,
    /// Compress each record's data (readers decompress it with --decode auto).
    #[arg(long, value_enum, requires = "file")]
    pub compress: Option<Compress>,
    /// Pack records KPL-style, many to a Kinesis record of at most 1 MiB, each aggregate
    /// holding records bound for one shard (readable by the KCL and by `read`).
    #[arg(long, requires = "file")]
    pub aggregate: bool,
    /// Print each record's line, shard and sequence number as soon as it is stored.
    #[arg(long, requires = "file")]
    pub print_results: bool,
    /// Skip the records that start on the file's first N lines: resume an interrupted upload
    /// where its summary says (`StoppedAt`) without sending anything twice.
    #[arg(long, value_name = "N", requires = "file", default_value_t = 0)]
    pub skip_lines: u64,
    /// DryRun.
    #[command(flatten)]
    pub dry_run: DryRunArgs,
}

/// How uploaded records are compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Compress {
    /// gzip (RFC 1952).
    Gzip,
    /// zstd, level 3.
    Zstd,
}

/// Formats of a file to upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FileFormat {
    /// One JSON array; each element is a record (sent as compact JSON).
    Json,
    /// One JSON value per line; each line is a record (sent as written).
    Jsonl,
    /// Each line is a record (sent as written, without its newline).
    Lines,
}

/// get-shard-iterator.
#[derive(Debug, Args)]
pub struct GetShardIteratorArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// The shard to read.
    #[arg(long)]
    pub shard_id: String,
    /// Where to start.
    #[arg(long, value_enum)]
    pub shard_iterator_type: IteratorType,
    /// For AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER.
    #[arg(long, allow_hyphen_values = true)]
    pub starting_sequence_number: Option<String>,
    /// For AT_TIMESTAMP: epoch seconds or ISO 8601.
    #[arg(long, allow_hyphen_values = true)]
    pub timestamp: Option<String>,
    /// DryRun.
    #[command(flatten)]
    pub dry_run: DryRunArgs,
}

/// Shard iterator types, spelled as Kinesis spells them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IteratorType {
    /// At the given sequence number.
    AtSequenceNumber,
    /// Just after the given sequence number.
    AfterSequenceNumber,
    /// At the first record at or after the given time.
    AtTimestamp,
    /// At the oldest record retained.
    TrimHorizon,
    /// After the newest record.
    Latest,
}

/// get-records.
#[derive(Debug, Args)]
pub struct GetRecordsArgs {
    /// The iterator, from get-shard-iterator or a previous NextShardIterator.
    #[arg(long, allow_hyphen_values = true)]
    pub shard_iterator: String,
    /// At most this many records (1–10000).
    #[arg(long, allow_negative_numbers = true)]
    pub limit: Option<i64>,
    /// The stream's ARN.
    #[arg(long)]
    pub stream_arn: Option<String>,
    /// How record data is decoded.
    #[command(flatten)]
    pub decode: DecodeArgs,
    /// DryRun.
    #[command(flatten)]
    pub dry_run: DryRunArgs,
}

/// How reading commands decode record data.
#[derive(Debug, Args)]
pub struct DecodeArgs {
    /// What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs
    /// envelopes, stacked (get-records' JSON: only shows text as text); one layer by name;
    /// `none` leaves data as it came (JSON: aws-cli's base64 exactly).
    #[arg(long, value_enum, default_value_t = Decode::Auto)]
    pub decode: Decode,
    /// The most a record may decompress to (a bigger one is left as it came, with a warning).
    #[arg(long, value_name = "SIZE", default_value = "64MiB")]
    pub max_decoded: String,
}

/// What reading commands unpack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Decode {
    /// Every layer recognised, stacked; text shown as text.
    Auto,
    /// Nothing: data as it came (base64 in JSON, exactly as aws-cli prints it).
    None,
    /// KPL aggregated records, split into their user records.
    Kpl,
    /// gzip.
    Gzip,
    /// zlib (deflate with its header).
    Zlib,
    /// zstd.
    Zstd,
    /// CloudWatch Logs subscription envelopes: a record per log event.
    Cwlogs,
}

/// read.
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// Where to start: `trim-horizon`, `latest`, `at-sequence NUMBER`, or a time: `at-timestamp
    /// TIME` or TIME alone, as `now`, a span ago (`-1h`, `15m`, `2d`), ISO 8601, or epoch
    /// seconds or milliseconds.
    #[arg(long, num_args = 1..=2, value_names = ["POSITION", "VALUE"], default_value = "trim-horizon")]
    pub from: Vec<String>,
    /// Keep reading as records arrive, like `tail -f`, until Ctrl-C.
    #[arg(long)]
    pub follow: bool,
    /// Stop after this many records, waiting for them if they have not arrived yet.
    #[arg(long, value_name = "N")]
    pub max_records: Option<u64>,
    /// Stop at records that arrived after this time (as --from takes times: `now`, `-5m`, ISO
    /// 8601, epoch seconds or milliseconds).
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// Read only this shard (and the shards that follow it); repeatable.
    #[arg(long = "shard-id", value_name = "SHARD_ID")]
    pub shard_ids: Vec<String>,
    /// Read through enhanced fan-out: records are pushed by SubscribeToShard instead of
    /// polled, through a consumer of this read's own (registered as
    /// `kinesis-read-<host>-<pid>` and deregistered on exit) or --consumer-name's.
    #[arg(long)]
    pub efo: bool,
    /// With --efo: read through this consumer (registered if it does not exist, and kept).
    #[arg(long, value_name = "NAME", requires = "efo")]
    pub consumer_name: Option<String>,
    /// Print each record through a template instead of --output: `{time:%H:%M:%S} {shard}
    /// {key} {data}`; fields data, data:hex, data:base64, data:EXPR (JMESPath into JSON
    /// data), key, hash_key, sequence, subsequence, shard, time[:STRFTIME], size, log_group,
    /// log_stream, log_id, log_time[:STRFTIME].
    #[arg(long, value_name = "TEMPLATE")]
    pub format: Option<String>,
    /// Keep only records whose (decoded) data is JSON matching this JMESPath expression, e.g.
    /// "level == 'ERROR'".
    #[arg(long, value_name = "JMESPATH")]
    pub filter: Option<String>,
    /// How record data is decoded.
    #[command(flatten)]
    pub decode: DecodeArgs,
}

/// shard-for.
#[derive(Debug, Args)]
pub struct ShardForArgs {
    /// The partition key to look up.
    #[arg(long)]
    pub partition_key: String,
    /// The stream whose shard owns the key (without it, only the hash key is shown).
    #[arg(long)]
    pub stream_name: Option<String>,
    /// The stream, by ARN.
    #[arg(long)]
    pub stream_arn: Option<String>,
    /// Look up this explicit hash key instead of hashing the partition key.
    #[arg(long)]
    pub explicit_hash_key: Option<String>,
}

/// `--dry-run`, on the actions that take DryRun.
#[derive(Debug, Args)]
pub struct DryRunArgs {
    /// Only check the request as Kinesis would: nothing changes, and a request that would
    /// have succeeded is answered DryRunOperationException.
    #[arg(long, overrides_with = "no_dry_run")]
    pub dry_run: bool,
    /// Send the request for real (the default).
    #[arg(long)]
    pub no_dry_run: bool,
}

impl DryRunArgs {
    /// The request's DryRun member.
    pub fn member(&self) -> Option<bool> {
        self.dry_run.then_some(true)
    }
}
