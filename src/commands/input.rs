//! aws-cli's input options, applied to the arguments before they are parsed:
//! `--cli-input-json` / `--cli-input-yaml` (a request's members from a document, as the flags
//! they stand for; flags on the command line win) and `--generate-cli-skeleton` (a sample
//! request, printed without running anything, or a sample response after the command line is
//! checked).
//!
//! A member maps to the flag aws-cli gives it ([`flag_name`]); the request's shape comes from
//! the service model ([`crate::model::shapes`]), so a document may hold exactly the members
//! aws-cli's would.

use std::ffi::OsString;

use serde_json::Value;

use crate::cli::{CLI_INPUT_JSON, CLI_INPUT_YAML, GENERATE_CLI_SKELETON};
use crate::error::{Error, Result};
use crate::model::Action;
use crate::model::shapes::{self, Sample, Skeleton, flag_name};
use crate::output;

/// What the arguments ask for, once aws-cli's input options are applied.
pub enum Prepared {
    /// Parse and run these arguments; `output_skeleton` asks for a sample response of this
    /// action instead of calling it.
    Run {
        /// The arguments, input options replaced by the flags they stand for.
        args: Vec<OsString>,
        /// `--generate-cli-skeleton output`: the action whose sample response to print.
        output_skeleton: Option<Action>,
    },
    /// A sample request was printed: nothing else to do.
    Done,
}

/// Applies `--cli-input-json`, `--cli-input-yaml` and `--generate-cli-skeleton` to `args`.
pub fn prepare(mut args: Vec<OsString>) -> Result<Prepared> {
    // Most command lines have none of these: they go to the parser as they are, without
    // building the command tree twice.
    let named = |a: &OsString| {
        let a = a.to_string_lossy();
        [CLI_INPUT_JSON, CLI_INPUT_YAML, GENERATE_CLI_SKELETON]
            .iter()
            .any(|n| a.strip_prefix("--").is_some_and(|rest| rest.starts_with(n)))
    };
    if !args.iter().any(named) {
        return Ok(Prepared::Run { args, output_skeleton: None });
    }
    let cmd = crate::cli::command();
    let Some((at, action)) = action_command(&cmd, &args) else {
        return Ok(Prepared::Run { args, output_skeleton: None });
    };
    let sub = cmd
        .find_subcommand(action.command())
        .ok_or_else(|| Error::Internal(format!("{action} has no command")))?;
    let op = shapes::operation(action.name()).ok_or_else(|| {
        Error::Internal(format!("{action} is not in the service model {}", shapes::BOTOCORE))
    })?;
    let skeleton =
        take(&mut args, at, GENERATE_CLI_SKELETON, Some(&["input", "yaml-input", "output"]))?;
    let json = take(&mut args, at, CLI_INPUT_JSON, None)?;
    let yaml = take(&mut args, at, CLI_INPUT_YAML, None)?;
    match skeleton.as_deref() {
        Some("input") | Some("yaml-input") => {
            let sample = op.input.map(|i| Skeleton::of(i, Sample::Input));
            let sample = sample.unwrap_or(Skeleton::Structure(Vec::new()));
            let text = if skeleton.as_deref() == Some("input") {
                output::json(&sample.to_json())
            } else {
                output::yaml_skeleton(&sample)
            };
            output::stdout(text.as_bytes())?;
            return Ok(Prepared::Done);
        }
        _ => {}
    }
    let document = match (json, yaml) {
        (Some(_), Some(_)) => {
            return Err(Error::ParamValidation(
                "--cli-input-json and --cli-input-yaml cannot both be given".into(),
            ));
        }
        (Some(text), None) => Some(parse(CLI_INPUT_JSON, &text, |t| {
            serde_json::from_str::<Value>(t).map_err(|e| e.to_string())
        })?),
        (None, Some(text)) => Some(parse(CLI_INPUT_YAML, &text, |t| {
            serde_norway::from_str::<Value>(t).map_err(|e| e.to_string())
        })?),
        (None, None) => None,
    };
    if let Some(document) = document {
        let members = op.input.map(|i| i.get().members()).unwrap_or_default();
        let given: Vec<String> =
            args[at + 1..].iter().map(|a| a.to_string_lossy().into_owned()).collect();
        let mut extra = Vec::new();
        for (name, value) in document {
            if !members.iter().any(|m| m.name == name) {
                let names: Vec<&str> = members.iter().map(|m| m.name).collect();
                return Err(Error::ParamValidation(format!(
                    "Parameter validation failed: Unknown parameter in input: \"{name}\", must be one of: {}",
                    names.join(", ")
                )));
            }
            let flag = flag_name(&name);
            let long = format!("--{flag}");
            if given.iter().any(|g| g == &long || g.starts_with(&format!("{long}="))) {
                continue;
            }
            let Some(arg) = sub.get_arguments().find(|a| a.get_long() == Some(flag.as_str()))
            else {
                return Err(Error::ParamValidation(format!(
                    "Parameter validation failed: {name} (from the input document) is not supported \
                     by kinesis yet; remove it"
                )));
            };
            extra.extend(as_flags(sub, arg, &long, value));
        }
        args.extend(extra.into_iter().map(OsString::from));
    }
    let output_skeleton = (skeleton.as_deref() == Some("output")).then_some(action);
    Ok(Prepared::Run { args, output_skeleton })
}

