//! Generated documentation: shell completions and man pages, from the clap definitions.

use std::path::Path;
use std::process::ExitCode;

use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::Result;

/// `kinesis completions <shell>`: the script on stdout.
pub fn completions(shell: Shell) -> Result<ExitCode> {
    let mut buf = Vec::new();
    write_completions(shell, &mut buf);
    crate::output::stdout(&buf)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the completion script for `shell`.
/// Writes the completion script for `shell`: values complete as what they are (files only
/// where a file is meant), and hidden flags are not offered.
fn write_completions(shell: Shell, out: &mut Vec<u8>) {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut hinted(crate::cli::command()), "kinesis", &mut script);
    let script = String::from_utf8_lossy(&script);
    let hidden: Vec<String> = hidden_flags(&crate::cli::command());
    for line in script.lines() {
        let offers =
            |f: &String| line.contains(&format!("--{f}")) || line.contains(&format!("-l {f}"));
        // Lines that list every option (bash's `opts=`, fish's `string join`): drop the token.
        let listing = line.trim_start().starts_with("opts=") || line.contains("string join");
        if listing {
            let mut kept = line.to_string();
            for f in &hidden {
                kept = kept.replace(&format!(" --{f}"), "").replace(&format!(" {f}"), "");
            }
            out.extend_from_slice(kept.as_bytes());
        } else if hidden.iter().any(offers) {
            continue;
        } else {
            out.extend_from_slice(line.as_bytes());
        }
        out.push(b'\n');
    }
}

/// The long names of hidden flags, anywhere in the tree.
fn hidden_flags(cmd: &clap::Command) -> Vec<String> {
    let mut names: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.is_hide_set())
        .filter_map(|a| a.get_long().map(str::to_string))
        .collect();
    for sub in cmd.get_subcommands() {
        names.extend(hidden_flags(sub));
    }
    names.sort();
    names.dedup();
    names
}

/// `cmd` as completions see it: the valid values of `--shard-level-metrics` and `--from`, a
/// path where one is meant (`--file`), and nothing at all for other values, so shells stop
/// offering file names for stream names, keys and numbers.
fn hinted(cmd: clap::Command) -> clap::Command {
    use clap::ValueHint;
    cmd.mut_args(|a| {
        let open = a.get_action().takes_values()
            && a.get_value_hint() == ValueHint::Unknown
            && a.get_possible_values().is_empty();
        match a.get_id().as_str() {
            // Free text to the parser (the service judges it, as with aws-cli), but the shell
            // may offer what is valid.
            "shard_level_metrics" => a.value_parser(clap::builder::PossibleValuesParser::new(
                std::iter::once("ALL").chain(crate::model::SHARD_LEVEL_METRICS),
            )),
            "from" => a.value_parser(clap::builder::PossibleValuesParser::new([
                "trim-horizon",
                "latest",
                "at-timestamp",
                "at-sequence",
            ])),
            "file" if open => a.value_hint(ValueHint::FilePath),
            // `--data fileb://PATH` reads a file: leave the shell's default.
            "data" => a,
            _ if open => a.value_hint(ValueHint::Other),
            _ => a,
        }
    })
    .mut_subcommands(hinted)
}

/// `kinesis man [--out-dir DIR]`: kinesis.1 on stdout, or every page into DIR.
pub fn man(out_dir: Option<&Path>) -> Result<ExitCode> {
    match out_dir {
        Some(dir) => write_man_pages(dir)?,
        None => crate::output::stdout(&page(&built())?)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The command tree as the man pages describe it.
fn built() -> clap::Command {
    let mut cmd = crate::cli::command().disable_help_subcommand(true);
    cmd.build();
    cmd
}

/// Writes kinesis.1 and kinesis-<command>.1 for every command into `dir`.
fn write_man_pages(dir: &Path) -> Result<()> {
    fn write(cmd: &clap::Command, dir: &Path) -> Result<()> {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            write(sub, dir)?;
        }
        let name = cmd.get_display_name().unwrap_or_else(|| cmd.get_name());
        std::fs::write(dir.join(format!("{name}.1")), page(cmd)?)?;
        Ok(())
    }
    std::fs::create_dir_all(dir)?;
    write(&built(), dir)
}

/// One man page: clap_mangen's sections, then EXAMPLES and EXIT STATUS.
fn page(cmd: &clap::Command) -> Result<Vec<u8>> {
    use clap_mangen::roff::{Roff, bold, roman};
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut buf)?;
    let mut roff = Roff::default();
    roff.control("SH", ["EXAMPLES"]);
    for (example, what) in examples(cmd) {
        roff.control("TP", []).text([bold(example)]).text([roman(what)]);
    }
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in EXIT_STATUS {
        roff.control("TP", []).text([bold(code)]).text([roman(meaning)]);
    }
    buf.extend_from_slice(roff.to_roff().as_bytes());
    Ok(buf)
}

