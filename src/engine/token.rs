//! Pagination tokens (`NextToken`) and the seal that shard iterators share with them.
//!
//! Token format: base64 of the text `v2`, the issue time in epoch milliseconds and the
//! caller's fields, joined by newlines (the fields — names, ids, numbers, JSON — never contain
//! one), followed by the seal: the first 16 bytes of HMAC-SHA256 over that text with the
//! store's secret. A token whose seal does not verify is `InvalidArgumentException`; like
//! Kinesis's own, a token is good for 300 seconds, then `ExpiredNextTokenException`.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::error::{Error, Result};
use crate::model::Timestamp;
use crate::model::limits::NEXT_TOKEN_TTL;

/// How long a token stays valid, in milliseconds.
const TTL_MS: i64 = NEXT_TOKEN_TTL.as_millis() as i64;
/// Bytes of MAC a sealed message ends with.
pub(crate) const SEAL_LEN: usize = 16;

fn hmac(secret: &[u8]) -> Hmac<Sha256> {
    // HMAC takes keys of any length, so this never fails.
    <Hmac<Sha256>>::new_from_slice(secret).unwrap_or_else(|_| unreachable!("HMAC key length"))
}

/// Appends the seal of `bytes` (signed with `secret`) to them.
pub(crate) fn seal(secret: &[u8], bytes: &mut Vec<u8>) {
    let mut m = hmac(secret);
    m.update(bytes);
    bytes.extend_from_slice(&m.finalize().into_bytes()[..SEAL_LEN]);
}

/// The message of `sealed`, if its seal is `secret`'s; `None` for any other bytes.
pub(crate) fn unseal<'a>(secret: &[u8], sealed: &'a [u8]) -> Option<&'a [u8]> {
    let body_len = sealed.len().checked_sub(SEAL_LEN)?;
    let (body, tag) = sealed.split_at(body_len);
    let mut m = hmac(secret);
    m.update(body);
    m.verify_truncated_left(tag).ok()?;
    Some(body)
}

/// Encodes `fields` as a token issued at `now`.
pub fn encode(secret: &[u8], fields: &[&str], now: Timestamp) -> String {
    let mut text = format!("v2\n{}", now.0);
    for f in fields {
        text.push('\n');
        text.push_str(f);
    }
    let mut bytes = text.into_bytes();
    seal(secret, &mut bytes);
    STANDARD.encode(bytes)
}

/// Decodes a token made by [`encode`] with `count` fields.
pub fn decode(secret: &[u8], token: &str, count: usize, now: Timestamp) -> Result<Vec<String>> {
    let invalid = || Error::InvalidArgument(format!("Invalid NextToken: {token}"));
    let bytes = STANDARD.decode(token).map_err(|_| invalid())?;
    let body = unseal(secret, &bytes).ok_or_else(invalid)?;
    let text = std::str::from_utf8(body).map_err(|_| invalid())?;
    let mut parts = text.split('\n');
    if parts.next() != Some("v2") {
        return Err(invalid());
    }
    let issued: i64 = parts.next().and_then(|s| s.parse().ok()).ok_or_else(invalid)?;
    let fields: Vec<String> = parts.map(str::to_string).collect();
    if fields.len() != count {
        return Err(invalid());
    }
    if now.0.saturating_sub(issued) > TTL_MS {
        return Err(Error::ExpiredNextToken(format!(
            "The timestamp of the NextToken has expired: it was issued more than {} seconds ago.",
            TTL_MS / 1000
        )));
    }
    Ok(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_expires() {
        let t = encode(b"k", &["7", "shardId-000000000003"], Timestamp(1_000));
        assert_eq!(
            decode(b"k", &t, 2, Timestamp(2_000)).ok(),
            Some(vec!["7".to_string(), "shardId-000000000003".to_string()])
        );
        assert!(matches!(decode(b"k", &t, 2, Timestamp(400_000)), Err(Error::ExpiredNextToken(_))));
        assert!(matches!(decode(b"k", &t, 1, Timestamp(2_000)), Err(Error::InvalidArgument(_))));
        assert!(matches!(
            decode(b"k", "garbage!", 1, Timestamp(0)),
            Err(Error::InvalidArgument(_))
        ));
    }

    #[test]
    fn an_unsealed_or_foreign_token_is_invalid() {
        // What an unsigned token of the same text would look like, issued far in the future.
        let forged = STANDARD.encode("v2\n99999999999999\nzzz");
        assert!(matches!(decode(b"k", &forged, 1, Timestamp(0)), Err(Error::InvalidArgument(_))));
        let other = encode(b"another store", &["zzz"], Timestamp(0));
        assert!(matches!(decode(b"k", &other, 1, Timestamp(0)), Err(Error::InvalidArgument(_))));
    }

    proptest::proptest! {
        #[test]
        fn any_fields_round_trip(fields in proptest::collection::vec("[^\n]{0,40}", 0..5), now in 0i64..4_000_000_000_000) {
            let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
            let token = encode(b"k", &refs, Timestamp(now));
            proptest::prop_assert_eq!(decode(b"k", &token, fields.len(), Timestamp(now)).ok(), Some(fields));
        }

        #[test]
        fn every_changed_bit_is_rejected(fields in proptest::collection::vec("[^\n]{0,40}", 1..4), at: proptest::sample::Index, bit in 0u8..8) {
            let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
            let mut bytes = STANDARD.decode(encode(b"k", &refs, Timestamp(7))).unwrap_or_default();
            let i = at.index(bytes.len());
            bytes[i] ^= 1 << bit;
            let forged = STANDARD.encode(&bytes);
            proptest::prop_assert!(matches!(decode(b"k", &forged, fields.len(), Timestamp(7)), Err(Error::InvalidArgument(_))));
        }

        #[test]
        fn any_text_is_refused_without_a_panic(text in "\\PC{0,200}", count in 0usize..5) {
            proptest::prop_assert!(decode(b"k", &text, count, Timestamp(0)).is_err());
        }
    }
}
