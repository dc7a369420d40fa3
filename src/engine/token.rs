//! Pagination tokens (`NextToken`): where the next page starts, and when the token was issued.
//!
//! Format: base64 of `v1`, the issue time in epoch milliseconds and the caller's fields, joined
//! by newlines (the fields — names, ids, numbers — never contain one). Like Kinesis's own,
//! a token is good for 300 seconds.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use crate::error::{Error, Result};
use crate::model::Timestamp;

/// How long a token stays valid.
const TTL_MS: i64 = 300_000;

/// Encodes `fields` as a token issued at `now`.
pub fn encode(fields: &[&str], now: Timestamp) -> String {
    let mut text = format!("v1\n{}", now.0);
    for f in fields {
        text.push('\n');
        text.push_str(f);
    }
    STANDARD.encode(text)
}

/// Decodes a token made by [`encode`] with `count` fields.
pub fn decode(token: &str, count: usize, now: Timestamp) -> Result<Vec<String>> {
    let invalid = || Error::InvalidArgument(format!("Invalid NextToken: {token}"));
    let bytes = STANDARD.decode(token).map_err(|_| invalid())?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    let mut parts = text.split('\n');
    if parts.next() != Some("v1") {
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
        let t = encode(&["7", "shardId-000000000003"], Timestamp(1_000));
        assert_eq!(
            decode(&t, 2, Timestamp(2_000)).ok(),
            Some(vec!["7".to_string(), "shardId-000000000003".to_string()])
        );
        assert!(matches!(decode(&t, 2, Timestamp(400_000)), Err(Error::ExpiredNextToken(_))));
        assert!(matches!(decode(&t, 1, Timestamp(2_000)), Err(Error::InvalidArgument(_))));
        assert!(matches!(decode("garbage!", 1, Timestamp(0)), Err(Error::InvalidArgument(_))));
    }
}
