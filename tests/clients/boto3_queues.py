"""Kinesis queues through boto3 against `kinesis serve`: four competing consumers (threads,
each with its own client), long polling, list_queues' paginator, the dead-letter side.

Run by the integration tests as: python boto3_queues.py ENDPOINT
"""
import collections
import sys
import threading
import time

import boto3

endpoint = sys.argv[1]


def client():
    return boto3.client(
        "kinesis",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
    )


k = client()
k.create_stream(StreamName="orders", StreamModeDetails={"StreamMode": "ON_DEMAND"})
k.get_waiter("stream_exists").wait(StreamName="orders", WaiterConfig={"Delay": 1, "MaxAttempts": 10})
arn = k.describe_stream_summary(StreamName="orders")["StreamDescriptionSummary"]["StreamARN"]
queues = []
for name in ["work", "other", "third"]:
    q = k.create_queue(
        QueueName=name,
        StreamConfigurationList=[{"StreamARN": arn, "StartingPosition": {"Type": "TRIM_HORIZON"}}],
        QueueAttributes={"VisibilityTimeoutSeconds": 5, "DeadLetterConfiguration": {"TargetType": "BUILT_IN", "MaxReceiveCount": 2}},
        Tags={"team": "orders"},
    )["QueueDescription"]
    queues.append(q["QueueARN"])
work = queues[0]
pages = k.get_paginator("list_queues").paginate(PaginationConfig={"PageSize": 1})
assert [s["QueueName"] for page in pages for s in page["QueueSummaries"]] == ["work", "other", "third"]
assert k.list_tags_for_resource(ResourceARN=work)["Tags"] == [{"Key": "team", "Value": "orders"}]

n = 500
for start in range(0, n, 100):
    records = [{"Data": b"order %d" % i, "PartitionKey": str(i)} for i in range(start, start + 100)]
    assert k.put_records(StreamName="orders", Records=records)["FailedRecordCount"] == 0

acked = collections.Counter()
lock = threading.Lock()


def consume():
    c = client()
    empty = 0
    while empty < 2:
        got = c.receive_queue_records(QueueARN=work, WaitTimeSeconds=1)["QueueRecords"]
        if not got:
            empty += 1
            continue
        empty = 0
        answer = c.acknowledge_queue_records(QueueARN=work, Entries=[{"ReceiptHandle": r["ReceiptHandle"]} for r in got])
        assert answer["Failed"] == [], answer
        by_handle = {r["ReceiptHandle"]: r["Data"] for r in got}
        with lock:
            for entry in answer["Successful"]:
                acked[by_handle[entry["ReceiptHandle"]]] += 1


threads = [threading.Thread(target=consume) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert set(acked) == {b"order %d" % i for i in range(n)}, len(acked)
assert set(acked.values()) == {1}, [d for d, c in acked.items() if c != 1]

# Long polling: a receive that waits is answered as soon as a record arrives.
answer = {}


def wait_for_one():
    started = time.monotonic()
    answer["records"] = client().receive_queue_records(QueueARN=work, WaitTimeSeconds=10)["QueueRecords"]
    answer["took"] = time.monotonic() - started


waiter = threading.Thread(target=wait_for_one)
waiter.start()
time.sleep(0.5)
k.put_record(StreamName="orders", PartitionKey="late", Data=b"late")
waiter.join()
assert [r["Data"] for r in answer["records"]] == [b"late"], answer
assert 0.3 < answer["took"] < 5, answer

# Twice received, never acknowledged: a dead-letter record, restored, then acknowledged.
late = answer["records"][0]
k.update_queue_records_visibility(QueueARN=work, Entries=[{"ReceiptHandle": late["ReceiptHandle"], "VisibilityTimeoutSeconds": 0}])
again = k.receive_queue_records(QueueARN=work, WaitTimeSeconds=1)["QueueRecords"]
assert [(r["Data"], r["ReceiveCount"]) for r in again] == [(b"late", 2)], again
k.update_queue_records_visibility(QueueARN=work, Entries=[{"ReceiptHandle": again[0]["ReceiptHandle"], "VisibilityTimeoutSeconds": 0}])
assert k.receive_queue_records(QueueARN=work, WaitTimeSeconds=1)["QueueRecords"] == []
dead = k.receive_dead_letter_queue_records(QueueARN=work, WaitTimeSeconds=1)["QueueRecords"]
assert [r["RecordId"] for r in dead] == [late["RecordId"]], dead
k.restore_dead_letter_queue_records(QueueARN=work, Entries=[{"ReceiptHandle": dead[0]["ReceiptHandle"]}])
back = k.receive_queue_records(QueueARN=work, WaitTimeSeconds=1)["QueueRecords"]
assert [(r["Data"], r["ReceiveCount"]) for r in back] == [(b"late", 1)], back
done = k.acknowledge_queue_records(QueueARN=work, Entries=[{"ReceiptHandle": back[0]["ReceiptHandle"]}])
assert done["Failed"] == [], done

# Every queue delivers every record: the others have all 501 to give.
first = k.receive_queue_records(QueueARN=queues[1], Limit=10, WaitTimeSeconds=1)["QueueRecords"]
assert len(first) == 10 and all(r["ReceiveCount"] == 1 for r in first), first
summary = k.describe_queue(QueueARN=queues[1])["QueueDescription"]
assert summary["QueueStatus"] == "ACTIVE" and summary["StreamConfigurationList"][0]["StreamARN"] == arn, summary
for q in queues:
    k.delete_queue(QueueARN=q)
k.delete_stream(StreamName="orders")
print("boto3 queues ok")
