
use builtin;
use str;

set edit:completion:arg-completer[kinesis] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'kinesis'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'kinesis'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand read 'Read a whole stream, every shard, parents before children, without iterators (beyond aws-cli)'
            cand shard-for 'Show the hash key a partition key maps to, and the shard that owns it (beyond aws-cli)'
            cand perf 'Load a stream and measure it: producers at a rate or flat out, consumers polling or through enhanced fan-out; records/s, MB/s, put and end-to-end latency percentiles, throttles and errors, on any backend (beyond aws-cli)'
            cand wait 'Wait until a stream exists (is ACTIVE) or no longer exists'
            cand acknowledge-dead-letter-queue-records 'Acknowledge dead-letter records, discarding them from the queue'
            cand acknowledge-queue-records 'Acknowledge records received from a queue, so it never delivers them again'
            cand add-tags-to-stream 'Add or change tags (at most 10 per call, 50 per stream)'
            cand create-queue 'Create a queue on an on-demand stream: its records delivered to competing consumers, each in flight with one of them until acknowledged or its visibility timeout passes'
            cand create-stream 'Create a stream with a number of shards'
            cand decrease-stream-retention-period 'Keep records for less time (at least 24 hours); older records go at once'
            cand delete-channel 'Delete a channel (data already delivered stays)'
            cand delete-queue 'Delete a queue (its stream and the stream''s records stay)'
            cand delete-resource-policy 'Remove the resource policy of a stream or consumer'
            cand delete-stream 'Delete a stream and all its records'
            cand deregister-stream-consumer 'Deregister a consumer, by its ARN or by its stream''s ARN and its name'
            cand describe-account-settings 'Show the account''s settings: its minimum throughput billing commitment'
            cand describe-channel 'Describe a channel'
            cand describe-queue 'Describe a queue: its status, stream, starting position and attributes'
            cand describe-stream 'Describe a stream and its shards (all pages, unless --limit or --exclusive-start-shard-id is given)'
            cand describe-stream-consumer 'Describe a consumer, by its ARN or by its stream''s ARN and its name'
            cand describe-stream-summary 'Describe a stream without listing its shards'
            cand disable-enhanced-monitoring 'Turn off shard-level metrics (ALL for all seven)'
            cand enable-enhanced-monitoring 'Turn on shard-level metrics (ALL for all seven)'
            cand get-records 'Read a page of records from a shard iterator; data is shown decoded'
            cand get-resource-policy 'Show the resource policy of a stream or consumer (`{}` when it has none)'
            cand get-shard-iterator 'Get an iterator for reading a shard'
            cand increase-stream-retention-period 'Keep records longer (up to 8760 hours)'
            cand list-channels 'List channels (one page), optionally of some streams'
            cand list-queues 'List queues, optionally of some streams (all pages, unless --max-results or --next-token is given)'
            cand list-shards 'List a stream''s shards, optionally filtered (all pages, unless --max-results, --next-token or --exclusive-start-shard-id is given)'
            cand list-stream-consumers 'List a stream''s consumers (all pages, unless --max-results or --next-token is given)'
            cand list-streams 'List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token is given)'
            cand list-tags-for-resource 'List the tags of a stream named by ARN'
            cand list-tags-for-stream 'List a stream''s tags'
            cand merge-shards 'Merge two adjacent open shards into one'
            cand put-record 'Write one record'
            cand put-records 'Write up to 500 records in one call, or upload a whole file in batches with --file (beyond aws-cli)'
            cand put-resource-policy 'Attach a resource policy (a JSON document) to a stream or consumer (the engine keeps it and returns it; it does not enforce it)'
            cand receive-dead-letter-queue-records 'Receive up to 10 dead-letter records: those received MaxReceiveCount times without being acknowledged'
            cand receive-queue-records 'Receive up to 10 records from a queue, waiting up to --wait-time-seconds for one; each comes with the receipt handle that acknowledges it'
            cand register-stream-consumer 'Register an enhanced fan-out consumer on a stream (at most 20 per stream)'
            cand remove-tags-from-stream 'Remove tags by key'
            cand restore-dead-letter-queue-records 'Restore dead-letter records to the queue, their receive counts back to zero'
            cand split-shard 'Split a shard in two; without --new-starting-hash-key, at the midpoint, so both children own the same number of hash keys. Prints the children (beyond aws-cli)'
            cand start-stream-encryption 'Turn on server-side encryption of a stream with a KMS key (the engine keeps the setting and shows it; it does not encrypt its files)'
            cand stop-stream-encryption 'Turn off server-side encryption of a stream'
            cand subscribe-to-shard 'Receive a shard''s records through a consumer, pushed as they arrive, printing each event (the subscription ends after 5 minutes, as on AWS; Ctrl-C ends it sooner)'
            cand tag-resource 'Add or change tags of a stream named by ARN'
            cand untag-resource 'Remove tags of a stream named by ARN'
            cand update-account-settings 'Enable or disable the account''s minimum throughput billing commitment (which on-demand warm throughput needs; once enabled it lasts at least 24 hours)'
            cand update-channel 'Change a channel''s data freshness or logging'
            cand update-dead-letter-queue-records-visibility 'Change how long received dead-letter records stay in flight'
            cand update-max-record-size 'Raise (or lower) the largest record a stream takes, 1024 to 10240 KiB (PutRecord, PutRecords and `put-records --file` follow it)'
            cand update-queue 'Change a queue''s visibility timeout or dead-letter handling'
            cand update-queue-records-visibility 'Change how long received records stay in flight (0: visible again at once)'
            cand update-shard-count 'Scale a stream to a number of open shards (at most double, at least half, per call)'
            cand update-stream-mode 'Switch a stream between PROVISIONED and ON_DEMAND capacity (twice a day at most)'
            cand update-stream-record-distribution-strategy 'Choose how an on-demand stream''s records find their shards: AUTO (spread evenly, partition keys optional and ignored) or USER_PARTITION_KEY'
            cand update-stream-warm-throughput 'Set an on-demand stream''s warm throughput, in MiB/s (with the account''s minimum throughput billing commitment)'
            cand completions 'Print a shell completion script (beyond aws-cli)'
            cand man 'Print the man page, or write all of them to a directory (beyond aws-cli)'
            cand version 'Print the version (as --version does)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kinesis;read'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --from 'Where to start: `trim-horizon`, `latest`, `at-sequence NUMBER`, or a time: `at-timestamp TIME` or TIME alone, as `now`, a span ago (`-1h`, `15m`, `2d`), ISO 8601, or epoch seconds or milliseconds'
            cand --max-records 'Stop after this many records, waiting for them if they have not arrived yet'
            cand --until 'Stop at records that arrived after this time (as --from takes times: `now`, `-5m`, ISO 8601, epoch seconds or milliseconds)'
            cand --shard-id 'Read only this shard (and the shards that follow it); repeatable'
            cand --consumer-name 'With --efo: read through this consumer (registered if it does not exist, and kept)'
            cand --filter 'Keep only records whose (decoded) data is JSON matching this JMESPath expression, e.g. "level == ''ERROR''"'
            cand --decode 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records'' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli''s base64 exactly)'
            cand --max-decoded 'The most a record may decompress to (a bigger one is left as it came, with a warning)'
            cand --follow 'Keep reading as records arrive, like `tail -f`, until Ctrl-C'
            cand --efo 'Read through enhanced fan-out: records are pushed by SubscribeToShard instead of polled, through a consumer of this read''s own (registered as `kinesis-read-<host>-<pid>` and deregistered on exit) or --consumer-name''s'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;shard-for'= {
            cand --partition-key 'The partition key to look up'
            cand --stream-name 'The stream whose shard owns the key (without it, only the hash key is shown)'
            cand --stream-arn 'The stream, by ARN'
            cand --explicit-hash-key 'Look up this explicit hash key instead of hashing the partition key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;metrics'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;perf'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --producers 'Producers sending at once (0: consume only, from the oldest record the stream holds)'
            cand --consumers 'Consumers, each reading every shard on its own (0: produce only, no end-to-end latency)'
            cand --rate 'Records a second across all producers [default: as fast as the stream takes them]'
            cand --record-size 'Each record''s size in bytes, or MIN-MAX for sizes drawn evenly from a range (at least 16: a record carries its run and when it was sent)'
            cand --keys 'Partition keys: `random` (a new key per record), `set:N` (N keys, drawn evenly) or `hot:P` (P% of the records on one key, the rest random)'
            cand --batch-size 'Records per call: 1 sends PutRecord, more send PutRecords (at most 500)'
            cand --duration 'How long producers send: `30s`, `2m`, `500ms`, or seconds [default: 10s, unless --count]'
            cand --count 'How many records producers send in all (with --duration, whichever ends first; with --producers 0, how many each consumer reads)'
            cand --poll-interval 'How long a polling consumer waits after an empty page [default: 100ms on the engine, 1s on an endpoint (AWS allows 5 GetRecords a second per shard), as `read`]'
            cand --efo 'Consumers read through enhanced fan-out (a temporary consumer each, deregistered at the end) instead of polling GetRecords'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;wait'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand stream-exists 'Wait until the stream is ACTIVE'
            cand stream-not-exists 'Wait until the stream is gone'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kinesis;wait;stream-exists'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --delay 'Seconds between polls, as aws-cli''s waiter (beyond aws-cli: settable)'
            cand --max-attempts 'Polls before giving up, as aws-cli''s waiter (beyond aws-cli: settable)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;wait;stream-not-exists'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --delay 'Seconds between polls, as aws-cli''s waiter (beyond aws-cli: settable)'
            cand --max-attempts 'Polls before giving up, as aws-cli''s waiter (beyond aws-cli: settable)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;wait;help'= {
            cand stream-exists 'Wait until the stream is ACTIVE'
            cand stream-not-exists 'Wait until the stream is gone'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kinesis;wait;help;stream-exists'= {
        }
        &'kinesis;wait;help;stream-not-exists'= {
        }
        &'kinesis;wait;help;help'= {
        }
        &'kinesis;acknowledge-dead-letter-queue-records'= {
            cand --queue-arn 'The queue''s ARN'
            cand --entries '1–10 records by their receipt handles: `ReceiptHandle=…` each, or a JSON list'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;acknowledge-queue-records'= {
            cand --queue-arn 'The queue''s ARN'
            cand --entries '1–10 records by their receipt handles: `ReceiptHandle=…` each, or a JSON list'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;add-tags-to-stream'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --tags '`k1=v1,k2=v2`, or a JSON object'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;create-channel'= {
            cand --channel-name 'The channel''s name'
            cand --service-execution-role-arn 'The IAM role Kinesis assumes to deliver'
            cand --stream-configuration-list 'The source streams and their record configurations, a JSON list'
            cand --s3-destination-configuration 'An S3 bucket destination, in shorthand or JSON'
            cand --s3-tables-destination-configuration 'An S3 Tables destination, in shorthand or JSON'
            cand --encryption-configuration 'How delivered data is encrypted, in shorthand or JSON'
            cand --tags 'Tags: `k1=v1,k2=v2`, or a JSON object'
            cand --logging-configuration 'CloudWatch Logs for delivery errors, in shorthand or JSON'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;create-queue'= {
            cand --queue-name 'The queue''s name: 1–128 of [a-zA-Z0-9_.-], unique in the account and region'
            cand --stream-configuration-list 'The stream and where delivery starts: `StreamARN=…,StartingPosition={Type=TRIM_HORIZON|LATEST|AT_TIMESTAMP,Timestamp=…}`, in shorthand or JSON'
            cand --queue-attributes '`VisibilityTimeoutSeconds=…,DeadLetterConfiguration={TargetType=BUILT_IN, MaxReceiveCount=…}` (30 s and 6 receives when absent), in shorthand or JSON'
            cand --tags 'Tags for the queue: `k1=v1,k2=v2`, or a JSON object (at most 50)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;create-stream'= {
            cand --stream-name 'The new stream''s name: 1–128 of [a-zA-Z0-9_.-]'
            cand --shard-count 'How many shards (required unless the mode is ON_DEMAND)'
            cand --stream-mode-details '`StreamMode=PROVISIONED|ON_DEMAND`, in shorthand or JSON'
            cand --tags 'Tags for the new stream: `k1=v1,k2=v2`, or a JSON object (at most 50)'
            cand --warm-throughput-mi-bps 'An on-demand stream''s warm throughput, in MiB/s (needs the account''s minimum throughput billing commitment)'
            cand --max-record-size-in-ki-b 'The largest record the stream takes, 1024 to 10240 KiB (1024 when absent)'
            cand --record-distribution-strategy 'AUTO or USER_PARTITION_KEY (on-demand streams)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;decrease-stream-retention-period'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --retention-period-hours 'The new retention period in hours (24–8760)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;delete-channel'= {
            cand --channel-arn 'The channel''s ARN'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;delete-queue'= {
            cand --queue-arn 'The queue''s ARN (from create-queue or list-queues)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;delete-resource-policy'= {
            cand --resource-arn 'The stream''s or consumer''s ARN'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;delete-stream'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand --enforce-consumer-deletion 'Delete even if consumers are registered'
            cand --no-enforce-consumer-deletion 'Refuse to delete a stream with consumers (the default)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;deregister-stream-consumer'= {
            cand --stream-arn 'The stream''s ARN (with --consumer-name)'
            cand --consumer-name 'The consumer''s name (with --stream-arn)'
            cand --consumer-arn 'The consumer''s ARN'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;describe-account-settings'= {
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;describe-channel'= {
            cand --channel-arn 'The channel''s ARN'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;describe-limits'= {
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;describe-queue'= {
            cand --queue-arn 'The queue''s ARN (from create-queue or list-queues)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;describe-stream'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --limit 'At most this many shards (1–10000); returns a single page'
            cand --exclusive-start-shard-id 'Start after this shard; returns a single page'
            cand --max-items 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token'
            cand --starting-token 'Continue where a previous --max-items output''s NextToken says'
            cand --page-size 'How many items each call to the service asks for (all are still fetched)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;describe-stream-consumer'= {
            cand --stream-arn 'The stream''s ARN (with --consumer-name)'
            cand --consumer-name 'The consumer''s name (with --stream-arn)'
            cand --consumer-arn 'The consumer''s ARN'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;describe-stream-summary'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;disable-enhanced-monitoring'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --shard-level-metrics 'IncomingBytes, IncomingRecords, OutgoingBytes, OutgoingRecords, WriteProvisionedThroughputExceeded, ReadProvisionedThroughputExceeded, IteratorAgeMilliseconds, or ALL'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;enable-enhanced-monitoring'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --shard-level-metrics 'IncomingBytes, IncomingRecords, OutgoingBytes, OutgoingRecords, WriteProvisionedThroughputExceeded, ReadProvisionedThroughputExceeded, IteratorAgeMilliseconds, or ALL'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;get-records'= {
            cand --shard-iterator 'The iterator, from get-shard-iterator or a previous NextShardIterator'
            cand --limit 'At most this many records (1–10000)'
            cand --stream-arn 'The stream''s ARN'
            cand --decode 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records'' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli''s base64 exactly)'
            cand --max-decoded 'The most a record may decompress to (a bigger one is left as it came, with a warning)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand --dry-run 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException'
            cand --no-dry-run 'Send the request for real (the default)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;get-resource-policy'= {
            cand --resource-arn 'The stream''s or consumer''s ARN'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;get-shard-iterator'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --shard-id 'The shard to read'
            cand --shard-iterator-type 'Where to start'
            cand --starting-sequence-number 'For AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER'
            cand --timestamp 'For AT_TIMESTAMP: epoch seconds or ISO 8601'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand --dry-run 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException'
            cand --no-dry-run 'Send the request for real (the default)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;increase-stream-retention-period'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --retention-period-hours 'The new retention period in hours (24–8760)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;list-channels'= {
            cand --stream-filter 'Only the channels of these streams, a JSON list of `{"StreamARN": …}`'
            cand --max-results 'At most this many channels (1–10000)'
            cand --next-token 'Where the previous page ended'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;list-queues'= {
            cand --stream-filter 'Only the queues of these streams: `StreamARN=…[,StreamCreationTimestamp=…]` each, in shorthand or JSON'
            cand --next-token 'Continue from a previous page''s NextToken; returns a single page'
            cand --max-results 'At most this many queues (1–10000); returns a single page'
            cand --max-items 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token'
            cand --starting-token 'Continue where a previous --max-items output''s NextToken says'
            cand --page-size 'How many items each call to the service asks for (all are still fetched)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;list-shards'= {
            cand --stream-name 'The stream''s name (not with --next-token)'
            cand --stream-arn 'The stream''s ARN (not with --next-token)'
            cand --next-token 'Continue from a previous page''s NextToken; returns a single page'
            cand --exclusive-start-shard-id 'Start after this shard; returns a single page'
            cand --max-results 'At most this many shards (1–10000); returns a single page'
            cand --stream-creation-timestamp 'The stream''s creation time, to tell apart streams that reused a name'
            cand --shard-filter '`Type=AT_LATEST`, `Type=AFTER_SHARD_ID,ShardId=…`, `Type=AT_TIMESTAMP,Timestamp=…`, AT_TRIM_HORIZON, FROM_TRIM_HORIZON or FROM_TIMESTAMP; shorthand or JSON'
            cand --max-items 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token'
            cand --starting-token 'Continue where a previous --max-items output''s NextToken says'
            cand --page-size 'How many items each call to the service asks for (all are still fetched)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;list-stream-consumers'= {
            cand --stream-arn 'The stream''s ARN'
            cand --next-token 'Continue from a previous page''s NextToken; returns a single page'
            cand --max-results 'At most this many consumers (1–10000); returns a single page'
            cand --stream-creation-timestamp 'The stream''s creation time, to tell apart streams that reused a name'
            cand --max-items 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token'
            cand --starting-token 'Continue where a previous --max-items output''s NextToken says'
            cand --page-size 'How many items each call to the service asks for (all are still fetched)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;list-streams'= {
            cand --limit 'At most this many streams (1–10000); returns a single page'
            cand --exclusive-start-stream-name 'Start after this stream name; returns a single page'
            cand --next-token 'Continue from a previous page''s NextToken; returns a single page'
            cand --max-items 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token'
            cand --starting-token 'Continue where a previous --max-items output''s NextToken says'
            cand --page-size 'How many items each call to the service asks for (all are still fetched)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;list-tags-for-resource'= {
            cand --resource-arn 'The stream''s ARN'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;list-tags-for-stream'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --exclusive-start-tag-key 'Start after this key'
            cand --limit 'At most this many tags (1–50; 10 by default)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;merge-shards'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --shard-to-merge 'One shard (it becomes the child''s ParentShardId)'
            cand --adjacent-shard-to-merge 'The adjacent shard (it becomes the child''s AdjacentParentShardId)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;put-record'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --partition-key 'Routes the record (by its MD5) to a shard; 1–256 characters (optional on a stream whose records Kinesis distributes)'
            cand --explicit-hash-key 'A decimal hash key (0 to 2^128−1) that routes the record instead of the partition key'
            cand --sequence-number-for-ordering 'The new record''s sequence number will be greater than this one'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand --dry-run 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException'
            cand --no-dry-run 'Send the request for real (the default)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;put-records'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --records 'Records as `Data=…,PartitionKey=…[,ExplicitHashKey=…]` (one value each), or a JSON list'
            cand --file 'Upload a file (or - for stdin): a JSON array, JSON lines, or plain lines, one record each, in batches of up to 500 records and 5 MiB, retrying failed records'
            cand --format 'The file''s format [default: detected: `[` starts a JSON array, `{` JSON lines, else lines]'
            cand --partition-key-field 'Take each record''s partition key from this top-level field of the JSON record'
            cand --partition-key-query 'Take each record''s partition key from this JMESPath expression on the JSON record'
            cand --partition-key 'Give every record this partition key [default: a random key per record]'
            cand --key-delimiter 'Each record is `KEY<DELIMITER>DATA`: the partition key, then the payload (kcat''s -K), e.g. `--key-delimiter :` for `user42:{"clicked":true}` lines'
            cand --compress 'Compress each record''s data (readers decompress it with --decode auto)'
            cand --skip-lines 'Skip the records that start on the file''s first N lines: resume an interrupted upload where its summary says (`StoppedAt`) without sending anything twice'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand --aggregate 'Pack records KPL-style, many to a Kinesis record of at most 1 MiB, each aggregate holding records bound for one shard (readable by the KCL and by `read`)'
            cand --print-results 'Print each record''s line, shard and sequence number as soon as it is stored'
            cand --dry-run 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException'
            cand --no-dry-run 'Send the request for real (the default)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;put-resource-policy'= {
            cand --resource-arn 'The stream''s or consumer''s ARN'
            cand --policy 'The policy: a JSON document, or `file://PATH`'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;receive-dead-letter-queue-records'= {
            cand --queue-arn 'The queue''s ARN'
            cand --limit 'At most this many records (1–10; 10 when absent)'
            cand --wait-time-seconds 'Wait up to this many seconds for a record (1–20; 9 when absent)'
            cand --visibility-timeout-seconds 'Keep the records received in flight this long (0–43200; the queue''s timeout when absent)'
            cand --decode 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records'' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli''s base64 exactly)'
            cand --max-decoded 'The most a record may decompress to (a bigger one is left as it came, with a warning)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;receive-queue-records'= {
            cand --queue-arn 'The queue''s ARN'
            cand --limit 'At most this many records (1–10; 10 when absent)'
            cand --wait-time-seconds 'Wait up to this many seconds for a record (1–20; 9 when absent)'
            cand --visibility-timeout-seconds 'Keep the records received in flight this long (0–43200; the queue''s timeout when absent)'
            cand --decode 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records'' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli''s base64 exactly)'
            cand --max-decoded 'The most a record may decompress to (a bigger one is left as it came, with a warning)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;register-stream-consumer'= {
            cand --stream-arn 'The stream''s ARN'
            cand --consumer-name 'The consumer''s name: 1–128 of [a-zA-Z0-9_.-], unique within the stream'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;remove-tags-from-stream'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --tag-keys 'The keys to remove'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;restore-dead-letter-queue-records'= {
            cand --queue-arn 'The queue''s ARN'
            cand --entries '1–10 records by their receipt handles: `ReceiptHandle=…` each, or a JSON list'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;split-shard'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --shard-to-split 'The open shard to split'
            cand --new-starting-hash-key 'The first hash key of the second child [default: the shard''s midpoint]'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;start-stream-encryption'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --encryption-type 'KMS'
            cand --key-id 'The KMS key: a key id, key ARN, alias name (`alias/aws/kinesis` for the AWS managed key) or alias ARN'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;stop-stream-encryption'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --encryption-type 'KMS'
            cand --key-id 'The KMS key: a key id, key ARN, alias name (`alias/aws/kinesis` for the AWS managed key) or alias ARN'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;subscribe-to-shard'= {
            cand --consumer-arn 'The consumer''s ARN (from register-stream-consumer)'
            cand --shard-id 'The shard to subscribe to'
            cand --starting-position '`Type=LATEST`, `Type=TRIM_HORIZON`, `Type=AT_SEQUENCE_NUMBER,SequenceNumber=…`, AFTER_SEQUENCE_NUMBER, or `Type=AT_TIMESTAMP,Timestamp=…`; shorthand or JSON'
            cand --decode 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records'' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli''s base64 exactly)'
            cand --max-decoded 'The most a record may decompress to (a bigger one is left as it came, with a warning)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand --dry-run 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException'
            cand --no-dry-run 'Send the request for real (the default)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;tag-resource'= {
            cand --resource-arn 'The stream''s ARN'
            cand --tags '`k1=v1,k2=v2`, or a JSON object'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;untag-resource'= {
            cand --resource-arn 'The stream''s ARN'
            cand --tag-keys 'The keys to remove'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;update-account-settings'= {
            cand --minimum-throughput-billing-commitment '`Status=ENABLED|DISABLED`, in shorthand or JSON'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;update-channel'= {
            cand --channel-arn 'The channel''s ARN'
            cand --s3-destination-configuration 'The S3 destination''s data freshness, in shorthand or JSON'
            cand --s3-tables-destination-configuration 'The S3 Tables destination''s data freshness, in shorthand or JSON'
            cand --logging-configuration 'CloudWatch Logs for delivery errors, in shorthand or JSON'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;update-dead-letter-queue-records-visibility'= {
            cand --queue-arn 'The queue''s ARN'
            cand --entries '1–10 records and their new timeouts from now: `ReceiptHandle=…,VisibilityTimeoutSeconds=…` each (0: visible at once), or a JSON list'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;update-max-record-size'= {
            cand --stream-arn 'The stream''s ARN'
            cand --max-record-size-in-ki-b 'The largest record the stream is to take, 1024 to 10240 KiB'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;update-queue'= {
            cand --queue-arn 'The queue''s ARN'
            cand --queue-attributes 'The attributes to change (the others stay): `VisibilityTimeoutSeconds=…`, `DeadLetterConfiguration={TargetType=BUILT_IN|NONE,MaxReceiveCount=…}`; shorthand or JSON'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;update-queue-records-visibility'= {
            cand --queue-arn 'The queue''s ARN'
            cand --entries '1–10 records and their new timeouts from now: `ReceiptHandle=…,VisibilityTimeoutSeconds=…` each (0: visible at once), or a JSON list'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;update-shard-count'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --target-shard-count 'The number of open shards wanted'
            cand --scaling-type 'How to get there; only UNIFORM_SCALING exists'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;update-stream-mode'= {
            cand --stream-arn 'The stream''s ARN'
            cand --stream-mode-details '`StreamMode=PROVISIONED|ON_DEMAND`, in shorthand or JSON'
            cand --warm-throughput-mi-bps 'The warm throughput for an on-demand stream, in MiB/s (needs the account''s minimum throughput billing commitment)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;update-stream-record-distribution-strategy'= {
            cand --stream-arn 'The stream''s ARN'
            cand --record-distribution-strategy 'AUTO (Kinesis spreads records evenly, partition keys ignored) or USER_PARTITION_KEY'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;update-stream-warm-throughput'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --warm-throughput-mi-bps 'The warm throughput asked for, in MiB/s (on-demand streams, with the account''s minimum throughput billing commitment)'
            cand --cli-input-json 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win'
            cand --cli-input-yaml 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win'
            cand --generate-cli-skeleton 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;serve'= {
            cand --port 'The port to listen on (0: any free port; the URL is printed on stdout)'
            cand --bind 'The address to listen on; anything but loopback must be asked for'
            cand --stream 'Create these streams at start (unless they exist): NAME:SHARDS, repeatable'
            cand --shard-limit 'The most open shards across all streams'
            cand --iterator-ttl 'How long shard iterators stay valid, in seconds'
            cand --create-stream-ms 'How long a new stream stays CREATING, in milliseconds'
            cand --delete-stream-ms 'How long a deleted stream stays DELETING, in milliseconds'
            cand --update-stream-ms 'How long a resharded or re-tuned stream stays UPDATING, in milliseconds'
            cand --register-consumer-ms 'How long a registered consumer stays CREATING, in milliseconds'
            cand --deregister-consumer-ms 'How long a deregistered consumer stays DELETING, in milliseconds'
            cand --header-timeout 'How long a client may take to send a request''s headers, in seconds'
            cand --idle-timeout 'How long a connection may sit idle between requests before it is closed, in seconds'
            cand --access-key-id 'With --verify-signatures: the access key id requests must be signed with'
            cand --secret-access-key 'With --verify-signatures: the secret access key requests must be signed with'
            cand --faults 'Script faults from this file (YAML or JSON): errors, latency and failed records per action, by probability (with a seed) or every Nth call, and reshards at given moments'
            cand --max-connections 'The most connections served at once; more are answered 503 and closed'
            cand --in-memory 'Keep streams in memory only, not in the data dir: gone when the server stops'
            cand --no-auth-check 'Accept unsigned requests (curl, hand-made clients). By default a request must carry a SigV4 signature complete in form, as AWS requires (it is not verified)'
            cand --enforce-limits 'Enforce Kinesis''s rate limits: per shard 1 MiB/s and 1 000 records/s in, 5 GetRecords calls/s and 2 MiB/s out (ProvisionedThroughputExceededException beyond), 2 MiB/s to each subscription; each control-plane action''s documented call rate (LimitExceededException beyond)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;completions'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;man'= {
            cand --out-dir 'Write kinesis.1 and one kinesis-<command>.1 per command into this directory'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;version'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;help'= {
            cand read 'Read a whole stream, every shard, parents before children, without iterators (beyond aws-cli)'
            cand shard-for 'Show the hash key a partition key maps to, and the shard that owns it (beyond aws-cli)'
            cand perf 'Load a stream and measure it: producers at a rate or flat out, consumers polling or through enhanced fan-out; records/s, MB/s, put and end-to-end latency percentiles, throttles and errors, on any backend (beyond aws-cli)'
            cand wait 'Wait until a stream exists (is ACTIVE) or no longer exists'
            cand acknowledge-dead-letter-queue-records 'Acknowledge dead-letter records, discarding them from the queue'
            cand acknowledge-queue-records 'Acknowledge records received from a queue, so it never delivers them again'
            cand add-tags-to-stream 'Add or change tags (at most 10 per call, 50 per stream)'
            cand create-queue 'Create a queue on an on-demand stream: its records delivered to competing consumers, each in flight with one of them until acknowledged or its visibility timeout passes'
            cand create-stream 'Create a stream with a number of shards'
            cand decrease-stream-retention-period 'Keep records for less time (at least 24 hours); older records go at once'
            cand delete-channel 'Delete a channel (data already delivered stays)'
            cand delete-queue 'Delete a queue (its stream and the stream''s records stay)'
            cand delete-resource-policy 'Remove the resource policy of a stream or consumer'
            cand delete-stream 'Delete a stream and all its records'
            cand deregister-stream-consumer 'Deregister a consumer, by its ARN or by its stream''s ARN and its name'
            cand describe-account-settings 'Show the account''s settings: its minimum throughput billing commitment'
            cand describe-channel 'Describe a channel'
            cand describe-queue 'Describe a queue: its status, stream, starting position and attributes'
            cand describe-stream 'Describe a stream and its shards (all pages, unless --limit or --exclusive-start-shard-id is given)'
            cand describe-stream-consumer 'Describe a consumer, by its ARN or by its stream''s ARN and its name'
            cand describe-stream-summary 'Describe a stream without listing its shards'
            cand disable-enhanced-monitoring 'Turn off shard-level metrics (ALL for all seven)'
            cand enable-enhanced-monitoring 'Turn on shard-level metrics (ALL for all seven)'
            cand get-records 'Read a page of records from a shard iterator; data is shown decoded'
            cand get-resource-policy 'Show the resource policy of a stream or consumer (`{}` when it has none)'
            cand get-shard-iterator 'Get an iterator for reading a shard'
            cand increase-stream-retention-period 'Keep records longer (up to 8760 hours)'
            cand list-channels 'List channels (one page), optionally of some streams'
            cand list-queues 'List queues, optionally of some streams (all pages, unless --max-results or --next-token is given)'
            cand list-shards 'List a stream''s shards, optionally filtered (all pages, unless --max-results, --next-token or --exclusive-start-shard-id is given)'
            cand list-stream-consumers 'List a stream''s consumers (all pages, unless --max-results or --next-token is given)'
            cand list-streams 'List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token is given)'
            cand list-tags-for-resource 'List the tags of a stream named by ARN'
            cand list-tags-for-stream 'List a stream''s tags'
            cand merge-shards 'Merge two adjacent open shards into one'
            cand put-record 'Write one record'
            cand put-records 'Write up to 500 records in one call, or upload a whole file in batches with --file (beyond aws-cli)'
            cand put-resource-policy 'Attach a resource policy (a JSON document) to a stream or consumer (the engine keeps it and returns it; it does not enforce it)'
            cand receive-dead-letter-queue-records 'Receive up to 10 dead-letter records: those received MaxReceiveCount times without being acknowledged'
            cand receive-queue-records 'Receive up to 10 records from a queue, waiting up to --wait-time-seconds for one; each comes with the receipt handle that acknowledges it'
            cand register-stream-consumer 'Register an enhanced fan-out consumer on a stream (at most 20 per stream)'
            cand remove-tags-from-stream 'Remove tags by key'
            cand restore-dead-letter-queue-records 'Restore dead-letter records to the queue, their receive counts back to zero'
            cand split-shard 'Split a shard in two; without --new-starting-hash-key, at the midpoint, so both children own the same number of hash keys. Prints the children (beyond aws-cli)'
            cand start-stream-encryption 'Turn on server-side encryption of a stream with a KMS key (the engine keeps the setting and shows it; it does not encrypt its files)'
            cand stop-stream-encryption 'Turn off server-side encryption of a stream'
            cand subscribe-to-shard 'Receive a shard''s records through a consumer, pushed as they arrive, printing each event (the subscription ends after 5 minutes, as on AWS; Ctrl-C ends it sooner)'
            cand tag-resource 'Add or change tags of a stream named by ARN'
            cand untag-resource 'Remove tags of a stream named by ARN'
            cand update-account-settings 'Enable or disable the account''s minimum throughput billing commitment (which on-demand warm throughput needs; once enabled it lasts at least 24 hours)'
            cand update-channel 'Change a channel''s data freshness or logging'
            cand update-dead-letter-queue-records-visibility 'Change how long received dead-letter records stay in flight'
            cand update-max-record-size 'Raise (or lower) the largest record a stream takes, 1024 to 10240 KiB (PutRecord, PutRecords and `put-records --file` follow it)'
            cand update-queue 'Change a queue''s visibility timeout or dead-letter handling'
            cand update-queue-records-visibility 'Change how long received records stay in flight (0: visible again at once)'
            cand update-shard-count 'Scale a stream to a number of open shards (at most double, at least half, per call)'
            cand update-stream-mode 'Switch a stream between PROVISIONED and ON_DEMAND capacity (twice a day at most)'
            cand update-stream-record-distribution-strategy 'Choose how an on-demand stream''s records find their shards: AUTO (spread evenly, partition keys optional and ignored) or USER_PARTITION_KEY'
            cand update-stream-warm-throughput 'Set an on-demand stream''s warm throughput, in MiB/s (with the account''s minimum throughput billing commitment)'
            cand completions 'Print a shell completion script (beyond aws-cli)'
            cand man 'Print the man page, or write all of them to a directory (beyond aws-cli)'
            cand version 'Print the version (as --version does)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kinesis;help;read'= {
        }
        &'kinesis;help;shard-for'= {
        }
        &'kinesis;help;metrics'= {
        }
        &'kinesis;help;perf'= {
        }
        &'kinesis;help;wait'= {
            cand stream-exists 'Wait until the stream is ACTIVE'
            cand stream-not-exists 'Wait until the stream is gone'
        }
        &'kinesis;help;wait;stream-exists'= {
        }
        &'kinesis;help;wait;stream-not-exists'= {
        }
        &'kinesis;help;acknowledge-dead-letter-queue-records'= {
        }
        &'kinesis;help;acknowledge-queue-records'= {
        }
        &'kinesis;help;add-tags-to-stream'= {
        }
        &'kinesis;help;create-channel'= {
        }
        &'kinesis;help;create-queue'= {
        }
        &'kinesis;help;create-stream'= {
        }
        &'kinesis;help;decrease-stream-retention-period'= {
        }
        &'kinesis;help;delete-channel'= {
        }
        &'kinesis;help;delete-queue'= {
        }
        &'kinesis;help;delete-resource-policy'= {
        }
        &'kinesis;help;delete-stream'= {
        }
        &'kinesis;help;deregister-stream-consumer'= {
        }
        &'kinesis;help;describe-account-settings'= {
        }
        &'kinesis;help;describe-channel'= {
        }
        &'kinesis;help;describe-limits'= {
        }
        &'kinesis;help;describe-queue'= {
        }
        &'kinesis;help;describe-stream'= {
        }
        &'kinesis;help;describe-stream-consumer'= {
        }
        &'kinesis;help;describe-stream-summary'= {
        }
        &'kinesis;help;disable-enhanced-monitoring'= {
        }
        &'kinesis;help;enable-enhanced-monitoring'= {
        }
        &'kinesis;help;get-records'= {
        }
        &'kinesis;help;get-resource-policy'= {
        }
        &'kinesis;help;get-shard-iterator'= {
        }
        &'kinesis;help;increase-stream-retention-period'= {
        }
        &'kinesis;help;list-channels'= {
        }
        &'kinesis;help;list-queues'= {
        }
        &'kinesis;help;list-shards'= {
        }
        &'kinesis;help;list-stream-consumers'= {
        }
        &'kinesis;help;list-streams'= {
        }
        &'kinesis;help;list-tags-for-resource'= {
        }
        &'kinesis;help;list-tags-for-stream'= {
        }
        &'kinesis;help;merge-shards'= {
        }
        &'kinesis;help;put-record'= {
        }
        &'kinesis;help;put-records'= {
        }
        &'kinesis;help;put-resource-policy'= {
        }
        &'kinesis;help;receive-dead-letter-queue-records'= {
        }
        &'kinesis;help;receive-queue-records'= {
        }
        &'kinesis;help;register-stream-consumer'= {
        }
        &'kinesis;help;remove-tags-from-stream'= {
        }
        &'kinesis;help;restore-dead-letter-queue-records'= {
        }
        &'kinesis;help;split-shard'= {
        }
        &'kinesis;help;start-stream-encryption'= {
        }
        &'kinesis;help;stop-stream-encryption'= {
        }
        &'kinesis;help;subscribe-to-shard'= {
        }
        &'kinesis;help;tag-resource'= {
        }
        &'kinesis;help;untag-resource'= {
        }
        &'kinesis;help;update-account-settings'= {
        }
        &'kinesis;help;update-channel'= {
        }
        &'kinesis;help;update-dead-letter-queue-records-visibility'= {
        }
        &'kinesis;help;update-max-record-size'= {
        }
        &'kinesis;help;update-queue'= {
        }
        &'kinesis;help;update-queue-records-visibility'= {
        }
        &'kinesis;help;update-shard-count'= {
        }
        &'kinesis;help;update-stream-mode'= {
        }
        &'kinesis;help;update-stream-record-distribution-strategy'= {
        }
        &'kinesis;help;update-stream-warm-throughput'= {
        }
        &'kinesis;help;serve'= {
        }
        &'kinesis;help;completions'= {
        }
        &'kinesis;help;man'= {
        }
        &'kinesis;help;version'= {
        }
        &'kinesis;help;help'= {
        }
    ]
    $completions[$command]
}
