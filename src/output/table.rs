//! The table format, for people: a titled table per object and per list of objects, drawn by
//! comfy-table and fitted to the terminal's width.
//!
//! A list of objects is one table, a row per element. An object's columns are its scalars and
//! the scalars of the objects inside it (`HashKeyRange` gives `StartingHashKey` and
//! `EndingHashKey`), in the response's order; an element's lists of scalars are cells too
//! (joined by `, `). Lists of objects, and a lone object's lists, get tables of their own.
//! Streams of records ([`Rows`]) print a row each as they come.

use std::io::Write;

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
        Value::Array(items) => items.iter().map(cell_text).collect::<Vec<_>>().join(", "),
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

/// An object's cells by path (`HashKeyRange.StartingHashKey`), in the response's order, and
/// the values under it that need tables of their own. Lists of scalars are cells of a row of
/// a list (`joined`), and tables of their own under a lone object; empty lists are neither.
fn flatten<'a>(
    map: &'a Map<String, Value>,
    prefix: &str,
    joined: bool,
    cells: &mut Vec<(String, &'a Value)>,
    apart: &mut Vec<(String, &'a Value)>,
) {
    for (k, v) in map {
        let path = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
        match v {
            Value::Object(inner) => flatten(inner, &path, joined, cells, apart),
            Value::Array(items) if items.is_empty() => {}
            Value::Array(items)
                if joined && items.iter().all(|i| !i.is_object() && !i.is_array()) =>
            {
                cells.push((path, v));
            }
            Value::Array(_) => apart.push((path, v)),
            scalar => cells.push((path, scalar)),
        }
    }
}

/// Column headers for paths: the last name alone where no other column ends the same way.
fn headers(paths: &[String]) -> Vec<String> {
    let leaf = |p: &str| p.rsplit('.').next().unwrap_or(p).to_string();
    paths
        .iter()
        .map(|p| {
            let unique = paths.iter().filter(|q| leaf(q) == leaf(p)).count() == 1;
            if unique { leaf(p) } else { p.clone() }
        })
        .collect()
}

/// One table of `rows` (each an object's cells), its columns the union of theirs, each
/// placed after the column it follows in the row where it first appears (a member only some
/// elements have keeps its place in the response); nothing when there are no cells.
fn rows_table(rows: &[Vec<(String, &Value)>], title: &str, color: bool, out: &mut String) {
    let mut paths: Vec<String> = Vec::new();
    for row in rows {
        let mut at = 0;
        for (path, _) in row {
            match paths.iter().position(|p| p == path) {
                Some(i) => at = i + 1,
                None => {
                    paths.insert(at, path.clone());
                    at += 1;
                }
            }
        }
    }
    if paths.is_empty() {
        return;
    }
    let mut t = new_table(headers(&paths), color);
    for row in rows {
        t.add_row(paths.iter().map(|p| {
            row.iter().find(|(q, _)| q == p).map(|(_, v)| cell_text(v)).unwrap_or_default()
        }));
    }
    emit(title, t, out);
}

fn section(value: &Value, title: &str, color: bool, out: &mut String) {
    match value {
        Value::Object(map) => {
            let (mut cells, mut apart) = (Vec::new(), Vec::new());
            flatten(map, "", false, &mut cells, &mut apart);
            rows_table(&[cells], title, color, out);
            for (path, v) in apart {
                section(v, &format!("{title} › {}", path.replace('.', " › ")), color, out);
            }
        }
        Value::Array(items) if items.iter().any(Value::is_object) => {
            let mut rows = Vec::new();
            let mut nested = Vec::new();
            for (i, m) in items.iter().filter_map(Value::as_object).enumerate() {
                let (mut cells, mut apart) = (Vec::new(), Vec::new());
                flatten(m, "", true, &mut cells, &mut apart);
                rows.push(cells);
                nested.extend(apart.into_iter().map(|(path, v)| (i, path, v)));
            }
            rows_table(&rows, title, color, out);
            for (i, path, v) in nested {
                section(v, &format!("{title}[{i}] › {}", path.replace('.', " › ")), color, out);
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

fn leaf(title: &str) -> &str {
    title.rsplit(" › ").next().unwrap_or(title)
}

/// A table printed a row at a time, for a stream of records (`read --output table`): the
/// columns are the first row's, as wide as its cells; a wider cell later widens its column
/// from that row on. Control characters in cells are escaped, so a record is one line.
#[derive(Default)]
pub struct Rows {
    paths: Vec<String>,
    widths: Vec<usize>,
}

impl Rows {
    /// Writes `value`'s row, after the header when it is the first.
    pub fn write(&mut self, out: &mut impl Write, value: &Value) -> std::io::Result<()> {
        let (mut cells, mut apart) = (Vec::new(), Vec::new());
        match value {
            Value::Object(map) => flatten(map, "", true, &mut cells, &mut apart),
            other => cells.push((String::new(), other)),
        }
        let first = self.paths.is_empty();
        if first {
            self.paths = cells.iter().map(|(p, _)| p.clone()).collect();
        }
        let row: Vec<String> = self
            .paths
            .iter()
            .map(|p| {
                let v = cells.iter().find(|(q, _)| q == p).map(|(_, v)| *v);
                v.map(cell_text).unwrap_or_default().escape_debug().to_string()
            })
            .collect();
        if first {
            let headers = headers(&self.paths);
            self.widths = headers.iter().map(|h| h.chars().count()).collect();
            self.widen(&row);
            self.border(out, '-')?;
            out.write_all(self.line(&headers).as_bytes())?;
            self.border(out, '=')?;
        }
        self.widen(&row);
        out.write_all(self.line(&row).as_bytes())
    }

    /// Closes the table (when a row was written).
    pub fn finish(&self, out: &mut impl Write) -> std::io::Result<()> {
        if self.paths.is_empty() { Ok(()) } else { self.border(out, '-') }
    }

    fn widen(&mut self, row: &[String]) {
        for (w, cell) in self.widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }

    fn line(&self, cells: &[String]) -> String {
        let mut line = String::from("|");
        for (cell, w) in cells.iter().zip(&self.widths) {
            let pad = w.saturating_sub(cell.chars().count());
            line.push_str(&format!(" {cell}{} |", " ".repeat(pad)));
        }
        line.push('\n');
        line
    }

    fn border(&self, out: &mut impl Write, fill: char) -> std::io::Result<()> {
        let mut line = String::from("+");
        for w in &self.widths {
            line.push_str(&fill.to_string().repeat(w + 2));
            line.push('+');
        }
        line.push('\n');
        out.write_all(line.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rows_widen_and_escape() {
        let mut rows = Rows::default();
        let mut out = Vec::new();
        rows.write(&mut out, &json!({"ShardId": "s-1", "Data": "a\nb"})).unwrap();
        rows.write(&mut out, &json!({"ShardId": "shard-22", "Data": "c"})).unwrap();
        rows.finish(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "+---------+------+\n\
             | ShardId | Data |\n\
             +=========+======+\n\
             | s-1     | a\\nb |\n\
             | shard-22 | c    |\n\
             +----------+------+\n"
        );
    }

    #[test]
    fn nested_scalars_are_columns_of_one_table() {
        let v = json!([
            {"ShardId": "a", "HashKeyRange": {"StartingHashKey": "0", "EndingHashKey": "9"},
             "Tags": ["x", "y"]},
            {"ShardId": "b", "ParentShardId": "a",
             "HashKeyRange": {"StartingHashKey": "10", "EndingHashKey": "19"}}
        ]);
        assert_eq!(
            format(&v, "T", false),
            "T\n\
             +---------+---------------+-----------------+---------------+------+\n\
             | ShardId | ParentShardId | StartingHashKey | EndingHashKey | Tags |\n\
             +==================================================================+\n\
             | a       |               | 0               | 9             | x, y |\n\
             |---------+---------------+-----------------+---------------+------|\n\
             | b       | a             | 10              | 19            |      |\n\
             +---------+---------------+-----------------+---------------+------+\n"
        );
    }
}
