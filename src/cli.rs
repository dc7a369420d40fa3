//! The command line, as clap derive types and nothing else.
//!
//! House rules:
//! - Subcommands and flags are aws-cli's, spelled the same (`--stream-name`, `--shard-count`);
//!   what goes beyond aws-cli says so in its help.
//! - Values stay as typed here (strings, integers); parsing shorthand or JSON, reading files
//!   and checking limits happens in `commands`, where errors can name the parameter as
//!   aws-cli would.
//! - Every flag a script may want from the environment names its variable (`env = …`).
//! - Numbers take `allow_negative_numbers`, so `-1` reaches validation instead of being read
//!   as a flag.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Amazon Kinesis Data Streams from the command line: an embedded local engine, any real
/// endpoint, and a local Kinesis server.
#[derive(Debug, Parser)]
#[command(name = "kinesis", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// How to print the response [default: json; raw for `read`].
    #[arg(long, global = true, env = "KINESIS_OUTPUT", hide_env_values = true, value_enum)]
    pub output: Option<OutputFormat>,
    /// A JMESPath expression applied to the response before it is printed.
    #[arg(long, global = true, value_name = "JMESPATH")]
    pub query: Option<String>,
    /// Where requests go: the embedded engine, or AWS (or any Kinesis endpoint).
    #[arg(long, global = true, env = "KINESIS_BACKEND", hide_env_values = true, value_enum, default_value_t = BackendKind::Local)]
    pub backend: BackendKind,
    /// The embedded engine's data directory [default: the platform data dir + /kinesis].
    #[arg(
        long,
        global = true,
        env = "KINESIS_DATA_DIR",
        hide_env_values = true,
        value_name = "DIR"
    )]
    pub data_dir: Option<PathBuf>,
    /// Send requests to this endpoint (implies --backend aws).
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint_url: Option<String>,
    /// The AWS region (also names the region in the embedded engine's ARNs).
    #[arg(long, global = true)]
    pub region: Option<String>,
    /// The AWS profile to take credentials and settings from.
    #[arg(long, global = true)]
    pub profile: Option<String>,
    /// When to color output; NO_COLOR in the environment means off.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Log each request, its timing and the backend's settings to stderr (never credentials).
    #[arg(long, global = true)]
    pub debug: bool,
    /// Return only the first page of a paginated listing, as aws-cli's --no-paginate.
    #[arg(long, global = true)]
    pub no_paginate: bool,
    /// How blob parameters (--data, Data= in --records) are read: as literal text
    /// (raw-in-base64-out, aws-cli v1's way) or as base64 (aws-cli v2's default).
    #[arg(long, global = true, value_enum, default_value_t = BinaryFormat::RawInBase64Out)]
    pub cli_binary_format: BinaryFormat,
    /// Accepted for aws-cli compatibility; kinesis never pages its output.
    #[arg(long, global = true, hide = true)]
    pub no_cli_pager: bool,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// The AWS response shape, pretty-printed.
    Json,
    /// aws-cli's tab-separated text.
    Text,
    /// A table for people.
    Table,
    /// Record payloads, or the single most useful value.
    Raw,
}

/// How blob parameters are given on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BinaryFormat {
    /// The text given is the data itself.
    RawInBase64Out,
    /// The text given is base64 of the data.
    Base64,
}

/// Backends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BackendKind {
    /// The embedded engine, on the data dir.
    Local,
    /// AWS, or the endpoint of --endpoint-url.
    Aws,
}

