//! `perf`: the load generator's flags.

use clap::Args;

use super::StreamTarget;

/// perf.
#[derive(Debug, Args)]
pub struct PerfArgs {
    /// The stream to load (it must exist).
    #[command(flatten)]
    pub stream: StreamTarget,
    /// Producers sending at once (0: consume only, from the oldest record the stream holds).
    #[arg(long, value_name = "N", default_value_t = 1, allow_negative_numbers = true)]
    pub producers: u32,
    /// Consumers, each reading every shard on its own (0: produce only, no end-to-end
    /// latency).
    #[arg(long, value_name = "N", default_value_t = 1, allow_negative_numbers = true)]
    pub consumers: u32,
    /// Records a second across all producers [default: as fast as the stream takes them].
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub rate: Option<u64>,
    /// Each record's size in bytes, or MIN-MAX for sizes drawn evenly from a range (at least
    /// 16: a record carries its run and when it was sent).
    #[arg(long, value_name = "BYTES", default_value = "100")]
    pub record_size: String,
    /// Partition keys: `random` (a new key per record), `set:N` (N keys, drawn evenly) or
    /// `hot:P` (P% of the records on one key, the rest random).
    #[arg(long, value_name = "KEYS", default_value = "random")]
    pub keys: String,
    /// Records per call: 1 sends PutRecord, more send PutRecords (at most 500).
    #[arg(long, value_name = "N", default_value_t = 500, allow_negative_numbers = true)]
    pub batch_size: u32,
    /// How long producers send: `30s`, `2m`, `500ms`, or seconds [default: 10s, unless
    /// --count].
    #[arg(long, value_name = "SPAN")]
    pub duration: Option<String>,
    /// How many records producers send in all (with --duration, whichever ends first; with
    /// --producers 0, how many each consumer reads).
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub count: Option<u64>,
    /// Consumers read through enhanced fan-out (a temporary consumer each, deregistered at
    /// the end) instead of polling GetRecords.
    #[arg(long)]
    pub efo: bool,
    /// How long a polling consumer waits after an empty page [default: 100ms on the engine,
    /// 1s on an endpoint (AWS allows 5 GetRecords a second per shard), as `read`].
    #[arg(long, value_name = "SPAN")]
    pub poll_interval: Option<String>,
}
