//! Sequence numbers in the layout Kinesis hands out: 56 decimal digits of a 188-bit number
//! whose hex digits are, most significant first:
//!
//! | hex digits | what |
//! | --- | --- |
//! | 1 | `2` |
//! | 9 | the shard's creation time, epoch seconds |
//! | 1 | the shard index's last hex digit |
//! | 16 | the sequence index (this engine's store counter: microseconds, made unique) |
//! | 2 | `00` |
//! | 9 | the record's time, epoch seconds |
//! | 8 | the shard index |
//! | 1 | the layout version, `2` |
//!
//! Within a shard everything before the sequence index is fixed, so numbers compare (as
//! integers, or as strings: all are 56 digits) in the order the engine accepted them; a child
//! shard's are above its parents' since it was created later (within one second, only if its
//! index's last hex digit is the larger one, as on Kinesis).
//!
//! Stores written before this layout handed out numbers of another: `49`, the counter in 30
//! digits, the shard index and the stream's id in 12 each. Those records keep their numbers
//! ([`Layout`]); all of them are below 2^185, where this layout's begin, so both are read back
//! unambiguously ([`Origin::Stream`]) and a shard's numbers still increase across the change.

use std::fmt;

use crate::model::ShardId;

/// The largest counter a sequence number may carry: the store keeps counters as SQLite
/// integers (i64), which is also the most the layout's sequence index takes.
pub const MAX_COUNTER: u64 = i64::MAX as u64;

/// Microseconds in a second: a counter is a time in microseconds, made unique.
const MICROS: u64 = 1_000_000;
/// The layout keeps times in 36 bits of seconds (until the year 4147).
const SECONDS: u64 = (1 << 36) - 1;

/// A decoded sequence number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SequenceNumber {
    /// The store-wide counter value given to this record (or shard boundary).
    pub counter: u64,
    /// The shard the number was issued in.
    pub shard: ShardId,
    /// What else the number says of where it came from.
    pub origin: Origin,
}

/// Where a number says it came from, beyond its shard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Origin {
    /// Kinesis's layout: the shard's creation time, in epoch seconds.
    Shard {
        /// When the shard was created.
        created_secs: u64,
    },
    /// The layout of stores written before: the stream's internal id.
    Stream(u64),
}

/// Which layout the numbers of a stream's counters are written in: this engine's first for
/// counters below `from` (handed out before the store took Kinesis's layout), Kinesis's from
/// `from` on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The first counter written in Kinesis's layout.
    pub from: u64,
    /// The stream's internal id, which the first layout carries.
    pub stream_id: u64,
}

impl SequenceNumber {
    /// The number `layout` gives `counter` in shard `shard`, which began at `shard_start`.
    pub fn issued(
        counter: u64,
        shard: ShardId,
        shard_start: u64,
        layout: Layout,
    ) -> SequenceNumber {
        match counter < layout.from {
            true => SequenceNumber { counter, shard, origin: Origin::Stream(layout.stream_id) },
            false => SequenceNumber::new(counter, shard, shard_start),
        }
    }

    /// The number of `counter` in shard `shard`, which began at counter `shard_start`.
    pub fn new(counter: u64, shard: ShardId, shard_start: u64) -> SequenceNumber {
        let created_secs = (shard_start / MICROS) & SECONDS;
        SequenceNumber { counter, shard, origin: Origin::Shard { created_secs } }
    }

    /// The time the number carries, in epoch seconds.
    pub fn time_secs(&self) -> u64 {
        self.counter / MICROS
    }

