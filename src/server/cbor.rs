//! `application/x-amz-cbor-1.1`, the Java SDK's and the KCL's encoding of the Kinesis API: the
//! same members as JSON 1.1, with blobs as CBOR byte strings and timestamps as tag 1 over epoch
//! milliseconds (as the AWS SDKs write and read them).
//!
//! A CBOR request is turned into its JSON form before anything else looks at it, and a JSON
//! answer into CBOR after: the service model ([`shapes`]) says which members are blobs and
//! timestamps, so both conversions are exact.

use base64::Engine as _;
use ciborium::Value as Cbor;
use serde_json::{Map, Value};

use crate::model::shapes::{Id, Kind};

/// The content type.
pub const CONTENT_TYPE: &str = "application/x-amz-cbor-1.1";

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

/// Why a body is not a CBOR request.
#[derive(Debug)]
pub struct Malformed;

/// A CBOR request body as the JSON body it stands for, members read by `shape`.
pub fn request_to_json(body: &[u8], shape: Option<Id>) -> Result<Vec<u8>, Malformed> {
    let value: Cbor = ciborium::from_reader(body).map_err(|_| Malformed)?;
    let json = to_json(value, shape);
    if !json.is_object() {
        return Err(Malformed);
    }
    serde_json::to_vec(&json).map_err(|_| Malformed)
}

/// A JSON answer (of `shape`) in CBOR.
pub fn json_to_response(body: &[u8], shape: Option<Id>) -> Vec<u8> {
    let json: Value = serde_json::from_slice(body).unwrap_or(Value::Object(Map::new()));
    encode(&from_json(json, shape))
}

/// An error in CBOR, as `{"__type": …, "message": …}`.
pub fn error(json: &Value) -> Vec<u8> {
    encode(&from_json(json.clone(), None))
}

fn encode(value: &Cbor) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing to a Vec fails only on a value that cannot be encoded, and these all can.
    let _ = ciborium::into_writer(value, &mut out);
    out
}

fn kind(shape: Option<Id>) -> Option<&'static Kind> {
    shape.map(|s| &s.get().kind)
}

fn member(shape: Option<Id>, name: &str) -> Option<Id> {
    shape?.get().members().iter().find(|m| m.name == name).map(|m| m.shape)
}

fn item(shape: Option<Id>) -> Option<Id> {
    match kind(shape)? {
        Kind::List { member, .. } => Some(*member),
        Kind::Map { value, .. } => Some(*value),
        _ => None,
    }
}

/// CBOR as JSON: byte strings as base64, timestamps (tag 1 over milliseconds, or a bare
/// number where the member is a timestamp) as epoch seconds; anything else as it is.
fn to_json(value: Cbor, shape: Option<Id>) -> Value {
    let timestamp = matches!(kind(shape), Some(Kind::Timestamp));
    match value {
        Cbor::Tag(1, inner) => match *inner {
            Cbor::Integer(n) => millis_to_seconds(i128::from(n) as f64),
            Cbor::Float(f) => millis_to_seconds(f),
            other => to_json(other, shape),
        },
        Cbor::Tag(_, inner) => to_json(*inner, shape),
        Cbor::Integer(n) if timestamp => millis_to_seconds(i128::from(n) as f64),
        Cbor::Float(f) if timestamp => millis_to_seconds(f),
        Cbor::Integer(n) => {
            let n = i128::from(n);
            i64::try_from(n).map(Value::from).unwrap_or_else(|_| Value::from(n as f64))
        }
        Cbor::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        Cbor::Bytes(b) => Value::String(B64.encode(b)),
        Cbor::Text(t) => Value::String(t),
        Cbor::Bool(b) => Value::Bool(b),
        Cbor::Null => Value::Null,
        Cbor::Array(items) => {
            let inner = item(shape);
            Value::Array(items.into_iter().map(|i| to_json(i, inner)).collect())
        }
        Cbor::Map(entries) => {
            let map_values = matches!(kind(shape), Some(Kind::Map { .. }));
            let mut out = Map::new();
            for (k, v) in entries {
                let key = match k {
                    Cbor::Text(t) => t,
                    other => to_json(other, None).to_string(),
                };
                let inner = if map_values { item(shape) } else { member(shape, &key) };
                out.insert(key, to_json(v, inner));
            }
            Value::Object(out)
        }
        // Undefined and simple values have no JSON form.
        _ => Value::Null,
    }
}