/// Color choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Color when writing to a terminal and NO_COLOR is unset.
    Auto,
    /// Always color.
    #[value(alias = "always")]
    On,
    /// Never color.
    #[value(alias = "never")]
    Off,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a stream with a number of shards.
    CreateStream(CreateStreamArgs),
    /// Delete a stream and all its records.
    DeleteStream(DeleteStreamArgs),
    /// Describe a stream and its shards (all pages, unless --limit or
    /// --exclusive-start-shard-id is given).
    DescribeStream(DescribeStreamArgs),
    /// Describe a stream without listing its shards.
    DescribeStreamSummary(StreamArgs),
    /// List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token
    /// is given).
    ListStreams(ListStreamsArgs),
    /// List a stream's shards, optionally filtered (all pages, unless --max-results,
    /// --next-token or --exclusive-start-shard-id is given).
    ListShards(ListShardsArgs),
    /// Show the account's shard limit and open shard count.
    DescribeLimits,
    /// Write one record.
    PutRecord(PutRecordArgs),
    /// Write up to 500 records in one call, or upload a whole file in batches with --file
    /// (beyond aws-cli).
    PutRecords(PutRecordsArgs),
    /// Get an iterator for reading a shard.
    GetShardIterator(GetShardIteratorArgs),
    /// Read a page of records from a shard iterator; data is shown decoded.
    GetRecords(GetRecordsArgs),
    /// Read a whole stream, every shard, parents before children, without iterators
    /// (beyond aws-cli).
    Read(ReadArgs),
    /// Show the hash key a partition key maps to, and the shard that owns it (beyond aws-cli).
    ShardFor(ShardForArgs),
    /// Split a shard in two; without --new-starting-hash-key, at the midpoint, so both
    /// children own the same number of hash keys. Prints the children (beyond aws-cli).
    SplitShard(SplitShardArgs),
    /// Merge two adjacent open shards into one.
    MergeShards(MergeShardsArgs),
    /// Scale a stream to a number of open shards (at most double, at least half, per call).
    UpdateShardCount(UpdateShardCountArgs),
    /// Keep records longer (up to 8760 hours).
    IncreaseStreamRetentionPeriod(RetentionArgs),
    /// Keep records for less time (at least 24 hours); older records go at once.
    DecreaseStreamRetentionPeriod(RetentionArgs),
    /// Turn on shard-level metrics (ALL for all seven).
    EnableEnhancedMonitoring(MonitoringArgs),
    /// Turn off shard-level metrics (ALL for all seven).
    DisableEnhancedMonitoring(MonitoringArgs),
    /// Add or change tags (at most 10 per call, 50 per stream).
    AddTagsToStream(AddTagsArgs),
    /// Remove tags by key.
    RemoveTagsFromStream(RemoveTagsArgs),
    /// List a stream's tags.
    ListTagsForStream(ListTagsArgs),
    /// Add or change tags of a stream named by ARN.
    TagResource(TagResourceArgs),
    /// Remove tags of a stream named by ARN.
    UntagResource(UntagResourceArgs),
    /// List the tags of a stream named by ARN.
    ListTagsForResource(ResourceArgs),
    /// Per-shard records and bytes in and out, as the engine counts them (beyond aws-cli;
    /// a table on a terminal).
    Metrics(StreamArgs),
    /// Wait until a stream exists (is ACTIVE) or no longer exists.
    #[command(subcommand)]
    Wait(WaitCommand),
    /// Serve the embedded engine over the Kinesis HTTP API, for any SDK or
    /// `aws --endpoint-url` (beyond aws-cli).
    Serve(ServeArgs),
    /// Print a shell completion script (beyond aws-cli).
    Completions(CompletionsArgs),
    /// Print the man page, or write all of them to a directory (beyond aws-cli).
    Man(ManArgs),
}

/// The stream a command acts on: by name or by ARN.
#[derive(Debug, Args)]
#[group(required = true, multiple = true)]
pub struct StreamTarget {
    /// The stream's name.
    #[arg(long)]
    pub stream_name: Option<String>,
    /// The stream's ARN.
    #[arg(long)]
    pub stream_arn: Option<String>,
}

/// A command that only names a stream.
#[derive(Debug, Args)]
pub struct StreamArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
}

/// create-stream.
#[derive(Debug, Args)]
pub struct CreateStreamArgs {
    /// The new stream's name: 1–128 of [a-zA-Z0-9_.-].
    #[arg(long)]
    pub stream_name: String,
    /// How many shards (required unless the mode is ON_DEMAND).
    #[arg(long, allow_negative_numbers = true)]
    pub shard_count: Option<i64>,
    /// `StreamMode=PROVISIONED|ON_DEMAND`, in shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub stream_mode_details: Option<String>,
}

/// delete-stream.
#[derive(Debug, Args)]
pub struct DeleteStreamArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// Delete even if consumers are registered.
    #[arg(long, overrides_with = "no_enforce_consumer_deletion")]
    pub enforce_consumer_deletion: bool,
    /// Refuse to delete a stream with consumers (the default).
    #[arg(long)]
    pub no_enforce_consumer_deletion: bool,
}

