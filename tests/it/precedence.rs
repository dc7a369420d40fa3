//! Which error wins: a request wrong in several ways gets the answer Kinesis gives first —
//! a member of the wrong type before anything, then every violated constraint in one
//! ValidationException (in Kinesis's member order), then the stream's existence, then the
//! shards it names, then what the action itself checks. One table per action, sent raw to
//! `serve`.

use serde_json::{Value, json};

use crate::helpers::Server;
use crate::serve::call;

/// `(body, error code, message)`: the message in full, or `None` for codes that carry none.
type Case = (Value, &'static str, &'static str);

const ARN: &str = "arn:aws:kinesis:us-east-1:000000000000:stream";

fn check(server: &Server, action: &str, cases: &[Case]) {
    for (body, code, message) in cases {
        let (status, answer) = call(server, action, &body.to_string());
        let got = (
            answer["__type"].as_str().unwrap_or_default().to_string(),
            answer["message"]
                .as_str()
                .or(answer["Message"].as_str())
                .unwrap_or_default()
                .to_string(),
        );
        assert_eq!(got, (code.to_string(), message.to_string()), "{action} {body}");
        assert_eq!(status, 400, "{action} {body}");
    }
}

/// A server holding `s` (2 shards) and `three` (3 shards); `gone` does not exist.
fn server() -> Server {
    let server = Server::start(&["--in-memory"]);
    for (name, shards) in [("s", 2), ("three", 3)] {
        let body = json!({"StreamName": name, "ShardCount": shards}).to_string();
        assert_eq!(call(&server, "CreateStream", &body).0, 200);
    }
    server
}

fn not_found(name: &str) -> String {
    format!("Stream {name} under account 000000000000 not found.")
}

#[test]
fn stream_actions() {
    let server = server();
    let gone = not_found("gone");
    check(
        &server,
        "CreateStream",
        &[
            (
                json!({"StreamName": 7, "ShardCount": 0}),
                "SerializationException",
                "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String",
            ),
            (
                json!({"StreamName": "a/b", "ShardCount": 0}),
                "ValidationException",
                "2 validation errors detected: Value '0' at 'shardCount' failed to satisfy constraint: Member must have value greater than or equal to 1; Value 'a/b' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
            ),
            (
                json!({"StreamName": "s", "ShardCount": 1}),
                "ResourceInUseException",
                "Stream s under account 000000000000 already exists.",
            ),
        ],
    );
    check(
        &server,
        "DeleteStream",
        &[
            (
                json!({"StreamName": ""}),
                "ValidationException",
                "2 validation errors detected: Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
            ),
            (json!({"StreamName": "gone"}), "ResourceNotFoundException", leak(&gone)),
        ],
    );
    check(
        &server,
        "DescribeStream",
        &[
            (
                json!({"StreamName": "gone", "Limit": 0, "ExclusiveStartShardId": "a/b"}),
                "ValidationException",
                "2 validation errors detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1; Value 'a/b' at 'exclusiveStartShardId' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
            ),
            (json!({"StreamName": "gone", "Limit": 2}), "ResourceNotFoundException", leak(&gone)),
        ],
    );
    check(
        &server,
        "DescribeStreamSummary",
        &[(json!({"StreamName": "gone"}), "ResourceNotFoundException", leak(&gone))],
    );
    check(
        &server,
        "ListStreams",
        &[(
            json!({"Limit": 0, "ExclusiveStartStreamName": ""}),
            "ValidationException",
            "3 validation errors detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1; Value '' at 'exclusiveStartStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value '' at 'exclusiveStartStreamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
        )],
    );
    check(
        &server,
        "ListShards",
        &[
            (
                json!({"StreamName": "gone", "MaxResults": 0, "NextToken": ""}),
                "ValidationException",
                "2 validation errors detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1; Value '' at 'nextToken' failed to satisfy constraint: Member must have length greater than or equal to 1",
            ),
            (json!({"StreamName": "gone"}), "ResourceNotFoundException", leak(&gone)),
        ],
    );
    for action in ["IncreaseStreamRetentionPeriod", "DecreaseStreamRetentionPeriod"] {
        check(
            &server,
            action,
            &[
                (
                    json!({"StreamName": "a/b", "RetentionPeriodHours": 8761}),
                    "ValidationException",
                    "2 validation errors detected: Value '8761' at 'retentionPeriodHours' failed to satisfy constraint: Member must have value less than or equal to 8760; Value 'a/b' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
                ),
                // The stream before the period's own rules.
                (
                    json!({"StreamName": "gone", "RetentionPeriodHours": 12}),
                    "ResourceNotFoundException",
                    leak(&gone),
                ),
            ],
        );
    }
    for action in ["EnableEnhancedMonitoring", "DisableEnhancedMonitoring"] {
        check(
            &server,
            action,
            &[
                (
                    json!({"StreamName": "gone", "ShardLevelMetrics": ["Bogus"]}),
                    "ValidationException",
                    "1 validation error detected: Value '[Bogus]' at 'shardLevelMetrics' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [IncomingBytes, IncomingRecords, OutgoingBytes, OutgoingRecords, WriteProvisionedThroughputExceeded, ReadProvisionedThroughputExceeded, IteratorAgeMilliseconds, ALL]]",
                ),
                (
                    json!({"StreamName": "gone", "ShardLevelMetrics": ["ALL"]}),
                    "ResourceNotFoundException",
                    leak(&gone),
                ),
            ],
        );
    }
}

