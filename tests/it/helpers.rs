//! What every test module uses: a private data dir and ways to run the binary in it.

use std::process::Output;

use assert_cmd::Command;
use tempfile::TempDir;

/// Environment variables that would change what the binary does; tests start without them.
const AMBIENT: [&str; 13] = [
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_KINESIS",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "KINESIS_OUTPUT",
    "KINESIS_BACKEND",
    "KINESIS_DATA_DIR",
    "KINESIS_SHARD_LIMIT",
    "KINESIS_ENFORCE_LIMITS",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "NO_COLOR",
    "AWS_PROFILE",
];

/// A private data dir for one test, or a private endpoint for the AWS backend.
pub struct Env {
    /// Holds the temp dir; the data dir is inside it, so tests can also point elsewhere.
    pub root: TempDir,
    /// Extra environment for every command (the AWS backend's settings).
    vars: Vec<(&'static str, String)>,
    /// The emulator behind this env, stopped when the env is dropped.
    _emulator: Option<Emulator>,
    /// The `kinesis serve` behind this env, stopped when the env is dropped.
    _server: Option<Server>,
}

impl Env {
    /// A fresh, empty environment on the embedded engine.
    pub fn new() -> Env {
        Env {
            root: tempfile::tempdir().expect("temp dir"),
            vars: Vec::new(),
            _emulator: None,
            _server: None,
        }
    }

    /// An environment whose commands go through the AWS backend to a fresh emulator.
    pub fn kinesalite() -> Env {
        let emulator = Emulator::start();
        let mut env = Env::aws(&emulator.endpoint);
        env._emulator = Some(emulator);
        env
    }

    /// An environment whose commands go through the AWS backend to a fresh `kinesis serve`.
    pub fn serve() -> Env {
        let server = Server::start(&["--in-memory"]);
        let mut env = Env::aws(&server.endpoint);
        env._server = Some(server);
        env
    }

    /// An environment whose commands go through the AWS backend to `endpoint`, with dummy
    /// credentials and nothing from this machine's AWS configuration.
    pub fn aws(endpoint: &str) -> Env {
        let mut env = Env::new();
        env.vars = vec![
            ("KINESIS_BACKEND", "aws".into()),
            ("AWS_ENDPOINT_URL", endpoint.into()),
            ("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE".into()),
            ("AWS_SECRET_ACCESS_KEY", "secret".into()),
            ("AWS_REGION", "us-east-1".into()),
            ("AWS_EC2_METADATA_DISABLED", "true".into()),
            ("AWS_CONFIG_FILE", "/dev/null".into()),
            ("AWS_SHARED_CREDENTIALS_FILE", "/dev/null".into()),
        ];
        env
    }

    /// Real AWS, with this machine's own credentials and region.
    pub fn real_aws() -> Env {
        let mut env = Env::new();
        env.vars = vec![("KINESIS_BACKEND", "aws".into())];
        env
    }

    /// Whether the endpoint is a kinesalite this env started.
    pub fn endpoint_is_kinesalite(&self) -> bool {
        self._emulator.is_some()
    }

    /// Whether `args` is refused as an action kinesalite lacks (and so a scenario ends there);
    /// on any other backend, false.
    pub fn lacks(&self, args: &[&str]) -> bool {
        if !self.endpoint_is_kinesalite() {
            return false;
        }
        let line = self.fails(args, 254);
        assert!(line.starts_with("kinesis: UnknownOperationException: "), "{args:?}: {line}");
        true
    }

    /// Whether commands go to AWS itself (no local endpoint).
    pub fn is_real_aws(&self) -> bool {
        self.is_aws() && !self.vars.iter().any(|(k, _)| *k == "AWS_ENDPOINT_URL")
    }

