//! The command line, as clap derive types and nothing else.
//!
//! House rules:
//! - Subcommands and flags are aws-cli's, spelled the same (`--stream-name`, `--shard-count`);
//!   what goes beyond aws-cli says so in its help.
//! - Values stay as typed here (strings, integers); parsing shorthand or JSON, reading files
//!   and checking limits happens in `commands`, where errors can name the parameter as
//!   aws-cli would.
//! - Every flag a script may want from the environment names its variable (`env = …`); the
//!   few variables that are no flag's are read by [`Environment`], as the command line is
//!   parsed. Nothing else reads the environment.
//! - Numbers take `allow_negative_numbers`, so `-1` reaches validation instead of being read
//!   as a flag.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

mod channels;
mod consumers;
mod perf;
mod queues;
mod records;
mod reshard;
mod retention;
mod serve;
mod settings;
mod streams;
mod tags;
mod tree;
mod wait;

pub use channels::*;
pub use consumers::*;
pub use perf::*;
pub use queues::*;
pub use records::*;
pub use reshard::*;
pub use retention::*;
pub use serve::*;
pub use settings::*;
pub use streams::*;
pub use tags::*;
pub use tree::*;
pub use wait::*;

/// The command's name.
pub const NAME: &str = "kinesis";

/// Amazon Kinesis Data Streams from the command line: an embedded local engine, any real
/// endpoint, and a local Kinesis server.
#[derive(Debug, Parser)]
#[command(name = NAME, version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten, next_help_heading = "Global options")]
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
    /// Speak HTTP/2 to the http:// --endpoint-url from the first byte (h2c), as SDKs do with
    /// a local Kinesis for SubscribeToShard; https endpoints negotiate HTTP/2 by themselves.
    #[arg(long, global = true)]
    pub http2: bool,
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
    /// Return only the first page of a paginated listing, as aws-cli's --no-paginate. Hidden
    /// from help: only describe-stream, list-streams and list-shards page, and their help
    /// says so; every command accepts it, as aws-cli does.
    #[arg(long, global = true, hide = true)]
    pub no_paginate: bool,
    /// How blob parameters (--data, Data= in --records) are read: as literal text
    /// (raw-in-base64-out, aws-cli v1's way) or as base64 (aws-cli v2's default).
    #[arg(long, global = true, value_enum, default_value_t = BinaryFormat::RawInBase64Out)]
    pub cli_binary_format: BinaryFormat,
    /// Accepted for aws-cli compatibility; kinesis never pages its output.
    #[arg(long, global = true, hide = true)]
    pub no_cli_pager: bool,
    /// What the environment says beyond the flags above, read as the command line is parsed.
    #[arg(skip = Environment::from_process())]
    pub env: Environment,
    /// `--generate-cli-skeleton output` (applied before parsing): print this action's sample
    /// response instead of calling it.
    #[arg(skip)]
    pub output_skeleton: Option<crate::model::Action>,
}

/// Environment variables that are not a flag's `env`: read here, with the command line, and
/// nowhere else.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// `NO_COLOR`: any non-empty value turns colour off.
    pub no_color: Option<String>,
    /// `KINESIS_OUTPUT`, also read by `--output`: a format the environment asked for is a
    /// preference, which commands that cannot honour it may pass over.
    pub output: Option<String>,
    /// `AWS_REGION`, for the engine's ARNs (the AWS backend has its own chain).
    pub aws_region: Option<String>,
    /// `AWS_DEFAULT_REGION`, aws-cli's fallback for the region.
    pub aws_default_region: Option<String>,
    /// `KINESIS_SHARD_LIMIT`: the engine's account shard limit.
    pub shard_limit: Option<String>,
    /// `KINESIS_ENFORCE_LIMITS`: `1` (or `true`) has the engine enforce Kinesis's per-shard
    /// throughput limits, as `serve --enforce-limits` does.
    pub enforce_limits: Option<String>,
    /// The AWS config file: `AWS_CONFIG_FILE`, else `~/.aws/config`.
    pub aws_config_file: Option<PathBuf>,
    /// The AWS credentials file: `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/credentials`.
    pub aws_credentials_file: Option<PathBuf>,
}

