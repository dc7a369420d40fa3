//! Waiters: wait stream-exists, wait stream-not-exists.

use clap::{Args, Subcommand};

use super::StreamTarget;

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
