//! The AWS backend's own failures: configuration (region, credentials, profile), malformed
//! and unreachable endpoints, and what --debug shows.

use std::time::{Duration, Instant};

use crate::helpers::{Emulator, Env};

#[test]
fn no_region_no_credentials_unknown_profile_exit_253() {
    let emulator = Emulator::start();
    let env = Env::aws(&emulator.endpoint);
    let line = env.cmd().env_remove("AWS_REGION").arg("list-streams").output().unwrap();
    assert_eq!(line.status.code(), Some(253));
    assert_eq!(
        String::from_utf8_lossy(&line.stderr),
        "kinesis: ConfigError: You must specify a region: --region, AWS_REGION, or a profile's region.\n"
    );
    let out = env
        .cmd()
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .arg("list-streams")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(253));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "kinesis: ConfigError: Unable to locate credentials: set AWS_ACCESS_KEY_ID and \
         AWS_SECRET_ACCESS_KEY, or configure a profile. The endpoint is on this machine (kinesis \
         serve or an emulator): any values will do, e.g. AWS_ACCESS_KEY_ID=x \
         AWS_SECRET_ACCESS_KEY=x.\n"
    );
    // A remote endpoint gets no such hint.
    let out = env
        .cmd()
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env("AWS_ENDPOINT_URL", "https://kinesis.us-east-1.amazonaws.com")
        .arg("list-streams")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "kinesis: ConfigError: Unable to locate credentials: set AWS_ACCESS_KEY_ID and \
         AWS_SECRET_ACCESS_KEY, or configure a profile.\n"
    );
    let out = env.cmd().args(["list-streams", "--profile", "nosuch"]).output().unwrap();
    assert_eq!(out.status.code(), Some(253));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "kinesis: ConfigError: The config profile (nosuch) could not be found\n"
    );
    // A profile from a config file is honoured, region and all.
    let config = env.root.path().join("config");
    std::fs::write(&config, "[profile test]\nregion = eu-west-1\n").unwrap();
    let ok = env
        .cmd()
        .env_remove("AWS_REGION")
        .env("AWS_CONFIG_FILE", &config)
        .args(["list-streams", "--profile", "test", "--output", "raw"])
        .output()
        .unwrap();
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
}

#[test]
fn malformed_endpoint_is_a_usage_error() {
    let env = Env::new();
    for url in ["127.0.0.1:4567", "ftp://x", "http://"] {
        let line =
            env.fails(&["list-streams", "--endpoint-url", url, "--region", "us-east-1"], 252);
        assert!(
            line.starts_with("kinesis: ParamValidation: Bad value for --endpoint-url"),
            "{url}: {line}"
        );
    }
}

#[test]
fn unreachable_endpoint_fails_fast_with_one_line() {
    let env = Env::aws("http://127.0.0.1:1");
    let started = Instant::now();
    let line = env.fails(&["list-streams"], 255);
    assert!(started.elapsed() < Duration::from_secs(15), "took {:?}", started.elapsed());
    assert_eq!(
        line,
        "kinesis: InternalFailure: Could not connect to the endpoint: Connection refused (os error 111)"
    );
}

#[test]
fn debug_shows_what_an_error_was_caused_by() {
    let env = Env::aws("http://127.0.0.1:1");
    let out = env.cmd().args(["list-streams", "--debug"]).output().unwrap();
    assert_eq!(out.status.code(), Some(255));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    let failure = lines.iter().position(|l| l.starts_with("kinesis: InternalFailure: ")).unwrap();
    let causes = &lines[failure + 1..];
    assert!(!causes.is_empty(), "{stderr}");
    assert!(causes.iter().all(|l| l.starts_with("kinesis: debug: caused by: ")), "{stderr}");
    assert!(causes.last().unwrap().contains("Connection refused"), "{stderr}");
}

#[test]
fn endpoint_url_selects_the_aws_backend() {
    let emulator = Emulator::start();
    let env = Env::new();
    let out = env
        .cmd()
        .env("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", "secret-value-123")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
        .args([
            "create-stream",
            "--stream-name",
            "s",
            "--shard-count",
            "1",
            "--endpoint-url",
            &emulator.endpoint,
            "--region",
            "us-east-1",
            "--debug",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "kinesis: debug: backend aws, endpoint {}, region us-east-1",
            emulator.endpoint
        )),
        "{err}"
    );
    assert!(
        err.contains(r#"kinesis: debug: CreateStream {"StreamName":"s","ShardCount":1}"#),
        "{err}"
    );
    assert!(
        !err.contains("secret-value-123") && !err.contains("AKIDEXAMPLE"),
        "credentials leaked: {err}"
    );
    // Nothing went to the local data dir.
    assert!(!env.data_dir().exists());
}

#[test]
fn metrics_are_the_engines_alone() {
    let env = Env::kinesalite();
    env.create("s", 1);
    let line = env.fails(&["metrics", "--stream-name", "s"], 253);
    assert!(
        line.starts_with("kinesis: ConfigError: metrics are counted by the embedded engine only"),
        "{line}"
    );
}
