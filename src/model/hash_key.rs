//! Hash keys: the full `u128` range `0 ..= 2^128 − 1`, split among shards.

use serde::{Deserialize, Serialize};

/// The inclusive range of hash keys a shard owns. On the wire both ends are decimal strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashKeyRange {
    /// The first hash key the shard owns.
    pub start: u128,
    /// The last hash key the shard owns (inclusive).
    pub end: u128,
}

/// The hash key Kinesis routes a partition key to: its MD5 digest read as a big-endian
/// 128-bit integer.
pub fn partition_key_hash(partition_key: &str) -> u128 {
    use md5::{Digest, Md5};
    u128::from_be_bytes(Md5::digest(partition_key.as_bytes()).into())
}

/// A partition key's hash key ([`partition_key_hash`]), worked out at most once, by whoever
/// needs it first. A caller with a core to spare works it out before handing a record to the
/// engine (an upload does, on its reader's thread), so that the engine's thread only stores:
/// MD5 was a sixth of that thread's time in a bulk upload. It belongs to the key it was
/// worked out from, and is never on the wire.
#[derive(Debug, Clone, Default)]
pub struct KeyHash(std::sync::OnceLock<u128>);

impl KeyHash {
    /// The hash key of `partition_key`, worked out now.
    pub fn worked_out(partition_key: &str) -> KeyHash {
        KeyHash(std::sync::OnceLock::from(partition_key_hash(partition_key)))
    }

    /// The hash key of `partition_key`, the key this one belongs to: worked out once.
    pub fn of(&self, partition_key: &str) -> u128 {
        let hash = *self.0.get_or_init(|| partition_key_hash(partition_key));
        debug_assert_eq!(hash, partition_key_hash(partition_key), "the hash of another key");
        hash
    }
}

/// An `ExplicitHashKey` outside `0 ..= 2^128 − 1` (Kinesis's InvalidArgumentException).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidHashKey(pub String);

impl std::fmt::Display for InvalidHashKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. \
             Specified value was {}",
            self.0
        )
    }
}

/// The hash key a record routes by: its explicit hash key if it has one, else the MD5 of its
/// partition key.
pub fn hash_key(partition_key: &str, explicit: Option<&str>) -> Result<u128, InvalidHashKey> {
    match explicit {
        None => Ok(partition_key_hash(partition_key)),
        Some(k) => k.parse::<u128>().map_err(|_| InvalidHashKey(k.to_string())),
    }
}

/// Which of `ranges` (the open shards' ranges, sorted by start, tiling the key space) owns
/// `key`: its index, found by binary search.
pub fn owner(ranges: &[HashKeyRange], key: u128) -> Option<usize> {
    let at = ranges.partition_point(|r| r.end < key);
    ranges.get(at).filter(|r| r.contains(key)).map(|_| at)
}

impl HashKeyRange {
    /// The whole key space.
    pub const FULL: HashKeyRange = HashKeyRange { start: 0, end: u128::MAX };

    /// Divides the key space into `count` contiguous ranges as Kinesis does: each of width
    /// `floor(2^128 / count)`, the last one stretched to `2^128 − 1`.
    ///
    /// `count` must be at least 1; for 4 shards the first range ends at
    /// 85070591730234615865843651857942052863.
    pub fn even_split(count: u32) -> Vec<HashKeyRange> {
        assert!(count >= 1, "even_split of zero shards");
        let count = u128::from(count);
        // floor(2^128 / n) without overflowing: 2^128 = (2^128 − 1) + 1.
        let width = if count == 1 {
            0
        } else {
            u128::MAX / count + u128::from(u128::MAX % count + 1 == count)
        };
        (0..count)
            .map(|i| HashKeyRange {
                start: width * i,
                end: if i + 1 == count { u128::MAX } else { width * (i + 1) - 1 },
            })
            .collect()
    }

    /// The midpoint split key: `start + ceil((end − start) / 2)`, so the children
    /// `[start, m − 1]` and `[m, end]` own the same number of hash keys (or, for an odd
    /// count, the first one fewer). No step can overflow, even for `0 ..= 2^128 − 1`.
    pub fn midpoint(&self) -> u128 {
        let d = self.end - self.start;
        self.start + d / 2 + d % 2
    }

    /// Whether `key` falls in this range.
    pub fn contains(&self, key: u128) -> bool {
        self.start <= key && key <= self.end
    }
}

/// The wire form of a range: both ends as decimal strings.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Wire {
    starting_hash_key: String,
    ending_hash_key: String,
}

