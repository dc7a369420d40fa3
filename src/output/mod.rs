//! The output layer: it owns every byte written to stdout and stderr ([`sink`]), and prints
//! responses as json, text (aws-cli's rules), table or raw, `--query` first.
//!
//! Every response reaches this module as the JSON value AWS would send. It is first turned
//! into what aws-cli v2 shows (timestamps as ISO 8601), then `--query` picks from it, then a
//! format prints it.

mod sink;
mod table;
mod text;
mod yaml;

pub use sink::{
    debug, error, log, progress, records, status, stdout, stdout_is_terminal, usage, warn,
};
pub use table::Rows as TableRows;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::model::Timestamp;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Pretty JSON in the AWS shape (4-space indent, as aws-cli).
    Json,
    /// aws-cli's text format.
    Text,
    /// Tables for people.
    Table,
    /// Payloads only, or the most useful value.
    Raw,
    /// YAML, as aws-cli v2's `--output yaml`.
    Yaml,
    /// A YAML list item per response (or record), as aws-cli v2's `yaml-stream`.
    YamlStream,
}

/// A compiled `--query` expression.
pub struct Query {
    expr: jmespath::Expression<'static>,
    /// The key orders its multi-select hashes were written in (read once, at compile).
    written: Orders,
}

/// Compiles JMESPath as aws-cli's Python implementation reads it: a backtick literal that is
/// not JSON (`` `ERROR` ``) is the string it spells, as JMESPath's legacy literals were.
pub fn compile_jmespath(
    expr: &str,
) -> std::result::Result<jmespath::Expression<'static>, jmespath::JmespathError> {
    let mut fixed = String::with_capacity(expr.len());
    let mut rest = expr;
    while let Some(open) = rest.find('`') {
        fixed.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        // The literal runs to the next backtick not escaped by a backslash.
        let mut end = None;
        let mut escaped = false;
        for (i, c) in after.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '`' if !escaped => {
                    end = Some(i);
                    break;
                }
                _ => escaped = false,
            }
        }
        let Some(end) = end else {
            // Unclosed: the parser says so.
            fixed.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let literal = &after[..end];
        let unescaped = literal.replace("\\`", "`");
        if serde_json::from_str::<Value>(&unescaped).is_ok() {
            fixed.push('`');
            fixed.push_str(literal);
            fixed.push('`');
        } else {
            let quoted = Value::String(unescaped.trim().to_string()).to_string();
            fixed.push('`');
            fixed.push_str(&quoted.replace('`', "\\`"));
            fixed.push('`');
        }
        rest = &after[end + 1..];
    }
    fixed.push_str(rest);
    jmespath::compile(&fixed)
}

impl Query {
    /// Compiles a JMESPath expression; a malformed one is a usage error, as in aws-cli.
    pub fn compile(expr: &str) -> Result<Query> {
        let compiled = compile_jmespath(expr).map_err(|e| {
            let why = e.to_string();
            let first = why.lines().next().unwrap_or_default().to_string();
            Error::ParamValidation(format!("Bad value for --query {expr}: {first}"))
        })?;
        let mut written = Orders::default();
        key_orders_in_ast(compiled.as_ast(), &mut written);
        Ok(Query { expr: compiled, written })
    }

    /// Applies the expression to a value. The result keeps the response's key order (and a
    /// multi-select hash the order it was written in), as aws-cli does: JMESPath's own
    /// objects sort their keys.
    pub fn apply(&self, value: &Value) -> Result<Value> {
        let found = self.expr.search(value).map_err(|e| {
            let why = e.to_string();
            Error::ParamValidation(format!("--query: {}", why.lines().next().unwrap_or_default()))
        })?;
        let found = serde_json::to_value(&*found).map_err(|e| Error::Internal(e.to_string()))?;
        // The query's own hashes first: what the user wrote wins over the response's order.
        let mut orders = self.written.clone();
        key_orders_in_value(value, &mut orders);
        Ok(reorder(found, &orders.0))
    }
}

/// Key orders, each once, in the order they were found.
#[derive(Default, Clone)]
struct Orders(Vec<Vec<String>>, std::collections::HashSet<Vec<String>>);

impl Orders {
    fn insert(&mut self, order: Vec<String>) {
        if self.1.insert(order.clone()) {
            self.0.push(order);
        }
    }
}

/// The key order of every object in `value`.
fn key_orders_in_value(value: &Value, orders: &mut Orders) {
    match value {
        Value::Object(map) => {
            orders.insert(map.keys().cloned().collect());
            map.values().for_each(|v| key_orders_in_value(v, orders));
        }
        Value::Array(items) => items.iter().for_each(|v| key_orders_in_value(v, orders)),
        _ => {}
    }
}

