//! Commands: the only layer that sees everything. Each command turns its arguments into a
//! request, calls the backend through the `Kinesis` trait, and hands the response to
//! `output`.

mod channels;
pub(crate) mod consumers;
pub mod decode;
mod docs;
mod input;

pub use docs::completing;
pub use input::{Prepared, prepare};
#[doc(hidden)]
pub use upload::count_records;
mod metrics;
mod paging;
mod params;
mod perf;
mod queues;
mod read;
mod records;
mod reshard;
mod retention;
#[cfg(feature = "server")]
mod serve;
mod settings;
mod shaped;
mod streams;
mod tags;
mod upload;
mod wait;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use serde::Serialize;
use serde_json::Value;

use crate::backend::Kinesis;
use crate::cli::{BackendKind, BinaryFormat, Cli, ColorChoice, Command, GlobalArgs, OutputFormat};
use crate::engine::{Engine, EngineOptions};
use crate::error::{Error, Result};
use crate::model::Action;
use crate::model::limits::DEFAULT_SHARD_LIMIT;
use crate::output::{self, Format, Query, View};

/// Runs one parsed command line.
pub async fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Completions(args) => return docs::completions(args.shell),
        Command::Man(args) => return docs::man(args.out_dir.as_deref()),
        Command::Version => return docs::version(),
        Command::Serve(args) => return serve(&cli.global, args).await,
        _ => {}
    }
    // `read` prints a stream of payloads; everything else prints a response.
    let default_format = match cli.command {
        Command::Read(_) => Format::Raw,
        // The engine's counts are for people first.
        Command::Metrics(_) if output::stdout_is_terminal() => Format::Table,
        _ => Format::Json,
    };
    // `read` streams records: a table the environment asked for gives way to its default.
    let tables = !matches!(cli.command, Command::Read(_) | Command::SubscribeToShard(_));
    let ctx = Context::new(&cli.global, default_format, tables).await?;
    let command = match cli.command {
        // Producers and consumers run as tasks of their own: they share the context.
        Command::Perf(a) => return perf::run(ctx, a).await.map(|()| ExitCode::SUCCESS),
        other => other,
    };
    let done = match command {
        Command::CreateStream(a) => streams::create(&ctx, a).await,
        Command::DeleteStream(a) => streams::delete(&ctx, a).await,
        Command::DescribeStream(a) => streams::describe(&ctx, a).await,
        Command::DescribeStreamSummary(a) => streams::describe_summary(&ctx, a).await,
        Command::ListStreams(a) => streams::list(&ctx, a).await,
        Command::ListShards(a) => streams::list_shards(&ctx, a).await,
        Command::DescribeLimits => streams::limits(&ctx).await,
        Command::PutRecord(a) => records::put_record(&ctx, a).await,
        Command::PutRecords(a) => records::put_records(&ctx, a).await,
        Command::GetShardIterator(a) => records::get_shard_iterator(&ctx, a).await,
        Command::GetRecords(a) => records::get_records(&ctx, a).await,
        Command::ShardFor(a) => records::shard_for(&ctx, a).await,
        Command::Read(a) => read::run(&ctx, a).await,
        Command::SplitShard(a) => reshard::split(&ctx, a).await,
        Command::MergeShards(a) => reshard::merge(&ctx, a).await,
        Command::UpdateShardCount(a) => reshard::update_shard_count(&ctx, a).await,
        Command::IncreaseStreamRetentionPeriod(a) => retention::retention(&ctx, a, true).await,
        Command::DecreaseStreamRetentionPeriod(a) => retention::retention(&ctx, a, false).await,
        Command::EnableEnhancedMonitoring(a) => retention::monitoring(&ctx, a, true).await,
        Command::DisableEnhancedMonitoring(a) => retention::monitoring(&ctx, a, false).await,
        Command::AddTagsToStream(a) => tags::add_tags(&ctx, a).await,
        Command::RemoveTagsFromStream(a) => tags::remove_tags(&ctx, a).await,
        Command::ListTagsForStream(a) => tags::list_tags(&ctx, a).await,
        Command::TagResource(a) => tags::tag_resource(&ctx, a).await,
        Command::UntagResource(a) => tags::untag_resource(&ctx, a).await,
        Command::ListTagsForResource(a) => tags::list_tags_for_resource(&ctx, a).await,
        Command::StartStreamEncryption(a) => settings::encryption(&ctx, a, true).await,
        Command::StopStreamEncryption(a) => settings::encryption(&ctx, a, false).await,
        Command::UpdateStreamMode(a) => settings::update_stream_mode(&ctx, a).await,
        Command::PutResourcePolicy(a) => settings::put_policy(&ctx, a).await,
        Command::GetResourcePolicy(a) => settings::get_policy(&ctx, a).await,
        Command::DeleteResourcePolicy(a) => settings::delete_policy(&ctx, a).await,
        Command::UpdateStreamWarmThroughput(a) => settings::update_warm_throughput(&ctx, a).await,
        Command::UpdateStreamRecordDistributionStrategy(a) => {
            settings::update_distribution(&ctx, a).await
        }
        Command::UpdateMaxRecordSize(a) => settings::update_max_record_size(&ctx, a).await,
        Command::CreateChannel(a) => channels::create(&ctx, a).await,
        Command::DescribeChannel(a) => channels::describe(&ctx, a).await,
        Command::ListChannels(a) => channels::list(&ctx, a).await,
        Command::UpdateChannel(a) => channels::update(&ctx, a).await,
        Command::DeleteChannel(a) => channels::delete(&ctx, a).await,
        Command::DescribeAccountSettings => settings::account_settings(&ctx).await,
        Command::UpdateAccountSettings(a) => settings::update_account_settings(&ctx, a).await,
        Command::RegisterStreamConsumer(a) => consumers::register(&ctx, a).await,
        Command::DescribeStreamConsumer(a) => consumers::describe(&ctx, a).await,
        Command::ListStreamConsumers(a) => consumers::list(&ctx, a).await,
        Command::DeregisterStreamConsumer(a) => consumers::deregister(&ctx, a).await,
        Command::SubscribeToShard(a) => consumers::subscribe(&ctx, a).await,
        Command::CreateQueue(a) => queues::create(&ctx, a).await,
        Command::DescribeQueue(a) => queues::describe(&ctx, a).await,
        Command::ListQueues(a) => queues::list(&ctx, a).await,
        Command::UpdateQueue(a) => queues::update(&ctx, a).await,
        Command::DeleteQueue(a) => queues::delete(&ctx, a).await,
        Command::ReceiveQueueRecords(a) => queues::receive(&ctx, a, false).await,
        Command::ReceiveDeadLetterQueueRecords(a) => queues::receive(&ctx, a, true).await,
        Command::AcknowledgeQueueRecords(a) => {
            queues::receipts(&ctx, a, Action::AcknowledgeQueueRecords).await
        }
        Command::AcknowledgeDeadLetterQueueRecords(a) => {
            queues::receipts(&ctx, a, Action::AcknowledgeDeadLetterQueueRecords).await
        }
        Command::RestoreDeadLetterQueueRecords(a) => {
            queues::receipts(&ctx, a, Action::RestoreDeadLetterQueueRecords).await
        }
        Command::UpdateQueueRecordsVisibility(a) => queues::visibility(&ctx, a, false).await,
        Command::UpdateDeadLetterQueueRecordsVisibility(a) => {
            queues::visibility(&ctx, a, true).await
        }
        Command::Metrics(a) => metrics::metrics(&ctx, a).await,
        Command::Wait(w) => wait::wait(&ctx, w).await,
        Command::Completions(_)
        | Command::Man(_)
        | Command::Serve(_)
        | Command::Version
        | Command::Perf(_) => {
            unreachable!("handled above")
        }
    };
    match (done, cli.global.output_skeleton) {
        (Err(Error::Skeleton), Some(action)) => {
            ctx.print(action.name(), None, input::sample_response(action))?
        }
        (done, _) => done?,
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(feature = "server")]
async fn serve(g: &GlobalArgs, args: crate::cli::ServeArgs) -> Result<ExitCode> {
    serve::run(g, args).await?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "server"))]