/// describe-stream.
#[derive(Debug, Args)]
pub struct DescribeStreamArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// At most this many shards (1–10000); returns a single page.
    #[arg(long, allow_negative_numbers = true)]
    pub limit: Option<i64>,
    /// Start after this shard; returns a single page.
    #[arg(long, value_name = "SHARD_ID")]
    pub exclusive_start_shard_id: Option<String>,
}

/// list-streams.
#[derive(Debug, Args)]
pub struct ListStreamsArgs {
    /// At most this many streams (1–10000); returns a single page.
    #[arg(long, allow_negative_numbers = true)]
    pub limit: Option<i64>,
    /// Start after this stream name; returns a single page.
    #[arg(long, value_name = "NAME")]
    pub exclusive_start_stream_name: Option<String>,
    /// Continue from a previous page's NextToken; returns a single page.
    #[arg(long, value_name = "TOKEN")]
    pub next_token: Option<String>,
}

/// list-shards.
#[derive(Debug, Args)]
pub struct ListShardsArgs {
    /// The stream's name (not with --next-token).
    #[arg(long)]
    pub stream_name: Option<String>,
    /// The stream's ARN (not with --next-token).
    #[arg(long)]
    pub stream_arn: Option<String>,
    /// Continue from a previous page's NextToken; returns a single page.
    #[arg(long, value_name = "TOKEN")]
    pub next_token: Option<String>,
    /// Start after this shard; returns a single page.
    #[arg(long, value_name = "SHARD_ID")]
    pub exclusive_start_shard_id: Option<String>,
    /// At most this many shards (1–10000); returns a single page.
    #[arg(long, allow_negative_numbers = true)]
    pub max_results: Option<i64>,
    /// The stream's creation time, to tell apart streams that reused a name.
    #[arg(long, value_name = "TIME")]
    pub stream_creation_timestamp: Option<String>,
    /// `Type=AT_LATEST`, `Type=AFTER_SHARD_ID,ShardId=…`, `Type=AT_TIMESTAMP,Timestamp=…`,
    /// AT_TRIM_HORIZON, FROM_TRIM_HORIZON or FROM_TIMESTAMP; shorthand or JSON.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub shard_filter: Option<String>,
}

/// put-record.
#[derive(Debug, Args)]
pub struct PutRecordArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// Routes the record (by its MD5) to a shard; 1–256 characters.
    #[arg(long)]
    pub partition_key: String,
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
    /// Print each record's line, shard and sequence number as soon as it is stored.
    #[arg(long, requires = "file")]
    pub print_results: bool,
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
}

/// read.
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// Where to start: `trim-horizon`, `latest`, `at-timestamp TIME` or `at-sequence NUMBER`.
    #[arg(long, num_args = 1..=2, value_names = ["POSITION", "VALUE"], default_value = "trim-horizon")]
    pub from: Vec<String>,
    /// Keep reading as records arrive, like `tail -f`, until Ctrl-C.
    #[arg(long)]
    pub follow: bool,
    /// Stop after this many records.
    #[arg(long, value_name = "N")]
    pub max_records: Option<u64>,
    /// Stop at records that arrived after this time (epoch seconds or ISO 8601).
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// Read only this shard (and the shards that follow it); repeatable.
    #[arg(long = "shard-id", value_name = "SHARD_ID")]
    pub shard_ids: Vec<String>,
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

/// split-shard.
#[derive(Debug, Args)]
pub struct SplitShardArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// The open shard to split.
    #[arg(long, value_name = "SHARD_ID")]
    pub shard_to_split: String,
    /// The first hash key of the second child [default: the shard's midpoint].
    #[arg(long, allow_hyphen_values = true, value_name = "KEY")]
    pub new_starting_hash_key: Option<String>,
}

/// merge-shards.
#[derive(Debug, Args)]
pub struct MergeShardsArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// One shard (it becomes the child's ParentShardId).
    #[arg(long, value_name = "SHARD_ID")]
    pub shard_to_merge: String,
    /// The adjacent shard (it becomes the child's AdjacentParentShardId).
    #[arg(long, value_name = "SHARD_ID")]
    pub adjacent_shard_to_merge: String,
}

/// update-shard-count.
#[derive(Debug, Args)]
pub struct UpdateShardCountArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// The number of open shards wanted.
    #[arg(long, allow_negative_numbers = true)]
    pub target_shard_count: i64,
    /// How to get there; only UNIFORM_SCALING exists.
    #[arg(long, value_enum)]
    pub scaling_type: ScalingType,
}

