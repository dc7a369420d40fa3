//! Stream configuration on every backend: server-side encryption, the capacity mode, and
//! resource policies on streams and consumers (kinesalite has none of these: its refusal must
//! be one clean line).

use serde_json::{Value, json};

use crate::helpers::{Env, on_every_backend, stream_arn};

on_every_backend!(
    encryption,
    stream_mode,
    resource_policies,
    account_settings,
    max_record_size,
    warm_throughput,
    record_distribution,
    dry_run,
);

/// The stream's summary.
fn summary(env: &Env, stream: &str) -> Value {
    env.json(&["describe-stream-summary", "--stream-name", stream])["StreamDescriptionSummary"]
        .clone()
}

/// Registers consumer `c` on the stream; its ARN.
fn register_consumer(env: &Env, arn: &str) -> String {
    let args = ["register-stream-consumer", "--stream-arn", arn, "--consumer-name", "c"];
    env.json(&args)["Consumer"]["ConsumerARN"].as_str().unwrap_or_default().to_string()
}

fn encryption(env: &Env, sfx: &str) {
    let s = format!("sse{sfx}");
    env.create(&s, 1);
    let start = ["start-stream-encryption", "--stream-name", &s, "--encryption-type", "KMS"];
    if env.lacks(&[&start[..], &["--key-id", "alias/aws/kinesis"]].concat()) {
        return;
    }
    env.ok(&[&start[..], &["--key-id", "alias/aws/kinesis"]].concat());
    env.ok(&["wait", "stream-exists", "--stream-name", &s]);
    let sum = summary(env, &s);
    assert_eq!(
        (&sum["EncryptionType"], &sum["KeyId"]),
        (&json!("KMS"), &json!("alias/aws/kinesis"))
    );
    let put = env.json(&["put-record", "--stream-name", &s, "--partition-key", "k", "--data", "x"]);
    assert_eq!(put["EncryptionType"], "KMS", "{put}");
    if !env.is_real_aws() {
        let line = env.fails(&[&start[..], &["--key-id", "my-key"]].concat(), 254);
        assert_eq!(
            line,
            "kinesis: InvalidArgumentException: KeyId my-key is not a KMS key id, key ARN, alias name or alias ARN."
        );
        let none = ["start-stream-encryption", "--stream-name", &s, "--encryption-type", "NONE"];
        let line = env.fails(&[&none[..], &["--key-id", "alias/aws/kinesis"]].concat(), 254);
        assert_eq!(
            line,
            "kinesis: InvalidArgumentException: EncryptionType NONE is not valid: only KMS can be started."
        );
    }
    let stop = ["stop-stream-encryption", "--stream-name", &s, "--encryption-type", "KMS"];
    env.ok(&[&stop[..], &["--key-id", "alias/aws/kinesis"]].concat());
    env.ok(&["wait", "stream-exists", "--stream-name", &s]);
    let sum = summary(env, &s);
    assert_eq!(sum["EncryptionType"], "NONE", "{sum}");
    assert_eq!(sum.get("KeyId"), None, "{sum}");
    let put = env.json(&["put-record", "--stream-name", &s, "--partition-key", "k", "--data", "y"]);
    assert_ne!(put["EncryptionType"], "KMS", "{put}");
    env.ok(&["delete-stream", "--stream-name", &s]);
}

