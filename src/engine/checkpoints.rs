//! Checkpoints off the writer's path.
//!
//! SQLite folds the WAL into the database every 1 000 pages inside the commit that crossed
//! the mark: a put that happens to be that commit waits while 16 MiB are copied and the
//! database is fsynced. An engine that may write instead hands that work to a thread of its
//! own: each commit that leaves [`EARLY`] pages or more in the WAL wakes the thread (started
//! then, so commands that write little never start it), which checkpoints through a
//! connection of its own in `PASSIVE` mode — never blocking the writer nor waiting for it.
//! The commit that reaches [`BOUND`] pages waits for the thread to have folded everything
//! (by then only the last commit's frames), because SQLite starts the WAL over only at a
//! transaction that begins with all of it in the database; so a steady writer's WAL stays
//! under the bound. Without the thread (it could not be started, or could not open the
//! store), that commit checkpoints itself, as SQLite would have.
//!
//! Durability is SQLite's: a checkpoint copies committed frames only (fsyncing the WAL before
//! and the database after), and one cut short by a crash is simply done again; no
//! acknowledgement waits for one. The thread ends with the engine, before its last fold
//! (`store::checkpoint_if_large`).

use std::os::raw::c_int;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;

use rusqlite::hooks::Wal;
use rusqlite::{Connection, OpenFlags};

/// The WAL's length, in pages, at which the commit that reaches it waits for the thread to
/// have folded all of it (the last commit's frames, by then), so that the next commit starts
/// the WAL over: SQLite's own mark.
const BOUND: c_int = 1000;

/// The WAL's length, in pages, from which each commit wakes the thread without waiting, so it
/// keeps pace with the writer.
const EARLY: c_int = BOUND / 2;

/// The checkpointing thread of an engine, once started, and what wakes it.
pub(super) struct Checkpoints {
    shared: Arc<Shared>,
}

struct Shared {
    /// The database.
    path: PathBuf,
    state: Mutex<State>,
    /// Wakes the thread when a checkpoint is asked for, and a writer waiting for one when it
    /// is done.
    changed: Condvar,
}

#[derive(Default)]
struct State {
    /// How many checkpoints were asked for.
    asked: u64,
    /// How many of those asked were done: each checkpoint answers every one asked before it
    /// started.
    done: u64,
    /// The engine is closing, or the thread could not open the store.
    stop: bool,
    thread: Option<JoinHandle<()>>,
}

impl Checkpoints {
    /// Takes the checkpoints of `conn`, a writable store's connection to the database at
    /// `path`, off its commits.
    pub(super) fn take_over(conn: &mut Connection, path: PathBuf) -> rusqlite::Result<Checkpoints> {
        let shared = Arc::new(Shared { path, state: Mutex::default(), changed: Condvar::new() });
        let hook = shared.clone();
        conn.wal_hook(Some(move |wal: &mut Wal, pages: c_int| {
            if pages >= BOUND {
                // Without the thread, as SQLite would.
                if !hook.ask(true) {
                    wal.checkpoint()?;
                }
            } else if pages >= EARLY {
                hook.ask(false);
            }
            Ok(())
        }))?;
        Ok(Checkpoints { shared })
    }

    /// Ends the thread, once a checkpoint under way has finished, and takes the hook off
    /// `conn`: from then on nothing folds its WAL but the closing engine
    /// (`store::checkpoint_if_large`).
    pub(super) fn stop(&self, conn: &mut Connection) {
        let _ = conn.wal_hook(None::<fn(&mut Wal, c_int) -> rusqlite::Result<()>>);
        let thread = match self.shared.state.lock() {
            Ok(mut state) => {
                state.stop = true;
                state.thread.take()
            }
            Err(_) => None,
        };
        self.shared.changed.notify_all();
        if let Some(thread) = thread {
            let _ = thread.join();
        }
    }
}

