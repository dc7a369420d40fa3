//! The input of `put-records --file`, streamed: a JSON array element by element, JSON lines or
//! plain lines line by line, so memory stays flat for any file size.

use std::io::{BufRead, Read};

use serde_json::Value;

use crate::cli::FileFormat;
use crate::error::{Error, Result};

/// One record read from the file: where it started, its payload and (for JSON) its value.
pub(super) struct Item {
    pub(super) line: u64,
    pub(super) data: Vec<u8>,
    pub(super) value: Option<Value>,
}

/// A failure in the input, at a line.
pub(super) fn at_line(line: u64, why: impl std::fmt::Display) -> Error {
    Error::ParamValidation(format!("--file, line {line}: {why}"))
}

/// Reads records one at a time from the input.
pub(super) struct Items {
    input: Box<dyn BufRead + Send>,
    format: FileFormat,
    /// Whether each record's JSON value is needed (for its partition key).
    want_value: bool,
    line: u64,
    /// For a JSON array: whether the closing `]` has been seen.
    done: bool,
    buf: Vec<u8>,
}

impl Items {
    pub(super) fn new(
        mut input: Box<dyn BufRead + Send>,
        format: Option<FileFormat>,
        want_value: bool,
    ) -> Result<Items> {
        let format = match format {
            Some(f) => f,
            // The first byte that is not white space (in the first buffer) decides.
            None => match input.fill_buf()?.iter().find(|b| !b.is_ascii_whitespace()) {
                Some(b'[') => FileFormat::Json,
                Some(b'{') => FileFormat::Jsonl,
                _ => FileFormat::Lines,
            },
        };
        let mut items = Items { input, format, want_value, line: 1, done: false, buf: Vec::new() };
        if format == FileFormat::Json {
            items.open_array()?;
        }
        Ok(items)
    }

    /// Skips white space, counting lines; returns the next byte without consuming it.
    fn peek(&mut self) -> Result<Option<u8>> {
        loop {
            let buf = self.input.fill_buf()?;
            if buf.is_empty() {
                return Ok(None);
            }
            let ws = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
            let lines = buf[..ws].iter().filter(|b| **b == b'\n').count() as u64;
            let next = buf.get(ws).copied();
            self.input.consume(ws);
            self.line += lines;
            if next.is_some() {
                return Ok(next);
            }
        }
    }

    fn open_array(&mut self) -> Result<()> {
        match self.peek()? {
            Some(b'[') => {
                self.input.consume(1);
                if self.peek()? == Some(b']') {
                    self.input.consume(1);
                    self.done = true;
                }
                Ok(())
            }
            _ => Err(at_line(self.line, "expected a JSON array")),
        }
    }

    /// The next element of a JSON array, as its bytes: scanned for its end (strings,
    /// escapes and nesting tracked), then parsed by serde_json.
    fn next_element(&mut self) -> Result<Option<Item>> {
        if self.done {
            return match self.peek()? {
                None => Ok(None),
                Some(_) => Err(at_line(self.line, "unexpected data after the JSON array")),
            };
        }
        if self.peek()?.is_none() {
            return Err(at_line(self.line, "the JSON array is not closed"));
        }
        let start = self.line;
        self.buf.clear();
        let (mut depth, mut in_str, mut escaped) = (0usize, false, false);
        loop {
            let chunk = self.input.fill_buf()?;
            if chunk.is_empty() {
                return Err(at_line(start, "the JSON array is not closed"));
            }
            let mut end = None;
            for (i, &b) in chunk.iter().enumerate() {
                if in_str {
                    match (escaped, b) {
                        (true, _) => escaped = false,
                        (false, b'\\') => escaped = true,
                        (false, b'"') => in_str = false,
                        _ => {}
                    }
                    continue;
                }
                match b {
                    b'"' => in_str = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' if depth > 0 => depth -= 1,
                    b',' | b']' if depth == 0 => {
                        end = Some((i, b));
                        break;
                    }
                    _ => {}
                }
            }
            match end {
                Some((i, b)) => {
                    self.buf.extend_from_slice(&chunk[..i]);
                    self.input.consume(i + 1);
                    self.done = b == b']';
                    break;
                }
                None => {
                    let n = chunk.len();
                    self.buf.extend_from_slice(chunk);
                    self.input.consume(n);
                }
            }
        }
        let lines_in = self.buf.iter().filter(|b| **b == b'\n').count() as u64;
        let value: Value = serde_json::from_slice(&self.buf)
            .map_err(|e| at_line(start + e.line() as u64 - 1, format!("invalid JSON: {e}")))?;
        self.line = start + lines_in;
        let data = serde_json::to_vec(&value).map_err(|e| Error::Internal(e.to_string()))?;
        Ok(Some(Item { line: start, data, value: Some(value) }))
    }

    /// The next line that holds a record.
    fn next_line(&mut self) -> Result<Option<Item>> {
        loop {
            let mut data = Vec::new();
            if self.input.read_until(b'\n', &mut data)? == 0 {
                return Ok(None);
            }
            let line = self.line;
            self.line += 1;
            if data.last() == Some(&b'\n') {
                data.pop();
                if data.last() == Some(&b'\r') {
                    data.pop();
                }
            }
            if self.format == FileFormat::Lines {
                return Ok(Some(Item { line, data, value: None }));
            }
            if data.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let value = if self.want_value {
                Some(
                    serde_json::from_slice::<Value>(&data)
                        .map_err(|e| at_line(line, format!("invalid JSON: {e}")))?,
                )
            } else {
                serde_json::from_slice::<serde::de::IgnoredAny>(&data)
                    .map_err(|e| at_line(line, format!("invalid JSON: {e}")))?;
                None
            };
            return Ok(Some(Item { line, data, value }));
        }
    }

    pub(super) fn next(&mut self) -> Result<Option<Item>> {
        match self.format {
            FileFormat::Json => self.next_element(),
            FileFormat::Jsonl | FileFormat::Lines => self.next_line(),
        }
    }
}

/// A reader that tells the progress bar how far into the input it is.
pub(super) struct Counted<R> {
    pub(super) inner: R,
    pub(super) bar: indicatif::ProgressBar,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bar.inc(n as u64);
        Ok(n)
    }
}