fn stream_mode(env: &Env, sfx: &str) {
    let s = format!("mode{sfx}");
    env.create(&s, 2);
    let arn = stream_arn(env, &s);
    let switch = |mode: &str| {
        let details = format!("StreamMode={mode}");
        vec!["update-stream-mode", "--stream-arn", &arn, "--stream-mode-details", &details]
            .into_iter()
            .map(String::from)
            .collect::<Vec<String>>()
    };
    let on_demand = switch("ON_DEMAND");
    let on_demand: Vec<&str> = on_demand.iter().map(String::as_str).collect();
    if env.lacks(&on_demand) {
        return;
    }
    env.ok(&on_demand);
    env.ok(&["wait", "stream-exists", "--stream-name", &s]);
    let sum = summary(env, &s);
    assert_eq!(sum["StreamModeDetails"], json!({"StreamMode": "ON_DEMAND"}), "{sum}");
    // Its shards are kept, and it no longer takes manual resharding.
    assert_eq!(sum["OpenShardCount"], 2, "{sum}");
    if !env.is_real_aws() {
        let line = env.fails(
            &["split-shard", "--stream-name", &s, "--shard-to-split", "shardId-000000000000"],
            254,
        );
        assert_eq!(
            line,
            format!(
                "kinesis: InvalidArgumentException: SplitShard is not supported for stream {s} under account 000000000000 because it is in ON_DEMAND capacity mode."
            )
        );
        let line = env.fails(&on_demand, 254);
        assert_eq!(
            line,
            format!(
                "kinesis: InvalidArgumentException: Stream {s} under account 000000000000 is already in ON_DEMAND mode."
            )
        );
    }
    let provisioned = switch("PROVISIONED");
    env.ok(&provisioned.iter().map(String::as_str).collect::<Vec<_>>());
    env.ok(&["wait", "stream-exists", "--stream-name", &s]);
    assert_eq!(summary(env, &s)["StreamModeDetails"], json!({"StreamMode": "PROVISIONED"}));
    env.ok(&["delete-stream", "--stream-name", &s]);
}

fn resource_policies(env: &Env, sfx: &str) {
    let s = format!("policy{sfx}");
    env.create(&s, 1);
    let arn = stream_arn(env, &s);
    let policy = json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
            "Action": ["kinesis:GetRecords", "kinesis:DescribeStreamSummary"],
            "Resource": arn,
        }],
    })
    .to_string();
    let put = ["put-resource-policy", "--resource-arn", &arn, "--policy", &policy];
    if env.lacks(&put) {
        return;
    }
    env.ok(&put);
    let get = ["get-resource-policy", "--resource-arn", &arn];
    let got: Value =
        serde_json::from_str(env.json(&get)["Policy"].as_str().unwrap_or_default()).unwrap();
    assert_eq!(got, serde_json::from_str::<Value>(&policy).unwrap());
    // On a consumer too, apart from its stream's.
    let consumer = register_consumer(env, &arn);
    if !env.is_real_aws() {
        let consumer_policy = policy.replace(&arn, &consumer);
        env.ok(&["put-resource-policy", "--resource-arn", &consumer, "--policy", &consumer_policy]);
        let out = env.ok(&["get-resource-policy", "--resource-arn", &consumer, "--output", "raw"]);
        assert_eq!(out.trim_end(), consumer_policy);
        let line = env
            .fails(&["put-resource-policy", "--resource-arn", &arn, "--policy", "{not json"], 254);
        assert_eq!(
            line,
            "kinesis: InvalidArgumentException: The policy is not a valid JSON policy document."
        );
        let queue = arn.replace(&format!("stream/{s}"), "queue/q");
        let line = env.fails(&["get-resource-policy", "--resource-arn", &queue], 254);
        assert_eq!(line, format!("kinesis: ResourceNotFoundException: Queue {queue} not found."));
    }
    env.ok(&["delete-resource-policy", "--resource-arn", &arn]);
    if !env.is_real_aws() {
        assert_eq!(env.json(&get), json!({"Policy": "{}"}));
    }
    env.ok(&["deregister-stream-consumer", "--consumer-arn", &consumer]);
    env.ok(&["delete-stream", "--stream-name", &s]);
}

