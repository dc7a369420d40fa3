//! The embedded engine: Kinesis semantics on a SQLite store in a data dir.
//!
//! Layered: the ground floor is [`store`] (schema, open, durability) with `checkpoints` (the
//! WAL folded off the writer's path), `options` (what the process is told, and the clock),
//! `rows` (streams and shards as stored, the lookups and checks every area shares) and
//! `token` (the seal of iterators and tokens). On it, one file
//! per API area: `streams` (lifecycle, descriptions, listings, limits), `shards` (ListShards),
//! `records` (puts), `iterators` (shard iterators, GetRecords), `reshard`, `retention`,
//! `monitoring`, `tags`, `consumers`, `subscriptions` (SubscribeToShard), `queues` (their
//! lifecycle and tags), `deliveries` (what queues deliver) and `metrics` (the engine's own
//! traffic counts). Areas import the ground floor, never the reverse; `records` also uses
//! `retention` and `metrics`, `streams` asks `consumers` and `queues` whether a stream has
//! any, `subscriptions` reads through `consumers` and `iterators`, `deliveries` through
//! `queues`.
//!
//! One connection per engine, behind a mutex, shared with the engine's subscriptions (a
//! thread each, woken by the engine's commits): calls from one process are serialised (puts
//! waiting together commit together, [`group`]), and between processes SQLite's WAL lets
//! readers go on while one writer commits. Time comes
//! from the options' clock, passed into every function. The engine never formats text for
//! people: it answers model types and Kinesis errors.

mod checkpoints;
mod chunks;
mod consumers;
mod deliveries;
mod group;
mod iterators;
mod metrics;
mod monitoring;
mod options;
mod queues;
mod records;
mod reshard;
mod retention;
mod rows;
mod settings;
mod shards;
pub mod store;
mod streams;
mod subscriptions;
mod tags;
mod throughput;
mod token;

use std::path::Path;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use rusqlite::{Connection, Transaction, TransactionBehavior};

pub use options::{Clock, EngineOptions};

use crate::backend::{Kinesis, Subscription};
use crate::error::{Error, Result};
use crate::model::limits;
use crate::model::*;

/// The embedded engine over one store.
pub struct Engine {
    /// Shared with the engine's subscriptions, which outlive the call that started them.
    core: Arc<Core>,
}

/// What an engine is made of.
struct Core {
    db: Mutex<Db>,
    options: EngineOptions,
    /// Signs shard iterators and pagination tokens; kept in the store so every process agrees.
    secret: Vec<u8>,
    /// What opening the store found worth telling the user.
    warnings: Vec<String>,
    /// Wakes subscriptions when this process commits.
    commits: subscriptions::Commits,
    /// The shards' throughput allowances, when limits are enforced.
    throughput: Option<throughput::Throughput>,
    /// Puts waiting to be committed together ([`group`]).
    queued: group::Queue,
    /// Where a store that may be written is checkpointed, off its commits.
    checkpoints: Option<checkpoints::Checkpoints>,
}

/// The connection and what waits to be written through it.
struct Db {
    conn: Connection,
    read_only: bool,
    reads: metrics::Unwritten,
    /// Whether this engine has committed a write.
    wrote: bool,
}

impl Engine {
    /// Opens (creating if needed) the store in `dir`.
    pub fn open(dir: &Path, options: EngineOptions) -> Result<Engine> {
        Engine::over(store::open(dir)?, options)
    }

    /// An engine whose store lives in memory only.
    pub fn in_memory(options: EngineOptions) -> Result<Engine> {
        Engine::over(store::open_in_memory()?, options)
    }

    fn over(mut opened: store::Opened, options: EngineOptions) -> Result<Engine> {
        let secret = store::secret(&opened.conn)?;
        let file = opened.conn.path().filter(|p| !p.is_empty()).map(std::path::PathBuf::from);
        let checkpoints = match file {
            Some(path) if !opened.read_only => {
                Some(checkpoints::Checkpoints::take_over(&mut opened.conn, path)?)
            }
            _ => None,
        };
        let db = Db {
            conn: opened.conn,
            read_only: opened.read_only,
            reads: Default::default(),
            wrote: false,
        };
        let core = Core {
            db: Mutex::new(db),
            throughput: options.enforce_limits.then(Default::default),
            options,
            secret,
            warnings: opened.warnings,
            commits: Default::default(),
            queued: Default::default(),
            checkpoints,
        };
        Ok(Engine { core: Arc::new(core) })
    }

