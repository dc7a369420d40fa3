//! What real streams carry, unpacked: KPL aggregates, gzip, zlib and zstd payloads, and
//! CloudWatch Logs subscription envelopes.
//!
//! A [`Decoder`] turns one Kinesis record's data into the records a reader means: the user
//! records of a KPL aggregate (each with its own partition key, explicit hash key and
//! sub-sequence number), the decompressed payload, the log events of a CloudWatch Logs
//! envelope. In `auto`, layers stack (a gzip'd aggregate, an aggregate of gzip'd records, a
//! CloudWatch Logs envelope is always gzip'd) up to [`MAX_LAYERS`], and anything unrecognised
//! passes through untouched. A layer asked for by name that does not apply, or one that fails
//! (a corrupt stream, a payload decompressing past the size cap), leaves the record as it came
//! and says why in [`Decoded::problem`]: a decompression bomb is a warning about one record,
//! never an exhausted memory.

pub mod kpl;

use std::borrow::Cow;
use std::io::Read;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Map, Value, json};

use crate::cli::{Decode, DecodeArgs};
use crate::error::{Error, Result};
use crate::model::Record;
use crate::output;

/// How many layers `auto` peels off one record at most.
pub const MAX_LAYERS: usize = 4;

/// Which layers to peel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Every layer recognised, stacked.
    Auto,
    /// Nothing: the data as it came.
    None,
    /// KPL aggregates only.
    Kpl,
    /// gzip only.
    Gzip,
    /// zlib only.
    Zlib,
    /// zstd only.
    Zstd,
    /// CloudWatch Logs envelopes (gzip'd or not).
    CwLogs,
}

/// A CloudWatch Logs event from a subscription envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEvent {
    /// The log group.
    pub group: String,
    /// The log stream.
    pub stream: String,
    /// The event's id.
    pub id: String,
    /// When it was logged, in epoch milliseconds.
    pub timestamp: i64,
}

/// One record out of the decoder.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Decoded {
    /// The payload (a log event's message, for CloudWatch Logs).
    pub data: Vec<u8>,
    /// A KPL user record's own partition key.
    pub partition_key: Option<String>,
    /// A KPL user record's explicit hash key.
    pub explicit_hash_key: Option<String>,
    /// Its index within its KPL aggregate.
    pub sub_sequence: Option<u64>,
    /// The CloudWatch Logs event it is.
    pub log: Option<LogEvent>,
    /// Why a layer left the record as it came (a corrupt or oversized payload).
    pub problem: Option<String>,
}

impl Decoded {
    /// A payload as it came, with nothing learnt from decoding.
    pub fn plain(data: Vec<u8>) -> Decoded {
        Decoded { data, ..Decoded::default() }
    }
}

/// A page of records decoded: what each record stands for, `None` for one that passes through
/// as it is.
pub type DecodedPage = Vec<Option<Vec<Decoded>>>;

/// Decodes records as `mode` says, no record decompressing past `max_bytes`.
#[derive(Debug, Clone, Copy)]
pub struct Decoder {
    /// The layers to peel.
    pub mode: Mode,
    /// The largest a decompressed payload may grow.
    pub max_bytes: usize,
}

/// The compressions and how to recognise them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Compression {
    Gzip,
    Zlib,
    Zstd,
}

impl Compression {
    fn name(self) -> &'static str {
        match self {
            Compression::Gzip => "gzip",
            Compression::Zlib => "zlib",
            Compression::Zstd => "zstd",
        }
    }

    /// The compression `data` starts like, if any.
    fn sniff(data: &[u8]) -> Option<Compression> {
        match data {
            [0x1f, 0x8b, 0x08, ..] => Some(Compression::Gzip),
            [0x28, 0xb5, 0x2f, 0xfd, ..] => Some(Compression::Zstd),
            // Deflate with a window of at most 32 KiB, no preset dictionary, a valid check.
            [cmf, flg, ..]
                if cmf & 0x0f == 8
                    && cmf >> 4 <= 7
                    && flg & 0x20 == 0
                    && (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0 =>
            {
                Some(Compression::Zlib)
            }
            _ => None,
        }
    }

    /// Decompresses `data`, failing past `max` bytes.
    fn inflate(self, data: &[u8], max: usize) -> Result<Vec<u8>, String> {
        let invalid = |why: &str| format!("not valid {}: {why}", self.name());
        let out = match self {
            Compression::Gzip => gunzip(data, max).map_err(|why| invalid(&why))?,
            Compression::Zlib => deflate(true, data, max).map_err(|why| invalid(&why))?.0,
            Compression::Zstd => {
                let cap = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
                let mut out = Vec::new();
                zstd::stream::read::Decoder::with_buffer(data)
                    .and_then(|d| d.take(cap).read_to_end(&mut out))
                    .map_err(|e| invalid(&e.to_string()))?;
                out
            }
        };
        if out.len() > max {
            return Err(format!(
                "its {} payload decompresses to more than {max} bytes (--max-decoded)",
                self.name()
            ));
        }
        Ok(out)
    }
}