/// The key order of every multi-select hash (`{a: x, b: y}`) in a query.
fn key_orders_in_ast(ast: &jmespath::ast::Ast, orders: &mut Orders) {
    use jmespath::ast::Ast;
    match ast {
        Ast::MultiHash { elements, .. } => {
            orders.insert(elements.iter().map(|kv| kv.key.clone()).collect());
            elements.iter().for_each(|kv| key_orders_in_ast(&kv.value, orders));
        }
        Ast::Comparison { lhs, rhs, .. }
        | Ast::Projection { lhs, rhs, .. }
        | Ast::And { lhs, rhs, .. }
        | Ast::Or { lhs, rhs, .. }
        | Ast::Subexpr { lhs, rhs, .. } => {
            key_orders_in_ast(lhs, orders);
            key_orders_in_ast(rhs, orders);
        }
        Ast::Condition { predicate, then, .. } => {
            key_orders_in_ast(predicate, orders);
            key_orders_in_ast(then, orders);
        }
        Ast::Expref { ast: node, .. }
        | Ast::Flatten { node, .. }
        | Ast::Not { node, .. }
        | Ast::ObjectValues { node, .. } => key_orders_in_ast(node, orders),
        Ast::Function { args: nodes, .. } | Ast::MultiList { elements: nodes, .. } => {
            nodes.iter().for_each(|n| key_orders_in_ast(n, orders))
        }
        Ast::Identity { .. }
        | Ast::Field { .. }
        | Ast::Index { .. }
        | Ast::Literal { .. }
        | Ast::Slice { .. } => {}
    }
}

