//! Every action of the registry on the wire: its request's members, and the call.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::backend::{Kinesis, Subscription};
use crate::error::{Error, Result};
use crate::model::*;
use crate::server::schema::{Member, Ty, check_request, opt, req};

const NAME: Member = opt("StreamName", Ty::Str);
const ARN: Member = opt("StreamARN", Ty::Str);
const STREAM: &[Member] = &[NAME, ARN];
const RETENTION: &[Member] = &[req("RetentionPeriodHours", Ty::Int), NAME, ARN];
const MONITORING: &[Member] = &[req("ShardLevelMetrics", Ty::StrList), NAME, ARN];
const MODE: &[Member] = &[req("StreamMode", Ty::Enum(&STREAM_MODES))];
const FILTER: &[Member] = &[
    req("Type", Ty::Enum(&SHARD_FILTER_TYPES)),
    opt("ShardId", Ty::Str),
    opt("Timestamp", Ty::Time),
];
const CONSUMER: &[Member] =
    &[opt("StreamARN", Ty::Str), opt("ConsumerName", Ty::Str), opt("ConsumerARN", Ty::Str)];
const POSITION: &[Member] = &[
    req("Type", Ty::Enum(&ShardIteratorType::NAMES)),
    opt("SequenceNumber", Ty::Str),
    opt("Timestamp", Ty::Time),
];
const ENTRY: &[Member] =
    &[req("Data", Ty::Blob), opt("ExplicitHashKey", Ty::Str), req("PartitionKey", Ty::Str)];

/// The members of each action's request, as its wire schema declares them.
pub fn members(action: Action) -> &'static [Member] {
    match action {
        Action::AddTagsToStream => const { &[req("Tags", Ty::StrMap), NAME, ARN] },
        Action::CreateStream => {
            const {
                &[
                    req("StreamName", Ty::Str),
                    opt("ShardCount", Ty::Int),
                    opt("StreamModeDetails", Ty::Struct(MODE)),
                    opt("Tags", Ty::StrMap),
                ]
            }
        }
        Action::DecreaseStreamRetentionPeriod => RETENTION,
        Action::DeleteStream => const { &[NAME, ARN, opt("EnforceConsumerDeletion", Ty::Bool)] },
        Action::DescribeLimits => const { &[] },
        Action::DescribeStream => {
            const { &[NAME, ARN, opt("Limit", Ty::Int), opt("ExclusiveStartShardId", Ty::Str)] }
        }
        Action::DescribeStreamConsumer => CONSUMER,
        Action::DescribeStreamSummary => STREAM,
        Action::DeregisterStreamConsumer => CONSUMER,
        Action::ListStreamConsumers => {
            const {
                &[
                    req("StreamARN", Ty::Str),
                    opt("NextToken", Ty::Str),
                    opt("MaxResults", Ty::Int),
                    opt("StreamCreationTimestamp", Ty::Time),
                ]
            }
        }
        Action::RegisterStreamConsumer => {
            const { &[req("StreamARN", Ty::Str), req("ConsumerName", Ty::Str)] }
        }
        Action::DisableEnhancedMonitoring => MONITORING,
        Action::EnableEnhancedMonitoring => MONITORING,
        Action::GetRecords => {
            const { &[req("ShardIterator", Ty::Str), opt("Limit", Ty::Int), ARN] }
        }
        Action::GetShardIterator => {
            const {
                &[
                    NAME,
                    ARN,
                    req("ShardId", Ty::Str),
                    req("ShardIteratorType", Ty::Enum(&ShardIteratorType::NAMES)),
                    opt("StartingSequenceNumber", Ty::Str),
                    opt("Timestamp", Ty::Time),
                ]
            }
        }
        Action::IncreaseStreamRetentionPeriod => RETENTION,
        Action::ListShards => {
            const {
                &[
                    NAME,
                    ARN,
                    opt("NextToken", Ty::Str),
                    opt("ExclusiveStartShardId", Ty::Str),
                    opt("MaxResults", Ty::Int),
                    opt("StreamCreationTimestamp", Ty::Time),
                    opt("ShardFilter", Ty::Struct(FILTER)),
                ]
            }
        }
        Action::ListStreams => {
            const {
                &[
                    opt("Limit", Ty::Int),
                    opt("ExclusiveStartStreamName", Ty::Str),
                    opt("NextToken", Ty::Str),
                ]
            }
        }
        Action::ListTagsForResource => const { &[req("ResourceARN", Ty::Str)] },
        Action::ListTagsForStream => {
            const { &[NAME, ARN, opt("ExclusiveStartTagKey", Ty::Str), opt("Limit", Ty::Int)] }
        }
        Action::MergeShards => {
            const { &[NAME, ARN, req("ShardToMerge", Ty::Str), req("AdjacentShardToMerge", Ty::Str)] }
        }
        Action::PutRecord => {
            const {
                &[
                    NAME,
                    ARN,
                    req("Data", Ty::Blob),
                    req("PartitionKey", Ty::Str),
                    opt("ExplicitHashKey", Ty::Str),
                    opt("SequenceNumberForOrdering", Ty::Str),
                ]
            }
        }
        Action::PutRecords => const { &[req("Records", Ty::StructList(ENTRY)), NAME, ARN] },
        Action::RemoveTagsFromStream => const { &[NAME, ARN, req("TagKeys", Ty::StrList)] },
        Action::SplitShard => {
            const { &[NAME, ARN, req("ShardToSplit", Ty::Str), req("NewStartingHashKey", Ty::Str)] }
        }
        Action::SubscribeToShard => {
            const {
                &[
                    req("ConsumerARN", Ty::Str),
                    req("ShardId", Ty::Str),
                    req("StartingPosition", Ty::Struct(POSITION)),
                ]
            }
        }
        Action::TagResource => const { &[req("ResourceARN", Ty::Str), req("Tags", Ty::StrMap)] },
        Action::UntagResource => {
            const { &[req("ResourceARN", Ty::Str), req("TagKeys", Ty::StrList)] }
        }
        Action::UpdateShardCount => {
            const {
                &[
                    NAME,
                    ARN,
                    req("TargetShardCount", Ty::Int),
                    req("ScalingType", Ty::Enum(&SCALING_TYPES)),
                ]
            }
        }
    }
}