thread_local! {
    /// Inflaters kept between records (raw deflate for gzip, and zlib): making one costs more
    /// than inflating a small record.
    static INFLATERS: std::cell::RefCell<[flate2::Decompress; 2]> = std::cell::RefCell::new([
        flate2::Decompress::new(false),
        flate2::Decompress::new(true),
    ]);
}

/// Inflates one deflate stream (`zlib`: with its zlib header and checksum) from the start of
/// `input`, stopping once past `max` bytes; answers the output and the input it took.
fn deflate(zlib: bool, input: &[u8], max: usize) -> Result<(Vec<u8>, usize), String> {
    INFLATERS.with_borrow_mut(|inflaters| {
        let d = &mut inflaters[usize::from(zlib)];
        d.reset(zlib);
        let mut out =
            Vec::with_capacity(input.len().saturating_mul(4).clamp(256, max.saturating_add(1)));
        loop {
            let taken = usize::try_from(d.total_in()).unwrap_or(usize::MAX).min(input.len());
            let before = (d.total_in(), d.total_out());
            let status = d
                .decompress_vec(&input[taken..], &mut out, flate2::FlushDecompress::None)
                .map_err(|e| e.to_string())?;
            let taken = usize::try_from(d.total_in()).unwrap_or(usize::MAX);
            if status == flate2::Status::StreamEnd || out.len() > max {
                return Ok((out, taken));
            }
            if out.len() == out.capacity() {
                out.reserve(out.capacity().min(max.saturating_add(1) - out.len()).max(1));
            } else if (d.total_in(), d.total_out()) == before {
                return Err("the stream ends early".into());
            }
        }
    })
}

/// Decompresses gzip (RFC 1952): every member, each checked against its CRC-32 and length.
fn gunzip(data: &[u8], max: usize) -> Result<Vec<u8>, String> {
    let mut out: Vec<u8> = Vec::new();
    let mut rest = data;
    while !rest.is_empty() {
        let body = gzip_header(rest).ok_or("a broken header")?;
        let (member, taken) = deflate(false, &rest[body..], max.saturating_sub(out.len()))?;
        let trailer = rest.get(body + taken..body + taken + 8).ok_or("no trailer")?;
        if out.len() + member.len() > max {
            out.extend_from_slice(&member);
            return Ok(out);
        }
        let word = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        if crc32fast::hash(&member) != word(&trailer[..4])
            || member.len() as u32 != word(&trailer[4..])
        {
            return Err("its checksum does not match".into());
        }
        rest = &rest[body + taken + 8..];
        // The usual record is one member: it is the output, not copied into it.
        if out.is_empty() {
            out = member;
        } else {
            out.extend_from_slice(&member);
        }
    }
    Ok(out)
}

/// The length of the gzip member header `data` starts with.
fn gzip_header(data: &[u8]) -> Option<usize> {
    let [0x1f, 0x8b, 8, flags, ..] = *data else { return None };
    let mut at = 10;
    if flags & 0x04 != 0 {
        let xlen = data.get(at..at + 2)?;
        at += 2 + usize::from(u16::from_le_bytes([xlen[0], xlen[1]]));
    }
    for field in [0x08, 0x10] {
        if flags & field != 0 {
            at += data.get(at..)?.iter().position(|b| *b == 0)? + 1;
        }
    }
    if flags & 0x02 != 0 {
        at += 2;
    }
    (at <= data.len()).then_some(at)
}

impl Decoder {
    /// The decoder the command line asks for (`--decode`, `--max-decoded`).
    pub fn from_args(a: &DecodeArgs) -> Result<Decoder> {
        let max_bytes = parse_size(&a.max_decoded)
            .map_err(|why| Error::ParamValidation(format!("--max-decoded: {why}")))?;
        let mode = match a.decode {
            Decode::Auto => Mode::Auto,
            Decode::None => Mode::None,
            Decode::Kpl => Mode::Kpl,
            Decode::Gzip => Mode::Gzip,
            Decode::Zlib => Mode::Zlib,
            Decode::Zstd => Mode::Zstd,
            Decode::Cwlogs => Mode::CwLogs,
        };
        Ok(Decoder { mode, max_bytes })
    }

