//! Domain types, with no I/O: what a request asks and what a response answers.
//!
//! Request and response types serialize to exactly the Kinesis JSON 1.1 wire shape
//! (PascalCase members, timestamps as epoch seconds, blobs as base64), so the server can
//! speak them directly and the output layer starts from what AWS itself would send.

pub mod actions;
pub mod channels;
pub mod consumers;
pub mod hash_key;
pub mod limits;
pub mod metrics;
pub mod monitoring;
pub mod queues;
pub mod records;
pub mod reshard;
pub mod retention;
pub mod sequence;
pub mod settings;
pub mod shapes;
pub mod shard_id;
pub mod streams;
pub mod tags;
pub mod time;
pub mod validate;

pub use actions::Action;
pub use channels::*;
pub use consumers::*;
pub use hash_key::{HashKeyRange, KeyHash, partition_key_hash};
pub use metrics::*;
pub use monitoring::*;
pub use queues::*;
pub use records::*;
pub use reshard::*;
pub use retention::*;
pub use sequence::{Layout, Origin, SequenceNumber};
pub use settings::*;
pub use shard_id::ShardId;
pub use streams::*;
pub use tags::*;
pub use time::Timestamp;
