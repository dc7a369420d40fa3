//! `kinesis serve`: the embedded engine as a local Kinesis endpoint.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use crate::backend::Kinesis;
use crate::cli::{BinaryFormat, GlobalArgs, ServeArgs};
use crate::engine::{Engine, EngineOptions};
use crate::error::{Error, Result};
use crate::model::CreateStreamInput;
use crate::output;
use crate::server::faults::{Injector, Script};
use crate::server::{Auth, Keys, Limits, Options};

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

/// Refuses the global flags that mean nothing to a server (their environment variables are
/// left alone: they are meant for other commands).
fn reject_ignored(g: &GlobalArgs) -> Result<()> {
    let ignored = |flag: &str| {
        Err(Error::Usage(format!(
            "serve does not print responses: {flag} means nothing to it (see --help)"
        )))
    };
    if g.output.is_some() && g.env.output.is_none() {
        return ignored("--output");
    }
    if g.query.is_some() {
        return ignored("--query");
    }
    if g.cli_binary_format == BinaryFormat::Base64 {
        return ignored("--cli-binary-format");
    }
    if g.http2 && !super::is_remote(g) {
        return Err(Error::Usage(
            "serve answers HTTP/1.1 and HTTP/2 (h2c) by itself: --http2 is only for serving \
             a remote backend (see --help)"
                .into(),
        ));
    }
    Ok(())
}

/// The engine to serve, created as `a` says, and how to name it at start.
fn engine(g: &GlobalArgs, a: &ServeArgs) -> Result<(Engine, String)> {
    let options = EngineOptions {
        region: super::region(g),
        shard_limit: a.shard_limit,
        iterator_ttl_ms: i64::from(a.iterator_ttl) * 1000,
        create_stream_ms: i64::from(a.create_stream_ms),
        delete_stream_ms: i64::from(a.delete_stream_ms),
        update_stream_ms: i64::from(a.update_stream_ms),
        register_consumer_ms: i64::from(a.register_consumer_ms),
        deregister_consumer_ms: i64::from(a.deregister_consumer_ms),
        enforce_limits: a.enforce_limits,
        ..EngineOptions::default()
    };
    if a.in_memory {
        return Ok((Engine::in_memory(options)?, "the engine (in memory)".to_string()));
    }
    let dir = super::data_dir(g)?;
    let named = format!("the engine (data dir {})", dir.display());
    let engine = Engine::open(&dir, options)?;
    engine.warnings().iter().for_each(|w| output::warn(w));
    Ok((engine, named))
}

/// The key pair of `--verify-signatures`: the flags', else the credentials file's profile.
fn keys(g: &GlobalArgs, a: &ServeArgs) -> Result<Keys> {
    if let (Some(id), Some(secret)) = (&a.access_key_id, &a.secret_access_key) {
        return Ok(Keys { access_key_id: id.clone(), secret_access_key: secret.clone() });
    }
    let profile = g.profile.as_deref().unwrap_or("default");
    let missing = |why: String| {
        Error::Config(format!(
            "--verify-signatures: {why}; give --access-key-id and --secret-access-key, or a \
             profile with aws_access_key_id and aws_secret_access_key"
        ))
    };
    let path =
        g.env.aws_credentials_file.as_ref().ok_or_else(|| missing("no credentials file".into()))?;
    let text = std::fs::read_to_string(path)
        .map_err(|e| missing(format!("cannot read {}: {e}", path.display())))?;
    // The INI file aws-cli writes: `[profile]`, then `key = value` lines.
    let mut section = String::new();
    let (mut id, mut secret) = (None, None);
    for line in text.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim().to_string();
        } else if section == profile
            && let Some((k, v)) = line.split_once('=')
        {
            match k.trim() {
                "aws_access_key_id" => id = Some(v.trim().to_string()),
                "aws_secret_access_key" => secret = Some(v.trim().to_string()),
                _ => {}
            }
        }
    }
    match (id, secret) {
        (Some(access_key_id), Some(secret_access_key)) => {
            Ok(Keys { access_key_id, secret_access_key })
        }
        _ => Err(missing(format!("profile '{profile}' in {} has no key pair", path.display()))),
    }
}

/// Runs the server until Ctrl-C or SIGTERM: the embedded engine, or — with `--endpoint-url`
/// or `--backend aws` — that endpoint, relayed (a local front for AWS or another emulator).
pub async fn run(g: &GlobalArgs, a: ServeArgs) -> Result<()> {
    reject_ignored(g)?;
    let specs = a.streams.iter().map(|s| stream_spec(s)).collect::<Result<Vec<_>>>()?;
    let (backend, named): (Arc<dyn Kinesis>, String) = if super::is_remote(g) {
        let endpoint = g.endpoint_url.as_deref().unwrap_or("AWS, as configured");
        (Arc::from(super::aws_backend(g).await?), format!("the AWS backend ({endpoint})"))
    } else {
        let (engine, named) = engine(g, &a)?;
        (Arc::new(engine), named)
    };
    for (name, shards) in specs {
        let input = CreateStreamInput {
            stream_name: name,
            shard_count: Some(shards),
            stream_mode_details: None,
            tags: None,
            ..Default::default()
        };
        match backend.create_stream(input).await {
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
    output::log(&format!("serving {named} on http://{local}; Ctrl-C stops"));
    let limits = Limits {
        header_timeout: Duration::from_secs_f64(a.header_timeout),
        idle_timeout: Duration::from_secs_f64(a.idle_timeout),
        max_connections: fit_descriptor_limit(a.max_connections as usize),
    };
    let auth = match (a.no_auth_check, a.verify_signatures) {
        (true, _) => Auth::Off,
        (false, true) => Auth::Verify(keys(g, &a)?),
        (false, false) => Auth::Envelope,
    };
    let faults = a.faults.as_deref().map(Script::load).transpose()?.map(Injector::new);
    let options = Options { limits, debug: g.debug, auth, faults };
    crate::server::serve(backend, listener, options, stop_signal()).await?;
    output::log("stopped");
    Ok(())
}