    /// Whether `data` comes out as one record, as it went in: nothing to decode (the fast
    /// path for plain payloads).
    pub fn passes_through(&self, data: &[u8]) -> bool {
        match self.mode {
            Mode::None => true,
            Mode::Auto => !data.starts_with(&kpl::MAGIC) && Compression::sniff(data).is_none(),
            _ => false,
        }
    }

    /// The records `record` stands for; a layer that failed is a warning naming the record,
    /// which is kept as it came.
    pub fn decoded(&self, record: &Record) -> Vec<Decoded> {
        let decoded = self.decode(&record.data.0);
        for why in decoded.iter().filter_map(|d| d.problem.as_ref()) {
            output::warn(&format!("record {}: {why}", record.sequence_number));
        }
        decoded
    }

    /// [`Decoder::decoded`] for a page of records, on every core for a page worth it; `None`
    /// for a record that passes through as it is.
    pub fn decode_page(&self, records: &[Record]) -> DecodedPage {
        let one = |r: &Record| (!self.passes_through(&r.data.0)).then(|| self.decoded(r));
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
        if threads < 2 || records.len() < 256 || self.mode == Mode::None {
            return records.iter().map(one).collect();
        }
        let chunk = records.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let parts: Vec<_> = records
                .chunks(chunk)
                .map(|part| scope.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
                .collect();
            parts.into_iter().flat_map(|p| p.join().unwrap_or_default()).collect()
        })
    }

    /// One decoded record as JSON in the wire shape (`Data` in base64), with what decoding
    /// found: `SubSequenceNumber`, its own `PartitionKey` and `ExplicitHashKey`, `LogGroup`,
    /// `LogStream`, `LogEventId`, `LogTimestamp`.
    pub fn json(&self, shard: Option<&str>, record: &Record, d: Decoded) -> Result<Value> {
        let mut map = Map::new();
        if let Some(shard) = shard {
            map.insert("ShardId".into(), json!(shard));
        }
        if let Value::Object(fields) = super::to_json(record)? {
            map.extend(fields);
        }
        map.insert("Data".into(), json!(STANDARD.encode(&d.data)));
        if let Some(n) = d.sub_sequence {
            map.insert("SubSequenceNumber".into(), json!(n));
        }
        if let Some(k) = d.partition_key {
            map.insert("PartitionKey".into(), json!(k));
        }
        if let Some(k) = d.explicit_hash_key {
            map.insert("ExplicitHashKey".into(), json!(k));
        }
        if let Some(log) = d.log {
            map.insert("LogGroup".into(), json!(log.group));
            map.insert("LogStream".into(), json!(log.stream));
            map.insert("LogEventId".into(), json!(log.id));
            map.insert("LogTimestamp".into(), json!(log.timestamp as f64 / 1000.0));
        }
        Ok(Value::Object(map))
    }

    /// A page of records, decoded, as JSON (see [`Decoder::json`]).
    pub fn expand_all(&self, records: &[Record]) -> Result<Vec<Value>> {
        let mut all = Vec::with_capacity(records.len());
        for r in records {
            for d in self.decoded(r) {
                all.push(self.json(None, r, d)?);
            }
        }
        Ok(all)
    }

    /// What `--output raw` prints for a page of records: each payload and a newline.
    pub fn raw_lines(&self, records: &[Record]) -> Vec<u8> {
        let mut bytes = Vec::new();
        for r in records {
            if self.passes_through(&r.data.0) {
                bytes.extend_from_slice(&r.data.0);
                bytes.push(b'\n');
                continue;
            }
            for d in self.decoded(r) {
                bytes.extend_from_slice(&d.data);
                bytes.push(b'\n');
            }
        }
        bytes
    }

    /// The records one Kinesis record's `data` stands for.
    pub fn decode(&self, data: &[u8]) -> Vec<Decoded> {
        match self.mode {
            Mode::None => vec![Decoded::plain(data.to_vec())],
            Mode::Auto => self.auto(Cow::Borrowed(data), MAX_LAYERS),
            Mode::Kpl => match kpl::deaggregate(data) {
                Some(Ok(records)) => records,
                Some(Err(why)) => vec![problem(data, why)],
                None => vec![problem(data, "not a KPL aggregate".into())],
            },
            Mode::Gzip => self.only(data, Compression::Gzip),
            Mode::Zlib => self.only(data, Compression::Zlib),
            Mode::Zstd => self.only(data, Compression::Zstd),
            Mode::CwLogs => {
                let json = match Compression::sniff(data) {
                    Some(c @ Compression::Gzip) => match c.inflate(data, self.max_bytes) {
                        Ok(json) => json,
                        Err(why) => return vec![problem(data, why)],
                    },
                    _ => data.to_vec(),
                };
                match cloudwatch_logs(&json) {
                    Some(events) => events,
                    None => vec![problem(data, "not a CloudWatch Logs envelope".into())],
                }
            }
        }
    }

    fn only(&self, data: &[u8], c: Compression) -> Vec<Decoded> {
        if Compression::sniff(data) != Some(c) {
            return vec![problem(data, format!("not {} data", c.name()))];
        }
        match c.inflate(data, self.max_bytes) {
            Ok(out) => vec![Decoded::plain(out)],
            Err(why) => vec![problem(data, why)],
        }
    }

    /// Peels whatever layers it recognises, at most `depth` of them.
    fn auto(&self, data: Cow<'_, [u8]>, depth: usize) -> Vec<Decoded> {
        if depth == 0 {
            return vec![Decoded::plain(data.into_owned())];
        }
        if let Some(aggregate) = kpl::deaggregate(&data) {
            let Ok(records) = aggregate else {
                // A bad checksum or body: not the KPL's, left as it came.
                return vec![Decoded::plain(data.into_owned())];
            };
            let mut out = Vec::with_capacity(records.len());
            for user in records {
                let Decoded { data, partition_key, explicit_hash_key, sub_sequence, .. } = user;
                for inner in self.auto(Cow::Owned(data), depth - 1) {
                    out.push(Decoded {
                        partition_key: partition_key.clone(),
                        explicit_hash_key: explicit_hash_key.clone(),
                        sub_sequence,
                        ..inner
                    });
                }
            }
            return out;
        }
        let Some(c) = Compression::sniff(&data) else {
            return vec![Decoded::plain(data.into_owned())];
        };
        match c.inflate(&data, self.max_bytes) {
            Ok(out) => {
                // CloudWatch Logs always gzips its envelopes.
                if c == Compression::Gzip
                    && let Some(events) = cloudwatch_logs(&out)
                {
                    return events;
                }
                self.auto(Cow::Owned(out), depth - 1)
            }
            // A guess that did not hold (text that happens to start like zlib) is no news.
            Err(_) if c == Compression::Zlib => vec![Decoded::plain(data.into_owned())],
            Err(why) => vec![problem(&data, why)],
        }
    }
}

