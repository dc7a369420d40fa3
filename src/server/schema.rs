//! Member types of every action's request, checked before anything else as Kinesis checks
//! them: a member of the wrong JSON type is a `SerializationException` with the Java-flavoured
//! message AWS sends; a required member that is missing is a `ValidationException`; members
//! the action does not know are dropped.

use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// A member's type on the wire.
pub enum Ty {
    /// A string.
    Str,
    /// A 32-bit integer.
    Int,
    /// A boolean.
    Bool,
    /// Base64 text.
    Blob,
    /// Epoch seconds.
    Time,
    /// A string from a fixed set.
    Enum(&'static [&'static str]),
    /// A list of strings.
    StrList,
    /// A map of strings to strings.
    StrMap,
    /// A nested structure.
    Struct(&'static [Member]),
    /// A list of structures.
    StructList(&'static [Member]),
}

/// One member of a request.
pub struct Member {
    /// Its name on the wire.
    pub name: &'static str,
    /// Its type.
    pub ty: Ty,
    /// Whether a request without it is invalid.
    pub required: bool,
}

/// An optional member.
pub const fn opt(name: &'static str, ty: Ty) -> Member {
    Member { name, ty, required: false }
}

/// A required member.
pub const fn req(name: &'static str, ty: Ty) -> Member {
    Member { name, ty, required: true }
}

/// Where a member sits in the request, spelled out only when an error names it (as
/// `records.3.member.partitionKey`).
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Member(&'a Path<'a>, &'static str),
    Item(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn render(&self) -> String {
        match self {
            Path::Root => String::new(),
            Path::Member(Path::Root, name) => lower_first(name),
            Path::Member(parent, name) => format!("{}.{}", parent.render(), lower_first(name)),
            Path::Item(parent, i) => format!("{}.{}.member", parent.render(), i + 1),
        }
    }
}

fn serialization(msg: impl Into<String>) -> Error {
    Error::Service { code: "SerializationException".into(), message: msg.into() }
}

fn mismatch(v: &Value, expected: &str) -> Error {
    match v {
        Value::Array(_) => serialization("Start of list found where not expected"),
        Value::Object(_) => serialization("Start of structure or map found where not expected."),
        Value::Bool(_) => {
            serialization(format!("class java.lang.Boolean can not be converted to {expected}"))
        }
        Value::Number(_) => serialization(format!(
            "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to {expected}"
        )),
        Value::String(_) => {
            serialization(format!("class java.lang.String can not be converted to {expected}"))
        }
        Value::Null => serialization("null where a value was expected"),
    }
}

fn check_blob(s: &str) -> Result<()> {
    let bad = |why: String| serialization(format!("'{s}' can not be converted to a Blob: {why}"));
    if !s.len().is_multiple_of(4) {
        return Err(bad(format!(
            "Base64 encoded length is expected a multiple of 4 bytes but found: {}",
            s.len()
        )));
    }
    let body = s.trim_end_matches('=');
    if s.len() - body.len() > 2 {
        return Err(bad("Invalid Base64 character: '='".into()));
    }
    if let Some(c) = body.bytes().find(|c| !(c.is_ascii_alphanumeric() || *c == b'+' || *c == b'/'))
    {
        let c =
            s[body.bytes().position(|b| b == c).unwrap_or(0)..].chars().next().unwrap_or(c as char);
        return Err(bad(format!("Invalid Base64 character: '{c}'")));
    }
    Ok(())
}

/// Checks (and normalizes: nulls and unknown members dropped, numbers truncated) one value.
fn check(v: Value, ty: &Ty, path: &Path<'_>, missing: &mut Vec<String>) -> Result<Value> {
    Ok(match (ty, v) {
        (Ty::Str | Ty::Enum(_), Value::String(s)) => Value::String(s),
        (Ty::Str | Ty::Enum(_), other) => return Err(mismatch(&other, "an String")),
        (Ty::Int, Value::Number(n)) => {
            let f = n.as_f64().unwrap_or_default().floor().min(f64::from(i32::MAX));
            Value::from(f as i64)
        }
        (Ty::Int, Value::String(_)) => {
            return Err(serialization("class java.lang.String can not be converted to an Integer"));
        }
        (Ty::Int, other) => return Err(mismatch(&other, "an Integer")),
        (Ty::Bool, Value::Bool(b)) => Value::Bool(b),
        (Ty::Bool, Value::String(s)) => {
            return Err(serialization(format!(
                "'{}' can not be converted to an Boolean",
                s.to_uppercase()
            )));
        }
        (Ty::Bool, other) => return Err(mismatch(&other, "an Boolean")),
        (Ty::Blob, Value::String(s)) => {
            check_blob(&s)?;
            Value::String(s)
        }
        (Ty::Blob, other) => return Err(mismatch(&other, "a Blob")),
        (Ty::Time, Value::Number(n)) => Value::Number(n),
        (Ty::Time, other) => return Err(mismatch(&other, "milliseconds since epoch")),
        (Ty::StrList, Value::Array(items)) => Value::Array(
            items
                .into_iter()
                .filter(|i| !i.is_null())
                .map(|i| check(i, &Ty::Str, path, missing))
                .collect::<Result<_>>()?,
        ),
        (Ty::StructList(members), Value::Array(items)) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| match item {
                    Value::Object(map) => {
                        Ok(Value::Object(structure(map, members, &Path::Item(path, i), missing)?))
                    }
                    Value::Array(_) => Err(serialization("Start of list found where not expected")),
                    _ => Err(serialization("Expected null")),
                })
                .collect::<Result<_>>()?,
        ),
        (Ty::StrList | Ty::StructList(_), Value::Object(_)) => {
            return Err(serialization("Start of structure or map found where not expected."));
        }
        (Ty::StrList | Ty::StructList(_), _) => return Err(serialization("Expected list or null")),
        (Ty::StrMap, Value::Object(map)) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| Ok((k, check(v, &Ty::Str, path, missing)?)))
                .collect::<Result<_>>()?,
        ),
        (Ty::StrMap, Value::Array(_)) => {
            return Err(serialization("Start of list found where not expected"));
        }
        (Ty::StrMap, _) => return Err(serialization("Expected map or null")),
        (Ty::Struct(members), Value::Object(map)) => {
            Value::Object(structure(map, members, path, missing)?)
        }
        (Ty::Struct(_), Value::Array(_)) => {
            return Err(serialization("Start of list found where not expected"));
        }
        (Ty::Struct(_), _) => return Err(serialization("Expected null")),
    })
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_ascii_lowercase().to_string() + c.as_str())
}

