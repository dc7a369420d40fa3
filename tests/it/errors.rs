//! Bad input of every kind: the one-line error, the exit code (252 usage, 253 configuration,
//! 254 service) and a store left exactly as it was.

use std::io::Read;
use std::process::Stdio;

use crate::helpers::Env;

/// Runs a failing command against a store holding one stream and checks nothing changed.
fn rejected(args: &[&str], code: i32) -> String {
    let env = Env::new();
    env.create("family", 4);
    let before = env.snapshot();
    let line = env.fails(args, code);
    assert_eq!(env.snapshot(), before, "{args:?} changed the store");
    line
}

#[test]
fn empty_stream_name_is_rejected_before_sending() {
    assert_eq!(
        rejected(&["create-stream", "--stream-name", "", "--shard-count", "1"], 252),
        "kinesis: ParamValidation: Parameter validation failed: Invalid length for parameter \
         StreamName, value: 0, valid min length: 1"
    );
}

#[test]
fn long_stream_name_is_a_validation_exception() {
    let name = "a".repeat(129);
    let line = rejected(&["create-stream", "--stream-name", &name, "--shard-count", "1"], 254);
    assert_eq!(
        line,
        format!(
            "kinesis: ValidationException: 1 validation error detected: Value '{name}' at \
             'streamName' failed to satisfy constraint: Member must have length less than or \
             equal to 128"
        )
    );
    // 128 is fine.
    Env::new().create(&"a".repeat(128), 1);
}

#[test]
fn stream_name_with_a_slash_is_a_validation_exception() {
    assert_eq!(
        rejected(&["create-stream", "--stream-name", "a/b", "--shard-count", "1"], 254),
        "kinesis: ValidationException: 1 validation error detected: Value 'a/b' at 'streamName' \
         failed to satisfy constraint: Member must satisfy regular expression pattern: \
         [a-zA-Z0-9_.-]+"
    );
    rejected(&["describe-stream", "--stream-name", "a/b"], 254);
    rejected(&["delete-stream", "--stream-name", "a b"], 254);
}

#[test]
fn shard_count_zero_or_negative_is_rejected_before_sending() {
    for n in ["0", "-1"] {
        assert_eq!(
            rejected(&["create-stream", "--stream-name", "x", "--shard-count", n], 252),
            format!(
                "kinesis: ParamValidation: Parameter validation failed: Invalid value for \
                 parameter ShardCount, value: {n}, valid min value: 1"
            )
        );
    }
    rejected(&["create-stream", "--stream-name", "x", "--shard-count", "two"], 252);
    rejected(&["create-stream", "--stream-name", "x"], 254);
}

