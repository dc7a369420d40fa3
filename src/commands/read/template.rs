//! `read --format` templates and `read --filter`.
//!
//! A template is text with fields in braces, rendered once per record and ended with a
//! newline (unless it ends with `\n` itself): `{data}` (the payload as it is), `{data:hex}`,
//! `{data:base64}`, `{data:EXPR}` (a JMESPath expression into the payload's JSON: strings bare,
//! anything else as compact JSON, nothing for a payload that is not JSON), `{key}`,
//! `{hash_key}` (explicit hash key), `{sequence}`, `{subsequence}`, `{shard}`, `{time}`
//! (arrival, ISO 8601) or `{time:STRFTIME}` (`%Y %m %d %H %M %S %f %j %a %b %s %z %F %T %%`,
//! in UTC), `{size}` (payload bytes), `{log_group}`, `{log_stream}`, `{log_id}`,
//! `{log_time}`. `\n`, `\t`, `\\`, `{{` and `}}` stand for themselves.

use std::io::Write;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value;

use crate::commands::decode::Decoded;
use crate::error::{Error, Result};
use crate::model::{Record, Timestamp};

/// What a template is made of.
#[derive(Debug)]
enum Part {
    Text(String),
    Data,
    Hex,
    Base64,
    Path(jmespath::Expression<'static>),
    Key,
    HashKey,
    Sequence,
    SubSequence,
    Shard,
    Time(Option<String>),
    Size,
    LogGroup,
    LogStream,
    LogId,
    LogTime(Option<String>),
}

/// A parsed `--format`.
#[derive(Debug)]
pub struct Template {
    parts: Vec<Part>,
    /// Whether each rendering gets a newline of its own.
    newline: bool,
}

fn bad(why: String) -> Error {
    Error::ParamValidation(format!("--format: {why}"))
}

impl Template {
    /// Parses a template, naming the first problem (an unknown field, an unclosed brace, a
    /// bad JMESPath expression).
    pub fn parse(text: &str) -> Result<Template> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some('n') => literal.push('\n'),
                    Some('t') => literal.push('\t'),
                    Some('\\') => literal.push('\\'),
                    Some(other) => {
                        literal.push('\\');
                        literal.push(other);
                    }
                    None => literal.push('\\'),
                },
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    literal.push('}');
                }
                '}' => {
                    return Err(bad("a '}' without its '{' (write '}}' for the character)".into()));
                }
                '{' => {
                    let mut field = String::new();
                    loop {
                        match chars.next() {
                            Some('}') => break,
                            Some(c) => field.push(c),
                            None => return Err(bad(format!("'{{{field}' is not closed"))),
                        }
                    }
                    if !literal.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut literal)));
                    }
                    parts.push(field_part(&field)?);
                }
                c => literal.push(c),
            }
        }
        let newline = !literal.ends_with('\n');
        if !literal.is_empty() {
            parts.push(Part::Text(literal));
        }
        Ok(Template { parts, newline })
    }

    /// Writes `d` (decoded from `record` of `shard`) as the template says.
    pub fn render(
        &self,
        out: &mut impl Write,
        shard: &str,
        record: &Record,
        d: &Decoded,
    ) -> Result<()> {
        let key = d.partition_key.as_deref().unwrap_or(&record.partition_key);
        for part in &self.parts {
            match part {
                Part::Text(t) => out.write_all(t.as_bytes())?,
                Part::Data => out.write_all(&d.data)?,
                Part::Hex => {
                    for b in &d.data {
                        write!(out, "{b:02x}")?;
                    }
                }
                Part::Base64 => out.write_all(STANDARD.encode(&d.data).as_bytes())?,
                Part::Path(expr) => {
                    let Ok(json) = serde_json::from_slice::<Value>(&d.data) else { continue };
                    let found = expr.search(json).map_err(|e| bad(e.to_string()))?;
                    match serde_json::to_value(&*found).unwrap_or(Value::Null) {
                        Value::Null => {}
                        Value::String(s) => out.write_all(s.as_bytes())?,
                        other => out.write_all(other.to_string().as_bytes())?,
                    }
                }
                Part::Key => out.write_all(key.as_bytes())?,
                Part::HashKey => {
                    out.write_all(d.explicit_hash_key.as_deref().unwrap_or_default().as_bytes())?
                }
                Part::Sequence => out.write_all(record.sequence_number.as_bytes())?,
                Part::SubSequence => {
                    if let Some(n) = d.sub_sequence {
                        write!(out, "{n}")?;
                    }
                }
                Part::Shard => out.write_all(shard.as_bytes())?,
                Part::Time(f) => time(out, record.approximate_arrival_timestamp, f.as_deref())?,
                Part::Size => write!(out, "{}", d.data.len())?,
                Part::LogGroup => {
                    out.write_all(d.log.as_ref().map_or("", |l| l.group.as_str()).as_bytes())?
                }
                Part::LogStream => {
                    out.write_all(d.log.as_ref().map_or("", |l| l.stream.as_str()).as_bytes())?
                }
                Part::LogId => {
                    out.write_all(d.log.as_ref().map_or("", |l| l.id.as_str()).as_bytes())?
                }
                Part::LogTime(f) => {
                    if let Some(log) = &d.log {
                        time(out, Timestamp(log.timestamp), f.as_deref())?;
                    }
                }
            }
        }
        if self.newline {
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}

fn field_part(field: &str) -> Result<Part> {
    let (name, arg) = match field.split_once(':') {
        Some((n, a)) => (n.trim(), Some(a.to_string())),
        None => (field.trim(), None),
    };
    Ok(match (name, arg.as_deref()) {
        ("data", None) => Part::Data,
        ("data", Some("hex")) => Part::Hex,
        ("data", Some("base64")) => Part::Base64,
        ("data", Some(path)) => Part::Path(crate::output::compile_jmespath(path).map_err(|e| {
            bad(format!("{{data:{path}}}: {}", e.to_string().lines().next().unwrap_or_default()))
        })?),
        ("key", None) => Part::Key,
        ("hash_key", None) => Part::HashKey,
        ("sequence", None) => Part::Sequence,
        ("subsequence", None) => Part::SubSequence,
        ("shard", None) => Part::Shard,
        ("time", f) => Part::Time(checked_strftime(f)?),
        ("size", None) => Part::Size,
        ("log_group", None) => Part::LogGroup,
        ("log_stream", None) => Part::LogStream,
        ("log_id", None) => Part::LogId,
        ("log_time", f) => Part::LogTime(checked_strftime(f)?),
        _ => {
            return Err(bad(format!(
                "unknown field {{{field}}}: use data, data:hex, data:base64, data:EXPR, key, \
                 hash_key, sequence, subsequence, shard, time, time:FORMAT, size, log_group, \
                 log_stream, log_id, log_time"
            )));
        }
    })
}

/// The conversions `{time:…}` understands.
const CONVERSIONS: &str = "YmdHMSfjabszFT%";

fn checked_strftime(format: Option<&str>) -> Result<Option<String>> {
    let Some(f) = format else { return Ok(None) };
    let mut chars = f.chars();
    while let Some(c) = chars.next() {
        if c == '%' {
            match chars.next() {
                Some(k) if CONVERSIONS.contains(k) => {}
                other => {
                    return Err(bad(format!(
                        "%{} is not a time conversion this template knows (%Y %m %d %H %M %S \
                         %f %j %a %b %s %z %F %T %%)",
                        other.map(String::from).unwrap_or_default()
                    )));
                }
            }
        }
    }
    Ok(Some(f.to_string()))
}

/// Writes `t` in ISO 8601 (no format) or as a checked strftime format, in UTC.
fn time(out: &mut impl Write, t: Timestamp, format: Option<&str>) -> Result<()> {
    let Some(format) = format else {
        out.write_all(crate::output::iso8601(t).as_bytes())?;
        return Ok(());
    };
    let dt = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(t.0) * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            write!(out, "{c}")?;
            continue;
        }
        match chars.next() {
            Some('Y') => write!(out, "{:04}", dt.year())?,
            Some('m') => write!(out, "{:02}", u8::from(dt.month()))?,
            Some('d') => write!(out, "{:02}", dt.day())?,
            Some('H') => write!(out, "{:02}", dt.hour())?,
            Some('M') => write!(out, "{:02}", dt.minute())?,
            Some('S') => write!(out, "{:02}", dt.second())?,
            Some('f') => write!(out, "{:03}", dt.millisecond())?,
            Some('j') => write!(out, "{:03}", dt.ordinal())?,
            Some('a') => write!(out, "{}", &dt.weekday().to_string()[..3])?,
            Some('b') => write!(out, "{}", &dt.month().to_string()[..3])?,
            Some('s') => write!(out, "{}", t.0.div_euclid(1000))?,
            Some('z') => write!(out, "+0000")?,
            Some('F') => {
                write!(out, "{:04}-{:02}-{:02}", dt.year(), u8::from(dt.month()), dt.day())?
            }
            Some('T') => write!(out, "{:02}:{:02}:{:02}", dt.hour(), dt.minute(), dt.second())?,
            _ => write!(out, "%")?,
        }
    }
    Ok(())
}

