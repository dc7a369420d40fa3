//! Every action of the registry on the wire: its request's members, and the call.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::backend::{Kinesis, Subscription};
use crate::error::{Error, Result};
use crate::model::*;
use crate::server::schema::check_request;
#[cfg(test)]
use crate::server::schema::normalize;

/// The request as the action's input. Well-formed requests parse straight into the typed
/// input; anything serde refuses (a wrong type, a missing member, a bad blob) goes through the
/// member checks, which name the problem as Kinesis does.
fn decode<T: DeserializeOwned>(body: &[u8], action: Action) -> Result<T> {
    // A JSON array could fill a struct's fields by position: only an object is a request.
    let object = body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    if let (true, Ok(input)) = (object, serde_json::from_slice::<T>(body)) {
        return Ok(input);
    }
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) else {
        return Err(Error::Service {
            code: "SerializationException".into(),
            message: String::new(),
        });
    };
    let checked = check_request(map, action)?;
    serde_json::from_value(checked).map_err(|e| Error::Service {
        code: "SerializationException".into(),
        message: e.to_string(),
    })
}

/// What an action answers on the wire.
pub enum Reply {
    /// A JSON body.
    Body(Vec<u8>),
    /// SubscribeToShard's events, to stream.
    Events(Subscription),
}

/// A typed answer as its [`Reply`].
trait IntoReply {
    fn into_reply(self) -> Result<Reply>;
}

/// Responses are serialized straight from the typed answer (`{}` for none); GetRecords's, the
/// bulk of what a server sends, by [`records_json`](super::records_json).
impl<T: Serialize + 'static> IntoReply for T {
    fn into_reply(self) -> Result<Reply> {
        let any: &dyn std::any::Any = &self;
        let body = match any.downcast_ref::<GetRecordsOutput>() {
            Some(page) => super::records_json::get_records(page),
            None => serde_json::to_vec(&self),
        };
        let body = body.map_err(|e| Error::Internal(e.to_string()))?;
        Ok(Reply::Body(if body == b"null" { b"{}".to_vec() } else { body }))
    }
}

impl IntoReply for Subscription {
    fn into_reply(self) -> Result<Reply> {
        Ok(Reply::Events(self))
    }
}

macro_rules! define_call {
    ($($name:ident $method:ident: $input:ty => $output:ty, $access:ident;)*) => {
        /// Checks a request's members and calls the action.
        pub async fn call(k: &dyn Kinesis, action: Action, body: &[u8]) -> Result<Reply> {
            match action {
                $(Action::$name => k.$method(decode::<$input>(body, action)?).await?.into_reply(),)*
            }
        }
    };
}