/// Puts each object's keys in the order of a known object with the same keys.
fn reorder(value: Value, orders: &[Vec<String>]) -> Value {
    match value {
        Value::Object(map) => {
            let known = orders
                .iter()
                .find(|o| o.len() == map.len() && o.iter().all(|k| map.contains_key(k)));
            let mut map = map;
            let keys: Vec<String> = match known {
                Some(order) => order.clone(),
                None => map.keys().cloned().collect(),
            };
            let mut out = serde_json::Map::new();
            for k in keys {
                if let Some(v) = map.remove(&k) {
                    out.insert(k, reorder(v, orders));
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => {
            Value::Array(items.into_iter().map(|v| reorder(v, orders)).collect())
        }
        other => other,
    }
}

/// How one command's response is printed.
pub struct View<'a> {
    /// The format.
    pub format: Format,
    /// The user's `--query`.
    pub query: Option<&'a Query>,
    /// Whether to use color (tables only).
    pub color: bool,
    /// The operation's name, titling tables (`DescribeStream`).
    pub title: &'a str,
    /// For `raw`, without `--query`: the JMESPath picking the command's most useful value.
    pub raw: Option<&'a str>,
    /// Whether record data is shown decoded (else as base64, exactly as aws-cli shows it).
    pub decode: bool,
}

/// Renders a response (`None`: the action answers nothing, and nothing is printed).
pub fn render(view: &View<'_>, response: Option<Value>) -> Result<String> {
    let Some(mut value) = response else {
        return Ok(String::new());
    };
    to_cli_shape(&mut value, view.decode);
    if let Some(q) = view.query {
        value = q.apply(&value)?;
    } else if let (Format::Raw, Some(expr)) = (view.format, view.raw) {
        value = Query::compile(expr)?.apply(&value)?;
    }
    Ok(match view.format {
        Format::Json => json(&value),
        Format::Text => text::format(&value),
        Format::Table => table::format(&value, view.title, view.color),
        Format::Raw => raw(&value),
        Format::Yaml => yaml::document(&value),
        Format::YamlStream => yaml::item(&value),
    })
}

/// One value on one line: compact JSON, or aws-cli's text (tab-separated scalars); raw prints
/// a string bare. For streams of records (`read`).
pub fn line(format: Format, value: &Value) -> String {
    match format {
        Format::Text => text::format(value),
        Format::Raw => raw(value),
        Format::Json | Format::Table => format!("{value}\n"),
        // A stream of records is a YAML list, an item each.
        Format::Yaml | Format::YamlStream => yaml::item(value),
    }
}

/// A sample request in YAML, as `--generate-cli-skeleton yaml-input` prints it.
pub fn yaml_skeleton(sample: &crate::model::shapes::Skeleton) -> String {
    yaml::skeleton(sample)
}

/// Pretty JSON as aws-cli prints it: 4-space indent, non-ASCII kept, a final newline.
pub fn json(value: &Value) -> String {
    let mut out = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
    serde::Serialize::serialize(value, &mut ser).expect("a Value always serializes");
    let mut s = String::from_utf8(out).expect("serde_json writes UTF-8");
    s.push('\n');
    s
}

/// Raw: a scalar bare, a list one item per line, anything else as compact JSON.
fn raw(value: &Value) -> String {
    let mut out = String::new();
    let scalar = |v: &Value, out: &mut String| match v {
        Value::String(s) => out.push_str(s),
        Value::Null => {}
        other => out.push_str(&other.to_string()),
    };
    // A list of lists prints as rows of tab-separated values, as `cut` and `awk` like them.
    let mut line = |v: &Value| {
        match v {
            Value::Array(cells) if cells.iter().all(|c| !c.is_array() && !c.is_object()) => {
                for (i, c) in cells.iter().enumerate() {
                    if i > 0 {
                        out.push('\t');
                    }
                    scalar(c, &mut out);
                }
            }
            other => scalar(other, &mut out),
        }
        out.push('\n');
    };
    match value {
        Value::Array(items) => items.iter().for_each(&mut line),
        Value::Null => {}
        other => line(other),
    }
    out
}

/// Whether a member is a point in time: in Kinesis's model exactly those named `…Timestamp`
/// or `…At` are (a test holds the model to it).
fn is_time_member(key: &str) -> bool {
    key.ends_with("Timestamp") || key.ends_with("At")
}

/// Turns the wire shape into what people want to read: every time member, sent as
/// epoch seconds, becomes ISO 8601 text (as aws-cli v2 shows it), and every record's `Data`,
/// sent as base64, is decoded: UTF-8 text stays text; other bytes stay base64 and the record
/// gains `"DataEncoding": "base64"`, so nothing is lost and nothing is ambiguous.
pub fn to_cli_shape(value: &mut Value, decode: bool) {
    match value {
        Value::Object(map) => {
            let mut binary = false;
            for (key, v) in map.iter_mut() {
                if is_time_member(key)
                    && let Some(ts) = v.as_f64().and_then(Timestamp::from_secs_f64)
                {
                    *v = Value::String(iso8601(ts));
                    continue;
                }
                if key == "Data" && decode {
                    if let Some(text) = v.as_str().and_then(decode_text) {
                        *v = Value::String(text);
                    } else {
                        binary = v.is_string();
                    }
                    continue;
                }
                to_cli_shape(v, decode);
            }
            if binary {
                map.insert("DataEncoding".into(), Value::String("base64".into()));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| to_cli_shape(v, decode)),
        _ => {}
    }
}

/// The text a base64 blob holds, if it is UTF-8.
fn decode_text(b64: &str) -> Option<String> {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    String::from_utf8(bytes).ok()
}

/// ISO 8601 in UTC as Python's `isoformat()` writes it (aws-cli v2's default): microseconds
/// only when not zero.
pub fn iso8601(ts: Timestamp) -> String {
    let fmt = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    let dt = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ts.0) * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let base = dt.format(&fmt).unwrap_or_default();
    match ts.0.rem_euclid(1000) {
        0 => format!("{base}+00:00"),
        ms => format!("{base}.{:06}+00:00", ms * 1000),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_uses_four_spaces() {
        assert_eq!(json(&json!({"A": [1]})), "{\n    \"A\": [\n        1\n    ]\n}\n");
    }

    #[test]
    fn time_members_are_named_so_in_the_model() {
        use crate::model::shapes::{self, Kind};
        for shape in shapes::all() {
            for m in shape.members() {
                let is_time = matches!(m.shape.get().kind, Kind::Timestamp);
                assert_eq!(is_time_member(m.name), is_time, "{}.{}", shape.name, m.name);
            }
        }
    }

    #[test]
    fn timestamps_become_iso() {
        assert_eq!(iso8601(Timestamp(1_700_000_000_000)), "2023-11-14T22:13:20+00:00");
        assert_eq!(iso8601(Timestamp(1_700_000_000_123)), "2023-11-14T22:13:20.123000+00:00");
        let mut v = json!({"S": {"StreamCreationTimestamp": 1700000000.5, "Other": 1}});
        to_cli_shape(&mut v, true);
        assert_eq!(
            v,
            json!({"S": {"StreamCreationTimestamp": "2023-11-14T22:13:20.500000+00:00", "Other": 1}})
        );
    }

    #[test]
    fn legacy_literals_read_as_strings() {
        let v = json!({"level": "ERROR", "n": 3});
        let found = |e: &str| compile_jmespath(e).unwrap().search(v.clone()).unwrap().is_truthy();
        assert!(found("level == `ERROR`"));
        assert!(found("level == `\"ERROR\"`"));
        assert!(found("n == `3`"));
        assert!(!found("level == `INFO`"));
        assert!(compile_jmespath("level == `ERROR").is_err());
    }

    #[test]
    fn data_is_decoded_or_marked() {
        // "name:Senthil" and the bytes 0xff 0x00.
        let mut v = json!({"Records": [{"Data": "bmFtZTpTZW50aGls"}, {"Data": "/wA="}]});
        to_cli_shape(&mut v, true);
        assert_eq!(
            v,
            json!({"Records": [{"Data": "name:Senthil"}, {"Data": "/wA=", "DataEncoding": "base64"}]})
        );
    }

    #[test]
    fn raw_prints_lists_line_by_line() {
        assert_eq!(raw(&json!(["a", "b"])), "a\nb\n");
        assert_eq!(raw(&json!(4)), "4\n");
        assert_eq!(raw(&Value::Null), "");
    }

    #[test]
    fn bad_query_is_a_parameter_error() {
        let e = Query::compile("foo[").err().map(|e| e.exit_code());
        assert_eq!(e, Some(252));
    }
}
