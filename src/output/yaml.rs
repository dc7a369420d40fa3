//! YAML as aws-cli v2 prints it (`--output yaml`, `yaml-stream`): block style, two-space
//! indents, a list's dashes at its key's indent, strings plain where YAML would read them back
//! as the same string and single-quoted otherwise (double-quoted with escapes when they hold
//! control characters), keys in the response's order.

use std::fmt::Write;

use serde_json::Value;

use crate::model::shapes::{Field, Skeleton};

/// A whole document.
pub fn document(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Object(m) if !m.is_empty() => block(&mut out, value, 0),
        Value::Array(a) if !a.is_empty() => block(&mut out, value, 0),
        scalar => {
            out.push_str(&inline(scalar));
            out.push('\n');
        }
    }
    out
}

/// One item of a YAML list (`yaml-stream`): many of them, one after another, are one list.
pub fn item(value: &Value) -> String {
    let mut out = String::from("- ");
    match value {
        Value::Object(m) if !m.is_empty() => {
            let mut inner = String::new();
            block(&mut inner, value, 2);
            out.push_str(inner.trim_start());
        }
        Value::Array(a) if !a.is_empty() => {
            let mut inner = String::new();
            block(&mut inner, value, 2);
            out.push_str(inner.trim_start());
        }
        scalar => {
            out.push_str(&inline(scalar));
            out.push('\n');
        }
    }
    out
}

/// A non-empty map or list, its lines starting at `indent`.
fn block(out: &mut String, value: &Value, indent: usize) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let _ = write!(out, "{pad}{}:", scalar_text(k));
                nested(out, v, indent, false);
            }
        }
        Value::Array(items) => {
            for v in items {
                let _ = write!(out, "{pad}-");
                nested(out, v, indent, true);
            }
        }
        scalar => {
            let _ = writeln!(out, "{pad}{}", inline(scalar));
        }
    }
}

/// What follows a `key:` or a `-` at `indent`: a scalar on the same line, a list's dashes at
/// the key's indent (or after the dash), a map's keys two further in (or after the dash).
fn nested(out: &mut String, v: &Value, indent: usize, after_dash: bool) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            if after_dash {
                let mut inner = String::new();
                block(&mut inner, v, indent + 2);
                out.push(' ');
                out.push_str(inner.trim_start());
            } else {
                out.push('\n');
                block(out, v, indent + 2);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            if after_dash {
                let mut inner = String::new();
                block(&mut inner, v, indent + 2);
                out.push(' ');
                out.push_str(inner.trim_start());
            } else {
                out.push('\n');
                block(out, v, indent);
            }
        }
        scalar => {
            out.push(' ');
            out.push_str(&inline(scalar));
            out.push('\n');
        }
    }
}

/// A sample request as aws-cli v2's `--generate-cli-skeleton yaml-input` prints it: each member
/// followed by a comment (`[REQUIRED]`, its documentation's first sentence, its valid values).
/// Blobs are `''` (text, read as `--cli-binary-format` says) where aws-cli writes `!!binary`.
pub fn skeleton(sample: &Skeleton) -> String {
    let mut out = String::new();
    match sample {
        Skeleton::Structure(fields) if !fields.is_empty() => members(&mut out, fields, 0, false),
        _ => out.push_str("{}\n"),
    }
    out
}

/// A structure's members at `indent`; `dash`: the first one starts a list item.
fn members(out: &mut String, fields: &[Field], indent: usize, dash: bool) {
    let pad = " ".repeat(indent);
    for (i, f) in fields.iter().enumerate() {
        let lead = match (dash, i) {
            (true, 0) => "- ",
            (true, _) => "  ",
            (false, _) => "",
        };
        let _ = write!(out, "{pad}{lead}{}:", f.name);
        let mut notes: Vec<String> = Vec::new();
        if f.required {
            notes.push("[REQUIRED]".into());
        }
        if !f.doc.is_empty() {
            notes.push(f.doc.into());
        }
        if !f.values.is_empty() {
            notes.push(format!("Valid values are: {}.", f.values.join(", ")));
        }
        let comment =
            if notes.is_empty() { String::new() } else { format!(" # {}", notes.join(" ")) };
        sample_value(out, &f.value, indent + lead.len(), &comment);
    }
}

