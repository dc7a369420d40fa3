//! The command tree: the derived one with what derive cannot say (aws-cli's input options on
//! every action's command, global options hidden where a command has no use for them), and
//! parsing through it.

use clap::{Args, Parser};

use super::*;

/// The command line: [`Cli`], with aws-cli's input options (`--cli-input-json`,
/// `--cli-input-yaml`, `--generate-cli-skeleton`) on every command named after an action, and
/// the global options a command cannot use hidden from its help.
///
/// The input options are applied to the arguments before they are parsed (they fill in other
/// flags); they are declared here for help, completions and man pages, and a value that
/// reaches the parser is refused.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    decorate(Cli::command())
}

/// What [`command`] adds to the derived tree, to whichever of its subcommands `cmd` has.
fn decorate(mut cmd: clap::Command) -> clap::Command {
    use crate::model::Action;
    let present: Vec<Action> =
        cmd.get_subcommands().filter_map(|sub| Action::from_command(sub.get_name())).collect();
    // In the registry's order: the order they are changed in is the order they are listed in.
    for action in Action::ALL.iter().filter(|a| present.contains(a)) {
        cmd = cmd.mut_subcommand(action.command(), |sub| {
            sub.next_help_heading("aws-cli input")
                .arg(input_arg(CLI_INPUT_JSON, "JSON|file://PATH").help(
                    "Take the request's members from a JSON object (as --generate-cli-skeleton \
                     prints it); flags on the command line win",
                ))
                .arg(input_arg(CLI_INPUT_YAML, "YAML|file://PATH").help(
                    "Take the request's members from a YAML document (as --generate-cli-skeleton \
                     yaml-input prints it); flags on the command line win",
                ))
                .arg(
                    input_arg(GENERATE_CLI_SKELETON, "input|yaml-input|output")
                        .num_args(0..=1)
                        .help(
                            "Print a sample request (input, the default, or yaml-input) without \
                             sending anything, or check the command line and print a sample \
                             response (output)",
                        ),
                )
        });
    }
    // Global options a command has no use for stay out of its help (a copy of the option,
    // hidden, stands in for it there): serve prints no response and takes no blobs (and
    // refuses those options), and the generators reach no backend.
    let globals: Vec<clap::Arg> =
        cmd.get_arguments().filter(|a| a.is_global_set()).cloned().collect();
    let unused: [(&str, &[&str]); 4] = [
        ("serve", &["output", "query", "cli_binary_format"]),
        ("completions", &[]),
        ("man", &[]),
        ("version", &[]),
    ];
    for (name, ids) in unused {
        if cmd.find_subcommand(name).is_none() {
            continue;
        }
        let hidden = globals
            .iter()
            .filter(|a| ids.is_empty() || ids.contains(&a.get_id().as_str()))
            .map(|a| a.clone().global(false).hide(true));
        cmd = cmd.mut_subcommand(name, |sub| hidden.fold(sub, clap::Command::arg));
    }
    cmd
}

/// `--cli-input-json`.
pub const CLI_INPUT_JSON: &str = "cli-input-json";
/// `--cli-input-yaml`.
pub const CLI_INPUT_YAML: &str = "cli-input-yaml";
/// `--generate-cli-skeleton`.
pub const GENERATE_CLI_SKELETON: &str = "generate-cli-skeleton";

fn input_arg(name: &'static str, value_name: &'static str) -> clap::Arg {
    clap::Arg::new(name).long(name).value_name(value_name).value_parser(|_: &str| {
        Err::<String, _>(
            "must follow the command's name, as `kinesis <command> --cli-input-json …`",
        )
    })
}

/// Parses a command line with [`command`].
///
/// Building the whole tree (every command, each with the global options) was a third of what a
/// one-shot `kinesis list-streams` cost, so a command line naming a command is first parsed by
/// a tree of that command alone ([`narrow`]); anything it does not take as it is — help,
/// `--version`, a mistake to report, a command under `wait` — goes to the whole tree, whose
/// answer (and error message) is the one given.
pub fn parse(args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let narrowed = narrow(&args).and_then(|c| c.try_get_matches_from(&args).ok());
    if let Some(cli) = narrowed.and_then(|mut m| Cli::from_arg_matches_mut(&mut m).ok()) {
        return Ok(cli);
    }
    let mut matches = command().try_get_matches_from(args)?;
    Cli::from_arg_matches_mut(&mut matches)
}

/// The root of [`Cli`] without its commands: the same settings and global options.
#[derive(Debug, Parser)]
#[command(name = NAME, version, propagate_version = true, max_term_width = 100)]
#[command(subcommand_required = true, arg_required_else_help = true)]
#[group(id = "Cli")]
struct Root {
    #[command(flatten, next_help_heading = "Global options")]
    global: GlobalArgs,
}

