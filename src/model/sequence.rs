//! Sequence numbers: 56-digit decimal strings, in the style of the ones Kinesis issues.
//!
//! Layout, most significant first: `49` (a fixed marker, as AWS's numbers begin), the store's
//! record counter in 30 digits, the shard index in 12, and the stream's id in 12. The counter
//! comes first, so comparing two numbers as integers (or, all being 56 digits long, as
//! strings) orders them by when the engine accepted them: strictly increasing within a shard,
//! and every child shard's numbers above all of its parents'.

use std::fmt;

use crate::model::ShardId;

/// The digits every sequence number of this engine starts with.
const MARKER: &str = "49";
/// Total length of a sequence number.
const LEN: usize = 56;
/// The largest counter a sequence number may carry: the store keeps counters as SQLite
/// integers (i64), so anything above could only wrap.
pub const MAX_COUNTER: u64 = i64::MAX as u64;

/// A decoded sequence number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SequenceNumber {
    /// The store-wide counter value given to this record (or shard boundary).
    pub counter: u64,
    /// The shard the number was issued in.
    pub shard: ShardId,
    /// The internal id of the stream it was issued in.
    pub stream_id: u64,
}

impl SequenceNumber {
    /// Parses a number this engine could have issued; anything else (another service's
    /// number, a number of another length, a counter past [`MAX_COUNTER`], garbage) is `None`.
    pub fn parse(s: &str) -> Option<SequenceNumber> {
        if s.len() != LEN || !s.starts_with(MARKER) || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let counter = s[2..32].parse::<u64>().ok().filter(|c| *c <= MAX_COUNTER)?;
        let shard = ShardId(s[32..44].parse::<u32>().ok()?);
        let stream_id = s[44..56].parse::<u64>().ok()?;
        Some(SequenceNumber { counter, shard, stream_id })
    }
}

/// Writes `n` right-aligned into `slot`, which holds zeros already (the slot is wide enough
/// for every value it is given: a u64 counter in 30 digits, a u32 shard index and a stream id
/// in 12).
pub(crate) fn zero_padded(slot: &mut [u8], mut n: u64) {
    for d in slot.iter_mut().rev() {
        *d = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
}

impl fmt::Display for SequenceNumber {
    // Formatted by hand: this runs for every record put or read, and `{:030}` pads one
    // character at a time.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [b'0'; LEN];
        buf[..2].copy_from_slice(MARKER.as_bytes());
        zero_padded(&mut buf[2..32], self.counter);
        zero_padded(&mut buf[32..44], u64::from(self.shard.0));
        zero_padded(&mut buf[44..56], self.stream_id);
        f.write_str(std::str::from_utf8(&buf).map_err(|_| fmt::Error)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_at_56_digits() {
        let n = SequenceNumber { counter: 1_795_637_965_123_456, shard: ShardId(3), stream_id: 7 };
        let s = n.to_string();
        assert_eq!(s.len(), 56);
        assert_eq!(SequenceNumber::parse(&s), Some(n));
    }

    #[test]
    fn string_order_is_counter_order() {
        let a = SequenceNumber { counter: 9, shard: ShardId(5), stream_id: 2 };
        let b = SequenceNumber { counter: 10, shard: ShardId(0), stream_id: 1 };
        assert!(a.to_string() < b.to_string());
    }

    #[test]
    fn rejects_foreign_numbers() {
        assert_eq!(SequenceNumber::parse("1"), None);
        assert_eq!(SequenceNumber::parse(&"5".repeat(56)), None);
        assert_eq!(SequenceNumber::parse(&format!("49{}", "x".repeat(54))), None);
        assert_eq!(SequenceNumber::parse(&format!("49{}", "9".repeat(54))), None);
        // A counter that does not fit the store's integers.
        let past = SequenceNumber { counter: MAX_COUNTER + 1, shard: ShardId(0), stream_id: 1 };
        assert_eq!(SequenceNumber::parse(&past.to_string()), None);
        let last = SequenceNumber { counter: MAX_COUNTER, ..past };
        assert_eq!(SequenceNumber::parse(&last.to_string()), Some(last));
    }

    proptest::proptest! {
        #[test]
        fn numbers_round_trip(counter in 0..=MAX_COUNTER, shard: u32, stream_id in 0u64..1_000_000_000_000) {
            let n = SequenceNumber { counter, shard: ShardId(shard), stream_id };
            let text = n.to_string();
            proptest::prop_assert_eq!(text.len(), 56);
            proptest::prop_assert_eq!(SequenceNumber::parse(&text), Some(n));
        }

        #[test]
        fn only_canonical_numbers_parse(text in "(49)?[0-9]{0,60}|\\PC{0,60}") {
            if let Some(n) = SequenceNumber::parse(&text) {
                proptest::prop_assert_eq!(n.to_string(), text);
                proptest::prop_assert!(n.counter <= MAX_COUNTER);
            }
        }

        #[test]
        fn text_order_is_number_order(a in 0..=MAX_COUNTER, b in 0..=MAX_COUNTER, shard: u32) {
            let n = |counter| SequenceNumber { counter, shard: ShardId(shard), stream_id: 1 };
            proptest::prop_assert_eq!(n(a).to_string().cmp(&n(b).to_string()), a.cmp(&b));
        }
    }
}
