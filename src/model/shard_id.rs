//! Shard ids: `shardId-` followed by a 12-digit, zero-padded index.

use std::fmt;

/// The prefix every shard id carries.
const PREFIX: &str = "shardId-";

/// A shard's id, held as its index within the stream. Indexes are never reused: a split or a
/// merge gives its new shards the stream's next indexes, as Kinesis does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ShardId(pub u32);

impl ShardId {
    /// Parses `shardId-000000000007`. Kinesis also accepts a bare number, or the digits with
    /// fewer zeros, and resolves them to the same shard; so does this.
    pub fn parse(s: &str) -> Option<ShardId> {
        let digits = s.strip_prefix(PREFIX).unwrap_or(s);
        if digits.is_empty() || digits.len() > 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse::<u64>().ok().and_then(|n| u32::try_from(n).ok()).map(ShardId)
    }
}

impl fmt::Display for ShardId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = *b"shardId-000000000000";
        crate::model::sequence::zero_padded(&mut buf[PREFIX.len()..], u64::from(self.0));
        f.write_str(std::str::from_utf8(&buf).map_err(|_| fmt::Error)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        assert_eq!(ShardId(3).to_string(), "shardId-000000000003");
        assert_eq!(ShardId::parse("shardId-000000000003"), Some(ShardId(3)));
        assert_eq!(ShardId::parse("3"), Some(ShardId(3)));
        assert_eq!(ShardId::parse("shardId-"), None);
        assert_eq!(ShardId::parse("shardId-x"), None);
        assert_eq!(ShardId::parse("shardId-9999999999999"), None);
    }
}
