//! Group commit: concurrent puts of one process (`serve`'s clients) share one transaction,
//! one WAL append and one fsync.
//!
//! A put queues itself, then takes the connection. Whoever takes it runs every put queued by
//! then — each in a savepoint, so one that fails (a missing stream, a throttled shard, a dry
//! run) takes none of the others with it — and commits them together. The puts it ran find
//! their answers waiting when they take the connection in turn. A put is answered only after
//! the commit that holds it returned (`synchronous = FULL`: fsynced), and its records are
//! visible to readers only from then on, exactly as when each put committed alone; a failed
//! commit fails every put in it. Alone, a put is one transaction as before: the savepoints
//! are only for company.

use std::sync::mpsc::{SyncSender, sync_channel};

use rusqlite::Transaction;

use super::{Core, Db};
use crate::error::{Error, Result};

/// Puts waiting for the connection.
pub(super) type Queue = std::sync::Mutex<Vec<Box<dyn Grouped>>>;

/// A queued put, whatever it answers.
pub(super) trait Grouped: Send {
    /// Runs the put in `tx`; answers whether it succeeded.
    fn run(&mut self, core: &Core, tx: &Transaction<'_>) -> bool;
    /// Answers its caller: its own outcome once `committed` is Ok, else the commit's error.
    fn answer(self: Box<Self>, committed: &Result<()>);
}

struct Pending<T, F> {
    put: Option<F>,
    outcome: Option<Result<T>>,
    reply: SyncSender<Result<T>>,
}

impl<T, F> Grouped for Pending<T, F>
where
    T: Send,
    F: FnOnce(&Core, &Transaction<'_>) -> Result<T> + Send,
{
    fn run(&mut self, core: &Core, tx: &Transaction<'_>) -> bool {
        let outcome = match self.put.take() {
            Some(put) => put(core, tx),
            None => Err(Error::Internal("a grouped put ran twice".into())),
        };
        let ok = outcome.is_ok();
        self.outcome = Some(outcome);
        ok
    }

    fn answer(self: Box<Self>, committed: &Result<()>) {
        let outcome = match (committed, self.outcome) {
            (Err(e), Some(Ok(_))) => Err(e.clone()),
            (_, Some(outcome)) => outcome,
            (Err(e), None) => Err(e.clone()),
            (Ok(()), None) => Err(Error::Internal("a grouped put never ran".into())),
        };
        // The caller is waiting on the other end (or gone, and then nobody minds).
        let _ = self.reply.send(outcome);
    }
}

impl Core {
    /// Runs `put` in a write transaction, with whatever other puts of this process are waiting
    /// (see the module's doc); answers its outcome once committed.
    pub(super) fn write_grouped<T, F>(&self, put: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Core, &Transaction<'_>) -> Result<T> + Send + 'static,
    {
        let (reply, answer) = sync_channel(1);
        let pending = Pending { put: Some(put), outcome: None, reply };
        self.queued.lock().map_err(|_| poisoned())?.push(Box::new(pending));
        let mut db = self.lock()?;
        // Whoever held the connection meanwhile may have run this put already.
        if let Ok(outcome) = answer.try_recv() {
            return outcome;
        }
        let group = std::mem::take(&mut *self.queued.lock().map_err(|_| poisoned())?);
        let committed = self.commit_group(&mut db, group);
        drop(db);
        if committed {
            self.commits.committed();
        }
        answer
            .recv()
            .unwrap_or_else(|_| Err(Error::Internal("a grouped put went unanswered".into())))
    }

    /// Runs `group` in one transaction and answers each; says whether anything committed.
    fn commit_group(&self, db: &mut Db, mut group: Vec<Box<dyn Grouped>>) -> bool {
        let Db { conn, reads, read_only, wrote } = db;
        let outcome = (|| {
            let tx = super::begin_write(conn, *read_only)?;
            let mut any = false;
            if let [alone] = group.as_mut_slice() {
                any = alone.run(self, &tx);
            } else {
                for put in &mut group {
                    any |=
                        in_savepoint(&tx, || put.run(self, &tx).then_some(()).ok_or(()))?.is_ok();
                }
            }
            // Nothing to keep: the transaction rolls back as it is dropped.
            if any {
                reads.write(&tx)?;
                tx.commit()?;
                *wrote = true;
            }
            Ok(any)
        })();
        let committed = outcome.as_ref().map(|_| ()).map_err(Clone::clone);
        for put in group {
            put.answer(&committed);
        }
        outcome.unwrap_or(false)
    }
}

/// Runs `put` in a savepoint of `tx`, undone if it fails: a failed put leaves nothing
/// behind for the puts committed with it. The outer error is the savepoint's own.
pub(super) fn in_savepoint<T, E>(
    tx: &Transaction<'_>,
    put: impl FnOnce() -> std::result::Result<T, E>,
) -> Result<std::result::Result<T, E>> {
    tx.prepare_cached("SAVEPOINT put")?.execute([])?;
    let outcome = put();
    if outcome.is_err() {
        tx.prepare_cached("ROLLBACK TO put")?.execute([])?;
    }
    tx.prepare_cached("RELEASE put")?.execute([])?;
    Ok(outcome)
}

fn poisoned() -> Error {
    Error::Internal("engine poisoned".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::Kinesis;
    use crate::engine::{Engine, EngineOptions, records};
    use crate::model::*;

    /// A put of one record into `stream`, as the engine queues it.
    fn put(
        stream: &str,
        data: &str,
        dry_run: Option<bool>,
    ) -> (Box<dyn Grouped>, std::sync::mpsc::Receiver<Result<PutRecordOutput>>) {
        let input = PutRecordInput {
            stream: StreamRef::name(stream),
            data: Blob(data.as_bytes().to_vec()),
            partition_key: Some("k".into()),
            explicit_hash_key: None,
            sequence_number_for_ordering: None,
            dry_run,
        };
        let (reply, answer) = sync_channel(1);
        let f = move |core: &Core, tx: &Transaction<'_>| {
            let out = records::put_record(tx, &input, None, core.options.clock.now())?;
            crate::engine::rows::unless_dry_run(input.dry_run, out)
        };
        (Box::new(Pending { put: Some(f), outcome: None, reply }), answer)
    }

    /// An engine with stream `s` of one shard, and a runtime to call it.
    fn engine_with_stream(options: EngineOptions) -> (Engine, tokio::runtime::Runtime) {
        let engine = Engine::in_memory(options).unwrap();
        let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let create = CreateStreamInput {
            stream_name: "s".into(),
            shard_count: Some(1),
            ..Default::default()
        };
        rt.block_on(engine.create_stream(create)).unwrap();
        (engine, rt)
    }

    /// The data of every record of stream `s`, in order.
    fn stored(engine: &Engine, rt: &tokio::runtime::Runtime) -> Vec<Vec<u8>> {
        let it = rt
            .block_on(engine.get_shard_iterator(GetShardIteratorInput {
                stream: StreamRef::name("s"),
                shard_id: "shardId-000000000000".into(),
                shard_iterator_type: ShardIteratorType::TrimHorizon,
                starting_sequence_number: None,
                timestamp: None,
                dry_run: None,
            }))
            .unwrap();
        let page = rt
            .block_on(engine.get_records(GetRecordsInput {
                shard_iterator: it.shard_iterator,
                ..Default::default()
            }))
            .unwrap();
        page.records.into_iter().map(|r| r.data.0).collect()
    }

    /// A PutRecords of `data` (one record each) into `stream`.
    fn put_records(stream: &str, data: &[&[u8]]) -> std::sync::Arc<PutRecordsInput> {
        let records = data
            .iter()
            .map(|d| PutRecordsRequestEntry {
                data: Blob(d.to_vec()),
                partition_key: Some("k".into()),
                ..Default::default()
            })
            .collect();
        std::sync::Arc::new(PutRecordsInput {
            records,
            stream: StreamRef::name(stream),
            dry_run: None,
        })
    }

    /// Each outcome's error code, or how many records it left out.
    fn outcomes(outcomes: &[Result<PutRecordsOutput>]) -> Vec<String> {
        let outcome = |o: &Result<PutRecordsOutput>| match o {
            Ok(o) => format!("{} left out", o.failed_record_count),
            Err(e) => e.code().to_string(),
        };
        outcomes.iter().map(outcome).collect()
    }

    #[test]
    fn requests_in_order_end_at_the_first_that_fails() {
        let (engine, rt) = engine_with_stream(EngineOptions::default());
        let sequence = vec![
            put_records("s", &[b"one", b"two"]),
            put_records("s", &[b"three"]),
            put_records("gone", &[b"x"]),
            put_records("s", &[b"y"]),
        ];
        let commits = engine.core.commits.current();
        let answered = rt.block_on(engine.put_records_in_order(sequence));
        let expected = ["0 left out", "0 left out", "ResourceNotFoundException"];
        assert_eq!(outcomes(&answered), expected);
        assert_eq!(engine.core.commits.current(), commits + 1, "one transaction");
        // A request no PutRecords takes ends it too, where it stands.
        let sequence =
            vec![put_records("s", &[b"four"]), put_records("s", &[]), put_records("s", &[b"z"])];
        let answered = rt.block_on(engine.put_records_in_order(sequence));
        assert_eq!(outcomes(&answered), ["0 left out", "ValidationException"]);
        let data: Vec<&[u8]> = vec![b"one", b"two", b"three", b"four"];
        assert_eq!(stored(&engine, &rt), data);
    }

    #[test]
    fn requests_in_order_end_at_the_first_that_leaves_a_record_out() {
        let options = EngineOptions { enforce_limits: true, ..EngineOptions::default() };
        let (engine, rt) = engine_with_stream(options);
        // A shard takes 1 MiB a second: the fourth record of 300 000 bytes is throttled.
        let big = vec![b'b'; 300_000];
        let sequence =
            vec![put_records("s", &[&big, &big, &big, &big]), put_records("s", &[b"after"])];
        let answered = rt.block_on(engine.put_records_in_order(sequence));
        assert_eq!(outcomes(&answered), ["1 left out"]);
        assert_eq!(stored(&engine, &rt), vec![big; 3]);
    }

    #[test]
    fn a_failing_put_takes_none_of_its_group_with_it() {
        let (engine, rt) = engine_with_stream(EngineOptions::default());
        let puts = [
            put("s", "one", None),
            put("gone", "x", None),
            put("s", "y", Some(true)),
            put("s", "two", None),
        ];
        let (group, answers): (Vec<_>, Vec<_>) = puts.into_iter().unzip();
        let core = &engine.core;
        let committed = core.commit_group(&mut core.lock().unwrap(), group);
        assert!(committed);
        let codes: Vec<String> = answers
            .iter()
            .map(|a| match a.recv().unwrap() {
                Ok(_) => "ok".to_string(),
                Err(e) => e.code().to_string(),
            })
            .collect();
        assert_eq!(codes, ["ok", "ResourceNotFoundException", "DryRunOperationException", "ok"]);
        assert_eq!(stored(&engine, &rt), [b"one".to_vec(), b"two".to_vec()]);
    }
}
