//! Shard ids: `shardId-` followed by a 12-digit, zero-padded index.

use std::fmt;

/// The prefix every shard id carries.
const PREFIX: &str = "shardId-";

/// A shard's id, held as its index within the stream. Indexes are never reused: a split or a
/// merge gives its new shards the stream's next indexes, as Kinesis does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ShardId(pub u32);

impl ShardId {
    /// Parses `shardId-000000000007` as Kinesis resolves shard ids: by the digits after the
    /// first dash (whatever comes before it: `shardId-7`, `x-0007`), or a bare number, up to
    /// 2^31 − 1.
    pub fn parse(s: &str) -> Option<ShardId> {
        let digits = s.split('-').nth(1).filter(|d| !d.is_empty()).unwrap_or(s);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n = digits.trim_start_matches('0').parse::<u32>().unwrap_or(0);
        let too_big = digits.trim_start_matches('0').len() > 10 || n > i32::MAX as u32;
        (!too_big).then_some(ShardId(n))
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
        // Kinesis's forms: any prefix before the first dash, any number of zeros.
        assert_eq!(ShardId::parse("shardId-7"), Some(ShardId(7)));
        assert_eq!(ShardId::parse("x-0000000000000007"), Some(ShardId(7)));
        assert_eq!(ShardId::parse("-7"), Some(ShardId(7)));
        assert_eq!(ShardId::parse("shardId-2147483647"), Some(ShardId(i32::MAX as u32)));
        assert_eq!(ShardId::parse("shardId-2147483648"), None);
        assert_eq!(ShardId::parse("a-b-1"), None);
        assert_eq!(ShardId::parse("shardId-000000000000"), Some(ShardId(0)));
    }
}