impl Environment {
    /// The variables as this process sees them.
    pub fn from_process() -> Environment {
        let var = |name: &str| std::env::var(name).ok();
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let file = |name: &str, default: &str| {
            std::env::var_os(name)
                .map(PathBuf::from)
                .or_else(|| home.as_ref().map(|h| h.join(".aws").join(default)))
        };
        Environment {
            no_color: var("NO_COLOR"),
            output: var("KINESIS_OUTPUT").filter(|v| !v.is_empty()),
            aws_region: var("AWS_REGION"),
            aws_default_region: var("AWS_DEFAULT_REGION"),
            shard_limit: var("KINESIS_SHARD_LIMIT"),
            enforce_limits: var("KINESIS_ENFORCE_LIMITS"),
            aws_config_file: file("AWS_CONFIG_FILE", "config"),
            aws_credentials_file: file("AWS_SHARED_CREDENTIALS_FILE", "credentials"),
        }
    }
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
    /// YAML (aws-cli v2).
    Yaml,
    /// YAML, a list item per response or record (aws-cli v2).
    YamlStream,
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
    ///
    /// With `--output raw`: shard ids. `--no-paginate` returns only the first page.
    DescribeStream(DescribeStreamArgs),
    /// Describe a stream without listing its shards.
    ///
    /// With `--output raw`: the stream status.
    DescribeStreamSummary(StreamArgs),
    /// List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token
    /// is given).
    ///
    /// With `--output raw`: stream names. `--no-paginate` returns only the first page.
    ListStreams(ListStreamsArgs),
    /// List a stream's shards, optionally filtered (all pages, unless --max-results,
    /// --next-token or --exclusive-start-shard-id is given).
    ///
    /// With `--output raw`: shard ids. `--no-paginate` returns only the first page.
    ListShards(ListShardsArgs),
    /// Show the account's shard limit and open shard count (`--output raw`: the shard limit).
    DescribeLimits,
    /// Write one record.
    ///
    /// With `--output raw`: the sequence number.
    PutRecord(PutRecordArgs),
    /// Write up to 500 records in one call, or upload a whole file in batches with --file
    /// (beyond aws-cli).
    ///
    /// With `--output raw`: each record's sequence number (with --file: the records sent).
    PutRecords(PutRecordsArgs),
    /// Get an iterator for reading a shard.
    ///
    /// With `--output raw`: the iterator.
    GetShardIterator(GetShardIteratorArgs),
    /// Read a page of records from a shard iterator; data is shown decoded.
    ///
    /// With `--output raw`: each record's data, a line each.
    GetRecords(GetRecordsArgs),
    /// Read a whole stream, every shard, parents before children, without iterators
    /// (beyond aws-cli).
    ///
    /// With `--output raw`: each record's data, a line each (the default).
    Read(ReadArgs),
    /// Show the hash key a partition key maps to, and the shard that owns it (beyond aws-cli).
    ///
    /// With `--output raw`: the owning shard id, or the hash key without a stream.
    ShardFor(ShardForArgs),
    /// Split a shard in two; without --new-starting-hash-key, at the midpoint, so both
    /// children own the same number of hash keys. Prints the children (beyond aws-cli).
    ///
    /// With `--output raw`: the child shard ids.
    SplitShard(SplitShardArgs),
    /// Merge two adjacent open shards into one.
    MergeShards(MergeShardsArgs),
    /// Scale a stream to a number of open shards (at most double, at least half, per call).
    ///
    /// With `--output raw`: the target shard count.
    UpdateShardCount(UpdateShardCountArgs),
    /// Keep records longer (up to 8760 hours).
    IncreaseStreamRetentionPeriod(RetentionArgs),
    /// Keep records for less time (at least 24 hours); older records go at once.
    DecreaseStreamRetentionPeriod(RetentionArgs),
    /// Turn on shard-level metrics (ALL for all seven).
    ///
    /// With `--output raw`: the desired metrics.
    EnableEnhancedMonitoring(MonitoringArgs),
    /// Turn off shard-level metrics (ALL for all seven).
    ///
    /// With `--output raw`: the desired metrics.
    DisableEnhancedMonitoring(MonitoringArgs),
    /// Add or change tags (at most 10 per call, 50 per stream).
    AddTagsToStream(AddTagsArgs),
    /// Remove tags by key.
    RemoveTagsFromStream(RemoveTagsArgs),
    /// List a stream's tags.
    ///
    /// With `--output raw`: key=value lines.
    ListTagsForStream(ListTagsArgs),
    /// Add or change tags of a stream named by ARN.
    TagResource(TagResourceArgs),
    /// Remove tags of a stream named by ARN.
    UntagResource(UntagResourceArgs),
    /// List the tags of a stream named by ARN.
    ///
    /// With `--output raw`: key=value lines.
    ListTagsForResource(ResourceArgs),
    /// Turn on server-side encryption of a stream with a KMS key (the engine keeps the setting
    /// and shows it; it does not encrypt its files).
    StartStreamEncryption(EncryptionArgs),
    /// Turn off server-side encryption of a stream.
    StopStreamEncryption(EncryptionArgs),
    /// Switch a stream between PROVISIONED and ON_DEMAND capacity (twice a day at most).
    UpdateStreamMode(UpdateStreamModeArgs),
    /// Attach a resource policy (a JSON document) to a stream or consumer (the engine keeps
    /// it and returns it; it does not enforce it).
    PutResourcePolicy(PutPolicyArgs),
    /// Show the resource policy of a stream or consumer (`{}` when it has none).
    ///
    /// With `--output raw`: the policy document.
    GetResourcePolicy(PolicyTargetArgs),
    /// Remove the resource policy of a stream or consumer.
    DeleteResourcePolicy(PolicyTargetArgs),
    /// Set an on-demand stream's warm throughput, in MiB/s (with the account's minimum
    /// throughput billing commitment).
    ///
    /// With `--output raw`: the target.
    UpdateStreamWarmThroughput(UpdateWarmThroughputArgs),
    /// Choose how an on-demand stream's records find their shards: AUTO (spread evenly,
    /// partition keys optional and ignored) or USER_PARTITION_KEY.
    UpdateStreamRecordDistributionStrategy(UpdateDistributionArgs),
    /// Raise (or lower) the largest record a stream takes, 1024 to 10240 KiB (PutRecord,
    /// PutRecords and `put-records --file` follow it).
    UpdateMaxRecordSize(UpdateMaxRecordSizeArgs),
    /// Create a channel delivering streams' records to S3 or S3 Tables (through --backend aws;
    /// the embedded engine has no S3 and refuses channel actions).
    ///
    /// With `--output raw`: the channel's ARN.
    CreateChannel(CreateChannelArgs),
    /// Describe a channel.
    ///
    /// With `--output raw`: its status.
    DescribeChannel(ChannelArnArgs),
    /// List channels (one page), optionally of some streams.
    ///
    /// With `--output raw`: their ARNs.
    ListChannels(ListChannelsArgs),
    /// Change a channel's data freshness or logging.
    ///
    /// With `--output raw`: its status.
    UpdateChannel(UpdateChannelArgs),
    /// Delete a channel (data already delivered stays).
    DeleteChannel(ChannelArnArgs),
    /// Show the account's settings: its minimum throughput billing commitment.
    ///
    /// With `--output raw`: the commitment's status.
    DescribeAccountSettings,
    /// Enable or disable the account's minimum throughput billing commitment (which on-demand
    /// warm throughput needs; once enabled it lasts at least 24 hours).
    ///
    /// With `--output raw`: the commitment's status.
    UpdateAccountSettings(UpdateAccountSettingsArgs),
    /// Register an enhanced fan-out consumer on a stream (at most 20 per stream).
    ///
    /// With `--output raw`: the consumer's ARN.
    RegisterStreamConsumer(RegisterConsumerArgs),
    /// Describe a consumer, by its ARN or by its stream's ARN and its name.
    ///
    /// With `--output raw`: the consumer's status.
    DescribeStreamConsumer(ConsumerTarget),
    /// List a stream's consumers (all pages, unless --max-results or --next-token is given).
    ///
    /// With `--output raw`: the consumers' ARNs. `--no-paginate` returns only the first page.
    ListStreamConsumers(ListConsumersArgs),
    /// Deregister a consumer, by its ARN or by its stream's ARN and its name.
    DeregisterStreamConsumer(ConsumerTarget),
    /// Create a queue on an on-demand stream: its records delivered to competing consumers,
    /// each in flight with one of them until acknowledged or its visibility timeout passes.
    ///
    /// With `--output raw`: the queue's ARN.
    CreateQueue(CreateQueueArgs),
    /// Describe a queue: its status, stream, starting position and attributes.
    ///
    /// With `--output raw`: its status.
    DescribeQueue(QueueArnArgs),
    /// List queues, optionally of some streams (all pages, unless --max-results or
    /// --next-token is given).
    ///
    /// With `--output raw`: their ARNs. `--no-paginate` returns only the first page.
    ListQueues(ListQueuesArgs),
    /// Change a queue's visibility timeout or dead-letter handling.
    ///
    /// With `--output raw`: its status.
    UpdateQueue(UpdateQueueArgs),
    /// Delete a queue (its stream and the stream's records stay).
    DeleteQueue(QueueArnArgs),
    /// Receive up to 10 records from a queue, waiting up to --wait-time-seconds for one; each
    /// comes with the receipt handle that acknowledges it.
    ///
    /// With `--output raw`: the records' payloads, one per line.
    ReceiveQueueRecords(ReceiveQueueArgs),
    /// Acknowledge records received from a queue, so it never delivers them again.
    ///
    /// With `--output raw`: the receipt handles that failed.
    AcknowledgeQueueRecords(QueueReceiptsArgs),
    /// Change how long received records stay in flight (0: visible again at once).
    ///
    /// With `--output raw`: the receipt handles that failed.
    UpdateQueueRecordsVisibility(QueueVisibilityArgs),
    /// Receive up to 10 dead-letter records: those received MaxReceiveCount times without
    /// being acknowledged.
    ///
    /// With `--output raw`: the records' payloads, one per line.
    ReceiveDeadLetterQueueRecords(ReceiveQueueArgs),
    /// Acknowledge dead-letter records, discarding them from the queue.
    ///
    /// With `--output raw`: the receipt handles that failed.
    AcknowledgeDeadLetterQueueRecords(QueueReceiptsArgs),
    /// Restore dead-letter records to the queue, their receive counts back to zero.
    ///
    /// With `--output raw`: the receipt handles that failed.
    RestoreDeadLetterQueueRecords(QueueReceiptsArgs),
    /// Change how long received dead-letter records stay in flight.
    ///
    /// With `--output raw`: the receipt handles that failed.
    UpdateDeadLetterQueueRecordsVisibility(QueueVisibilityArgs),
    /// Receive a shard's records through a consumer, pushed as they arrive, printing each
    /// event (the subscription ends after 5 minutes, as on AWS; Ctrl-C ends it sooner).
    ///
    /// With `--output raw`: each record's data, a line each.
    SubscribeToShard(SubscribeArgs),
    /// Per-shard records and bytes in and out, as the engine counts them (beyond aws-cli;
    /// a table on a terminal; `--output raw`: shard, records in, records out, tab-separated).
    Metrics(StreamArgs),
    /// Load a stream and measure it: producers at a rate or flat out, consumers polling or
    /// through enhanced fan-out; records/s, MB/s, put and end-to-end latency percentiles,
    /// throttles and errors, on any backend (beyond aws-cli).
    ///
    /// A live line on a terminal; the summary at the end. With `--output raw`: records per
    /// second (produced, or consumed with --producers 0).
    Perf(PerfArgs),
    /// Wait until a stream exists (is ACTIVE) or no longer exists.
    #[command(subcommand)]
    Wait(WaitCommand),
    /// Serve the embedded engine over the Kinesis HTTP API, for any SDK or
    /// `aws --endpoint-url` (beyond aws-cli).
    Serve(ServeArgs),
    /// Print a shell completion script (beyond aws-cli).
    Completions(CompletionsArgs),
    /// Print the version (as --version does).
    Version,
    /// Print the man page, or write all of them to a directory (beyond aws-cli).
    Man(ManArgs),
}