    /// What the user should hear once about the store (permissions open to others).
    pub fn warnings(&self) -> &[String] {
        &self.core.warnings
    }
}

/// A write transaction (`BEGIN IMMEDIATE`: writers of other processes queue for the lock
/// rather than fail on an upgrade), or the refusal of a read-only store.
fn begin_write(conn: &mut Connection, read_only: bool) -> Result<Transaction<'_>> {
    if read_only {
        return Err(Error::Config(
            "the store is read-only (its data dir or files cannot be written)".into(),
        ));
    }
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

impl Core {
    /// The connection (a panic while holding it is reported, never propagated).
    fn lock(&self) -> Result<std::sync::MutexGuard<'_, Db>> {
        self.db.lock().map_err(|_| Error::Internal("engine poisoned".into()))
    }

    /// Runs `f` in one write transaction (`BEGIN IMMEDIATE`), committed only if `f` succeeds;
    /// the reads counted since the last write go with it.
    fn write<T>(&self, f: impl FnOnce(&Transaction<'_>, &EngineOptions) -> Result<T>) -> Result<T> {
        let mut db = self.lock()?;
        let Db { conn, reads, read_only, wrote } = &mut *db;
        let tx = begin_write(conn, *read_only)?;
        let out = f(&tx, &self.options)?;
        reads.write(&tx)?;
        tx.commit()?;
        *wrote = true;
        drop(db);
        self.commits.committed();
        Ok(out)
    }

    /// Counts records read, for the traffic counts; writes the counts now and then, never
    /// waiting (a busy store keeps them for later).
    fn count_read(&self, read: &iterators::Outgoing) -> Result<()> {
        let mut db = self.lock()?;
        let Db { conn, read_only, reads, .. } = &mut *db;
        if read.records > 0 {
            reads.add(read.stream_id, read.shard, read.records, read.bytes);
        }
        if reads.due() && !*read_only {
            reads.write_alone(conn, std::time::Duration::ZERO);
        }
        Ok(())
    }

    /// Lets a request of `action` in: checked against the action's constraints (see
    /// [`rows::validate`]), then, under enforced limits, one call taken from its documented
    /// rate for the stream named `stream` and `shard`.
    fn admit<T: serde::Serialize>(
        &self,
        action: Action,
        input: &T,
        stream: Option<&str>,
        shard: Option<&str>,
    ) -> Result<()> {
        rows::validate(action, input)?;
        self.throttle(action, stream, shard)
    }

    /// Under enforced limits, takes one call of `action` from its documented rate (see
    /// [`limits::call_rate`]) for the stream named `stream` (a name or an ARN) and `shard`.
    fn throttle(&self, action: Action, stream: Option<&str>, shard: Option<&str>) -> Result<()> {
        let (Some(t), Some((_, per))) = (&self.throughput, limits::call_rate(action)) else {
            return Ok(());
        };
        // A stream is known by its name, whether the call gives it or its ARN.
        let stream = stream.map(|s| match s.split_once(":stream/") {
            Some((_, rest)) => rest.split('/').next().unwrap_or(rest),
            None => s,
        });
        let shard = shard.map(|s| ShardId::parse(s).map_or(s.to_string(), |id| id.to_string()));
        let scope = match per {
            limits::RatePer::Account => String::new(),
            limits::RatePer::Stream => stream.unwrap_or_default().to_string(),
            limits::RatePer::Shard => {
                format!("{}/{}", stream.unwrap_or_default(), shard.as_deref().unwrap_or_default())
            }
        };
        if t.control(action, &scope, self.options.clock.now()) {
            return Ok(());
        }
        Err(match (per, shard) {
            (limits::RatePer::Shard, Some(shard)) => Error::ProvisionedThroughputExceeded(
                limits::shard_rate_exceeded(stream.unwrap_or_default(), shard),
            ),
            _ => Error::LimitExceeded(limits::call_rate_exceeded(stream)),
        })
    }

    /// Runs `f` in one read transaction: a consistent snapshot, never blocking writers.
    fn read<T>(&self, f: impl FnOnce(&Transaction<'_>, &EngineOptions) -> Result<T>) -> Result<T> {
        let mut db = self.lock()?;
        let tx = db.conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
        f(&tx, &self.options)
    }
}

impl Drop for Core {
    /// Stores the reads still counted, if the write lock comes within a moment, and keeps the
    /// WAL short for the next process (see [`store::checkpoint_if_large`]).
    fn drop(&mut self) {
        if let Ok(db) = self.db.get_mut()
            && !db.read_only
        {
            if let Some(checkpoints) = &self.checkpoints {
                checkpoints.stop(&mut db.conn);
            }
            db.reads.write_alone(&mut db.conn, std::time::Duration::from_millis(100));
            if db.wrote {
                store::checkpoint_if_large(&db.conn, db.conn.path().map(Path::new));
            }
        }
    }
}

impl Engine {
    /// A channel action: checked as Kinesis checks it, then refused, as the engine has no S3
    /// to deliver to (never a pretend success).
    fn no_channels<T>(&self, action: Action, input: &ChannelDocument) -> Result<T> {
        self.core.admit(action, input, None, None)?;
        Err(Error::InvalidArgument(NO_CHANNELS.into()))
    }

    /// ReceiveQueueRecords (`dead` false) or ReceiveDeadLetterQueueRecords: at once when a
    /// record is visible, else as soon as one becomes visible within `WaitTimeSeconds` — put
    /// by this process (its commit wakes the wait), by another (looked for every
    /// [`QUEUE_POLL`], without taking the write lock), or back from a consumer whose
    /// visibility timeout ran out. The wait blocks its thread, as every engine call does
    /// (SQLite), and uses no runtime timer, so it may outlive the runtime that started it.
    async fn receive(
        &self,
        action: Action,
        input: ReceiveQueueRecordsInput,
        dead: bool,
    ) -> Result<ReceiveQueueRecordsOutput> {
        self.core.admit(action, &input, None, None)?;
        let wait = input.wait_time_seconds.unwrap_or(limits::DEFAULT_QUEUE_WAIT_S).max(0) as u64;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(wait);
        let secret = &self.core.secret;
        loop {
            let now = self.core.options.clock.now();
            let out =
                self.core.write(|tx, _| deliveries::receive(tx, secret, &input, dead, now))?;
            if !out.queue_records.is_empty() {
                return Ok(out);
            }
            let mut seen = self.core.commits.current();
            loop {
                let left = deadline.saturating_duration_since(std::time::Instant::now());
                if left.is_zero() {
                    return Ok(out);
                }
                seen = self.core.commits.wait(seen, left.min(QUEUE_POLL));
                let now = self.core.options.clock.now();
                let arn = &input.queue_arn;
                if self.core.read(|tx, _| deliveries::anything_due(tx, arn, dead, now))? {
                    break;
                }
            }
        }
    }

    /// A batch of receipt handles: acknowledged, their visibility changed, or restored.
    fn settle_entries(
        &self,
        arn: &str,
        entries: &[(String, Option<i64>)],
        what: deliveries::EntryAction,
        dead: bool,
    ) -> Result<QueueEntriesOutput> {
        let now = self.core.options.clock.now();
        self.core.write(|tx, _| {
            deliveries::settle_entries(tx, &self.core.secret, arn, entries, what, dead, now)
        })
    }

    /// AcknowledgeQueueRecords, AcknowledgeDeadLetterQueueRecords or
    /// RestoreDeadLetterQueueRecords.
    fn receipts(
        &self,
        action: Action,
        input: QueueReceiptsInput,
        what: deliveries::EntryAction,
        dead: bool,
    ) -> Result<QueueEntriesOutput> {
        self.core.admit(action, &input, None, None)?;
        let entries: Vec<(String, Option<i64>)> =
            input.entries.into_iter().map(|e| (e.receipt_handle, None)).collect();
        self.settle_entries(&input.queue_arn, &entries, what, dead)
    }

    /// UpdateQueueRecordsVisibility or UpdateDeadLetterQueueRecordsVisibility.
    fn visibility(
        &self,
        action: Action,
        input: QueueVisibilityInput,
        dead: bool,
    ) -> Result<QueueEntriesOutput> {
        self.core.admit(action, &input, None, None)?;
        let entries: Vec<(String, Option<i64>)> = input
            .entries
            .into_iter()
            .map(|e| (e.receipt_handle, Some(e.visibility_timeout_seconds)))
            .collect();
        let what = deliveries::EntryAction::Visibility;
        self.settle_entries(&input.queue_arn, &entries, what, dead)
    }

    /// StartStreamEncryption (`start`) or StopStreamEncryption.
    async fn encryption(&self, action: Action, input: EncryptionInput, start: bool) -> Result<()> {
        self.core.admit(action, &input, None, None)?;
        let limits = self.core.throughput.as_ref();
        let now = self.core.options.clock.now();
        self.core.write(|tx, o| settings::encryption(tx, o, &input, start, limits, now))
    }
}

/// How often a waiting queue receive looks for a visible record.
const QUEUE_POLL: std::time::Duration = std::time::Duration::from_millis(20);

/// The stream a reference names, by name or ARN, for the call rates' scopes.
fn stream_of(stream: &StreamRef) -> Option<&str> {
    stream.stream_name.as_deref().or(stream.stream_arn.as_deref())
}

/// The stream a consumer reference names (its consumer ARN begins with the stream's).
fn consumer_stream(consumer: &ConsumerRef) -> Option<&str> {
    consumer.stream_arn.as_deref().or(consumer.consumer_arn.as_deref())
}

#[async_trait]
impl Kinesis for Engine {
    async fn create_stream(&self, input: CreateStreamInput) -> Result<()> {
        self.core.admit(Action::CreateStream, &input, Some(&input.stream_name), None)?;
        self.core.write(|tx, o| streams::create(tx, o, &input, self.core.options.clock.now()))
    }

    async fn delete_stream(&self, input: DeleteStreamInput) -> Result<()> {
        self.core.admit(Action::DeleteStream, &input, stream_of(&input.stream), None)?;
        self.core.write(|tx, o| streams::delete(tx, o, &input, self.core.options.clock.now()))
    }

    async fn describe_stream(&self, input: DescribeStreamInput) -> Result<DescribeStreamOutput> {
        self.core.admit(Action::DescribeStream, &input, stream_of(&input.stream), None)?;
        self.core.read(|tx, _| streams::describe(tx, &input, self.core.options.clock.now()))
    }

    async fn describe_stream_summary(
        &self,
        stream: StreamRef,
    ) -> Result<DescribeStreamSummaryOutput> {
        self.core.admit(Action::DescribeStreamSummary, &stream, stream_of(&stream), None)?;
        self.core
            .read(|tx, _| streams::describe_summary(tx, &stream, self.core.options.clock.now()))
    }

    async fn list_streams(&self, input: ListStreamsInput) -> Result<ListStreamsOutput> {
        self.core.admit(Action::ListStreams, &input, None, None)?;
        self.core.read(|tx, _| {
            streams::list(tx, &self.core.secret, &input, self.core.options.clock.now())
        })
    }

    async fn list_shards(&self, input: ListShardsInput) -> Result<ListShardsOutput> {
        self.core.admit(Action::ListShards, &input, stream_of(&input.stream), None)?;
        self.core.read(|tx, _| {
            shards::list_shards(tx, &self.core.secret, &input, self.core.options.clock.now())
        })
    }

    async fn describe_limits(&self, _: DescribeLimitsInput) -> Result<DescribeLimitsOutput> {
        self.core.throttle(Action::DescribeLimits, None, None)?;
        self.core.read(streams::limits)
    }

    async fn put_record(&self, input: PutRecordInput) -> Result<PutRecordOutput> {
        records::validate_put_record(&input)?;
        self.core.write_grouped(move |core, tx| {
            let limits = core.throughput.as_ref();
            let out = records::put_record(tx, &input, limits, core.options.clock.now())?;
            rows::unless_dry_run(input.dry_run, out)
        })
    }

    async fn put_records(&self, input: PutRecordsInput) -> Result<PutRecordsOutput> {
        records::validate_put_records(&input)?;
        records::work_out_key_hashes(&input);
        self.core.write_grouped(move |core, tx| {
            let limits = core.throughput.as_ref();
            let out = records::put_records(tx, &input, limits, core.options.clock.now())?;
            rows::unless_dry_run(input.dry_run, out)
        })
    }

    async fn get_shard_iterator(
        &self,
        input: GetShardIteratorInput,
    ) -> Result<GetShardIteratorOutput> {
        self.core.admit(
            Action::GetShardIterator,
            &input,
            stream_of(&input.stream),
            Some(&input.shard_id),
        )?;
        let out = self.core.read(|tx, o| {
            iterators::get_shard_iterator(
                tx,
                &self.core.secret,
                o.iterator_ttl_ms,
                &input,
                self.core.options.clock.now(),
            )
        })?;
        rows::unless_dry_run(input.dry_run, out)
    }

    async fn get_records(&self, input: GetRecordsInput) -> Result<GetRecordsOutput> {
        self.core.admit(Action::GetRecords, &input, None, None)?;
        let (out, read) = self.core.read(|tx, _| {
            let limits = self.core.throughput.as_ref();
            iterators::get_records(
                tx,
                &self.core.secret,
                &input,
                limits,
                self.core.options.clock.now(),
            )
        })?;
        let out = rows::unless_dry_run(input.dry_run, out)?;
        self.core.count_read(&read)?;
        Ok(out)
    }

    async fn split_shard(&self, input: SplitShardInput) -> Result<()> {
        self.core.admit(Action::SplitShard, &input, stream_of(&input.stream), None)?;
        self.core.write(|tx, o| reshard::split_shard(tx, o, &input, self.core.options.clock.now()))
    }

    async fn merge_shards(&self, input: MergeShardsInput) -> Result<()> {
        self.core.admit(Action::MergeShards, &input, stream_of(&input.stream), None)?;
        self.core.write(|tx, o| reshard::merge_shards(tx, o, &input, self.core.options.clock.now()))
    }

    async fn update_shard_count(
        &self,
        input: UpdateShardCountInput,
    ) -> Result<UpdateShardCountOutput> {
        self.core.admit(Action::UpdateShardCount, &input, stream_of(&input.stream), None)?;
        let limits = self.core.throughput.as_ref();
        self.core.write(|tx, o| {
            reshard::update_shard_count(tx, o, &input, limits, self.core.options.clock.now())
        })
    }

    async fn increase_stream_retention_period(&self, input: RetentionInput) -> Result<()> {
        self.core.admit(Action::IncreaseStreamRetentionPeriod, &input, None, None)?;
        self.core.write(|tx, o| {
            retention::change_retention(tx, o, &input, true, self.core.options.clock.now())
        })
    }

    async fn decrease_stream_retention_period(&self, input: RetentionInput) -> Result<()> {
        self.core.admit(Action::DecreaseStreamRetentionPeriod, &input, None, None)?;
        self.core.write(|tx, o| {
            retention::change_retention(tx, o, &input, false, self.core.options.clock.now())
        })
    }

    async fn enable_enhanced_monitoring(&self, input: MonitoringInput) -> Result<MonitoringOutput> {
        self.core.admit(Action::EnableEnhancedMonitoring, &input, None, None)?;
        self.core
            .write(|tx, _| monitoring::monitoring(tx, &input, true, self.core.options.clock.now()))
    }

    async fn disable_enhanced_monitoring(
        &self,
        input: MonitoringInput,
    ) -> Result<MonitoringOutput> {
        self.core.admit(Action::DisableEnhancedMonitoring, &input, None, None)?;
        self.core
            .write(|tx, _| monitoring::monitoring(tx, &input, false, self.core.options.clock.now()))
    }

    async fn add_tags_to_stream(&self, input: AddTagsInput) -> Result<()> {
        self.core.admit(Action::AddTagsToStream, &input, stream_of(&input.stream), None)?;
        self.core.write(|tx, _| {
            tags::add_tags(tx, &input.stream, &input.tags, self.core.options.clock.now())
        })
    }

    async fn remove_tags_from_stream(&self, input: RemoveTagsInput) -> Result<()> {
        self.core.admit(Action::RemoveTagsFromStream, &input, stream_of(&input.stream), None)?;
        self.core.write(|tx, _| {
            tags::remove_tags(tx, &input.stream, &input.tag_keys, self.core.options.clock.now())
        })
    }

    async fn list_tags_for_stream(
        &self,
        input: ListTagsForStreamInput,
    ) -> Result<ListTagsForStreamOutput> {
        self.core.admit(Action::ListTagsForStream, &input, stream_of(&input.stream), None)?;
        self.core.read(|tx, _| tags::list_tags(tx, &input, self.core.options.clock.now()))
    }

    async fn tag_resource(&self, input: TagResourceInput) -> Result<()> {
        self.core.admit(Action::TagResource, &input, None, None)?;
        let now = self.core.options.clock.now();
        if queues::is_queue_arn(&input.resource_arn) {
            return self.core.write(|tx, _| queues::tag(tx, &input.resource_arn, &input.tags, now));
        }
        self.core.write(|tx, _| {
            tags::add_tags(
                tx,
                &tags::resource(&input.resource_arn),
                &input.tags,
                self.core.options.clock.now(),
            )
        })
    }

    async fn untag_resource(&self, input: UntagResourceInput) -> Result<()> {
        self.core.admit(Action::UntagResource, &input, None, None)?;
        let now = self.core.options.clock.now();
        if queues::is_queue_arn(&input.resource_arn) {
            let keys = &input.tag_keys;
            return self.core.write(|tx, _| queues::untag(tx, &input.resource_arn, keys, now));
        }
        self.core.write(|tx, _| {
            tags::remove_tags(
                tx,
                &tags::resource(&input.resource_arn),
                &input.tag_keys,
                self.core.options.clock.now(),
            )
        })
    }

    async fn list_tags_for_resource(
        &self,
        input: ListTagsForResourceInput,
    ) -> Result<ListTagsForResourceOutput> {
        self.core.admit(Action::ListTagsForResource, &input, None, None)?;
        let now = self.core.options.clock.now();
        if queues::is_queue_arn(&input.resource_arn) {
            return self.core.read(|tx, _| queues::list_tags(tx, &input.resource_arn, now));
        }
        self.core.read(|tx, _| {
            tags::list_tags_for_resource(tx, &input.resource_arn, self.core.options.clock.now())
        })
    }

    async fn register_stream_consumer(
        &self,
        input: RegisterStreamConsumerInput,
    ) -> Result<RegisterStreamConsumerOutput> {
        self.core.admit(Action::RegisterStreamConsumer, &input, Some(&input.stream_arn), None)?;
        self.core.write(|tx, o| consumers::register(tx, o, &input, self.core.options.clock.now()))
    }

    async fn describe_stream_consumer(
        &self,
        input: ConsumerRef,
    ) -> Result<DescribeStreamConsumerOutput> {
        self.core.admit(Action::DescribeStreamConsumer, &input, consumer_stream(&input), None)?;
        self.core.read(|tx, _| consumers::describe(tx, &input, self.core.options.clock.now()))
    }

    async fn list_stream_consumers(
        &self,
        input: ListStreamConsumersInput,
    ) -> Result<ListStreamConsumersOutput> {
        self.core.admit(Action::ListStreamConsumers, &input, Some(&input.stream_arn), None)?;
        self.core.read(|tx, _| {
            consumers::list(tx, &self.core.secret, &input, self.core.options.clock.now())
        })
    }

    async fn deregister_stream_consumer(&self, input: ConsumerRef) -> Result<()> {
        self.core.admit(Action::DeregisterStreamConsumer, &input, consumer_stream(&input), None)?;
        self.core.write(|tx, o| consumers::deregister(tx, o, &input, self.core.options.clock.now()))
    }

    async fn subscribe_to_shard(&self, input: SubscribeToShardInput) -> Result<Subscription> {
        self.core.admit(Action::SubscribeToShard, &input, None, None)?;
        subscriptions::subscribe(&self.core, input)
    }

    async fn start_stream_encryption(&self, input: EncryptionInput) -> Result<()> {
        self.encryption(Action::StartStreamEncryption, input, true).await
    }

    async fn stop_stream_encryption(&self, input: EncryptionInput) -> Result<()> {
        self.encryption(Action::StopStreamEncryption, input, false).await
    }

    async fn update_stream_mode(&self, input: UpdateStreamModeInput) -> Result<()> {
        self.core.admit(Action::UpdateStreamMode, &input, None, None)?;
        let limits = self.core.throughput.as_ref();
        let now = self.core.options.clock.now();
        self.core.write(|tx, o| settings::update_stream_mode(tx, o, &input, limits, now))
    }

    async fn update_stream_warm_throughput(
        &self,
        input: UpdateWarmThroughputInput,
    ) -> Result<UpdateWarmThroughputOutput> {
        self.core.admit(
            Action::UpdateStreamWarmThroughput,
            &input,
            stream_of(&input.stream),
            None,
        )?;
        let now = self.core.options.clock.now();
        self.core.write(|tx, o| settings::update_warm_throughput(tx, o, &input, now))
    }

    async fn update_stream_record_distribution_strategy(
        &self,
        input: UpdateDistributionInput,
    ) -> Result<()> {
        self.core.admit(Action::UpdateStreamRecordDistributionStrategy, &input, None, None)?;
        let now = self.core.options.clock.now();
        self.core.write(|tx, _| settings::update_distribution(tx, &input, now))
    }

    async fn update_max_record_size(&self, input: UpdateMaxRecordSizeInput) -> Result<()> {
        self.core.admit(Action::UpdateMaxRecordSize, &input, None, None)?;
        let now = self.core.options.clock.now();
        self.core.write(|tx, o| settings::update_max_record_size(tx, o, &input, now))
    }

    async fn put_resource_policy(&self, input: PutResourcePolicyInput) -> Result<()> {
        self.core.admit(Action::PutResourcePolicy, &input, None, None)?;
        self.core.write(|tx, _| settings::put_policy(tx, &input, self.core.options.clock.now()))
    }

    async fn get_resource_policy(
        &self,
        input: ResourcePolicyInput,
    ) -> Result<GetResourcePolicyOutput> {
        self.core.admit(Action::GetResourcePolicy, &input, None, None)?;
        self.core.read(|tx, _| settings::get_policy(tx, &input, self.core.options.clock.now()))
    }

    async fn delete_resource_policy(&self, input: ResourcePolicyInput) -> Result<()> {
        self.core.admit(Action::DeleteResourcePolicy, &input, None, None)?;
        self.core.write(|tx, _| settings::delete_policy(tx, &input, self.core.options.clock.now()))
    }

    async fn describe_account_settings(
        &self,
        _: DescribeAccountSettingsInput,
    ) -> Result<AccountSettingsOutput> {
        self.core.throttle(Action::DescribeAccountSettings, None, None)?;
        self.core.read(|tx, _| settings::account_settings(tx, self.core.options.clock.now()))
    }

    async fn update_account_settings(
        &self,
        input: UpdateAccountSettingsInput,
    ) -> Result<AccountSettingsOutput> {
        self.core.admit(Action::UpdateAccountSettings, &input, None, None)?;
        let now = self.core.options.clock.now();
        self.core.write(|tx, _| settings::update_account_settings(tx, &input, now))
    }

    async fn create_channel(&self, input: ChannelDocument) -> Result<ChannelDocument> {
        self.no_channels(Action::CreateChannel, &input)
    }

    async fn describe_channel(&self, input: ChannelDocument) -> Result<ChannelDocument> {
        self.no_channels(Action::DescribeChannel, &input)
    }

    async fn list_channels(&self, input: ChannelDocument) -> Result<ChannelDocument> {
        self.no_channels(Action::ListChannels, &input)
    }

    async fn update_channel(&self, input: ChannelDocument) -> Result<ChannelDocument> {
        self.no_channels(Action::UpdateChannel, &input)
    }

    async fn delete_channel(&self, input: ChannelDocument) -> Result<()> {
        self.no_channels(Action::DeleteChannel, &input)
    }

    async fn create_queue(&self, input: CreateQueueInput) -> Result<QueueDescriptionOutput> {
        self.core.admit(Action::CreateQueue, &input, None, None)?;
        self.core.write(|tx, o| queues::create(tx, o, &input, self.core.options.clock.now()))
    }

    async fn describe_queue(&self, input: QueueRef) -> Result<QueueDescriptionOutput> {
        self.core.admit(Action::DescribeQueue, &input, None, None)?;
        self.core.read(|tx, _| queues::describe(tx, &input, self.core.options.clock.now()))
    }

    async fn list_queues(&self, input: ListQueuesInput) -> Result<ListQueuesOutput> {
        self.core.admit(Action::ListQueues, &input, None, None)?;
        self.core.read(|tx, _| {
            queues::list(tx, &self.core.secret, &input, self.core.options.clock.now())
        })
    }

    async fn update_queue(&self, input: UpdateQueueInput) -> Result<QueueDescriptionOutput> {
        self.core.admit(Action::UpdateQueue, &input, None, None)?;
        self.core.write(|tx, o| queues::update(tx, o, &input, self.core.options.clock.now()))
    }

    async fn delete_queue(&self, input: QueueRef) -> Result<()> {
        self.core.admit(Action::DeleteQueue, &input, None, None)?;
        self.core.write(|tx, o| queues::delete(tx, o, &input, self.core.options.clock.now()))
    }

    async fn receive_queue_records(
        &self,
        input: ReceiveQueueRecordsInput,
    ) -> Result<ReceiveQueueRecordsOutput> {
        self.receive(Action::ReceiveQueueRecords, input, false).await
    }

    async fn acknowledge_queue_records(
        &self,
        input: QueueReceiptsInput,
    ) -> Result<QueueEntriesOutput> {
        let what = deliveries::EntryAction::Acknowledge;
        self.receipts(Action::AcknowledgeQueueRecords, input, what, false)
    }

    async fn update_queue_records_visibility(
        &self,
        input: QueueVisibilityInput,
    ) -> Result<QueueEntriesOutput> {
        self.visibility(Action::UpdateQueueRecordsVisibility, input, false)
    }

    async fn receive_dead_letter_queue_records(
        &self,
        input: ReceiveQueueRecordsInput,
    ) -> Result<ReceiveQueueRecordsOutput> {
        self.receive(Action::ReceiveDeadLetterQueueRecords, input, true).await
    }

    async fn acknowledge_dead_letter_queue_records(
        &self,
        input: QueueReceiptsInput,
    ) -> Result<QueueEntriesOutput> {
        let what = deliveries::EntryAction::Acknowledge;
        self.receipts(Action::AcknowledgeDeadLetterQueueRecords, input, what, true)
    }

    async fn update_dead_letter_queue_records_visibility(
        &self,
        input: QueueVisibilityInput,
    ) -> Result<QueueEntriesOutput> {
        self.visibility(Action::UpdateDeadLetterQueueRecordsVisibility, input, true)
    }

    async fn restore_dead_letter_queue_records(
        &self,
        input: QueueReceiptsInput,
    ) -> Result<QueueEntriesOutput> {
        let what = deliveries::EntryAction::Restore;
        self.receipts(Action::RestoreDeadLetterQueueRecords, input, what, true)
    }

    async fn put_records_in_order(
        &self,
        inputs: Vec<Arc<PutRecordsInput>>,
    ) -> Vec<Result<PutRecordsOutput>> {
        // An invalid request ends the sequence: the ones before it are stored, it answers why.
        // (See the trait for where else it ends.)
        let mut refused = None;
        let sequence: Vec<Arc<PutRecordsInput>> = inputs
            .into_iter()
            .map_while(|i| match records::validate_put_records(&i) {
                Ok(()) => {
                    records::work_out_key_hashes(&i);
                    Some(i)
                }
                Err(e) => {
                    refused = Some(e);
                    None
                }
            })
            .collect();
        let valid = sequence.len();
        let mut outcomes = match valid {
            0 => Vec::new(),
            _ => {
                let stored = self.core.write_grouped(move |core, tx| {
                    let limits = core.throughput.as_ref();
                    let mut outcomes = Vec::with_capacity(sequence.len());
                    for input in &sequence {
                        let outcome = group::in_savepoint(tx, || {
                            let now = core.options.clock.now();
                            records::put_records(tx, input, limits, now)
                                .and_then(|out| rows::unless_dry_run(input.dry_run, out))
                        })?;
                        let ends = crate::backend::ends_sequence(&outcome);
                        outcomes.push(outcome);
                        if ends {
                            break;
                        }
                    }
                    Ok(outcomes)
                });
                stored.unwrap_or_else(|e| vec![Err(e)])
            }
        };
        if let Some(e) = refused
            && outcomes.len() == valid
            && !outcomes.last().is_some_and(crate::backend::ends_sequence)
        {
            outcomes.push(Err(e));
        }
        outcomes
    }

    async fn stream_metrics(&self, stream: StreamRef) -> Result<StreamMetricsOutput> {
        // The same reference DescribeStreamSummary takes, checked the same way (no call rate:
        // this is not a Kinesis call).
        rows::validate(Action::DescribeStreamSummary, &stream)?;
        self.core.read(|tx, _| metrics::metrics(tx, &stream, self.core.options.clock.now()))
    }
}