async fn serve(_: &GlobalArgs, _: crate::cli::ServeArgs) -> Result<ExitCode> {
    Err(Error::Config("this kinesis was built without the server feature".into()))
}

/// What every command works with: the backend and how to print.
pub struct Context {
    backend: Box<dyn Kinesis>,
    format: Format,
    query: Option<Query>,
    color: bool,
    debug: bool,
    paginate: bool,
    binary_format: BinaryFormat,
    /// How long `read --follow` waits when every shard is caught up.
    poll_interval: std::time::Duration,
}

impl Context {
    async fn new(g: &GlobalArgs, default_format: Format, tables: bool) -> Result<Context> {
        // Compile --query before anything runs, so a bad one changes nothing.
        let query = g.query.as_deref().map(Query::compile).transpose()?;
        let color = match g.color {
            ColorChoice::On => true,
            ColorChoice::Off => false,
            ColorChoice::Auto => {
                g.env.no_color.as_deref().is_none_or(str::is_empty) && output::stdout_is_terminal()
            }
        };
        let remote = is_remote(g);
        if g.http2 && !remote {
            return Err(Error::ParamValidation(
                "--http2 is for --endpoint-url (or --backend aws): the embedded engine is not \
                 reached over HTTP"
                    .into(),
            ));
        }
        let backend: Box<dyn Kinesis> = if g.output_skeleton.is_some() {
            Box::new(input::SampleBackend)
        } else if remote {
            aws_backend(g).await?
        } else {
            local_backend(g)?
        };
        Ok(Context {
            backend,
            format: match g.output {
                None => default_format,
                Some(OutputFormat::Table) if !tables && g.env.output.is_some() => default_format,
                Some(OutputFormat::Json) => Format::Json,
                Some(OutputFormat::Text) => Format::Text,
                Some(OutputFormat::Table) => Format::Table,
                Some(OutputFormat::Raw) => Format::Raw,
                Some(OutputFormat::Yaml) => Format::Yaml,
                Some(OutputFormat::YamlStream) => Format::YamlStream,
            },
            query,
            color,
            debug: g.debug,
            paginate: !g.no_paginate,
            binary_format: g.cli_binary_format,
            // The engine answers at once; AWS allows 5 GetRecords a second per shard.
            poll_interval: std::time::Duration::from_millis(if remote { 1000 } else { 100 }),
        })
    }