/// The request as the action's input. Well-formed requests parse straight into the typed
/// input; anything serde refuses (a wrong type, a missing member, a bad blob) goes through the
/// member checks, which name the problem as Kinesis does.
fn decode<T: DeserializeOwned>(body: &[u8], members: &[Member]) -> Result<T> {
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
    let checked = check_request(map, members)?;
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

/// Responses are serialized straight from the typed answer (`{}` for none).
impl<T: Serialize> IntoReply for T {
    fn into_reply(self) -> Result<Reply> {
        let body = serde_json::to_vec(&self).map_err(|e| Error::Internal(e.to_string()))?;
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
            let members = members(action);
            match action {
                $(Action::$name => k.$method(decode::<$input>(body, members)?).await?.into_reply(),)*
            }
        }
    };
}

crate::with_actions!(define_call);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_schema_naming_distinct_members() {
        for a in Action::ALL {
            let mut names: Vec<&str> = members(*a).iter().map(|m| m.name).collect();
            names.sort();
            let count = names.len();
            names.dedup();
            assert_eq!(names.len(), count, "{a:?}");
        }
    }

    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    use crate::engine::{Engine, EngineOptions};
    use crate::model::CreateStreamInput;
    use crate::server::schema::Ty;

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

    /// A value for a member of type `ty`: mostly of its type, sometimes anything.
    fn value_for(ty: &'static Ty) -> BoxedStrategy<Value> {
        let typed: BoxedStrategy<Value> = match ty {
            Ty::Str => plausible_text().prop_map(Value::from).boxed(),
            Ty::Int => prop_oneof![-2i64..12_000, any::<i64>()].prop_map(Value::from).boxed(),
            Ty::Bool => any::<bool>().prop_map(Value::from).boxed(),
            Ty::Blob => prop_oneof![
                proptest::collection::vec(any::<u8>(), 0..40).prop_map(|b| {
                    use base64::Engine as _;
                    base64::engine::general_purpose::STANDARD.encode(b)
                }),
                "\\PC{0,12}",
            ]
            .prop_map(Value::from)
            .boxed(),
            Ty::Time => prop_oneof![0.0f64..2e9, any::<f64>()].prop_map(Value::from).boxed(),
            Ty::Enum(values) => prop_oneof![
                proptest::sample::select(*values).prop_map(str::to_string),
                plausible_text(),
            ]
            .prop_map(Value::from)
            .boxed(),
            Ty::StrList => {
                proptest::collection::vec(plausible_text(), 0..4).prop_map(Value::from).boxed()
            }
            Ty::StrMap => proptest::collection::btree_map(plausible_text(), plausible_text(), 0..4)
                .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k, v.into())).collect()))
                .boxed(),
            Ty::Struct(members) => request(members),
            Ty::StructList(members) => {
                proptest::collection::vec(request(members), 0..4).prop_map(Value::from).boxed()
            }
        };
        prop_oneof![4 => typed, 1 => any_json()].boxed()
    }

    /// A request object: each member present or not, with an unknown one now and then.
    fn request(members: &'static [Member]) -> BoxedStrategy<Value> {
        let fields: Vec<BoxedStrategy<Option<(String, Value)>>> = members
            .iter()
            .map(|m| {
                proptest::option::weighted(
                    0.8,
                    value_for(&m.ty).prop_map(|v| (m.name.to_string(), v)),
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

    /// A body for one action: a request of its members, any JSON, or any bytes.
    fn body() -> impl Strategy<Value = (Action, Vec<u8>)> {
        proptest::sample::select(Action::ALL).prop_flat_map(|action| {
            let as_bytes = |v: Value| serde_json::to_vec(&v).unwrap_or_default();
            prop_oneof![
                8 => request(members(action)).prop_map(as_bytes),
                1 => any_json().prop_map(as_bytes),
                1 => proptest::collection::vec(any::<u8>(), 0..64),
            ]
            .prop_map(move |b| (action, b))
        })
    }

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
        };
        runtime.block_on(engine.create_stream(create)).unwrap();
        let config = Config { cases, failure_persistence: None, ..Config::default() };
        TestRunner::new(config)
            .run(&body(), |(action, body)| {
                match runtime.block_on(call(&engine, action, &body)) {
                    Ok(Reply::Body(answer)) => prop_assert!(
                        serde_json::from_slice::<Value>(&answer).is_ok(),
                        "{action} answered {answer:?}"
                    ),
                    Ok(Reply::Events(_)) => prop_assert_eq!(action, Action::SubscribeToShard),
                    Err(e) => prop_assert!(e.is_service(), "{action}: {}: {e}", e.code()),
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