fn problem(data: &[u8], why: String) -> Decoded {
    Decoded { problem: Some(why), ..Decoded::plain(data.to_vec()) }
}

/// The log events of a CloudWatch Logs subscription envelope; none for a CONTROL_MESSAGE;
/// `None` when `json` is no such envelope.
fn cloudwatch_logs(json: &[u8]) -> Option<Vec<Decoded>> {
    // Only JSON whose first member is one of an envelope's is parsed to find out (AWS sends
    // `messageType` first; documentation examples start with `owner`).
    const FIRST: [&[u8]; 6] =
        [b"messageType", b"owner", b"logGroup", b"logStream", b"subscriptionFilters", b"logEvents"];
    let rest = json.strip_prefix(b"{")?.trim_ascii_start().strip_prefix(b"\"")?;
    if !FIRST.iter().any(|key| rest.strip_prefix(*key).is_some_and(|r| r.starts_with(b"\""))) {
        return None;
    }
    let v: Value = serde_json::from_slice(json).ok()?;
    let kind = v.get("messageType")?.as_str()?;
    let events = v.get("logEvents")?.as_array()?;
    if kind == "CONTROL_MESSAGE" {
        return Some(Vec::new());
    }
    let text = |key: &str| v.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
    let (group, stream) = (text("logGroup"), text("logStream"));
    let decoded = events
        .iter()
        .map(|e| Decoded {
            data: e.get("message").and_then(Value::as_str).unwrap_or_default().as_bytes().to_vec(),
            log: Some(LogEvent {
                group: group.clone(),
                stream: stream.clone(),
                id: e.get("id").and_then(Value::as_str).unwrap_or_default().to_string(),
                timestamp: e.get("timestamp").and_then(Value::as_i64).unwrap_or_default(),
            }),
            ..Decoded::default()
        })
        .collect();
    Some(decoded)
}