    /// Logs a request to stderr under `--debug`.
    fn log_request(&self, action: &str, input: &impl Serialize) {
        if self.debug {
            let body = serde_json::to_string(input).unwrap_or_default();
            output::debug(&format!("{action} {body}"));
        }
    }

    /// Calls the backend's `action` with `input` through `f`, logging the request and its
    /// duration under `--debug`.
    async fn call<I: Serialize, T, F: Future<Output = Result<T>>>(
        &self,
        action: Action,
        input: I,
        f: impl FnOnce(I) -> F,
    ) -> Result<T> {
        self.timed(action.name(), input, f).await
    }

    /// [`Context::call`] for what is not a Kinesis action (the engine's own calls).
    async fn timed<I: Serialize, T, F: Future<Output = Result<T>>>(
        &self,
        action: &str,
        input: I,
        f: impl FnOnce(I) -> F,
    ) -> Result<T> {
        self.log_request(action, &input);
        let started = Instant::now();
        let out = f(input).await;
        self.answered(action, out, started)
    }

    /// PutRecords requests in order as one call ([`Kinesis::put_records_in_order`]), each
    /// logged as [`Context::call`] logs it.
    async fn put_records_in_order(
        &self,
        inputs: Vec<std::sync::Arc<crate::model::PutRecordsInput>>,
    ) -> Vec<Result<crate::model::PutRecordsOutput>> {
        let action = Action::PutRecords.name();
        for input in &inputs {
            self.log_request(action, &**input);
        }
        let started = Instant::now();
        let outcomes = self.backend.put_records_in_order(inputs).await;
        outcomes.into_iter().map(|out| self.answered(action, out, started)).collect()
    }

    /// What a call to `action` started at `started` answered, its duration logged under
    /// `--debug`.
    fn answered<T>(&self, action: &str, out: Result<T>, started: Instant) -> Result<T> {
        let out = out.map_err(|e| match e {
            // Some endpoints answer an error with no message: say at least what failed.
            Error::Service { code, message } if message.is_empty() => {
                let message = format!("the endpoint answered {action} with {code}");
                Error::Service { code, message }
            }
            other => other,
        });
        if self.debug {
            let outcome = match &out {
                Ok(_) => "ok".to_string(),
                Err(e) => e.code().to_string(),
            };
            output::debug(&format!("{action} {outcome} in {:.3?}", started.elapsed()));
        }
        out
    }

    /// Prints a response; `raw` is the JMESPath `--output raw` prints without `--query`.
    fn print(&self, title: &str, raw: Option<&str>, response: Option<Value>) -> Result<()> {
        self.print_data(title, raw, response, true)
    }

    /// [`Context::print`], with record data decoded or (`decode` false) left in base64.
    fn print_data(
        &self,
        title: &str,
        raw: Option<&str>,
        response: Option<Value>,
        decode: bool,
    ) -> Result<()> {
        let query = self.query.as_ref();
        let view = View { format: self.format, query, color: self.color, title, raw, decode };
        output::stdout(output::render(&view, response)?.as_bytes())
    }
}