    /// Parses a number this engine could have issued, in either layout; anything else
    /// (another service's number, a number of another length, a counter past
    /// [`MAX_COUNTER`], garbage) is `None`.
    pub fn parse(s: &str) -> Option<SequenceNumber> {
        if s.len() != 56 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n = Wide::parse(s)?;
        if n.bits(184, 4) == 2 && n.bits(0, 4) == 2 && n.bits(72, 8) == 0 {
            let counter = n.bits(80, 64);
            let shard = n.bits(4, 32);
            if counter > MAX_COUNTER || n.bits(144, 4) != shard & 0xf {
                return None;
            }
            let origin = Origin::Shard { created_secs: n.bits(148, 36) };
            let seq = SequenceNumber { counter, shard: ShardId(shard as u32), origin };
            // The record's time is the counter's: a number whose two disagree was not issued.
            return (n.bits(36, 36) == seq.time_secs() & SECONDS).then_some(seq);
        }
        if !s.starts_with("49") {
            return None;
        }
        let counter = s[2..32].parse::<u64>().ok().filter(|c| *c <= MAX_COUNTER)?;
        let shard = ShardId(s[32..44].parse::<u32>().ok()?);
        let stream_id = s[44..56].parse::<u64>().ok()?;
        Some(SequenceNumber { counter, shard, origin: Origin::Stream(stream_id) })
    }
}

/// Writes `n` right-aligned into `slot`, which holds zeros already (the slot is wide enough
/// for every value it is given).
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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.origin {
            Origin::Shard { created_secs } => {
                let mut buf = [0u8; 63];
                let first = kinesis_layout(created_secs, self.shard.0, self.counter, &mut buf);
                f.write_str(std::str::from_utf8(&buf[first..]).map_err(|_| fmt::Error)?)
            }
            // Formatted by hand: `{:030}` pads one character at a time.
            Origin::Stream(stream_id) => {
                let mut buf = [b'0'; 56];
                buf[..2].copy_from_slice(b"49");
                zero_padded(&mut buf[2..32], self.counter);
                zero_padded(&mut buf[32..44], u64::from(self.shard.0));
                zero_padded(&mut buf[44..56], stream_id);
                f.write_str(std::str::from_utf8(&buf).map_err(|_| fmt::Error)?)
            }
        }
    }
}

/// 10^9: numbers below are written in limbs of nine decimal digits.
const BILLION: u64 = 1_000_000_000;

/// A number in base 10^9, least significant limb first: 63 digits.
type Decimal = [u64; 7];

/// `x` in base 10^9 (for constants and the part of a number fixed for a shard).
const fn decimal_of(mut x: u128) -> Decimal {
    let mut d = [0; 7];
    let mut i = 0;
    while i < 7 {
        d[i] = (x % BILLION as u128) as u64;
        x /= BILLION as u128;
        i += 1;
    }
    d
}

const TWO_80: Decimal = decimal_of(1 << 80);
const TWO_36: Decimal = decimal_of(1 << 36);

thread_local! {
    /// The part of a number fixed for a shard (everything but the sequence index and the
    /// time), for the shard last written: a page of records is one shard's.
    static SHARD_PART: std::cell::Cell<Option<((u64, u32), Decimal)>> =
        const { std::cell::Cell::new(None) };
}

/// Writes the Kinesis-layout number of `counter` in `shard` (created at `created_secs`) at the
/// end of `buf`, and answers where it begins. Every record read has its number written, so
/// this adds decimal limbs — the shard's fixed part, the sequence index times 2^80 and the
/// time times 2^36 — instead of dividing a 188-bit number down.
fn kinesis_layout(created_secs: u64, shard: u32, counter: u64, buf: &mut [u8; 63]) -> usize {
    let key = (created_secs & SECONDS, shard);
    let fixed = match SHARD_PART.get() {
        Some((k, d)) if k == key => d,
        _ => {
            let mut n = Wide::default();
            n.put(184, 4, 2);
            n.put(148, 36, key.0);
            n.put(144, 4, u64::from(shard) & 0xf);
            n.put(4, 32, u64::from(shard));
            n.put(0, 4, 2);
            let d = n.in_billions();
            SHARD_PART.set(Some((key, d)));
            d
        }
    };
    let mut acc = fixed;
    let time = (counter / MICROS) & SECONDS;
    // Below 2^63: three limbs, by divisions of a u64 by constants.
    let limbs = |x: u64| [x % BILLION, x / BILLION % BILLION, x / (BILLION * BILLION)];
    for (a, b) in [(limbs(counter), &TWO_80), (limbs(time), &TWO_36)] {
        for (i, ai) in a.iter().enumerate() {
            for (j, bj) in b.iter().enumerate().take(3) {
                acc[i + j] += ai * bj;
            }
        }
        // Each limb stays below 2^64: carried after every product (each under 10^18).
        for i in 0..6 {
            acc[i + 1] += acc[i] / BILLION;
            acc[i] %= BILLION;
        }
    }
    write_limbs(acc, buf)
}