/// The position of the subcommand in `args` and its action, when it is named after one:
/// global options (and their values) may come first.
fn action_command(cmd: &clap::Command, args: &[OsString]) -> Option<(usize, Action)> {
    let mut i = 1;
    while i < args.len() {
        let arg = args[i].to_string_lossy();
        if arg == "--" {
            return None;
        }
        if let Some(long) = arg.strip_prefix("--") {
            let takes_value = cmd
                .get_arguments()
                .find(|a| a.get_long() == Some(long))
                .is_some_and(|a| a.get_action().takes_values());
            i += if takes_value { 2 } else { 1 };
            continue;
        }
        if arg.starts_with('-') {
            i += 1;
            continue;
        }
        return Action::from_command(&arg).map(|a| (i, a));
    }
    None
}

/// Removes `--name VALUE` (or `--name=VALUE`) after the subcommand at `at` and gives the value.
/// With `choices`, the value is optional (the first choice when absent), as aws-cli's
/// `--generate-cli-skeleton`.
fn take(
    args: &mut Vec<OsString>,
    at: usize,
    name: &str,
    choices: Option<&[&str]>,
) -> Result<Option<String>> {
    let long = format!("--{name}");
    let Some(pos) = (at + 1..args.len()).find(|&i| {
        let a = args[i].to_string_lossy();
        a == long || a.starts_with(&format!("{long}="))
    }) else {
        return Ok(None);
    };
    let token = args.remove(pos).to_string_lossy().into_owned();
    let value = match token.split_once('=') {
        Some((_, v)) => v.to_string(),
        None => match choices {
            // As argparse reads an optional value: the next word, unless it is a flag.
            Some(choices) => match args.get(pos).map(|a| a.to_string_lossy().into_owned()) {
                Some(next) if !next.starts_with('-') => {
                    args.remove(pos);
                    next
                }
                _ => choices[0].to_string(),
            },
            None if pos < args.len() => args.remove(pos).to_string_lossy().into_owned(),
            None => {
                return Err(Error::Usage(format!(
                    "a value is required for '{long} <VALUE>' (see --help)"
                )));
            }
        },
    };
    if let Some(choices) = choices.filter(|c| !c.contains(&value.as_str())) {
        return Err(Error::Usage(format!(
            "invalid value '{value}' for '{long}' [possible values: {}] (see --help)",
            choices.join(", ")
        )));
    }
    Ok(Some(value))
}

/// The document of `--cli-input-json` or `--cli-input-yaml`: its text (or `file://` file's),
/// parsed, which must be an object.
fn parse(
    name: &str,
    text: &str,
    parse: impl Fn(&str) -> std::result::Result<Value, String>,
) -> Result<serde_json::Map<String, Value>> {
    let text = super::params::param_text(name, text)?;
    let bad =
        |why: String| Error::ParamValidation(format!("Error parsing parameter '{name}': {why}"));
    match parse(&text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(Value::Null) => Ok(serde_json::Map::new()),
        Ok(_) => Err(bad("expected an object of the request's members".into())),
        Err(e) => Err(bad(format!(
            "Invalid {}: {e}",
            if name == CLI_INPUT_JSON { "JSON" } else { "YAML" }
        ))),
    }
}

/// The flags that give `arg` (`--long`) the member's `value`: a scalar as itself, a list of
/// scalars as one flag each when the flag repeats, anything else as compact JSON (which every
/// structure and list flag takes).
fn as_flags(sub: &clap::Command, arg: &clap::Arg, long: &str, value: Value) -> Vec<String> {
    let scalar = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    };
    let repeats = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
    match value {
        Value::Null => Vec::new(),
        Value::Bool(b) if !arg.get_action().takes_values() => {
            let no = format!("no-{}", &long[2..]);
            match (b, sub.get_arguments().any(|a| a.get_long() == Some(no.as_str()))) {
                (true, _) => vec![long.to_string()],
                (false, true) => vec![format!("--{no}")],
                (false, false) => Vec::new(),
            }
        }
        Value::Array(items) if repeats && items.iter().all(|i| scalar(i).is_some()) => {
            items.iter().filter_map(scalar).map(|v| format!("{long}={v}")).collect()
        }
        Value::Array(_) | Value::Object(_) => vec![format!("{long}={value}")],
        scalar_value => vec![format!("{long}={}", scalar(&scalar_value).unwrap_or_default())],
    }
}

/// The backend of `--generate-cli-skeleton output`.
pub(super) use sample::SampleBackend;

mod sample {
    use crate::backend::{Kinesis, Subscription};
    use crate::error::{Error, Result};
    use crate::model::*;

    /// The backend of `--generate-cli-skeleton output`: every call ends the command with
    /// [`Error::Skeleton`], after the command line was checked as for a real call.
    pub struct SampleBackend;

    macro_rules! sample_backend {
        ($($name:ident $method:ident: $input:ty => $output:ty, $access:ident;)*) => {
            #[async_trait::async_trait]
            impl Kinesis for SampleBackend {
                $(
                    async fn $method(&self, _: $input) -> Result<$output> {
                        Err(Error::Skeleton)
                    }
                )*

                async fn stream_metrics(
                    &self,
                    _: StreamRef,
                ) -> Result<StreamMetricsOutput> {
                    Err(Error::Skeleton)
                }
            }
        };
    }

    crate::with_actions!(sample_backend);
}

/// The sample response of `action`, as aws-cli's stubbed call answers it (strings hold their
/// member's name); `None` when the action answers nothing.
pub(super) fn sample_response(action: Action) -> Option<Value> {
    let output = shapes::operation(action.name())?.output?;
    Some(Skeleton::of(output, Sample::Output).to_json())
}