/// What the exit codes mean (aws-cli v2's).
const EXIT_STATUS: [(&str, &str); 6] = [
    ("0", "Success (also when a reader of the output closed it early, as `| head` does)."),
    ("130", "Interrupted (Ctrl-C), after writing what was read or summarising an upload."),
    ("252", "The command line or a parameter is wrong; nothing was sent."),
    ("253", "No usable configuration: data dir, region, credentials, endpoint URL."),
    ("254", "The service (the engine or AWS) answered with an error, named by its Kinesis code."),
    ("255", "Anything else: a connection that failed, a waiter that gave up, an internal failure."),
];

/// Examples for a page: hand-written where a command has a habit worth showing, else the
/// command with its required flags.
fn examples(cmd: &clap::Command) -> Vec<(String, String)> {
    let name = cmd.get_display_name().unwrap_or_else(|| cmd.get_name());
    let pairs: &[(&str, &str)] = match name {
        "kinesis" => &[
            (
                "kinesis create-stream --stream-name orders --shard-count 4",
                "Create a stream in the local engine.",
            ),
            (
                "kinesis put-record --stream-name orders --partition-key 1 --data hello",
                "Put one record; prints its sequence number and shard.",
            ),
            (
                "kinesis read --stream-name orders --follow",
                "Print every record of every shard, decoded, as they arrive.",
            ),
            (
                "kinesis --endpoint-url http://127.0.0.1:4567 list-streams",
                "The same commands against any Kinesis endpoint.",
            ),
        ],
        "kinesis-put-records" => &[
            (
                "kinesis put-records --stream-name orders --records Data=a,PartitionKey=1 Data=b,PartitionKey=2",
                "Put a few records, in aws-cli's shorthand.",
            ),
            (
                "kinesis put-records --stream-name orders --file events.jsonl --partition-key-field user",
                "Upload a file in batches, keyed by a JSON field.",
            ),
        ],
        "kinesis-read" => &[
            ("kinesis read --stream-name orders", "Every record retained, then stop."),
            (
                "kinesis read --stream-name orders --from latest --max-records 10",
                "Wait for the next ten records.",
            ),
            (
                "kinesis read --stream-name orders --output json | jq .Data",
                "JSON lines, one record each.",
            ),
        ],
        "kinesis-serve" => &[
            (
                "kinesis serve --port 4567 --stream orders:4",
                "Serve the engine on localhost for SDKs and aws-cli.",
            ),
            (
                "aws --endpoint-url http://127.0.0.1:4567 kinesis list-streams",
                "Use it from aws-cli.",
            ),
        ],
        _ => &[],
    };
    if !pairs.is_empty() {
        return pairs.iter().map(|(e, w)| (e.to_string(), w.to_string())).collect();
    }
    let mut line = name.replacen('-', " ", 1);
    for arg in cmd.get_arguments().filter(|a| a.is_required_set() && !a.is_global_set()) {
        if let Some(long) = arg.get_long() {
            let value = arg.get_value_names().and_then(|v| v.first()).map(|v| v.to_string());
            line.push_str(&format!(" --{long} {}", value.unwrap_or_default()));
        }
    }
    if cmd.get_groups().any(|g| g.get_id() == "StreamTarget") {
        line.push_str(" --stream-name orders");
    }
    let what = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
    vec![(line.trim_end().to_string(), what)]
}

