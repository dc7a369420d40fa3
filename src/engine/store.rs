//! The on-disk store: one SQLite database per data dir.
//!
//! # Format (schema version 6, kept in `PRAGMA user_version`)
//!
//! The file identifies itself by SQLite's `PRAGMA application_id` ([`APPLICATION_ID`]);
//! nothing is written to a file before it is known to be a store of ours, or an empty one.
//! Stores written before the identity existed (application id 0, schema version 1, exactly
//! our tables) get it on their first writable open.
//!
//! - `meta(key, value)`: `secret`, 32 random bytes that sign shard iterators and pagination
//!   tokens; `counter`, the last sequence counter handed out (see [`next_counters`]);
//!   `sequence_layout_from` (since version 3), the first counter whose sequence number is in
//!   Kinesis's layout (see [`layout`]); `folded_ms`, when a closing engine last folded the
//!   WAL into the database (see [`checkpoint_if_large`]).
//! - `streams`: one row per stream; `id` is never reused (AUTOINCREMENT), so a deleted
//!   stream's iterators and tokens can never name a new stream of the same name;
//!   `trimmed_ms` is when records past retention were last deleted; `settles_ms` is when a
//!   CREATING or UPDATING stream becomes ACTIVE, or a DELETING one disappears.
//! - `shards`: one row per shard, open or closed; hash keys as 32 lower-case hex digits, so
//!   that text order is numeric order; counters are those of [`SequenceNumber`]s; the
//!   `in_*`/`out_*` columns count records and payload bytes put and read (reads are counted
//!   in memory and written, unsynced, with the process's next write or when it ends: a
//!   crash or a read-only store may lose some reads' counts, never a record).
//! - `chunks` (since version 6): the records, packed by the put that brought them (see
//!   [`chunks`](super::chunks)). A record's arrival time is its counter in microseconds (see
//!   [`next_counters`]), so it is not stored twice. Before version 6, `records` held one
//!   row per record, keyed by (stream, shard, counter).
//! - `tags`: one row per stream tag.
//! - `consumers` (since version 2): one row per registered consumer; `created_ms` also
//!   makes its ARN (epoch seconds), so a name registered again gets a new ARN; `settles_ms`
//!   is when a CREATING consumer becomes ACTIVE, or a DELETING one disappears.
//!
//! - `subscriptions` (since version 2): the latest SubscribeToShard of each consumer and
//!   shard: when it began (the next may not come within five seconds) and its `token` (a
//!   subscription whose token is no longer there has been taken over, by any process).
//!
//! - `policies` (since version 4): the resource policy of a stream or consumer, by the
//!   resource's ARN, with its stream's id (deleting the stream deletes them).
//! - Since version 4, `streams` also keeps `max_record_kib` (the largest record it takes,
//!   1 024 KiB unless raised) and an on-demand stream's warm throughput: `warm_target_mibps`
//!   asked for, `warm_current_mibps` in force while it is UPDATING towards the target;
//!   and its record `distribution`: `USER_PARTITION_KEY` (by partition key) or `AUTO`.
//! - `queues` (since version 5): one row per queue; `id` is never reused, so a deleted
//!   queue's receipt handles never name a new one; `cursor` is the last record counter the
//!   queue has taken in (later records of its stream are new to it); `deliveries` numbers its
//!   receives, so each receipt handle names one delivery; `max_receives` is NULL when
//!   dead-letter handling is off. `queue_records`: the records a queue has delivered and not
//!   had acknowledged, in flight until `visible_ms`, dead-lettered when `dead`; an
//!   acknowledged record's row is deleted (the cursor keeps it from coming back).
//!   `queue_tags`: a queue's tags.
//!
//! A store of version 5 or earlier has its `records` moved into `chunks` (one record to a
//! chunk) on its first writable open, in the upgrade's transaction; a read-only one is read
//! through a temporary view of `records` in the chunks' shape.
//!
//! A version 1 store gains these tables on its first writable open (one transaction); a
//! read-only one is read as it is, with empty temporary tables standing in. A store of
//! version 2 or 1 gains `sequence_layout_from` the same way, set past its last counter: the
//! numbers it handed out stay as they were, later ones are Kinesis's; read-only, all stay.
//!
//! Pages are 16 KiB ([`PAGE_SIZE`]).
//!
//! # Durability and concurrency
//!
//! The database runs in WAL mode with `synchronous = FULL`: a transaction that returned has its
//! WAL frames fsynced, so whatever the engine acknowledged (a sequence number printed, a stream
//! created) survives `kill -9` and power loss. Every write runs in one `BEGIN IMMEDIATE`
//! transaction, so concurrent processes queue on the write lock (waiting up to the busy
//! timeout) instead of failing on a lock upgrade. Opening an existing store reads its header
//! and nothing else, so readers never wait behind writers and work on a read-only data dir.
//! A crash leaves either the whole transaction or none of it.
//!
//! Connections do not checkpoint when they close: the `-wal` and `-shm` files stay beside
//! the database, so a process that only reads finds them there even where it could not
//! create them. The first process to open the store rebuilds the WAL's index by reading the
//! whole WAL, so the WAL is kept short: an engine that wrote folds a WAL past [`WAL_BOUND`]
//! into the database as it closes — after its command has answered, off the acknowledging
//! path — and empties it. A long writer's WAL is folded as it goes by a thread of the engine's
//! own (`engine::checkpoints`), and started over every 1 000 pages; the WAL it starts over is
//! written over in place, not cut back (see [`WAL_KEPT`]).
//!
//! One acknowledged write is one fsync, the WAL's at commit: the bundled SQLite is built
//! without its directory fsyncs (`SQLITE_DISABLE_DIRSYNC`, in `.cargo/config.toml`), and the
//! store makes the data dir's entries durable itself when an open creates the database or
//! its WAL (a build without that flag fsyncs the directory once per process as well: slower,
//! as safe).
//!
//! # Privacy
//!
//! The data dir is created 0700 and the database 0600 (SQLite gives its `-wal` and `-shm`
//! files the database's mode). A dir or file open to group or others is used as it is, with
//! a warning ([`Opened::warnings`]): the store never changes a user's permissions.
//!
//! [`SequenceNumber`]: crate::model::SequenceNumber

