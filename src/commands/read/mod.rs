//! `read`: a whole stream, every shard, without iterator juggling.
//!
//! Shards are read round-robin, a page at a time. A child shard starts only once every
//! parent being read has been read to its end, so records come out in order within each
//! lineage of hash keys. `read` stops after `--max-records` records (waiting for them, like
//! `tail -f | head -n`), at records past `--until`, or on Ctrl-C (exit 130, after flushing
//! what was read); with neither `--follow` nor `--max-records`, it stops once every shard is
//! caught up (a page comes back empty with nothing behind).
//! Only the `Kinesis` trait is used, so this works on every backend.

pub(super) mod efo;
mod template;

use std::collections::{HashSet, VecDeque};
use std::io::Write;

use crate::cli::ReadArgs;
use crate::commands::decode::{Decoded, DecodedPage, Decoder, Mode};
use crate::commands::streams::{all_shards, stream_ref};
use crate::commands::{Context, params};
use crate::error::{Error, Result};
use crate::model::*;
use crate::output::{self, Format};

/// Where reading starts.
enum Start {
    TrimHorizon,
    Latest,
    AtTimestamp(Timestamp),
    AtSequence(String),
}

/// `--from`: a position by name, or a time as [`params::time_point`] reads it (alone, or
/// after `at-timestamp`).
fn parse_start(from: &[String], now: Timestamp) -> Result<Start> {
    let bad = || {
        Error::ParamValidation(format!(
            "--from {}: expected trim-horizon, latest, at-sequence NUMBER, or a time (at-timestamp \
             TIME, or TIME alone: now, -1h, 15m, ISO 8601, epoch seconds or milliseconds)",
            from.join(" ")
        ))
    };
    // `at-timestamp=T` reads like `at-timestamp T`.
    let parts: Vec<&str> = from.iter().flat_map(|s| s.splitn(2, '=')).collect();
    match parts.as_slice() {
        ["trim-horizon"] => Ok(Start::TrimHorizon),
        ["latest"] => Ok(Start::Latest),
        ["at-timestamp", t] => {
            Ok(Start::AtTimestamp(params::time_point("--from at-timestamp", t, now)?))
        }
        ["at-sequence", n] if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(Start::AtSequence((*n).to_string()))
        }
        [t] => params::time_point("--from", t, now).map(Start::AtTimestamp).map_err(|_| bad()),
        _ => Err(bad()),
    }
}

