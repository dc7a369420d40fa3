//! The `kinesis` binary: parse, run, and turn any error into one line and an exit code.

use std::process::ExitCode;

use clap::error::ErrorKind;
use kinesis::commands::Prepared;
use kinesis::error::Error;

fn main() -> ExitCode {
    // `COMPLETE=bash kinesis`: the shell's dynamic completion, answered before anything else.
    clap_complete::CompleteEnv::with_factory(kinesis::commands::completing).complete();
    let args = kinesis::cli::help_as_flag(std::env::args_os().collect());
    let args = kinesis::cli::spans_as_values(args);
    // aws-cli's --cli-input-json|yaml and --generate-cli-skeleton act on the arguments.
    let (args, output_skeleton) = match kinesis::commands::prepare(args) {
        Ok(Prepared::Run { args, output_skeleton }) => (args, output_skeleton),
        Ok(Prepared::Done) => return ExitCode::SUCCESS,
        Err(e) => return fail(&e, false),
    };
    let mut cli = match kinesis::cli::parse(args) {
        Ok(cli) => cli,
        Err(e) => return usage(e),
    };
    cli.global.output_skeleton = output_skeleton;
    let debug = cli.global.debug;
    // One thread for a command; the server and the load generator take every core.
    let mut builder = match cli.command {
        #[cfg(feature = "server")]
        kinesis::cli::Command::Serve(_) | kinesis::cli::Command::Perf(_) => {
            tokio::runtime::Builder::new_multi_thread()
        }
        _ => tokio::runtime::Builder::new_current_thread(),
    };
    let runtime = match builder.enable_all().build() {
        Ok(rt) => rt,
        Err(e) => return fail(&Error::caused(format!("cannot start the runtime: {e}"), e), debug),
    };
    let code = match runtime.block_on(kinesis::commands::run(cli)) {
        Ok(code) => code,
        Err(e) => fail(&e, debug),
    };
    // Whatever still runs on a blocking thread now (a queue receive `serve` was waiting on
    // when it stopped) is abandoned: requests had their grace period, and the store is safe
    // whenever a process ends.
    runtime.shutdown_timeout(std::time::Duration::ZERO);
    code
}

/// Prints an error as the one line every failure gets (with `--debug`, its causes after it),
/// and gives its exit code.
fn fail(e: &Error, debug: bool) -> ExitCode {
    kinesis::output::error(e);
    if debug {
        e.causes().for_each(|c| kinesis::output::debug(&format!("caused by: {c}")));
    }
    e.exit()
}

/// Help and version print normally; any other parse error is one line and exit 252.
fn usage(e: clap::Error) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        // `kinesis` or `kinesis wait` alone: the usage and the commands, as aws-cli's synopsis.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            kinesis::output::usage(&e.render().to_string());
            ExitCode::from(252)
        }
        ErrorKind::MissingSubcommand => {
            kinesis::output::usage(&kinesis::cli::help_of_missing_subcommand(&e));
            ExitCode::from(252)
        }
        _ => fail(&Error::Usage(kinesis::cli::one_line(&e)), false),
    }
}