use std::path::Path;
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::{
    Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior, params,
};

use super::chunks;
use crate::error::{Error, Result};
use crate::model::sequence::MAX_COUNTER;
use crate::model::{Layout, Timestamp};

/// The file name of the store inside the data dir.
pub const FILE_NAME: &str = "kinesis.db";

/// The schema version this build writes.
const SCHEMA_VERSION: i64 = 6;

/// What `PRAGMA application_id` holds in every store: "KNSS".
pub const APPLICATION_ID: i32 = 0x4b4e_5353;

/// The page size of new stores.
const PAGE_SIZE: i64 = 16 * 1024;
/// How many prepared statements a connection keeps, enough for every statement the engine
/// runs by the cache.
const STATEMENT_CACHE: usize = 128;

/// How long a writer waits for another process's transaction before giving up.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

const SCHEMA_V1: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value ANY NOT NULL) STRICT;
CREATE TABLE streams (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    arn TEXT NOT NULL,
    status TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    retention_hours INTEGER NOT NULL,
    stream_mode TEXT NOT NULL,
    encryption_type TEXT NOT NULL,
    key_id TEXT,
    shard_level_metrics TEXT NOT NULL DEFAULT '',
    next_shard_index INTEGER NOT NULL,
    trimmed_ms INTEGER NOT NULL DEFAULT 0,
    settles_ms INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE shards (
    stream_id INTEGER NOT NULL,
    shard_index INTEGER NOT NULL,
    start_key TEXT NOT NULL,
    end_key TEXT NOT NULL,
    parent INTEGER,
    adjacent_parent INTEGER,
    starting_counter INTEGER NOT NULL,
    ending_counter INTEGER,
    created_ms INTEGER NOT NULL,
    closed_ms INTEGER,
    in_records INTEGER NOT NULL DEFAULT 0,
    in_bytes INTEGER NOT NULL DEFAULT 0,
    out_records INTEGER NOT NULL DEFAULT 0,
    out_bytes INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (stream_id, shard_index)
) STRICT, WITHOUT ROWID;
CREATE TABLE records (
    stream_id INTEGER NOT NULL,
    shard_index INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    partition_key TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (stream_id, shard_index, counter)
) STRICT, WITHOUT ROWID;
CREATE TABLE tags (
    stream_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (stream_id, key)
) STRICT, WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('secret', randomblob(32)), ('counter', 0);
";

/// What version 2 adds to version 1 (`{temp}` is empty, or `TEMP` to stand in on a
/// read-only store).
const VERSION_2_TABLES: &str = "
CREATE {temp} TABLE consumers (
    stream_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    status TEXT NOT NULL,
    settles_ms INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (stream_id, name)
) STRICT, WITHOUT ROWID;
CREATE {temp} TABLE subscriptions (
    stream_id INTEGER NOT NULL,
    consumer TEXT NOT NULL,
    shard_index INTEGER NOT NULL,
    began_ms INTEGER NOT NULL,
    token INTEGER NOT NULL,
    PRIMARY KEY (stream_id, consumer, shard_index)
) STRICT, WITHOUT ROWID;
";

/// What version 4 adds to version 3 (`{temp}` as for [`VERSION_2_TABLES`]).
const VERSION_4_TABLES: &str = "
CREATE {temp} TABLE policies (
    resource_arn TEXT PRIMARY KEY,
    stream_id INTEGER NOT NULL,
    policy TEXT NOT NULL
) STRICT;
";

/// The columns version 4 adds to `streams`.
const VERSION_4_COLUMNS: &str = "
ALTER TABLE streams ADD COLUMN max_record_kib INTEGER NOT NULL DEFAULT 1024;
ALTER TABLE streams ADD COLUMN warm_target_mibps INTEGER;
ALTER TABLE streams ADD COLUMN warm_current_mibps INTEGER;
ALTER TABLE streams ADD COLUMN distribution TEXT NOT NULL DEFAULT 'USER_PARTITION_KEY';
";

/// What version 5 adds to version 4 (`{temp}` as for [`VERSION_2_TABLES`]; an index on a
/// temporary table is temporary).
const VERSION_5_TABLES: &str = "
CREATE {temp} TABLE queues (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    arn TEXT NOT NULL UNIQUE,
    stream_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    settles_ms INTEGER NOT NULL DEFAULT 0,
    visibility_s INTEGER NOT NULL,
    max_receives INTEGER,
    start_type TEXT NOT NULL,
    start_ms INTEGER NOT NULL,
    cursor INTEGER NOT NULL,
    deliveries INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE {temp} TABLE queue_records (
    queue_id INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    shard_index INTEGER NOT NULL,
    receives INTEGER NOT NULL,
    first_ms INTEGER NOT NULL,
    visible_ms INTEGER NOT NULL,
    delivery INTEGER NOT NULL,
    dead INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (queue_id, counter)
) STRICT, WITHOUT ROWID;
CREATE INDEX queue_records_due ON queue_records (queue_id, dead, visible_ms);
CREATE {temp} TABLE queue_tags (
    queue_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (queue_id, key)
) STRICT, WITHOUT ROWID;
";

/// A read-only store older than version 4 cannot gain the columns: a temporary view of the
/// same name stands in, with their defaults (a temporary object hides the stored one).
const VERSION_4_READ_ONLY: &str = "
CREATE TEMP VIEW streams AS SELECT *, 1024 AS max_record_kib, NULL AS warm_target_mibps,
    NULL AS warm_current_mibps, 'USER_PARTITION_KEY' AS distribution FROM main.streams;
";

/// An open store, and what the user should hear about it.
pub struct Opened {
    /// The connection, ready for transactions.
    pub conn: Connection,
    /// Whether the store can only be read (a read-only file or data dir).
    pub read_only: bool,
    /// Things to tell the user once (permissions open to others), never failures.
    pub warnings: Vec<String>,
}

/// Creates the data dir (0700) if needed and opens its store, creating it if it is new.
/// Anything in the data dir that is not a store of ours is refused and left untouched.
pub fn open(dir: &Path) -> Result<Opened> {
    let unusable = |why: String| Error::Config(format!("data dir {}: {why}", dir.display()));
    match std::fs::metadata(dir) {
        Ok(m) if !m.is_dir() => return Err(unusable("not a directory".into())),
        Ok(_) => {}
        Err(_) => create_private_dir(dir).map_err(|e| unusable(e.to_string()))?,
    }
    let path = dir.join(FILE_NAME);
    // Whether this open creates an entry in the data dir (the database, or its WAL), which
    // must then be made durable (see "Durability").
    let creates = !path.exists() || !sibling(&path, "-wal").exists();
    create_private_file(&path).map_err(|e| unusable(e.to_string()))?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn =
        Connection::open_with_flags(&path, flags).map_err(|e| unusable(e.to_string()))?;
    // A read-only store without a WAL (last closed by an older kinesis) has nothing but the
    // database to read, and SQLite could not create the WAL's index beside it to read that.
    if conn.is_readonly("main")? && !sibling(&path, "-wal").exists() {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI;
        conn = Connection::open_with_flags(immutable_uri(&path), flags)
            .map_err(|e| unusable(e.to_string()))?;
    }
    let in_store = |e: Error| match e {
        Error::Internal(why) | Error::Config(why) => {
            Error::Config(format!("store {}: {why}", path.display()))
        }
        Error::Caused { message, .. } => {
            Error::Config(format!("store {}: {message}", path.display()))
        }
        other => other,
    };
    let mut opened = prepare(conn).map_err(in_store)?;
    if creates && !opened.read_only {
        // As SQLite's own directory fsync: a directory that cannot be opened is left as it is.
        let _ = sync_dir(dir);
    }
    opened.warnings = exposed(dir, &path);
    Ok(opened)
}

/// Makes the directory's entries (the files created in it) durable.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// How large the WAL may grow before a closing engine folds it into the database (see
/// "Durability").
pub const WAL_BOUND: u64 = 512 * 1024;

/// How much of a WAL started over mid-run stays on disk, to be written over: more than the
/// 1 000 pages after which it starts over, so a long writer's WAL is never cut back and grown
/// again (growing a file allocates its blocks anew: a fifth of a
/// bulk upload's time when the WAL was cut back to [`WAL_BOUND`] at every reset).
const WAL_KEPT: u64 = 32 * 1024 * 1024;

/// When the engine on `conn` closes, having written: folds a WAL past [`WAL_BOUND`] into the
/// database and empties it, never waiting for another process (busy: it stays as it is, for
/// a later close), then writes the new WAL's header with one small commit — so the next
/// process rebuilds its WAL index from a short WAL, and its first commit is one fsync (a
/// commit into an empty WAL also fsyncs the header it writes).
pub fn checkpoint_if_large(conn: &Connection, path: Option<&Path>) {
    let wal = path.map(|p| sibling(p, "-wal"));
    let size = wal.and_then(|w| std::fs::metadata(w).ok()).map_or(0, |m| m.len());
    if size <= WAL_BOUND || conn.busy_timeout(Duration::ZERO).is_err() {
        return;
    }
    let folded = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get::<_, i64>(0));
    if folded == Ok(0) {
        // A real change: SQLite writes no frame for a row rewritten as it was.
        let _ = conn.execute(
            "INSERT INTO meta (key, value) VALUES ('folded_ms', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [Timestamp::now().0],
        );
    }
}

/// A store that lives in memory and vanishes with the process.
pub fn open_in_memory() -> Result<Opened> {
    prepare(Connection::open_in_memory()?)
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// Creates the database file 0600 if it does not exist (SQLite would make it 0644).
fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        // A read-only data dir may still hold a store to read.
        Err(_) if path.exists() => Ok(()),
        Err(e) => Err(e),
    }
}

