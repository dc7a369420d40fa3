//! `put-records --file`: the seed's JSON upload recipe as one command, every input format,
//! partition keys, and a bad record part way.

use std::path::PathBuf;

use serde_json::Value;

use crate::helpers::Env;

fn jeopardy() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/jeopardy-questions.json")
}

fn upload(env: &Env, file: &str, extra: &[&str]) -> Value {
    let mut args = vec!["put-records", "--stream-name", "s", "--file", file];
    args.extend_from_slice(extra);
    env.json(&args)
}

#[test]
fn the_seed_recipe_in_one_command() {
    let env = Env::new();
    env.create("s", 4);
    let summary = upload(&env, jeopardy().to_str().unwrap(), &["--partition-key-field", "value"]);
    assert_eq!(summary["RecordsSent"], 2076);
    assert_eq!(summary["FailedRecordCount"], 0);
    assert_eq!(summary["StoppedAt"], Value::Null);
    // Every clue comes back, as the compact JSON of its array element.
    let source: Vec<Value> = serde_json::from_slice(&std::fs::read(jeopardy()).unwrap()).unwrap();
    let mut expected: Vec<String> =
        source.iter().map(|v| serde_json::to_string(v).unwrap()).collect();
    let out = env.ok(&["read", "--stream-name", "s"]);
    let mut got: Vec<String> = out.lines().map(str::to_string).collect();
    expected.sort();
    got.sort();
    assert_eq!(got, expected);
    // The null values became the key "null": all in one shard, with the others of that key.
    let nulls =
        env.ok(&["read", "--stream-name", "s", "--output", "json", "--query", "PartitionKey"]);
    assert_eq!(nulls.lines().filter(|l| *l == "\"null\"").count(), 34);
}

#[test]
fn json_lines_from_stdin_with_a_query_key() {
    let env = Env::new();
    env.create("s", 2);
    let input: String = (0..1200)
        .map(|i| format!("{{\"id\": {i}, \"user\": {{\"name\": \"u{}\"}}}}\n", i % 7))
        .collect();
    let out = env
        .cmd()
        .args([
            "put-records",
            "--stream-name",
            "s",
            "--file",
            "-",
            "--partition-key-query",
            "user.name",
            "--output",
            "text",
            "--query",
            "RecordsSent",
        ])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1200\n");
    let keys =
        env.ok(&["read", "--stream-name", "s", "--output", "text", "--query", "PartitionKey"]);
    let mut distinct: Vec<&str> = keys.lines().collect();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 7);
    // JSON lines are sent as written.
    let first = env.ok(&[
        "read",
        "--stream-name",
        "s",
        "--max-records",
        "1",
        "--shard-id",
        "shardId-000000000000",
    ]);
    assert!(first.starts_with("{\"id\": "), "{first}");
}

#[test]
fn plain_lines_with_a_fixed_key() {
    let env = Env::new();
    env.create("s", 4);
    let file = env.root.path().join("lines.txt");
    std::fs::write(&file, "alpha\r\nbeta\n\ngamma").unwrap();
    let summary = upload(&env, file.to_str().unwrap(), &["--partition-key", "same"]);
    assert_eq!(summary["RecordsSent"], 4);
    let shards = env.ok(&["read", "--stream-name", "s", "--output", "json", "--query", "ShardId"]);
    assert!(shards.lines().all(|s| s == shards.lines().next().unwrap()));
    assert_eq!(env.ok(&["read", "--stream-name", "s"]), "alpha\nbeta\n\ngamma\n");
}

#[test]
fn random_keys_spread_over_shards() {
    let env = Env::new();
    env.create("s", 4);
    let file = env.root.path().join("n.txt");
    std::fs::write(&file, (0..400).map(|i| format!("{i}\n")).collect::<String>()).unwrap();
    upload(&env, file.to_str().unwrap(), &[]);
    let shards = env.ok(&["read", "--stream-name", "s", "--output", "json", "--query", "ShardId"]);
    for s in 0..4 {
        let n = shards.lines().filter(|l| l.contains(&format!("00{s}\""))).count();
        assert!(n > 50, "shard {s} got {n} of 400");
    }
}