/// Each command's options, by name, as the derived tree builds them (every command but
/// `wait`'s, which have commands of their own); a test holds this to the derived tree.
const COMMANDS: &[(&str, Options)] = &[
    ("create-stream", CreateStreamArgs::augment_args),
    ("delete-stream", DeleteStreamArgs::augment_args),
    ("describe-stream", DescribeStreamArgs::augment_args),
    ("describe-stream-summary", StreamArgs::augment_args),
    ("list-streams", ListStreamsArgs::augment_args),
    ("list-shards", ListShardsArgs::augment_args),
    ("describe-limits", unit),
    ("put-record", PutRecordArgs::augment_args),
    ("put-records", PutRecordsArgs::augment_args),
    ("get-shard-iterator", GetShardIteratorArgs::augment_args),
    ("get-records", GetRecordsArgs::augment_args),
    ("read", ReadArgs::augment_args),
    ("shard-for", ShardForArgs::augment_args),
    ("split-shard", SplitShardArgs::augment_args),
    ("merge-shards", MergeShardsArgs::augment_args),
    ("update-shard-count", UpdateShardCountArgs::augment_args),
    ("increase-stream-retention-period", RetentionArgs::augment_args),
    ("decrease-stream-retention-period", RetentionArgs::augment_args),
    ("enable-enhanced-monitoring", MonitoringArgs::augment_args),
    ("disable-enhanced-monitoring", MonitoringArgs::augment_args),
    ("add-tags-to-stream", AddTagsArgs::augment_args),
    ("remove-tags-from-stream", RemoveTagsArgs::augment_args),
    ("list-tags-for-stream", ListTagsArgs::augment_args),
    ("tag-resource", TagResourceArgs::augment_args),
    ("untag-resource", UntagResourceArgs::augment_args),
    ("list-tags-for-resource", ResourceArgs::augment_args),
    ("start-stream-encryption", EncryptionArgs::augment_args),
    ("stop-stream-encryption", EncryptionArgs::augment_args),
    ("update-stream-mode", UpdateStreamModeArgs::augment_args),
    ("put-resource-policy", PutPolicyArgs::augment_args),
    ("get-resource-policy", PolicyTargetArgs::augment_args),
    ("delete-resource-policy", PolicyTargetArgs::augment_args),
    ("update-stream-warm-throughput", UpdateWarmThroughputArgs::augment_args),
    ("update-stream-record-distribution-strategy", UpdateDistributionArgs::augment_args),
    ("update-max-record-size", UpdateMaxRecordSizeArgs::augment_args),
    ("create-channel", CreateChannelArgs::augment_args),
    ("describe-channel", ChannelArnArgs::augment_args),
    ("list-channels", ListChannelsArgs::augment_args),
    ("update-channel", UpdateChannelArgs::augment_args),
    ("delete-channel", ChannelArnArgs::augment_args),
    ("describe-account-settings", unit),
    ("update-account-settings", UpdateAccountSettingsArgs::augment_args),
    ("register-stream-consumer", RegisterConsumerArgs::augment_args),
    ("describe-stream-consumer", ConsumerTarget::augment_args),
    ("list-stream-consumers", ListConsumersArgs::augment_args),
    ("deregister-stream-consumer", ConsumerTarget::augment_args),
    ("create-queue", CreateQueueArgs::augment_args),
    ("describe-queue", QueueArnArgs::augment_args),
    ("list-queues", ListQueuesArgs::augment_args),
    ("update-queue", UpdateQueueArgs::augment_args),
    ("delete-queue", QueueArnArgs::augment_args),
    ("receive-queue-records", ReceiveQueueArgs::augment_args),
    ("acknowledge-queue-records", QueueReceiptsArgs::augment_args),
    ("update-queue-records-visibility", QueueVisibilityArgs::augment_args),
    ("receive-dead-letter-queue-records", ReceiveQueueArgs::augment_args),
    ("acknowledge-dead-letter-queue-records", QueueReceiptsArgs::augment_args),
    ("restore-dead-letter-queue-records", QueueReceiptsArgs::augment_args),
    ("update-dead-letter-queue-records-visibility", QueueVisibilityArgs::augment_args),
    ("subscribe-to-shard", SubscribeArgs::augment_args),
    ("metrics", StreamArgs::augment_args),
    ("perf", PerfArgs::augment_args),
    ("serve", ServeArgs::augment_args),
    ("completions", CompletionsArgs::augment_args),
    ("version", unit),
    ("man", ManArgs::augment_args),
];

/// What adds a command's own options to it.
type Options = fn(clap::Command) -> clap::Command;

/// A command that takes no options of its own.
fn unit(cmd: clap::Command) -> clap::Command {
    cmd
}