fn account_settings(env: &Env, _sfx: &str) {
    // Enabling the commitment on a real account commits it to paying for a day: not here.
    if env.is_real_aws() || env.lacks(&["describe-account-settings"]) {
        return;
    }
    let status = |args: &[&str]| env.json(args)["MinimumThroughputBillingCommitment"].clone();
    assert_eq!(status(&["describe-account-settings"]), json!({"Status": "DISABLED"}));
    let update = |to: &str| {
        status(&[
            "update-account-settings",
            "--minimum-throughput-billing-commitment",
            &format!("Status={to}"),
        ])
    };
    let on = update("ENABLED");
    assert_eq!(on["Status"], "ENABLED", "{on}");
    let (started, earliest) = (
        on["StartedAt"].as_str().unwrap_or_default(),
        on["EarliestAllowedEndAt"].as_str().unwrap_or_default(),
    );
    assert!(!started.is_empty() && earliest > started, "{on}");
    // Disabled within its first day, it lasts until the day is over.
    let off = update("DISABLED");
    assert_eq!(off["Status"], "ENABLED_UNTIL_EARLIEST_ALLOWED_END", "{off}");
    assert_eq!(off["EndedAt"], on["EarliestAllowedEndAt"], "{off}");
    let raw = env.ok(&["describe-account-settings", "--output", "raw"]);
    assert_eq!(raw, "ENABLED_UNTIL_EARLIEST_ALLOWED_END\n");
    let line = env.fails(
        &["update-account-settings", "--minimum-throughput-billing-commitment", "Status=DISABLED"],
        254,
    );
    assert_eq!(
        line,
        "kinesis: InvalidArgumentException: The MinimumThroughputBillingCommitment of account 000000000000 is not enabled."
    );
    assert_eq!(update("ENABLED")["Status"], "ENABLED");
    let line = env.fails(
        &["update-account-settings", "--minimum-throughput-billing-commitment", "Status=MAYBE"],
        254,
    );
    assert!(line.starts_with("kinesis: ValidationException: 1 validation error detected: Value 'MAYBE' at 'minimumThroughputBillingCommitment.status'"), "{line}");
}

fn max_record_size(env: &Env, sfx: &str) {
    let s = format!("big{sfx}");
    env.create(&s, 1);
    let arn = stream_arn(env, &s);
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.bin");
    std::fs::write(&big, vec![b'b'; 1536 * 1024]).unwrap();
    let put_big = [
        "put-record",
        "--stream-name",
        &s,
        "--partition-key",
        "k",
        "--data",
        &format!("fileb://{}", big.display()),
    ];
    let raise =
        ["update-max-record-size", "--stream-arn", &arn, "--max-record-size-in-ki-b", "2048"];
    if env.lacks(&raise) {
        return;
    }
    // A stream as created takes records of 1 MiB.
    assert_eq!(summary(env, &s)["MaxRecordSizeInKiB"], 1024);
    let line = env.fails(&put_big, 254);
    assert_eq!(
        line,
        "kinesis: ValidationException: 1 validation error detected: Value 'java.nio.HeapByteBuffer[pos=0 lim=1572864 cap=1572864]' at 'data' failed to satisfy constraint: Member must have length less than or equal to 1048576"
    );
    env.ok(&raise);
    env.ok(&["wait", "stream-exists", "--stream-name", &s]);
    assert_eq!(summary(env, &s)["MaxRecordSizeInKiB"], 2048);
    env.ok(&put_big);
    // The uploader follows the stream's limit too.
    let lines = dir.path().join("lines.txt");
    std::fs::write(&lines, format!("{}\nsmall\n", "l".repeat(1536 * 1024))).unwrap();
    let upload = [
        "put-records",
        "--stream-name",
        &s,
        "--format",
        "lines",
        "--file",
        lines.to_str().unwrap(),
    ];
    assert_eq!(env.json(&upload)["RecordsSent"], 2);
    let read = env.ok(&["read", "--stream-name", &s]);
    let sizes: Vec<usize> = read.lines().map(str::len).collect();
    assert_eq!(sizes, [1536 * 1024, 1536 * 1024, 5]);
    std::fs::write(&lines, format!("{}\n", "l".repeat(3 * 1024 * 1024))).unwrap();
    // The upload stops there, its summary saying where.
    let out = env.std_cmd().args(upload).output().unwrap();
    assert_eq!(out.status.code(), Some(252));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim_end(),
        "kinesis: ParamValidation: --file, line 1: the record is 3145728 bytes, over the stream's limit of 2097152"
    );
    let line = env.fails(
        &["update-max-record-size", "--stream-arn", &arn, "--max-record-size-in-ki-b", "20000"],
        254,
    );
    assert_eq!(
        line,
        "kinesis: ValidationException: 1 validation error detected: Value '20000' at 'maxRecordSizeInKiB' failed to satisfy constraint: Member must have value less than or equal to 10240"
    );
    env.ok(&["delete-stream", "--stream-name", &s]);
}

