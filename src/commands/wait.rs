//! Waiters: wait stream-exists | stream-not-exists, as aws-cli's.

use std::time::Duration;

use crate::cli::{WaitArgs, WaitCommand};
use crate::commands::Context;
use crate::commands::streams::stream_ref;
use crate::error::{Error, Result};
use crate::model::*;

/// wait stream-exists | stream-not-exists: aws-cli's waiters (DescribeStream every `delay`
/// seconds, `max_attempts` times).
pub async fn wait(ctx: &Context, w: WaitCommand) -> Result<()> {
    let (a, exists) = match w {
        WaitCommand::StreamExists(a) => (a, true),
        WaitCommand::StreamNotExists(a) => (a, false),
    };
    let WaitArgs { stream, delay, max_attempts } = a;
    if !(delay.is_finite() && delay >= 0.0) || max_attempts == 0 {
        return Err(Error::ParamValidation(
            "--delay must be 0 or more seconds and --max-attempts at least 1".into(),
        ));
    }
    let stream = stream_ref(stream)?;
    let name = if exists { "StreamExists" } else { "StreamNotExists" };
    for attempt in 1..=max_attempts {
        let got = ctx
            .call(Action::DescribeStreamSummary, stream.clone(), |s| {
                ctx.backend.describe_stream_summary(s)
            })
            .await;
        let done = match (&got, exists) {
            (Ok(out), true) => out.stream_description_summary.stream_status == StreamStatus::Active,
            (Err(Error::ResourceNotFound(_)), true) => false,
            (Err(Error::ResourceNotFound(_)), false) => true,
            (Ok(_), false) => false,
            (Err(e), _) => {
                return Err(Error::Waiter(format!("Waiter {name} failed: {e}")));
            }
        };
        if done {
            return Ok(());
        }
        if attempt < max_attempts {
            tokio::time::sleep(Duration::from_secs_f64(delay)).await;
        }
    }
    Err(Error::Waiter(format!("Waiter {name} failed: Max attempts exceeded")))
}