/// A size as people write it: `67108864`, `64MiB`, `512KiB`, `1GiB` (also `64M`, `64MB`).
pub fn parse_size(text: &str) -> Result<usize, String> {
    let t = text.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let (number, unit) = t.split_at(digits);
    let scale: usize = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("expected a size such as 64MiB, not '{text}'")),
    };
    number
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(scale))
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("expected a size such as 64MiB, not '{text}'"))
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// `--max-decoded`'s default.
    const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn auto() -> Decoder {
        Decoder { mode: Mode::Auto, max_bytes: DEFAULT_MAX_BYTES }
    }

    fn payloads(d: &[Decoded]) -> Vec<&[u8]> {
        d.iter().map(|d| d.data.as_slice()).collect()
    }

    #[test]
    fn compressions_are_recognised_and_undone() {
        let text = b"hello, stream";
        for packed in [gzip(text), zlib(text), zstd::encode_all(&text[..], 3).unwrap()] {
            assert_eq!(payloads(&auto().decode(&packed)), [text], "{packed:?}");
        }
        assert_eq!(payloads(&auto().decode(text)), [text]);
    }

    #[test]
    fn text_that_starts_like_zlib_passes_through() {
        // 'x' then ' ' makes a valid zlib header check.
        for text in [&b"x marks the spot"[..], b"x", b"", b"\x1f\x8b"] {
            let out = auto().decode(text);
            assert_eq!(payloads(&out), [text]);
            assert_eq!(out[0].problem, None);
        }
    }

    #[test]
    fn a_decompression_bomb_is_a_problem_not_a_crash() {
        let bomb = gzip(&vec![0u8; 10 * 1024 * 1024]);
        let d = Decoder { mode: Mode::Auto, max_bytes: 1024 * 1024 };
        let out = d.decode(&bomb);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].data, bomb);
        assert_eq!(
            out[0].problem.as_deref(),
            Some("its gzip payload decompresses to more than 1048576 bytes (--max-decoded)")
        );
    }

    #[test]
    fn cloudwatch_logs_envelopes_become_their_events() {
        let envelope = serde_json::json!({
            "messageType": "DATA_MESSAGE",
            "owner": "123456789012",
            "logGroup": "/aws/lambda/f",
            "logStream": "2026/11/26/[$LATEST]abc",
            "subscriptionFilters": ["all"],
            "logEvents": [
                {"id": "1", "timestamp": 1_700_000_000_000i64, "message": "START"},
                {"id": "2", "timestamp": 1_700_000_000_001i64, "message": "{\"level\":\"ERROR\"}"},
            ],
        });
        let packed = gzip(envelope.to_string().as_bytes());
        let out = auto().decode(&packed);
        assert_eq!(payloads(&out), [&b"START"[..], b"{\"level\":\"ERROR\"}"]);
        assert_eq!(
            out[1].log,
            Some(LogEvent {
                group: "/aws/lambda/f".into(),
                stream: "2026/11/26/[$LATEST]abc".into(),
                id: "2".into(),
                timestamp: 1_700_000_000_001,
            })
        );
        let control = serde_json::json!({"messageType": "CONTROL_MESSAGE", "logEvents": [
            {"id": "", "timestamp": 1, "message": "CWL CONTROL MESSAGE: Checking health of destination Kinesis stream."}
        ]});
        assert!(auto().decode(&gzip(control.to_string().as_bytes())).is_empty());
        let cw = Decoder { mode: Mode::CwLogs, max_bytes: DEFAULT_MAX_BYTES };
        assert_eq!(cw.decode(envelope.to_string().as_bytes()).len(), 2);
    }

    #[test]
    fn a_named_layer_that_does_not_apply_says_so() {
        let d = Decoder { mode: Mode::Gzip, max_bytes: DEFAULT_MAX_BYTES };
        let out = d.decode(b"plain");
        assert_eq!(
            (out[0].data.as_slice(), out[0].problem.as_deref()),
            (&b"plain"[..], Some("not gzip data"))
        );
    }

    #[test]
    fn gzip_members_are_checked_and_all_read() {
        let mut two = gzip(b"first ");
        two.extend(gzip(b"second"));
        assert_eq!(gunzip(&two, 1 << 20), Ok(b"first second".to_vec()));
        let mut bad_crc = gzip(b"data");
        let at = bad_crc.len() - 8;
        bad_crc[at] ^= 1;
        assert_eq!(gunzip(&bad_crc, 1 << 20), Err("its checksum does not match".into()));
        let whole = gzip(b"some data to cut short");
        for cut in 0..whole.len() {
            assert!(gunzip(&whole[..cut], 1 << 20).is_err() || cut == 0, "{cut}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_after_a_gzip_magic_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            let mut data = vec![0x1f, 0x8b, 0x08];
            data.extend_from_slice(&bytes);
            let _ = auto().decode(&data);
            let mut z = vec![0x78, 0x9c];
            z.extend_from_slice(&bytes);
            let _ = auto().decode(&z);
        }
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(parse_size("64MiB"), Ok(64 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("100"), Ok(100));
        assert!(parse_size("0").is_err() && parse_size("lots").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
    }
}