/// The file SQLite keeps beside `db` under `suffix` (`-wal`, `-shm`).
fn sibling(db: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

/// A `file:` URI opening `path` as immutable: no locks, no WAL index, nothing written.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri + "?immutable=1"
}

/// Warnings for the data dir and store files that group or others may open.
#[cfg(unix)]
fn exposed(dir: &Path, db: &Path) -> Vec<String> {
    use std::os::unix::fs::PermissionsExt;
    let mut warnings = Vec::new();
    let files = [dir.to_path_buf(), db.to_path_buf(), sibling(db, "-wal"), sibling(db, "-shm")];
    for path in files {
        let Ok(meta) = std::fs::metadata(&path) else { continue };
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            let fix = if meta.is_dir() { "700" } else { "600" };
            warnings.push(format!(
                "{} is open to other users (mode {mode:03o}); `chmod {fix}` it to keep the \
                 store private",
                path.display()
            ));
        }
    }
    warnings
}

#[cfg(not(unix))]
fn exposed(_: &Path, _: &Path) -> Vec<String> {
    Vec::new()
}

/// What a file's header says it is.
enum Kind {
    /// A new file, or a database with nothing in it: ours to create.
    Empty,
    /// A store of ours at this schema version.
    Current,
    /// A store of ours at schema version 1 (no consumers).
    Version1,
    /// A store of ours at schema version 2 (sequence numbers in this engine's first layout).
    Version2,
    /// A store of ours at schema version 3 (no resource policies).
    Version3,
    /// A store of ours at schema version 4 (no queues).
    Version4,
    /// A store of ours at schema version 5 (one row per record).
    Version5,
    /// A store of schema version 1 written before stores carried their application id.
    Unmarked,
}