impl Serialize for HashKeyRange {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Wire { starting_hash_key: self.start.to_string(), ending_hash_key: self.end.to_string() }
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for HashKeyRange {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let wire = Wire::deserialize(d)?;
        let parse = |s: &str| s.parse::<u128>().map_err(serde::de::Error::custom);
        Ok(HashKeyRange {
            start: parse(&wire.starting_hash_key)?,
            end: parse(&wire.ending_hash_key)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_hash_is_the_md5_of_its_key_worked_out_once() {
        // MD5("data"), read big-endian: where Kinesis routes the key.
        let md5 = 0x8d777f385d3dfec8815d20f7496026dc_u128;
        assert_eq!(partition_key_hash("data"), md5);
        let later = KeyHash::default();
        assert_eq!(later.of("data"), md5);
        assert_eq!(later.clone().of("data"), md5);
        assert_eq!(KeyHash::worked_out("data").of("data"), md5);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "the hash of another key")]
    fn a_key_hash_worked_out_from_another_key_is_caught_in_tests() {
        KeyHash::worked_out("one").of("another");
    }

    #[test]
    fn four_shards_match_aws() {
        let r = HashKeyRange::even_split(4);
        assert_eq!(r[0].start, 0);
        assert_eq!(r[0].end, 85070591730234615865843651857942052863);
        assert_eq!(r[1].start, 85070591730234615865843651857942052864);
        assert_eq!(r[3].end, u128::MAX);
    }

    #[test]
    fn explicit_keys_route_as_given_and_must_fit() {
        assert_eq!(hash_key("ignored", Some("7")), Ok(7));
        assert_eq!(hash_key("1", None), Ok(partition_key_hash("1")));
        let past = "340282366920938463463374607431768211456";
        assert_eq!(hash_key("k", Some(past)), Err(InvalidHashKey(past.into())));
        assert_eq!(owner(&[], 5), None);
    }

    #[test]
    fn partition_keys_route_by_md5() {
        // md5("1") = c4ca4238a0b923820dcc509a6f75849b
        assert_eq!(partition_key_hash("1"), 0xc4ca4238a0b923820dcc509a6f75849b);
        assert_eq!(partition_key_hash(""), 0xd41d8cd98f00b204e9800998ecf8427e);
    }

    #[test]
    fn midpoint_halves_exactly() {
        let seed = HashKeyRange { start: 0, end: 85070591730234615865843651857942052863 };
        assert_eq!(seed.midpoint(), 42535295865117307932921825928971026432);
        for r in HashKeyRange::even_split(4).into_iter().chain([HashKeyRange::FULL]) {
            let m = r.midpoint();
            assert_eq!(m - r.start, r.end - m + 1, "{r:?}");
        }
        assert_eq!(HashKeyRange::FULL.midpoint(), 1 << 127);
        let top = HashKeyRange { start: u128::MAX - 3, end: u128::MAX };
        assert_eq!(top.midpoint(), u128::MAX - 1);
        let odd = HashKeyRange { start: 10, end: 12 };
        assert_eq!(odd.midpoint(), 11);
    }

    #[test]
    fn one_shard_is_everything() {
        assert_eq!(HashKeyRange::even_split(1), vec![HashKeyRange::FULL]);
    }

    #[test]
    fn uneven_counts_tile_the_space() {
        for n in [2u32, 3, 5, 7, 10, 500, 100_000] {
            let r = HashKeyRange::even_split(n);
            assert_eq!(r.len(), n as usize);
            assert_eq!(r[0].start, 0);
            assert_eq!(r.last().map(|x| x.end), Some(u128::MAX));
            for w in r.windows(2) {
                assert_eq!(w[0].end + 1, w[1].start);
            }
            // Every range but the last is floor(2^128 / n) wide: the last one takes the
            // remainder, which is less than n.
            let width = r[0].end - r[0].start + 1;
            assert!(r[..r.len() - 1].iter().all(|x| x.end - x.start + 1 == width));
            let last = r[r.len() - 1].end - r[r.len() - 1].start;
            assert!(last + 1 >= width && last + 1 - width < u128::from(n));
        }
    }

    proptest::proptest! {
        #[test]
        fn every_key_routes_to_exactly_one_range(count in 1u32..5000, key: u128) {
            let ranges = HashKeyRange::even_split(count);
            proptest::prop_assert_eq!(ranges.len(), count as usize);
            let owners = ranges.iter().filter(|r| r.contains(key)).count();
            proptest::prop_assert_eq!(owners, 1);
            // Routing by binary search finds the same owner.
            let at = owner(&ranges, key);
            proptest::prop_assert!(at.is_some_and(|i| ranges[i].contains(key)));
        }

        #[test]
        fn even_splits_tile_the_space_in_equal_widths(count in 1u32..100_000) {
            let r = HashKeyRange::even_split(count);
            proptest::prop_assert_eq!((r[0].start, r[r.len() - 1].end), (0, u128::MAX));
            for w in r.windows(2) {
                proptest::prop_assert_eq!(w[0].end + 1, w[1].start);
            }
            let width = r[0].end - r[0].start;
            proptest::prop_assert!(r[..r.len() - 1].iter().all(|x| x.end - x.start == width));
        }

        #[test]
        fn the_midpoint_halves_any_range(a: u128, b: u128) {
            let (start, end) = (a.min(b), a.max(b));
            proptest::prop_assume!(start < end);
            let m = HashKeyRange { start, end }.midpoint();
            proptest::prop_assert!(start < m && m <= end);
            // Keys below the split: m − start; from it on: end − m + 1 (never overflows,
            // as m > start).
            let (low, high) = (m - start, end - m);
            proptest::prop_assert!(high == low || high + 1 == low, "{low} {high}");
        }
    }
}
