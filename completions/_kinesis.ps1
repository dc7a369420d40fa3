
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kinesis' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kinesis'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kinesis' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read a whole stream, every shard, parents before children, without iterators (beyond aws-cli)')
            [CompletionResult]::new('shard-for', 'shard-for', [CompletionResultType]::ParameterValue, 'Show the hash key a partition key maps to, and the shard that owns it (beyond aws-cli)')
            [CompletionResult]::new('perf', 'perf', [CompletionResultType]::ParameterValue, 'Load a stream and measure it: producers at a rate or flat out, consumers polling or through enhanced fan-out; records/s, MB/s, put and end-to-end latency percentiles, throttles and errors, on any backend (beyond aws-cli)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a stream exists (is ACTIVE) or no longer exists')
            [CompletionResult]::new('acknowledge-dead-letter-queue-records', 'acknowledge-dead-letter-queue-records', [CompletionResultType]::ParameterValue, 'Acknowledge dead-letter records, discarding them from the queue')
            [CompletionResult]::new('acknowledge-queue-records', 'acknowledge-queue-records', [CompletionResultType]::ParameterValue, 'Acknowledge records received from a queue, so it never delivers them again')
            [CompletionResult]::new('add-tags-to-stream', 'add-tags-to-stream', [CompletionResultType]::ParameterValue, 'Add or change tags (at most 10 per call, 50 per stream)')
            [CompletionResult]::new('create-queue', 'create-queue', [CompletionResultType]::ParameterValue, 'Create a queue on an on-demand stream: its records delivered to competing consumers, each in flight with one of them until acknowledged or its visibility timeout passes')
            [CompletionResult]::new('create-stream', 'create-stream', [CompletionResultType]::ParameterValue, 'Create a stream with a number of shards')
            [CompletionResult]::new('decrease-stream-retention-period', 'decrease-stream-retention-period', [CompletionResultType]::ParameterValue, 'Keep records for less time (at least 24 hours); older records go at once')
            [CompletionResult]::new('delete-channel', 'delete-channel', [CompletionResultType]::ParameterValue, 'Delete a channel (data already delivered stays)')
            [CompletionResult]::new('delete-queue', 'delete-queue', [CompletionResultType]::ParameterValue, 'Delete a queue (its stream and the stream''s records stay)')
            [CompletionResult]::new('delete-resource-policy', 'delete-resource-policy', [CompletionResultType]::ParameterValue, 'Remove the resource policy of a stream or consumer')
            [CompletionResult]::new('delete-stream', 'delete-stream', [CompletionResultType]::ParameterValue, 'Delete a stream and all its records')
            [CompletionResult]::new('deregister-stream-consumer', 'deregister-stream-consumer', [CompletionResultType]::ParameterValue, 'Deregister a consumer, by its ARN or by its stream''s ARN and its name')
            [CompletionResult]::new('describe-account-settings', 'describe-account-settings', [CompletionResultType]::ParameterValue, 'Show the account''s settings: its minimum throughput billing commitment')
            [CompletionResult]::new('describe-channel', 'describe-channel', [CompletionResultType]::ParameterValue, 'Describe a channel')
            [CompletionResult]::new('describe-queue', 'describe-queue', [CompletionResultType]::ParameterValue, 'Describe a queue: its status, stream, starting position and attributes')
            [CompletionResult]::new('describe-stream', 'describe-stream', [CompletionResultType]::ParameterValue, 'Describe a stream and its shards (all pages, unless --limit or --exclusive-start-shard-id is given)')
            [CompletionResult]::new('describe-stream-consumer', 'describe-stream-consumer', [CompletionResultType]::ParameterValue, 'Describe a consumer, by its ARN or by its stream''s ARN and its name')
            [CompletionResult]::new('describe-stream-summary', 'describe-stream-summary', [CompletionResultType]::ParameterValue, 'Describe a stream without listing its shards')
            [CompletionResult]::new('disable-enhanced-monitoring', 'disable-enhanced-monitoring', [CompletionResultType]::ParameterValue, 'Turn off shard-level metrics (ALL for all seven)')
            [CompletionResult]::new('enable-enhanced-monitoring', 'enable-enhanced-monitoring', [CompletionResultType]::ParameterValue, 'Turn on shard-level metrics (ALL for all seven)')
            [CompletionResult]::new('get-records', 'get-records', [CompletionResultType]::ParameterValue, 'Read a page of records from a shard iterator; data is shown decoded')
            [CompletionResult]::new('get-resource-policy', 'get-resource-policy', [CompletionResultType]::ParameterValue, 'Show the resource policy of a stream or consumer (`{}` when it has none)')
            [CompletionResult]::new('get-shard-iterator', 'get-shard-iterator', [CompletionResultType]::ParameterValue, 'Get an iterator for reading a shard')
            [CompletionResult]::new('increase-stream-retention-period', 'increase-stream-retention-period', [CompletionResultType]::ParameterValue, 'Keep records longer (up to 8760 hours)')
            [CompletionResult]::new('list-channels', 'list-channels', [CompletionResultType]::ParameterValue, 'List channels (one page), optionally of some streams')
            [CompletionResult]::new('list-queues', 'list-queues', [CompletionResultType]::ParameterValue, 'List queues, optionally of some streams (all pages, unless --max-results or --next-token is given)')
            [CompletionResult]::new('list-shards', 'list-shards', [CompletionResultType]::ParameterValue, 'List a stream''s shards, optionally filtered (all pages, unless --max-results, --next-token or --exclusive-start-shard-id is given)')
            [CompletionResult]::new('list-stream-consumers', 'list-stream-consumers', [CompletionResultType]::ParameterValue, 'List a stream''s consumers (all pages, unless --max-results or --next-token is given)')
            [CompletionResult]::new('list-streams', 'list-streams', [CompletionResultType]::ParameterValue, 'List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token is given)')
            [CompletionResult]::new('list-tags-for-resource', 'list-tags-for-resource', [CompletionResultType]::ParameterValue, 'List the tags of a stream named by ARN')
            [CompletionResult]::new('list-tags-for-stream', 'list-tags-for-stream', [CompletionResultType]::ParameterValue, 'List a stream''s tags')
            [CompletionResult]::new('merge-shards', 'merge-shards', [CompletionResultType]::ParameterValue, 'Merge two adjacent open shards into one')
            [CompletionResult]::new('put-record', 'put-record', [CompletionResultType]::ParameterValue, 'Write one record')
            [CompletionResult]::new('put-records', 'put-records', [CompletionResultType]::ParameterValue, 'Write up to 500 records in one call, or upload a whole file in batches with --file (beyond aws-cli)')
            [CompletionResult]::new('put-resource-policy', 'put-resource-policy', [CompletionResultType]::ParameterValue, 'Attach a resource policy (a JSON document) to a stream or consumer (the engine keeps it and returns it; it does not enforce it)')
            [CompletionResult]::new('receive-dead-letter-queue-records', 'receive-dead-letter-queue-records', [CompletionResultType]::ParameterValue, 'Receive up to 10 dead-letter records: those received MaxReceiveCount times without being acknowledged')
            [CompletionResult]::new('receive-queue-records', 'receive-queue-records', [CompletionResultType]::ParameterValue, 'Receive up to 10 records from a queue, waiting up to --wait-time-seconds for one; each comes with the receipt handle that acknowledges it')
            [CompletionResult]::new('register-stream-consumer', 'register-stream-consumer', [CompletionResultType]::ParameterValue, 'Register an enhanced fan-out consumer on a stream (at most 20 per stream)')
            [CompletionResult]::new('remove-tags-from-stream', 'remove-tags-from-stream', [CompletionResultType]::ParameterValue, 'Remove tags by key')
            [CompletionResult]::new('restore-dead-letter-queue-records', 'restore-dead-letter-queue-records', [CompletionResultType]::ParameterValue, 'Restore dead-letter records to the queue, their receive counts back to zero')
            [CompletionResult]::new('split-shard', 'split-shard', [CompletionResultType]::ParameterValue, 'Split a shard in two; without --new-starting-hash-key, at the midpoint, so both children own the same number of hash keys. Prints the children (beyond aws-cli)')
            [CompletionResult]::new('start-stream-encryption', 'start-stream-encryption', [CompletionResultType]::ParameterValue, 'Turn on server-side encryption of a stream with a KMS key (the engine keeps the setting and shows it; it does not encrypt its files)')
            [CompletionResult]::new('stop-stream-encryption', 'stop-stream-encryption', [CompletionResultType]::ParameterValue, 'Turn off server-side encryption of a stream')
            [CompletionResult]::new('subscribe-to-shard', 'subscribe-to-shard', [CompletionResultType]::ParameterValue, 'Receive a shard''s records through a consumer, pushed as they arrive, printing each event (the subscription ends after 5 minutes, as on AWS; Ctrl-C ends it sooner)')
            [CompletionResult]::new('tag-resource', 'tag-resource', [CompletionResultType]::ParameterValue, 'Add or change tags of a stream named by ARN')
            [CompletionResult]::new('untag-resource', 'untag-resource', [CompletionResultType]::ParameterValue, 'Remove tags of a stream named by ARN')
            [CompletionResult]::new('update-account-settings', 'update-account-settings', [CompletionResultType]::ParameterValue, 'Enable or disable the account''s minimum throughput billing commitment (which on-demand warm throughput needs; once enabled it lasts at least 24 hours)')
            [CompletionResult]::new('update-channel', 'update-channel', [CompletionResultType]::ParameterValue, 'Change a channel''s data freshness or logging')
            [CompletionResult]::new('update-dead-letter-queue-records-visibility', 'update-dead-letter-queue-records-visibility', [CompletionResultType]::ParameterValue, 'Change how long received dead-letter records stay in flight')
            [CompletionResult]::new('update-max-record-size', 'update-max-record-size', [CompletionResultType]::ParameterValue, 'Raise (or lower) the largest record a stream takes, 1024 to 10240 KiB (PutRecord, PutRecords and `put-records --file` follow it)')
            [CompletionResult]::new('update-queue', 'update-queue', [CompletionResultType]::ParameterValue, 'Change a queue''s visibility timeout or dead-letter handling')
            [CompletionResult]::new('update-queue-records-visibility', 'update-queue-records-visibility', [CompletionResultType]::ParameterValue, 'Change how long received records stay in flight (0: visible again at once)')
            [CompletionResult]::new('update-shard-count', 'update-shard-count', [CompletionResultType]::ParameterValue, 'Scale a stream to a number of open shards (at most double, at least half, per call)')
            [CompletionResult]::new('update-stream-mode', 'update-stream-mode', [CompletionResultType]::ParameterValue, 'Switch a stream between PROVISIONED and ON_DEMAND capacity (twice a day at most)')
            [CompletionResult]::new('update-stream-record-distribution-strategy', 'update-stream-record-distribution-strategy', [CompletionResultType]::ParameterValue, 'Choose how an on-demand stream''s records find their shards: AUTO (spread evenly, partition keys optional and ignored) or USER_PARTITION_KEY')
            [CompletionResult]::new('update-stream-warm-throughput', 'update-stream-warm-throughput', [CompletionResultType]::ParameterValue, 'Set an on-demand stream''s warm throughput, in MiB/s (with the account''s minimum throughput billing commitment)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (beyond aws-cli)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write all of them to a directory (beyond aws-cli)')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the version (as --version does)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kinesis;read' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where to start: `trim-horizon`, `latest`, `at-sequence NUMBER`, or a time: `at-timestamp TIME` or TIME alone, as `now`, a span ago (`-1h`, `15m`, `2d`), ISO 8601, or epoch seconds or milliseconds')
            [CompletionResult]::new('--max-records', '--max-records', [CompletionResultType]::ParameterName, 'Stop after this many records, waiting for them if they have not arrived yet')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Stop at records that arrived after this time (as --from takes times: `now`, `-5m`, ISO 8601, epoch seconds or milliseconds)')
            [CompletionResult]::new('--shard-id', '--shard-id', [CompletionResultType]::ParameterName, 'Read only this shard (and the shards that follow it); repeatable')
            [CompletionResult]::new('--consumer-name', '--consumer-name', [CompletionResultType]::ParameterName, 'With --efo: read through this consumer (registered if it does not exist, and kept)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Keep only records whose (decoded) data is JSON matching this JMESPath expression, e.g. "level == ''ERROR''"')
            [CompletionResult]::new('--decode', '--decode', [CompletionResultType]::ParameterName, 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records'' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli''s base64 exactly)')
            [CompletionResult]::new('--max-decoded', '--max-decoded', [CompletionResultType]::ParameterName, 'The most a record may decompress to (a bigger one is left as it came, with a warning)')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep reading as records arrive, like `tail -f`, until Ctrl-C')
            [CompletionResult]::new('--efo', '--efo', [CompletionResultType]::ParameterName, 'Read through enhanced fan-out: records are pushed by SubscribeToShard instead of polled, through a consumer of this read''s own (registered as `kinesis-read-<host>-<pid>` and deregistered on exit) or --consumer-name''s')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;shard-for' {
            [CompletionResult]::new('--partition-key', '--partition-key', [CompletionResultType]::ParameterName, 'The partition key to look up')
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream whose shard owns the key (without it, only the hash key is shown)')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream, by ARN')
            [CompletionResult]::new('--explicit-hash-key', '--explicit-hash-key', [CompletionResultType]::ParameterName, 'Look up this explicit hash key instead of hashing the partition key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;metrics' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;perf' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--producers', '--producers', [CompletionResultType]::ParameterName, 'Producers sending at once (0: consume only, from the oldest record the stream holds)')
            [CompletionResult]::new('--consumers', '--consumers', [CompletionResultType]::ParameterName, 'Consumers, each reading every shard on its own (0: produce only, no end-to-end latency)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Records a second across all producers [default: as fast as the stream takes them]')
            [CompletionResult]::new('--record-size', '--record-size', [CompletionResultType]::ParameterName, 'Each record''s size in bytes, or MIN-MAX for sizes drawn evenly from a range (at least 16: a record carries its run and when it was sent)')
            [CompletionResult]::new('--keys', '--keys', [CompletionResultType]::ParameterName, 'Partition keys: `random` (a new key per record), `set:N` (N keys, drawn evenly) or `hot:P` (P% of the records on one key, the rest random)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per call: 1 sends PutRecord, more send PutRecords (at most 500)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long producers send: `30s`, `2m`, `500ms`, or seconds [default: 10s, unless --count]')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many records producers send in all (with --duration, whichever ends first; with --producers 0, how many each consumer reads)')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How long a polling consumer waits after an empty page [default: 100ms on the engine, 1s on an endpoint (AWS allows 5 GetRecords a second per shard), as `read`]')
            [CompletionResult]::new('--efo', '--efo', [CompletionResultType]::ParameterName, 'Consumers read through enhanced fan-out (a temporary consumer each, deregistered at the end) instead of polling GetRecords')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;wait' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('stream-exists', 'stream-exists', [CompletionResultType]::ParameterValue, 'Wait until the stream is ACTIVE')
            [CompletionResult]::new('stream-not-exists', 'stream-not-exists', [CompletionResultType]::ParameterValue, 'Wait until the stream is gone')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kinesis;wait;stream-exists' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--delay', '--delay', [CompletionResultType]::ParameterName, 'Seconds between polls, as aws-cli''s waiter (beyond aws-cli: settable)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Polls before giving up, as aws-cli''s waiter (beyond aws-cli: settable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;wait;stream-not-exists' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--delay', '--delay', [CompletionResultType]::ParameterName, 'Seconds between polls, as aws-cli''s waiter (beyond aws-cli: settable)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Polls before giving up, as aws-cli''s waiter (beyond aws-cli: settable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;wait;help' {
            [CompletionResult]::new('stream-exists', 'stream-exists', [CompletionResultType]::ParameterValue, 'Wait until the stream is ACTIVE')
            [CompletionResult]::new('stream-not-exists', 'stream-not-exists', [CompletionResultType]::ParameterValue, 'Wait until the stream is gone')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kinesis;wait;help;stream-exists' {
            break
        }
        'kinesis;wait;help;stream-not-exists' {
            break
        }
        'kinesis;wait;help;help' {
            break
        }
        'kinesis;acknowledge-dead-letter-queue-records' {
            [CompletionResult]::new('--queue-arn', '--queue-arn', [CompletionResultType]::ParameterName, 'The queue''s ARN')
            [CompletionResult]::new('--entries', '--entries', [CompletionResultType]::ParameterName, '1–10 records by their receipt handles: `ReceiptHandle=…` each, or a JSON list')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;acknowledge-queue-records' {
            [CompletionResult]::new('--queue-arn', '--queue-arn', [CompletionResultType]::ParameterName, 'The queue''s ARN')
            [CompletionResult]::new('--entries', '--entries', [CompletionResultType]::ParameterName, '1–10 records by their receipt handles: `ReceiptHandle=…` each, or a JSON list')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;add-tags-to-stream' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, '`k1=v1,k2=v2`, or a JSON object')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;create-channel' {
            [CompletionResult]::new('--channel-name', '--channel-name', [CompletionResultType]::ParameterName, 'The channel''s name')
            [CompletionResult]::new('--service-execution-role-arn', '--service-execution-role-arn', [CompletionResultType]::ParameterName, 'The IAM role Kinesis assumes to deliver')
            [CompletionResult]::new('--stream-configuration-list', '--stream-configuration-list', [CompletionResultType]::ParameterName, 'The source streams and their record configurations, a JSON list')
            [CompletionResult]::new('--s3-destination-configuration', '--s3-destination-configuration', [CompletionResultType]::ParameterName, 'An S3 bucket destination, in shorthand or JSON')
            [CompletionResult]::new('--s3-tables-destination-configuration', '--s3-tables-destination-configuration', [CompletionResultType]::ParameterName, 'An S3 Tables destination, in shorthand or JSON')
            [CompletionResult]::new('--encryption-configuration', '--encryption-configuration', [CompletionResultType]::ParameterName, 'How delivered data is encrypted, in shorthand or JSON')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Tags: `k1=v1,k2=v2`, or a JSON object')
            [CompletionResult]::new('--logging-configuration', '--logging-configuration', [CompletionResultType]::ParameterName, 'CloudWatch Logs for delivery errors, in shorthand or JSON')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;create-queue' {
            [CompletionResult]::new('--queue-name', '--queue-name', [CompletionResultType]::ParameterName, 'The queue''s name: 1–128 of [a-zA-Z0-9_.-], unique in the account and region')
            [CompletionResult]::new('--stream-configuration-list', '--stream-configuration-list', [CompletionResultType]::ParameterName, 'The stream and where delivery starts: `StreamARN=…,StartingPosition={Type=TRIM_HORIZON|LATEST|AT_TIMESTAMP,Timestamp=…}`, in shorthand or JSON')
            [CompletionResult]::new('--queue-attributes', '--queue-attributes', [CompletionResultType]::ParameterName, '`VisibilityTimeoutSeconds=…,DeadLetterConfiguration={TargetType=BUILT_IN, MaxReceiveCount=…}` (30 s and 6 receives when absent), in shorthand or JSON')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Tags for the queue: `k1=v1,k2=v2`, or a JSON object (at most 50)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;create-stream' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The new stream''s name: 1–128 of [a-zA-Z0-9_.-]')
            [CompletionResult]::new('--shard-count', '--shard-count', [CompletionResultType]::ParameterName, 'How many shards (required unless the mode is ON_DEMAND)')
            [CompletionResult]::new('--stream-mode-details', '--stream-mode-details', [CompletionResultType]::ParameterName, '`StreamMode=PROVISIONED|ON_DEMAND`, in shorthand or JSON')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Tags for the new stream: `k1=v1,k2=v2`, or a JSON object (at most 50)')
            [CompletionResult]::new('--warm-throughput-mi-bps', '--warm-throughput-mi-bps', [CompletionResultType]::ParameterName, 'An on-demand stream''s warm throughput, in MiB/s (needs the account''s minimum throughput billing commitment)')
            [CompletionResult]::new('--max-record-size-in-ki-b', '--max-record-size-in-ki-b', [CompletionResultType]::ParameterName, 'The largest record the stream takes, 1024 to 10240 KiB (1024 when absent)')
            [CompletionResult]::new('--record-distribution-strategy', '--record-distribution-strategy', [CompletionResultType]::ParameterName, 'AUTO or USER_PARTITION_KEY (on-demand streams)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;decrease-stream-retention-period' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--retention-period-hours', '--retention-period-hours', [CompletionResultType]::ParameterName, 'The new retention period in hours (24–8760)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;delete-channel' {
            [CompletionResult]::new('--channel-arn', '--channel-arn', [CompletionResultType]::ParameterName, 'The channel''s ARN')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;delete-queue' {
            [CompletionResult]::new('--queue-arn', '--queue-arn', [CompletionResultType]::ParameterName, 'The queue''s ARN (from create-queue or list-queues)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;delete-resource-policy' {
            [CompletionResult]::new('--resource-arn', '--resource-arn', [CompletionResultType]::ParameterName, 'The stream''s or consumer''s ARN')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;delete-stream' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('--enforce-consumer-deletion', '--enforce-consumer-deletion', [CompletionResultType]::ParameterName, 'Delete even if consumers are registered')
            [CompletionResult]::new('--no-enforce-consumer-deletion', '--no-enforce-consumer-deletion', [CompletionResultType]::ParameterName, 'Refuse to delete a stream with consumers (the default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;deregister-stream-consumer' {
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN (with --consumer-name)')
            [CompletionResult]::new('--consumer-name', '--consumer-name', [CompletionResultType]::ParameterName, 'The consumer''s name (with --stream-arn)')
            [CompletionResult]::new('--consumer-arn', '--consumer-arn', [CompletionResultType]::ParameterName, 'The consumer''s ARN')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;describe-account-settings' {
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;describe-channel' {
            [CompletionResult]::new('--channel-arn', '--channel-arn', [CompletionResultType]::ParameterName, 'The channel''s ARN')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;describe-limits' {
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;describe-queue' {
            [CompletionResult]::new('--queue-arn', '--queue-arn', [CompletionResultType]::ParameterName, 'The queue''s ARN (from create-queue or list-queues)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;describe-stream' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many shards (1–10000); returns a single page')
            [CompletionResult]::new('--exclusive-start-shard-id', '--exclusive-start-shard-id', [CompletionResultType]::ParameterName, 'Start after this shard; returns a single page')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Continue where a previous --max-items output''s NextToken says')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'How many items each call to the service asks for (all are still fetched)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;describe-stream-consumer' {
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN (with --consumer-name)')
            [CompletionResult]::new('--consumer-name', '--consumer-name', [CompletionResultType]::ParameterName, 'The consumer''s name (with --stream-arn)')
            [CompletionResult]::new('--consumer-arn', '--consumer-arn', [CompletionResultType]::ParameterName, 'The consumer''s ARN')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;describe-stream-summary' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;disable-enhanced-monitoring' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--shard-level-metrics', '--shard-level-metrics', [CompletionResultType]::ParameterName, 'IncomingBytes, IncomingRecords, OutgoingBytes, OutgoingRecords, WriteProvisionedThroughputExceeded, ReadProvisionedThroughputExceeded, IteratorAgeMilliseconds, or ALL')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;enable-enhanced-monitoring' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--shard-level-metrics', '--shard-level-metrics', [CompletionResultType]::ParameterName, 'IncomingBytes, IncomingRecords, OutgoingBytes, OutgoingRecords, WriteProvisionedThroughputExceeded, ReadProvisionedThroughputExceeded, IteratorAgeMilliseconds, or ALL')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;get-records' {
            [CompletionResult]::new('--shard-iterator', '--shard-iterator', [CompletionResultType]::ParameterName, 'The iterator, from get-shard-iterator or a previous NextShardIterator')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records (1–10000)')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--decode', '--decode', [CompletionResultType]::ParameterName, 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records'' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli''s base64 exactly)')
            [CompletionResult]::new('--max-decoded', '--max-decoded', [CompletionResultType]::ParameterName, 'The most a record may decompress to (a bigger one is left as it came, with a warning)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Send the request for real (the default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;get-resource-policy' {
            [CompletionResult]::new('--resource-arn', '--resource-arn', [CompletionResultType]::ParameterName, 'The stream''s or consumer''s ARN')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;get-shard-iterator' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--shard-id', '--shard-id', [CompletionResultType]::ParameterName, 'The shard to read')
            [CompletionResult]::new('--shard-iterator-type', '--shard-iterator-type', [CompletionResultType]::ParameterName, 'Where to start')
            [CompletionResult]::new('--starting-sequence-number', '--starting-sequence-number', [CompletionResultType]::ParameterName, 'For AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'For AT_TIMESTAMP: epoch seconds or ISO 8601')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Send the request for real (the default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;increase-stream-retention-period' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--retention-period-hours', '--retention-period-hours', [CompletionResultType]::ParameterName, 'The new retention period in hours (24–8760)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;list-channels' {
            [CompletionResult]::new('--stream-filter', '--stream-filter', [CompletionResultType]::ParameterName, 'Only the channels of these streams, a JSON list of `{"StreamARN": …}`')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'At most this many channels (1–10000)')
            [CompletionResult]::new('--next-token', '--next-token', [CompletionResultType]::ParameterName, 'Where the previous page ended')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;list-queues' {
            [CompletionResult]::new('--stream-filter', '--stream-filter', [CompletionResultType]::ParameterName, 'Only the queues of these streams: `StreamARN=…[,StreamCreationTimestamp=…]` each, in shorthand or JSON')
            [CompletionResult]::new('--next-token', '--next-token', [CompletionResultType]::ParameterName, 'Continue from a previous page''s NextToken; returns a single page')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'At most this many queues (1–10000); returns a single page')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Continue where a previous --max-items output''s NextToken says')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'How many items each call to the service asks for (all are still fetched)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;list-shards' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name (not with --next-token)')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN (not with --next-token)')
            [CompletionResult]::new('--next-token', '--next-token', [CompletionResultType]::ParameterName, 'Continue from a previous page''s NextToken; returns a single page')
            [CompletionResult]::new('--exclusive-start-shard-id', '--exclusive-start-shard-id', [CompletionResultType]::ParameterName, 'Start after this shard; returns a single page')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'At most this many shards (1–10000); returns a single page')
            [CompletionResult]::new('--stream-creation-timestamp', '--stream-creation-timestamp', [CompletionResultType]::ParameterName, 'The stream''s creation time, to tell apart streams that reused a name')
            [CompletionResult]::new('--shard-filter', '--shard-filter', [CompletionResultType]::ParameterName, '`Type=AT_LATEST`, `Type=AFTER_SHARD_ID,ShardId=…`, `Type=AT_TIMESTAMP,Timestamp=…`, AT_TRIM_HORIZON, FROM_TRIM_HORIZON or FROM_TIMESTAMP; shorthand or JSON')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Continue where a previous --max-items output''s NextToken says')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'How many items each call to the service asks for (all are still fetched)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;list-stream-consumers' {
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--next-token', '--next-token', [CompletionResultType]::ParameterName, 'Continue from a previous page''s NextToken; returns a single page')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'At most this many consumers (1–10000); returns a single page')
            [CompletionResult]::new('--stream-creation-timestamp', '--stream-creation-timestamp', [CompletionResultType]::ParameterName, 'The stream''s creation time, to tell apart streams that reused a name')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Continue where a previous --max-items output''s NextToken says')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'How many items each call to the service asks for (all are still fetched)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;list-streams' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many streams (1–10000); returns a single page')
            [CompletionResult]::new('--exclusive-start-stream-name', '--exclusive-start-stream-name', [CompletionResultType]::ParameterName, 'Start after this stream name; returns a single page')
            [CompletionResult]::new('--next-token', '--next-token', [CompletionResultType]::ParameterName, 'Continue from a previous page''s NextToken; returns a single page')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many items in all; when more remain, the output ends with a `NextToken` for --starting-token')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Continue where a previous --max-items output''s NextToken says')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'How many items each call to the service asks for (all are still fetched)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;list-tags-for-resource' {
            [CompletionResult]::new('--resource-arn', '--resource-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;list-tags-for-stream' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--exclusive-start-tag-key', '--exclusive-start-tag-key', [CompletionResultType]::ParameterName, 'Start after this key')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many tags (1–50; 10 by default)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;merge-shards' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--shard-to-merge', '--shard-to-merge', [CompletionResultType]::ParameterName, 'One shard (it becomes the child''s ParentShardId)')
            [CompletionResult]::new('--adjacent-shard-to-merge', '--adjacent-shard-to-merge', [CompletionResultType]::ParameterName, 'The adjacent shard (it becomes the child''s AdjacentParentShardId)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;put-record' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--partition-key', '--partition-key', [CompletionResultType]::ParameterName, 'Routes the record (by its MD5) to a shard; 1–256 characters (optional on a stream whose records Kinesis distributes)')
            [CompletionResult]::new('--explicit-hash-key', '--explicit-hash-key', [CompletionResultType]::ParameterName, 'A decimal hash key (0 to 2^128−1) that routes the record instead of the partition key')
            [CompletionResult]::new('--sequence-number-for-ordering', '--sequence-number-for-ordering', [CompletionResultType]::ParameterName, 'The new record''s sequence number will be greater than this one')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Send the request for real (the default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;put-records' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--records', '--records', [CompletionResultType]::ParameterName, 'Records as `Data=…,PartitionKey=…[,ExplicitHashKey=…]` (one value each), or a JSON list')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Upload a file (or - for stdin): a JSON array, JSON lines, or plain lines, one record each, in batches of up to 500 records and 5 MiB, retrying failed records')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format [default: detected: `[` starts a JSON array, `{` JSON lines, else lines]')
            [CompletionResult]::new('--partition-key-field', '--partition-key-field', [CompletionResultType]::ParameterName, 'Take each record''s partition key from this top-level field of the JSON record')
            [CompletionResult]::new('--partition-key-query', '--partition-key-query', [CompletionResultType]::ParameterName, 'Take each record''s partition key from this JMESPath expression on the JSON record')
            [CompletionResult]::new('--partition-key', '--partition-key', [CompletionResultType]::ParameterName, 'Give every record this partition key [default: a random key per record]')
            [CompletionResult]::new('--key-delimiter', '--key-delimiter', [CompletionResultType]::ParameterName, 'Each record is `KEY<DELIMITER>DATA`: the partition key, then the payload (kcat''s -K), e.g. `--key-delimiter :` for `user42:{"clicked":true}` lines')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Compress each record''s data (readers decompress it with --decode auto)')
            [CompletionResult]::new('--skip-lines', '--skip-lines', [CompletionResultType]::ParameterName, 'Skip the records that start on the file''s first N lines: resume an interrupted upload where its summary says (`StoppedAt`) without sending anything twice')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('--aggregate', '--aggregate', [CompletionResultType]::ParameterName, 'Pack records KPL-style, many to a Kinesis record of at most 1 MiB, each aggregate holding records bound for one shard (readable by the KCL and by `read`)')
            [CompletionResult]::new('--print-results', '--print-results', [CompletionResultType]::ParameterName, 'Print each record''s line, shard and sequence number as soon as it is stored')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Send the request for real (the default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;put-resource-policy' {
            [CompletionResult]::new('--resource-arn', '--resource-arn', [CompletionResultType]::ParameterName, 'The stream''s or consumer''s ARN')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy: a JSON document, or `file://PATH`')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;receive-dead-letter-queue-records' {
            [CompletionResult]::new('--queue-arn', '--queue-arn', [CompletionResultType]::ParameterName, 'The queue''s ARN')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records (1–10; 10 when absent)')
            [CompletionResult]::new('--wait-time-seconds', '--wait-time-seconds', [CompletionResultType]::ParameterName, 'Wait up to this many seconds for a record (1–20; 9 when absent)')
            [CompletionResult]::new('--visibility-timeout-seconds', '--visibility-timeout-seconds', [CompletionResultType]::ParameterName, 'Keep the records received in flight this long (0–43200; the queue''s timeout when absent)')
            [CompletionResult]::new('--decode', '--decode', [CompletionResultType]::ParameterName, 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records'' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli''s base64 exactly)')
            [CompletionResult]::new('--max-decoded', '--max-decoded', [CompletionResultType]::ParameterName, 'The most a record may decompress to (a bigger one is left as it came, with a warning)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;receive-queue-records' {
            [CompletionResult]::new('--queue-arn', '--queue-arn', [CompletionResultType]::ParameterName, 'The queue''s ARN')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records (1–10; 10 when absent)')
            [CompletionResult]::new('--wait-time-seconds', '--wait-time-seconds', [CompletionResultType]::ParameterName, 'Wait up to this many seconds for a record (1–20; 9 when absent)')
            [CompletionResult]::new('--visibility-timeout-seconds', '--visibility-timeout-seconds', [CompletionResultType]::ParameterName, 'Keep the records received in flight this long (0–43200; the queue''s timeout when absent)')
            [CompletionResult]::new('--decode', '--decode', [CompletionResultType]::ParameterName, 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records'' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli''s base64 exactly)')
            [CompletionResult]::new('--max-decoded', '--max-decoded', [CompletionResultType]::ParameterName, 'The most a record may decompress to (a bigger one is left as it came, with a warning)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;register-stream-consumer' {
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--consumer-name', '--consumer-name', [CompletionResultType]::ParameterName, 'The consumer''s name: 1–128 of [a-zA-Z0-9_.-], unique within the stream')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;remove-tags-from-stream' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--tag-keys', '--tag-keys', [CompletionResultType]::ParameterName, 'The keys to remove')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;restore-dead-letter-queue-records' {
            [CompletionResult]::new('--queue-arn', '--queue-arn', [CompletionResultType]::ParameterName, 'The queue''s ARN')
            [CompletionResult]::new('--entries', '--entries', [CompletionResultType]::ParameterName, '1–10 records by their receipt handles: `ReceiptHandle=…` each, or a JSON list')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;split-shard' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--shard-to-split', '--shard-to-split', [CompletionResultType]::ParameterName, 'The open shard to split')
            [CompletionResult]::new('--new-starting-hash-key', '--new-starting-hash-key', [CompletionResultType]::ParameterName, 'The first hash key of the second child [default: the shard''s midpoint]')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;start-stream-encryption' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--encryption-type', '--encryption-type', [CompletionResultType]::ParameterName, 'KMS')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The KMS key: a key id, key ARN, alias name (`alias/aws/kinesis` for the AWS managed key) or alias ARN')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;stop-stream-encryption' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--encryption-type', '--encryption-type', [CompletionResultType]::ParameterName, 'KMS')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The KMS key: a key id, key ARN, alias name (`alias/aws/kinesis` for the AWS managed key) or alias ARN')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;subscribe-to-shard' {
            [CompletionResult]::new('--consumer-arn', '--consumer-arn', [CompletionResultType]::ParameterName, 'The consumer''s ARN (from register-stream-consumer)')
            [CompletionResult]::new('--shard-id', '--shard-id', [CompletionResultType]::ParameterName, 'The shard to subscribe to')
            [CompletionResult]::new('--starting-position', '--starting-position', [CompletionResultType]::ParameterName, '`Type=LATEST`, `Type=TRIM_HORIZON`, `Type=AT_SEQUENCE_NUMBER,SequenceNumber=…`, AFTER_SEQUENCE_NUMBER, or `Type=AT_TIMESTAMP,Timestamp=…`; shorthand or JSON')
            [CompletionResult]::new('--decode', '--decode', [CompletionResultType]::ParameterName, 'What to unpack: `auto` recognises KPL aggregates, gzip, zlib, zstd and CloudWatch Logs envelopes, stacked (get-records'' JSON: only shows text as text); one layer by name; `none` leaves data as it came (JSON: aws-cli''s base64 exactly)')
            [CompletionResult]::new('--max-decoded', '--max-decoded', [CompletionResultType]::ParameterName, 'The most a record may decompress to (a bigger one is left as it came, with a warning)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only check the request as Kinesis would: nothing changes, and a request that would have succeeded is answered DryRunOperationException')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Send the request for real (the default)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;tag-resource' {
            [CompletionResult]::new('--resource-arn', '--resource-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, '`k1=v1,k2=v2`, or a JSON object')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;untag-resource' {
            [CompletionResult]::new('--resource-arn', '--resource-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--tag-keys', '--tag-keys', [CompletionResultType]::ParameterName, 'The keys to remove')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;update-account-settings' {
            [CompletionResult]::new('--minimum-throughput-billing-commitment', '--minimum-throughput-billing-commitment', [CompletionResultType]::ParameterName, '`Status=ENABLED|DISABLED`, in shorthand or JSON')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;update-channel' {
            [CompletionResult]::new('--channel-arn', '--channel-arn', [CompletionResultType]::ParameterName, 'The channel''s ARN')
            [CompletionResult]::new('--s3-destination-configuration', '--s3-destination-configuration', [CompletionResultType]::ParameterName, 'The S3 destination''s data freshness, in shorthand or JSON')
            [CompletionResult]::new('--s3-tables-destination-configuration', '--s3-tables-destination-configuration', [CompletionResultType]::ParameterName, 'The S3 Tables destination''s data freshness, in shorthand or JSON')
            [CompletionResult]::new('--logging-configuration', '--logging-configuration', [CompletionResultType]::ParameterName, 'CloudWatch Logs for delivery errors, in shorthand or JSON')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;update-dead-letter-queue-records-visibility' {
            [CompletionResult]::new('--queue-arn', '--queue-arn', [CompletionResultType]::ParameterName, 'The queue''s ARN')
            [CompletionResult]::new('--entries', '--entries', [CompletionResultType]::ParameterName, '1–10 records and their new timeouts from now: `ReceiptHandle=…,VisibilityTimeoutSeconds=…` each (0: visible at once), or a JSON list')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;update-max-record-size' {
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--max-record-size-in-ki-b', '--max-record-size-in-ki-b', [CompletionResultType]::ParameterName, 'The largest record the stream is to take, 1024 to 10240 KiB')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;update-queue' {
            [CompletionResult]::new('--queue-arn', '--queue-arn', [CompletionResultType]::ParameterName, 'The queue''s ARN')
            [CompletionResult]::new('--queue-attributes', '--queue-attributes', [CompletionResultType]::ParameterName, 'The attributes to change (the others stay): `VisibilityTimeoutSeconds=…`, `DeadLetterConfiguration={TargetType=BUILT_IN|NONE,MaxReceiveCount=…}`; shorthand or JSON')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;update-queue-records-visibility' {
            [CompletionResult]::new('--queue-arn', '--queue-arn', [CompletionResultType]::ParameterName, 'The queue''s ARN')
            [CompletionResult]::new('--entries', '--entries', [CompletionResultType]::ParameterName, '1–10 records and their new timeouts from now: `ReceiptHandle=…,VisibilityTimeoutSeconds=…` each (0: visible at once), or a JSON list')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;update-shard-count' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--target-shard-count', '--target-shard-count', [CompletionResultType]::ParameterName, 'The number of open shards wanted')
            [CompletionResult]::new('--scaling-type', '--scaling-type', [CompletionResultType]::ParameterName, 'How to get there; only UNIFORM_SCALING exists')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;update-stream-mode' {
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--stream-mode-details', '--stream-mode-details', [CompletionResultType]::ParameterName, '`StreamMode=PROVISIONED|ON_DEMAND`, in shorthand or JSON')
            [CompletionResult]::new('--warm-throughput-mi-bps', '--warm-throughput-mi-bps', [CompletionResultType]::ParameterName, 'The warm throughput for an on-demand stream, in MiB/s (needs the account''s minimum throughput billing commitment)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;update-stream-record-distribution-strategy' {
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--record-distribution-strategy', '--record-distribution-strategy', [CompletionResultType]::ParameterName, 'AUTO (Kinesis spreads records evenly, partition keys ignored) or USER_PARTITION_KEY')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;update-stream-warm-throughput' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--warm-throughput-mi-bps', '--warm-throughput-mi-bps', [CompletionResultType]::ParameterName, 'The warm throughput asked for, in MiB/s (on-demand streams, with the account''s minimum throughput billing commitment)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'Take the request''s members from a JSON object (as --generate-cli-skeleton prints it); flags on the command line win')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'Take the request''s members from a YAML document (as --generate-cli-skeleton yaml-input prints it); flags on the command line win')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a sample request (input, the default, or yaml-input) without sending anything, or check the command line and print a sample response (output)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to listen on (0: any free port; the URL is printed on stdout)')
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'The address to listen on; anything but loopback must be asked for')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Create these streams at start (unless they exist): NAME:SHARDS, repeatable')
            [CompletionResult]::new('--shard-limit', '--shard-limit', [CompletionResultType]::ParameterName, 'The most open shards across all streams')
            [CompletionResult]::new('--iterator-ttl', '--iterator-ttl', [CompletionResultType]::ParameterName, 'How long shard iterators stay valid, in seconds')
            [CompletionResult]::new('--create-stream-ms', '--create-stream-ms', [CompletionResultType]::ParameterName, 'How long a new stream stays CREATING, in milliseconds')
            [CompletionResult]::new('--delete-stream-ms', '--delete-stream-ms', [CompletionResultType]::ParameterName, 'How long a deleted stream stays DELETING, in milliseconds')
            [CompletionResult]::new('--update-stream-ms', '--update-stream-ms', [CompletionResultType]::ParameterName, 'How long a resharded or re-tuned stream stays UPDATING, in milliseconds')
            [CompletionResult]::new('--register-consumer-ms', '--register-consumer-ms', [CompletionResultType]::ParameterName, 'How long a registered consumer stays CREATING, in milliseconds')
            [CompletionResult]::new('--deregister-consumer-ms', '--deregister-consumer-ms', [CompletionResultType]::ParameterName, 'How long a deregistered consumer stays DELETING, in milliseconds')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'How long a client may take to send a request''s headers, in seconds')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'How long a connection may sit idle between requests before it is closed, in seconds')
            [CompletionResult]::new('--access-key-id', '--access-key-id', [CompletionResultType]::ParameterName, 'With --verify-signatures: the access key id requests must be signed with')
            [CompletionResult]::new('--secret-access-key', '--secret-access-key', [CompletionResultType]::ParameterName, 'With --verify-signatures: the secret access key requests must be signed with')
            [CompletionResult]::new('--faults', '--faults', [CompletionResultType]::ParameterName, 'Script faults from this file (YAML or JSON): errors, latency and failed records per action, by probability (with a seed) or every Nth call, and reshards at given moments')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'The most connections served at once; more are answered 503 and closed')
            [CompletionResult]::new('--in-memory', '--in-memory', [CompletionResultType]::ParameterName, 'Keep streams in memory only, not in the data dir: gone when the server stops')
            [CompletionResult]::new('--no-auth-check', '--no-auth-check', [CompletionResultType]::ParameterName, 'Accept unsigned requests (curl, hand-made clients). By default a request must carry a SigV4 signature complete in form, as AWS requires (it is not verified)')
            [CompletionResult]::new('--enforce-limits', '--enforce-limits', [CompletionResultType]::ParameterName, 'Enforce Kinesis''s rate limits: per shard 1 MiB/s and 1 000 records/s in, 5 GetRecords calls/s and 2 MiB/s out (ProvisionedThroughputExceededException beyond), 2 MiB/s to each subscription; each control-plane action''s documented call rate (LimitExceededException beyond)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;completions' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;man' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Write kinesis.1 and one kinesis-<command>.1 per command into this directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;version' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;help' {
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read a whole stream, every shard, parents before children, without iterators (beyond aws-cli)')
            [CompletionResult]::new('shard-for', 'shard-for', [CompletionResultType]::ParameterValue, 'Show the hash key a partition key maps to, and the shard that owns it (beyond aws-cli)')
            [CompletionResult]::new('perf', 'perf', [CompletionResultType]::ParameterValue, 'Load a stream and measure it: producers at a rate or flat out, consumers polling or through enhanced fan-out; records/s, MB/s, put and end-to-end latency percentiles, throttles and errors, on any backend (beyond aws-cli)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a stream exists (is ACTIVE) or no longer exists')
            [CompletionResult]::new('acknowledge-dead-letter-queue-records', 'acknowledge-dead-letter-queue-records', [CompletionResultType]::ParameterValue, 'Acknowledge dead-letter records, discarding them from the queue')
            [CompletionResult]::new('acknowledge-queue-records', 'acknowledge-queue-records', [CompletionResultType]::ParameterValue, 'Acknowledge records received from a queue, so it never delivers them again')
            [CompletionResult]::new('add-tags-to-stream', 'add-tags-to-stream', [CompletionResultType]::ParameterValue, 'Add or change tags (at most 10 per call, 50 per stream)')
            [CompletionResult]::new('create-queue', 'create-queue', [CompletionResultType]::ParameterValue, 'Create a queue on an on-demand stream: its records delivered to competing consumers, each in flight with one of them until acknowledged or its visibility timeout passes')
            [CompletionResult]::new('create-stream', 'create-stream', [CompletionResultType]::ParameterValue, 'Create a stream with a number of shards')
            [CompletionResult]::new('decrease-stream-retention-period', 'decrease-stream-retention-period', [CompletionResultType]::ParameterValue, 'Keep records for less time (at least 24 hours); older records go at once')
            [CompletionResult]::new('delete-channel', 'delete-channel', [CompletionResultType]::ParameterValue, 'Delete a channel (data already delivered stays)')
            [CompletionResult]::new('delete-queue', 'delete-queue', [CompletionResultType]::ParameterValue, 'Delete a queue (its stream and the stream''s records stay)')
            [CompletionResult]::new('delete-resource-policy', 'delete-resource-policy', [CompletionResultType]::ParameterValue, 'Remove the resource policy of a stream or consumer')
            [CompletionResult]::new('delete-stream', 'delete-stream', [CompletionResultType]::ParameterValue, 'Delete a stream and all its records')
            [CompletionResult]::new('deregister-stream-consumer', 'deregister-stream-consumer', [CompletionResultType]::ParameterValue, 'Deregister a consumer, by its ARN or by its stream''s ARN and its name')
            [CompletionResult]::new('describe-account-settings', 'describe-account-settings', [CompletionResultType]::ParameterValue, 'Show the account''s settings: its minimum throughput billing commitment')
            [CompletionResult]::new('describe-channel', 'describe-channel', [CompletionResultType]::ParameterValue, 'Describe a channel')
            [CompletionResult]::new('describe-queue', 'describe-queue', [CompletionResultType]::ParameterValue, 'Describe a queue: its status, stream, starting position and attributes')
            [CompletionResult]::new('describe-stream', 'describe-stream', [CompletionResultType]::ParameterValue, 'Describe a stream and its shards (all pages, unless --limit or --exclusive-start-shard-id is given)')
            [CompletionResult]::new('describe-stream-consumer', 'describe-stream-consumer', [CompletionResultType]::ParameterValue, 'Describe a consumer, by its ARN or by its stream''s ARN and its name')
            [CompletionResult]::new('describe-stream-summary', 'describe-stream-summary', [CompletionResultType]::ParameterValue, 'Describe a stream without listing its shards')
            [CompletionResult]::new('disable-enhanced-monitoring', 'disable-enhanced-monitoring', [CompletionResultType]::ParameterValue, 'Turn off shard-level metrics (ALL for all seven)')
            [CompletionResult]::new('enable-enhanced-monitoring', 'enable-enhanced-monitoring', [CompletionResultType]::ParameterValue, 'Turn on shard-level metrics (ALL for all seven)')
            [CompletionResult]::new('get-records', 'get-records', [CompletionResultType]::ParameterValue, 'Read a page of records from a shard iterator; data is shown decoded')
            [CompletionResult]::new('get-resource-policy', 'get-resource-policy', [CompletionResultType]::ParameterValue, 'Show the resource policy of a stream or consumer (`{}` when it has none)')
            [CompletionResult]::new('get-shard-iterator', 'get-shard-iterator', [CompletionResultType]::ParameterValue, 'Get an iterator for reading a shard')
            [CompletionResult]::new('increase-stream-retention-period', 'increase-stream-retention-period', [CompletionResultType]::ParameterValue, 'Keep records longer (up to 8760 hours)')
            [CompletionResult]::new('list-channels', 'list-channels', [CompletionResultType]::ParameterValue, 'List channels (one page), optionally of some streams')
            [CompletionResult]::new('list-queues', 'list-queues', [CompletionResultType]::ParameterValue, 'List queues, optionally of some streams (all pages, unless --max-results or --next-token is given)')
            [CompletionResult]::new('list-shards', 'list-shards', [CompletionResultType]::ParameterValue, 'List a stream''s shards, optionally filtered (all pages, unless --max-results, --next-token or --exclusive-start-shard-id is given)')
            [CompletionResult]::new('list-stream-consumers', 'list-stream-consumers', [CompletionResultType]::ParameterValue, 'List a stream''s consumers (all pages, unless --max-results or --next-token is given)')
            [CompletionResult]::new('list-streams', 'list-streams', [CompletionResultType]::ParameterValue, 'List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token is given)')
            [CompletionResult]::new('list-tags-for-resource', 'list-tags-for-resource', [CompletionResultType]::ParameterValue, 'List the tags of a stream named by ARN')
            [CompletionResult]::new('list-tags-for-stream', 'list-tags-for-stream', [CompletionResultType]::ParameterValue, 'List a stream''s tags')
            [CompletionResult]::new('merge-shards', 'merge-shards', [CompletionResultType]::ParameterValue, 'Merge two adjacent open shards into one')
            [CompletionResult]::new('put-record', 'put-record', [CompletionResultType]::ParameterValue, 'Write one record')
            [CompletionResult]::new('put-records', 'put-records', [CompletionResultType]::ParameterValue, 'Write up to 500 records in one call, or upload a whole file in batches with --file (beyond aws-cli)')
            [CompletionResult]::new('put-resource-policy', 'put-resource-policy', [CompletionResultType]::ParameterValue, 'Attach a resource policy (a JSON document) to a stream or consumer (the engine keeps it and returns it; it does not enforce it)')
            [CompletionResult]::new('receive-dead-letter-queue-records', 'receive-dead-letter-queue-records', [CompletionResultType]::ParameterValue, 'Receive up to 10 dead-letter records: those received MaxReceiveCount times without being acknowledged')
            [CompletionResult]::new('receive-queue-records', 'receive-queue-records', [CompletionResultType]::ParameterValue, 'Receive up to 10 records from a queue, waiting up to --wait-time-seconds for one; each comes with the receipt handle that acknowledges it')
            [CompletionResult]::new('register-stream-consumer', 'register-stream-consumer', [CompletionResultType]::ParameterValue, 'Register an enhanced fan-out consumer on a stream (at most 20 per stream)')
            [CompletionResult]::new('remove-tags-from-stream', 'remove-tags-from-stream', [CompletionResultType]::ParameterValue, 'Remove tags by key')
            [CompletionResult]::new('restore-dead-letter-queue-records', 'restore-dead-letter-queue-records', [CompletionResultType]::ParameterValue, 'Restore dead-letter records to the queue, their receive counts back to zero')
            [CompletionResult]::new('split-shard', 'split-shard', [CompletionResultType]::ParameterValue, 'Split a shard in two; without --new-starting-hash-key, at the midpoint, so both children own the same number of hash keys. Prints the children (beyond aws-cli)')
            [CompletionResult]::new('start-stream-encryption', 'start-stream-encryption', [CompletionResultType]::ParameterValue, 'Turn on server-side encryption of a stream with a KMS key (the engine keeps the setting and shows it; it does not encrypt its files)')
            [CompletionResult]::new('stop-stream-encryption', 'stop-stream-encryption', [CompletionResultType]::ParameterValue, 'Turn off server-side encryption of a stream')
            [CompletionResult]::new('subscribe-to-shard', 'subscribe-to-shard', [CompletionResultType]::ParameterValue, 'Receive a shard''s records through a consumer, pushed as they arrive, printing each event (the subscription ends after 5 minutes, as on AWS; Ctrl-C ends it sooner)')
            [CompletionResult]::new('tag-resource', 'tag-resource', [CompletionResultType]::ParameterValue, 'Add or change tags of a stream named by ARN')
            [CompletionResult]::new('untag-resource', 'untag-resource', [CompletionResultType]::ParameterValue, 'Remove tags of a stream named by ARN')
            [CompletionResult]::new('update-account-settings', 'update-account-settings', [CompletionResultType]::ParameterValue, 'Enable or disable the account''s minimum throughput billing commitment (which on-demand warm throughput needs; once enabled it lasts at least 24 hours)')
            [CompletionResult]::new('update-channel', 'update-channel', [CompletionResultType]::ParameterValue, 'Change a channel''s data freshness or logging')
            [CompletionResult]::new('update-dead-letter-queue-records-visibility', 'update-dead-letter-queue-records-visibility', [CompletionResultType]::ParameterValue, 'Change how long received dead-letter records stay in flight')
            [CompletionResult]::new('update-max-record-size', 'update-max-record-size', [CompletionResultType]::ParameterValue, 'Raise (or lower) the largest record a stream takes, 1024 to 10240 KiB (PutRecord, PutRecords and `put-records --file` follow it)')
            [CompletionResult]::new('update-queue', 'update-queue', [CompletionResultType]::ParameterValue, 'Change a queue''s visibility timeout or dead-letter handling')
            [CompletionResult]::new('update-queue-records-visibility', 'update-queue-records-visibility', [CompletionResultType]::ParameterValue, 'Change how long received records stay in flight (0: visible again at once)')
            [CompletionResult]::new('update-shard-count', 'update-shard-count', [CompletionResultType]::ParameterValue, 'Scale a stream to a number of open shards (at most double, at least half, per call)')
            [CompletionResult]::new('update-stream-mode', 'update-stream-mode', [CompletionResultType]::ParameterValue, 'Switch a stream between PROVISIONED and ON_DEMAND capacity (twice a day at most)')
            [CompletionResult]::new('update-stream-record-distribution-strategy', 'update-stream-record-distribution-strategy', [CompletionResultType]::ParameterValue, 'Choose how an on-demand stream''s records find their shards: AUTO (spread evenly, partition keys optional and ignored) or USER_PARTITION_KEY')
            [CompletionResult]::new('update-stream-warm-throughput', 'update-stream-warm-throughput', [CompletionResultType]::ParameterValue, 'Set an on-demand stream''s warm throughput, in MiB/s (with the account''s minimum throughput billing commitment)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (beyond aws-cli)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write all of them to a directory (beyond aws-cli)')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the version (as --version does)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kinesis;help;read' {
            break
        }
        'kinesis;help;shard-for' {
            break
        }
        'kinesis;help;metrics' {
            break
        }
        'kinesis;help;perf' {
            break
        }
        'kinesis;help;wait' {
            [CompletionResult]::new('stream-exists', 'stream-exists', [CompletionResultType]::ParameterValue, 'Wait until the stream is ACTIVE')
            [CompletionResult]::new('stream-not-exists', 'stream-not-exists', [CompletionResultType]::ParameterValue, 'Wait until the stream is gone')
            break
        }
        'kinesis;help;wait;stream-exists' {
            break
        }
        'kinesis;help;wait;stream-not-exists' {
            break
        }
        'kinesis;help;acknowledge-dead-letter-queue-records' {
            break
        }
        'kinesis;help;acknowledge-queue-records' {
            break
        }
        'kinesis;help;add-tags-to-stream' {
            break
        }
        'kinesis;help;create-channel' {
            break
        }
        'kinesis;help;create-queue' {
            break
        }
        'kinesis;help;create-stream' {
            break
        }
        'kinesis;help;decrease-stream-retention-period' {
            break
        }
        'kinesis;help;delete-channel' {
            break
        }
        'kinesis;help;delete-queue' {
            break
        }
        'kinesis;help;delete-resource-policy' {
            break
        }
        'kinesis;help;delete-stream' {
            break
        }
        'kinesis;help;deregister-stream-consumer' {
            break
        }
        'kinesis;help;describe-account-settings' {
            break
        }
        'kinesis;help;describe-channel' {
            break
        }
        'kinesis;help;describe-limits' {
            break
        }
        'kinesis;help;describe-queue' {
            break
        }
        'kinesis;help;describe-stream' {
            break
        }
        'kinesis;help;describe-stream-consumer' {
            break
        }
        'kinesis;help;describe-stream-summary' {
            break
        }
        'kinesis;help;disable-enhanced-monitoring' {
            break
        }
        'kinesis;help;enable-enhanced-monitoring' {
            break
        }
        'kinesis;help;get-records' {
            break
        }
        'kinesis;help;get-resource-policy' {
            break
        }
        'kinesis;help;get-shard-iterator' {
            break
        }
        'kinesis;help;increase-stream-retention-period' {
            break
        }
        'kinesis;help;list-channels' {
            break
        }
        'kinesis;help;list-queues' {
            break
        }
        'kinesis;help;list-shards' {
            break
        }
        'kinesis;help;list-stream-consumers' {
            break
        }
        'kinesis;help;list-streams' {
            break
        }
        'kinesis;help;list-tags-for-resource' {
            break
        }
        'kinesis;help;list-tags-for-stream' {
            break
        }
        'kinesis;help;merge-shards' {
            break
        }
        'kinesis;help;put-record' {
            break
        }
        'kinesis;help;put-records' {
            break
        }
        'kinesis;help;put-resource-policy' {
            break
        }
        'kinesis;help;receive-dead-letter-queue-records' {
            break
        }
        'kinesis;help;receive-queue-records' {
            break
        }
        'kinesis;help;register-stream-consumer' {
            break
        }
        'kinesis;help;remove-tags-from-stream' {
            break
        }
        'kinesis;help;restore-dead-letter-queue-records' {
            break
        }
        'kinesis;help;split-shard' {
            break
        }
        'kinesis;help;start-stream-encryption' {
            break
        }
        'kinesis;help;stop-stream-encryption' {
            break
        }
        'kinesis;help;subscribe-to-shard' {
            break
        }
        'kinesis;help;tag-resource' {
            break
        }
        'kinesis;help;untag-resource' {
            break
        }
        'kinesis;help;update-account-settings' {
            break
        }
        'kinesis;help;update-channel' {
            break
        }
        'kinesis;help;update-dead-letter-queue-records-visibility' {
            break
        }
        'kinesis;help;update-max-record-size' {
            break
        }
        'kinesis;help;update-queue' {
            break
        }
        'kinesis;help;update-queue-records-visibility' {
            break
        }
        'kinesis;help;update-shard-count' {
            break
        }
        'kinesis;help;update-stream-mode' {
            break
        }
        'kinesis;help;update-stream-record-distribution-strategy' {
            break
        }
        'kinesis;help;update-stream-warm-throughput' {
            break
        }
        'kinesis;help;serve' {
            break
        }
        'kinesis;help;completions' {
            break
        }
        'kinesis;help;man' {
            break
        }
        'kinesis;help;version' {
            break
        }
        'kinesis;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