fn warm_throughput(env: &Env, sfx: &str) {
    // Warm throughput needs the account's billing commitment: not on a real account.
    let od = format!("warm{sfx}");
    let on_demand =
        ["create-stream", "--stream-name", &od, "--stream-mode-details", "StreamMode=ON_DEMAND"];
    if env.is_real_aws() || env.lacks(&["describe-account-settings"]) {
        return;
    }
    env.ok(&on_demand);
    let warm = |stream: &str, mibps: &str| {
        [
            "update-stream-warm-throughput",
            "--stream-name",
            stream,
            "--warm-throughput-mi-bps",
            mibps,
        ]
        .map(String::from)
    };
    let run = |v: [String; 5], code: i32| env.fails(&v.each_ref().map(String::as_str), code);
    let line = run(warm(&od, "100"), 254);
    assert_eq!(
        line,
        "kinesis: InvalidArgumentException: WarmThroughputMiBps can only be set once the account 000000000000 has enabled its MinimumThroughputBillingCommitment."
    );
    env.ok(&[
        "update-account-settings",
        "--minimum-throughput-billing-commitment",
        "Status=ENABLED",
    ]);
    let p = format!("prov{sfx}");
    env.create(&p, 1);
    let line = run(warm(&p, "100"), 254);
    assert_eq!(
        line,
        "kinesis: InvalidArgumentException: Provisioned capacity mode streams do not support warm throughput configuration."
    );
    let out = env.json(&warm(&od, "100").each_ref().map(String::as_str));
    assert_eq!(out["WarmThroughput"], json!({"TargetMiBps": 100, "CurrentMiBps": 100}), "{out}");
    assert_eq!(out["StreamName"], od.as_str());
    assert_eq!(
        summary(env, &od)["WarmThroughput"],
        json!({"TargetMiBps": 100, "CurrentMiBps": 100})
    );
    let line = run(warm(&od, "20000"), 254);
    assert_eq!(
        line,
        "kinesis: LimitExceededException: WarmThroughputMiBps 20000 exceeds the limit of 10240 MiBps for an on-demand stream."
    );
    // CreateStream takes both settings at once.
    let both = format!("both{sfx}");
    env.ok(&[
        "create-stream",
        "--stream-name",
        &both,
        "--stream-mode-details",
        "StreamMode=ON_DEMAND",
        "--warm-throughput-mi-bps",
        "50",
        "--max-record-size-in-ki-b",
        "4096",
    ]);
    let sum = summary(env, &both);
    assert_eq!(
        (&sum["WarmThroughput"]["TargetMiBps"], &sum["MaxRecordSizeInKiB"]),
        (&json!(50), &json!(4096)),
        "{sum}"
    );
    // A stream that turns provisioned has no warm throughput.
    let arn = stream_arn(env, &od);
    env.ok(&[
        "update-stream-mode",
        "--stream-arn",
        &arn,
        "--stream-mode-details",
        "StreamMode=PROVISIONED",
    ]);
    assert_eq!(summary(env, &od).get("WarmThroughput"), None);
    for s in [&od, &p, &both] {
        env.ok(&["delete-stream", "--stream-name", s]);
    }
}