fn structure(
    mut map: Map<String, Value>,
    members: &[Member],
    path: &Path<'_>,
    missing: &mut Vec<String>,
) -> Result<Map<String, Value>> {
    let mut out = Map::new();
    for m in members {
        let here = Path::Member(path, m.name);
        match map.remove(m.name).filter(|v| !v.is_null()) {
            Some(v) => {
                out.insert(m.name.to_string(), check(v, &m.ty, &here, missing)?);
            }
            None if m.required => missing.push(here.render()),
            None => {}
        }
    }
    Ok(out)
}

/// Checks a request body against an action's members; returns the normalized body.
pub fn check_request(body: Map<String, Value>, members: &[Member]) -> Result<Value> {
    let mut missing = Vec::new();
    let out = structure(body, members, &Path::Root, &mut missing)?;
    let mut errors: Vec<String> = missing
        .iter()
        .map(|p| {
            format!("Value null at '{p}' failed to satisfy constraint: Member must not be null")
        })
        .collect();
    // Enum members: checked here, as Kinesis lists them among the validation errors.
    enums(&out, members, &Path::Root, &mut errors);
    match errors.len() {
        0 => Ok(Value::Object(out)),
        1 => Err(Error::Validation(format!("1 validation error detected: {}", errors[0]))),
        n => {
            Err(Error::Validation(format!("{n} validation errors detected: {}", errors.join("; "))))
        }
    }
}

fn enums(map: &Map<String, Value>, members: &[Member], path: &Path<'_>, errors: &mut Vec<String>) {
    for m in members {
        let here = Path::Member(path, m.name);
        match (&m.ty, map.get(m.name)) {
            (Ty::Enum(values), Some(Value::String(s))) if !values.contains(&s.as_str()) => errors.push(format!(
                "Value '{s}' at '{}' failed to satisfy constraint: Member must satisfy enum value set: [{}]",
                here.render(),
                values.join(", ")
            )),
            (Ty::Struct(inner), Some(Value::Object(sub))) => enums(sub, inner, &here, errors),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const MEMBERS: &[Member] =
        &[req("StreamName", Ty::Str), opt("Limit", Ty::Int), opt("Kind", Ty::Enum(&["A", "B"]))];

    fn run(v: Value) -> Result<Value> {
        check_request(v.as_object().cloned().unwrap_or_default(), MEMBERS)
    }

    #[test]
    fn wrong_types_are_serialization_errors() {
        let e = run(json!({"StreamName": 5})).unwrap_err();
        assert_eq!(e.code(), "SerializationException");
        assert_eq!(
            e.to_string(),
            "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String"
        );
        assert_eq!(
            run(json!({"StreamName": "s", "Limit": "5"})).unwrap_err().to_string(),
            "class java.lang.String can not be converted to an Integer"
        );
        assert_eq!(
            run(json!({"StreamName": []})).unwrap_err().to_string(),
            "Start of list found where not expected"
        );
    }

    #[test]
    fn missing_and_enum_members_are_validation_errors() {
        let e = run(json!({"Kind": "C"})).unwrap_err();
        assert_eq!(e.code(), "ValidationException");
        assert_eq!(
            e.to_string(),
            "2 validation errors detected: Value null at 'streamName' failed to satisfy constraint: Member must not be null; Value 'C' at 'kind' failed to satisfy constraint: Member must satisfy enum value set: [A, B]"
        );
    }

    #[test]
    fn unknown_members_and_nulls_are_dropped() {
        assert_eq!(
            run(json!({"StreamName": "s", "Bogus": 1, "Limit": null, "Kind": "A"})).unwrap(),
            json!({"StreamName": "s", "Kind": "A"})
        );
        assert_eq!(
            run(json!({"StreamName": "s", "Limit": 3.7})).unwrap(),
            json!({"StreamName": "s", "Limit": 3})
        );
    }

    #[test]
    fn blobs_must_be_base64() {
        assert!(check_blob("aGk=").is_ok());
        assert!(check_blob("aGk").is_err());
        assert!(check_blob("a*k=").is_err());
    }
}