/// What follows a member's `key:` at `indent`: a scalar and the comment on the same line, or
/// the comment and then the nested lines.
fn sample_value(out: &mut String, sample: &Skeleton, indent: usize, comment: &str) {
    match sample {
        Skeleton::Structure(fields) if !fields.is_empty() => {
            let _ = writeln!(out, "{comment}");
            members(out, fields, indent + 2, false);
        }
        Skeleton::Map(value) => {
            let _ = write!(out, "{comment}\n{}KeyName:", " ".repeat(indent + 2));
            sample_value(out, value, indent + 2, "");
        }
        Skeleton::List(item) => {
            let _ = writeln!(out, "{comment}");
            match item.as_ref() {
                Skeleton::Structure(fields) if !fields.is_empty() => {
                    members(out, fields, indent, true);
                }
                scalar => {
                    let _ = writeln!(out, "{}- {}", " ".repeat(indent), sample_scalar(scalar));
                }
            }
        }
        scalar => {
            let _ = writeln!(out, " {}{comment}", sample_scalar(scalar));
        }
    }
}

fn sample_scalar(sample: &Skeleton) -> String {
    match sample {
        Skeleton::Blob => "''".into(),
        // Nested lists and maps (none in Kinesis's requests) in flow style.
        Skeleton::List(_) | Skeleton::Map(_) => sample.to_json().to_string(),
        other => inline(&other.to_json()),
    }
}

/// A scalar (or an empty map or list) on one line.
fn inline(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => scalar_text(s),
        Value::Array(_) => "[]".into(),
        Value::Object(_) => "{}".into(),
    }
}

/// A string as YAML reads it back unchanged.
fn scalar_text(s: &str) -> String {
    if s.chars().any(|c| c.is_control()) {
        // JSON's escapes are YAML's double-quoted escapes.
        return Value::String(s.to_string()).to_string();
    }
    if plain_is_safe(s) { s.to_string() } else { format!("'{}'", s.replace('\'', "''")) }
}

/// Whether `s` written bare reads back as the same string (not a number, a boolean, null, a
/// date, or YAML syntax).
fn plain_is_safe(s: &str) -> bool {
    const RESERVED: [&str; 12] =
        ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf"];
    let Some(first) = s.chars().next() else { return false };
    let lower = s.to_ascii_lowercase();
    let numeric =
        s.trim_start_matches(['-', '+', '.']).chars().next().is_some_and(|c| c.is_ascii_digit());
    !(RESERVED.contains(&lower.as_str())
        || lower.trim_start_matches(['-', '+']) == ".inf"
        || numeric
        || "-?:,[]{}#&*!|>'\"%@`=".contains(first)
        || s.starts_with(' ')
        || s.ends_with(' ')
        || s.ends_with(':')
        || s.contains(": ")
        || s.contains(" #")
        || s.contains('\t'))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn documents_read_like_aws_cli_yaml() {
        let v = json!({
            "StreamDescription": {
                "StreamName": "family",
                "Shards": [
                    {"ShardId": "shardId-000000000000", "HashKeyRange": {"StartingHashKey": "0", "EndingHashKey": "85"}},
                ],
                "HasMoreShards": false,
                "RetentionPeriodHours": 24,
                "EnhancedMonitoring": [{"ShardLevelMetrics": []}],
                "KeyId": null,
            }
        });
        assert_eq!(
            document(&v),
            "StreamDescription:\n  StreamName: family\n  Shards:\n  - ShardId: shardId-000000000000\n    HashKeyRange:\n      StartingHashKey: '0'\n      EndingHashKey: '85'\n  HasMoreShards: false\n  RetentionPeriodHours: 24\n  EnhancedMonitoring:\n  - ShardLevelMetrics: []\n  KeyId: null\n"
        );
        assert_eq!(item(&json!({"Data": "x", "Count": 1})), "- Data: x\n  Count: 1\n");
        assert_eq!(document(&json!([[1, 2], "a"])), "- - 1\n  - 2\n- a\n");
    }

    #[test]
    fn strings_that_would_read_back_otherwise_are_quoted() {
        for (s, written) in [
            ("yes", "'yes'"),
            ("123", "'123'"),
            ("-1", "'-1'"),
            ("a: b", "'a: b'"),
            ("it's", "it's"),
            ("'q'", "'''q'''"),
            ("", "''"),
            ("line\nbreak", "\"line\\nbreak\""),
            ("2026-11-26T17:29:49+00:00", "'2026-11-26T17:29:49+00:00'"),
            ("plain text", "plain text"),
        ] {
            assert_eq!(scalar_text(s), written, "{s:?}");
        }
    }
}