fn record_distribution(env: &Env, sfx: &str) {
    let s = format!("dist{sfx}");
    let probe = "arn:aws:kinesis:us-east-1:000000000000:stream/probe";
    let probe = [
        "update-stream-record-distribution-strategy",
        "--stream-arn",
        probe,
        "--record-distribution-strategy",
        "AUTO",
    ];
    if env.endpoint_is_kinesalite() {
        assert!(env.lacks(&probe));
        return;
    }
    env.ok(&[
        "create-stream",
        "--stream-name",
        &s,
        "--stream-mode-details",
        "StreamMode=ON_DEMAND",
    ]);
    env.ok(&["wait", "stream-exists", "--stream-name", &s]);
    let arn = stream_arn(env, &s);
    let set = |strategy: &str| {
        [
            "update-stream-record-distribution-strategy",
            "--stream-arn",
            &arn,
            "--record-distribution-strategy",
            strategy,
        ]
        .map(String::from)
    };
    assert_eq!(summary(env, &s)["RecordDistributionStrategy"], "USER_PARTITION_KEY");
    env.ok(&set("AUTO").each_ref().map(String::as_str));
    assert_eq!(summary(env, &s)["RecordDistributionStrategy"], "AUTO");
    // No key needed, and the records spread evenly over the 4 shards, keys or not.
    env.ok(&["put-record", "--stream-name", &s, "--data", "no key"]);
    let records: Vec<String> =
        (0..8)
            .map(|i| {
                if i % 2 == 0 { format!("Data={i}") } else { format!("Data={i},PartitionKey=same") }
            })
            .collect();
    let mut args = vec!["put-records", "--stream-name", &s, "--records"];
    args.extend(records.iter().map(String::as_str));
    let out = env.json(&args);
    let mut per_shard = std::collections::BTreeMap::new();
    for r in out["Records"].as_array().unwrap() {
        *per_shard.entry(r["ShardId"].as_str().unwrap_or_default().to_string()).or_insert(0) += 1;
    }
    assert_eq!(per_shard.values().copied().collect::<Vec<i32>>(), [2, 2, 2, 2], "{out}");
    env.ok(&set("USER_PARTITION_KEY").each_ref().map(String::as_str));
    let line = env.fails(&["put-record", "--stream-name", &s, "--data", "x"], 254);
    if !env.is_real_aws() {
        assert_eq!(
            line,
            "kinesis: ValidationException: 1 validation error detected: Value null at 'partitionKey' failed to satisfy constraint: Member must not be null"
        );
        // Only on-demand streams choose.
        let p = format!("provdist{sfx}");
        env.create(&p, 1);
        let parn = stream_arn(env, &p);
        let line = env.fails(
            &[
                "update-stream-record-distribution-strategy",
                "--stream-arn",
                &parn,
                "--record-distribution-strategy",
                "AUTO",
            ],
            254,
        );
        assert_eq!(
            line,
            format!(
                "kinesis: InvalidArgumentException: UpdateStreamRecordDistributionStrategy is only supported for on-demand streams; stream {p} under account 000000000000 is in PROVISIONED capacity mode."
            )
        );
        env.ok(&["delete-stream", "--stream-name", &p]);
    }
    env.ok(&["delete-stream", "--stream-name", &s]);
}

fn dry_run(env: &Env, sfx: &str) {
    // kinesalite drops members it does not know: a dry run there would be a real one.
    if env.endpoint_is_kinesalite() {
        return;
    }
    let s = format!("dry{sfx}");
    env.create(&s, 1);
    let refused = "kinesis: DryRunOperationException: The request was rejected because the DryRun parameter was specified.";
    let put =
        ["put-record", "--stream-name", &s, "--partition-key", "k", "--data", "x", "--dry-run"];
    assert_eq!(env.fails(&put, 254), refused);
    let records =
        ["put-records", "--stream-name", &s, "--records", "Data=a,PartitionKey=k", "--dry-run"];
    assert_eq!(env.fails(&records, 254), refused);
    // The checks still come first.
    let gone = [
        "put-record",
        "--stream-name",
        "nope-dry",
        "--partition-key",
        "k",
        "--data",
        "x",
        "--dry-run",
    ];
    assert!(env.fails(&gone, 254).starts_with("kinesis: ResourceNotFoundException: "));
    let iterator = [
        "get-shard-iterator",
        "--stream-name",
        &s,
        "--shard-id",
        "shardId-000000000000",
        "--shard-iterator-type",
        "TRIM_HORIZON",
    ];
    assert_eq!(env.fails(&[&iterator[..], &["--dry-run"]].concat(), 254), refused);
    let it = env.json(&iterator)["ShardIterator"].as_str().unwrap_or_default().to_string();
    assert_eq!(env.fails(&["get-records", "--shard-iterator", &it, "--dry-run"], 254), refused);
    // Nothing was written.
    assert_eq!(env.json(&["get-records", "--shard-iterator", &it])["Records"], json!([]));
    let arn = stream_arn(env, &s);
    let consumer = register_consumer(env, &arn);
    env.ok(&["wait", "stream-exists", "--stream-name", &s]);
    if !env.is_real_aws() {
        let subscribe = [
            "subscribe-to-shard",
            "--consumer-arn",
            &consumer,
            "--shard-id",
            "shardId-000000000000",
            "--starting-position",
            "Type=TRIM_HORIZON",
            "--dry-run",
        ];
        assert_eq!(env.fails(&subscribe, 254), refused);
    }
    env.ok(&["deregister-stream-consumer", "--consumer-arn", &consumer]);
    env.ok(&["delete-stream", "--stream-name", &s, "--enforce-consumer-deletion"]);
}