/// Reads the file's header (and, for an unmarked one, its table names) without writing.
fn identify(conn: &Connection) -> Result<Kind> {
    let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    match (app, version) {
        (0, 0) if objects == 0 => Ok(Kind::Empty),
        (APPLICATION_ID, SCHEMA_VERSION) => Ok(Kind::Current),
        (APPLICATION_ID, 1) => Ok(Kind::Version1),
        (APPLICATION_ID, 2) => Ok(Kind::Version2),
        (APPLICATION_ID, 3) => Ok(Kind::Version3),
        (APPLICATION_ID, 4) => Ok(Kind::Version4),
        (APPLICATION_ID, 5) => Ok(Kind::Version5),
        (APPLICATION_ID, v) if v > SCHEMA_VERSION => Err(Error::Config(format!(
            "schema version {v} is newer than this kinesis understands ({SCHEMA_VERSION})"
        ))),
        (0, 1) if has_v1_tables(conn)? => Ok(Kind::Unmarked),
        (app, v) => Err(Error::Config(format!(
            "not a kinesis store (application id {app}, schema version {v}); left untouched"
        ))),
    }
}

fn has_v1_tables(conn: &Connection) -> Result<bool> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         ORDER BY name",
    )?;
    let names: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(names == ["meta", "records", "shards", "streams", "tags"])
}