/// Ctrl-C, caught from now on (not only once first awaited): work under way is never killed
/// by it before it can write what it has (an upload's summary, records read).
pub(crate) fn ctrl_c() -> Result<impl Future<Output = Option<()>>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut interrupts = signal(SignalKind::interrupt())?;
        Ok(async move { interrupts.recv().await })
    }
    #[cfg(not(unix))]
    {
        Ok(async { tokio::signal::ctrl_c().await.ok() })
    }
}

/// splitmix64: well-spread numbers for random keys and sizes (nothing here needs to be secret
/// or unpredictable).
pub(crate) fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A seed for [`splitmix64`] that differs between processes and runs.
pub(crate) fn seed() -> u64 {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    now.unwrap_or_default().as_nanos() as u64 ^ (u64::from(std::process::id()) << 32)
}

/// Serializes a response to its wire JSON.
fn to_json(value: &impl Serialize) -> Result<Value> {
    serde_json::to_value(value).map_err(|e| Error::Internal(e.to_string()))
}

/// Whether commands go to AWS (or another endpoint) rather than the embedded engine:
/// `--backend aws`, `KINESIS_BACKEND=aws`, or any `--endpoint-url`.
pub(crate) fn is_remote(g: &GlobalArgs) -> bool {
    g.backend == BackendKind::Aws || g.endpoint_url.is_some()
}

/// The data dir: `--data-dir`, `KINESIS_DATA_DIR`, or the platform's data dir + `kinesis`.
pub(crate) fn data_dir(g: &GlobalArgs) -> Result<PathBuf> {
    g.data_dir.clone().or_else(|| dirs::data_dir().map(|d| d.join("kinesis"))).ok_or_else(|| {
        Error::Config("no data dir: set --data-dir or KINESIS_DATA_DIR (no home directory)".into())
    })
}

/// The region: `--region`, then `AWS_REGION`, `AWS_DEFAULT_REGION`, else `us-east-1`.
pub(crate) fn region(g: &GlobalArgs) -> String {
    g.region
        .clone()
        .or_else(|| g.env.aws_region.clone())
        .or_else(|| g.env.aws_default_region.clone())
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| "us-east-1".into())
}

/// AWS, or the endpoint of `--endpoint-url`.
#[cfg(feature = "aws")]
pub(crate) async fn aws_backend(g: &GlobalArgs) -> Result<Box<dyn Kinesis>> {
    let options = crate::aws::AwsOptions {
        region: g.region.clone(),
        profile: g.profile.clone(),
        endpoint_url: g.endpoint_url.clone(),
        profile_files: [g.env.aws_config_file.clone(), g.env.aws_credentials_file.clone()],
        http2: g.http2,
    };
    if g.debug {
        output::debug(&format!(
            "backend aws, endpoint {}, region {}, profile {}",
            options.endpoint_url.as_deref().unwrap_or("(from the AWS configuration)"),
            options.region.as_deref().unwrap_or("(from the AWS configuration)"),
            options.profile.as_deref().unwrap_or("(default)")
        ));
    }
    Ok(Box::new(crate::aws::AwsBackend::connect(&options).await?))
}

/// Without the `aws` feature there is only the engine.
#[cfg(not(feature = "aws"))]
async fn aws_backend(_: &GlobalArgs) -> Result<Box<dyn Kinesis>> {
    Err(Error::Config(
        "this kinesis was built without the aws feature: only --backend local works".into(),
    ))
}

/// The embedded engine on the data dir.
fn local_backend(g: &GlobalArgs) -> Result<Box<dyn Kinesis>> {
    let shard_limit = match &g.env.shard_limit {
        Some(v) => v.parse::<u32>().ok().filter(|n| *n > 0).ok_or_else(|| {
            Error::Config(format!("KINESIS_SHARD_LIMIT must be a positive integer, not '{v}'"))
        })?,
        None => DEFAULT_SHARD_LIMIT,
    };
    let dir = data_dir(g)?;
    let enforce_limits = match g.env.enforce_limits.as_deref().map(str::trim) {
        None | Some("" | "0" | "false") => false,
        Some("1" | "true") => true,
        Some(other) => {
            return Err(Error::Config(format!(
                "KINESIS_ENFORCE_LIMITS must be 1, true, 0 or false, not '{other}'"
            )));
        }
    };
    let options = EngineOptions {
        region: region(g),
        shard_limit,
        enforce_limits,
        ..EngineOptions::default()
    };
    if g.debug {
        output::debug(&format!(
            "backend local, data dir {}, region {}, shard limit {}",
            dir.display(),
            options.region,
            options.shard_limit
        ));
    }
    let engine = Engine::open(&dir, options)?;
    engine.warnings().iter().for_each(|w| output::warn(w));
    Ok(Box::new(engine))
}
