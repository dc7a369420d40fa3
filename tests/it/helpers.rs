//! What every test module uses: a private data dir and ways to run the binary in it.

use std::process::Output;

use assert_cmd::Command;
use tempfile::TempDir;

/// Environment variables that would change what the binary does; tests start without them.
const AMBIENT: [&str; 8] = [
    "KINESIS_OUTPUT",
    "KINESIS_BACKEND",
    "KINESIS_DATA_DIR",
    "KINESIS_SHARD_LIMIT",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "NO_COLOR",
    "AWS_PROFILE",
];

/// A private data dir for one test.
pub struct Env {
    /// Holds the temp dir; the data dir is inside it, so tests can also point elsewhere.
    pub root: TempDir,
}

impl Env {
    /// A fresh, empty environment.
    pub fn new() -> Env {
        Env { root: tempfile::tempdir().expect("temp dir") }
    }

    /// The data dir the binary uses.
    pub fn data_dir(&self) -> std::path::PathBuf {
        self.root.path().join("data")
    }

    /// `kinesis` with this env's data dir and no ambient configuration.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same as [`Env::cmd`], as a std command (to spawn it and hold its pipes).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_kinesis"));
        for var in AMBIENT {
            c.env_remove(var);
        }
        c.env("KINESIS_DATA_DIR", self.data_dir());
        c
    }

    /// Runs `args`, asserts success and an empty stderr, and returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run kinesis");
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "kinesis {args:?} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs `args`, asserts exit `code`, nothing on stdout and exactly one line on stderr,
    /// and returns that line.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out: Output = self.cmd().args(args).output().expect("run kinesis");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(code), "kinesis {args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "kinesis {args:?} printed {:?}", out.stdout);
        assert_eq!(stderr.lines().count(), 1, "kinesis {args:?}: not one line: {stderr}");
        assert!(stderr.starts_with("kinesis: "), "{stderr}");
        stderr.trim_end().to_string()
    }

    /// Runs `args` and parses stdout as JSON.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.ok(args)).expect("json output")
    }

    /// Creates a stream.
    pub fn create(&self, name: &str, shards: u32) {
        assert_eq!(
            self.ok(&[
                "create-stream",
                "--stream-name",
                name,
                "--shard-count",
                &shards.to_string()
            ]),
            ""
        );
    }

    /// Everything the store shows about its streams, to compare before and after a failure.
    pub fn snapshot(&self) -> String {
        let mut s = self.ok(&["list-streams"]);
        let names: Vec<String> =
            serde_json::from_str::<serde_json::Value>(&s).expect("json")["StreamNames"]
                .as_array()
                .expect("names")
                .iter()
                .map(|n| n.as_str().unwrap_or_default().to_string())
                .collect();
        for n in names {
            s.push_str(&self.ok(&["describe-stream", "--stream-name", &n]));
        }
        s
    }
}

/// Replaces every sequence number (56 digits) and ISO timestamp in `text` with a
/// placeholder, so outputs compare exactly apart from them.
pub fn redact(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 56 {
            out.push_str("<SEQ>");
            rest = &rest[56..];
        } else if digits == 4
            && rest.len() >= 19
            && rest.as_bytes()[4] == b'-'
            && rest.as_bytes()[10] == b'T'
        {
            let end = rest.find("+00:00").map_or(19, |i| i + 6);
            out.push_str("<TIME>");
            rest = &rest[end..];
        } else if digits > 0 {
            out.push_str(&rest[..digits]);
            rest = &rest[digits..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}
