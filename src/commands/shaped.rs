//! Parameters typed by the service model: a flag's text — aws-cli's shorthand
//! (`Key=value,Nested={A=b},List=[x,y]`) or JSON, `file://` allowed — read as the member's
//! shape says (integers, booleans, timestamps, nested structures, lists, maps), so a command
//! whose request nests gets aws-cli's syntax without parsing each flag by hand.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::commands::params;
use crate::error::{Error, Result};
use crate::model::Action;
use crate::model::shapes::{self, Id, Kind};

/// Parses aws-cli's shorthand: `key=value` pairs joined by commas, a value being text (quoted
/// to hold `,{}[]`), a nested structure `{…}` or a list `[…]`. Every scalar is a string.
pub(crate) fn shorthand(text: &str) -> std::result::Result<Map<String, Value>, String> {
    let mut p = Parser { s: text.trim(), at: 0 };
    let map = p.pairs(None)?;
    match p.rest() {
        "" => Ok(map),
        rest => Err(format!("Expected: ',', received: '{rest}'")),
    }
}

struct Parser<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        &self.s[self.at..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn skip_spaces(&mut self) {
        let trimmed = self.rest().trim_start();
        self.at = self.s.len() - trimmed.len();
    }

    /// `key=value` pairs up to `close` (or the end).
    fn pairs(&mut self, close: Option<char>) -> std::result::Result<Map<String, Value>, String> {
        let mut map = Map::new();
        loop {
            self.skip_spaces();
            if self.peek().is_none() || self.peek() == close {
                return Ok(map);
            }
            let rest = self.rest();
            let eq = rest.find('=').ok_or_else(|| format!("Expected: '=', received: '{rest}'"))?;
            let key = rest[..eq].trim();
            if key.is_empty() || key.contains([',', '{', '}', '[', ']']) {
                return Err(format!("Expected: 'KEY=VALUE', received: '{rest}'"));
            }
            self.at += eq + 1;
            let value = self.value(close)?;
            map.insert(key.to_string(), value);
            self.skip_spaces();
            match self.peek() {
                Some(',') => self.at += 1,
                c if c == close || c.is_none() => return Ok(map),
                _ => return Err(format!("Expected: ',', received: '{}'", self.rest())),
            }
        }
    }

    /// One value, ending before a `,` or `close`.
    fn value(&mut self, close: Option<char>) -> std::result::Result<Value, String> {
        self.skip_spaces();
        match self.peek() {
            Some('{') => {
                self.at += 1;
                let map = self.pairs(Some('}'))?;
                self.expect('}')?;
                Ok(Value::Object(map))
            }
            Some('[') => {
                self.at += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_spaces();
                    if self.peek() == Some(']') {
                        break;
                    }
                    items.push(self.value(Some(']'))?);
                    self.skip_spaces();
                    if self.peek() == Some(',') {
                        self.at += 1;
                    } else {
                        break;
                    }
                }
                self.expect(']')?;
                Ok(Value::Array(items))
            }
            Some(q @ ('"' | '\'')) => {
                let rest = &self.rest()[1..];
                let end =
                    rest.find(q).ok_or_else(|| format!("Unclosed quote in: '{}'", self.rest()))?;
                let text = rest[..end].to_string();
                self.at += end + 2;
                Ok(Value::String(text))
            }
            _ => {
                let rest = self.rest();
                let end = rest
                    .find(|c: char| {
                        c == ',' || Some(c) == close || (close.is_some() && "{}[]".contains(c))
                    })
                    .unwrap_or(rest.len());
                self.at += end;
                Ok(Value::String(rest[..end].trim().to_string()))
            }
        }
    }

    fn expect(&mut self, c: char) -> std::result::Result<(), String> {
        match self.peek() {
            Some(found) if found == c => {
                self.at += c.len_utf8();
                Ok(())
            }
            _ => Err(format!("Expected: '{c}', received: '{}'", self.rest())),
        }
    }
}

/// The member `member` of `action`'s request, from a flag's values: one value for a
/// structure, map or scalar; for a list, one value per item or a single JSON list.
pub(crate) fn member<T: DeserializeOwned>(
    action: Action,
    member: &str,
    flag: &str,
    values: &[String],
) -> Result<T> {
    let shape = shapes::operation(action.name())
        .and_then(|op| op.input)
        .and_then(|input| input.get().members().iter().find(|m| m.name == member))
        .map(|m| m.shape)
        .ok_or_else(|| Error::Internal(format!("{action} has no member {member}")))?;
    let bad =
        |why: String| Error::ParamValidation(format!("Error parsing parameter '{flag}': {why}"));
    let texts = values.iter().map(|v| params::param_text(flag, v)).collect::<Result<Vec<_>>>()?;
    let raw = match (&shape.get().kind, texts.as_slice()) {
        (Kind::List { .. }, [one]) if one.trim_start().starts_with('[') => {
            serde_json::from_str(one).map_err(|e| bad(format!("Invalid JSON: {e}")))?
        }
        (Kind::List { member, .. }, items) => {
            let items = items.iter().map(|t| text_value(*member, t).map_err(&bad));
            Value::Array(items.collect::<Result<_>>()?)
        }
        (_, [one]) => text_value(shape, one).map_err(bad)?,
        _ => return Err(bad("expected one value".into())),
    };
    let typed = coerce(shape, raw, member)?;
    serde_json::from_value(typed)
        .map_err(|e| Error::ParamValidation(format!("Parameter validation failed: {member}: {e}")))
}