#[test]
fn debug_logs_each_request_and_records_keep_their_order() {
    let env = Env::new();
    env.create("s", 1);
    let file = env.root.path().join("n.txt");
    let lines: String = (0..1300).map(|i| format!("{i}\n")).collect();
    std::fs::write(&file, &lines).unwrap();
    let out = env
        .cmd()
        .args(["put-records", "--stream-name", "s", "--file", file.to_str().unwrap(), "--debug"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Batches of 500, 500 and 300, however many went in one call.
    let requests: Vec<usize> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("kinesis: debug: PutRecords {"))
        .map(|body| body.matches("\"Data\"").count())
        .collect();
    assert_eq!(requests, [500, 500, 300], "{stderr}");
    let answers = stderr.lines().filter(|l| l.starts_with("kinesis: debug: PutRecords ok in "));
    assert_eq!(answers.count(), 3, "{stderr}");
    assert_eq!(env.ok(&["read", "--stream-name", "s"]), lines);
}

#[test]
fn a_bad_record_part_way_stops_after_sending_what_came_before() {
    let env = Env::new();
    env.create("s", 1);
    let file = env.root.path().join("bad.jsonl");
    let mut text: String = (0..700).map(|i| format!("{{\"n\": {i}}}\n")).collect();
    text.push_str("{\"n\": oops}\n{\"n\": 701}\n");
    std::fs::write(&file, text).unwrap();
    let out = env
        .cmd()
        .args(["put-records", "--stream-name", "s", "--file", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(252));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("kinesis: ParamValidation: --file, line 701: invalid JSON"),
        "{stderr}"
    );
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["RecordsSent"], 700);
    assert!(summary["StoppedAt"].as_str().unwrap().contains("line 701"));
    assert_eq!(env.ok(&["read", "--stream-name", "s"]).lines().count(), 700);
}

