
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
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print the response')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'The embedded engine''s data directory [default: the platform data dir + /kinesis]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint (implies --backend aws)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The AWS region (also names the region in the embedded engine''s ARNs)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The AWS profile to take credentials and settings from')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color output; NO_COLOR in the environment means off')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log each request, its timing and the backend''s settings to stderr (never credentials)')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for aws-cli compatibility; kinesis never pages its output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create-stream', 'create-stream', [CompletionResultType]::ParameterValue, 'Create a stream with a number of shards')
            [CompletionResult]::new('delete-stream', 'delete-stream', [CompletionResultType]::ParameterValue, 'Delete a stream and all its records')
            [CompletionResult]::new('describe-stream', 'describe-stream', [CompletionResultType]::ParameterValue, 'Describe a stream and its shards (all pages, unless --limit or --exclusive-start-shard-id is given)')
            [CompletionResult]::new('describe-stream-summary', 'describe-stream-summary', [CompletionResultType]::ParameterValue, 'Describe a stream without listing its shards')
            [CompletionResult]::new('list-streams', 'list-streams', [CompletionResultType]::ParameterValue, 'List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token is given)')
            [CompletionResult]::new('list-shards', 'list-shards', [CompletionResultType]::ParameterValue, 'List a stream''s shards, optionally filtered (all pages, unless --max-results, --next-token or --exclusive-start-shard-id is given)')
            [CompletionResult]::new('describe-limits', 'describe-limits', [CompletionResultType]::ParameterValue, 'Show the account''s shard limit and open shard count')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (beyond aws-cli)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write all of them to a directory (beyond aws-cli)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kinesis;create-stream' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The new stream''s name: 1–128 of [a-zA-Z0-9_.-]')
            [CompletionResult]::new('--shard-count', '--shard-count', [CompletionResultType]::ParameterName, 'How many shards (required unless the mode is ON_DEMAND)')
            [CompletionResult]::new('--stream-mode-details', '--stream-mode-details', [CompletionResultType]::ParameterName, '`StreamMode=PROVISIONED|ON_DEMAND`, in shorthand or JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print the response')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'The embedded engine''s data directory [default: the platform data dir + /kinesis]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint (implies --backend aws)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The AWS region (also names the region in the embedded engine''s ARNs)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The AWS profile to take credentials and settings from')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color output; NO_COLOR in the environment means off')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log each request, its timing and the backend''s settings to stderr (never credentials)')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for aws-cli compatibility; kinesis never pages its output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;delete-stream' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print the response')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'The embedded engine''s data directory [default: the platform data dir + /kinesis]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint (implies --backend aws)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The AWS region (also names the region in the embedded engine''s ARNs)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The AWS profile to take credentials and settings from')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color output; NO_COLOR in the environment means off')
            [CompletionResult]::new('--enforce-consumer-deletion', '--enforce-consumer-deletion', [CompletionResultType]::ParameterName, 'Delete even if consumers are registered')
            [CompletionResult]::new('--no-enforce-consumer-deletion', '--no-enforce-consumer-deletion', [CompletionResultType]::ParameterName, 'Refuse to delete a stream with consumers (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log each request, its timing and the backend''s settings to stderr (never credentials)')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for aws-cli compatibility; kinesis never pages its output')
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
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print the response')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'The embedded engine''s data directory [default: the platform data dir + /kinesis]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint (implies --backend aws)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The AWS region (also names the region in the embedded engine''s ARNs)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The AWS profile to take credentials and settings from')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color output; NO_COLOR in the environment means off')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log each request, its timing and the backend''s settings to stderr (never credentials)')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for aws-cli compatibility; kinesis never pages its output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;describe-stream-summary' {
            [CompletionResult]::new('--stream-name', '--stream-name', [CompletionResultType]::ParameterName, 'The stream''s name')
            [CompletionResult]::new('--stream-arn', '--stream-arn', [CompletionResultType]::ParameterName, 'The stream''s ARN')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print the response')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'The embedded engine''s data directory [default: the platform data dir + /kinesis]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint (implies --backend aws)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The AWS region (also names the region in the embedded engine''s ARNs)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The AWS profile to take credentials and settings from')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color output; NO_COLOR in the environment means off')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log each request, its timing and the backend''s settings to stderr (never credentials)')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for aws-cli compatibility; kinesis never pages its output')
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
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print the response')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'The embedded engine''s data directory [default: the platform data dir + /kinesis]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint (implies --backend aws)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The AWS region (also names the region in the embedded engine''s ARNs)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The AWS profile to take credentials and settings from')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color output; NO_COLOR in the environment means off')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log each request, its timing and the backend''s settings to stderr (never credentials)')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for aws-cli compatibility; kinesis never pages its output')
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
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print the response')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'The embedded engine''s data directory [default: the platform data dir + /kinesis]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint (implies --backend aws)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The AWS region (also names the region in the embedded engine''s ARNs)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The AWS profile to take credentials and settings from')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color output; NO_COLOR in the environment means off')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log each request, its timing and the backend''s settings to stderr (never credentials)')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for aws-cli compatibility; kinesis never pages its output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;describe-limits' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print the response')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'The embedded engine''s data directory [default: the platform data dir + /kinesis]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint (implies --backend aws)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The AWS region (also names the region in the embedded engine''s ARNs)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The AWS profile to take credentials and settings from')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color output; NO_COLOR in the environment means off')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log each request, its timing and the backend''s settings to stderr (never credentials)')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for aws-cli compatibility; kinesis never pages its output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;completions' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print the response')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'The embedded engine''s data directory [default: the platform data dir + /kinesis]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint (implies --backend aws)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The AWS region (also names the region in the embedded engine''s ARNs)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The AWS profile to take credentials and settings from')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color output; NO_COLOR in the environment means off')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log each request, its timing and the backend''s settings to stderr (never credentials)')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for aws-cli compatibility; kinesis never pages its output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;man' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Write kinesis.1 and one kinesis-<command>.1 per command into this directory')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print the response')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where requests go: the embedded engine, or AWS (or any Kinesis endpoint)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'The embedded engine''s data directory [default: the platform data dir + /kinesis]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint (implies --backend aws)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The AWS region (also names the region in the embedded engine''s ARNs)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The AWS profile to take credentials and settings from')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color output; NO_COLOR in the environment means off')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log each request, its timing and the backend''s settings to stderr (never credentials)')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Return only the first page of a paginated listing, as aws-cli''s --no-paginate')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for aws-cli compatibility; kinesis never pages its output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kinesis;help' {
            [CompletionResult]::new('create-stream', 'create-stream', [CompletionResultType]::ParameterValue, 'Create a stream with a number of shards')
            [CompletionResult]::new('delete-stream', 'delete-stream', [CompletionResultType]::ParameterValue, 'Delete a stream and all its records')
            [CompletionResult]::new('describe-stream', 'describe-stream', [CompletionResultType]::ParameterValue, 'Describe a stream and its shards (all pages, unless --limit or --exclusive-start-shard-id is given)')
            [CompletionResult]::new('describe-stream-summary', 'describe-stream-summary', [CompletionResultType]::ParameterValue, 'Describe a stream without listing its shards')
            [CompletionResult]::new('list-streams', 'list-streams', [CompletionResultType]::ParameterValue, 'List streams (all pages, unless --limit, --exclusive-start-stream-name or --next-token is given)')
            [CompletionResult]::new('list-shards', 'list-shards', [CompletionResultType]::ParameterValue, 'List a stream''s shards, optionally filtered (all pages, unless --max-results, --next-token or --exclusive-start-shard-id is given)')
            [CompletionResult]::new('describe-limits', 'describe-limits', [CompletionResultType]::ParameterValue, 'Show the account''s shard limit and open shard count')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (beyond aws-cli)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write all of them to a directory (beyond aws-cli)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kinesis;help;create-stream' {
            break
        }
        'kinesis;help;delete-stream' {
            break
        }
        'kinesis;help;describe-stream' {
            break
        }
        'kinesis;help;describe-stream-summary' {
            break
        }
        'kinesis;help;list-streams' {
            break
        }
        'kinesis;help;list-shards' {
            break
        }
        'kinesis;help;describe-limits' {
            break
        }
        'kinesis;help;completions' {
            break
        }
        'kinesis;help;man' {
            break
        }
        'kinesis;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
