//! Where an uploaded record's partition key comes from: a JSON field, a JMESPath expression, a
//! fixed key, or random keys.

use serde_json::Value;

use crate::commands::upload::reader::{Item, at_line};
use crate::error::Result;
use crate::output::Query;

/// Where partition keys come from.
pub(super) enum Keys {
    Fixed(String),
    /// `KEY<delimiter>DATA`: the key is cut off the front of the record.
    Delimited(Vec<u8>),
    Field(String),
    Query(Query),
    Random(u64),
}

impl Keys {
    /// The record's partition key (taking it off the record's data, for `Delimited`).
    pub(super) fn key(&mut self, item: &mut Item) -> Result<String> {
        let text = |v: &Value| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        match self {
            Keys::Fixed(k) => Ok(k.clone()),
            Keys::Delimited(d) => {
                let Some(at) = item.data.windows(d.len()).position(|w| w == d.as_slice()) else {
                    return Err(at_line(
                        item.line,
                        format!(
                            "the record has no '{}' between key and data",
                            String::from_utf8_lossy(d)
                        ),
                    ));
                };
                let data = item.data.split_off(at + d.len());
                item.data.truncate(at);
                let key = String::from_utf8(std::mem::replace(&mut item.data, data))
                    .map_err(|_| at_line(item.line, "the partition key is not UTF-8"))?;
                Ok(key)
            }
            Keys::Random(state) => Ok(format!("{:016x}", crate::commands::splitmix64(state))),
            Keys::Field(field) => match item.value.as_ref().and_then(|v| v.get(field.as_str())) {
                Some(v) => Ok(text(v)),
                None => Err(at_line(
                    item.line,
                    format!("the record has no field '{field}' for its partition key"),
                )),
            },
            Keys::Query(q) => {
                let v =
                    item.value.as_ref().ok_or_else(|| at_line(item.line, "not a JSON record"))?;
                match q.apply(v)? {
                    Value::Null => Err(at_line(item.line, "the partition key query found nothing")),
                    found => Ok(text(&found)),
                }
            }
        }
    }
}
