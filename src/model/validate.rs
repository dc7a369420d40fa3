//! Request validation as Kinesis reports it: every violated constraint of a request in one
//! `ValidationException`, `2 validation errors detected: Value 'a/b' at 'streamName' failed to
//! satisfy constraint: …; …`.
//!
//! The constraints are the service model's ([`shapes`]), checked member by member in the
//! order Kinesis reports them — which is not the model's: where it has been observed (the
//! long-standing emulators recorded AWS's answers for the older actions) [`OBSERVED_ORDER`]
//! gives it, members it does not list follow in the model's order. Within a member the checks
//! run as Kinesis runs them: not null, pattern, shortest, longest, least, greatest, enum. At
//! most ten violations are reported, as Kinesis's validator stops there.
//!
//! Requests are checked as JSON (what came over the wire, or a typed input serialized), so
//! the server and the engine give the same answer to the same request.

use std::sync::Mutex;

use regex_lite::Regex;
use serde_json::{Map, Value};

use crate::model::shapes::{self, Kind, Shape};

/// The most violations Kinesis lists in one message.
const MAX_REPORTED: usize = 10;

/// The order Kinesis checks members of these structures in (the rest follow in the model's
/// order). A stream's ARN is checked right after its name.
const OBSERVED_ORDER: &[(&str, &[&str])] = &[
    ("AddTagsToStreamInput", &["Tags", "StreamName", "StreamARN"]),
    ("CreateStreamInput", &["ShardCount", "StreamName"]),
    ("DecreaseStreamRetentionPeriodInput", &["RetentionPeriodHours", "StreamName", "StreamARN"]),
    ("DescribeStreamInput", &["Limit", "ExclusiveStartShardId", "StreamName", "StreamARN"]),
    ("GetRecordsInput", &["Limit", "ShardIterator", "StreamARN"]),
    (
        "GetShardIteratorInput",
        &[
            "ShardId",
            "ShardIteratorType",
            "StartingSequenceNumber",
            "StreamName",
            "StreamARN",
            "Timestamp",
        ],
    ),
    ("IncreaseStreamRetentionPeriodInput", &["RetentionPeriodHours", "StreamName", "StreamARN"]),
    (
        "ListShardsInput",
        &[
            "ExclusiveStartShardId",
            "MaxResults",
            "NextToken",
            "StreamCreationTimestamp",
            "StreamName",
            "StreamARN",
        ],
    ),
    ("ListStreamsInput", &["Limit", "ExclusiveStartStreamName", "NextToken"]),
    ("ListTagsForStreamInput", &["Limit", "ExclusiveStartTagKey", "StreamName", "StreamARN"]),
    ("MergeShardsInput", &["ShardToMerge", "AdjacentShardToMerge", "StreamName", "StreamARN"]),
    (
        "PutRecordInput",
        &[
            "SequenceNumberForOrdering",
            "PartitionKey",
            "ExplicitHashKey",
            "Data",
            "StreamName",
            "StreamARN",
        ],
    ),
    ("PutRecordsInput", &["Records", "StreamName", "StreamARN"]),
    ("PutRecordsRequestEntry", &["PartitionKey", "ExplicitHashKey", "Data"]),
    ("RemoveTagsFromStreamInput", &["TagKeys", "StreamName", "StreamARN"]),
    ("SplitShardInput", &["NewStartingHashKey", "StreamName", "StreamARN", "ShardToSplit"]),
];

/// Enum values in the order Kinesis lists them, where that is not the model's.
const OBSERVED_ENUM_ORDER: &[(&str, &[&str])] = &[(
    "ShardIteratorType",
    &["AFTER_SEQUENCE_NUMBER", "LATEST", "AT_TIMESTAMP", "AT_SEQUENCE_NUMBER", "TRIM_HORIZON"],
)];

