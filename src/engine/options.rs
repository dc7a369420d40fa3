//! What an engine process is told rather than what its store holds: the region, limits,
//! lifetimes and transition times, and the clock every engine function reads the time from.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use crate::model::limits;
use crate::model::*;

/// Settings that belong to an engine process rather than to the store.
#[derive(Debug, Clone)]
pub struct EngineOptions {
    /// The region streams' ARNs name.
    pub region: String,
    /// The most shards that may be open across all streams at once.
    pub shard_limit: u32,
    /// How long a shard iterator stays valid, in milliseconds (Kinesis: five minutes).
    pub iterator_ttl_ms: i64,
    /// How long a new stream stays CREATING, in milliseconds.
    pub create_stream_ms: i64,
    /// How long a deleted stream stays DELETING, in milliseconds.
    pub delete_stream_ms: i64,
    /// How long a changed stream stays UPDATING, in milliseconds.
    pub update_stream_ms: i64,
    /// How long a registered consumer stays CREATING, in milliseconds.
    pub register_consumer_ms: i64,
    /// How long a deregistered consumer stays DELETING, in milliseconds.
    pub deregister_consumer_ms: i64,
    /// Enforce Kinesis's per-shard throughput limits (see `throughput`).
    pub enforce_limits: bool,
    /// Where the time comes from.
    pub clock: Clock,
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions {
            region: "us-east-1".into(),
            shard_limit: limits::DEFAULT_SHARD_LIMIT,
            iterator_ttl_ms: limits::ITERATOR_TTL.as_millis() as i64,
            create_stream_ms: 0,
            delete_stream_ms: 0,
            update_stream_ms: 0,
            register_consumer_ms: 0,
            deregister_consumer_ms: 0,
            enforce_limits: false,
            clock: Clock::System,
        }
    }
}

/// The engine's time: the system's, or one a test sets and moves.
#[derive(Debug, Clone, Default)]
pub enum Clock {
    /// The wall clock.
    #[default]
    System,
    /// A time that changes only when told to (shared by every clone).
    Manual(Arc<AtomicI64>),
}

impl Clock {
    /// A manual clock starting at `t`.
    pub fn manual(t: Timestamp) -> Clock {
        Clock::Manual(Arc::new(AtomicI64::new(t.0)))
    }

    /// The time now.
    pub fn now(&self) -> Timestamp {
        match self {
            Clock::System => Timestamp::now(),
            Clock::Manual(t) => Timestamp(t.load(Ordering::SeqCst)),
        }
    }

    /// Moves a manual clock forward by `ms` (the system clock moves by itself).
    pub fn advance(&self, ms: i64) {
        if let Clock::Manual(t) = self {
            t.fetch_add(ms, Ordering::SeqCst);
        }
    }
}
