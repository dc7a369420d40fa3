//! Generated documentation: shell completions and man pages, from the clap definitions.

use std::path::Path;
use std::process::ExitCode;

use clap::CommandFactory;
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
fn write_completions(shell: Shell, out: &mut Vec<u8>) {
    clap_complete::generate(shell, &mut Cli::command(), "kinesis", out);
}

/// `kinesis man [--out-dir DIR]`: kinesis.1 on stdout, or every page into DIR.
pub fn man(out_dir: Option<&Path>) -> Result<ExitCode> {
    match out_dir {
        Some(dir) => write_man_pages(dir)?,
        None => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(Cli::command()).render(&mut buf)?;
            crate::output::stdout(&buf)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes kinesis.1 and kinesis-<command>.1 for every command into `dir`.
fn write_man_pages(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    clap_mangen::generate_to(Cli::command(), dir)?;
    Ok(())
}

/// `kinesis version`: what `--version` prints.
pub fn version() -> Result<ExitCode> {
    let line = format!("{} {}\n", Cli::command().get_name(), env!("CARGO_PKG_VERSION"));
    crate::output::stdout(line.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
