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

/// What SubscribeToShard answers: events as they come, until the subscription ends (after
/// five minutes, at the end of a closed shard, or at an error, delivered as the last item).
pub struct Subscription {
    events: tokio::sync::mpsc::Receiver<Result<SubscribeToShardEvent>>,
}

/// The producing side of a [`Subscription`]: a backend sends events through it; sending fails
/// once the subscriber has gone, which is the producer's cue to stop.
pub type EventSender = tokio::sync::mpsc::Sender<Result<SubscribeToShardEvent>>;

impl Subscription {
    /// A subscription and its sender. Events wait in a queue of `depth`: a producer ahead of
    /// its subscriber waits for it, as Kinesis paces its pushes by the consumer's reading.
    pub fn channel(depth: usize) -> (EventSender, Subscription) {
        let (tx, events) = tokio::sync::mpsc::channel(depth.max(1));
        (tx, Subscription { events })
    }

    /// The next event; `None` once the subscription has ended.
    pub async fn next(&mut self) -> Option<Result<SubscribeToShardEvent>> {
        self.events.recv().await
    }

    /// [`Subscription::next`] for a poller (an HTTP body streaming the events).
    pub fn poll_next(
        &mut self,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<SubscribeToShardEvent>>> {
        self.events.poll_recv(cx)
    }
}
