
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
            cand --output 'How to print the response'
            cand --query 'A JMESPath expression applied to the response before it is printed'
            cand --backend 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)'
            cand --data-dir 'The embedded engine''s data directory [default: the platform data dir + /kinesis]'
            cand --endpoint-url 'Send requests to this endpoint (implies --backend aws)'
            cand --region 'The AWS region (also names the region in the embedded engine''s ARNs)'
            cand --profile 'The AWS profile to take credentials and settings from'
            cand --color 'When to color output; NO_COLOR in the environment means off'
            cand --debug 'Log each request, its timing and the backend''s settings to stderr (never credentials)'
            cand --no-paginate 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate'
            cand --no-cli-pager 'Accepted for aws-cli compatibility; kinesis never pages its output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create-stream 'Create a stream with a number of shards'
            cand delete-stream 'Delete a stream and all its records'
            cand describe-stream 'Describe a stream and its shards (all pages, unless --limit or --exclusive-start-shard-id is given)'
            cand describe-stream-summary 'Describe a stream without listing its shards'
            cand list-streams 'List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token is given)'
            cand list-shards 'List a stream''s shards, optionally filtered (all pages, unless --max-results, --next-token or --exclusive-start-shard-id is given)'
            cand describe-limits 'Show the account''s shard limit and open shard count'
            cand completions 'Print a shell completion script (beyond aws-cli)'
            cand man 'Print the man page, or write all of them to a directory (beyond aws-cli)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kinesis;create-stream'= {
            cand --stream-name 'The new stream''s name: 1–128 of [a-zA-Z0-9_.-]'
            cand --shard-count 'How many shards (required unless the mode is ON_DEMAND)'
            cand --stream-mode-details '`StreamMode=PROVISIONED|ON_DEMAND`, in shorthand or JSON'
            cand --output 'How to print the response'
            cand --query 'A JMESPath expression applied to the response before it is printed'
            cand --backend 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)'
            cand --data-dir 'The embedded engine''s data directory [default: the platform data dir + /kinesis]'
            cand --endpoint-url 'Send requests to this endpoint (implies --backend aws)'
            cand --region 'The AWS region (also names the region in the embedded engine''s ARNs)'
            cand --profile 'The AWS profile to take credentials and settings from'
            cand --color 'When to color output; NO_COLOR in the environment means off'
            cand --debug 'Log each request, its timing and the backend''s settings to stderr (never credentials)'
            cand --no-paginate 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate'
            cand --no-cli-pager 'Accepted for aws-cli compatibility; kinesis never pages its output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;delete-stream'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --output 'How to print the response'
            cand --query 'A JMESPath expression applied to the response before it is printed'
            cand --backend 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)'
            cand --data-dir 'The embedded engine''s data directory [default: the platform data dir + /kinesis]'
            cand --endpoint-url 'Send requests to this endpoint (implies --backend aws)'
            cand --region 'The AWS region (also names the region in the embedded engine''s ARNs)'
            cand --profile 'The AWS profile to take credentials and settings from'
            cand --color 'When to color output; NO_COLOR in the environment means off'
            cand --enforce-consumer-deletion 'Delete even if consumers are registered'
            cand --no-enforce-consumer-deletion 'Refuse to delete a stream with consumers (the default)'
            cand --debug 'Log each request, its timing and the backend''s settings to stderr (never credentials)'
            cand --no-paginate 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate'
            cand --no-cli-pager 'Accepted for aws-cli compatibility; kinesis never pages its output'
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
            cand --output 'How to print the response'
            cand --query 'A JMESPath expression applied to the response before it is printed'
            cand --backend 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)'
            cand --data-dir 'The embedded engine''s data directory [default: the platform data dir + /kinesis]'
            cand --endpoint-url 'Send requests to this endpoint (implies --backend aws)'
            cand --region 'The AWS region (also names the region in the embedded engine''s ARNs)'
            cand --profile 'The AWS profile to take credentials and settings from'
            cand --color 'When to color output; NO_COLOR in the environment means off'
            cand --debug 'Log each request, its timing and the backend''s settings to stderr (never credentials)'
            cand --no-paginate 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate'
            cand --no-cli-pager 'Accepted for aws-cli compatibility; kinesis never pages its output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;describe-stream-summary'= {
            cand --stream-name 'The stream''s name'
            cand --stream-arn 'The stream''s ARN'
            cand --output 'How to print the response'
            cand --query 'A JMESPath expression applied to the response before it is printed'
            cand --backend 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)'
            cand --data-dir 'The embedded engine''s data directory [default: the platform data dir + /kinesis]'
            cand --endpoint-url 'Send requests to this endpoint (implies --backend aws)'
            cand --region 'The AWS region (also names the region in the embedded engine''s ARNs)'
            cand --profile 'The AWS profile to take credentials and settings from'
            cand --color 'When to color output; NO_COLOR in the environment means off'
            cand --debug 'Log each request, its timing and the backend''s settings to stderr (never credentials)'
            cand --no-paginate 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate'
            cand --no-cli-pager 'Accepted for aws-cli compatibility; kinesis never pages its output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;list-streams'= {
            cand --limit 'At most this many streams (1–10000); returns a single page'
            cand --exclusive-start-stream-name 'Start after this stream name; returns a single page'
            cand --next-token 'Continue from a previous page''s NextToken; returns a single page'
            cand --output 'How to print the response'
            cand --query 'A JMESPath expression applied to the response before it is printed'
            cand --backend 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)'
            cand --data-dir 'The embedded engine''s data directory [default: the platform data dir + /kinesis]'
            cand --endpoint-url 'Send requests to this endpoint (implies --backend aws)'
            cand --region 'The AWS region (also names the region in the embedded engine''s ARNs)'
            cand --profile 'The AWS profile to take credentials and settings from'
            cand --color 'When to color output; NO_COLOR in the environment means off'
            cand --debug 'Log each request, its timing and the backend''s settings to stderr (never credentials)'
            cand --no-paginate 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate'
            cand --no-cli-pager 'Accepted for aws-cli compatibility; kinesis never pages its output'
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
            cand --output 'How to print the response'
            cand --query 'A JMESPath expression applied to the response before it is printed'
            cand --backend 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)'
            cand --data-dir 'The embedded engine''s data directory [default: the platform data dir + /kinesis]'
            cand --endpoint-url 'Send requests to this endpoint (implies --backend aws)'
            cand --region 'The AWS region (also names the region in the embedded engine''s ARNs)'
            cand --profile 'The AWS profile to take credentials and settings from'
            cand --color 'When to color output; NO_COLOR in the environment means off'
            cand --debug 'Log each request, its timing and the backend''s settings to stderr (never credentials)'
            cand --no-paginate 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate'
            cand --no-cli-pager 'Accepted for aws-cli compatibility; kinesis never pages its output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;describe-limits'= {
            cand --output 'How to print the response'
            cand --query 'A JMESPath expression applied to the response before it is printed'
            cand --backend 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)'
            cand --data-dir 'The embedded engine''s data directory [default: the platform data dir + /kinesis]'
            cand --endpoint-url 'Send requests to this endpoint (implies --backend aws)'
            cand --region 'The AWS region (also names the region in the embedded engine''s ARNs)'
            cand --profile 'The AWS profile to take credentials and settings from'
            cand --color 'When to color output; NO_COLOR in the environment means off'
            cand --debug 'Log each request, its timing and the backend''s settings to stderr (never credentials)'
            cand --no-paginate 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate'
            cand --no-cli-pager 'Accepted for aws-cli compatibility; kinesis never pages its output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;completions'= {
            cand --output 'How to print the response'
            cand --query 'A JMESPath expression applied to the response before it is printed'
            cand --backend 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)'
            cand --data-dir 'The embedded engine''s data directory [default: the platform data dir + /kinesis]'
            cand --endpoint-url 'Send requests to this endpoint (implies --backend aws)'
            cand --region 'The AWS region (also names the region in the embedded engine''s ARNs)'
            cand --profile 'The AWS profile to take credentials and settings from'
            cand --color 'When to color output; NO_COLOR in the environment means off'
            cand --debug 'Log each request, its timing and the backend''s settings to stderr (never credentials)'
            cand --no-paginate 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate'
            cand --no-cli-pager 'Accepted for aws-cli compatibility; kinesis never pages its output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;man'= {
            cand --out-dir 'Write kinesis.1 and one kinesis-<command>.1 per command into this directory'
            cand --output 'How to print the response'
            cand --query 'A JMESPath expression applied to the response before it is printed'
            cand --backend 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)'
            cand --data-dir 'The embedded engine''s data directory [default: the platform data dir + /kinesis]'
            cand --endpoint-url 'Send requests to this endpoint (implies --backend aws)'
            cand --region 'The AWS region (also names the region in the embedded engine''s ARNs)'
            cand --profile 'The AWS profile to take credentials and settings from'
            cand --color 'When to color output; NO_COLOR in the environment means off'
            cand --debug 'Log each request, its timing and the backend''s settings to stderr (never credentials)'
            cand --no-paginate 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate'
            cand --no-cli-pager 'Accepted for aws-cli compatibility; kinesis never pages its output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kinesis;help'= {
            cand create-stream 'Create a stream with a number of shards'
            cand delete-stream 'Delete a stream and all its records'
            cand describe-stream 'Describe a stream and its shards (all pages, unless --limit or --exclusive-start-shard-id is given)'
            cand describe-stream-summary 'Describe a stream without listing its shards'
            cand list-streams 'List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token is given)'
            cand list-shards 'List a stream''s shards, optionally filtered (all pages, unless --max-results, --next-token or --exclusive-start-shard-id is given)'
            cand describe-limits 'Show the account''s shard limit and open shard count'
            cand completions 'Print a shell completion script (beyond aws-cli)'
            cand man 'Print the man page, or write all of them to a directory (beyond aws-cli)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kinesis;help;create-stream'= {
        }
        &'kinesis;help;delete-stream'= {
        }
        &'kinesis;help;describe-stream'= {
        }
        &'kinesis;help;describe-stream-summary'= {
        }
        &'kinesis;help;list-streams'= {
        }
        &'kinesis;help;list-shards'= {
        }
        &'kinesis;help;describe-limits'= {
        }
        &'kinesis;help;completions'= {
        }
        &'kinesis;help;man'= {
        }
        &'kinesis;help;help'= {
        }
    ]
    $completions[$command]
}