/// Numeric order of two decimal strings without leading zeros.
fn decimal_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// The shard a sequence number belongs to. Open shards' ranges overlap, so each shard whose
/// range holds the number is asked, latest-starting first, until one accepts it.
async fn sequence_owner(
    ctx: &Context,
    stream: &StreamRef,
    shards: &[Shard],
    n: &str,
) -> Result<String> {
    let mut candidates: Vec<&Shard> = shards
        .iter()
        .filter(|s| {
            let r = &s.sequence_number_range;
            decimal_cmp(&r.starting_sequence_number, n).is_le()
                && r.ending_sequence_number.as_deref().is_none_or(|e| decimal_cmp(n, e).is_le())
        })
        .collect();
    candidates.sort_by(|a, b| {
        decimal_cmp(
            &b.sequence_number_range.starting_sequence_number,
            &a.sequence_number_range.starting_sequence_number,
        )
    });
    for shard in candidates {
        let input = GetShardIteratorInput {
            stream: stream.clone(),
            shard_id: shard.shard_id.clone(),
            shard_iterator_type: ShardIteratorType::AtSequenceNumber,
            starting_sequence_number: Some(n.to_string()),
            timestamp: None,
            dry_run: None,
        };
        match ctx.call(Action::GetShardIterator, input, |i| ctx.backend.get_shard_iterator(i)).await
        {
            Ok(_) => return Ok(shard.shard_id.clone()),
            Err(Error::InvalidArgument(_)) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(Error::InvalidArgument(format!("Sequence number {n} is in no shard of the stream.")))
}

/// Whether a failed GetRecords is worth trying again: throttling, and failures on the way
/// (a connection reset, a timeout) rather than answers about the request.
fn retryable(e: &Error) -> bool {
    const TRANSIENT: [&str; 3] =
        ["InternalFailure", "ServiceUnavailableException", "KMSThrottlingException"];
    match e {
        Error::ProvisionedThroughputExceeded(_) | Error::Caused { .. } => true,
        Error::Service { code, .. } => TRANSIENT.contains(&code.as_str()),
        _ => false,
    }
}

/// A shard being read.
struct Cursor {
    shard_id: String,
    iterator: String,
    /// Whether the shard is one the read started with (else a child that followed).
    first: bool,
    /// The last sequence number read from it: where to resume when the iterator expires.
    last: Option<String>,
}

/// What became of a shard's records handed to [`Reader::deliver`].
enum Delivered {
    /// All printed (or skipped as before the start time).
    All,
    /// The read has all the records it wanted: it is over.
    Enough,
    /// A record arrived past `--until`: this shard is done.
    PastUntil,
}

/// How many times a throttled or failed GetRecords is tried before the read gives up.
const ATTEMPTS: u32 = 8;

/// The reader's state: what is being read, what has ended, where output goes.
struct Reader<'a, W: Write> {
    ctx: &'a Context,
    stream: StreamRef,
    shards: Vec<Shard>,
    start: Start,
    active: VecDeque<Cursor>,
    /// Shards read to their end (their children may start).
    ended: HashSet<String>,
    /// Shards this read covers: the starting ones and their descendants.
    covered: HashSet<String>,
    out: W,
    left: Option<u64>,
    until: Option<Timestamp>,
    decoder: Decoder,
    template: Option<template::Template>,
    filter: Option<template::Filter>,
    /// `--output table`: the rows' table.
    table: Option<output::TableRows>,
}

impl<W: Write> Reader<'_, W> {
    /// Where reading a shard starts: the read's own start for the shards it began with, the
    /// beginning (or the start time) for the children that follow.
    fn starting(&self, first: bool) -> StartingPosition {
        let (kind, seq, ts) = match (&self.start, first) {
            (Start::Latest, true) => (ShardIteratorType::Latest, None, None),
            (Start::AtSequence(n), true) => {
                (ShardIteratorType::AtSequenceNumber, Some(n.clone()), None)
            }
            // A time still to come reads from now on; `emit` skips what arrives before it.
            (Start::AtTimestamp(t), _) => {
                (ShardIteratorType::AtTimestamp, None, Some((*t).min(Timestamp::now())))
            }
            _ => (ShardIteratorType::TrimHorizon, None, None),
        };
        StartingPosition { position_type: kind, sequence_number: seq, timestamp: ts }
    }

    async fn iterator(&self, shard_id: &str, first: bool) -> Result<String> {
        let from = self.starting(first);
        let input = GetShardIteratorInput {
            stream: self.stream.clone(),
            shard_id: shard_id.to_string(),
            shard_iterator_type: from.position_type,
            starting_sequence_number: from.sequence_number,
            timestamp: from.timestamp,
            dry_run: None,
        };
        let out = self
            .ctx
            .call(Action::GetShardIterator, input, |i| self.ctx.backend.get_shard_iterator(i))
            .await?;
        Ok(out.shard_iterator)
    }

    fn is_closed(&self, shard_id: &str) -> bool {
        self.shards.iter().any(|s| {
            s.shard_id == shard_id && s.sequence_number_range.ending_sequence_number.is_some()
        })
    }

    fn parents(s: &Shard) -> impl Iterator<Item = &String> {
        s.parent_shard_id.iter().chain(s.adjacent_parent_shard_id.iter())
    }

    /// Adds `ids` and all their descendants to what this read covers.
    fn cover(&mut self, ids: &[String]) {
        let mut todo: Vec<String> = ids.to_vec();
        while let Some(id) = todo.pop() {
            if self.covered.insert(id.clone()) {
                todo.extend(
                    self.shards
                        .iter()
                        .filter(|s| Self::parents(s).any(|p| *p == id))
                        .map(|s| s.shard_id.clone()),
                );
            }
        }
    }

    /// The children of `ended` whose covered parents have all ended, and that are not being
    /// read yet (`reading` says which are).
    async fn ready_children(
        &mut self,
        ended: &str,
        reading: impl Fn(&str) -> bool,
    ) -> Result<Vec<String>> {
        let mut children: Vec<Shard> =
            self.shards.iter().filter(|s| Self::parents(s).any(|p| p == ended)).cloned().collect();
        if children.is_empty() {
            // The shard closed while we read: learn its children.
            self.shards = all_shards(self.ctx, &self.stream).await?;
            children = self
                .shards
                .iter()
                .filter(|s| Self::parents(s).any(|p| p == ended))
                .cloned()
                .collect();
            let ids: Vec<String> = children.iter().map(|c| c.shard_id.clone()).collect();
            self.cover(&ids);
        }
        Ok(children
            .into_iter()
            .filter(|child| {
                Self::parents(child).all(|p| self.ended.contains(p) || !self.covered.contains(p))
                    && !reading(&child.shard_id)
            })
            .map(|child| child.shard_id)
            .collect())
    }

    /// Starts reading the children of `ended` that are ready.
    async fn start_children(&mut self, ended: &str) -> Result<()> {
        let active: HashSet<String> = self.active.iter().map(|c| c.shard_id.clone()).collect();
        for child in self.ready_children(ended, |id| active.contains(id)).await? {
            let iterator = self.iterator(&child, false).await?;
            self.active.push_back(Cursor { shard_id: child, iterator, first: false, last: None });
        }
        Ok(())
    }

    /// Prints a shard's records in order, as far as the read's limits let it.
    fn deliver(&mut self, shard_id: &str, records: &[Record]) -> Result<Delivered> {
        let decoded = self.decoder.decode_page(records);
        self.deliver_decoded(shard_id, records, decoded)
    }

    /// [`Reader::deliver`] of records already decoded ([`Decoder::decode_page`]'s answer).
    fn deliver_decoded(
        &mut self,
        shard_id: &str,
        records: &[Record],
        decoded: DecodedPage,
    ) -> Result<Delivered> {
        let mut decoded = decoded.into_iter();
        for r in records {
            let d = decoded.next().flatten();
            if let Start::AtTimestamp(t) = self.start
                && r.approximate_arrival_timestamp < t
            {
                continue;
            }
            if self.until.is_some_and(|u| r.approximate_arrival_timestamp > u) {
                return Ok(Delivered::PastUntil);
            }
            if self.emit(shard_id, r, d)? {
                return Ok(Delivered::Enough);
            }
        }
        Ok(Delivered::All)
    }

    /// Writes `r`, or what it decoded to (`None`: it passes through as it is); answers
    /// whether the read now has all it wanted.
    fn emit(&mut self, shard_id: &str, r: &Record, decoded: Option<Vec<Decoded>>) -> Result<bool> {
        let raw = self.ctx.format == Format::Raw && self.ctx.query.is_none();
        let plain = raw && self.template.is_none() && self.filter.is_none();
        let decoded = match decoded {
            Some(decoded) => decoded,
            None if plain => {
                self.out.write_all(&r.data.0)?;
                self.out.write_all(b"\n")?;
                return Ok(self.counted());
            }
            None => vec![Decoded::plain(r.data.0.clone())],
        };
        for d in decoded {
            if self.filter.as_ref().is_some_and(|f| !f.matches(&d.data)) {
                continue;
            }
            if let Some(t) = &self.template {
                t.render(&mut self.out, shard_id, r, &d)?;
            } else if raw {
                self.out.write_all(&d.data)?;
                self.out.write_all(b"\n")?;
            } else {
                let mut v = self.decoder.json(Some(shard_id), r, d)?;
                output::to_cli_shape(&mut v, self.decoder.mode != Mode::None);
                if let Some(q) = &self.ctx.query {
                    v = q.apply(&v)?;
                }
                match &mut self.table {
                    Some(rows) => rows.write(&mut self.out, &v)?,
                    None => self.out.write_all(output::line(self.ctx.format, &v).as_bytes())?,
                }
            }
            if self.counted() {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Counts one record written; answers whether the read now has all it wanted.
    fn counted(&mut self) -> bool {
        self.left.as_mut().is_some_and(|n| {
            *n -= 1;
            *n == 0
        })
    }

    /// The next page of `cursor`'s shard. An expired iterator (a laptop asleep, a stopped
    /// process) is renewed after the last record read, so nothing is read twice or skipped;
    /// throttling and transient failures are tried again with backoff.
    async fn page(&self, cursor: &mut Cursor) -> Result<GetRecordsOutput> {
        let mut attempt = 0;
        loop {
            let limit = self.left.map_or(10_000, |n| n.min(10_000)) as i64;
            let input = GetRecordsInput {
                shard_iterator: cursor.iterator.clone(),
                limit: Some(limit),
                stream_arn: None,
                dry_run: None,
            };
            let outcome =
                self.ctx.call(Action::GetRecords, input, |i| self.ctx.backend.get_records(i)).await;
            match outcome {
                Ok(page) => return Ok(page),
                Err(Error::ExpiredIterator(_)) => cursor.iterator = self.resume(cursor).await?,
                Err(e) if attempt + 1 < ATTEMPTS && retryable(&e) => {
                    let backoff = std::time::Duration::from_millis(100 << attempt.min(6));
                    tokio::time::sleep(backoff).await;
                }
                Err(e) => return Err(e),
            }
            attempt += 1;
        }
    }

    /// A fresh iterator for `cursor`'s shard, just after its last record (or where the read
    /// began, if none was read yet).
    async fn resume(&self, cursor: &Cursor) -> Result<String> {
        let Some(last) = &cursor.last else {
            return self.iterator(&cursor.shard_id, cursor.first).await;
        };
        let input = GetShardIteratorInput {
            stream: self.stream.clone(),
            shard_id: cursor.shard_id.clone(),
            shard_iterator_type: ShardIteratorType::AfterSequenceNumber,
            starting_sequence_number: Some(last.clone()),
            timestamp: None,
            dry_run: None,
        };
        let out = self
            .ctx
            .call(Action::GetShardIterator, input, |i| self.ctx.backend.get_shard_iterator(i))
            .await?;
        Ok(out.shard_iterator)
    }

    /// Reads until every shard is caught up (or forever, following), or enough records.
    ///
    /// A page is decoded on other threads while the next one is fetched, and printed after
    /// it: pages print in the order they were fetched, so a shard's records stay in order and
    /// children's follow their parents'.
    async fn run(&mut self, follow: bool) -> Result<()> {
        let poll = self.ctx.poll_interval;
        let mut in_flight: Option<InFlight> = None;
        // Shards with a record past --until: their cursors are dropped when next met.
        let mut past_until: HashSet<String> = HashSet::new();
        while !self.active.is_empty() {
            let mut idle = true;
            for _ in 0..self.active.len() {
                let Some(mut cursor) = self.active.pop_front() else { break };
                if past_until.contains(&cursor.shard_id) {
                    continue;
                }
                // A local engine answers without ever making this wait: let Ctrl-C through.
                tokio::task::yield_now().await;
                let page = self.page(&mut cursor).await?;
                if let Some(r) = page.records.last() {
                    cursor.last = Some(r.sequence_number.clone());
                }
                let caught_up = page.records.is_empty() && page.millis_behind_latest == 0;
                let decoding = InFlight::start(self.decoder, &cursor.shard_id, page.records);
                if let Some(done) = in_flight.replace(decoding)
                    && self.print(done, &mut past_until).await?
                {
                    return Ok(());
                }
                match page.next_shard_iterator {
                    None => {
                        self.ended.insert(cursor.shard_id.clone());
                        self.start_children(&cursor.shard_id).await?;
                        idle = false;
                    }
                    Some(next) => {
                        if !caught_up {
                            idle = false;
                        }
                        // A closed shard is read on until the service says it has ended (an
                        // empty page can come first): only then do its children start.
                        if caught_up && !follow && !self.is_closed(&cursor.shard_id) {
                            continue;
                        }
                        cursor.iterator = next;
                        self.active.push_back(cursor);
                    }
                }
            }
            // Nothing new anywhere: print what is in hand, and wait before asking again
            // (unless every shard is done).
            if idle && !self.active.is_empty() {
                if let Some(done) = in_flight.take()
                    && self.print(done, &mut past_until).await?
                {
                    return Ok(());
                }
                self.out.flush()?;
                tokio::time::sleep(poll).await;
            }
        }
        if let Some(done) = in_flight {
            self.print(done, &mut past_until).await?;
        }
        Ok(())
    }

    /// Prints a page once decoded; answers whether the read now has all it wanted.
    async fn print(&mut self, page: InFlight, past_until: &mut HashSet<String>) -> Result<bool> {
        let (records, decoded) = page
            .decoding
            .await
            .map_err(|e| Error::Internal(format!("decoding a page of records failed: {e}")))?;
        Ok(match self.deliver_decoded(&page.shard_id, &records, decoded)? {
            Delivered::All => false,
            Delivered::Enough => true,
            Delivered::PastUntil => {
                past_until.insert(page.shard_id);
                false
            }
        })
    }
}

/// A shard's page of records being decoded on the blocking pool.
struct InFlight {
    shard_id: String,
    decoding: tokio::task::JoinHandle<(Vec<Record>, DecodedPage)>,
}

impl InFlight {
    fn start(decoder: Decoder, shard_id: &str, records: Vec<Record>) -> InFlight {
        let decoding = tokio::task::spawn_blocking(move || {
            let decoded = decoder.decode_page(&records);
            (records, decoded)
        });
        InFlight { shard_id: shard_id.to_string(), decoding }
    }
}

/// `kinesis read`.
pub async fn run(ctx: &Context, a: crate::cli::ReadArgs) -> Result<()> {
    let ReadArgs {
        stream,
        from,
        follow,
        max_records,
        until,
        shard_ids,
        efo,
        consumer_name,
        format,
        filter,
        decode,
    } = a;
    let decoder = Decoder::from_args(&decode)?;
    let template = format.as_deref().map(template::Template::parse).transpose()?;
    let filter = filter.as_deref().map(template::Filter::compile).transpose()?;
    let max = max_records.map(|n| i64::try_from(n).unwrap_or(i64::MAX));
    params::min_value("--max-records", max, 1)?;
    // Records still to come are waited for: --max-records reads until it has them all.
    let follow = follow || max_records.is_some();
    let stream = stream_ref(stream)?;
    let now = Timestamp::now();
    let start = parse_start(&from, now)?;
    let until = until.map(|t| params::time_point("--until", &t, now)).transpose()?;
    let shards = all_shards(ctx, &stream).await?;
    let present: HashSet<&str> = shards.iter().map(|s| s.shard_id.as_str()).collect();
    let first: Vec<String> = if !shard_ids.is_empty() {
        for id in &shard_ids {
            if !present.contains(id.as_str()) {
                return Err(Error::ResourceNotFound(format!(
                    "Shard {id} does not exist in the stream."
                )));
            }
        }
        shard_ids
    } else {
        match &start {
            Start::Latest => shards
                .iter()
                .filter(|s| s.sequence_number_range.ending_sequence_number.is_none())
                .map(|s| s.shard_id.clone())
                .collect(),
            Start::AtSequence(n) => vec![sequence_owner(ctx, &stream, &shards, n).await?],
            Start::TrimHorizon | Start::AtTimestamp(_) => shards
                .iter()
                .filter(|s| {
                    !Reader::<std::io::Sink>::parents(s).any(|p| present.contains(p.as_str()))
                })
                .map(|s| s.shard_id.clone())
                .collect(),
        }
    };
    let mut reader = Reader {
        ctx,
        stream,
        shards,
        start,
        active: VecDeque::new(),
        ended: HashSet::new(),
        covered: HashSet::new(),
        out: crate::output::records(),
        left: max_records,
        until,
        decoder,
        template,
        filter,
        table: (ctx.format == Format::Table).then(output::TableRows::default),
    };
    reader.cover(&first);
    let ctrl_c = crate::commands::ctrl_c()?;
    tokio::pin!(ctrl_c);
    // Interrupted while the consumer is being set up, a temporary one may be left behind:
    // the next `read --efo` on this host removes it.
    let lease = match efo {
        true => tokio::select! {
            lease = efo::acquire(ctx, &reader.stream, consumer_name, "read") => Some(lease?),
            _ = &mut ctrl_c => return Err(Error::Interrupted),
        },
        false => None,
    };
    let read = async {
        match &lease {
            Some(lease) => reader.run_efo(lease.arn(), &first, follow).await,
            None => {
                for id in &first {
                    let iterator = reader.iterator(id, true).await?;
                    let shard_id = id.to_string();
                    reader.active.push_back(Cursor { shard_id, iterator, first: true, last: None });
                }
                reader.run(follow).await
            }
        }
    };
    let outcome = tokio::select! {
        r = read => r,
        _ = &mut ctrl_c => Err(Error::Interrupted),
    };
    // Whatever was read is written out, also when interrupted.
    let closed = match &reader.table {
        Some(rows) => rows.finish(&mut reader.out),
        None => Ok(()),
    };
    let flushed = closed.and_then(|()| reader.out.flush());
    if let Some(lease) = lease {
        efo::release(ctx, lease).await;
    }
    outcome?;
    Ok(flushed?)
}