/// Writes a number given in base 10^9 at the end of `buf`, and answers where its digits
/// begin. Each limb's digits go two at a time, every pair taken from the limb itself (no
/// chain of divisions from one digit to the next).
fn write_limbs(limbs: Decimal, buf: &mut [u8; 63]) -> usize {
    for (k, l) in limbs.into_iter().enumerate() {
        let at = buf.len() - 9 * (k + 1);
        let pair = |n: u64| {
            let i = 2 * n as usize % 200;
            [DIGIT_PAIRS[i], DIGIT_PAIRS[i + 1]]
        };
        buf[at..at + 2].copy_from_slice(&pair(l / 10_000_000));
        buf[at + 2..at + 4].copy_from_slice(&pair(l / 100_000 % 100));
        buf[at + 4..at + 6].copy_from_slice(&pair(l / 1_000 % 100));
        buf[at + 6..at + 8].copy_from_slice(&pair(l / 10 % 100));
        buf[at + 8] = b'0' + (l % 10) as u8;
    }
    buf.iter().position(|d| *d != b'0').unwrap_or(buf.len() - 1)
}

/// `00` to `99`, back to back.
const DIGIT_PAIRS: [u8; 200] = {
    let mut t = [0u8; 200];
    let mut i = 0;
    while i < 100 {
        t[2 * i] = b'0' + (i / 10) as u8;
        t[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    t
};

/// A 192-bit number, as three 64-bit limbs, least significant first: wide enough for the
/// layout's 188 bits, and nothing more than fields in and decimal out needs. Every record read
/// has its number written out, so this is done with shifts and divisions by constants.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Wide([u64; 3]);

fn mask(width: usize) -> u64 {
    if width >= 64 { u64::MAX } else { (1 << width) - 1 }
}

impl Wide {
    /// `width` (≤ 64) bits of `value` at bit `at` (the field is empty before).
    fn put(&mut self, at: usize, width: usize, value: u64) {
        let shifted = u128::from(value & mask(width)) << (at % 64);
        let limb = at / 64;
        self.0[limb] |= shifted as u64;
        if limb + 1 < 3 {
            self.0[limb + 1] |= (shifted >> 64) as u64;
        }
    }

    /// `width` (≤ 64) bits at bit `at`.
    fn bits(&self, at: usize, width: usize) -> u64 {
        let limb = at / 64;
        let pair =
            u128::from(self.0[limb]) | u128::from(self.0.get(limb + 1).copied().unwrap_or(0)) << 64;
        (pair >> (at % 64)) as u64 & mask(width)
    }

    /// The number in base 10^9: six 32-bit parts, most significant first, divided by 10^9
    /// seven times (done once per shard, for the part of its numbers that stays fixed).
    fn in_billions(self) -> Decimal {
        let [lo, mid, hi] = self.0;
        let mut parts =
            [hi >> 32, hi & 0xffff_ffff, mid >> 32, mid & 0xffff_ffff, lo >> 32, lo & 0xffff_ffff];
        let mut limbs = [0; 7];
        for limb in limbs.iter_mut() {
            let mut rem = 0u64;
            for p in parts.iter_mut() {
                let cur = rem << 32 | *p;
                *p = cur / BILLION;
                rem = cur % BILLION;
            }
            *limb = rem;
        }
        limbs
    }

    /// The decimal digits (the tests' check on [`kinesis_layout`]).
    #[cfg(test)]
    fn decimal(self) -> String {
        let mut buf = [0u8; 63];
        let first = write_limbs(self.in_billions(), &mut buf);
        String::from_utf8_lossy(&buf[first..]).into_owned()
    }

    /// Decimal digits as a number; `None` past 192 bits.
    fn parse(digits: &str) -> Option<Wide> {
        let mut n = Wide::default();
        for d in digits.bytes() {
            let mut carry = u128::from(d.checked_sub(b'0').filter(|d| *d < 10)?);
            for limb in n.0.iter_mut() {
                let cur = u128::from(*limb) * 10 + carry;
                *limb = cur as u64;
                carry = cur >> 64;
            }
            if carry != 0 {
                return None;
            }
        }
        Some(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const START: u64 = 1_795_637_965_000_000;

    #[test]
    fn round_trips_at_56_digits_in_the_kinesis_layout() {
        let n = SequenceNumber::new(START + 123_456, ShardId(3), START);
        let s = n.to_string();
        assert_eq!(s.len(), 56);
        assert!(s.starts_with("49"), "{s}");
        assert_eq!(SequenceNumber::parse(&s), Some(n));
        assert_eq!(n.time_secs(), 1_795_637_965);
    }

    #[test]
    fn fields_sit_where_kinesis_puts_them() {
        // The layout's fields, hex digit by hex digit.
        let n = SequenceNumber::new(0x1234, ShardId(0x1b), 0x0a_0000_0000 * MICROS);
        let s = n.to_string();
        let wide = Wide::parse(&s).unwrap();
        let hex: String = (0..47).rev().map(|i| format!("{:x}", wide.bits(i * 4, 4))).collect();
        assert_eq!(hex, "2a00000000b0000000000001234000000000000000001b2");
        assert_eq!(wide.decimal(), s);
    }

    #[test]
    fn numbers_of_the_earlier_layout_still_read() {
        let legacy = "49000000000000001795731603918000000000000001000000000001";
        assert_eq!(
            SequenceNumber::parse(legacy),
            Some(SequenceNumber {
                counter: 1_795_731_603_918_000,
                shard: ShardId(1),
                origin: Origin::Stream(1)
            })
        );
        assert_eq!(SequenceNumber::parse(legacy).map(|n| n.to_string()).as_deref(), Some(legacy));
        // Every number of this layout is above every one of the earlier.
        let newest_legacy = SequenceNumber {
            counter: MAX_COUNTER,
            shard: ShardId(u32::MAX),
            origin: Origin::Stream(999_999_999_999),
        };
        let oldest = SequenceNumber::new(0, ShardId(0), 0);
        assert!(newest_legacy.to_string() < oldest.to_string());
    }

    #[test]
    fn rejects_foreign_numbers() {
        assert_eq!(SequenceNumber::parse("1"), None);
        assert_eq!(SequenceNumber::parse(&"5".repeat(56)), None);
        assert_eq!(SequenceNumber::parse(&format!("49{}", "x".repeat(54))), None);
        assert_eq!(SequenceNumber::parse(&format!("49{}", "9".repeat(54))), None);
        assert_eq!(SequenceNumber::parse(&"9".repeat(56)), None);
        // A number whose record time disagrees with its counter was not issued.
        let n = SequenceNumber::new(START, ShardId(0), START);
        let mut wide = Wide::parse(&n.to_string()).unwrap();
        wide.put(37, 1, 1);
        assert_eq!(SequenceNumber::parse(&wide.decimal()), None);
    }

    proptest::proptest! {
        #[test]
        fn numbers_round_trip(counter in 0..=MAX_COUNTER, shard: u32, start in 0..=MAX_COUNTER) {
            let n = SequenceNumber::new(counter, ShardId(shard), start.min(counter));
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
        fn text_order_is_number_order_within_a_shard(a in 0..=MAX_COUNTER, b in 0..=MAX_COUNTER, shard: u32) {
            let start = a.min(b);
            let n = |counter| SequenceNumber::new(counter, ShardId(shard), start);
            proptest::prop_assert_eq!(n(a).to_string().cmp(&n(b).to_string()), a.cmp(&b));
        }
    }
}