fn prepare(mut conn: Connection) -> Result<Opened> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // One GetShardIterator and GetRecords between them use more statements than rusqlite's
    // default cache of 16 holds: evicted, they were parsed again on every call.
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    conn.pragma_update(None, "synchronous", "FULL")?;
    // Plans that depend on bound values made SQLite prepare the shard listing of every put
    // again (its plan was marked to be redone at each new binding); our queries gain nothing
    // from such plans.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    // Puts committed together each run in a savepoint (engine::group), whose undo copies of
    // pages would otherwise spill to a temporary file past 64 KiB.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    let read_only = conn.is_readonly("main")?;
    if !read_only {
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
        conn.pragma_update(None, "journal_size_limit", WAL_KEPT as i64)?;
    }
    match identify(&conn)? {
        Kind::Current => {}
        // Readable as it is; it gets its mark and its upgrade from the next process that may
        // write.
        Kind::Unmarked | Kind::Version1 if read_only => stand_in(&conn, 1)?,
        Kind::Version2 if read_only => stand_in(&conn, 2)?,
        Kind::Version3 if read_only => stand_in(&conn, 3)?,
        Kind::Version4 if read_only => stand_in(&conn, 4)?,
        Kind::Version5 if read_only => stand_in(&conn, 5)?,
        Kind::Empty if read_only => {
            return Err(Error::Config("the store is read-only and has never been written".into()));
        }
        kind => {
            if matches!(kind, Kind::Empty) {
                // Only takes effect while the file is new. 16 KiB pages hold ~70 typical
                // records, so a PutRecords batch dirties few pages: uploads run ~40% faster
                // than with 4 KiB pages.
                conn.pragma_update(None, "page_size", PAGE_SIZE)?;
                conn.pragma_update(None, "journal_mode", "WAL")?;
            }
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            // Another process may have created or marked the store meanwhile.
            match identify(&tx)? {
                Kind::Current => {}
                Kind::Empty => {
                    tx.execute_batch(SCHEMA_V1)?;
                    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
                    upgrade_from_1(&tx)?;
                }
                Kind::Unmarked | Kind::Version1 => {
                    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
                    upgrade_from_1(&tx)?;
                }
                Kind::Version2 => upgrade_from_2(&tx)?,
                Kind::Version3 => upgrade_from_3(&tx)?,
                Kind::Version4 => upgrade_from_4(&tx)?,
                Kind::Version5 => upgrade_from_5(&tx)?,
            }
            tx.commit()?;
        }
    }
    Ok(Opened { conn, read_only, warnings: Vec::new() })
}

