"""Drives every Kinesis action through `kinesis serve` in CBOR (application/x-amz-cbor-1.1, the
Java SDK's and the KCL's encoding), with cbor2 as the independent encoder and decoder and
botocore's SigV4 signer: blobs go as byte strings, timestamps as tag 1 over epoch milliseconds,
and every answer (errors too) must come back in CBOR.

Usage: cbor_client.py ENDPOINT. Prints the name of each action once it has checked its answer.
"""

import http.client
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import cbor2
from botocore.auth import SigV4Auth
from botocore.eventstream import EventStreamBuffer
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

endpoint = sys.argv[1]
CBOR = "application/x-amz-cbor-1.1"
credentials = Credentials("AKIDEXAMPLE", "secret")


class EpochMillis:
    """A tag-1 timestamp as AWS encodes it in CBOR: epoch milliseconds."""

    def __init__(self, value, immutable=False):
        self.ms = value


def signed_headers(action, body, content_type=CBOR):
    request = AWSRequest(
        method="POST",
        url=endpoint + "/",
        data=body,
        headers={"Content-Type": content_type, "X-Amz-Target": "Kinesis_20131202." + action},
    )
    SigV4Auth(credentials, "kinesis", "us-east-1").add_auth(request)
    return dict(request.headers.items())


def subscription_events(params, wanted):
    """Subscribes in CBOR and returns the first `wanted` event-stream messages (headers and
    CBOR-decoded payload), then hangs up."""
    body = cbor2.dumps(params)
    url = urllib.parse.urlparse(endpoint)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=20)
    conn.request("POST", "/", body=body, headers=signed_headers("SubscribeToShard", body))
    response = conn.getresponse()
    assert response.status == 200, (response.status, response.read())
    buffer, messages = EventStreamBuffer(), []
    while len(messages) < wanted:
        chunk = response.read1(65536)
        assert chunk, "the event stream ended early"
        buffer.add_data(chunk)
        for message in buffer:
            messages.append((message.headers, decode(message.payload)))
    conn.close()
    return messages[:wanted]


def send(action, body, content_type=CBOR):
    prepared = urllib.request.Request(endpoint + "/", data=body, method="POST")
    for k, v in signed_headers(action, body, content_type).items():
        prepared.add_header(k, v)
    try:
        with urllib.request.urlopen(prepared, timeout=20) as r:
            return r.status, r.headers.get("Content-Type"), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), e.read()


def decode(data):
    return cbor2.loads(data, semantic_decoders={1: EpochMillis})


def call(action, params, expect_error=None):
    status, content_type, data = send(action, cbor2.dumps(params))
    assert content_type == CBOR, (action, content_type, data)
    answer = decode(data) if data else {}
    if expect_error:
        assert status == 400 and answer.get("__type") == expect_error, (action, status, answer)
    else:
        assert status == 200, (action, status, answer)
    return answer


def done(action):
    print(action, flush=True)


def wait_active(name):
    for _ in range(100):
        summary = call("DescribeStreamSummary", {"StreamName": name})["StreamDescriptionSummary"]
        if summary["StreamStatus"] == "ACTIVE":
            return summary
        time.sleep(0.05)
    raise AssertionError("stream never ACTIVE")


name = "cbor"
before = int(time.time() * 1000) - 1000
call("CreateStream", {"StreamName": name, "ShardCount": 2, "Tags": {"team": "data"}})
done("CreateStream")
summary = wait_active(name)
assert isinstance(summary["StreamCreationTimestamp"], EpochMillis)
assert summary["StreamCreationTimestamp"].ms >= before, summary
arn = summary["StreamARN"]
done("DescribeStreamSummary")

stream = call("DescribeStream", {"StreamName": name})["StreamDescription"]
assert len(stream["Shards"]) == 2 and stream["StreamStatus"] == "ACTIVE"
done("DescribeStream")
assert name in call("ListStreams", {})["StreamNames"]
done("ListStreams")
shards = call("ListShards", {"StreamName": name})["Shards"]
assert [s["ShardId"] for s in shards] == ["shardId-000000000000", "shardId-000000000001"]
done("ListShards")
limits = call("DescribeLimits", {})
assert limits["OpenShardCount"] >= 2
done("DescribeLimits")

