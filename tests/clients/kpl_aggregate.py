"""Aggregates user records with aws-kinesis-agg (the KPL's format, an implementation
independent of ours) and writes each aggregated Kinesis record to a file.

Usage: kpl_aggregate.py OUT_DIR COUNT. User record i has partition key `key<i % 3>` and data
`user record <i>`; every third one also an explicit hash key `<i>`. Prints one line per file:
its path and the aggregate's partition key.
"""

import os
import sys

import aws_kinesis_agg.aggregator as agg

out_dir, count = sys.argv[1], int(sys.argv[2])
aggregator = agg.RecordAggregator(max_size=16 * 1024)
written = []


def write(record):
    key, _, data = record.get_contents()
    path = os.path.join(out_dir, "agg%03d.bin" % len(written))
    with open(path, "wb") as f:
        f.write(data)
    written.append((path, key))


for i in range(count):
    ehk = str(i) if i % 3 == 0 else None
    full = aggregator.add_user_record("key%d" % (i % 3), ("user record %d" % i).encode(), ehk)
    if full is not None:
        write(full)
rest = aggregator.clear_and_get()
if rest is not None and rest.get_num_user_records() > 0:
    write(rest)
for path, key in written:
    print(path, key)