/// Makes a read-only store of schema `version` read as the current one: temporary tables
/// (empty) and views stand in for what later versions added.
fn stand_in(conn: &Connection, version: i64) -> Result<()> {
    if version < 2 {
        conn.execute_batch(&VERSION_2_TABLES.replace("{temp}", "TEMP"))?;
    }
    if version < 4 {
        conn.execute_batch(&VERSION_4_TABLES.replace("{temp}", "TEMP"))?;
        conn.execute_batch(VERSION_4_READ_ONLY)?;
    }
    if version < 5 {
        conn.execute_batch(&VERSION_5_TABLES.replace("{temp}", "TEMP"))?;
    }
    if version < 6 {
        conn.execute_batch(&format!("CREATE TEMP VIEW chunks AS {};", chunks::FROM_RECORDS))?;
    }
    Ok(())
}

/// Brings a version 1 store to the current version, inside the caller's transaction.
fn upgrade_from_1(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(&VERSION_2_TABLES.replace("{temp}", ""))?;
    upgrade_from_2(tx)
}

/// Brings a version 2 store to the current version, inside the caller's transaction: the
/// counters to come get Kinesis's sequence-number layout.
fn upgrade_from_2(tx: &Transaction<'_>) -> Result<()> {
    let from = last_counter(tx)?.saturating_add(1) as i64;
    tx.execute("INSERT INTO meta (key, value) VALUES ('sequence_layout_from', ?1)", params![from])?;
    upgrade_from_3(tx)
}

/// Brings a version 3 store to the current version, inside the caller's transaction.
fn upgrade_from_3(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(&VERSION_4_TABLES.replace("{temp}", ""))?;
    tx.execute_batch(VERSION_4_COLUMNS)?;
    upgrade_from_4(tx)
}

