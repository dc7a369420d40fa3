# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kinesis_global_optspecs
    string join \n========= h/help V/version
end

function __fish_kinesis_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kinesis_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kinesis_using_subcommand
    set -l cmd (__fish_kinesis_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_needs_command" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "read" -d 'Read a whole stream, every shard, parents before children, without iterators (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "shard-for" -d 'Show the hash key a partition key maps to, and the shard that owns it (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "perf" -d 'Load a stream and measure it: producers at a rate or flat out, consumers polling or through enhanced fan-out; records/s, MB/s, put and end-to-end latency percentiles, throttles and errors, on any backend (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "wait" -d 'Wait until a stream exists (is ACTIVE) or no longer exists'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "acknowledge-dead-letter-queue-records" -d 'Acknowledge dead-letter records, discarding them from the queue'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "acknowledge-queue-records" -d 'Acknowledge records received from a queue, so it never delivers them again'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "add-tags-to-stream" -d 'Add or change tags (at most 10 per call, 50 per stream)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "create-queue" -d 'Create a queue on an on-demand stream: its records delivered to competing consumers, each in flight with one of them until acknowledged or its visibility timeout passes'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "create-stream" -d 'Create a stream with a number of shards'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "decrease-stream-retention-period" -d 'Keep records for less time (at least 24 hours); older records go at once'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "delete-channel" -d 'Delete a channel (data already delivered stays)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "delete-queue" -d 'Delete a queue (its stream and the stream\'s records stay)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "delete-resource-policy" -d 'Remove the resource policy of a stream or consumer'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "delete-stream" -d 'Delete a stream and all its records'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "deregister-stream-consumer" -d 'Deregister a consumer, by its ARN or by its stream\'s ARN and its name'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "describe-account-settings" -d 'Show the account\'s settings: its minimum throughput billing commitment'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "describe-channel" -d 'Describe a channel'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "describe-queue" -d 'Describe a queue: its status, stream, starting position and attributes'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "describe-stream" -d 'Describe a stream and its shards (all pages, unless --limit or --exclusive-start-shard-id is given)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "describe-stream-consumer" -d 'Describe a consumer, by its ARN or by its stream\'s ARN and its name'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "describe-stream-summary" -d 'Describe a stream without listing its shards'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "disable-enhanced-monitoring" -d 'Turn off shard-level metrics (ALL for all seven)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "enable-enhanced-monitoring" -d 'Turn on shard-level metrics (ALL for all seven)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "get-records" -d 'Read a page of records from a shard iterator; data is shown decoded'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "get-resource-policy" -d 'Show the resource policy of a stream or consumer (`{}` when it has none)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "get-shard-iterator" -d 'Get an iterator for reading a shard'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "increase-stream-retention-period" -d 'Keep records longer (up to 8760 hours)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "list-channels" -d 'List channels (one page), optionally of some streams'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "list-queues" -d 'List queues, optionally of some streams (all pages, unless --max-results or --next-token is given)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "list-shards" -d 'List a stream\'s shards, optionally filtered (all pages, unless --max-results, --next-token or --exclusive-start-shard-id is given)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "list-stream-consumers" -d 'List a stream\'s consumers (all pages, unless --max-results or --next-token is given)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "list-streams" -d 'List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token is given)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "list-tags-for-resource" -d 'List the tags of a stream named by ARN'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "list-tags-for-stream" -d 'List a stream\'s tags'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "merge-shards" -d 'Merge two adjacent open shards into one'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "put-record" -d 'Write one record'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "put-records" -d 'Write up to 500 records in one call, or upload a whole file in batches with --file (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "put-resource-policy" -d 'Attach a resource policy (a JSON document) to a stream or consumer (the engine keeps it and returns it; it does not enforce it)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "receive-dead-letter-queue-records" -d 'Receive up to 10 dead-letter records: those received MaxReceiveCount times without being acknowledged'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "receive-queue-records" -d 'Receive up to 10 records from a queue, waiting up to --wait-time-seconds for one; each comes with the receipt handle that acknowledges it'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "register-stream-consumer" -d 'Register an enhanced fan-out consumer on a stream (at most 20 per stream)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "remove-tags-from-stream" -d 'Remove tags by key'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "restore-dead-letter-queue-records" -d 'Restore dead-letter records to the queue, their receive counts back to zero'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "split-shard" -d 'Split a shard in two; without --new-starting-hash-key, at the midpoint, so both children own the same number of hash keys. Prints the children (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "start-stream-encryption" -d 'Turn on server-side encryption of a stream with a KMS key (the engine keeps the setting and shows it; it does not encrypt its files)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "stop-stream-encryption" -d 'Turn off server-side encryption of a stream'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "subscribe-to-shard" -d 'Receive a shard\'s records through a consumer, pushed as they arrive, printing each event (the subscription ends after 5 minutes, as on AWS; Ctrl-C ends it sooner)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "tag-resource" -d 'Add or change tags of a stream named by ARN'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "untag-resource" -d 'Remove tags of a stream named by ARN'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "update-account-settings" -d 'Enable or disable the account\'s minimum throughput billing commitment (which on-demand warm throughput needs; once enabled it lasts at least 24 hours)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "update-channel" -d 'Change a channel\'s data freshness or logging'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "update-dead-letter-queue-records-visibility" -d 'Change how long received dead-letter records stay in flight'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "update-max-record-size" -d 'Raise (or lower) the largest record a stream takes, 1024 to 10240 KiB (PutRecord, PutRecords and `put-records --file` follow it)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "update-queue" -d 'Change a queue\'s visibility timeout or dead-letter handling'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "update-queue-records-visibility" -d 'Change how long received records stay in flight (0: visible again at once)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "update-shard-count" -d 'Scale a stream to a number of open shards (at most double, at least half, per call)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "update-stream-mode" -d 'Switch a stream between PROVISIONED and ON_DEMAND capacity (twice a day at most)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "update-stream-record-distribution-strategy" -d 'Choose how an on-demand stream\'s records find their shards: AUTO (spread evenly, partition keys optional and ignored) or USER_PARTITION_KEY'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "update-stream-warm-throughput" -d 'Set an on-demand stream\'s warm throughput, in MiB/s (with the account\'s minimum throughput billing commitment)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "completions" -d 'Print a shell completion script (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "man" -d 'Print the man page, or write all of them to a directory (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "version" -d 'Print the version (as --version does)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -l from -d 'Where to start: `trim-horizon`, `latest`, `at-sequence NUMBER`, or a time: `at-timestamp TIME` or TIME alone, as `now`, a span ago (`-1h`, `15m`, `2d`), ISO 8601, or epoch seconds or milliseconds' -r -f -a "trim-horizon\t''
latest\t''
at-timestamp\t''
at-sequence\t''"
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -l max-records -d 'Stop after this many records, waiting for them if they have not arrived yet' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -l until -d 'Stop at records that arrived after this time (as --from takes times: `now`, `-5m`, ISO 8601, epoch seconds or milliseconds)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -l shard-id -d 'Read only this shard (and the shards that follow it); repeatable' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -l consumer-name -d 'With --efo: read through this consumer (registered if it does not exist, and kept)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -l filter -d 'Keep only records whose (decoded) data is JSON matching this JMESPath expression, e.g. "level == \'ERROR\'"' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -l decode -d 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records\' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli\'s base64 exactly)' -r -f -a "auto\t'Every layer recognised, stacked; text shown as text'
none\t'Nothing: data as it came (base64 in JSON, exactly as aws-cli prints it)'
kpl\t'KPL aggregated records, split into their user records'
gzip\t'gzip'
zlib\t'zlib (deflate with its header)'
zstd\t'zstd'
cwlogs\t'CloudWatch Logs subscription envelopes: a record per log event'"
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -l max-decoded -d 'The most a record may decompress to (a bigger one is left as it came, with a warning)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -l follow -d 'Keep reading as records arrive, like `tail -f`, until Ctrl-C'
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -l efo -d 'Read through enhanced fan-out: records are pushed by SubscribeToShard instead of polled, through a consumer of this read\'s own (registered as `kinesis-read-<host>-<pid>` and deregistered on exit) or --consumer-name\'s'
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand read" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand shard-for" -l partition-key -d 'The partition key to look up' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand shard-for" -l stream-name -d 'The stream whose shard owns the key (without it, only the hash key is shown)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand shard-for" -l stream-arn -d 'The stream, by ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand shard-for" -l explicit-hash-key -d 'Look up this explicit hash key instead of hashing the partition key' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand shard-for" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand shard-for" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand metrics" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand metrics" -l stream-arn -d 'The stream\'s ARN' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand metrics" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand metrics" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -l producers -d 'Producers sending at once (0: consume only, from the oldest record the stream holds)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -l consumers -d 'Consumers, each reading every shard on its own (0: produce only, no end-to-end latency)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -l rate -d 'Records a second across all producers [default: as fast as the stream takes them]' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -l record-size -d 'Each record\'s size in bytes, or MIN-MAX for sizes drawn evenly from a range (at least 16: a record carries its run and when it was sent)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -l keys -d 'Partition keys: `random` (a new key per record), `set:N` (N keys, drawn evenly) or `hot:P` (P% of the records on one key, the rest random)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -l batch-size -d 'Records per call: 1 sends PutRecord, more send PutRecords (at most 500)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -l duration -d 'How long producers send: `30s`, `2m`, `500ms`, or seconds [default: 10s, unless --count]' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -l count -d 'How many records producers send in all (with --duration, whichever ends first; with --producers 0, how many each consumer reads)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -l poll-interval -d 'How long a polling consumer waits after an empty page [default: 100ms on the engine, 1s on an endpoint (AWS allows 5 GetRecords a second per shard), as `read`]' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -l efo -d 'Consumers read through enhanced fan-out (a temporary consumer each, deregistered at the end) instead of polling GetRecords'
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand perf" -s V -l version -d 'Print version'
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and not __fish_seen_subcommand_from stream-exists stream-not-exists help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and not __fish_seen_subcommand_from stream-exists stream-not-exists help" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and not __fish_seen_subcommand_from stream-exists stream-not-exists help" -f -a "stream-exists" -d 'Wait until the stream is ACTIVE'
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and not __fish_seen_subcommand_from stream-exists stream-not-exists help" -f -a "stream-not-exists" -d 'Wait until the stream is gone'
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and not __fish_seen_subcommand_from stream-exists stream-not-exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from stream-exists" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from stream-exists" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from stream-exists" -l delay -d 'Seconds between polls, as aws-cli\'s waiter (beyond aws-cli: settable)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from stream-exists" -l max-attempts -d 'Polls before giving up, as aws-cli\'s waiter (beyond aws-cli: settable)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from stream-exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from stream-exists" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from stream-not-exists" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from stream-not-exists" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from stream-not-exists" -l delay -d 'Seconds between polls, as aws-cli\'s waiter (beyond aws-cli: settable)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from stream-not-exists" -l max-attempts -d 'Polls before giving up, as aws-cli\'s waiter (beyond aws-cli: settable)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from stream-not-exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from stream-not-exists" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from help" -f -a "stream-exists" -d 'Wait until the stream is ACTIVE'
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from help" -f -a "stream-not-exists" -d 'Wait until the stream is gone'
complete -c kinesis -n "__fish_kinesis_using_subcommand wait; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-dead-letter-queue-records" -l queue-arn -d 'The queue\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-dead-letter-queue-records" -l entries -d '1–10 records by their receipt handles: `ReceiptHandle=…` each, or a JSON list' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-dead-letter-queue-records" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-dead-letter-queue-records" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-dead-letter-queue-records" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-dead-letter-queue-records" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-dead-letter-queue-records" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-queue-records" -l queue-arn -d 'The queue\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-queue-records" -l entries -d '1–10 records by their receipt handles: `ReceiptHandle=…` each, or a JSON list' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-queue-records" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-queue-records" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-queue-records" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-queue-records" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand acknowledge-queue-records" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand add-tags-to-stream" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand add-tags-to-stream" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand add-tags-to-stream" -l tags -d '`k1=v1,k2=v2`, or a JSON object' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand add-tags-to-stream" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand add-tags-to-stream" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand add-tags-to-stream" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand add-tags-to-stream" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand add-tags-to-stream" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand create-channel" -l channel-name -d 'The channel\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-channel" -l service-execution-role-arn -d 'The IAM role Kinesis assumes to deliver' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-channel" -l stream-configuration-list -d 'The source streams and their record configurations, a JSON list' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-channel" -l s3-destination-configuration -d 'An S3 bucket destination, in shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-channel" -l s3-tables-destination-configuration -d 'An S3 Tables destination, in shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-channel" -l encryption-configuration -d 'How delivered data is encrypted, in shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-channel" -l tags -d 'Tags: `k1=v1,k2=v2`, or a JSON object' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-channel" -l logging-configuration -d 'CloudWatch Logs for delivery errors, in shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-channel" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-channel" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-channel" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand create-channel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand create-channel" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand create-queue" -l queue-name -d 'The queue\'s name: 1–128 of [a-zA-Z0-9_.-], unique in the account and region' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-queue" -l stream-configuration-list -d 'The stream and where delivery starts: `StreamARN=…,StartingPosition={Type=TRIM_HORIZON|LATEST|AT_TIMESTAMP,Timestamp=…}`, in shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-queue" -l queue-attributes -d '`VisibilityTimeoutSeconds=…,DeadLetterConfiguration={TargetType=BUILT_IN, MaxReceiveCount=…}` (30 s and 6 receives when absent), in shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-queue" -l tags -d 'Tags for the queue: `k1=v1,k2=v2`, or a JSON object (at most 50)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-queue" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-queue" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-queue" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand create-queue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand create-queue" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l stream-name -d 'The new stream\'s name: 1–128 of [a-zA-Z0-9_.-]' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l shard-count -d 'How many shards (required unless the mode is ON_DEMAND)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l stream-mode-details -d '`StreamMode=PROVISIONED|ON_DEMAND`, in shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l tags -d 'Tags for the new stream: `k1=v1,k2=v2`, or a JSON object (at most 50)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l warm-throughput-mi-bps -d 'An on-demand stream\'s warm throughput, in MiB/s (needs the account\'s minimum throughput billing commitment)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l max-record-size-in-ki-b -d 'The largest record the stream takes, 1024 to 10240 KiB (1024 when absent)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l record-distribution-strategy -d 'AUTO or USER_PARTITION_KEY (on-demand streams)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand decrease-stream-retention-period" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand decrease-stream-retention-period" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand decrease-stream-retention-period" -l retention-period-hours -d 'The new retention period in hours (24–8760)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand decrease-stream-retention-period" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand decrease-stream-retention-period" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand decrease-stream-retention-period" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand decrease-stream-retention-period" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand decrease-stream-retention-period" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-channel" -l channel-arn -d 'The channel\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-channel" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-channel" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-channel" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-channel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-channel" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-queue" -l queue-arn -d 'The queue\'s ARN (from create-queue or list-queues)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-queue" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-queue" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-queue" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-queue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-queue" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-resource-policy" -l resource-arn -d 'The stream\'s or consumer\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-resource-policy" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-resource-policy" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-resource-policy" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-resource-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-resource-policy" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l enforce-consumer-deletion -d 'Delete even if consumers are registered'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l no-enforce-consumer-deletion -d 'Refuse to delete a stream with consumers (the default)'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand deregister-stream-consumer" -l stream-arn -d 'The stream\'s ARN (with --consumer-name)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand deregister-stream-consumer" -l consumer-name -d 'The consumer\'s name (with --stream-arn)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand deregister-stream-consumer" -l consumer-arn -d 'The consumer\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand deregister-stream-consumer" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand deregister-stream-consumer" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand deregister-stream-consumer" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand deregister-stream-consumer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand deregister-stream-consumer" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-account-settings" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-account-settings" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-account-settings" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-account-settings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-account-settings" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-channel" -l channel-arn -d 'The channel\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-channel" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-channel" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-channel" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-channel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-channel" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-queue" -l queue-arn -d 'The queue\'s ARN (from create-queue or list-queues)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-queue" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-queue" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-queue" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-queue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-queue" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l limit -d 'At most this many shards (1–10000); returns a single page' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l exclusive-start-shard-id -d 'Start after this shard; returns a single page' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l max-items -d 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l starting-token -d 'Continue where a previous --max-items output\'s NextToken says' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l page-size -d 'How many items each call to the service asks for (all are still fetched)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-consumer" -l stream-arn -d 'The stream\'s ARN (with --consumer-name)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-consumer" -l consumer-name -d 'The consumer\'s name (with --stream-arn)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-consumer" -l consumer-arn -d 'The consumer\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-consumer" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-consumer" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-consumer" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-consumer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-consumer" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand disable-enhanced-monitoring" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand disable-enhanced-monitoring" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand disable-enhanced-monitoring" -l shard-level-metrics -d 'IncomingBytes, IncomingRecords, OutgoingBytes, OutgoingRecords, WriteProvisionedThroughputExceeded, ReadProvisionedThroughputExceeded, IteratorAgeMilliseconds, or ALL' -r -f -a "ALL\t''
IncomingBytes\t''
IncomingRecords\t''
OutgoingBytes\t''
OutgoingRecords\t''
WriteProvisionedThroughputExceeded\t''
ReadProvisionedThroughputExceeded\t''
IteratorAgeMilliseconds\t''"
complete -c kinesis -n "__fish_kinesis_using_subcommand disable-enhanced-monitoring" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand disable-enhanced-monitoring" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand disable-enhanced-monitoring" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand disable-enhanced-monitoring" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand disable-enhanced-monitoring" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand enable-enhanced-monitoring" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand enable-enhanced-monitoring" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand enable-enhanced-monitoring" -l shard-level-metrics -d 'IncomingBytes, IncomingRecords, OutgoingBytes, OutgoingRecords, WriteProvisionedThroughputExceeded, ReadProvisionedThroughputExceeded, IteratorAgeMilliseconds, or ALL' -r -f -a "ALL\t''
IncomingBytes\t''
IncomingRecords\t''
OutgoingBytes\t''
OutgoingRecords\t''
WriteProvisionedThroughputExceeded\t''
ReadProvisionedThroughputExceeded\t''
IteratorAgeMilliseconds\t''"
complete -c kinesis -n "__fish_kinesis_using_subcommand enable-enhanced-monitoring" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand enable-enhanced-monitoring" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand enable-enhanced-monitoring" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand enable-enhanced-monitoring" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand enable-enhanced-monitoring" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand get-records" -l shard-iterator -d 'The iterator, from get-shard-iterator or a previous NextShardIterator' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-records" -l limit -d 'At most this many records (1–10000)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-records" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-records" -l decode -d 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records\' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli\'s base64 exactly)' -r -f -a "auto\t'Every layer recognised, stacked; text shown as text'
none\t'Nothing: data as it came (base64 in JSON, exactly as aws-cli prints it)'
kpl\t'KPL aggregated records, split into their user records'
gzip\t'gzip'
zlib\t'zlib (deflate with its header)'
zstd\t'zstd'
cwlogs\t'CloudWatch Logs subscription envelopes: a record per log event'"
complete -c kinesis -n "__fish_kinesis_using_subcommand get-records" -l max-decoded -d 'The most a record may decompress to (a bigger one is left as it came, with a warning)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-records" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-records" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-records" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand get-records" -l dry-run -d 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException'
complete -c kinesis -n "__fish_kinesis_using_subcommand get-records" -l no-dry-run -d 'Send the request for real (the default)'
complete -c kinesis -n "__fish_kinesis_using_subcommand get-records" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand get-records" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand get-resource-policy" -l resource-arn -d 'The stream\'s or consumer\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-resource-policy" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-resource-policy" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-resource-policy" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand get-resource-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand get-resource-policy" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand get-shard-iterator" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-shard-iterator" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-shard-iterator" -l shard-id -d 'The shard to read' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-shard-iterator" -l shard-iterator-type -d 'Where to start' -r -f -a "AT_SEQUENCE_NUMBER\t'At the given sequence number'
AFTER_SEQUENCE_NUMBER\t'Just after the given sequence number'
AT_TIMESTAMP\t'At the first record at or after the given time'
TRIM_HORIZON\t'At the oldest record retained'
LATEST\t'After the newest record'"
complete -c kinesis -n "__fish_kinesis_using_subcommand get-shard-iterator" -l starting-sequence-number -d 'For AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-shard-iterator" -l timestamp -d 'For AT_TIMESTAMP: epoch seconds or ISO 8601' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-shard-iterator" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-shard-iterator" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand get-shard-iterator" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand get-shard-iterator" -l dry-run -d 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException'
complete -c kinesis -n "__fish_kinesis_using_subcommand get-shard-iterator" -l no-dry-run -d 'Send the request for real (the default)'
complete -c kinesis -n "__fish_kinesis_using_subcommand get-shard-iterator" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand get-shard-iterator" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand increase-stream-retention-period" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand increase-stream-retention-period" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand increase-stream-retention-period" -l retention-period-hours -d 'The new retention period in hours (24–8760)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand increase-stream-retention-period" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand increase-stream-retention-period" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand increase-stream-retention-period" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand increase-stream-retention-period" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand increase-stream-retention-period" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-channels" -l stream-filter -d 'Only the channels of these streams, a JSON list of `{"StreamARN": …}`' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-channels" -l max-results -d 'At most this many channels (1–10000)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-channels" -l next-token -d 'Where the previous page ended' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-channels" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-channels" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-channels" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand list-channels" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-channels" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-queues" -l stream-filter -d 'Only the queues of these streams: `StreamARN=…[,StreamCreationTimestamp=…]` each, in shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-queues" -l next-token -d 'Continue from a previous page\'s NextToken; returns a single page' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-queues" -l max-results -d 'At most this many queues (1–10000); returns a single page' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-queues" -l max-items -d 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-queues" -l starting-token -d 'Continue where a previous --max-items output\'s NextToken says' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-queues" -l page-size -d 'How many items each call to the service asks for (all are still fetched)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-queues" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-queues" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-queues" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand list-queues" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-queues" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l stream-name -d 'The stream\'s name (not with --next-token)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l stream-arn -d 'The stream\'s ARN (not with --next-token)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l next-token -d 'Continue from a previous page\'s NextToken; returns a single page' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l exclusive-start-shard-id -d 'Start after this shard; returns a single page' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l max-results -d 'At most this many shards (1–10000); returns a single page' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l stream-creation-timestamp -d 'The stream\'s creation time, to tell apart streams that reused a name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l shard-filter -d '`Type=AT_LATEST`, `Type=AFTER_SHARD_ID,ShardId=…`, `Type=AT_TIMESTAMP,Timestamp=…`, AT_TRIM_HORIZON, FROM_TRIM_HORIZON or FROM_TIMESTAMP; shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l max-items -d 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l starting-token -d 'Continue where a previous --max-items output\'s NextToken says' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l page-size -d 'How many items each call to the service asks for (all are still fetched)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-stream-consumers" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-stream-consumers" -l next-token -d 'Continue from a previous page\'s NextToken; returns a single page' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-stream-consumers" -l max-results -d 'At most this many consumers (1–10000); returns a single page' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-stream-consumers" -l stream-creation-timestamp -d 'The stream\'s creation time, to tell apart streams that reused a name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-stream-consumers" -l max-items -d 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-stream-consumers" -l starting-token -d 'Continue where a previous --max-items output\'s NextToken says' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-stream-consumers" -l page-size -d 'How many items each call to the service asks for (all are still fetched)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-stream-consumers" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-stream-consumers" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-stream-consumers" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand list-stream-consumers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-stream-consumers" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l limit -d 'At most this many streams (1–10000); returns a single page' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l exclusive-start-stream-name -d 'Start after this stream name; returns a single page' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l next-token -d 'Continue from a previous page\'s NextToken; returns a single page' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l max-items -d 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l starting-token -d 'Continue where a previous --max-items output\'s NextToken says' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l page-size -d 'How many items each call to the service asks for (all are still fetched)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-resource" -l resource-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-resource" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-resource" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-resource" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-resource" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-resource" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-stream" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-stream" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-stream" -l exclusive-start-tag-key -d 'Start after this key' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-stream" -l limit -d 'At most this many tags (1–50; 10 by default)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-stream" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-stream" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-stream" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-stream" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-tags-for-stream" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand merge-shards" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand merge-shards" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand merge-shards" -l shard-to-merge -d 'One shard (it becomes the child\'s ParentShardId)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand merge-shards" -l adjacent-shard-to-merge -d 'The adjacent shard (it becomes the child\'s AdjacentParentShardId)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand merge-shards" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand merge-shards" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand merge-shards" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand merge-shards" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand merge-shards" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand put-record" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-record" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-record" -l partition-key -d 'Routes the record (by its MD5) to a shard; 1–256 characters (optional on a stream whose records Kinesis distributes)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-record" -l explicit-hash-key -d 'A decimal hash key (0 to 2^128−1) that routes the record instead of the partition key' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-record" -l sequence-number-for-ordering -d 'The new record\'s sequence number will be greater than this one' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-record" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-record" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-record" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand put-record" -l dry-run -d 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException'
complete -c kinesis -n "__fish_kinesis_using_subcommand put-record" -l no-dry-run -d 'Send the request for real (the default)'
complete -c kinesis -n "__fish_kinesis_using_subcommand put-record" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand put-record" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l records -d 'Records as `Data=…,PartitionKey=…[,ExplicitHashKey=…]` (one value each), or a JSON list' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l file -d 'Upload a file (or - for stdin): a JSON array, JSON lines, or plain lines, one record each, in batches of up to 500 records and 5 MiB, retrying failed records' -r -F
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l format -d 'The file\'s format [default: detected: `[` starts a JSON array, `{` JSON lines, else lines]' -r -f -a "json\t'One JSON array; each element is a record (sent as compact JSON)'
jsonl\t'One JSON value per line; each line is a record (sent as written)'
lines\t'Each line is a record (sent as written, without its newline)'"
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l partition-key-field -d 'Take each record\'s partition key from this top-level field of the JSON record' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l partition-key-query -d 'Take each record\'s partition key from this JMESPath expression on the JSON record' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l partition-key -d 'Give every record this partition key [default: a random key per record]' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l key-delimiter -d 'Each record is `KEY<DELIMITER>DATA`: the partition key, then the payload (kcat\'s -K), e.g. `--key-delimiter :` for `user42:{"clicked":true}` lines' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l compress -d 'Compress each record\'s data (readers decompress it with --decode auto)' -r -f -a "gzip\t'gzip (RFC 1952)'
zstd\t'zstd, level 3'"
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l skip-lines -d 'Skip the records that start on the file\'s first N lines: resume an interrupted upload where its summary says (`StoppedAt`) without sending anything twice' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l aggregate -d 'Pack records KPL-style, many to a Kinesis record of at most 1 MiB, each aggregate holding records bound for one shard (readable by the KCL and by `read`)'
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l print-results -d 'Print each record\'s line, shard and sequence number as soon as it is stored'
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l dry-run -d 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException'
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -l no-dry-run -d 'Send the request for real (the default)'
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand put-records" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand put-resource-policy" -l resource-arn -d 'The stream\'s or consumer\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-resource-policy" -l policy -d 'The policy: a JSON document, or `file://PATH`' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-resource-policy" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-resource-policy" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand put-resource-policy" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand put-resource-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand put-resource-policy" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-dead-letter-queue-records" -l queue-arn -d 'The queue\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-dead-letter-queue-records" -l limit -d 'At most this many records (1–10; 10 when absent)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-dead-letter-queue-records" -l wait-time-seconds -d 'Wait up to this many seconds for a record (1–20; 9 when absent)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-dead-letter-queue-records" -l visibility-timeout-seconds -d 'Keep the records received in flight this long (0–43200; the queue\'s timeout when absent)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-dead-letter-queue-records" -l decode -d 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records\' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli\'s base64 exactly)' -r -f -a "auto\t'Every layer recognised, stacked; text shown as text'
none\t'Nothing: data as it came (base64 in JSON, exactly as aws-cli prints it)'
kpl\t'KPL aggregated records, split into their user records'
gzip\t'gzip'
zlib\t'zlib (deflate with its header)'
zstd\t'zstd'
cwlogs\t'CloudWatch Logs subscription envelopes: a record per log event'"
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-dead-letter-queue-records" -l max-decoded -d 'The most a record may decompress to (a bigger one is left as it came, with a warning)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-dead-letter-queue-records" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-dead-letter-queue-records" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-dead-letter-queue-records" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-dead-letter-queue-records" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-dead-letter-queue-records" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-queue-records" -l queue-arn -d 'The queue\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-queue-records" -l limit -d 'At most this many records (1–10; 10 when absent)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-queue-records" -l wait-time-seconds -d 'Wait up to this many seconds for a record (1–20; 9 when absent)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-queue-records" -l visibility-timeout-seconds -d 'Keep the records received in flight this long (0–43200; the queue\'s timeout when absent)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-queue-records" -l decode -d 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records\' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli\'s base64 exactly)' -r -f -a "auto\t'Every layer recognised, stacked; text shown as text'
none\t'Nothing: data as it came (base64 in JSON, exactly as aws-cli prints it)'
kpl\t'KPL aggregated records, split into their user records'
gzip\t'gzip'
zlib\t'zlib (deflate with its header)'
zstd\t'zstd'
cwlogs\t'CloudWatch Logs subscription envelopes: a record per log event'"
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-queue-records" -l max-decoded -d 'The most a record may decompress to (a bigger one is left as it came, with a warning)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-queue-records" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-queue-records" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-queue-records" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-queue-records" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand receive-queue-records" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand register-stream-consumer" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand register-stream-consumer" -l consumer-name -d 'The consumer\'s name: 1–128 of [a-zA-Z0-9_.-], unique within the stream' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand register-stream-consumer" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand register-stream-consumer" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand register-stream-consumer" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand register-stream-consumer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand register-stream-consumer" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand remove-tags-from-stream" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand remove-tags-from-stream" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand remove-tags-from-stream" -l tag-keys -d 'The keys to remove' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand remove-tags-from-stream" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand remove-tags-from-stream" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand remove-tags-from-stream" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand remove-tags-from-stream" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand remove-tags-from-stream" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand restore-dead-letter-queue-records" -l queue-arn -d 'The queue\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand restore-dead-letter-queue-records" -l entries -d '1–10 records by their receipt handles: `ReceiptHandle=…` each, or a JSON list' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand restore-dead-letter-queue-records" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand restore-dead-letter-queue-records" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand restore-dead-letter-queue-records" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand restore-dead-letter-queue-records" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand restore-dead-letter-queue-records" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand split-shard" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand split-shard" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand split-shard" -l shard-to-split -d 'The open shard to split' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand split-shard" -l new-starting-hash-key -d 'The first hash key of the second child [default: the shard\'s midpoint]' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand split-shard" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand split-shard" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand split-shard" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand split-shard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand split-shard" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand start-stream-encryption" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand start-stream-encryption" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand start-stream-encryption" -l encryption-type -d 'KMS' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand start-stream-encryption" -l key-id -d 'The KMS key: a key id, key ARN, alias name (`alias/aws/kinesis` for the AWS managed key) or alias ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand start-stream-encryption" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand start-stream-encryption" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand start-stream-encryption" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand start-stream-encryption" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand start-stream-encryption" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand stop-stream-encryption" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand stop-stream-encryption" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand stop-stream-encryption" -l encryption-type -d 'KMS' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand stop-stream-encryption" -l key-id -d 'The KMS key: a key id, key ARN, alias name (`alias/aws/kinesis` for the AWS managed key) or alias ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand stop-stream-encryption" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand stop-stream-encryption" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand stop-stream-encryption" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand stop-stream-encryption" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand stop-stream-encryption" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand subscribe-to-shard" -l consumer-arn -d 'The consumer\'s ARN (from register-stream-consumer)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand subscribe-to-shard" -l shard-id -d 'The shard to subscribe to' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand subscribe-to-shard" -l starting-position -d '`Type=LATEST`, `Type=TRIM_HORIZON`, `Type=AT_SEQUENCE_NUMBER,SequenceNumber=…`, AFTER_SEQUENCE_NUMBER, or `Type=AT_TIMESTAMP,Timestamp=…`; shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand subscribe-to-shard" -l decode -d 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records\' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli\'s base64 exactly)' -r -f -a "auto\t'Every layer recognised, stacked; text shown as text'
none\t'Nothing: data as it came (base64 in JSON, exactly as aws-cli prints it)'
kpl\t'KPL aggregated records, split into their user records'
gzip\t'gzip'
zlib\t'zlib (deflate with its header)'
zstd\t'zstd'
cwlogs\t'CloudWatch Logs subscription envelopes: a record per log event'"
complete -c kinesis -n "__fish_kinesis_using_subcommand subscribe-to-shard" -l max-decoded -d 'The most a record may decompress to (a bigger one is left as it came, with a warning)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand subscribe-to-shard" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand subscribe-to-shard" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand subscribe-to-shard" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand subscribe-to-shard" -l dry-run -d 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException'
complete -c kinesis -n "__fish_kinesis_using_subcommand subscribe-to-shard" -l no-dry-run -d 'Send the request for real (the default)'
complete -c kinesis -n "__fish_kinesis_using_subcommand subscribe-to-shard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand subscribe-to-shard" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand tag-resource" -l resource-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand tag-resource" -l tags -d '`k1=v1,k2=v2`, or a JSON object' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand tag-resource" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand tag-resource" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand tag-resource" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand tag-resource" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand tag-resource" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand untag-resource" -l resource-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand untag-resource" -l tag-keys -d 'The keys to remove' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand untag-resource" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand untag-resource" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand untag-resource" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand untag-resource" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand untag-resource" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-account-settings" -l minimum-throughput-billing-commitment -d '`Status=ENABLED|DISABLED`, in shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-account-settings" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-account-settings" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-account-settings" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand update-account-settings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-account-settings" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-channel" -l channel-arn -d 'The channel\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-channel" -l s3-destination-configuration -d 'The S3 destination\'s data freshness, in shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-channel" -l s3-tables-destination-configuration -d 'The S3 Tables destination\'s data freshness, in shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-channel" -l logging-configuration -d 'CloudWatch Logs for delivery errors, in shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-channel" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-channel" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-channel" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand update-channel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-channel" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-dead-letter-queue-records-visibility" -l queue-arn -d 'The queue\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-dead-letter-queue-records-visibility" -l entries -d '1–10 records and their new timeouts from now: `ReceiptHandle=…,VisibilityTimeoutSeconds=…` each (0: visible at once), or a JSON list' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-dead-letter-queue-records-visibility" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-dead-letter-queue-records-visibility" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-dead-letter-queue-records-visibility" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand update-dead-letter-queue-records-visibility" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-dead-letter-queue-records-visibility" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-max-record-size" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-max-record-size" -l max-record-size-in-ki-b -d 'The largest record the stream is to take, 1024 to 10240 KiB' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-max-record-size" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-max-record-size" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-max-record-size" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand update-max-record-size" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-max-record-size" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue" -l queue-arn -d 'The queue\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue" -l queue-attributes -d 'The attributes to change (the others stay): `VisibilityTimeoutSeconds=…`, `DeadLetterConfiguration={TargetType=BUILT_IN|NONE,MaxReceiveCount=…}`; shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue-records-visibility" -l queue-arn -d 'The queue\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue-records-visibility" -l entries -d '1–10 records and their new timeouts from now: `ReceiptHandle=…,VisibilityTimeoutSeconds=…` each (0: visible at once), or a JSON list' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue-records-visibility" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue-records-visibility" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue-records-visibility" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue-records-visibility" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-queue-records-visibility" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-shard-count" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-shard-count" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-shard-count" -l target-shard-count -d 'The number of open shards wanted' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-shard-count" -l scaling-type -d 'How to get there; only UNIFORM_SCALING exists' -r -f -a "UNIFORM_SCALING\t'Shards of equal size'"
complete -c kinesis -n "__fish_kinesis_using_subcommand update-shard-count" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-shard-count" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-shard-count" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand update-shard-count" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-shard-count" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-mode" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-mode" -l stream-mode-details -d '`StreamMode=PROVISIONED|ON_DEMAND`, in shorthand or JSON' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-mode" -l warm-throughput-mi-bps -d 'The warm throughput for an on-demand stream, in MiB/s (needs the account\'s minimum throughput billing commitment)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-mode" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-mode" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-mode" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-mode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-mode" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-record-distribution-strategy" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-record-distribution-strategy" -l record-distribution-strategy -d 'AUTO (Kinesis spreads records evenly, partition keys ignored) or USER_PARTITION_KEY' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-record-distribution-strategy" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-record-distribution-strategy" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-record-distribution-strategy" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-record-distribution-strategy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-record-distribution-strategy" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-warm-throughput" -l stream-name -d 'The stream\'s name' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-warm-throughput" -l stream-arn -d 'The stream\'s ARN' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-warm-throughput" -l warm-throughput-mi-bps -d 'The warm throughput asked for, in MiB/s (on-demand streams, with the account\'s minimum throughput billing commitment)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-warm-throughput" -l cli-input-json -d 'Take the request\'s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-warm-throughput" -l cli-input-yaml -d 'Take the request\'s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-warm-throughput" -l generate-cli-skeleton -d 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-warm-throughput" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand update-stream-warm-throughput" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l port -d 'The port to listen on (0: any free port; the URL is printed on stdout)' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l bind -d 'The address to listen on; anything but loopback must be asked for' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l stream -d 'Create these streams at start (unless they exist): NAME:SHARDS, repeatable' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l shard-limit -d 'The most open shards across all streams' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l iterator-ttl -d 'How long shard iterators stay valid, in seconds' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l create-stream-ms -d 'How long a new stream stays CREATING, in milliseconds' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l delete-stream-ms -d 'How long a deleted stream stays DELETING, in milliseconds' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l update-stream-ms -d 'How long a resharded or re-tuned stream stays UPDATING, in milliseconds' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l register-consumer-ms -d 'How long a registered consumer stays CREATING, in milliseconds' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l deregister-consumer-ms -d 'How long a deregistered consumer stays DELETING, in milliseconds' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l header-timeout -d 'How long a client may take to send a request\'s headers, in seconds' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l idle-timeout -d 'How long a connection may sit idle between requests before it is closed, in seconds' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l access-key-id -d 'With --verify-signatures: the access key id requests must be signed with' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l secret-access-key -d 'With --verify-signatures: the secret access key requests must be signed with' -r -f
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l faults -d 'Script faults from this file (YAML or JSON): errors, latency and failed records per action, by probability (with a seed) or every Nth call, and reshards at given moments' -r -F
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l max-connections -d 'The most connections served at once; more are answered 503 and closed' -r -f
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
base64\t'The text given is base64 of the data'"
on\t'Always color'
off\t'Never color'"
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l in-memory -d 'Keep streams in memory only, not in the data dir: gone when the server stops'
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l no-auth-check -d 'Accept unsigned requests (curl, hand-made clients). By default a request must carry a SigV4 signature complete in form, as AWS requires (it is not verified)'
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -l enforce-limits -d 'Enforce Kinesis\'s rate limits: per shard 1 MiB/s and 1 000 records/s in, 5 GetRecords calls/s and 2 MiB/s out (ProvisionedThroughputExceededException beyond), 2 MiB/s to each subscription; each control-plane action\'s documented call rate (LimitExceededException beyond)'
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand serve" -s V -l version -d 'Print version'
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -s h -l help -d 'Print help'
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -l out-dir -d 'Write kinesis.1 and one kinesis-<command>.1 per command into this directory' -r -F
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -s h -l help -d 'Print help'
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -s V -l version -d 'Print version'
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'
yaml\t'YAML (aws-cli v2)'
yaml-stream\t'YAML, a list item per response or record (aws-cli v2)'"
on\t'Always color'
off\t'Never color'"
base64\t'The text given is base64 of the data'"
complete -c kinesis -n "__fish_kinesis_using_subcommand version" -s h -l help -d 'Print help'
complete -c kinesis -n "__fish_kinesis_using_subcommand version" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "read" -d 'Read a whole stream, every shard, parents before children, without iterators (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "shard-for" -d 'Show the hash key a partition key maps to, and the shard that owns it (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "perf" -d 'Load a stream and measure it: producers at a rate or flat out, consumers polling or through enhanced fan-out; records/s, MB/s, put and end-to-end latency percentiles, throttles and errors, on any backend (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "wait" -d 'Wait until a stream exists (is ACTIVE) or no longer exists'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "acknowledge-dead-letter-queue-records" -d 'Acknowledge dead-letter records, discarding them from the queue'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "acknowledge-queue-records" -d 'Acknowledge records received from a queue, so it never delivers them again'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "add-tags-to-stream" -d 'Add or change tags (at most 10 per call, 50 per stream)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "create-queue" -d 'Create a queue on an on-demand stream: its records delivered to competing consumers, each in flight with one of them until acknowledged or its visibility timeout passes'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "create-stream" -d 'Create a stream with a number of shards'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "decrease-stream-retention-period" -d 'Keep records for less time (at least 24 hours); older records go at once'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "delete-channel" -d 'Delete a channel (data already delivered stays)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "delete-queue" -d 'Delete a queue (its stream and the stream\'s records stay)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "delete-resource-policy" -d 'Remove the resource policy of a stream or consumer'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "delete-stream" -d 'Delete a stream and all its records'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "deregister-stream-consumer" -d 'Deregister a consumer, by its ARN or by its stream\'s ARN and its name'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "describe-account-settings" -d 'Show the account\'s settings: its minimum throughput billing commitment'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "describe-channel" -d 'Describe a channel'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "describe-queue" -d 'Describe a queue: its status, stream, starting position and attributes'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "describe-stream" -d 'Describe a stream and its shards (all pages, unless --limit or --exclusive-start-shard-id is given)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "describe-stream-consumer" -d 'Describe a consumer, by its ARN or by its stream\'s ARN and its name'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "describe-stream-summary" -d 'Describe a stream without listing its shards'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "disable-enhanced-monitoring" -d 'Turn off shard-level metrics (ALL for all seven)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "enable-enhanced-monitoring" -d 'Turn on shard-level metrics (ALL for all seven)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "get-records" -d 'Read a page of records from a shard iterator; data is shown decoded'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "get-resource-policy" -d 'Show the resource policy of a stream or consumer (`{}` when it has none)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "get-shard-iterator" -d 'Get an iterator for reading a shard'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "increase-stream-retention-period" -d 'Keep records longer (up to 8760 hours)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "list-channels" -d 'List channels (one page), optionally of some streams'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "list-queues" -d 'List queues, optionally of some streams (all pages, unless --max-results or --next-token is given)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "list-shards" -d 'List a stream\'s shards, optionally filtered (all pages, unless --max-results, --next-token or --exclusive-start-shard-id is given)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "list-stream-consumers" -d 'List a stream\'s consumers (all pages, unless --max-results or --next-token is given)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "list-streams" -d 'List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token is given)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "list-tags-for-resource" -d 'List the tags of a stream named by ARN'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "list-tags-for-stream" -d 'List a stream\'s tags'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "merge-shards" -d 'Merge two adjacent open shards into one'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "put-record" -d 'Write one record'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "put-records" -d 'Write up to 500 records in one call, or upload a whole file in batches with --file (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "put-resource-policy" -d 'Attach a resource policy (a JSON document) to a stream or consumer (the engine keeps it and returns it; it does not enforce it)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "receive-dead-letter-queue-records" -d 'Receive up to 10 dead-letter records: those received MaxReceiveCount times without being acknowledged'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "receive-queue-records" -d 'Receive up to 10 records from a queue, waiting up to --wait-time-seconds for one; each comes with the receipt handle that acknowledges it'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "register-stream-consumer" -d 'Register an enhanced fan-out consumer on a stream (at most 20 per stream)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "remove-tags-from-stream" -d 'Remove tags by key'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "restore-dead-letter-queue-records" -d 'Restore dead-letter records to the queue, their receive counts back to zero'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "split-shard" -d 'Split a shard in two; without --new-starting-hash-key, at the midpoint, so both children own the same number of hash keys. Prints the children (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "start-stream-encryption" -d 'Turn on server-side encryption of a stream with a KMS key (the engine keeps the setting and shows it; it does not encrypt its files)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "stop-stream-encryption" -d 'Turn off server-side encryption of a stream'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "subscribe-to-shard" -d 'Receive a shard\'s records through a consumer, pushed as they arrive, printing each event (the subscription ends after 5 minutes, as on AWS; Ctrl-C ends it sooner)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "tag-resource" -d 'Add or change tags of a stream named by ARN'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "untag-resource" -d 'Remove tags of a stream named by ARN'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "update-account-settings" -d 'Enable or disable the account\'s minimum throughput billing commitment (which on-demand warm throughput needs; once enabled it lasts at least 24 hours)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "update-channel" -d 'Change a channel\'s data freshness or logging'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "update-dead-letter-queue-records-visibility" -d 'Change how long received dead-letter records stay in flight'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "update-max-record-size" -d 'Raise (or lower) the largest record a stream takes, 1024 to 10240 KiB (PutRecord, PutRecords and `put-records --file` follow it)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "update-queue" -d 'Change a queue\'s visibility timeout or dead-letter handling'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "update-queue-records-visibility" -d 'Change how long received records stay in flight (0: visible again at once)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "update-shard-count" -d 'Scale a stream to a number of open shards (at most double, at least half, per call)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "update-stream-mode" -d 'Switch a stream between PROVISIONED and ON_DEMAND capacity (twice a day at most)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "update-stream-record-distribution-strategy" -d 'Choose how an on-demand stream\'s records find their shards: AUTO (spread evenly, partition keys optional and ignored) or USER_PARTITION_KEY'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "update-stream-warm-throughput" -d 'Set an on-demand stream\'s warm throughput, in MiB/s (with the account\'s minimum throughput billing commitment)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "completions" -d 'Print a shell completion script (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "man" -d 'Print the man page, or write all of them to a directory (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "version" -d 'Print the version (as --version does)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from read shard-for metrics perf wait acknowledge-dead-letter-queue-records acknowledge-queue-records add-tags-to-stream create-channel create-queue create-stream decrease-stream-retention-period delete-channel delete-queue delete-resource-policy delete-stream deregister-stream-consumer describe-account-settings describe-channel describe-limits describe-queue describe-stream describe-stream-consumer describe-stream-summary disable-enhanced-monitoring enable-enhanced-monitoring get-records get-resource-policy get-shard-iterator increase-stream-retention-period list-channels list-queues list-shards list-stream-consumers list-streams list-tags-for-resource list-tags-for-stream merge-shards put-record put-records put-resource-policy receive-dead-letter-queue-records receive-queue-records register-stream-consumer remove-tags-from-stream restore-dead-letter-queue-records split-shard start-stream-encryption stop-stream-encryption subscribe-to-shard tag-resource untag-resource update-account-settings update-channel update-dead-letter-queue-records-visibility update-max-record-size update-queue update-queue-records-visibility update-shard-count update-stream-mode update-stream-record-distribution-strategy update-stream-warm-throughput serve completions man version help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and __fish_seen_subcommand_from wait" -f -a "stream-exists" -d 'Wait until the stream is ACTIVE'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and __fish_seen_subcommand_from wait" -f -a "stream-not-exists" -d 'Wait until the stream is gone'
