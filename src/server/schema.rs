//! A request's members read as Kinesis reads them, before anything else: a member of the
//! wrong JSON type is a `SerializationException` with the Java-flavoured message AWS sends
//! (the first in the document's order, as a streaming parser meets it); then every violated
//! constraint, in one `ValidationException` ([`validate`]). Members the action does not know
//! and nulls are dropped; numbers are truncated to integers.

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::model::shapes::{self, Kind, Shape};
use crate::model::{Action, validate};

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

/// Checks (and normalizes) one value of shape `shape`.
fn check(v: Value, shape: &'static Shape) -> Result<Value> {
    Ok(match (&shape.kind, v) {
        (Kind::String { .. }, Value::String(s)) => Value::String(s),
        (Kind::String { .. }, other) => return Err(mismatch(&other, "an String")),
        (Kind::Integer { .. } | Kind::Long { .. }, Value::Number(n)) => {
            let cap = match shape.kind {
                Kind::Integer { .. } => f64::from(i32::MAX),
                _ => i64::MAX as f64,
            };
            Value::from(n.as_f64().unwrap_or_default().floor().min(cap) as i64)
        }
        (Kind::Integer { .. }, Value::String(_)) => {
            return Err(serialization("class java.lang.String can not be converted to an Integer"));
        }
        (Kind::Long { .. }, Value::String(_)) => {
            return Err(serialization("class java.lang.String can not be converted to an Long"));
        }
        (Kind::Integer { .. }, other) => return Err(mismatch(&other, "an Integer")),
        (Kind::Long { .. }, other) => return Err(mismatch(&other, "an Long")),
        (Kind::Boolean, Value::Bool(b)) => Value::Bool(b),
        (Kind::Boolean, Value::String(s)) => {
            return Err(serialization(format!(
                "'{}' can not be converted to an Boolean",
                s.to_uppercase()
            )));
        }
        (Kind::Boolean, other) => return Err(mismatch(&other, "an Boolean")),
        (Kind::Blob { .. }, Value::String(s)) => {
            check_blob(&s)?;
            Value::String(s)
        }
        (Kind::Blob { .. }, other) => return Err(mismatch(&other, "a Blob")),
        (Kind::Timestamp, Value::Number(n)) => Value::Number(n),
        (Kind::Timestamp, other) => return Err(mismatch(&other, "milliseconds since epoch")),
        (Kind::List { member, .. }, Value::Array(items)) => {
            let item = member.get();
            let structured = matches!(item.kind, Kind::Structure { .. });
            Value::Array(
                items
                    .into_iter()
                    .filter(|i| structured || !i.is_null())
                    .map(|i| match (&item.kind, i) {
                        (Kind::Structure { .. }, Value::Object(map)) => {
                            Ok(Value::Object(structure(map, item)?))
                        }
                        (Kind::Structure { .. }, Value::Array(_)) => {
                            Err(serialization("Start of list found where not expected"))
                        }
                        (Kind::Structure { .. }, _) => Err(serialization("Expected null")),
                        (_, i) => check(i, item),
                    })
                    .collect::<Result<_>>()?,
            )
        }
        (Kind::List { .. }, Value::Object(_)) => {
            return Err(serialization("Start of structure or map found where not expected."));
        }
        (Kind::List { .. }, _) => return Err(serialization("Expected list or null")),
        (Kind::Map { value, .. }, Value::Object(map)) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| Ok((k, check(v, value.get())?)))
                .collect::<Result<_>>()?,
        ),
        (Kind::Map { .. }, Value::Array(_)) => {
            return Err(serialization("Start of list found where not expected"));
        }
        (Kind::Map { .. }, _) => return Err(serialization("Expected map or null")),
        (Kind::Structure { .. }, Value::Object(map)) => Value::Object(structure(map, shape)?),
        (Kind::Structure { .. }, Value::Array(_)) => {
            return Err(serialization("Start of list found where not expected"));
        }
        (Kind::Structure { .. }, _) => return Err(serialization("Expected null")),
    })
}

/// A structure's members in the document's order, unknown ones and nulls dropped.
fn structure(map: Map<String, Value>, shape: &'static Shape) -> Result<Map<String, Value>> {
    let members = shape.members();
    let mut out = Map::new();
    for (name, v) in map {
        if v.is_null() {
            continue;
        }
        if let Some(m) = members.iter().find(|m| m.name == name) {
            out.insert(name, check(v, m.shape.get())?);
        }
    }
    Ok(out)
}

/// A request body of `action` with its members' types checked (the first mismatch is a
/// `SerializationException`), unknown members and nulls dropped, numbers truncated.
pub fn normalize(body: Map<String, Value>, action: Action) -> Result<Map<String, Value>> {
    match shapes::operation(action.name()).and_then(|o| o.input) {
        Some(input) => structure(body, input.get()),
        None => Ok(Map::new()),
    }
}

/// Checks a request body of `action` against its input shape: the normalized body, or the
/// exception Kinesis answers it with.
pub fn check_request(body: Map<String, Value>, action: Action) -> Result<Value> {
    let body = normalize(body, action)?;
    match validate::request(action.name(), &body, &[]) {
        None => Ok(Value::Object(body)),
        Some(message) => Err(Error::Validation(message)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(action: Action, v: Value) -> Result<Value> {
        check_request(v.as_object().cloned().unwrap_or_default(), action)
    }

    #[test]
    fn wrong_types_are_serialization_errors() {
        let e = run(Action::DeleteStream, json!({"StreamName": 5})).unwrap_err();
        assert_eq!(e.code(), "SerializationException");
        assert_eq!(
            e.to_string(),
            "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String"
        );
        assert_eq!(
            run(Action::ListStreams, json!({"Limit": "5"})).unwrap_err().to_string(),
            "class java.lang.String can not be converted to an Integer"
        );
        assert_eq!(
            run(Action::DeleteStream, json!({"StreamName": []})).unwrap_err().to_string(),
            "Start of list found where not expected"
        );
    }

    #[test]
    fn missing_and_enum_members_are_validation_errors() {
        let e = run(Action::UpdateShardCount, json!({"ScalingType": "C"})).unwrap_err();
        assert_eq!(e.code(), "ValidationException");
        assert_eq!(
            e.to_string(),
            "2 validation errors detected: Value null at 'targetShardCount' failed to satisfy constraint: Member must not be null; Value 'C' at 'scalingType' failed to satisfy constraint: Member must satisfy enum value set: [UNIFORM_SCALING]"
        );
    }

    #[test]
    fn unknown_members_and_nulls_are_dropped() {
        assert_eq!(
            run(Action::ListStreams, json!({"Bogus": 1, "Limit": null, "NextToken": "t"})).unwrap(),
            json!({"NextToken": "t"})
        );
        assert_eq!(run(Action::ListStreams, json!({"Limit": 3.7})).unwrap(), json!({"Limit": 3}));
    }

    #[test]
    fn blobs_must_be_base64() {
        assert!(check_blob("aGk=").is_ok());
        assert!(check_blob("aGk").is_err());
        assert!(check_blob("a*k=").is_err());
    }
}