/// Brings a version 4 store to the current version, inside the caller's transaction.
fn upgrade_from_4(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(&VERSION_5_TABLES.replace("{temp}", ""))?;
    upgrade_from_5(tx)
}

/// Brings a version 5 store to the current version, inside the caller's transaction: each
/// record becomes a chunk of its own.
fn upgrade_from_5(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(chunks::TABLE)?;
    tx.execute_batch(&format!("INSERT INTO chunks {}; DROP TABLE records;", chunks::FROM_RECORDS))?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    Ok(())
}

/// The layout of `stream_id`'s sequence numbers: Kinesis's from the store's
/// `sequence_layout_from` on; this engine's first for all of a store not yet upgraded.
pub fn layout(tx: &Transaction<'_>, stream_id: i64) -> Result<Layout> {
    let from: Option<i64> = tx
        .prepare_cached("SELECT value FROM meta WHERE key = 'sequence_layout_from'")?
        .query_row([], |r| r.get(0))
        .optional()?;
    let from = from.map_or(u64::MAX, |f| u64::try_from(f).unwrap_or(0));
    Ok(Layout { from, stream_id: stream_id as u64 })
}

/// The last sequence counter handed out: every later record's counter is greater.
pub fn last_counter(tx: &Transaction<'_>) -> Result<u64> {
    let last: i64 = tx
        .prepare_cached("SELECT value FROM meta WHERE key = 'counter'")?
        .query_row([], |r| r.get(0))?;
    u64::try_from(last).map_err(|_| Error::Internal(format!("the store's counter is {last}")))
}

/// Hands out `n` consecutive sequence counters, all above `floor`, and returns the first.
///
/// Counters are a hybrid clock: the next value is the largest of the last one plus one, the
/// current time in microseconds and `floor` plus one, so they never repeat or go back,
/// whatever the wall clock does, and tell when a record arrived (its counter / 1000 is its
/// arrival time in milliseconds; ahead of the clock only while more than a million records a
/// second arrive). Callers pass a `floor` no higher than [`last_counter`]; the arithmetic is
/// checked all the same, so a counter can never wrap or pass [`MAX_COUNTER`].
///
/// [`MAX_COUNTER`]: crate::model::sequence::MAX_COUNTER
pub fn next_counters(tx: &Transaction<'_>, n: u64, now: Timestamp, floor: u64) -> Result<u64> {
    let exhausted = || Error::Internal("the store's sequence counter is exhausted".into());
    let last = last_counter(tx)?;
    let now_us = u64::try_from(now.0).unwrap_or(0).saturating_mul(1000);
    let first = last.max(floor).checked_add(1).ok_or_else(exhausted)?.max(now_us);
    let end = first.checked_add(n.saturating_sub(1)).filter(|e| *e <= MAX_COUNTER);
    let end = end.ok_or_else(exhausted)?;
    tx.prepare_cached("UPDATE meta SET value = ?1 WHERE key = 'counter'")?
        .execute(params![end as i64])?;
    Ok(first)
}

/// The store's secret for signing iterators and tokens.
pub fn secret(conn: &Connection) -> Result<Vec<u8>> {
    conn.query_row("SELECT value FROM meta WHERE key = 'secret'", [], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::Config("the store has no secret".into()))
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        use rusqlite::ErrorCode as C;
        match e.sqlite_error_code() {
            Some(C::NotADatabase) => Error::Config("file is not a database".into()),
            Some(C::CannotOpen | C::ReadOnly | C::PermissionDenied) => Error::Config(e.to_string()),
            Some(C::DatabaseBusy | C::DatabaseLocked) => Error::caused(
                format!(
                    "the store stayed locked by another process for over {}s",
                    BUSY_TIMEOUT.as_secs()
                ),
                e,
            ),
            _ => Error::caused(format!("store: {e}"), e),
        }
    }
}