impl Shared {
    /// Asks for a checkpoint, starting the thread if it is not running yet; with `wait`,
    /// waits until one asked for from now on is done. Answers whether the thread is there to
    /// do it.
    fn ask(self: &Arc<Self>, wait: bool) -> bool {
        let Ok(mut state) = self.state.lock() else { return false };
        if state.stop {
            return false;
        }
        state.asked += 1;
        let asked = state.asked;
        if state.thread.is_none() {
            let shared = self.clone();
            let spawned =
                std::thread::Builder::new().name("checkpoints".into()).spawn(move || shared.run());
            match spawned {
                Ok(thread) => state.thread = Some(thread),
                Err(_) => {
                    state.stop = true;
                    return false;
                }
            }
        }
        self.changed.notify_all();
        while wait && state.done < asked && !state.stop {
            state = match self.changed.wait(state) {
                Ok(state) => state,
                Err(_) => return false,
            };
        }
        !state.stop
    }

    /// The thread: a checkpoint each time one is asked for, until the engine closes.
    fn run(&self) {
        let Some(conn) = self.connect() else {
            // The writers checkpoint themselves from now on.
            if let Ok(mut state) = self.state.lock() {
                state.stop = true;
            }
            self.changed.notify_all();
            return;
        };
        loop {
            let Ok(mut state) = self.state.lock() else { return };
            while state.done == state.asked && !state.stop {
                state = match self.changed.wait(state) {
                    Ok(state) => state,
                    Err(_) => return,
                };
            }
            if state.stop {
                return;
            }
            let asked = state.asked;
            drop(state);
            // Busy (another process checkpointing) or failed: a later commit asks again.
            let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
            if let Ok(mut state) = self.state.lock() {
                state.done = asked;
            }
            self.changed.notify_all();
        }
    }

    /// The thread's own connection to the store.
    fn connect(&self) -> Option<Connection> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&self.path, flags).ok()?;
        // Closing must not checkpoint (nor delete the WAL): the engine's connection decides.
        conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
            .ok()?;
        conn.pragma_update(None, "synchronous", "FULL").ok()?;
        Some(conn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A connection to a new database in WAL mode, and the database's path.
    fn wal_database(dir: &std::path::Path) -> (Connection, PathBuf) {
        let path = dir.join("db");
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.execute_batch("CREATE TABLE t (b BLOB)").unwrap();
        (conn, path)
    }

    /// Writes `pages` pages of blobs, ten pages a commit; answers the WAL's largest size
    /// meanwhile, in pages.
    fn write_pages(conn: &Connection, path: &std::path::Path, pages: usize) -> u64 {
        let wal = path.with_file_name("db-wal");
        let mut largest = 0;
        for _ in 0..pages / 10 {
            let tx = conn.unchecked_transaction().unwrap();
            for _ in 0..10 {
                tx.execute("INSERT INTO t (b) VALUES (zeroblob(4000))", []).unwrap();
            }
            tx.commit().unwrap();
            largest = largest.max(std::fs::metadata(&wal).unwrap().len() / 4096);
        }
        largest
    }

    #[test]
    fn the_thread_folds_the_wal_so_the_writer_starts_it_over_at_the_bound() {
        let dir = tempfile::tempdir().unwrap();
        let (mut conn, path) = wal_database(dir.path());
        let checkpoints = Checkpoints::take_over(&mut conn, path.clone()).unwrap();
        let largest = write_pages(&conn, &path, 5000);
        assert!(largest <= BOUND as u64 + 20, "the WAL reached {largest} pages");
        let state = checkpoints.shared.state.lock().unwrap();
        assert!(state.thread.is_some() && !state.stop && state.done > 0);
        drop(state);
        checkpoints.stop(&mut conn);
        assert!(checkpoints.shared.state.lock().unwrap().thread.is_none());
        let rows: i64 = conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(rows, 5000);
    }

    #[test]
    fn without_the_thread_the_writer_checkpoints_itself() {
        let dir = tempfile::tempdir().unwrap();
        let (mut conn, path) = wal_database(dir.path());
        // A directory is no database: the thread cannot open it.
        let checkpoints = Checkpoints::take_over(&mut conn, dir.path().to_path_buf()).unwrap();
        let largest = write_pages(&conn, &path, 5000);
        assert!(largest <= BOUND as u64 + 20, "the WAL reached {largest} pages");
        assert!(checkpoints.shared.state.lock().unwrap().stop);
        checkpoints.stop(&mut conn);
    }
}