/// Where Kinesis is stricter than the model it publishes: `(structure, member, rule)`.
///
/// Shard counts and retention have limits the model does not state. (A partition key, which the
/// model leaves optional, and data up to the model's 10 MiB depend on the stream: the engine
/// checks them once the stream is known.)
const STRICTER: &[(&str, &str, Rule)] = &[
    ("CreateStreamInput", "ShardCount", Rule::Max(crate::model::limits::MAX_SHARD_COUNT)),
    ("UpdateShardCountInput", "TargetShardCount", Rule::Max(crate::model::limits::MAX_SHARD_COUNT)),
    ("IncreaseStreamRetentionPeriodInput", "RetentionPeriodHours", Rule::Min(1)),
    ("IncreaseStreamRetentionPeriodInput", "RetentionPeriodHours", Rule::Max(8760)),
    ("DecreaseStreamRetentionPeriodInput", "RetentionPeriodHours", Rule::Min(1)),
    ("DecreaseStreamRetentionPeriodInput", "RetentionPeriodHours", Rule::Max(8760)),
];

/// A constraint beyond the model's.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// The least value (numbers).
    Min(i64),
    /// The greatest value (numbers) or length (blobs).
    Max(i64),
}

/// Whether `s` is a decimal without leading zeros of 1 to `max_digits` digits (the pattern
/// `0|([1-9]\d{0,N})` hash keys and sequence numbers must match).
pub fn is_decimal(s: &str, max_digits: usize) -> bool {
    s == "0"
        || (!s.is_empty()
            && s.len() <= max_digits
            && !s.starts_with('0')
            && s.bytes().all(|b| b.is_ascii_digit()))
}

/// The message of one ValidationException listing `violations` (`None` for none).
pub fn message(violations: &[String]) -> Option<String> {
    match violations {
        [] => None,
        [one] => Some(format!("1 validation error detected: {one}")),
        all => Some(format!("{} validation errors detected: {}", all.len(), all.join("; "))),
    }
}

/// The violation of a required member missing at `path`.
pub fn missing(path: &str) -> String {
    violation(path, None, "Member must not be null")
}

/// The violation of a record's data (at `path`: `data`, `records.3.member.data`) longer than
/// its stream takes.
pub fn data_too_long(path: &str, len: usize, max: usize) -> String {
    let shown = format!("java.nio.HeapByteBuffer[pos=0 lim={len} cap={len}]");
    violation(path, Some(&shown), &format!("Member must have length less than or equal to {max}"))
}

/// Checks `body`, the request of `operation` (`PutRecords`) as JSON: `None` when every
/// constraint holds, otherwise the message Kinesis sends with its `ValidationException`.
///
/// Members named in `assumed_valid` are not looked at (a caller that checked them already
/// passes them out of `body`; nothing else changes, since they add no violation).
pub fn request(
    operation: &str,
    body: &Map<String, Value>,
    assumed_valid: &[&str],
) -> Option<String> {
    let input = shapes::operation(operation)?.input?.get();
    let mut errors = Vec::new();
    structure(input, body, "", assumed_valid, &mut errors);
    message(&errors)
}