/// A text as the JSON value it stands for: JSON for a structure, list or map that looks like
/// JSON, shorthand for any other structure or map, the text itself for a scalar.
fn text_value(shape: Id, text: &str) -> std::result::Result<Value, String> {
    let trimmed = text.trim();
    match shape.get().kind {
        Kind::Structure { .. } | Kind::Map { .. } | Kind::List { .. }
            if trimmed.starts_with(['{', '[']) =>
        {
            serde_json::from_str(trimmed).map_err(|e| format!("Invalid JSON: {e}"))
        }
        Kind::Structure { .. } | Kind::Map { .. } => shorthand(trimmed).map(Value::Object),
        _ => Ok(Value::String(text.to_string())),
    }
}

/// `value` with its scalars of the types `shape` says (`path` names it in errors): text
/// becomes a number, boolean or timestamp where the model wants one; members the model does
/// not know are refused, as aws-cli refuses them.
fn coerce(shape: Id, value: Value, path: &str) -> Result<Value> {
    let invalid = |v: &Value, wanted: &str| {
        Error::ParamValidation(format!(
            "Parameter validation failed: Invalid type for parameter {path}, value: {}, valid \
             types: {wanted}",
            v.as_str().map_or_else(|| v.to_string(), str::to_string)
        ))
    };
    match (&shape.get().kind, value) {
        (Kind::Structure { members, .. }, Value::Object(map)) => {
            let mut out = Map::new();
            for (name, v) in map {
                let Some(m) = members.iter().find(|m| m.name == name) else {
                    let names: Vec<&str> = members.iter().map(|m| m.name).collect();
                    return Err(Error::ParamValidation(format!(
                        "Parameter validation failed: Unknown parameter in {path}: \"{name}\", \
                         must be one of: {}",
                        names.join(", ")
                    )));
                };
                let typed = coerce(m.shape, v, &format!("{path}.{name}"))?;
                out.insert(name, typed);
            }
            Ok(Value::Object(out))
        }
        (Kind::List { member, .. }, Value::Array(items)) => Ok(Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, v)| coerce(*member, v, &format!("{path}[{i}]")))
                .collect::<Result<_>>()?,
        )),
        (Kind::Map { value: of, .. }, Value::Object(map)) => {
            let mut out = Map::new();
            for (k, v) in map {
                let typed = coerce(*of, v, &format!("{path}.{k}"))?;
                out.insert(k, typed);
            }
            Ok(Value::Object(out))
        }
        (Kind::Integer { .. } | Kind::Long { .. }, Value::String(s)) => s
            .trim()
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| invalid(&Value::String(s), "integer")),
        (Kind::Boolean, Value::String(s)) => match s.trim() {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(invalid(&Value::String(s), "boolean")),
        },
        (Kind::Timestamp, Value::String(s)) => {
            let t = params::timestamp(path, &s)?;
            Ok(Value::from(t.as_secs_f64()))
        }
        (Kind::Structure { .. }, v) => Err(invalid(&v, "structure")),
        (Kind::List { .. }, v) => Err(invalid(&v, "list")),
        (Kind::Map { .. }, v) => Err(invalid(&v, "map")),
        (_, v) => Ok(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QueueAttributes;

    #[test]
    fn nested_shorthand() {
        let m = shorthand("A=1,B={C=x,D=[p,q]},E='a,b'").unwrap_or_default();
        assert_eq!(
            Value::Object(m),
            serde_json::json!({"A": "1", "B": {"C": "x", "D": ["p", "q"]}, "E": "a,b"})
        );
        for bad in ["A", "A={B=1", "A=[1", "A='x", "{A=1}"] {
            assert!(shorthand(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn members_take_their_shapes() {
        let a: QueueAttributes = member(
            Action::CreateQueue,
            "QueueAttributes",
            "--queue-attributes",
            &["VisibilityTimeoutSeconds=60,DeadLetterConfiguration={TargetType=BUILT_IN,MaxReceiveCount=3}".into()],
        )
        .unwrap_or_default();
        assert_eq!(a.visibility_timeout_seconds, Some(60));
        assert_eq!(a.dead_letter_configuration.and_then(|d| d.max_receive_count), Some(3));
        let list: Vec<crate::model::QueueStreamConfiguration> = member(
            Action::CreateQueue,
            "StreamConfigurationList",
            "--stream-configuration-list",
            &["StreamARN=arn:aws:kinesis:us-east-1:000000000000:stream/s,StartingPosition={Type=AT_TIMESTAMP,Timestamp=2024-01-01T00:00:00Z}".into()],
        )
        .unwrap_or_default();
        assert_eq!(list.len(), 1);
        assert_eq!(
            list[0].starting_position.as_ref().and_then(|p| p.timestamp).map(|t| t.0),
            Some(1_704_067_200_000)
        );
        let entries: Vec<crate::model::VisibilityEntry> = member(
            Action::UpdateQueueRecordsVisibility,
            "Entries",
            "--entries",
            &[
                "ReceiptHandle=a,VisibilityTimeoutSeconds=0".into(),
                "ReceiptHandle=b,VisibilityTimeoutSeconds=5".into(),
            ],
        )
        .unwrap_or_default();
        assert_eq!(entries.len(), 2);
    }

    #[test]
    fn wrong_types_and_unknown_members_are_parameter_errors() {
        for text in ["VisibilityTimeoutSeconds=soon", "Nope=1", "DeadLetterConfiguration=x"] {
            let e = member::<QueueAttributes>(
                Action::UpdateQueue,
                "QueueAttributes",
                "--queue-attributes",
                &[text.into()],
            );
            assert_eq!(e.err().map(|e| e.exit_code()), Some(252), "{text}");
        }
    }
}
