//! Generated documentation: completions/ and man/ must be what the binary generates now
//! (run scripts/gen-docs after changing the command line).

use std::path::Path;

use crate::helpers::Env;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "kinesis.bash"),
    ("zsh", "_kinesis"),
    ("fish", "kinesis.fish"),
    ("powershell", "_kinesis.ps1"),
    ("elvish", "kinesis.elv"),
];

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn completions_are_fresh() {
    let env = Env::new();
    for (shell, file) in SHELLS {
        let generated = env.ok(&["completions", shell]);
        let committed =
            std::fs::read_to_string(repo().join("completions").join(file)).unwrap_or_default();
        assert!(generated == committed, "completions/{file} is stale: run scripts/gen-docs");
    }
}

#[test]
fn man_pages_are_fresh() {
    let env = Env::new();
    let out = env.root.path().join("man");
    env.ok(&["man", "--out-dir", out.to_str().unwrap()]);
    let names = |dir: &Path| {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    };
    let generated = names(&out);
    assert!(
        generated.contains(&"kinesis.1".to_string())
            && generated.contains(&"kinesis-create-stream.1".to_string())
    );
    assert_eq!(generated, names(&repo().join("man")), "man/ is stale: run scripts/gen-docs");
    for name in generated {
        let a = std::fs::read(out.join(&name)).unwrap();
        let b = std::fs::read(repo().join("man").join(&name)).unwrap();
        assert!(a == b, "man/{name} is stale: run scripts/gen-docs");
    }
    assert!(env.ok(&["man"]).starts_with(".ie"));
}

#[test]
fn every_man_page_has_examples_and_exit_status() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let page = std::fs::read_to_string(&path).unwrap();
        assert!(page.contains("\n.SH EXAMPLES\n"), "{}", path.display());
        assert!(page.contains("\n.SH \"EXIT STATUS\"\n"), "{}", path.display());
        assert!(page.contains("\\fB254\\fR"), "{}", path.display());
    }
}

#[test]
fn completions_offer_no_hidden_flag_and_no_file_names_for_names() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let script = std::fs::read_to_string(&path).unwrap();
        assert!(!script.contains("no-cli-pager"), "{}", path.display());
    }
    let bash = std::fs::read_to_string(dir.join("kinesis.bash")).unwrap();
    let after = |flag: &str| {
        let at =
            bash.find(&format!("                {flag})\n")).unwrap_or_else(|| panic!("{flag}"));
        bash[at..].lines().nth(1).unwrap_or_default().trim().to_string()
    };
    // A stream name is not a file; a file to upload is.
    assert_eq!(after("--stream-name"), "COMPREPLY=(\"${cur}\")");
    assert!(after("--from").contains("trim-horizon latest at-timestamp at-sequence"));
    assert!(after("--shard-level-metrics").contains("ALL IncomingBytes"));
    let file = bash.find("                --file)\n").unwrap();
    assert!(bash[file..].lines().take(10).any(|l| l.contains("compgen -f")), "--file");
}

#[test]
fn each_man_synopsis_names_what_the_usage_line_names() {
    let man = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let mut cli = kinesis::cli::command();
    cli.build();
    for sub in cli.get_subcommands().filter(|s| s.get_name() != "help") {
        let usage = sub.clone().render_usage().to_string();
        let page =
            std::fs::read_to_string(man.join(format!("kinesis-{}.1", sub.get_name()))).unwrap();
        let synopsis = page
            .split(".SH SYNOPSIS\n")
            .nth(1)
            .and_then(|rest| rest.split("\n.SH").next())
            .unwrap_or_default()
            .replace("\\-", "-")
            .replace("\\fB", "")
            .replace("\\fR", "");
        assert!(synopsis.contains(&format!("kinesis {}", sub.get_name())), "{synopsis}");
        for flag in usage.split(|c: char| c.is_whitespace() || "<>[]|".contains(c)) {
            if flag.starts_with("--") {
                assert!(synopsis.contains(flag), "{}: {flag} not in {synopsis}", sub.get_name());
            }
        }
    }
}