#[test]
fn shard_actions() {
    let server = server();
    let gone = not_found("gone");
    check(
        &server,
        "GetShardIterator",
        &[
            (
                json!({"StreamName": "gone", "ShardId": "a/b", "ShardIteratorType": "SOON", "StartingSequenceNumber": "x"}),
                "ValidationException",
                "3 validation errors detected: Value 'a/b' at 'shardId' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'SOON' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, LATEST, AT_TIMESTAMP, AT_SEQUENCE_NUMBER, TRIM_HORIZON]; Value 'x' at 'startingSequenceNumber' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(0|([1-9]\\d{0,128}))$",
            ),
            // An unknown stream before an unknown or malformed shard.
            (
                json!({"StreamName": "gone", "ShardId": "nonsense", "ShardIteratorType": "LATEST"}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
            (
                json!({"StreamName": "s", "ShardId": "shardId-000000000009", "ShardIteratorType": "LATEST"}),
                "ResourceNotFoundException",
                "Shard shardId-000000000009 in stream s under account 000000000000 does not exist",
            ),
        ],
    );
    check(
        &server,
        "SplitShard",
        &[
            (
                json!({"StreamName": "gone", "ShardToSplit": "a/b", "NewStartingHashKey": "x"}),
                "ValidationException",
                "2 validation errors detected: Value 'x' at 'newStartingHashKey' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(0|([1-9]\\d{0,38}))$; Value 'a/b' at 'shardToSplit' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
            ),
            (
                json!({"StreamName": "gone", "ShardToSplit": "nonsense", "NewStartingHashKey": "1"}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
        ],
    );
    check(
        &server,
        "MergeShards",
        &[
            (
                json!({"StreamName": "gone", "ShardToMerge": "", "AdjacentShardToMerge": "a/b"}),
                "ValidationException",
                "3 validation errors detected: Value '' at 'shardToMerge' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value '' at 'shardToMerge' failed to satisfy constraint: Member must have length greater than or equal to 1; Value 'a/b' at 'adjacentShardToMerge' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
            ),
            (
                json!({"StreamName": "gone", "ShardToMerge": "x", "AdjacentShardToMerge": "y"}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
            // Existence before adjacency.
            (
                json!({"StreamName": "three", "ShardToMerge": "shardId-000000000000", "AdjacentShardToMerge": "shardId-000000000009"}),
                "ResourceNotFoundException",
                "Could not find shard shardId-000000000009 in stream three under account 000000000000.",
            ),
            (
                json!({"StreamName": "three", "ShardToMerge": "shardId-000000000000", "AdjacentShardToMerge": "shardId-000000000002"}),
                "InvalidArgumentException",
                "Shards shardId-000000000000 and shardId-000000000002 in stream three under account 000000000000 are not an adjacent pair of shards eligible for merging",
            ),
        ],
    );
    check(
        &server,
        "UpdateShardCount",
        &[
            (
                json!({"StreamName": "gone", "TargetShardCount": 0, "ScalingType": "X"}),
                "ValidationException",
                "2 validation errors detected: Value '0' at 'targetShardCount' failed to satisfy constraint: Member must have value greater than or equal to 1; Value 'X' at 'scalingType' failed to satisfy constraint: Member must satisfy enum value set: [UNIFORM_SCALING]",
            ),
            (
                json!({"StreamName": "gone", "TargetShardCount": 4, "ScalingType": "UNIFORM_SCALING"}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
        ],
    );
}

#[test]
fn record_actions() {
    let server = server();
    let gone = not_found("gone");
    check(
        &server,
        "PutRecord",
        &[
            (
                json!({"StreamName": "gone", "PartitionKey": "k", "Data": "abc"}),
                "SerializationException",
                "'abc' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: 3",
            ),
            (
                json!({"StreamName": "gone", "PartitionKey": "", "Data": "aGk=", "ExplicitHashKey": "x", "SequenceNumberForOrdering": "y"}),
                "ValidationException",
                "3 validation errors detected: Value 'y' at 'sequenceNumberForOrdering' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(0|([1-9]\\d{0,128}))$; Value '' at 'partitionKey' failed to satisfy constraint: Member must have length greater than or equal to 1; Value 'x' at 'explicitHashKey' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(0|([1-9]\\d{0,38}))$",
            ),
            // The stream before the hash key's range.
            (
                json!({"StreamName": "gone", "PartitionKey": "k", "Data": "aGk=", "ExplicitHashKey": "340282366920938463463374607431768211456"}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
        ],
    );
    check(
        &server,
        "PutRecords",
        &[
            // A partition key is the stream's to require (the model leaves it optional for
            // streams whose records Kinesis distributes): the stream comes first.
            (
                json!({"StreamName": "a/b", "Records": [{"Data": "aGk=", "PartitionKey": "k"}, {"Data": "aGk="}]}),
                "ValidationException",
                "1 validation error detected: Value 'a/b' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
            ),
            (
                json!({"StreamName": "gone", "Records": [{"Data": "aGk="}]}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
            (
                json!({"StreamName": "s", "Records": [{"Data": "aGk=", "PartitionKey": "k"}, {"Data": "aGk="}, {"Data": "aGk="}]}),
                "ValidationException",
                "2 validation errors detected: Value null at 'records.2.member.partitionKey' failed to satisfy constraint: Member must not be null; Value null at 'records.3.member.partitionKey' failed to satisfy constraint: Member must not be null",
            ),
            (
                json!({"StreamName": "gone", "Records": [{"Data": "aGk=", "PartitionKey": "k"}]}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
        ],
    );
    check(
        &server,
        "GetRecords",
        &[
            (
                json!({"ShardIterator": "", "Limit": 0}),
                "ValidationException",
                "2 validation errors detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1; Value '' at 'shardIterator' failed to satisfy constraint: Member must have length greater than or equal to 1",
            ),
            (
                json!({"ShardIterator": "garbage"}),
                "InvalidArgumentException",
                "Invalid ShardIterator.",
            ),
        ],
    );
}

#[test]
fn tag_and_consumer_actions() {
    let server = server();
    let gone = not_found("gone");
    let gone_arn = format!("{ARN}/gone");
    check(
        &server,
        "AddTagsToStream",
        &[
            (
                json!({"StreamName": "a/b", "Tags": {"": "v"}}),
                "ValidationException",
                "2 validation errors detected: Value '{=v}' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 128, Member must have length greater than or equal to 1]; Value 'a/b' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
            ),
            // The stream before the tags' characters.
            (
                json!({"StreamName": "gone", "Tags": {"bad*": "v"}}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
        ],
    );
    check(
        &server,
        "RemoveTagsFromStream",
        &[(
            json!({"StreamName": "gone", "TagKeys": []}),
            "ValidationException",
            "1 validation error detected: Value '[]' at 'tagKeys' failed to satisfy constraint: Member must have length greater than or equal to 1",
        )],
    );
    check(
        &server,
        "ListTagsForStream",
        &[(
            json!({"StreamName": "gone", "Limit": 51, "ExclusiveStartTagKey": ""}),
            "ValidationException",
            "2 validation errors detected: Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50; Value '' at 'exclusiveStartTagKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
        )],
    );
    let bad_arn = "Value 'x' at 'resourceARN' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:.*(stream|channel|queue)/\\S+";
    check(
        &server,
        "TagResource",
        &[
            (
                json!({"ResourceARN": "x", "Tags": {}}),
                "ValidationException",
                leak(&format!(
                    "2 validation errors detected: Value '{{}}' at 'tags' failed to satisfy constraint: Member must have length greater than or equal to 1; {bad_arn}"
                )),
            ),
            (
                json!({"ResourceARN": gone_arn, "Tags": {"k": "v"}}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
        ],
    );
    check(
        &server,
        "UntagResource",
        &[(
            json!({"ResourceARN": "x", "TagKeys": []}),
            "ValidationException",
            leak(&format!(
                "2 validation errors detected: Value '[]' at 'tagKeys' failed to satisfy constraint: Member must have length greater than or equal to 1; {bad_arn}"
            )),
        )],
    );
    check(
        &server,
        "ListTagsForResource",
        &[(
            json!({"ResourceARN": "x"}),
            "ValidationException",
            leak(&format!("1 validation error detected: {bad_arn}")),
        )],
    );
    let bad_stream_arn = "Value 'x' at 'streamARN' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+";
    check(
        &server,
        "RegisterStreamConsumer",
        &[
            (
                json!({"StreamARN": "x", "ConsumerName": "a/b"}),
                "ValidationException",
                leak(&format!(
                    "2 validation errors detected: {bad_stream_arn}; Value 'a/b' at 'consumerName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"
                )),
            ),
            (
                json!({"StreamARN": gone_arn, "ConsumerName": "c"}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
        ],
    );
    check(
        &server,
        "ListStreamConsumers",
        &[(
            json!({"StreamARN": "x", "MaxResults": 0}),
            "ValidationException",
            leak(&format!(
                "2 validation errors detected: {bad_stream_arn}; Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1"
            )),
        )],
    );
    for action in ["DescribeStreamConsumer", "DeregisterStreamConsumer"] {
        check(
            &server,
            action,
            &[
                (
                    json!({"StreamARN": "x", "ConsumerName": "a/b"}),
                    "ValidationException",
                    leak(&format!(
                        "2 validation errors detected: {bad_stream_arn}; Value 'a/b' at 'consumerName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"
                    )),
                ),
                (
                    json!({"StreamARN": gone_arn, "ConsumerName": "c"}),
                    "ResourceNotFoundException",
                    leak(&gone),
                ),
            ],
        );
    }
    check(
        &server,
        "SubscribeToShard",
        &[(
            json!({"ConsumerARN": "x", "ShardId": "a/b", "StartingPosition": {"Type": "NEWEST"}}),
            "ValidationException",
            "3 validation errors detected: Value 'x' at 'consumerARN' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(arn):aws.*:kinesis:.*:\\d{12}:.*stream\\/[a-zA-Z0-9_.-]+\\/consumer\\/[a-zA-Z0-9_.-]+:[0-9]+; Value 'a/b' at 'shardId' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'NEWEST' at 'startingPosition.type' failed to satisfy constraint: Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, LATEST, AT_TIMESTAMP, AT_SEQUENCE_NUMBER, TRIM_HORIZON]",
        )],
    );
}

/// A message built at run time, for the `'static` table.
fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

#[test]
fn configuration_actions() {
    let server = server();
    let gone = not_found("gone");
    let gone_arn = format!("{ARN}/gone");
    check(
        &server,
        "StartStreamEncryption",
        &[
            (
                json!({"StreamName": "a/b", "EncryptionType": "AES", "KeyId": ""}),
                "ValidationException",
                "3 validation errors detected: Value 'a/b' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'AES' at 'encryptionType' failed to satisfy constraint: Member must satisfy enum value set: [NONE, KMS]; Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1",
            ),
            // The stream before the key's form.
            (
                json!({"StreamName": "gone", "EncryptionType": "KMS", "KeyId": "nonsense"}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
            (
                json!({"StreamName": "s", "EncryptionType": "KMS", "KeyId": "nonsense"}),
                "InvalidArgumentException",
                "KeyId nonsense is not a KMS key id, key ARN, alias name or alias ARN.",
            ),
        ],
    );
    check(
        &server,
        "UpdateStreamMode",
        &[
            (
                json!({"StreamARN": "x", "StreamModeDetails": {"StreamMode": "FAST"}}),
                "ValidationException",
                "2 validation errors detected: Value 'x' at 'streamARN' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+; Value 'FAST' at 'streamModeDetails.streamMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, ON_DEMAND]",
            ),
            (
                json!({"StreamARN": gone_arn, "StreamModeDetails": {"StreamMode": "ON_DEMAND"}}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
        ],
    );
    check(
        &server,
        "UpdateMaxRecordSize",
        &[
            (
                json!({"StreamARN": gone_arn, "MaxRecordSizeInKiB": 100}),
                "ValidationException",
                "1 validation error detected: Value '100' at 'maxRecordSizeInKiB' failed to satisfy constraint: Member must have value greater than or equal to 1024",
            ),
            (
                json!({"StreamARN": gone_arn, "MaxRecordSizeInKiB": 2048}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
        ],
    );
    check(
        &server,
        "PutResourcePolicy",
        &[
            (
                json!({"ResourceARN": gone_arn, "Policy": "{}"}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
            // The resource before the policy's form.
            (
                json!({"ResourceARN": gone_arn, "Policy": "not json"}),
                "ResourceNotFoundException",
                leak(&gone),
            ),
        ],
    );
}

#[test]
fn queue_actions() {
    let server = server();
    let body = json!({"StreamName": "od", "StreamModeDetails": {"StreamMode": "ON_DEMAND"}});
    assert_eq!(call(&server, "CreateStream", &body.to_string()).0, 200);
    let queue = |stream: &str| json!([{"StreamARN": format!("{ARN}/{stream}")}]);
    let nope = "arn:aws:kinesis:us-east-1:000000000000:queue/nope";
    let no_queue = "Queue arn:aws:kinesis:us-east-1:000000000000:queue/nope under account 000000000000 not found.";
    check(
        &server,
        "CreateQueue",
        &[
            (
                json!({"QueueName": 7}),
                "SerializationException",
                "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String",
            ),
            (
                json!({"QueueName": "a/b", "StreamConfigurationList": []}),
                "ValidationException",
                "2 validation errors detected: Value 'a/b' at 'queueName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value '[]' at 'streamConfigurationList' failed to satisfy constraint: Member must have length greater than or equal to 1",
            ),
            (
                json!({"QueueName": "q", "StreamConfigurationList": queue("od"), "QueueAttributes": {"VisibilityTimeoutSeconds": 50000, "DeadLetterConfiguration": {"TargetType": "BUILT_IN", "MaxReceiveCount": 0}}}),
                "ValidationException",
                "2 validation errors detected: Value '50000' at 'queueAttributes.visibilityTimeoutSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200; Value '0' at 'queueAttributes.deadLetterConfiguration.maxReceiveCount' failed to satisfy constraint: Member must have value greater than or equal to 1",
            ),
            // What the model cannot say comes next, before the stream is looked for.
            (
                json!({"QueueName": "q", "StreamConfigurationList": [{"StreamARN": format!("{ARN}/gone"), "StartingPosition": {"Type": "AT_TIMESTAMP"}}]}),
                "ValidationException",
                "StartingPosition's Timestamp is required when its Type is AT_TIMESTAMP.",
            ),
            (
                json!({"QueueName": "q", "StreamConfigurationList": [queue("gone")[0].clone(), queue("od")[0].clone()]}),
                "ValidationException",
                "StreamConfigurationList must hold exactly one stream (a queue delivers records from a single data stream), not 2.",
            ),
            (
                json!({"QueueName": "q", "StreamConfigurationList": queue("gone"), "QueueAttributes": {"DeadLetterConfiguration": {"TargetType": "BUILT_IN"}}}),
                "ValidationException",
                "MaxReceiveCount is required when the DeadLetterConfiguration's TargetType is BUILT_IN.",
            ),
            (
                json!({"QueueName": "q", "StreamConfigurationList": queue("gone")}),
                "ResourceNotFoundException",
                "Stream gone under account 000000000000 not found.",
            ),
            (
                json!({"QueueName": "q", "StreamConfigurationList": queue("s")}),
                "InvalidArgumentException",
                "Stream s under account 000000000000 is in PROVISIONED mode: queues are supported only on data streams in ON_DEMAND capacity mode.",
            ),
        ],
    );
    check(
        &server,
        "ReceiveQueueRecords",
        &[
            (
                json!({"QueueARN": "x", "Limit": 0, "WaitTimeSeconds": 30}),
                "ValidationException",
                "3 validation errors detected: Value 'x' at 'queueARN' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:queue/\\S+; Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1; Value '30' at 'waitTimeSeconds' failed to satisfy constraint: Member must have value less than or equal to 20",
            ),
            (json!({"QueueARN": nope}), "ResourceNotFoundException", no_queue),
        ],
    );
    check(
        &server,
        "AcknowledgeQueueRecords",
        &[
            (
                json!({"QueueARN": nope, "Entries": []}),
                "ValidationException",
                "1 validation error detected: Value '[]' at 'entries' failed to satisfy constraint: Member must have length greater than or equal to 1",
            ),
            (
                json!({"QueueARN": nope, "Entries": [{"ReceiptHandle": ""}]}),
                "ValidationException",
                "1 validation error detected: Value '' at 'entries.1.member.receiptHandle' failed to satisfy constraint: Member must have length greater than or equal to 1",
            ),
            (
                json!({"QueueARN": nope, "Entries": [{"ReceiptHandle": "h"}]}),
                "ResourceNotFoundException",
                no_queue,
            ),
        ],
    );
    check(
        &server,
        "UpdateQueueRecordsVisibility",
        &[(
            json!({"QueueARN": nope, "Entries": [{"ReceiptHandle": "h", "VisibilityTimeoutSeconds": -1}]}),
            "ValidationException",
            "1 validation error detected: Value '-1' at 'entries.1.member.visibilityTimeoutSeconds' failed to satisfy constraint: Member must have value greater than or equal to 0",
        )],
    );
    check(
        &server,
        "ListQueues",
        &[
            (
                json!({"MaxResults": 0, "NextToken": ""}),
                "ValidationException",
                "2 validation errors detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1; Value '' at 'nextToken' failed to satisfy constraint: Member must have length greater than or equal to 1",
            ),
            (json!({"NextToken": "abc"}), "InvalidArgumentException", "Invalid NextToken: abc"),
        ],
    );
}
