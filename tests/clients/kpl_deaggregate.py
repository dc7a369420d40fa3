"""Deaggregates Kinesis records with aws-kinesis-agg (independent of our reader).

Reads JSON lines as `kinesis read --decode none --output json` prints them (Data in base64)
on stdin, and prints `<partition key> <data>` for each user record they hold.
"""

import base64
import json
import sys

from aws_kinesis_agg.deaggregator import iter_deaggregate_records

for line in sys.stdin:
    r = json.loads(line)
    lambda_record = {
        "kinesis": {
            "kinesisSchemaVersion": "1.0",
            "sequenceNumber": r["SequenceNumber"],
            "partitionKey": r["PartitionKey"],
            "approximateArrivalTimestamp": r["ApproximateArrivalTimestamp"],
            "data": r["Data"],
        }
    }
    for user in iter_deaggregate_records(lambda_record):
        data = base64.b64decode(user["kinesis"]["data"]).decode()
        print(user["kinesis"]["partitionKey"], data)