/// What the shell's dynamic completion (`source <(COMPLETE=bash kinesis)`) offers for the
/// last word of `words`.
fn completed(env: &crate::helpers::Env, words: &[&str]) -> Vec<String> {
    let out = env
        .cmd()
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .args(words)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect()
}

#[test]
fn dynamic_completion_offers_the_stores_streams_and_shards() {
    let env = crate::helpers::Env::new();
    env.create("orders", 2);
    env.create("clicks", 1);
    assert_eq!(
        completed(&env, &["kinesis", "describe-stream", "--stream-name", ""]),
        ["clicks", "orders"]
    );
    assert_eq!(completed(&env, &["kinesis", "read", "--stream-name", "or"]), ["orders"]);
    assert_eq!(
        completed(
            &env,
            &["kinesis", "get-shard-iterator", "--stream-name", "orders", "--shard-id", ""]
        ),
        ["shardId-000000000000", "shardId-000000000001"]
    );
    let script = env.cmd().env("COMPLETE", "bash").output().unwrap();
    assert!(String::from_utf8_lossy(&script.stdout).contains("complete -o nospace"));
}

#[test]
fn dynamic_completion_offers_stream_arns_and_consumers() {
    let env = crate::helpers::Env::new();
    env.create("orders", 1);
    let arn = "arn:aws:kinesis:us-east-1:000000000000:stream/orders";
    let consumer = env.ok(&[
        "register-stream-consumer",
        "--stream-arn",
        arn,
        "--consumer-name",
        "billing",
        "--output",
        "raw",
    ]);
    assert_eq!(completed(&env, &["kinesis", "list-stream-consumers", "--stream-arn", ""]), [arn]);
    assert_eq!(
        completed(
            &env,
            &["kinesis", "describe-stream-consumer", "--stream-arn", arn, "--consumer-name", ""]
        ),
        ["billing"]
    );
    assert_eq!(
        completed(&env, &["kinesis", "subscribe-to-shard", "--consumer-arn", ""]),
        [consumer.trim()]
    );
}

#[test]
fn dynamic_completion_asks_a_remote_backend_too() {
    let server = crate::helpers::Server::start(&["--in-memory", "--stream", "remote-orders:1"]);
    let env = crate::helpers::Env::aws(&server.endpoint);
    assert_eq!(completed(&env, &["kinesis", "read", "--stream-name", ""]), ["remote-orders"]);
}

#[test]
fn help_lists_a_commands_own_options_then_aws_cli_input_then_globals() {
    let env = crate::helpers::Env::new();
    let help = env.ok(&["put-record", "--help"]);
    let at = |text: &str| help.find(text).unwrap_or_else(|| panic!("{text} not in {help}"));
    assert!(at("--partition-key") < at("\naws-cli input:\n"));
    assert!(at("\naws-cli input:\n") < at("--cli-input-json"));
    assert!(at("--generate-cli-skeleton") < at("\nGlobal options:\n"));
    assert!(at("\nGlobal options:\n") < at("      --output <OUTPUT>"));
    // A command shows only the global options it has a use for.
    let serve = env.ok(&["serve", "--help"]);
    for unused in ["--output", "--query", "--cli-binary-format", "--cli-input-json"] {
        assert!(!serve.contains(unused), "{unused} in {serve}");
    }
    assert!(serve.contains("\nGlobal options:\n") && serve.contains("--data-dir"), "{serve}");
    let completions = env.ok(&["completions", "--help"]);
    assert!(!completions.contains("Global options") && !completions.contains("--backend"));
    // Hidden from help, still refused where it means nothing.
    let line = env.fails(&["serve", "--query", "x"], 252);
    assert!(line.contains("--query means nothing"), "{line}");
}
