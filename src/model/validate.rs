//! Request validation with the messages Kinesis gives (its `ValidationException` texts).
//!
//! Kinesis checks every member's constraints, collects what fails, and reports them in one
//! message: `2 validation errors detected: Value 'a/b' at 'streamName' failed to satisfy
//! constraint: …; …`. [`Violations`] gathers them the same way, in member order.

/// Whether `s` is a decimal without leading zeros of 1 to `max_digits` digits (the pattern
/// `0|([1-9]\d{0,N})` hash keys and sequence numbers must match).
pub fn is_decimal(s: &str, max_digits: usize) -> bool {
    s == "0"
        || (!s.is_empty()
            && s.len() <= max_digits
            && !s.starts_with('0')
            && s.bytes().all(|b| b.is_ascii_digit()))
}

/// The pattern names, shard ids and other identifiers must match.
pub const NAME_PATTERN: &str = "[a-zA-Z0-9_.-]+";

/// Constraint failures gathered while checking one request.
#[derive(Debug, Default)]
pub struct Violations(Vec<String>);

impl Violations {
    /// No failures yet.
    pub fn new() -> Violations {
        Violations::default()
    }

    fn push(&mut self, member: &str, value: Option<&str>, constraint: &str) {
        let value = value.map_or_else(|| "null".to_string(), |v| format!("'{v}'"));
        self.0.push(format!(
            "Value {value} at '{}' failed to satisfy constraint: {constraint}",
            lower_first(member)
        ));
    }

    /// A required member that is missing.
    pub fn not_null<T>(&mut self, member: &str, value: Option<&T>) {
        if value.is_none() {
            self.push(member, None, "Member must not be null");
        }
    }

    /// A name-like member: the identifier pattern and a length of 1 to `max` characters.
    pub fn name(&mut self, member: &str, value: Option<&str>, max: usize) {
        let Some(v) = value else { return };
        if v.is_empty()
            || !v.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
        {
            self.push(
                member,
                Some(v),
                &format!("Member must satisfy regular expression pattern: {NAME_PATTERN}"),
            );
        }
        self.length(member, Some(v), 1, max);
    }

    /// A string's length, counted in characters, within `min ..= max`.
    pub fn length(&mut self, member: &str, value: Option<&str>, min: usize, max: usize) {
        let Some(v) = value else { return };
        let len = v.chars().count();
        if len < min {
            self.push(
                member,
                Some(v),
                &format!("Member must have length greater than or equal to {min}"),
            );
        }
        if len > max {
            self.push(
                member,
                Some(v),
                &format!("Member must have length less than or equal to {max}"),
            );
        }
    }

    /// A value that must match `pattern` (`ok` says whether it does).
    pub fn pattern(&mut self, member: &str, value: Option<&str>, ok: bool, pattern: &str) {
        if let (Some(v), false) = (value, ok) {
            self.push(
                member,
                Some(v),
                &format!("Member must satisfy regular expression pattern: {pattern}"),
            );
        }
    }

    /// A blob of at most `max` bytes (Kinesis shows a blob as a Java buffer).
    pub fn blob_max(&mut self, member: &str, len: usize, max: usize) {
        if len > max {
            let value = format!("java.nio.HeapByteBuffer[pos=0 lim={len} cap={len}]");
            self.push(
                member,
                Some(&value),
                &format!("Member must have length less than or equal to {max}"),
            );
        }
    }

    /// A list of `len` members within `min ..= max`.
    pub fn list_length(&mut self, member: &str, len: usize, min: usize, max: usize) {
        let value = format!("[{len} members]");
        if len < min {
            self.push(
                member,
                Some(&value),
                &format!("Member must have length greater than or equal to {min}"),
            );
        }
        if len > max {
            self.push(
                member,
                Some(&value),
                &format!("Member must have length less than or equal to {max}"),
            );
        }
    }

    /// A number within `min ..= max`.
    pub fn range(&mut self, member: &str, value: Option<i64>, min: i64, max: i64) {
        let Some(v) = value else { return };
        let text = v.to_string();
        if v < min {
            self.push(
                member,
                Some(&text),
                &format!("Member must have value greater than or equal to {min}"),
            );
        }
        if v > max {
            self.push(
                member,
                Some(&text),
                &format!("Member must have value less than or equal to {max}"),
            );
        }
    }

    /// `None` when everything held; otherwise the message Kinesis would send.
    pub fn finish(self) -> Option<String> {
        match self.0.len() {
            0 => None,
            1 => Some(format!("1 validation error detected: {}", self.0[0])),
            n => Some(format!("{n} validation errors detected: {}", self.0.join("; "))),
        }
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| c.to_ascii_lowercase().to_string() + chars.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_error_reads_as_aws_does() {
        let mut v = Violations::new();
        v.name("StreamName", Some("a/b"), 128);
        assert_eq!(
            v.finish().as_deref(),
            Some(
                "1 validation error detected: Value 'a/b' at 'streamName' failed to satisfy \
                 constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"
            )
        );
    }

    #[test]
    fn errors_are_counted_and_joined() {
        let mut v = Violations::new();
        v.name("StreamName", Some(""), 128);
        v.range("ShardCount", Some(0), 1, 100_000);
        let msg = v.finish().unwrap_or_default();
        assert!(msg.starts_with("3 validation errors detected: Value '' at 'streamName'"), "{msg}");
        assert!(msg.ends_with(
            "Value '0' at 'shardCount' failed to satisfy constraint: Member must have value \
             greater than or equal to 1"
        ));
    }

    #[test]
    fn nothing_wrong_is_none() {
        let mut v = Violations::new();
        v.name("StreamName", Some("family"), 128);
        v.range("Limit", None, 1, 10);
        assert_eq!(v.finish(), None);
    }
}
