//! Channels: deliveries of a stream's records to Amazon S3 or S3 Tables.
//!
//! Their requests and answers nest deep (destinations, record formats, encryption, logging);
//! this tool relays them as the JSON documents the model describes, checked against it, and
//! does not look inside otherwise: channels exist only on AWS.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A channel action's request or answer, as its JSON document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ChannelDocument(pub Map<String, Value>);

/// Why the embedded engine refuses every channel action.
pub const NO_CHANNELS: &str = "Channels deliver a stream's records to Amazon S3, which the \
    embedded engine does not have: use --backend aws (or --endpoint-url) for channels.";