payload = b"\x00\xff binary \x80"
put = call("PutRecord", {"StreamName": name, "PartitionKey": "k", "Data": payload})
shard = put["ShardId"]
done("PutRecord")
batch = call(
    "PutRecords",
    {"StreamName": name, "Records": [{"Data": b"one", "PartitionKey": "k"}, {"Data": b"two", "PartitionKey": "k"}]},
)
assert batch["FailedRecordCount"] == 0, batch
done("PutRecords")
iterator = call(
    "GetShardIterator",
    {"StreamName": name, "ShardId": shard, "ShardIteratorType": "AT_TIMESTAMP", "Timestamp": cbor2.CBORTag(1, before)},
)["ShardIterator"]
done("GetShardIterator")
records = call("GetRecords", {"ShardIterator": iterator})["Records"]
assert [r["Data"] for r in records] == [payload, b"one", b"two"], records
arrival = records[0]["ApproximateArrivalTimestamp"]
assert isinstance(arrival, EpochMillis) and abs(arrival.ms - time.time() * 1000) < 60_000, arrival.ms
done("GetRecords")

call("AddTagsToStream", {"StreamName": name, "Tags": {"cost": "1"}})
done("AddTagsToStream")
tags = call("ListTagsForStream", {"StreamName": name})["Tags"]
assert {t["Key"]: t["Value"] for t in tags} == {"team": "data", "cost": "1"}, tags
done("ListTagsForStream")
call("RemoveTagsFromStream", {"StreamName": name, "TagKeys": ["cost"]})
done("RemoveTagsFromStream")
call("TagResource", {"ResourceARN": arn, "Tags": {"env": "test"}})
done("TagResource")
call("UntagResource", {"ResourceARN": arn, "TagKeys": ["team"]})
done("UntagResource")
assert call("ListTagsForResource", {"ResourceARN": arn})["Tags"] == [{"Key": "env", "Value": "test"}]
done("ListTagsForResource")

call("StartStreamEncryption", {"StreamName": name, "EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"})
summary = wait_active(name)
assert (summary["EncryptionType"], summary["KeyId"]) == ("KMS", "alias/aws/kinesis"), summary
done("StartStreamEncryption")
call("StopStreamEncryption", {"StreamName": name, "EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"})
assert wait_active(name)["EncryptionType"] == "NONE"
done("StopStreamEncryption")
call("PutResourcePolicy", {"ResourceARN": arn, "Policy": '{"Version": "2012-10-17", "Statement": []}'})
done("PutResourcePolicy")
assert call("GetResourcePolicy", {"ResourceARN": arn}) == {"Policy": '{"Version": "2012-10-17", "Statement": []}'}
done("GetResourcePolicy")
call("DeleteResourcePolicy", {"ResourceARN": arn})
assert call("GetResourcePolicy", {"ResourceARN": arn}) == {"Policy": "{}"}
done("DeleteResourcePolicy")

settings = call("DescribeAccountSettings", {})
assert settings["MinimumThroughputBillingCommitment"] == {"Status": "DISABLED"}, settings
done("DescribeAccountSettings")
settings = call("UpdateAccountSettings", {"MinimumThroughputBillingCommitment": {"Status": "ENABLED"}})
commitment = settings["MinimumThroughputBillingCommitment"]
assert commitment["Status"] == "ENABLED" and isinstance(commitment["StartedAt"], EpochMillis), settings
assert commitment["EarliestAllowedEndAt"].ms - commitment["StartedAt"].ms == 24 * 3600 * 1000, settings
done("UpdateAccountSettings")
call("CreateStream", {"StreamName": "warm", "StreamModeDetails": {"StreamMode": "ON_DEMAND"}})
wait_active("warm")
warm = call("UpdateStreamWarmThroughput", {"StreamName": "warm", "WarmThroughputMiBps": 10})
assert warm["WarmThroughput"] == {"TargetMiBps": 10, "CurrentMiBps": 10}, warm
assert wait_active("warm")["WarmThroughput"] == {"TargetMiBps": 10, "CurrentMiBps": 10}
call("UpdateStreamRecordDistributionStrategy", {"StreamARN": arn.replace(":stream/" + name, ":stream/warm"), "RecordDistributionStrategy": "AUTO"})
assert wait_active("warm")["RecordDistributionStrategy"] == "AUTO"
assert call("PutRecord", {"StreamName": "warm", "Data": b"keyless"})["ShardId"]
done("UpdateStreamRecordDistributionStrategy")
call("DeleteStream", {"StreamName": "warm"})
done("UpdateStreamWarmThroughput")

call("IncreaseStreamRetentionPeriod", {"StreamName": name, "RetentionPeriodHours": 48})
done("IncreaseStreamRetentionPeriod")
call("DecreaseStreamRetentionPeriod", {"StreamName": name, "RetentionPeriodHours": 24})
done("DecreaseStreamRetentionPeriod")
on = call("EnableEnhancedMonitoring", {"StreamName": name, "ShardLevelMetrics": ["IncomingBytes"]})
assert on["DesiredShardLevelMetrics"] == ["IncomingBytes"], on
done("EnableEnhancedMonitoring")
call("DisableEnhancedMonitoring", {"StreamName": name, "ShardLevelMetrics": ["ALL"]})
done("DisableEnhancedMonitoring")

