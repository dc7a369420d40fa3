# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kinesis_global_optspecs
    string join \n output= query= backend= data-dir= endpoint-url= region= profile= color= debug no-paginate no-cli-pager h/help V/version
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

complete -c kinesis -n "__fish_kinesis_needs_command" -l output -d 'How to print the response' -r -f -a "json\t'The AWS response shape, pretty-printed'
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'"
complete -c kinesis -n "__fish_kinesis_needs_command" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c kinesis -n "__fish_kinesis_needs_command" -l backend -d 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)' -r -f -a "local\t'The embedded engine, on the data dir'
aws\t'AWS, or the endpoint of --endpoint-url'"
complete -c kinesis -n "__fish_kinesis_needs_command" -l data-dir -d 'The embedded engine\'s data directory [default: the platform data dir + /kinesis]' -r -F
complete -c kinesis -n "__fish_kinesis_needs_command" -l endpoint-url -d 'Send requests to this endpoint (implies --backend aws)' -r
complete -c kinesis -n "__fish_kinesis_needs_command" -l region -d 'The AWS region (also names the region in the embedded engine\'s ARNs)' -r
complete -c kinesis -n "__fish_kinesis_needs_command" -l profile -d 'The AWS profile to take credentials and settings from' -r
complete -c kinesis -n "__fish_kinesis_needs_command" -l color -d 'When to color output; NO_COLOR in the environment means off' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
on\t'Always color'
off\t'Never color'"
complete -c kinesis -n "__fish_kinesis_needs_command" -l debug -d 'Log each request, its timing and the backend\'s settings to stderr (never credentials)'
complete -c kinesis -n "__fish_kinesis_needs_command" -l no-paginate -d 'Return only the first page of a paginated listing, as aws-cli\'s --no-paginate'
complete -c kinesis -n "__fish_kinesis_needs_command" -l no-cli-pager -d 'Accepted for aws-cli compatibility; kinesis never pages its output'
complete -c kinesis -n "__fish_kinesis_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_needs_command" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "create-stream" -d 'Create a stream with a number of shards'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "delete-stream" -d 'Delete a stream and all its records'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "describe-stream" -d 'Describe a stream and its shards (all pages, unless --limit or --exclusive-start-shard-id is given)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "describe-stream-summary" -d 'Describe a stream without listing its shards'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "list-streams" -d 'List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token is given)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "list-shards" -d 'List a stream\'s shards, optionally filtered (all pages, unless --max-results, --next-token or --exclusive-start-shard-id is given)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "describe-limits" -d 'Show the account\'s shard limit and open shard count'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "completions" -d 'Print a shell completion script (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "man" -d 'Print the man page, or write all of them to a directory (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l stream-name -d 'The new stream\'s name: 1–128 of [a-zA-Z0-9_.-]' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l shard-count -d 'How many shards (required unless the mode is ON_DEMAND)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l stream-mode-details -d '`StreamMode=PROVISIONED|ON_DEMAND`, in shorthand or JSON' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l output -d 'How to print the response' -r -f -a "json\t'The AWS response shape, pretty-printed'
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'"
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l backend -d 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)' -r -f -a "local\t'The embedded engine, on the data dir'
aws\t'AWS, or the endpoint of --endpoint-url'"
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l data-dir -d 'The embedded engine\'s data directory [default: the platform data dir + /kinesis]' -r -F
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l endpoint-url -d 'Send requests to this endpoint (implies --backend aws)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l region -d 'The AWS region (also names the region in the embedded engine\'s ARNs)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l profile -d 'The AWS profile to take credentials and settings from' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l color -d 'When to color output; NO_COLOR in the environment means off' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
on\t'Always color'
off\t'Never color'"
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l debug -d 'Log each request, its timing and the backend\'s settings to stderr (never credentials)'
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l no-paginate -d 'Return only the first page of a paginated listing, as aws-cli\'s --no-paginate'
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -l no-cli-pager -d 'Accepted for aws-cli compatibility; kinesis never pages its output'
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand create-stream" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l stream-name -d 'The stream\'s name' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l stream-arn -d 'The stream\'s ARN' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l output -d 'How to print the response' -r -f -a "json\t'The AWS response shape, pretty-printed'
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'"
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l backend -d 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)' -r -f -a "local\t'The embedded engine, on the data dir'
aws\t'AWS, or the endpoint of --endpoint-url'"
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l data-dir -d 'The embedded engine\'s data directory [default: the platform data dir + /kinesis]' -r -F
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l endpoint-url -d 'Send requests to this endpoint (implies --backend aws)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l region -d 'The AWS region (also names the region in the embedded engine\'s ARNs)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l profile -d 'The AWS profile to take credentials and settings from' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l color -d 'When to color output; NO_COLOR in the environment means off' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
on\t'Always color'
off\t'Never color'"
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l enforce-consumer-deletion -d 'Delete even if consumers are registered'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l no-enforce-consumer-deletion -d 'Refuse to delete a stream with consumers (the default)'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l debug -d 'Log each request, its timing and the backend\'s settings to stderr (never credentials)'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l no-paginate -d 'Return only the first page of a paginated listing, as aws-cli\'s --no-paginate'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -l no-cli-pager -d 'Accepted for aws-cli compatibility; kinesis never pages its output'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand delete-stream" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l stream-name -d 'The stream\'s name' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l stream-arn -d 'The stream\'s ARN' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l limit -d 'At most this many shards (1–10000); returns a single page' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l exclusive-start-shard-id -d 'Start after this shard; returns a single page' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l output -d 'How to print the response' -r -f -a "json\t'The AWS response shape, pretty-printed'
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l backend -d 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)' -r -f -a "local\t'The embedded engine, on the data dir'
aws\t'AWS, or the endpoint of --endpoint-url'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l data-dir -d 'The embedded engine\'s data directory [default: the platform data dir + /kinesis]' -r -F
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l endpoint-url -d 'Send requests to this endpoint (implies --backend aws)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l region -d 'The AWS region (also names the region in the embedded engine\'s ARNs)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l profile -d 'The AWS profile to take credentials and settings from' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l color -d 'When to color output; NO_COLOR in the environment means off' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
on\t'Always color'
off\t'Never color'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l debug -d 'Log each request, its timing and the backend\'s settings to stderr (never credentials)'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l no-paginate -d 'Return only the first page of a paginated listing, as aws-cli\'s --no-paginate'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -l no-cli-pager -d 'Accepted for aws-cli compatibility; kinesis never pages its output'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l stream-name -d 'The stream\'s name' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l stream-arn -d 'The stream\'s ARN' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l output -d 'How to print the response' -r -f -a "json\t'The AWS response shape, pretty-printed'
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l backend -d 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)' -r -f -a "local\t'The embedded engine, on the data dir'
aws\t'AWS, or the endpoint of --endpoint-url'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l data-dir -d 'The embedded engine\'s data directory [default: the platform data dir + /kinesis]' -r -F
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l endpoint-url -d 'Send requests to this endpoint (implies --backend aws)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l region -d 'The AWS region (also names the region in the embedded engine\'s ARNs)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l profile -d 'The AWS profile to take credentials and settings from' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l color -d 'When to color output; NO_COLOR in the environment means off' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
on\t'Always color'
off\t'Never color'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l debug -d 'Log each request, its timing and the backend\'s settings to stderr (never credentials)'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l no-paginate -d 'Return only the first page of a paginated listing, as aws-cli\'s --no-paginate'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -l no-cli-pager -d 'Accepted for aws-cli compatibility; kinesis never pages its output'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-stream-summary" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l limit -d 'At most this many streams (1–10000); returns a single page' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l exclusive-start-stream-name -d 'Start after this stream name; returns a single page' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l next-token -d 'Continue from a previous page\'s NextToken; returns a single page' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l output -d 'How to print the response' -r -f -a "json\t'The AWS response shape, pretty-printed'
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'"
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l backend -d 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)' -r -f -a "local\t'The embedded engine, on the data dir'
aws\t'AWS, or the endpoint of --endpoint-url'"
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l data-dir -d 'The embedded engine\'s data directory [default: the platform data dir + /kinesis]' -r -F
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l endpoint-url -d 'Send requests to this endpoint (implies --backend aws)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l region -d 'The AWS region (also names the region in the embedded engine\'s ARNs)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l profile -d 'The AWS profile to take credentials and settings from' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l color -d 'When to color output; NO_COLOR in the environment means off' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
on\t'Always color'
off\t'Never color'"
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l debug -d 'Log each request, its timing and the backend\'s settings to stderr (never credentials)'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l no-paginate -d 'Return only the first page of a paginated listing, as aws-cli\'s --no-paginate'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -l no-cli-pager -d 'Accepted for aws-cli compatibility; kinesis never pages its output'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-streams" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l stream-name -d 'The stream\'s name (not with --next-token)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l stream-arn -d 'The stream\'s ARN (not with --next-token)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l next-token -d 'Continue from a previous page\'s NextToken; returns a single page' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l exclusive-start-shard-id -d 'Start after this shard; returns a single page' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l max-results -d 'At most this many shards (1–10000); returns a single page' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l stream-creation-timestamp -d 'The stream\'s creation time, to tell apart streams that reused a name' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l shard-filter -d '`Type=AT_LATEST`, `Type=AFTER_SHARD_ID,ShardId=…`, `Type=AT_TIMESTAMP,Timestamp=…`, AT_TRIM_HORIZON, FROM_TRIM_HORIZON or FROM_TIMESTAMP; shorthand or JSON' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l output -d 'How to print the response' -r -f -a "json\t'The AWS response shape, pretty-printed'
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'"
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l backend -d 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)' -r -f -a "local\t'The embedded engine, on the data dir'
aws\t'AWS, or the endpoint of --endpoint-url'"
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l data-dir -d 'The embedded engine\'s data directory [default: the platform data dir + /kinesis]' -r -F
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l endpoint-url -d 'Send requests to this endpoint (implies --backend aws)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l region -d 'The AWS region (also names the region in the embedded engine\'s ARNs)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l profile -d 'The AWS profile to take credentials and settings from' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l color -d 'When to color output; NO_COLOR in the environment means off' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
on\t'Always color'
off\t'Never color'"
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l debug -d 'Log each request, its timing and the backend\'s settings to stderr (never credentials)'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l no-paginate -d 'Return only the first page of a paginated listing, as aws-cli\'s --no-paginate'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -l no-cli-pager -d 'Accepted for aws-cli compatibility; kinesis never pages its output'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand list-shards" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l output -d 'How to print the response' -r -f -a "json\t'The AWS response shape, pretty-printed'
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l backend -d 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)' -r -f -a "local\t'The embedded engine, on the data dir'
aws\t'AWS, or the endpoint of --endpoint-url'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l data-dir -d 'The embedded engine\'s data directory [default: the platform data dir + /kinesis]' -r -F
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l endpoint-url -d 'Send requests to this endpoint (implies --backend aws)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l region -d 'The AWS region (also names the region in the embedded engine\'s ARNs)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l profile -d 'The AWS profile to take credentials and settings from' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l color -d 'When to color output; NO_COLOR in the environment means off' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
on\t'Always color'
off\t'Never color'"
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l debug -d 'Log each request, its timing and the backend\'s settings to stderr (never credentials)'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l no-paginate -d 'Return only the first page of a paginated listing, as aws-cli\'s --no-paginate'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -l no-cli-pager -d 'Accepted for aws-cli compatibility; kinesis never pages its output'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand describe-limits" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -l output -d 'How to print the response' -r -f -a "json\t'The AWS response shape, pretty-printed'
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'"
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -l backend -d 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)' -r -f -a "local\t'The embedded engine, on the data dir'
aws\t'AWS, or the endpoint of --endpoint-url'"
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -l data-dir -d 'The embedded engine\'s data directory [default: the platform data dir + /kinesis]' -r -F
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -l endpoint-url -d 'Send requests to this endpoint (implies --backend aws)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -l region -d 'The AWS region (also names the region in the embedded engine\'s ARNs)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -l profile -d 'The AWS profile to take credentials and settings from' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -l color -d 'When to color output; NO_COLOR in the environment means off' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
on\t'Always color'
off\t'Never color'"
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -l debug -d 'Log each request, its timing and the backend\'s settings to stderr (never credentials)'
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -l no-paginate -d 'Return only the first page of a paginated listing, as aws-cli\'s --no-paginate'
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -l no-cli-pager -d 'Accepted for aws-cli compatibility; kinesis never pages its output'
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand completions" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -l out-dir -d 'Write kinesis.1 and one kinesis-<command>.1 per command into this directory' -r -F
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -l output -d 'How to print the response' -r -f -a "json\t'The AWS response shape, pretty-printed'
text\t'aws-cli\'s tab-separated text'
table\t'A table for people'
raw\t'Record payloads, or the single most useful value'"
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -l backend -d 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)' -r -f -a "local\t'The embedded engine, on the data dir'
aws\t'AWS, or the endpoint of --endpoint-url'"
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -l data-dir -d 'The embedded engine\'s data directory [default: the platform data dir + /kinesis]' -r -F
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -l endpoint-url -d 'Send requests to this endpoint (implies --backend aws)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -l region -d 'The AWS region (also names the region in the embedded engine\'s ARNs)' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -l profile -d 'The AWS profile to take credentials and settings from' -r
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -l color -d 'When to color output; NO_COLOR in the environment means off' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
on\t'Always color'
off\t'Never color'"
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -l debug -d 'Log each request, its timing and the backend\'s settings to stderr (never credentials)'
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -l no-paginate -d 'Return only the first page of a paginated listing, as aws-cli\'s --no-paginate'
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -l no-cli-pager -d 'Accepted for aws-cli compatibility; kinesis never pages its output'
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kinesis -n "__fish_kinesis_using_subcommand man" -s V -l version -d 'Print version'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from create-stream delete-stream describe-stream describe-stream-summary list-streams list-shards describe-limits completions man help" -f -a "create-stream" -d 'Create a stream with a number of shards'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from create-stream delete-stream describe-stream describe-stream-summary list-streams list-shards describe-limits completions man help" -f -a "delete-stream" -d 'Delete a stream and all its records'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from create-stream delete-stream describe-stream describe-stream-summary list-streams list-shards describe-limits completions man help" -f -a "describe-stream" -d 'Describe a stream and its shards (all pages, unless --limit or --exclusive-start-shard-id is given)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from create-stream delete-stream describe-stream describe-stream-summary list-streams list-shards describe-limits completions man help" -f -a "describe-stream-summary" -d 'Describe a stream without listing its shards'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from create-stream delete-stream describe-stream describe-stream-summary list-streams list-shards describe-limits completions man help" -f -a "list-streams" -d 'List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token is given)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from create-stream delete-stream describe-stream describe-stream-summary list-streams list-shards describe-limits completions man help" -f -a "list-shards" -d 'List a stream\'s shards, optionally filtered (all pages, unless --max-results, --next-token or --exclusive-start-shard-id is given)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from create-stream delete-stream describe-stream describe-stream-summary list-streams list-shards describe-limits completions man help" -f -a "describe-limits" -d 'Show the account\'s shard limit and open shard count'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from create-stream delete-stream describe-stream describe-stream-summary list-streams list-shards describe-limits completions man help" -f -a "completions" -d 'Print a shell completion script (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from create-stream delete-stream describe-stream describe-stream-summary list-streams list-shards describe-limits completions man help" -f -a "man" -d 'Print the man page, or write all of them to a directory (beyond aws-cli)'
complete -c kinesis -n "__fish_kinesis_using_subcommand help; and not __fish_seen_subcommand_from create-stream delete-stream describe-stream describe-stream-summary list-streams list-shards describe-limits completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