/// `kinesis version`: what `--version` prints.
pub fn version() -> Result<ExitCode> {
    // Not the command tree's name: building the tree would be most of what `version` costs.
    let line = format!("{} {}\n", crate::cli::NAME, env!("CARGO_PKG_VERSION"));
    crate::output::stdout(line.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The command tree the shell's dynamic completion asks (`source <(COMPLETE=bash kinesis)`):
/// the static hints, and stream names and shard ids read from the local engine.
pub fn completing() -> clap::Command {
    use clap_complete::ArgValueCandidates;
    fn add(cmd: clap::Command) -> clap::Command {
        cmd.mut_args(|a| match a.get_id().as_str() {
            "stream_name" | "exclusive_start_stream_name" => {
                a.add(ArgValueCandidates::new(|| known(Known::Streams)))
            }
            "shard_id"
            | "shard_ids"
            | "shard_to_split"
            | "shard_to_merge"
            | "adjacent_shard_to_merge"
            | "exclusive_start_shard_id" => a.add(ArgValueCandidates::new(|| known(Known::Shards))),
            "stream_arn" | "resource_arn" => {
                a.add(ArgValueCandidates::new(|| known(Known::StreamArns)))
            }
            "consumer_name" => a.add(ArgValueCandidates::new(|| known(Known::ConsumerNames))),
            "consumer_arn" => a.add(ArgValueCandidates::new(|| known(Known::ConsumerArns))),
            _ => a,
        })
        .mut_subcommands(add)
    }
    add(hinted(crate::cli::command()))
}

/// What completion may offer from the store.
#[derive(Clone, Copy, PartialEq)]
enum Known {
    Streams,
    StreamArns,
    Shards,
    ConsumerNames,
    ConsumerArns,
}

/// Stream names or ARNs, shard ids, or consumer names or ARNs from the backend a command would
/// use (the local engine, or the
/// endpoint of `KINESIS_BACKEND=aws` / `AWS_ENDPOINT_URL`, given two seconds), for completion;
/// nothing when it cannot be asked.
fn known(what: Known) -> Vec<clap_complete::CompletionCandidate> {
    use crate::model::{ListShardsInput, ListStreamConsumersInput, ListStreamsInput, StreamRef};
    let Ok(cli) = <Cli as clap::Parser>::try_parse_from(["kinesis", "list-streams"]) else {
        return Vec::new();
    };
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
        return Vec::new();
    };
    let g = &cli.global;
    let ask = async {
        let backend: Box<dyn crate::backend::Kinesis> = if super::is_remote(g) {
            super::aws_backend(g).await.ok()?
        } else {
            let dir = super::data_dir(g).ok().filter(|d| d.join("kinesis.db").exists())?;
            Box::new(crate::engine::Engine::open(&dir, Default::default()).ok()?)
        };
        let listed = backend.list_streams(ListStreamsInput::default()).await.ok()?;
        let mut found = Vec::new();
        for summary in listed.stream_summaries {
            match what {
                Known::Streams => found.push(summary.stream_name),
                Known::StreamArns => found.push(summary.stream_arn),
                Known::Shards => {
                    let stream = StreamRef::name(&summary.stream_name);
                    let input = ListShardsInput { stream, ..Default::default() };
                    if let Ok(page) = backend.list_shards(input).await {
                        found.extend(page.shards.into_iter().map(|s| s.shard_id));
                    }
                }
                Known::ConsumerNames | Known::ConsumerArns => {
                    let input = ListStreamConsumersInput {
                        stream_arn: summary.stream_arn,
                        ..Default::default()
                    };
                    if let Ok(page) = backend.list_stream_consumers(input).await {
                        found.extend(page.consumers.into_iter().map(|c| match what {
                            Known::ConsumerNames => c.consumer_name,
                            _ => c.consumer_arn,
                        }));
                    }
                }
            }
        }
        found.sort();
        found.dedup();
        Some(found)
    };
    // The timer belongs to the runtime: made inside it.
    let names = runtime
        .block_on(async { tokio::time::timeout(std::time::Duration::from_secs(2), ask).await });
    let names = names.ok().flatten().unwrap_or_default();
    names.into_iter().map(clap_complete::CompletionCandidate::new).collect()
}
