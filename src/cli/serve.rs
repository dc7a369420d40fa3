//! serve: the engine as a local Kinesis endpoint.

use clap::Args;

use crate::model::limits;

/// serve.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port to listen on (0: any free port; the URL is printed on stdout).
    #[arg(long, default_value_t = 4567)]
    pub port: u16,
    /// The address to listen on; anything but loopback must be asked for.
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
    pub bind: std::net::IpAddr,
    /// Keep streams in memory only, not in the data dir: gone when the server stops.
    #[arg(long)]
    pub in_memory: bool,
    /// Create these streams at start (unless they exist): NAME:SHARDS, repeatable.
    #[arg(long = "stream", value_name = "NAME:SHARDS")]
    pub streams: Vec<String>,
    /// The most open shards across all streams.
    #[arg(long, default_value_t = limits::DEFAULT_SHARD_LIMIT, value_name = "N")]
    pub shard_limit: u32,
    /// How long shard iterators stay valid, in seconds.
    #[arg(long, default_value_t = limits::ITERATOR_TTL.as_secs() as u32, value_name = "SECONDS")]
    pub iterator_ttl: u32,
    /// How long a new stream stays CREATING, in milliseconds.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub create_stream_ms: u32,
    /// How long a deleted stream stays DELETING, in milliseconds.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub delete_stream_ms: u32,
    /// How long a resharded or re-tuned stream stays UPDATING, in milliseconds.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub update_stream_ms: u32,
    /// How long a registered consumer stays CREATING, in milliseconds.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub register_consumer_ms: u32,
    /// How long a deregistered consumer stays DELETING, in milliseconds.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub deregister_consumer_ms: u32,
    /// How long a client may take to send a request's headers, in seconds.
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS", value_parser = positive_seconds)]
    pub header_timeout: f64,
    /// How long a connection may sit idle between requests before it is closed, in seconds.
    #[arg(long, default_value_t = 60.0, value_name = "SECONDS", value_parser = positive_seconds)]
    pub idle_timeout: f64,
    /// Accept unsigned requests (curl, hand-made clients). By default a request must carry a
    /// SigV4 signature complete in form, as AWS requires (it is not verified).
    #[arg(long, conflicts_with = "verify_signatures")]
    pub no_auth_check: bool,
    /// Verify each request's SigV4 signature, as AWS does, against a key pair: --access-key-id
    /// and --secret-access-key, or the credentials file's profile (--profile, else default).
    #[arg(long)]
    pub verify_signatures: bool,
    /// With --verify-signatures: the access key id requests must be signed with.
    #[arg(long, value_name = "KEY_ID", requires_all = ["verify_signatures", "secret_access_key"])]
    pub access_key_id: Option<String>,
    /// With --verify-signatures: the secret access key requests must be signed with.
    #[arg(long, value_name = "SECRET", requires = "access_key_id")]
    pub secret_access_key: Option<String>,
    /// Enforce Kinesis's rate limits: per shard 1 MiB/s and 1 000 records/s in, 5 GetRecords
    /// calls/s and 2 MiB/s out (ProvisionedThroughputExceededException beyond), 2 MiB/s to
    /// each subscription; each
    /// control-plane action's documented call rate (LimitExceededException beyond).
    #[arg(long)]
    pub enforce_limits: bool,
    /// Script faults from this file (YAML or JSON): errors, latency and failed records per
    /// action, by probability (with a seed) or every Nth call, and reshards at given moments.
    #[arg(long, value_name = "FILE")]
    pub faults: Option<std::path::PathBuf>,
    /// The most connections served at once; more are answered 503 and closed.
    #[arg(long, default_value_t = 512, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub max_connections: u32,
}

/// A number of seconds above zero (and below a year).
fn positive_seconds(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(n) if n > 0.0 && n <= 31_536_000.0 => Ok(n),
        _ => Err(format!("expected a number of seconds above 0, not '{s}'")),
    }
}
