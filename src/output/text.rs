//! aws-cli's text format (awscli/text.py), rule for rule.
//!
//! - A dict prints its scalar values on one tab-separated line, keys in sorted order,
//!   prefixed by its parent's key upper-cased; then each non-scalar member, in sorted key
//!   order, under its own key.
//! - A list of dicts prints one line per element, all with the union of the elements' scalar
//!   keys (a missing one as an empty field); a list of scalars prints `KEY\tvalue` per item
//!   (or one tab-joined line at the top level).
//! - Scalars print as Python's `str()` would: `True`, `False`, `None`.
//!
//! Beyond aws-cli, so that one record is one line with the same columns whatever it holds:
//! a tab, newline, carriage return or backslash inside a string prints escaped (`\t`, `\n`,
//! `\r`, `\\`), and a binary record's `Data` prints as escaped bytes (`\xff`) instead of
//! base64 with a `DataEncoding` column.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Map, Value};

/// Formats a value as aws-cli's `--output text`.
pub fn format(value: &Value) -> String {
    let mut out = String::new();
    item(&escaped(value), None, None, &mut out);
    out
}

/// `value` with every string escaped for a text line, and each binary record (`Data` in
/// base64 beside `"DataEncoding": "base64"`) holding its bytes, escaped, instead.
fn escaped(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let binary = map.get("DataEncoding").and_then(Value::as_str) == Some("base64");
            let bytes =
                map.get("Data").and_then(Value::as_str).and_then(|d| STANDARD.decode(d).ok());
            let mut out = Map::new();
            for (k, v) in map {
                match (k.as_str(), &bytes) {
                    ("DataEncoding", Some(_)) if binary => {}
                    ("Data", Some(b)) if binary => {
                        out.insert(k.clone(), Value::String(escape_bytes(b)));
                    }
                    _ => {
                        out.insert(k.clone(), escaped(v));
                    }
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(escaped).collect()),
        Value::String(s) => Value::String(escape_bytes(s.as_bytes())),
        other => other.clone(),
    }
}

/// Text with what would break a line escaped: `\t`, `\n`, `\r`, `\\`, and any byte
/// that is not part of valid UTF-8 text (or is another control character) as `\xNN`.
fn escape_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                c if c.is_control() && c.is_ascii() => out.push_str(&format!("\\x{:02x}", c as u8)),
                c => out.push(c),
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Object(_) | Value::Array(_))
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Null => "None".into(),
        other => other.to_string(),
    }
}

fn item(v: &Value, id: Option<&str>, keys: Option<&[String]>, out: &mut String) {
    match v {
        Value::Object(map) => dict(map, id, keys, out),
        Value::Array(items) => list(items, id, out),
        other => {
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
}

fn list(items: &[Value], id: Option<&str>, out: &mut String) {
    if items.is_empty() {
        return;
    }
    if items.iter().any(Value::is_object) {
        let keys = all_scalar_keys(items);
        for el in items {
            item(el, id, Some(&keys), out);
        }
    } else if items.iter().any(Value::is_array) {
        let (scalars, others): (Vec<&Value>, Vec<&Value>) =
            items.iter().partition(|v| is_scalar(v));
        if !scalars.is_empty() {
            scalar_list(&scalars, id, out);
        }
        for el in others {
            item(el, id, None, out);
        }
    } else {
        scalar_list(&items.iter().collect::<Vec<_>>(), id, out);
    }
}

fn scalar_list(items: &[&Value], id: Option<&str>, out: &mut String) {
    match id {
        Some(id) => {
            for v in items {
                out.push_str(&format!("{}\t{}\n", id.to_uppercase(), scalar(v)));
            }
        }
        None => {
            let line: Vec<String> = items.iter().map(|v| scalar(v)).collect();
            out.push_str(&line.join("\t"));
            out.push('\n');
        }
    }
}

fn dict(map: &Map<String, Value>, id: Option<&str>, keys: Option<&[String]>, out: &mut String) {
    let mut scalars = Vec::new();
    let mut others: Vec<(&String, &Value)> = Vec::new();
    match keys {
        None => {
            let mut sorted: Vec<(&String, &Value)> = map.iter().collect();
            sorted.sort_by(|a, b| a.0.cmp(b.0));
            for (k, v) in sorted {
                if is_scalar(v) {
                    scalars.push(scalar(v));
                } else {
                    others.push((k, v));
                }
            }
        }
        Some(keys) => {
            for k in keys {
                scalars.push(map.get(k).map(scalar).unwrap_or_default());
            }
            let mut rest: Vec<(&String, &Value)> =
                map.iter().filter(|(k, _)| !keys.contains(k)).collect();
            rest.sort_by(|a, b| a.0.cmp(b.0));
            others = rest;
        }
    }
    if !scalars.is_empty() {
        if let Some(id) = id {
            scalars.insert(0, id.to_uppercase());
        }
        out.push_str(&scalars.join("\t"));
        out.push('\n');
    }
    for (k, v) in others {
        item(v, Some(k), None, out);
    }
}

fn all_scalar_keys(items: &[Value]) -> Vec<String> {
    let mut keys: Vec<String> = items
        .iter()
        .filter_map(Value::as_object)
        .flat_map(|m| m.iter().filter(|(_, v)| is_scalar(v)).map(|(k, _)| k.clone()))
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn shards_print_as_the_seed_shows() {
        let v = json!({"StreamDescription": {
            "Shards": [{"ShardId": "shardId-000000000000",
                        "HashKeyRange": {"StartingHashKey": "0", "EndingHashKey": "85"},
                        "SequenceNumberRange": {"StartingSequenceNumber": "49"}}],
            "StreamName": "family", "HasMoreShards": false, "KeyId": null}});
        assert_eq!(
            format(&v),
            "STREAMDESCRIPTION\tFalse\tNone\tfamily\nSHARDS\tshardId-000000000000\n\
             HASHKEYRANGE\t85\t0\nSEQUENCENUMBERRANGE\t49\n"
        );
    }

    #[test]
    fn lists_of_scalars_take_their_key() {
        assert_eq!(format(&json!({"StreamNames": ["a", "b"]})), "STREAMNAMES\ta\nSTREAMNAMES\tb\n");
        assert_eq!(format(&json!(["a", "b"])), "a\tb\n");
        assert_eq!(format(&json!("x")), "x\n");
    }

    #[test]
    fn list_of_dicts_uses_the_union_of_keys() {
        let v = json!({"L": [{"A": 1}, {"B": 2}]});
        assert_eq!(format(&v), "L\t1\t\nL\t\t2\n");
    }
}
