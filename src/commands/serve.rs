//! `kinesis serve`: the embedded engine as a local Kinesis endpoint.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use crate::backend::Kinesis;
use crate::cli::{GlobalArgs, ServeArgs};
use crate::engine::{Engine, EngineOptions};
use crate::error::{Error, Result};
use crate::model::CreateStreamInput;
use crate::output;
use crate::server::Limits;

/// Parses `NAME:SHARDS`.
fn stream_spec(spec: &str) -> Result<(String, i64)> {
    let bad =
        || Error::ParamValidation(format!("--stream {spec}: expected NAME:SHARDS, e.g. orders:4"));
    let (name, shards) = spec.rsplit_once(':').ok_or_else(bad)?;
    let shards = shards.parse::<i64>().ok().filter(|n| *n >= 1).ok_or_else(bad)?;
    Ok((name.to_string(), shards))
}

/// Descriptors kept for everything but connections: the store's files, the listener, the
/// standard streams, the runtime.
const RESERVED_DESCRIPTORS: usize = 64;

/// How many connections fit under the open-files limit: the soft limit is raised as far as
/// the hard one allows, and the cap lowered (with a warning) when even that is too few, so
/// that a connection past the cap is refused with 503 rather than left unaccepted.
fn fit_descriptor_limit(wanted: usize) -> usize {
    let needed = (wanted + RESERVED_DESCRIPTORS) as u64;
    let Ok(limit) = rlimit::increase_nofile_limit(needed) else { return wanted };
    let room = usize::try_from(limit).unwrap_or(usize::MAX).saturating_sub(RESERVED_DESCRIPTORS);
    if room >= wanted {
        return wanted;
    }
    let fits = room.max(1);
    output::warn(&format!(
        "--max-connections {wanted} lowered to {fits}: this process may open only {limit} files \
         (ulimit -n)"
    ));
    fits
}

/// Ctrl-C or SIGTERM.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// Runs the server until Ctrl-C or SIGTERM.
pub async fn run(g: &GlobalArgs, a: ServeArgs) -> Result<()> {
    let specs = a.streams.iter().map(|s| stream_spec(s)).collect::<Result<Vec<_>>>()?;
    let options = EngineOptions {
        region: super::region(g),
        shard_limit: a.shard_limit,
        iterator_ttl_ms: i64::from(a.iterator_ttl) * 1000,
        create_stream_ms: i64::from(a.create_stream_ms),
        delete_stream_ms: i64::from(a.delete_stream_ms),
        update_stream_ms: i64::from(a.update_stream_ms),
        ..EngineOptions::default()
    };
    let (engine, store) = if a.in_memory {
        (Engine::in_memory(options)?, "in memory".to_string())
    } else {
        let dir = super::data_dir(g)?;
        let store = format!("data dir {}", dir.display());
        (Engine::open(&dir, options)?, store)
    };
    engine.warnings().iter().for_each(|w| output::warn(w));
    for (name, shards) in specs {
        let input = CreateStreamInput {
            stream_name: name,
            shard_count: Some(shards),
            stream_mode_details: None,
        };
        match engine.create_stream(input).await {
            Ok(()) | Err(Error::ResourceInUse(_)) => {}
            Err(e) => return Err(e),
        }
    }
    let addr = SocketAddr::new(a.bind, a.port);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| Error::Config(format!("cannot listen on {addr}: {e}")))?;
    let local = listener.local_addr()?;
    // The URL on stdout (for scripts and `--port 0`), the rest on stderr.
    output::stdout(format!("http://{local}\n").as_bytes())?;
    output::log(&format!("serving the engine ({store}) on http://{local}; Ctrl-C stops"));
    let limits = Limits {
        header_timeout: Duration::from_secs_f64(a.header_timeout),
        idle_timeout: Duration::from_secs_f64(a.idle_timeout),
        max_connections: fit_descriptor_limit(a.max_connections as usize),
    };
    crate::server::serve(Arc::new(engine), listener, limits, g.debug, stop_signal()).await?;
    output::log("stopped");
    Ok(())
}