/// `--filter`: keeps records whose payload is JSON and matches a JMESPath expression (its
/// result neither null, false, nor empty).
pub struct Filter {
    expr: jmespath::Expression<'static>,
}

impl Filter {
    /// Compiles the expression; a malformed one is a usage error.
    pub fn compile(text: &str) -> Result<Filter> {
        let expr = crate::output::compile_jmespath(text).map_err(|e| {
            let why = e.to_string();
            Error::ParamValidation(format!(
                "Bad value for --filter {text}: {}",
                why.lines().next().unwrap_or_default()
            ))
        })?;
        Ok(Filter { expr })
    }

    /// Whether a payload is kept (never, unless it is JSON).
    pub fn matches(&self, data: &[u8]) -> bool {
        let Ok(json) = serde_json::from_slice::<Value>(data) else { return false };
        self.expr.search(json).is_ok_and(|found| found.is_truthy())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::decode::LogEvent;
    use crate::model::Blob;

    fn record() -> Record {
        Record {
            sequence_number: "49000000000000001795714189535000000000000000000000000001".into(),
            approximate_arrival_timestamp: Timestamp(1_795_714_189_535),
            data: Blob(b"{\"user\":{\"id\":7},\"level\":\"ERROR\"}".to_vec()),
            partition_key: "pk".into(),
            encryption_type: None,
        }
    }

    fn render(template: &str, d: &Decoded) -> String {
        let mut out = Vec::new();
        Template::parse(template)
            .unwrap()
            .render(&mut out, "shardId-000000000001", &record(), d)
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_field_renders() {
        let d = Decoded { data: record().data.0, ..Decoded::default() };
        assert_eq!(
            render("{time:%H:%M:%S} {shard} {key} {data}", &d),
            "17:29:49 shardId-000000000001 pk {\"user\":{\"id\":7},\"level\":\"ERROR\"}\n"
        );
        assert_eq!(
            render("{data:user.id}|{data:user}|{data:nope}|{size}", &d),
            "7|{\"id\":7}||33\n"
        );
        assert_eq!(
            render("{data:hex}", &Decoded { data: vec![0, 255], ..Decoded::default() }),
            "00ff\n"
        );
        assert_eq!(
            render("{data:base64}", &Decoded { data: b"hi".to_vec(), ..Decoded::default() }),
            "aGk=\n"
        );
        assert_eq!(render("{sequence}", &d), format!("{}\n", record().sequence_number));
        assert_eq!(render("{time}", &d), "2026-11-26T17:29:49.535000+00:00\n");
        assert_eq!(
            render("{time:%F %T.%f %j %a %b %s %z %%}", &d),
            "2026-11-26 17:29:49.535 330 Thu Nov 1795714189 +0000 %\n"
        );
        let kpl = Decoded {
            data: b"x".to_vec(),
            partition_key: Some("user-key".into()),
            explicit_hash_key: Some("42".into()),
            sub_sequence: Some(3),
            ..Decoded::default()
        };
        assert_eq!(
            render("{key} {hash_key} {subsequence}\\t{{literal}}\\n", &kpl),
            "user-key 42 3\t{literal}\n"
        );
        let log = Decoded {
            data: b"msg".to_vec(),
            log: Some(LogEvent {
                group: "g".into(),
                stream: "s".into(),
                id: "1".into(),
                timestamp: 0,
            }),
            ..Decoded::default()
        };
        assert_eq!(
            render("{log_group}/{log_stream}/{log_id} {log_time:%Y} {data}", &log),
            "g/s/1 1970 msg\n"
        );
    }

    #[test]
    fn bad_templates_say_what_is_wrong() {
        let e = |t: &str| Template::parse(t).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e("{nope}").starts_with("--format: unknown field {nope}"));
        assert_eq!(e("{data"), "--format: '{data' is not closed");
        assert!(e("a}").starts_with("--format: a '}' without its '{'"));
        assert!(e("{time:%Q}").starts_with("--format: %Q is not a time conversion"));
        assert!(e("{data:[}").starts_with("--format: {data:[}:"));
    }

    #[test]
    fn filters_keep_matching_json_only() {
        let f = Filter::compile("level == `\"ERROR\"`").unwrap();
        assert!(f.matches(br#"{"level":"ERROR"}"#));
        assert!(!f.matches(br#"{"level":"INFO"}"#));
        assert!(!f.matches(b"ERROR, not JSON"));
        assert!(Filter::compile("level ==").is_err());
    }
}