call("SplitShard", {"StreamName": name, "ShardToSplit": "shardId-000000000000", "NewStartingHashKey": "2"})
wait_active(name)
done("SplitShard")
call("MergeShards", {"StreamName": name, "ShardToMerge": "shardId-000000000002", "AdjacentShardToMerge": "shardId-000000000003"})
wait_active(name)
done("MergeShards")
scaled = call("UpdateShardCount", {"StreamName": name, "TargetShardCount": 4, "ScalingType": "UNIFORM_SCALING"})
assert scaled["TargetShardCount"] == 4, scaled
wait_active(name)
done("UpdateShardCount")

call("UpdateStreamMode", {"StreamARN": arn, "StreamModeDetails": {"StreamMode": "ON_DEMAND"}})
assert wait_active(name)["StreamModeDetails"] == {"StreamMode": "ON_DEMAND"}
call("UpdateStreamMode", {"StreamARN": arn, "StreamModeDetails": {"StreamMode": "PROVISIONED"}})
assert wait_active(name)["StreamModeDetails"] == {"StreamMode": "PROVISIONED"}
done("UpdateStreamMode")

consumer = call("RegisterStreamConsumer", {"StreamARN": arn, "ConsumerName": "c"})["Consumer"]
assert isinstance(consumer["ConsumerCreationTimestamp"], EpochMillis)
done("RegisterStreamConsumer")
described = call("DescribeStreamConsumer", {"ConsumerARN": consumer["ConsumerARN"]})
assert described["ConsumerDescription"]["ConsumerName"] == "c"
done("DescribeStreamConsumer")
listed = call("ListStreamConsumers", {"StreamARN": arn})["Consumers"]
assert [c["ConsumerName"] for c in listed] == ["c"]
done("ListStreamConsumers")
# A subscription in CBOR: its events are CBOR too, the records' data byte strings.
(initial, _), (headers, event) = subscription_events(
    {"ConsumerARN": consumer["ConsumerARN"], "ShardId": shard, "StartingPosition": {"Type": "TRIM_HORIZON"}},
    2,
)
assert initial[":event-type"] == "initial-response", initial
assert (headers[":event-type"], headers[":content-type"]) == ("SubscribeToShardEvent", CBOR), headers
assert [r["Data"] for r in event["Records"]] == [payload, b"one", b"two"], event
assert isinstance(event["Records"][0]["ApproximateArrivalTimestamp"], EpochMillis), event
assert isinstance(event["ContinuationSequenceNumber"], str), event
# And its errors.
call(
    "SubscribeToShard",
    {"ConsumerARN": arn + "/consumer/nope:1", "ShardId": shard, "StartingPosition": {"Type": "LATEST"}},
    expect_error="ResourceNotFoundException",
)
done("SubscribeToShard")
call("DeregisterStreamConsumer", {"ConsumerARN": consumer["ConsumerARN"]})
done("DeregisterStreamConsumer")

# Errors are CBOR too, and so is the answer to a body that is not CBOR, or is empty.
missing = call("DescribeStream", {"StreamName": "nope"}, expect_error="ResourceNotFoundException")
assert "nope" in missing["message"], missing
status, content_type, data = send("ListStreams", b"\xff\xff")
assert (status, content_type, decode(data)) == (400, CBOR, {"__type": "SerializationException"})
status, content_type, data = send("ListStreams", b"")
assert (status, content_type, decode(data)) == (400, CBOR, {"__type": "SerializationException"})
call("UpdateMaxRecordSize", {"StreamARN": arn, "MaxRecordSizeInKiB": 2048})
assert wait_active(name)["MaxRecordSizeInKiB"] == 2048
big = bytes(range(256)) * (6 * 1024)  # 1.5 MiB, past a stream's first limit
assert call("PutRecord", {"StreamName": name, "PartitionKey": "big", "Data": big})["SequenceNumber"]
done("UpdateMaxRecordSize")
# Channels: the engine has no S3, and says so on each.
channel = "arn:aws:kinesis:us-east-1:000000000000:channel/c"
for action, params in [
    ("CreateChannel", {"ChannelName": "c", "ServiceExecutionRoleARN": "arn:aws:iam::000000000000:role/r", "StreamConfigurationList": [{"StreamARN": arn, "RecordConfiguration": {"RecordFormatType": "JSON"}}]}),
    ("DescribeChannel", {"ChannelARN": channel}),
    ("ListChannels", {}),
    ("UpdateChannel", {"ChannelARN": channel}),
    ("DeleteChannel", {"ChannelARN": channel}),
]:
    refused = call(action, params, expect_error="InvalidArgumentException")
    assert "does not have" in refused["message"], refused
    done(action)