crate::with_actions!(define_call);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_an_operation_of_the_model() {
        for a in Action::ALL {
            assert!(shapes::operation(a.name()).is_some(), "{a}");
        }
    }

    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    use crate::engine::{Engine, EngineOptions};
    use crate::model::CreateStreamInput;
    use crate::model::shapes::{self, Kind, Shape};
    use crate::model::validate;

    /// Any JSON at all, small.
    fn any_json() -> BoxedStrategy<Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            plausible_text().prop_map(Value::from),
        ];
        leaf.prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                proptest::collection::btree_map("[A-Za-z]{0,12}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
        .boxed()
    }

    /// Strings that reach past the first checks: names, ids, ARNs, keys, sequence numbers.
    fn plausible_text() -> BoxedStrategy<String> {
        prop_oneof![
            Just("s".to_string()),
            Just("shardId-000000000000".to_string()),
            Just("shardId-000000000001".to_string()),
            Just("arn:aws:kinesis:us-east-1:000000000000:stream/s".to_string()),
            Just(String::new()),
            Just("340282366920938463463374607431768211455".to_string()),
            Just("340282366920938463463374607431768211456".to_string()),
            "49[0-9]{54}",
            "[0-9]{1,40}",
            "[A-Za-z0-9_.-]{1,130}",
            "\\PC{0,20}",
        ]
        .boxed()
    }

    /// A value for a member of shape `shape`: mostly of its type, sometimes anything.
    fn value_for(shape: &'static Shape) -> BoxedStrategy<Value> {
        let typed: BoxedStrategy<Value> = match &shape.kind {
            Kind::String { values, .. } if !values.is_empty() => prop_oneof![
                proptest::sample::select(*values).prop_map(str::to_string),
                plausible_text(),
            ]
            .prop_map(Value::from)
            .boxed(),
            Kind::String { .. } => plausible_text().prop_map(Value::from).boxed(),
            Kind::Integer { .. } | Kind::Long { .. } => {
                prop_oneof![-2i64..12_000, any::<i64>()].prop_map(Value::from).boxed()
            }
            Kind::Boolean => any::<bool>().prop_map(Value::from).boxed(),
            Kind::Blob { .. } => prop_oneof![
                proptest::collection::vec(any::<u8>(), 0..40).prop_map(|b| {
                    use base64::Engine as _;
                    base64::engine::general_purpose::STANDARD.encode(b)
                }),
                "\\PC{0,12}",
            ]
            .prop_map(Value::from)
            .boxed(),
            Kind::Timestamp => prop_oneof![0.0f64..2e9, any::<f64>()].prop_map(Value::from).boxed(),
            Kind::List { member, .. } => proptest::collection::vec(value_for(member.get()), 0..4)
                .prop_map(Value::from)
                .boxed(),
            Kind::Map { value, .. } => {
                proptest::collection::btree_map(plausible_text(), value_for(value.get()), 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect()))
                    .boxed()
            }
            Kind::Structure { .. } => request(shape),
        };
        prop_oneof![4 => typed, 1 => any_json()].boxed()
    }

    /// A request object: each member present or not, with an unknown one now and then.
    fn request(shape: &'static Shape) -> BoxedStrategy<Value> {
        let fields: Vec<BoxedStrategy<Option<(String, Value)>>> = shape
            .members()
            .iter()
            .map(|m| {
                proptest::option::weighted(
                    0.8,
                    value_for(m.shape.get()).prop_map(|v| (m.name.to_string(), v)),
                )
                .boxed()
            })
            .collect();
        (fields, proptest::option::of(("[A-Za-z]{1,8}", any_json())))
            .prop_map(|(fields, extra)| {
                Value::Object(fields.into_iter().flatten().chain(extra).collect())
            })
            .boxed()
    }

    /// The input shape of `action`.
    fn input(action: Action) -> &'static Shape {
        shapes::operation(action.name())
            .and_then(|o| o.input)
            .map(|i| i.get())
            .unwrap_or_else(|| panic!("{action} has no input shape"))
    }

    /// A body for one action: a request of its members, any JSON, or any bytes.
    fn body() -> impl Strategy<Value = (Action, Vec<u8>)> {
        proptest::sample::select(Action::ALL).prop_flat_map(|action| {
            let as_bytes = |v: Value| serde_json::to_vec(&v).unwrap_or_default();
            prop_oneof![
                8 => request(input(action)).prop_map(as_bytes),
                1 => any_json().prop_map(as_bytes),
                1 => proptest::collection::vec(any::<u8>(), 0..64),
            ]
            .prop_map(move |b| (action, b))
        })
    }

    macro_rules! define_typed_view {
        ($($name:ident $method:ident: $input:ty => $output:ty, $access:ident;)*) => {
            /// The body as the action's typed input sees it (what the engine validates), or
            /// `None` when it does not parse.
            fn typed_view(action: Action, body: &Value) -> Option<Value> {
                match action {
                    $(Action::$name => serde_json::from_value::<$input>(body.clone())
                        .ok()
                        .and_then(|t| serde_json::to_value(t).ok()),)*
                }
            }
        };
    }
    crate::with_actions!(define_typed_view);

    /// Sends `cases` generated requests through every action of an in-memory engine that
    /// holds a stream `s`: each is answered with JSON or an error Kinesis could send.
    pub(crate) fn requests_never_break(cases: u32) {
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let options = EngineOptions { shard_limit: 40, ..EngineOptions::default() };
        let engine = Engine::in_memory(options).unwrap();
        let create = CreateStreamInput {
            stream_name: "s".into(),
            shard_count: Some(2),
            stream_mode_details: None,
            tags: None,
            ..Default::default()
        };
        runtime.block_on(engine.create_stream(create)).unwrap();
        let config = Config { cases, failure_persistence: None, ..Config::default() };
        TestRunner::new(config)
            .run(&body(), |(action, body)| {
                let answer = runtime.block_on(call(&engine, action, &body));
                match &answer {
                    Ok(Reply::Body(answer)) => prop_assert!(
                        serde_json::from_slice::<Value>(answer).is_ok(),
                        "{action} answered {answer:?}"
                    ),
                    Ok(Reply::Events(_)) => prop_assert_eq!(action, Action::SubscribeToShard),
                    Err(e) => prop_assert!(e.is_service(), "{action}: {}: {e}", e.code()),
                }
                // The engine validates what parsed, the server what did not: the same request
                // must get the same ValidationException (or none) either way.
                let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(&body) else {
                    return Ok(());
                };
                let Ok(normalized) = normalize(map, action) else { return Ok(()) };
                let expected = validate::request(action.name(), &normalized, &[]);
                let Some(typed) = typed_view(action, &Value::Object(normalized.clone())) else {
                    return Ok(());
                };
                if typed.as_object().map(|t| t.len()) != Some(normalized.len()) {
                    return Ok(()); // a member the engine does not take yet
                }
                match (&answer, expected) {
                    (Err(e), Some(m)) => prop_assert_eq!(
                        (e.code(), e.to_string()),
                        ("ValidationException", m),
                        "{}",
                        action
                    ),
                    (_, Some(m)) => prop_assert!(false, "{action}: the engine took {body:?}: {m}"),
                    (Err(e), None) => prop_assert!(
                        e.code() != "ValidationException",
                        "{action}: the engine refused what the model accepts: {e}"
                    ),
                    (Ok(_), None) => {}
                }
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn any_request_is_answered_or_refused_as_aws_would() {
        requests_never_break(2_000);
    }

    /// How many cases a long run tries: a million, unless proptest's own `PROPTEST_CASES`
    /// says otherwise.
    fn fuzz_cases() -> u32 {
        match Config::default().cases {
            256 => 1_000_000,
            asked => asked,
        }
    }

    /// The long run: `cargo test --release --lib -- --ignored fuzz` (`PROPTEST_CASES` to
    /// change its million cases).
    #[test]
    #[ignore]
    fn fuzz_requests() {
        requests_never_break(fuzz_cases());
    }
}