    /// Whether commands go through the AWS backend.
    pub fn is_aws(&self) -> bool {
        !self.vars.is_empty()
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
        // Tests never reach for the EC2 instance metadata service.
        c.env("AWS_EC2_METADATA_DISABLED", "true");
        for (k, v) in &self.vars {
            c.env(k, v);
        }
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

    /// `kinesis` as a user who may read the data dir and not write it (the data dir and its
    /// files are made read-only). Root writes anywhere, so as root the command runs as
    /// `nobody` on files `nobody` owns.
    pub fn reader(&self) -> std::process::Command {
        use std::os::unix::fs::{MetadataExt, PermissionsExt, chown};
        let chmod = |path: &std::path::Path, mode: u32| {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
        };
        let data = self.data_dir();
        let root = std::fs::metadata(self.root.path()).unwrap().uid() == 0;
        for entry in std::fs::read_dir(&data).unwrap() {
            let file = entry.unwrap().path();
            if root {
                chown(&file, Some(65534), Some(65534)).unwrap();
            }
            chmod(&file, 0o400);
        }
        if root {
            chown(&data, Some(65534), Some(65534)).unwrap();
        }
        chmod(&data, 0o500);
        let cmd = self.std_cmd();
        if !root {
            return cmd;
        }
        chmod(self.root.path(), 0o711);
        let mut wrapped = std::process::Command::new("setpriv");
        wrapped.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(nobody_binary());
        for (k, v) in cmd.get_envs() {
            match v {
                Some(v) => wrapped.env(k, v),
                None => wrapped.env_remove(k),
            };
        }
        wrapped
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

/// The arguments of `get-shard-iterator` for a TRIM_HORIZON iterator on `stream`'s first
/// shard, printed raw.
pub fn trim_horizon_args(stream: &str) -> [&str; 9] {
    [
        "get-shard-iterator",
        "--stream-name",
        stream,
        "--shard-id",
        "shardId-000000000000",
        "--shard-iterator-type",
        "TRIM_HORIZON",
        "--output",
        "raw",
    ]
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

/// A `kinesis` binary that `nobody` may run: the build's own if `nobody` can reach it, else
/// one copy for the whole test run (made once: a binary copied while other tests fork
/// children can be "busy" when executed).
fn nobody_binary() -> &'static std::path::Path {
    static BIN: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    BIN.get_or_init(|| {
        let built = std::path::PathBuf::from(env!("CARGO_BIN_EXE_kinesis"));
        let reachable = std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&built)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if reachable {
            return built;
        }
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir").keep();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let copy = dir.join("kinesis");
        std::fs::copy(&built, &copy).unwrap();
        std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).unwrap();
        // Children forked while the copy was open for writing have exec'd by now.
        std::thread::sleep(std::time::Duration::from_millis(500));
        copy
    })
}

/// A kinesalite process on a free loopback port, stopped on drop.
pub struct Emulator {
    child: std::process::Child,
    /// `http://127.0.0.1:<port>`.
    pub endpoint: String,
}

impl Emulator {
    /// Starts kinesalite from `.ci/emulator` (installed by `scripts/test` and `.ci/run`), or
    /// from `$KINESALITE`, and waits until it accepts connections.
    pub fn start() -> Emulator {
        let bin =
            std::env::var_os("KINESALITE").map(std::path::PathBuf::from).unwrap_or_else(|| {
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join(".ci/emulator/node_modules/.bin/kinesalite")
            });
        assert!(
            bin.exists(),
            "kinesalite is not installed at {}: run scripts/test, which installs it",
            bin.display()
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = std::process::Command::new(&bin)
            .args([
                "--port",
                &port.to_string(),
                "--host",
                "127.0.0.1",
                "--createStreamMs",
                "0",
                "--deleteStreamMs",
                "0",
                "--updateStreamMs",
                "0",
                "--shardLimit",
                "100",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start kinesalite");
        let emulator = Emulator { child, endpoint: format!("http://127.0.0.1:{port}") };
        let started = std::time::Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(20),
                "kinesalite did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        emulator
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A `kinesis serve` on a free loopback port, stopped on drop.
pub struct Server {
    /// The server process.
    pub child: std::process::Child,
    /// `http://127.0.0.1:<port>`.
    pub endpoint: String,
}

impl Server {
    /// Starts `kinesis serve --port 0 <args>` and reads the URL it prints.
    pub fn start(args: &[&str]) -> Server {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kinesis"));
        for var in AMBIENT {
            cmd.env_remove(var);
        }
        Server::spawn(cmd, args, std::process::Stdio::null())
    }

    /// Starts `cmd serve --port 0 <args>` (`cmd` being a `kinesis`, perhaps wrapped) with
    /// `stderr`, and reads the URL it prints.
    pub fn spawn(
        mut cmd: std::process::Command,
        args: &[&str],
        stderr: std::process::Stdio,
    ) -> Server {
        let mut child = cmd
            .args(["serve", "--port", "0"])
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("start kinesis serve");
        let mut line = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(child.stdout.take().expect("stdout")),
            &mut line,
        )
        .expect("read the server's URL");
        assert!(line.starts_with("http://127.0.0.1:"), "serve printed {line:?}");
        Server { child, endpoint: line.trim_end().to_string() }
    }

    /// The address to connect to.
    pub fn addr(&self) -> String {
        self.endpoint.trim_start_matches("http://").to_string()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// In-process engine tests: creates a stream through the `Kinesis` trait.
pub async fn create_in(engine: &dyn kinesis::backend::Kinesis, name: &str, shards: i64) {
    let input = kinesis::model::CreateStreamInput {
        stream_name: name.into(),
        shard_count: Some(shards),
        stream_mode_details: None,
        tags: None,
        ..Default::default()
    };
    engine.create_stream(input).await.unwrap();
}

/// In-process engine tests: a TRIM_HORIZON iterator on the first shard of `name`.
pub async fn trim_horizon_in(engine: &dyn kinesis::backend::Kinesis, name: &str) -> String {
    use kinesis::model::*;
    let input = GetShardIteratorInput {
        stream: StreamRef::name(name),
        shard_id: "shardId-000000000000".into(),
        shard_iterator_type: ShardIteratorType::TrimHorizon,
        starting_sequence_number: None,
        timestamp: None,
        dry_run: None,
    };
    engine.get_shard_iterator(input).await.unwrap().shard_iterator
}

/// The Python with boto3 and awscli that `scripts/test` installs.
pub fn python() -> std::path::PathBuf {
    let p = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".ci/venv/bin/python");
    assert!(
        p.exists(),
        "{} is missing: run scripts/test, which installs boto3 and awscli",
        p.display()
    );
    p
}

/// Runs the client script `tests/clients/<name>` with `args`; asserts it succeeded and
/// answers what it printed.
pub fn run_client(name: &str, args: &[&str]) -> String {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients").join(name);
    let out = std::process::Command::new(python())
        .arg(script)
        .args(args)
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{printed}{}", String::from_utf8_lossy(&out.stderr));
    printed
}

/// The SigV4 envelope AWS requires of every request, as header lines for a raw HTTP request:
/// `serve` checks that it is there and complete, not the signature itself.
pub const SIGNED: &str = "Authorization: AWS4-HMAC-SHA256 \
    Credential=AKIDEXAMPLE/20260101/us-east-1/kinesis/aws4_request, \
    SignedHeaders=host;x-amz-date, Signature=0123456789abcdef\r\nX-Amz-Date: 20260101T000000Z\r\n";

/// The stream's ARN, as describe-stream-summary gives it.
pub fn stream_arn(env: &Env, stream: &str) -> String {
    let q = ["--query", "StreamDescriptionSummary.StreamARN", "--output", "raw"];
    env.ok(&[&["describe-stream-summary", "--stream-name", stream][..], &q].concat())
        .trim()
        .to_string()
}

/// Defines one test per backend for each scenario: the embedded engine, kinesalite and
/// `serve` through the AWS backend, and (ignored unless asked) real AWS.
macro_rules! on_every_backend {
    ($($scenario:ident),* $(,)?) => {
        mod local {
            $(#[test] fn $scenario() { super::$scenario(&crate::helpers::Env::new(), "") })*
        }
        mod kinesalite {
            $(#[test] fn $scenario() { super::$scenario(&crate::helpers::Env::kinesalite(), "") })*
        }
        mod serve {
            $(#[test] fn $scenario() { super::$scenario(&crate::helpers::Env::serve(), "") })*
        }
        mod real_aws {
            $(
                #[test]
                #[ignore = "runs against real AWS: KINESIS_IT_AWS=1 and credentials"]
                fn $scenario() {
                    assert_eq!(std::env::var("KINESIS_IT_AWS").as_deref(), Ok("1"), "set KINESIS_IT_AWS=1");
                    let suffix = format!("-it-{}", std::process::id());
                    super::$scenario(&crate::helpers::Env::real_aws(), &suffix)
                }
            )*
        }
    };
}
pub(crate) use on_every_backend;
