//! The only place bytes leave the process: stdout for answers, records and upload lines;
//! stderr for the diagnostics — errors, warnings, debug lines, request logs and the progress
//! bar. Every line on stderr starts with `kinesis: `.

use std::io::{BufWriter, IsTerminal, StdoutLock, Write};
use std::time::Duration;

use crate::error::{Error, Result};

/// Writes `bytes` to stdout and flushes (a closed pipe is [`Error::BrokenPipe`], a quiet
/// exit 0).
pub fn stdout(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    Ok(out.flush()?)
}

/// A buffered stdout for a stream of records (flushed by its owner, and on drop).
pub fn records() -> BufWriter<StdoutLock<'static>> {
    BufWriter::with_capacity(1 << 16, std::io::stdout().lock())
}

/// Whether stdout is a terminal (people get tables and colour there).
pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

/// The one line a failure prints: `kinesis: <Code>: <message>`. A closed stdout and Ctrl-C
/// end without one, as they do for any Unix filter.
pub fn error(e: &Error) {
    if !matches!(e, Error::BrokenPipe | Error::Interrupted) {
        eprintln!("kinesis: {}: {e}", e.code());
    }
}

/// The usage a command given too little prints (on stderr: it is an error, exit 252).
pub fn usage(text: &str) {
    eprint!("{text}");
}

/// A warning: `kinesis: warning: <message>`.
pub fn warn(message: &str) {
    eprintln!("kinesis: warning: {message}");
}

/// A `--debug` line: `kinesis: debug: <line>`.
pub fn debug(line: &str) {
    eprintln!("kinesis: debug: {line}");
}

/// A log line (a server's): `kinesis: <line>`.
pub fn log(line: &str) {
    eprintln!("kinesis: {line}");
}

/// A progress bar on stderr, shown only when stderr is a terminal: bytes of `total` when the
/// size is known, a spinner otherwise.
pub fn progress(total: Option<u64>) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressStyle};
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match total {
        // The bar takes what the terminal has left, so a line never wraps at 80 columns.
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template(
                "{wide_bar} {bytes}/{total_bytes} {binary_bytes_per_sec} {msg} {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {bytes} {binary_bytes_per_sec} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// A status line on stderr, rewritten in place, shown only when stderr is a terminal.
pub fn status() -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressStyle};
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template("{spinner} {wide_msg}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    let line = ProgressBar::new_spinner().with_style(style);
    line.enable_steady_tick(Duration::from_millis(200));
    line
}