/// Scaling types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ScalingType {
    /// Shards of equal size.
    UniformScaling,
}

/// increase- and decrease-stream-retention-period.
#[derive(Debug, Args)]
pub struct RetentionArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// The new retention period in hours (24–8760).
    #[arg(long, allow_negative_numbers = true)]
    pub retention_period_hours: i64,
}

/// enable- and disable-enhanced-monitoring.
#[derive(Debug, Args)]
pub struct MonitoringArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// IncomingBytes, IncomingRecords, OutgoingBytes, OutgoingRecords,
    /// WriteProvisionedThroughputExceeded, ReadProvisionedThroughputExceeded,
    /// IteratorAgeMilliseconds, or ALL.
    #[arg(long, num_args = 1.., required = true, value_name = "METRIC")]
    pub shard_level_metrics: Vec<String>,
}

/// add-tags-to-stream.
#[derive(Debug, Args)]
pub struct AddTagsArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// `k1=v1,k2=v2`, or a JSON object.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub tags: String,
}

/// remove-tags-from-stream.
#[derive(Debug, Args)]
pub struct RemoveTagsArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// The keys to remove.
    #[arg(long, num_args = 1.., required = true, value_name = "KEY")]
    pub tag_keys: Vec<String>,
}

/// list-tags-for-stream.
#[derive(Debug, Args)]
pub struct ListTagsArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// Start after this key.
    #[arg(long, value_name = "KEY")]
    pub exclusive_start_tag_key: Option<String>,
    /// At most this many tags (1–50; 10 by default).
    #[arg(long, allow_negative_numbers = true)]
    pub limit: Option<i64>,
}

/// A command on a resource ARN.
#[derive(Debug, Args)]
pub struct ResourceArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub resource_arn: String,
}

/// tag-resource.
#[derive(Debug, Args)]
pub struct TagResourceArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub resource_arn: String,
    /// `k1=v1,k2=v2`, or a JSON object.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub tags: String,
}

/// untag-resource.
#[derive(Debug, Args)]
pub struct UntagResourceArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub resource_arn: String,
    /// The keys to remove.
    #[arg(long, num_args = 1.., required = true, value_name = "KEY")]
    pub tag_keys: Vec<String>,
}

/// The waiters.
#[derive(Debug, Subcommand)]
pub enum WaitCommand {
    /// Wait until the stream is ACTIVE.
    StreamExists(WaitArgs),
    /// Wait until the stream is gone.
    StreamNotExists(WaitArgs),
}

/// A waiter's arguments.
#[derive(Debug, Args)]
pub struct WaitArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// Seconds between polls, as aws-cli's waiter (beyond aws-cli: settable).
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    pub delay: f64,
    /// Polls before giving up, as aws-cli's waiter (beyond aws-cli: settable).
    #[arg(long, default_value_t = 18, value_name = "N")]
    pub max_attempts: u32,
}

/// serve.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port to listen on (0: any free port; the URL is printed on stdout).
    #[arg(long, default_value_t = 4567)]
    pub port: u16,
    /// The address to listen on; anything but loopback must be asked for.
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
    pub bind: std::net::IpAddr,
    /// Keep streams in memory only, not in the data dir: gone when the server stops.
    #[arg(long)]
    pub in_memory: bool,
    /// Create these streams at start (unless they exist): NAME:SHARDS, repeatable.
    #[arg(long = "stream", value_name = "NAME:SHARDS")]
    pub streams: Vec<String>,
    /// The most open shards across all streams.
    #[arg(long, default_value_t = 500, value_name = "N")]
    pub shard_limit: u32,
    /// How long shard iterators stay valid, in seconds.
    #[arg(long, default_value_t = 300, value_name = "SECONDS")]
    pub iterator_ttl: u32,
    /// How long a new stream stays CREATING, in milliseconds.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub create_stream_ms: u32,
    /// How long a deleted stream stays DELETING, in milliseconds.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub delete_stream_ms: u32,
    /// How long a resharded or re-tuned stream stays UPDATING, in milliseconds.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub update_stream_ms: u32,
}

/// completions.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// man.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write kinesis.1 and one kinesis-<command>.1 per command into this directory.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}