/// The members of a structure in the order Kinesis checks them.
fn ordered(shape: &'static Shape) -> Vec<&'static shapes::Member> {
    let members = shape.members();
    let observed = OBSERVED_ORDER.iter().find(|(name, _)| *name == shape.name).map(|(_, o)| *o);
    let mut out: Vec<&shapes::Member> = observed
        .unwrap_or_default()
        .iter()
        .filter_map(|n| members.iter().find(|m| m.name == *n))
        .collect();
    let rest: Vec<&shapes::Member> =
        members.iter().filter(|m| !out.iter().any(|o| o.name == m.name)).collect();
    out.extend(rest);
    out
}

fn stricter<'a>(structure: &'a str, member: &'a str) -> impl Iterator<Item = Rule> + 'a {
    STRICTER.iter().filter(move |(s, m, _)| *s == structure && *m == member).map(|(_, _, r)| *r)
}

/// One violation, worded as Kinesis words it.
fn violation(path: &str, value: Option<&str>, constraint: &str) -> String {
    let value = value.map_or_else(|| "null".to_string(), |v| format!("'{v}'"));
    format!("Value {value} at '{path}' failed to satisfy constraint: {constraint}")
}

fn structure(
    shape: &'static Shape,
    body: &Map<String, Value>,
    prefix: &str,
    assumed_valid: &[&str],
    errors: &mut Vec<String>,
) {
    for m in ordered(shape) {
        if assumed_valid.contains(&m.name) {
            continue;
        }
        let path = format!("{prefix}{}", lower_first(m.name));
        let rules: Vec<Rule> = stricter(shape.name, m.name).collect();
        match body.get(m.name).filter(|v| !v.is_null()) {
            None if m.required => {
                push(errors, violation(&path, None, "Member must not be null"));
            }
            None => {}
            Some(v) => member(m.shape.get(), v, &path, &rules, errors),
        }
    }
}

fn push(errors: &mut Vec<String>, e: String) {
    if errors.len() < MAX_REPORTED {
        errors.push(e);
    }
}

/// The least and greatest a member may be, the model's bounds narrowed by Kinesis's own.
fn bounds<T: Into<i64> + Copy>(
    min: Option<T>,
    max: Option<T>,
    rules: &[Rule],
) -> (Option<i64>, Option<i64>) {
    let (mut lo, mut hi) = (min.map(Into::into), max.map(Into::into));
    for r in rules {
        match *r {
            Rule::Min(n) => lo = Some(lo.map_or(n, |l| l.max(n))),
            Rule::Max(n) => hi = Some(hi.map_or(n, |h| h.min(n))),
        }
    }
    (lo, hi)
}

fn u64_bound(b: Option<u64>) -> Option<i64> {
    b.map(|n| i64::try_from(n).unwrap_or(i64::MAX))
}

fn member(shape: &'static Shape, v: &Value, path: &str, rules: &[Rule], errors: &mut Vec<String>) {
    let shown = render(shape, v);
    let mut fail = |constraint: String| push(errors, violation(path, Some(&shown), &constraint));
    match &shape.kind {
        Kind::String { min, max, pattern, values } => {
            let Some(s) = v.as_str() else { return };
            if let Some(p) = pattern
                && !matches(p, s)
            {
                fail(format!("Member must satisfy regular expression pattern: {p}"));
            }
            length(s.chars().count(), u64_bound(*min), u64_bound(*max), &mut fail);
            if !values.is_empty() && !values.contains(&s) {
                fail(format!(
                    "Member must satisfy enum value set: [{}]",
                    enum_values(shape).join(", ")
                ));
            }
        }
        Kind::Integer { min, max } | Kind::Long { min, max } => {
            let Some(n) = number(shape, v) else { return };
            let (lo, hi) = bounds(*min, *max, rules);
            if let Some(lo) = lo.filter(|lo| n < *lo) {
                fail(format!("Member must have value greater than or equal to {lo}"));
            }
            if let Some(hi) = hi.filter(|hi| n > *hi) {
                fail(format!("Member must have value less than or equal to {hi}"));
            }
        }
        Kind::Blob { min, max } => {
            let Some(s) = v.as_str() else { return };
            let (lo, hi) = bounds(u64_bound(*min), u64_bound(*max), rules);
            length(blob_len(s), lo, hi, &mut fail);
        }
        Kind::List { member: item, min, max } => {
            let Some(items) = v.as_array() else { return };
            length(items.len(), u64_bound(*min), u64_bound(*max), &mut fail);
            let item = item.get();
            match &item.kind {
                Kind::Structure { .. } => {
                    for (i, it) in items.iter().enumerate() {
                        if let Some(map) = it.as_object() {
                            let prefix = format!("{path}.{}.member.", i + 1);
                            structure(item, map, &prefix, &[], errors);
                        }
                    }
                }
                _ => {
                    if items.iter().any(|it| !satisfies(item, it)) {
                        fail(format!("Member must satisfy constraint: [{}]", describe(item)));
                    }
                }
            }
        }
        Kind::Map { key, value, min, max } => {
            let Some(map) = v.as_object() else { return };
            length(map.len(), u64_bound(*min), u64_bound(*max), &mut fail);
            let (key, value) = (key.get(), value.get());
            if map.keys().any(|k| !satisfies(key, &Value::String(k.clone()))) {
                fail(format!("Map keys must satisfy constraint: [{}]", describe(key)));
            }
            if map.values().any(|v| !satisfies(value, v)) {
                fail(format!("Map value must satisfy constraint: [{}]", describe(value)));
            }
        }
        Kind::Structure { .. } => {
            if let Some(map) = v.as_object() {
                structure(shape, map, &format!("{path}."), &[], errors);
            }
        }
        Kind::Boolean | Kind::Timestamp => {}
    }
}

fn length(len: usize, min: Option<i64>, max: Option<i64>, fail: &mut impl FnMut(String)) {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    if let Some(min) = min.filter(|m| len < *m) {
        fail(format!("Member must have length greater than or equal to {min}"));
    }
    if let Some(max) = max.filter(|m| len > *m) {
        fail(format!("Member must have length less than or equal to {max}"));
    }
}

/// Whether a list item or map entry (a string) satisfies its shape.
fn satisfies(shape: &Shape, v: &Value) -> bool {
    let Kind::String { min, max, pattern, values } = &shape.kind else { return true };
    let Some(s) = v.as_str() else { return true };
    let len = s.chars().count() as u64;
    min.is_none_or(|m| len >= m)
        && max.is_none_or(|m| len <= m)
        && pattern.is_none_or(|p| matches(p, s))
        && (values.is_empty() || values.contains(&s))
}

/// An item shape's constraints, as Kinesis lists them when an item fails.
fn describe(shape: &'static Shape) -> String {
    let Kind::String { min, max, pattern, values } = &shape.kind else { return String::new() };
    let mut parts = Vec::new();
    if let Some(m) = max {
        parts.push(format!("Member must have length less than or equal to {m}"));
    }
    if let Some(m) = min {
        parts.push(format!("Member must have length greater than or equal to {m}"));
    }
    if let Some(p) = pattern {
        parts.push(format!("Member must satisfy regular expression pattern: {p}"));
    }
    if !values.is_empty() {
        parts.push(format!(
            "Member must satisfy enum value set: [{}]",
            enum_values(shape).join(", ")
        ));
    }
    parts.join(", ")
}

fn enum_values(shape: &'static Shape) -> &'static [&'static str] {
    match OBSERVED_ENUM_ORDER.iter().find(|(name, _)| *name == shape.name) {
        Some((_, values)) => values,
        None => match &shape.kind {
            Kind::String { values, .. } => values,
            _ => &[],
        },
    }
}

/// A value as Kinesis shows it in a message: Java's `toString` of what it parsed.
fn render(shape: &Shape, v: &Value) -> String {
    match (&shape.kind, v) {
        (Kind::Blob { .. }, Value::String(s)) => {
            let n = blob_len(s);
            format!("java.nio.HeapByteBuffer[pos=0 lim={n} cap={n}]")
        }
        (Kind::List { member, .. }, Value::Array(items)) => {
            let item = member.get();
            let shown: Vec<String> = items.iter().map(|i| render(item, i)).collect();
            format!("[{}]", shown.join(", "))
        }
        (Kind::Map { value, .. }, Value::Object(map)) => {
            let shown: Vec<String> =
                map.iter().map(|(k, v)| format!("{k}={}", render(value.get(), v))).collect();
            format!("{{{}}}", shown.join(", "))
        }
        (Kind::Structure { .. }, Value::Object(map)) => {
            // Java's default toString: the class and its hash code (of the content here).
            let code = crc32fast::hash(Value::Object(map.clone()).to_string().as_bytes());
            format!("com.amazonaws.kinesis.v20131202.{}@{code:x}", shape.name)
        }
        (Kind::Integer { .. } | Kind::Long { .. }, Value::Number(_)) => {
            number(shape, v).map_or_else(|| v.to_string(), |n| n.to_string())
        }
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    }
}

/// A number as Kinesis's parser reads it for a member of `shape`: truncated to an integer,
/// and held to an Integer's range (2147483648 reads as 2147483647).
fn number(shape: &Shape, v: &Value) -> Option<i64> {
    let n = v.as_i64().or_else(|| v.as_f64().map(|f| f.floor() as i64))?;
    Some(match shape.kind {
        Kind::Integer { .. } => n.clamp(i64::from(i32::MIN), i64::from(i32::MAX)),
        _ => n,
    })
}

/// The bytes base64 text stands for.
fn blob_len(s: &str) -> usize {
    let pad = s.bytes().rev().take_while(|b| *b == b'=').count().min(2);
    (s.len() / 4 * 3).saturating_sub(pad)
}

/// Whether `s` matches the model's `pattern` as Java's `String.matches` does (whole string).
///
/// The patterns every request meets (names, hash keys, sequence numbers) are matched by hand:
/// compiling a regular expression would cost a one-shot command more than its whole request.
fn matches(pattern: &'static str, s: &str) -> bool {
    match pattern {
        NAME_PATTERN => {
            !s.is_empty()
                && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
        }
        HASH_KEY_PATTERN => is_decimal(s, 39),
        SEQUENCE_PATTERN => is_decimal(s, 129),
        _ => compiled(pattern).is_some_and(|re| re.is_match(s)),
    }
}

/// The model's pattern for names and shard ids.
const NAME_PATTERN: &str = "[a-zA-Z0-9_.-]+";
/// The model's pattern for hash keys.
const HASH_KEY_PATTERN: &str = "^(0|([1-9]\\d{0,38}))$";
/// The model's pattern for sequence numbers.
const SEQUENCE_PATTERN: &str = "^(0|([1-9]\\d{0,128}))$";

/// `pattern` compiled, once per process. Every pattern of the model compiles (a unit test
/// proves it); one that did not would match nothing rather than fail the request.
fn compiled(pattern: &'static str) -> Option<Regex> {
    static CACHE: Mutex<Vec<(&str, Option<Regex>)>> = Mutex::new(Vec::new());
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, re)) = cache.iter().find(|(p, _)| *p == pattern) {
        return re.clone();
    }
    let re = Regex::new(&format!("^(?:{pattern})$")).ok();
    cache.push((pattern, re.clone()));
    re
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| c.to_ascii_lowercase().to_string() + chars.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(op: &str, body: Value) -> Option<String> {
        request(op, body.as_object().unwrap_or(&Map::new()), &[])
    }

    #[test]
    fn every_pattern_of_the_model_compiles_and_the_hand_matched_agree() {
        for shape in shapes::all() {
            if let Kind::String { pattern: Some(p), .. } = shape.kind {
                assert!(compiled(p).is_some(), "{}: {p}", shape.name);
            }
        }
        for p in [NAME_PATTERN, HASH_KEY_PATTERN, SEQUENCE_PATTERN] {
            let re = compiled(p).unwrap();
            for s in
                ["", "0", "00", "01", "9", "a-b.c_d", "a/b", "é", &"9".repeat(39), &"9".repeat(40)]
            {
                assert_eq!(matches(p, s), re.is_match(s), "{p} {s:?}");
            }
        }
    }

    #[test]
    fn observed_orders_name_members_the_model_has() {
        for (structure, order) in OBSERVED_ORDER {
            let shape = shapes::all().iter().find(|s| s.name == *structure);
            let members = shape.map(|s| s.members()).unwrap_or_default();
            for m in *order {
                assert!(members.iter().any(|x| x.name == *m), "{structure}.{m}");
            }
        }
        for (structure, member, _) in STRICTER {
            let shape = shapes::all().iter().find(|s| s.name == *structure);
            assert!(shape.is_some_and(|s| s.members().iter().any(|m| m.name == *member)));
        }
    }

    #[test]
    fn one_error_reads_as_aws_does() {
        assert_eq!(
            check("DeleteStream", json!({"StreamName": "a/b"})).as_deref(),
            Some(
                "1 validation error detected: Value 'a/b' at 'streamName' failed to satisfy \
                 constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"
            )
        );
    }

    #[test]
    fn violations_come_in_kinesis_order() {
        let msg = check(
            "PutRecord",
            json!({"StreamName": "", "Data": "aGk=", "ExplicitHashKey": "01", "SequenceNumberForOrdering": "x"}),
        )
        .unwrap_or_default();
        assert_eq!(
            msg,
            "4 validation errors detected: \
             Value 'x' at 'sequenceNumberForOrdering' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(0|([1-9]\\d{0,128}))$; \
             Value '01' at 'explicitHashKey' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(0|([1-9]\\d{0,38}))$; \
             Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; \
             Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1"
        );
    }

    #[test]
    fn nested_lists_maps_and_blobs_are_shown_as_java_shows_them() {
        // Past the model's 10 MiB.
        let big = "A".repeat((10 * 1024 * 1024 + 3) / 3 * 4);
        let msg = check(
            "PutRecords",
            json!({"Records": [{"Data": "aGk=", "PartitionKey": "k"}, {"Data": big}], "StreamName": "s"}),
        )
        .unwrap_or_default();
        assert_eq!(
            msg,
            "1 validation error detected: \
             Value 'java.nio.HeapByteBuffer[pos=0 lim=10485762 cap=10485762]' at 'records.2.member.data' failed to satisfy constraint: Member must have length less than or equal to 10485760"
        );
        let msg = check("AddTagsToStream", json!({"Tags": {"": "v"}, "StreamName": "s"}));
        assert_eq!(
            msg.as_deref(),
            Some(
                "1 validation error detected: Value '{=v}' at 'tags' failed to satisfy \
                 constraint: Map keys must satisfy constraint: [Member must have length less \
                 than or equal to 128, Member must have length greater than or equal to 1]"
            )
        );
        let msg = check("RemoveTagsFromStream", json!({"TagKeys": [], "StreamName": "s"}));
        assert_eq!(
            msg.as_deref(),
            Some(
                "1 validation error detected: Value '[]' at 'tagKeys' failed to satisfy \
                 constraint: Member must have length greater than or equal to 1"
            )
        );
    }

    #[test]
    fn enums_and_numbers() {
        let msg = check(
            "GetShardIterator",
            json!({"StreamName": "s", "ShardId": "shardId-0", "ShardIteratorType": "SOON"}),
        );
        assert_eq!(
            msg.as_deref(),
            Some(
                "1 validation error detected: Value 'SOON' at 'shardIteratorType' failed to \
                 satisfy constraint: Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, \
                 LATEST, AT_TIMESTAMP, AT_SEQUENCE_NUMBER, TRIM_HORIZON]"
            )
        );
        let msg = check("CreateStream", json!({"StreamName": "s", "ShardCount": 100_001}));
        assert_eq!(
            msg.as_deref(),
            Some(
                "1 validation error detected: Value '100001' at 'shardCount' failed to satisfy \
                 constraint: Member must have value less than or equal to 100000"
            )
        );
    }

    #[test]
    fn at_most_ten_are_listed() {
        let records: Vec<Value> =
            (0..12).map(|_| json!({"Data": "aGk=", "ExplicitHashKey": "x"})).collect();
        let msg = check("PutRecords", json!({"Records": records})).unwrap_or_default();
        assert!(msg.starts_with("10 validation errors detected: "), "{msg}");
        assert_eq!(msg.matches("; ").count(), 9);
    }

    #[test]
    fn nothing_wrong_is_none() {
        assert_eq!(check("ListStreams", json!({"Limit": 5})), None);
        assert_eq!(check("NoSuchAction", json!({"Limit": 0})), None);
        assert!(is_decimal("0", 1) && is_decimal("19", 2) && !is_decimal("019", 3));
    }
}
