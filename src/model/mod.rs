//! Domain types, with no I/O: what a request asks and what a response answers.
//!
//! Request and response types serialize to exactly the Kinesis JSON 1.1 wire shape
//! (PascalCase members, timestamps as epoch seconds, blobs as base64), so the server can
//! speak them directly and the output layer starts from what AWS itself would send.

pub mod actions;
pub mod hash_key;
pub mod limits;
pub mod record;
pub mod sequence;
pub mod settings;
pub mod shard_id;
pub mod stream;
pub mod time;
pub mod validate;

pub use actions::Action;
pub use hash_key::{HashKeyRange, partition_key_hash};
pub use record::*;
pub use sequence::SequenceNumber;
pub use settings::*;
pub use shard_id::ShardId;
pub use stream::*;
pub use time::Timestamp;