#[test]
fn a_bad_array_element_names_its_line() {
    let env = Env::new();
    env.create("s", 1);
    let file = env.root.path().join("bad.json");
    std::fs::write(&file, "[\n  {\"a\": 1},\n  {\"a\": \"x, ]\"},\n  {\"a\": }\n]").unwrap();
    let out = env
        .cmd()
        .args(["put-records", "--stream-name", "s", "--file", file.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--file, line 4: invalid JSON"), "{stderr}");
    assert_eq!(env.ok(&["read", "--stream-name", "s"]), "{\"a\":1}\n{\"a\":\"x, ]\"}\n");
    for (name, body) in [("open.json", "[{\"a\": 1}"), ("trail.json", "[1] 2"), ("obj.json", "[1,")]
    {
        let f = env.root.path().join(name);
        std::fs::write(&f, body).unwrap();
        let out = env
            .cmd()
            .args([
                "put-records",
                "--stream-name",
                "s",
                "--file",
                f.to_str().unwrap(),
                "--format",
                "json",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(252), "{name}");
    }
}

#[test]
fn missing_key_field_and_unreadable_files() {
    let env = Env::new();
    env.create("s", 1);
    let file = env.root.path().join("k.jsonl");
    std::fs::write(&file, "{\"k\": \"a\"}\n{\"j\": 1}\n").unwrap();
    let out = env
        .cmd()
        .args([
            "put-records",
            "--stream-name",
            "s",
            "--file",
            file.to_str().unwrap(),
            "--partition-key-field",
            "k",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(252));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2: the record has no field 'k'"));
    env.fails(&["put-records", "--stream-name", "s", "--file", "/no/such/file"], 252);
    env.fails(
        &["put-records", "--stream-name", "s", "--file", env.root.path().to_str().unwrap()],
        252,
    );
    env.fails(
        &[
            "put-records",
            "--stream-name",
            "s",
            "--file",
            file.to_str().unwrap(),
            "--format",
            "lines",
            "--partition-key-field",
            "k",
        ],
        252,
    );
}

#[test]
fn print_results_acknowledges_each_record() {
    let env = Env::new();
    env.create("s", 2);
    let file = env.root.path().join("r.txt");
    std::fs::write(&file, "a\nb\nc\n").unwrap();
    let run = env
        .cmd()
        .args([
            "put-records",
            "--stream-name",
            "s",
            "--file",
            file.to_str().unwrap(),
            "--print-results",
        ])
        .output()
        .unwrap();
    assert!(run.status.success());
    assert!(
        String::from_utf8_lossy(&run.stderr).starts_with("kinesis: 3 records sent, 0 failed, in ")
    );
    let out = String::from_utf8(run.stdout).unwrap();
    let lines: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.iter().map(|l| l[0]).collect::<Vec<_>>(), ["1", "2", "3"]);
    assert!(lines.iter().all(|l| l[1].starts_with("shardId-") && l[2].len() == 56));
}

#[test]
fn records_go_to_the_shard_their_partition_key_hashes_to() {
    // The reader works the keys' hashes out, not the engine: the shards must be MD5's.
    let env = Env::new();
    env.create("s", 4);
    let keys: Vec<String> = (0..40).map(|i| format!("user-{i}")).collect();
    let file = env.root.path().join("r.jsonl");
    let body: String = keys.iter().map(|k| format!("{{\"user\": \"{k}\"}}\n")).collect();
    std::fs::write(&file, body).unwrap();
    let run = env
        .cmd()
        .args(["put-records", "--stream-name", "s", "--file", file.to_str().unwrap()])
        .args(["--partition-key-field", "user", "--print-results"])
        .output()
        .unwrap();
    assert!(run.status.success());
    let out = String::from_utf8(run.stdout).unwrap();
    let shards: Vec<&str> = out.lines().map(|l| l.split('\t').nth(1).unwrap()).collect();
    let expected: Vec<String> = keys
        .iter()
        .map(|k| {
            let args = ["shard-for", "--stream-name", "s", "--partition-key", k, "--output", "raw"];
            env.ok(&args).trim().to_string()
        })
        .collect();
    assert_eq!(shards, expected);
    assert_eq!(expected.iter().collect::<std::collections::HashSet<_>>().len(), 4);
}

#[test]
fn ctrl_c_prints_the_summary_and_skip_lines_resumes_without_duplicates() {
    let env = Env::new();
    env.create("s", 2);
    let file = env.root.path().join("big.jsonl");
    let n = 300_000;
    let body: String = (1..=n).map(|i| format!("{{\"n\": {i}}}\n")).collect();
    std::fs::write(&file, body).unwrap();
    let child = env
        .std_cmd()
        .args(["put-records", "--stream-name", "s", "--file", file.to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Interrupt once records are arriving: the upload is under way, its Ctrl-C handled.
    let started = std::time::Instant::now();
    loop {
        let counts = env.ok(&["metrics", "--stream-name", "s", "--output", "raw"]);
        let arrived: u64 =
            counts.lines().filter_map(|l| l.split('\t').nth(1)?.parse::<u64>().ok()).sum();
        if arrived > 0 {
            break;
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(30), "the upload never began");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let pid = child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let stopped = summary["StoppedAt"].as_str().unwrap().to_string();
    let done: u64 = stopped
        .strip_prefix("interrupted: every record up to line ")
        .and_then(|rest| rest.split(' ').next())
        .and_then(|l| l.trim_end_matches(';').parse().ok())
        .unwrap_or_else(|| panic!("{stopped}"));
    assert!(done < n, "the upload finished before the interrupt: {stopped}");
    assert_eq!(summary["RecordsSent"].as_u64(), Some(done));
    let resumed = env.json(&[
        "put-records",
        "--stream-name",
        "s",
        "--file",
        file.to_str().unwrap(),
        "--skip-lines",
        &done.to_string(),
    ]);
    assert_eq!(resumed["RecordsSent"].as_u64(), Some(n - done));
    let read = env.ok(&["read", "--stream-name", "s"]);
    let mut seen: Vec<u64> = read
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["n"].as_u64().unwrap())
        .collect();
    seen.sort_unstable();
    assert_eq!(seen, (1..=n).collect::<Vec<_>>());
}

#[test]
fn the_progress_bar_fits_an_80_column_terminal() {
    let env = Env::new();
    env.create("s", 2);
    let file = env.root.path().join("records.jsonl");
    let body: String = (0..200_000)
        .map(|i| format!("{{\"n\": {i}, \"pad\": \"{}\"}}\n", "x".repeat(150)))
        .collect();
    std::fs::write(&file, body).unwrap();
    // A real terminal of 80 columns: `script` runs the upload on a pseudo-terminal.
    let upload = format!(
        "stty cols 80 rows 24; {} put-records --stream-name s --file {}",
        env!("CARGO_BIN_EXE_kinesis"),
        file.display()
    );
    let mut cmd = std::process::Command::new("script");
    cmd.args(["-qec", &upload, "/dev/null"]);
    for (k, v) in env.std_cmd().get_envs() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let screen = String::from_utf8_lossy(&out.stdout);
    let mut bars = 0;
    for line in screen.split(['\r', '\n']) {
        // What the terminal shows: the text without its escape sequences.
        let mut shown = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                chars.by_ref().find(|c| c.is_ascii_alphabetic());
            } else {
                shown.push(c);
            }
        }
        let width = shown.chars().count();
        assert!(width <= 80, "{width} columns: {shown}");
        bars += usize::from(shown.contains("MiB/"));
    }
    assert!(bars > 0, "no progress bar was drawn: {screen}");
}

#[test]
fn keys_cut_off_each_line_and_compressed_records_read_back() {
    let env = Env::new();
    env.create("s", 2);
    let input = env.data_dir().with_file_name("keyed.txt");
    std::fs::write(&input, "user1:{\"n\":1}\nuser2:{\"n\":2}\nuser1:a:b\n").unwrap();
    let file = input.to_str().unwrap();
    for compress in ["gzip", "zstd"] {
        let args = [
            "put-records",
            "--stream-name",
            "s",
            "--file",
            file,
            "--key-delimiter",
            ":",
            "--compress",
            compress,
        ];
        env.ok(&args);
    }
    let read = env.ok(&["read", "--stream-name", "s", "--format", "{key} {data}"]);
    let mut lines: Vec<&str> = read.lines().collect();
    lines.sort();
    assert_eq!(
        lines,
        [
            "user1 a:b",
            "user1 a:b",
            "user1 {\"n\":1}",
            "user1 {\"n\":1}",
            "user2 {\"n\":2}",
            "user2 {\"n\":2}"
        ]
    );
    // Stored compressed: as they came, they are gzip and zstd frames.
    let stored =
        env.ok(&["read", "--stream-name", "s", "--decode", "none", "--format", "{data:hex}"]);
    assert!(
        stored.lines().all(|l| l.starts_with("1f8b08") || l.starts_with("28b52ffd")),
        "{stored}"
    );
    std::fs::write(&input, "user1:ok\nno delimiter here\n").unwrap();
    let out = env
        .std_cmd()
        .args(["put-records", "--stream-name", "s", "--file", file, "--key-delimiter", ":"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(252));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["RecordsSent"], 1);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "kinesis: ParamValidation: --file, line 2: the record has no ':' between key and data\n"
    );
}

#[test]
fn aggregated_uploads_read_back_through_us_and_through_aws_kinesis_agg() {
    let env = Env::new();
    env.create("s", 4);
    let input = env.data_dir().with_file_name("many.jsonl");
    let lines: Vec<String> =
        (0..3000).map(|i| format!("{{\"user\":\"u{}\",\"n\":{i}}}", i % 50)).collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let summary =
        upload(&env, input.to_str().unwrap(), &["--aggregate", "--partition-key-field", "user"]);
    assert_eq!(summary["RecordsSent"], 3000);
    // Far fewer Kinesis records than user records, each holding records of one shard.
    let stored = env.ok(&["read", "--stream-name", "s", "--decode", "none", "--output", "json"]);
    assert!(stored.lines().count() <= 8, "{}", stored.lines().count());
    let ours = env.ok(&["read", "--stream-name", "s", "--format", "{key} {data}"]);
    let mut ours: Vec<&str> = ours.lines().collect();
    ours.sort();
    let mut expected: Vec<String> =
        (0..3000).map(|i| format!("u{} {{\"user\":\"u{}\",\"n\":{i}}}", i % 50, i % 50)).collect();
    expected.sort();
    assert_eq!(ours, expected);
    // Each user record is in the shard its key hashes to, as the KCL checks.
    let placed = env.ok(&["read", "--stream-name", "s", "--format", "{shard} {key}"]);
    let placed: std::collections::BTreeSet<&str> = placed.lines().collect();
    assert_eq!(placed.len(), 50);
    for line in placed {
        let (shard, key) = line.split_once(' ').unwrap();
        let owner =
            env.ok(&["shard-for", "--stream-name", "s", "--partition-key", key, "--output", "raw"]);
        assert_eq!(owner.trim(), shard, "{key}");
    }
    // An independent deaggregator reads the same user records.
    let mut theirs = std::process::Command::new(crate::helpers::python())
        .arg(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/clients/kpl_deaggregate.py"),
        )
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    theirs.stdin.take().unwrap().write_all(stored.as_bytes()).unwrap();
    let out = theirs.wait_with_output().unwrap();
    assert!(out.status.success());
    let theirs = String::from_utf8(out.stdout).unwrap();
    let mut theirs: Vec<&str> = theirs.lines().collect();
    theirs.sort();
    assert_eq!(theirs, expected);
}
