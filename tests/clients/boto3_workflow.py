"""A boto3 workflow against `kinesis serve`: the calls an application makes, with asserts.

Run by the integration tests as: python boto3_workflow.py ENDPOINT
"""
import base64
import sys
import time

import boto3
from botocore.exceptions import ClientError

endpoint = sys.argv[1]
k = boto3.client(
    "kinesis",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="AKIDEXAMPLE",
    aws_secret_access_key="secret",
)

k.create_stream(StreamName="family", ShardCount=4)
k.get_waiter("stream_exists").wait(StreamName="family", WaiterConfig={"Delay": 1, "MaxAttempts": 10})
desc = k.describe_stream(StreamName="family")["StreamDescription"]
assert desc["StreamStatus"] == "ACTIVE", desc
assert [s["ShardId"] for s in desc["Shards"]] == ["shardId-00000000000%d" % i for i in range(4)]
assert desc["Shards"][0]["HashKeyRange"]["EndingHashKey"] == "85070591730234615865843651857942052863"
assert isinstance(desc["StreamCreationTimestamp"].year, int)

put = k.put_record(StreamName="family", PartitionKey="1", Data=b"name:Senthil, Age:38, Place: Chennai")
assert put["ShardId"] == "shardId-000000000003", put
batch = k.put_records(
    StreamName="family",
    Records=[{"Data": b"\x00\xff binary", "PartitionKey": "1"}, {"Data": b"two", "PartitionKey": "1"}],
)
assert batch["FailedRecordCount"] == 0, batch

it = k.get_shard_iterator(StreamName="family", ShardId="shardId-000000000003", ShardIteratorType="TRIM_HORIZON")
page = k.get_records(ShardIterator=it["ShardIterator"], Limit=10)
assert [r["Data"] for r in page["Records"]] == [b"name:Senthil, Age:38, Place: Chennai", b"\x00\xff binary", b"two"], page
assert page["Records"][0]["SequenceNumber"] == put["SequenceNumber"]
assert page["MillisBehindLatest"] == 0

shards = k.list_shards(StreamName="family", ShardFilter={"Type": "AT_LATEST"})["Shards"]
assert len(shards) == 4
k.split_shard(StreamName="family", ShardToSplit="shardId-000000000000",
              NewStartingHashKey="42535295865117307932921825928971026432")
k.merge_shards(StreamName="family", ShardToMerge="shardId-000000000004", AdjacentShardToMerge="shardId-000000000005")
assert len(k.list_shards(StreamName="family")["Shards"]) == 7

k.add_tags_to_stream(StreamName="family", Tags={"team": "data"})
assert k.list_tags_for_stream(StreamName="family")["Tags"] == [{"Key": "team", "Value": "data"}]
k.increase_stream_retention_period(StreamName="family", RetentionPeriodHours=48)
assert k.describe_stream_summary(StreamName="family")["StreamDescriptionSummary"]["RetentionPeriodHours"] == 48

# Stream configuration: encryption, capacity mode, resource policy.
arn = k.describe_stream_summary(StreamName="family")["StreamDescriptionSummary"]["StreamARN"]
k.start_stream_encryption(StreamName="family", EncryptionType="KMS", KeyId="alias/aws/kinesis")
k.get_waiter("stream_exists").wait(StreamName="family", WaiterConfig={"Delay": 1, "MaxAttempts": 10})
assert k.put_record(StreamName="family", PartitionKey="1", Data=b"secret")["EncryptionType"] == "KMS"
k.stop_stream_encryption(StreamName="family", EncryptionType="KMS", KeyId="alias/aws/kinesis")
k.update_stream_mode(StreamARN=arn, StreamModeDetails={"StreamMode": "ON_DEMAND"})
summary = k.describe_stream_summary(StreamName="family")["StreamDescriptionSummary"]
assert summary["StreamModeDetails"] == {"StreamMode": "ON_DEMAND"}, summary
assert summary["EncryptionType"] == "NONE", summary
try:
    k.update_shard_count(StreamName="family", TargetShardCount=8, ScalingType="UNIFORM_SCALING")
    raise AssertionError("an on-demand stream was resharded by hand")
except ClientError as e:
    assert e.response["Error"]["Code"] == "InvalidArgumentException", e.response
k.put_resource_policy(ResourceARN=arn, Policy='{"Version": "2012-10-17", "Statement": []}')
assert k.get_resource_policy(ResourceARN=arn)["Policy"] == '{"Version": "2012-10-17", "Statement": []}'
k.delete_resource_policy(ResourceARN=arn)
assert k.get_resource_policy(ResourceARN=arn)["Policy"] == "{}"
settings = k.update_account_settings(MinimumThroughputBillingCommitment={"Status": "ENABLED"})
commitment = settings["MinimumThroughputBillingCommitment"]
assert commitment["Status"] == "ENABLED" and commitment["StartedAt"].year >= 2025, settings
assert k.describe_account_settings()["MinimumThroughputBillingCommitment"]["Status"] == "ENABLED"

try:
    k.describe_stream(StreamName="nope")
    raise AssertionError("describe of a missing stream succeeded")
except ClientError as e:
    assert e.response["Error"]["Code"] == "ResourceNotFoundException", e.response
    assert e.response["Error"]["Message"] == "Stream nope under account 000000000000 not found.", e.response
try:
    k.get_records(ShardIterator="garbage")
    raise AssertionError("a garbage iterator was accepted")
except ClientError as e:
    assert e.response["Error"]["Code"] == "InvalidArgumentException", e.response

k.delete_stream(StreamName="family")
assert k.list_streams()["StreamNames"] == []
print("boto3 workflow ok")