/// The tree of the first argument that names a command in [`COMMANDS`], and of it alone.
fn narrow(args: &[std::ffi::OsString]) -> Option<clap::Command> {
    use clap::CommandFactory;
    let (name, options) = args
        .iter()
        .skip(1)
        .find_map(|a| COMMANDS.iter().find(|(name, _)| a.to_str() == Some(name)))?;
    Some(decorate(Root::command().subcommand(options(clap::Command::new(*name)))))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A command line's arguments as `main` hands them to [`parse`].
    fn arguments(line: &[&str]) -> Vec<std::ffi::OsString> {
        let args = std::iter::once(NAME).chain(line.iter().copied()).map(Into::into).collect();
        spans_as_values(help_as_flag(args))
    }

    /// Everything a command's parse depends on: its options and groups, and its settings
    /// (what `Debug` shows of it, its help texts left out).
    fn parsing(cmd: &clap::Command) -> String {
        let args: Vec<_> = cmd.get_arguments().collect();
        let groups: Vec<_> = cmd.get_groups().collect();
        format!("{args:#?}\n{groups:#?}")
    }

    #[test]
    fn each_command_alone_parses_as_in_the_whole_tree() {
        let mut whole = command();
        whole.build();
        let listed: Vec<&str> = COMMANDS.iter().map(|(name, _)| *name).collect();
        let left_out: Vec<&str> =
            whole.get_subcommands().map(|c| c.get_name()).filter(|n| !listed.contains(n)).collect();
        assert_eq!(left_out, ["wait", "help"], "a command missing from COMMANDS");
        for name in listed {
            let mut alone = narrow(&[NAME.into(), "--debug".into(), name.into()]).unwrap();
            alone.build();
            assert_eq!(parsing(&alone), parsing(&whole), "the root, beside {name}");
            let root = |c: &clap::Command| {
                (
                    c.get_name().to_string(),
                    c.get_version().map(str::to_string),
                    c.is_propagate_version_set(),
                    c.is_subcommand_required_set(),
                    c.is_arg_required_else_help_set(),
                )
            };
            assert_eq!(root(&alone), root(&whole));
            let one = alone.find_subcommand(name).unwrap();
            let same = whole.find_subcommand(name).unwrap();
            assert_eq!(parsing(one), parsing(same), "{name}");
            // Where a command is listed in help is the whole tree's to say.
            let without_help = |c: &clap::Command| {
                format!("{:#?}", c.clone().about(None).long_about(None).display_order(0))
            };
            assert_eq!(without_help(one), without_help(same), "{name}");
        }
    }

    #[test]
    fn a_command_line_parses_the_same_either_way() {
        use clap::FromArgMatches;
        let lines: [&[&str]; 4] = [
            &[
                "--output",
                "text",
                "put-record",
                "--stream-name",
                "s",
                "--partition-key",
                "k",
                "--data",
                "d",
            ],
            &["list-streams", "--query", "StreamNames", "--region", "eu-west-1"],
            &[
                "read",
                "--stream-name",
                "s",
                "--from",
                "-1h",
                "--max-records",
                "5",
                "--decode",
                "none",
            ],
            &[
                "put-records",
                "--stream-name",
                "s",
                "--records",
                "PartitionKey=a,Data=b",
                "PartitionKey=c,Data=d",
            ],
        ];
        for line in lines {
            let args = arguments(line);
            let whole = command().try_get_matches_from(&args).unwrap();
            let whole = Cli::from_arg_matches(&whole).unwrap();
            let alone = narrow(&args).unwrap().try_get_matches_from(&args).unwrap();
            let alone = Cli::from_arg_matches(&alone).unwrap();
            assert_eq!(format!("{alone:?}"), format!("{whole:?}"), "{line:?}");
        }
    }

    #[test]
    fn what_one_command_alone_does_not_take_goes_to_the_whole_tree() {
        use clap::FromArgMatches;
        // A value that happens to be a command's name, help, a mistake.
        let lines: [&[&str]; 5] = [
            &["--query", "read", "list-streams"],
            &["list-streams", "--help"],
            &["put-record", "--stream-nam", "s"],
            &["wait", "stream-exists", "--stream-name", "s"],
            &["--data-dir", "put-record", "describe-limits"],
        ];
        for line in lines {
            let args = arguments(line);
            let whole = command()
                .try_get_matches_from(&args)
                .and_then(|m| Cli::from_arg_matches(&m))
                .map(|c| format!("{c:?}"));
            let parsed = parse(args).map(|c| format!("{c:?}"));
            match (whole, parsed) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{line:?}"),
                (Err(a), Err(b)) => assert_eq!(a.render().to_string(), b.render().to_string()),
                (a, b) => panic!("{line:?}: {a:?} against {b:?}"),
            }
        }
    }
}
