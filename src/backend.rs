//! The `Kinesis` trait: one async method per action of the registry
//! ([`with_actions!`](crate::with_actions)), model types in and out.
//!
//! The embedded engine and the aws-sdk-kinesis adapter implement it; the server serves any
//! implementation; commands see nothing else. Every method answers exactly what the Kinesis
//! action would, errors included: listings answer one page, PutRecords reports a failed record
//! in its result rather than raising it.

use std::sync::Arc;

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

            /// PutRecords requests in order, as a careful caller sends them one after the
            /// other: the outcome of each, up to the first that fails or leaves a record out
            /// (throttled), and nothing after it is sent — so records sent again come before
            /// the next request's, whatever the service. The engine stores them in one
            /// transaction, one fsync for all (`put-records --file` hands it the batches read
            /// meanwhile); other backends send them one by one. The requests are shared so
            /// that a caller keeps its records, to send again what was throttled, without
            /// copying them.
            async fn put_records_in_order(
                &self,
                inputs: Vec<Arc<PutRecordsInput>>,
            ) -> Vec<Result<PutRecordsOutput>> {
                let mut outcomes = Vec::with_capacity(inputs.len());
                for input in inputs {
                    let outcome = self.put_records(Arc::unwrap_or_clone(input)).await;
                    let ends = ends_sequence(&outcome);
                    outcomes.push(outcome);
                    if ends {
                        break;
                    }
                }
                outcomes
            }
        }
    };
}

crate::with_actions!(define_trait);

/// Whether a PutRecords outcome ends a [`Kinesis::put_records_in_order`]: it failed, or left a
/// record out.
pub fn ends_sequence(outcome: &Result<PutRecordsOutput>) -> bool {
    outcome.as_ref().map_or(true, |o| o.failed_record_count > 0)
}

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
