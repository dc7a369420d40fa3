//! The `Kinesis` trait: one async method per action of the registry
//! ([`with_actions!`](crate::with_actions)), model types in and out.
//!
//! The embedded engine and the aws-sdk-kinesis adapter implement it; the server serves any
//! implementation; commands see nothing else. Every method answers exactly what the Kinesis
//! action would, errors included: listings answer one page, PutRecords reports a failed record
//! in its result rather than raising it.

use async_trait::async_trait;

use crate::error::Result;
use crate::model::*;

macro_rules! define_trait {
    ($($name:ident $method:ident: $input:ty => $output:ty, $access:ident;)*) => {
        /// A Kinesis Data Streams service.
        #[async_trait]
        pub trait Kinesis: Send + Sync {
            $(
                #[doc = concat!("`", stringify!($name), "`.")]
                async fn $method(&self, input: $input) -> Result<$output>;
            )*

            /// Per-shard traffic counts (beyond Kinesis: the engine's stand-in for CloudWatch;
            /// other backends answer that they have none).
            async fn stream_metrics(&self, stream: StreamRef) -> Result<StreamMetricsOutput>;
        }
    };
}

crate::with_actions!(define_trait);