#[test]
fn shard_count_above_the_limit() {
    let env = Env::new();
    env.create("family", 4);
    let line = env.fails(&["create-stream", "--stream-name", "x", "--shard-count", "497"], 254);
    assert!(
        line.starts_with(
            "kinesis: LimitExceededException: This request would exceed the shard limit for the \
             account 000000000000 in us-east-1. Current shard count for the account: 4. Limit: \
             500. Number of additional shards that would have resulted from this request: 497."
        ),
        "{line}"
    );
    env.create("fits", 496);
    let small = env
        .cmd()
        .env("KINESIS_SHARD_LIMIT", "2")
        .args(["create-stream", "--stream-name", "y", "--shard-count", "1"])
        .output()
        .unwrap();
    assert_eq!(small.status.code(), Some(254));
    let bad = env.cmd().env("KINESIS_SHARD_LIMIT", "lots").args(["list-streams"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(253));
    rejected(&["create-stream", "--stream-name", "x", "--shard-count", "100001"], 254);
}

#[test]
fn creating_an_existing_stream_is_resource_in_use() {
    assert_eq!(
        rejected(&["create-stream", "--stream-name", "family", "--shard-count", "2"], 254),
        "kinesis: ResourceInUseException: Stream family under account 000000000000 already exists."
    );
}

#[test]
fn missing_streams_are_resource_not_found() {
    let expected =
        "kinesis: ResourceNotFoundException: Stream nope under account 000000000000 not found.";
    for cmd in ["describe-stream", "delete-stream", "describe-stream-summary", "list-shards"] {
        assert_eq!(rejected(&[cmd, "--stream-name", "nope"], 254), expected, "{cmd}");
    }
}

#[test]
fn usage_errors_exit_252() {
    let line = rejected(&["describe-stream"], 252);
    assert!(line.starts_with("kinesis: UsageError: "), "{line}");
    rejected(&["describe-stream", "--stream-name", "family", "--output", "xml"], 252);
    rejected(&["describe-stream", "--stream-name", "family", "--bogus"], 252);
    rejected(&["no-such-command"], 252);
    rejected(&["describe-stream", "--stream-name", "family", "--limit", "0"], 252);
    rejected(&["list-shards", "--stream-name", "family", "--shard-filter", "Type"], 252);
    rejected(
        &[
            "list-shards",
            "--stream-name",
            "family",
            "--shard-filter",
            "Type=AT_TIMESTAMP,Timestamp=soon",
        ],
        252,
    );
    let env = Env::new();
    let out = env.cmd().env("KINESIS_OUTPUT", "xml").arg("list-streams").output().unwrap();
    assert_eq!(out.status.code(), Some(252));
}

#[test]
fn unknown_shard_filter_type_is_the_services_validation_error() {
    let line = rejected(
        &["list-shards", "--stream-name", "family", "--shard-filter", "Type=SOMETIMES"],
        254,
    );
    assert!(line.starts_with("kinesis: ValidationException: 1 validation error detected: Value 'SOMETIMES' at 'shardFilter.type'"), "{line}");
}

#[test]
fn malformed_query_exits_252_before_anything_runs() {
    let env = Env::new();
    let line = env.fails(
        &["create-stream", "--stream-name", "x", "--shard-count", "1", "--query", "foo["],
        252,
    );
    assert!(line.starts_with("kinesis: ParamValidation: Bad value for --query foo[: "), "{line}");
    assert_eq!(env.ok(&["list-streams", "--output", "raw"]), "");
}

#[test]
fn data_dir_that_is_a_file_exits_253() {
    let env = Env::new();
    let file = env.root.path().join("file");
    std::fs::write(&file, "not a dir").unwrap();
    let line = env.fails(&["list-streams", "--data-dir", file.to_str().unwrap()], 253);
    assert!(
        line.starts_with("kinesis: ConfigError: data dir ") && line.ends_with("not a directory"),
        "{line}"
    );
    let below = file.join("sub");
    env.fails(&["list-streams", "--data-dir", below.to_str().unwrap()], 253);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a dir");
}

#[test]
fn unwritable_data_dir_exits_253() {
    let env = Env::new();
    let dir = env.root.path().join("locked");
    std::fs::create_dir(&dir).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    }
    // Root ignores permission bits; a read-only file system stops it all the same.
    let unwritable = if std::fs::write(dir.join("probe"), "").is_ok() {
        std::path::PathBuf::from("/proc/kinesis-data")
    } else {
        dir
    };
    let line = env.fails(&["list-streams", "--data-dir", unwritable.to_str().unwrap()], 253);
    assert!(line.starts_with("kinesis: ConfigError: data dir "), "{line}");
}

#[test]
fn store_that_is_not_a_database_exits_253() {
    let env = Env::new();
    std::fs::create_dir_all(env.data_dir()).unwrap();
    let garbage = "this is not a database, and nobody should overwrite it\n".repeat(100);
    std::fs::write(env.data_dir().join("kinesis.db"), &garbage).unwrap();
    let line = env.fails(&["list-streams"], 253);
    assert!(line.contains("file is not a database"), "{line}");
    env.fails(&["create-stream", "--stream-name", "x", "--shard-count", "1"], 253);
    assert_eq!(std::fs::read_to_string(env.data_dir().join("kinesis.db")).unwrap(), garbage);
}

#[test]
fn aws_backend_without_configuration_exits_253() {
    let env = Env::new();
    let line = env.fails(&["list-streams", "--backend", "aws"], 253);
    assert!(line.starts_with("kinesis: ConfigError: "), "{line}");
    let line = env.fails(&["list-streams", "--endpoint-url", "http://127.0.0.1:1"], 253);
    assert!(line.starts_with("kinesis: ConfigError: "), "{line}");
}

