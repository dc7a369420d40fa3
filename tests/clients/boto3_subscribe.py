"""boto3's SubscribeToShard (an event stream over HTTP/1.1) against `kinesis serve`.

Usage: boto3_subscribe.py ENDPOINT KINESIS_BINARY. Registers a consumer and waits for it to
become ACTIVE, subscribes, puts records from the kinesis CLI in another process, receives
them, splits the shard mid-subscription and sees the ChildShards that end it.
"""

import subprocess
import sys
import time

import boto3

endpoint, binary = sys.argv[1], sys.argv[2]
client = boto3.client(
    "kinesis",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="AKIDEXAMPLE",
    aws_secret_access_key="secret",
)


def cli(*args):
    env = {
        "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "secret",
        "AWS_REGION": "us-east-1",
        "AWS_CONFIG_FILE": "/dev/null",
        "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    subprocess.run([binary, "--endpoint-url", endpoint, *args], check=True, env=env,
                   stdout=subprocess.DEVNULL)


client.create_stream(StreamName="s", ShardCount=1)
arn = client.describe_stream_summary(StreamName="s")["StreamDescriptionSummary"]["StreamARN"]
consumer = client.register_stream_consumer(StreamARN=arn, ConsumerName="py")["Consumer"]
assert consumer["ConsumerStatus"] == "CREATING", consumer
while True:
    described = client.describe_stream_consumer(ConsumerARN=consumer["ConsumerARN"])
    if described["ConsumerDescription"]["ConsumerStatus"] == "ACTIVE":
        break
    time.sleep(0.05)

response = client.subscribe_to_shard(
    ConsumerARN=consumer["ConsumerARN"],
    ShardId="shardId-000000000000",
    StartingPosition={"Type": "LATEST"},
)
received, children = [], None
put = split = False
for event in response["EventStream"]:
    e = event["SubscribeToShardEvent"]
    assert e["ContinuationSequenceNumber"], e
    received += [r["Data"] for r in e["Records"]]
    # The first event says the subscription stands: records put from now on are pushed.
    if not put:
        put = True
        for data in ["one", "two", "three"]:
            cli("put-record", "--stream-name", "s", "--data", data, "--partition-key", data)
    if len(received) == 3 and not split:
        split = True
        cli("split-shard", "--stream-name", "s", "--shard-to-split", "shardId-000000000000")
    if e.get("ChildShards"):
        children = [c["ShardId"] for c in e["ChildShards"]]
        break

assert received == [b"one", b"two", b"three"], received
assert children == ["shardId-000000000001", "shardId-000000000002"], children
print("boto3 subscribe ok")