/// aws-cli's paging of a listing (its `--max-items`, `--starting-token`, `--page-size`).
#[derive(Debug, Args)]
pub struct PagingArgs {
    /// Print at most this many items in all; when more remain, the output ends with a
    /// `NextToken` for --starting-token.
    #[arg(long, value_name = "N")]
    pub max_items: Option<u64>,
    /// Continue where a previous --max-items output's NextToken says.
    #[arg(long, value_name = "TOKEN")]
    pub starting_token: Option<String>,
    /// How many items each call to the service asks for (all are still fetched).
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub page_size: Option<i64>,
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

/// A parse error as one line: clap's message with what it knows that helps — the missing
/// flags, the near miss ("a similar argument exists"), the possible values — and without the
/// usage block.
pub fn one_line(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let mut line = String::new();
    for part in text
        .lines()
        .take_while(|l| !l.starts_with("Usage:"))
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("For more information"))
    {
        let part = part.strip_prefix("error: ").unwrap_or(part);
        if !line.is_empty() {
            line.push_str(if line.ends_with(':') || part.starts_with('[') { " " } else { "; " });
        }
        line.push_str(part);
    }
    format!("{line} (see --help)")
}

/// `--from -1h`, `--from at-timestamp -1h` and `--until -5m`: a span ago reads as the flag's
/// value (as `--from=-1h` would), not as an unknown flag; any other `-…` stays a flag.
pub fn spans_as_values(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let span = |a: &std::ffi::OsString| {
        let text = a.to_string_lossy();
        let digits = text.strip_prefix('-').and_then(|t| t.strip_suffix(['s', 'm', 'h', 'd', 'w']));
        digits.is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut out: Vec<std::ffi::OsString> = Vec::with_capacity(args.len());
    let mut rest = args.into_iter().peekable();
    while let Some(arg) = rest.next() {
        let takes_time = arg == "--from"
            || arg == "--until"
            || (arg == "at-timestamp" && out.last().is_some_and(|l| l == "--from"));
        match rest.next_if(|next| takes_time && span(next)) {
            Some(value) => {
                let mut joined = arg;
                joined.push("=");
                joined.push(value);
                out.push(joined);
            }
            None => out.push(arg),
        }
    }
    out
}

/// aws-cli's habit, `kinesis describe-stream help`: a trailing `help` after a command (and
/// not a flag's value) asks for that command's help.
pub fn help_as_flag(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let n = args.len();
    let trailing_help = n >= 3 && args[n - 1] == "help";
    let after_value = args[n.saturating_sub(2)].to_string_lossy().starts_with('-');
    if trailing_help && !after_value {
        args[n - 1] = "--help".into();
    }
    args
}

/// The help of the command a MissingSubcommand error is about (`'kinesis wait' requires a
/// subcommand`): its usage and its list of subcommands.
pub fn help_of_missing_subcommand(e: &clap::Error) -> String {
    use clap::CommandFactory;
    let text = e.render().to_string();
    let path = text.split('\'').nth(1).unwrap_or("kinesis");
    let mut cmd = Cli::command();
    cmd.build();
    let mut target = &cmd;
    for name in path.split_whitespace().skip(1) {
        match target.find_subcommand(name) {
            Some(sub) => target = sub,
            None => break,
        }
    }
    target.clone().render_help().to_string()
}