#[test]
fn closed_stdout_is_a_quiet_success() {
    let env = Env::new();
    env.create("wide", 400);
    let mut child = env
        .std_cmd()
        .args(["describe-stream", "--stream-name", "wide"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(0));
    assert_eq!(stderr, "");
}

#[test]
fn no_input_makes_it_panic() {
    let env = Env::new();
    env.create("family", 2);
    let long = "x".repeat(5000);
    let cases: Vec<Vec<&str>> = vec![
        vec!["describe-stream", "--stream-name", "family", "--exclusive-start-shard-id", "zzz"],
        vec!["describe-stream", "--stream-name", "family", "--limit", "99999999999999999999"],
        vec!["describe-stream", "--stream-name", "family", "--limit", "10001"],
        vec!["describe-stream", "--stream-arn", "not-an-arn"],
        vec!["describe-stream", "--stream-arn", "arn:aws:kinesis:us-east-1:000000000000:stream/"],
        vec![
            "describe-stream",
            "--stream-name",
            "family",
            "--stream-arn",
            "arn:aws:kinesis:us-east-1:000000000000:stream/other",
        ],
        vec!["list-streams", "--next-token", "%%%"],
        vec!["list-streams", "--next-token", &long],
        vec!["list-shards", "--stream-name", "family", "--shard-filter", "{\"Type\": 5}"],
        vec!["list-shards", "--stream-name", "family", "--shard-filter", "Type=AFTER_SHARD_ID"],
        vec!["list-shards", "--stream-name", "family", "--shard-filter", "Type=AT_TIMESTAMP"],
        vec!["list-shards", "--stream-name", "family", "--stream-creation-timestamp", "1e300"],
        vec!["create-stream", "--stream-name", "\u{1F600}", "--shard-count", "1"],
        vec![
            "create-stream",
            "--stream-name",
            "x",
            "--stream-mode-details",
            "StreamMode=SOMETIMES",
        ],
        vec![
            "create-stream",
            "--stream-name",
            "x",
            "--shard-count",
            "1",
            "--stream-mode-details",
            "StreamMode=ON_DEMAND",
        ],
        vec!["list-streams", "--query", "length(@)"],
    ];
    for args in cases {
        let out = env.cmd().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        let code = out.status.code().unwrap();
        assert!([0, 252, 253, 254].contains(&code), "{args:?}: {code} {stderr}");
        assert!(stderr.lines().count() <= 1, "{args:?}: {stderr}");
    }
}

#[test]
fn usage_errors_name_the_missing_flag_the_near_miss_and_the_valid_values() {
    let env = Env::new();
    let cases: [(&[&str], &str); 4] = [
        (
            &["put-record", "--stream-name", "s"],
            "kinesis: UsageError: the following required arguments were not provided: \
             --data <DATA> (see --help)",
        ),
        (
            &["describe-stream", "--stream-nam", "s"],
            "kinesis: UsageError: unexpected argument '--stream-nam' found; tip: a similar \
             argument exists: '--stream-name' (see --help)",
        ),
        (
            &["list-streams", "--output", "csv"],
            "kinesis: UsageError: invalid value 'csv' for '--output <OUTPUT>' [possible values: \
             json, text, table, raw, yaml, yaml-stream] (see --help)",
        ),
        (
            &[
                "get-shard-iterator",
                "--stream-name",
                "s",
                "--shard-id",
                "x",
                "--shard-iterator-type",
                "latest",
            ],
            "kinesis: UsageError: invalid value 'latest' for '--shard-iterator-type \
             <SHARD_ITERATOR_TYPE>' [possible values: AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, \
             AT_TIMESTAMP, TRIM_HORIZON, LATEST] (see --help)",
        ),
    ];
    for (args, line) in cases {
        assert_eq!(env.fails(args, 252), line);
    }
    let near = env.fails(&["describe-streams"], 252);
    assert!(
        near.starts_with("kinesis: UsageError: unrecognized subcommand 'describe-streams'; tip: ")
            && near.contains("'describe-stream'"),
        "{near}"
    );
}

#[test]
fn help_and_version_as_aws_cli_users_ask() {
    let env = Env::new();
    let help = env.ok(&["describe-stream", "help"]);
    assert!(help.contains("Usage: kinesis describe-stream"), "{help}");
    // The command's own options come first, the global ones under their own heading.
    let lines: Vec<&str> = help.lines().collect();
    let at = |s: &str| {
        lines.iter().position(|l| l.starts_with(s)).unwrap_or_else(|| panic!("{s} not in {help}"))
    };
    assert!(
        at("Options:") < at("      --stream-name") && at("      --limit") < at("Global options:")
    );
    assert!(at("Global options:") < at("      --output"));
    // --no-paginate is offered only where there are pages.
    assert!(help.contains("`--no-paginate` returns only the first page"), "{help}");
    assert!(!env.ok(&["put-record", "--help"]).contains("no-paginate"));
    env.fails(
        &[
            "put-record",
            "--stream-name",
            "s",
            "--partition-key",
            "k",
            "--data",
            "x",
            "--no-paginate",
        ],
        254,
    );
    // What --output raw prints is stated in the command's help.
    for (command, raw) in [("list-streams", "stream names"), ("put-record", "the sequence number")]
    {
        let help = env.ok(&[command, "--help"]);
        assert!(help.contains(&format!("With `--output raw`: {raw}.")), "{help}");
    }
    let version = format!("kinesis {}\n", env!("CARGO_PKG_VERSION"));
    assert_eq!(env.ok(&["version"]), version);
    assert_eq!(env.ok(&["--version"]), version);
    assert_eq!(env.ok(&["-V"]), version);
    // A stream may be called help: as a flag's value it is one.
    let line = env.fails(&["describe-stream", "--stream-name", "help"], 254);
    assert!(line.starts_with("kinesis: ResourceNotFoundException: Stream help "), "{line}");
}

#[test]
fn a_command_given_too_little_prints_its_usage_and_commands() {
    let env = Env::new();
    for (args, listed) in [(&[][..], "create-stream"), (&["wait"][..], "stream-exists")] {
        let out = env.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(252), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let usage = String::from_utf8_lossy(&out.stderr);
        assert!(usage.contains("Usage: kinesis") && usage.contains("Commands:"), "{usage}");
        assert!(usage.contains(listed), "{usage}");
    }
}
