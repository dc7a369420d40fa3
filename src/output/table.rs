//! The table format: the response as a stack of titled tables, one per object or list of
//! objects, nested members under their own titles — aws-cli's table layout, drawn by
//! comfy-table and fitted to the terminal's width.

use comfy_table::{Attribute, Cell, ContentArrangement, Table};
use serde_json::{Map, Value};

/// Formats a value as tables titled by the operation.
pub fn format(value: &Value, title: &str, color: bool) -> String {
    let mut out = String::new();
    section(value, title, color, &mut out);
    if out.is_empty() {
        // Nothing to lay out (an empty listing): the title alone, as aws-cli prints it.
        emit(title, new_table(vec![title.to_string()], color), &mut out);
    }
    out
}

fn cell_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn new_table(header: Vec<String>, color: bool) -> Table {
    let mut t = Table::new();
    t.set_content_arrangement(ContentArrangement::Dynamic);
    if color {
        t.enforce_styling();
    }
    let style = |s: String| {
        if color { Cell::new(s).add_attribute(Attribute::Bold) } else { Cell::new(s) }
    };
    t.set_header(header.into_iter().map(style));
    t
}

fn emit(title: &str, table: Table, out: &mut String) {
    out.push_str(title);
    out.push('\n');
    out.push_str(&table.to_string());
    out.push('\n');
}

fn section(value: &Value, title: &str, color: bool, out: &mut String) {
    match value {
        Value::Object(map) => object(map, title, color, out),
        Value::Array(items) if items.iter().any(Value::is_object) => {
            let keys = scalar_keys(items.iter().filter_map(Value::as_object));
            if !keys.is_empty() {
                let mut t = new_table(keys.clone(), color);
                for m in items.iter().filter_map(Value::as_object) {
                    t.add_row(keys.iter().map(|k| cell_text(m.get(k).unwrap_or(&Value::Null))));
                }
                emit(title, t, out);
            }
            for (i, m) in items.iter().filter_map(Value::as_object).enumerate() {
                for (k, v) in nested(m) {
                    section(v, &format!("{title}[{i}] › {k}"), color, out);
                }
            }
        }
        Value::Array(items) => {
            if items.is_empty() {
                return;
            }
            let mut t = new_table(vec![leaf(title).to_string()], color);
            for v in items {
                t.add_row(vec![cell_text(v)]);
            }
            emit(title, t, out);
        }
        scalar => {
            let mut t = new_table(vec![leaf(title).to_string()], color);
            t.add_row(vec![cell_text(scalar)]);
            emit(title, t, out);
        }
    }
}

fn object(map: &Map<String, Value>, title: &str, color: bool, out: &mut String) {
    let keys = scalar_keys(std::iter::once(map));
    if !keys.is_empty() {
        let mut t = new_table(keys.clone(), color);
        t.add_row(keys.iter().map(|k| cell_text(&map[k])));
        emit(title, t, out);
    }
    for (k, v) in nested(map) {
        section(v, &format!("{title} › {k}"), color, out);
    }
}

fn leaf(title: &str) -> &str {
    title.rsplit(" › ").next().unwrap_or(title)
}

fn nested(map: &Map<String, Value>) -> Vec<(&String, &Value)> {
    let mut v: Vec<_> = map.iter().filter(|(_, v)| v.is_object() || v.is_array()).collect();
    v.sort_by(|a, b| a.0.cmp(b.0));
    v
}

fn scalar_keys<'a>(maps: impl Iterator<Item = &'a Map<String, Value>>) -> Vec<String> {
    let mut keys: Vec<String> = maps
        .flat_map(|m| m.iter().filter(|(_, v)| !v.is_object() && !v.is_array()))
        .map(|(k, _)| k.clone())
        .collect();
    keys.sort();
    keys.dedup();
    keys
}