# Queues, in CBOR: blobs as byte strings, timestamps as epoch milliseconds.
call("CreateStream", {"StreamName": "queued", "StreamModeDetails": {"StreamMode": "ON_DEMAND"}})
queued_arn = wait_active("queued")["StreamARN"]
queue = call(
    "CreateQueue",
    {
        "QueueName": "cq",
        "StreamConfigurationList": [{"StreamARN": queued_arn, "StartingPosition": {"Type": "TRIM_HORIZON"}}],
        "QueueAttributes": {"DeadLetterConfiguration": {"TargetType": "BUILT_IN", "MaxReceiveCount": 1}},
    },
)["QueueDescription"]
assert isinstance(queue["QueueCreationTimestamp"], EpochMillis), queue
queue_arn = queue["QueueARN"]
done("CreateQueue")
assert call("DescribeQueue", {"QueueARN": queue_arn})["QueueDescription"]["QueueName"] == "cq"
done("DescribeQueue")
assert [q["QueueARN"] for q in call("ListQueues", {})["QueueSummaries"]] == [queue_arn]
done("ListQueues")
updated = call("UpdateQueue", {"QueueARN": queue_arn, "QueueAttributes": {"VisibilityTimeoutSeconds": 60}})
assert updated["QueueDescription"]["QueueAttributes"]["VisibilityTimeoutSeconds"] == 60, updated
done("UpdateQueue")
call("PutRecords", {"StreamName": "queued", "Records": [{"Data": payload, "PartitionKey": "a"}, {"Data": b"two", "PartitionKey": "b"}]})
got = call("ReceiveQueueRecords", {"QueueARN": queue_arn, "WaitTimeSeconds": 1})["QueueRecords"]
assert sorted(r["Data"] for r in got) == sorted([payload, b"two"]), got
assert isinstance(got[0]["FirstReceiveTimestamp"], EpochMillis) and got[0]["ReceiveCount"] == 1, got
done("ReceiveQueueRecords")
first, second = got
acked = call("AcknowledgeQueueRecords", {"QueueARN": queue_arn, "Entries": [{"ReceiptHandle": first["ReceiptHandle"]}]})
assert acked == {"Successful": [{"ReceiptHandle": first["ReceiptHandle"]}], "Failed": []}, acked
done("AcknowledgeQueueRecords")
entry = {"ReceiptHandle": second["ReceiptHandle"], "VisibilityTimeoutSeconds": 0}
assert call("UpdateQueueRecordsVisibility", {"QueueARN": queue_arn, "Entries": [entry]})["Failed"] == []
done("UpdateQueueRecordsVisibility")
dead = call("ReceiveDeadLetterQueueRecords", {"QueueARN": queue_arn, "WaitTimeSeconds": 1})["QueueRecords"]
assert [r["Data"] for r in dead] == [second["Data"]], dead
done("ReceiveDeadLetterQueueRecords")
entry = {"ReceiptHandle": dead[0]["ReceiptHandle"], "VisibilityTimeoutSeconds": 30}
assert call("UpdateDeadLetterQueueRecordsVisibility", {"QueueARN": queue_arn, "Entries": [entry]})["Failed"] == []
done("UpdateDeadLetterQueueRecordsVisibility")
restored = call("RestoreDeadLetterQueueRecords", {"QueueARN": queue_arn, "Entries": [{"ReceiptHandle": dead[0]["ReceiptHandle"]}]})
assert restored["Failed"] == [], restored
done("RestoreDeadLetterQueueRecords")
again = call("ReceiveQueueRecords", {"QueueARN": queue_arn, "WaitTimeSeconds": 1, "VisibilityTimeoutSeconds": 0})["QueueRecords"]
assert [r["ReceiveCount"] for r in again] == [1], again
dead = call("ReceiveDeadLetterQueueRecords", {"QueueARN": queue_arn, "WaitTimeSeconds": 1})["QueueRecords"]
gone = call("AcknowledgeDeadLetterQueueRecords", {"QueueARN": queue_arn, "Entries": [{"ReceiptHandle": dead[0]["ReceiptHandle"]}]})
assert gone["Failed"] == [], gone
done("AcknowledgeDeadLetterQueueRecords")
call("DeleteQueue", {"QueueARN": queue_arn})
call("DescribeQueue", {"QueueARN": queue_arn}, expect_error="ResourceNotFoundException")
done("DeleteQueue")
call("DeleteStream", {"StreamName": "queued"})
call("DeleteStream", {"StreamName": name})
done("DeleteStream")