fn millis_to_seconds(ms: f64) -> Value {
    serde_json::Number::from_f64(ms / 1000.0).map_or(Value::Null, Value::Number)
}

/// JSON as CBOR: blobs (base64 text) as byte strings, timestamps (epoch seconds) as tag 1
/// over milliseconds.
fn from_json(value: Value, shape: Option<Id>) -> Cbor {
    match (value, kind(shape)) {
        (Value::String(s), Some(Kind::Blob { .. })) => match B64.decode(&s) {
            Ok(bytes) => Cbor::Bytes(bytes),
            Err(_) => Cbor::Text(s),
        },
        (Value::Number(n), Some(Kind::Timestamp)) => {
            let ms = (n.as_f64().unwrap_or_default() * 1000.0).round() as i64;
            Cbor::Tag(1, Box::new(Cbor::Integer(ms.into())))
        }
        (Value::Number(n), _) => match n.as_i64() {
            Some(i) => Cbor::Integer(i.into()),
            None => Cbor::Float(n.as_f64().unwrap_or_default()),
        },
        (Value::String(s), _) => Cbor::Text(s),
        (Value::Bool(b), _) => Cbor::Bool(b),
        (Value::Null, _) => Cbor::Null,
        (Value::Array(items), _) => {
            let inner = item(shape);
            Cbor::Array(items.into_iter().map(|i| from_json(i, inner)).collect())
        }
        (Value::Object(map), k) => {
            let map_values = matches!(k, Some(Kind::Map { .. }));
            Cbor::Map(
                map.into_iter()
                    .map(|(key, v)| {
                        let inner = if map_values { item(shape) } else { member(shape, &key) };
                        (Cbor::Text(key), from_json(v, inner))
                    })
                    .collect(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::shapes::operation;
    use serde_json::json;

    fn shape(op: &str, input: bool) -> Option<Id> {
        operation(op).and_then(|o| if input { o.input } else { o.output })
    }

    #[test]
    fn blobs_and_timestamps_take_their_cbor_forms() {
        let request = Cbor::Map(vec![
            (Cbor::Text("StreamName".into()), Cbor::Text("s".into())),
            (Cbor::Text("Data".into()), Cbor::Bytes(b"hi".to_vec())),
            (Cbor::Text("PartitionKey".into()), Cbor::Text("k".into())),
        ]);
        let json = request_to_json(&encode(&request), shape("PutRecord", true)).unwrap();
        assert_eq!(
            serde_json::from_slice::<Value>(&json).unwrap(),
            json!({"StreamName": "s", "Data": "aGk=", "PartitionKey": "k"})
        );
        let at = Cbor::Map(vec![(
            Cbor::Text("Timestamp".into()),
            Cbor::Tag(1, Box::new(Cbor::Integer(1_700_000_000_250i64.into()))),
        )]);
        let json = request_to_json(&encode(&at), shape("GetShardIterator", true)).unwrap();
        assert_eq!(
            serde_json::from_slice::<Value>(&json).unwrap(),
            json!({"Timestamp": 1_700_000_000.25})
        );
        let answer = json!({"Records": [{"Data": "aGk=", "ApproximateArrivalTimestamp": 1_700_000_000.25,
            "SequenceNumber": "1", "PartitionKey": "k"}], "MillisBehindLatest": 0});
        let cbor: Cbor = ciborium::from_reader(
            &json_to_response(answer.to_string().as_bytes(), shape("GetRecords", false))[..],
        )
        .unwrap();
        let records = cbor.as_map().unwrap()[0].1.as_array().unwrap();
        let record = records[0].as_map().unwrap();
        assert_eq!(record[0].1, Cbor::Bytes(b"hi".to_vec()));
        assert_eq!(record[1].1, Cbor::Tag(1, Box::new(Cbor::Integer(1_700_000_000_250i64.into()))));
    }

    #[test]
    fn anything_but_a_map_is_malformed() {
        assert!(request_to_json(b"\xff\x00", None).is_err());
        assert!(request_to_json(&encode(&Cbor::Array(vec![])), None).is_err());
        assert!(request_to_json(&encode(&Cbor::Map(vec![])), None).is_ok());
    }
}
