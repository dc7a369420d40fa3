//! `serve --verify-signatures`: a request's SigV4 signature checked against a key pair, as AWS
//! checks it: the key must be the one configured (else UnrecognizedClientException), the
//! signing time within 15 minutes of now, and the signature the one the canonical request
//! gives (else InvalidSignatureException, with the canonical request and string to sign AWS
//! would have used, so a team debugging its signer sees where it went wrong).
//!
//! Signatures in the `Authorization` header are verified; presigned query strings are not
//! (SDKs never presign Kinesis calls), and are refused under this option.

use std::time::{Duration, SystemTime};

use hyper::HeaderMap;
use hyper::header;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// A key pair that signs requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    /// The access key id (`AKIA…`).
    pub access_key_id: String,
    /// The secret access key.
    pub secret_access_key: String,
}

/// How far a request's signing time may be from the server's clock.
const SKEW: Duration = Duration::from_secs(15 * 60);

/// What is verified of a request: its line and headers, and its body as sent.
pub struct Signed<'a> {
    /// The method.
    pub method: &'a str,
    /// The path.
    pub path: &'a str,
    /// The query string, if any.
    pub query: Option<&'a str>,
    /// The host (the `Host` header, or HTTP/2's authority).
    pub host: Option<&'a str>,
    /// The headers.
    pub headers: &'a HeaderMap,
    /// The body, as it came.
    pub body: &'a [u8],
}

fn invalid(message: String) -> Error {
    Error::Service { code: "InvalidSignatureException".into(), message }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `X-Amz-Date`'s form, `20260101T000000Z`.
const AMZ_DATE: &[time::format_description::BorrowedFormatItem<'_>] =
    time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");

/// `20260101T000000Z` as a time.
fn amz_date(text: &str) -> Option<SystemTime> {
    let t = time::PrimitiveDateTime::parse(text, AMZ_DATE).ok()?.assume_utc();
    let secs = u64::try_from(t.unix_timestamp()).ok()?;
    Some(SystemTime::UNIX_EPOCH + Duration::from_secs(secs))
}

fn format_amz(t: SystemTime) -> String {
    let secs = t.duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default().as_secs() as i64;
    time::OffsetDateTime::from_unix_timestamp(secs)
        .ok()
        .and_then(|d| d.format(AMZ_DATE).ok())
        .unwrap_or_default()
}

/// Verifies `request`'s signature with `keys`, at `now`.
pub fn verify(keys: &Keys, request: &Signed<'_>, now: SystemTime) -> Result<()> {
    let Some(authorization) =
        request.headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok())
    else {
        return Err(invalid(
            "kinesis serve --verify-signatures verifies signatures in the Authorization header \
             only, not presigned query strings"
                .into(),
        ));
    };
    let part = |name: &str| {
        authorization
            .split([',', ' '])
            .filter_map(|p| p.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
            .unwrap_or_default()
    };
    let (credential, signed_headers, signature) =
        (part("Credential"), part("SignedHeaders"), part("Signature"));
    let scope: Vec<&str> = credential.splitn(5, '/').collect();
    let [key_id, day, region, service, _] = scope[..] else {
        return Err(invalid(format!(
            "Credential should be scoped to a valid region, not '{credential}'. "
        )));
    };
    if key_id != keys.access_key_id {
        return Err(Error::Service {
            code: "UnrecognizedClientException".into(),
            message: "The security token included in the request is invalid.".into(),
        });
    }
    let date = request.headers.get("x-amz-date").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let Some(signed_at) = amz_date(date) else {
        return Err(invalid(format!("'{date}' is not a valid X-Amz-Date (YYYYMMDD'T'HHMMSS'Z')")));
    };
    if signed_at + SKEW < now {
        return Err(invalid(format!(
            "Signature expired: {date} is now earlier than {} ({} - 15 min.)",
            format_amz(now - SKEW),
            format_amz(now)
        )));
    }
    if signed_at > now + SKEW {
        return Err(invalid(format!(
            "Signature not yet current: {date} is still later than {} ({} + 15 min.)",
            format_amz(now + SKEW),
            format_amz(now)
        )));
    }
    let canonical = canonical_request(request, signed_headers);
    let scope = credential.split_once('/').map_or("", |(_, s)| s);
    let string_to_sign = format!(
        "AWS4-HMAC-SHA256\n{date}\n{scope}\n{}",
        hex(&Sha256::digest(canonical.as_bytes()))
    );
    let day_start = amz_date(&format!("{day}T000000Z")).unwrap_or(signed_at);
    let key = aws_sigv4::sign::v4::generate_signing_key(
        &keys.secret_access_key,
        day_start,
        region,
        service,
    );
    let expected = aws_sigv4::sign::v4::calculate_signature(key, string_to_sign.as_bytes());
    if !constant_time_eq(expected.as_bytes(), signature.as_bytes()) {
        return Err(invalid(format!(
            "The request signature we calculated does not match the signature you provided. \
             Check your AWS Secret Access Key and signing method. Consult the service \
             documentation for details.\n\nThe Canonical String for this request should have \
             been\n'{canonical}'\n\nThe String-to-Sign should have been\n'{string_to_sign}'\n"
        )));
    }
    Ok(())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// SigV4's canonical request: method, path, sorted query, the signed headers (values trimmed,
/// inner spaces collapsed), their names, and the payload's hash.
fn canonical_request(r: &Signed<'_>, signed_headers: &str) -> String {
    let mut query: Vec<&str> =
        r.query.unwrap_or_default().split('&').filter(|p| !p.is_empty()).collect();
    query.sort_unstable();
    let mut headers = String::new();
    for name in signed_headers.split(';') {
        let values: Vec<String> = r
            .headers
            .get_all(name)
            .iter()
            .map(|v| {
                String::from_utf8_lossy(v.as_bytes())
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let value = match (values.is_empty(), name) {
            (true, "host") => r.host.unwrap_or_default().to_string(),
            _ => values.join(","),
        };
        headers.push_str(&format!("{name}:{value}\n"));
    }
    let payload = match r.headers.get("x-amz-content-sha256").and_then(|v| v.to_str().ok()) {
        Some(declared) => declared.to_string(),
        None => hex(&Sha256::digest(r.body)),
    };
    let path = if r.path.is_empty() { "/" } else { r.path };
    format!("{}\n{path}\n{}\n{headers}\n{signed_headers}\n{payload}", r.method, query.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyper::header::HeaderValue;

    /// AWS's own worked example (the SigV4 test suite's `get-vanilla`): key, request and
    /// signature as AWS publishes them.
    #[test]
    fn aws_published_example_verifies() {
        let keys = Keys {
            access_key_id: "AKIDEXAMPLE".into(),
            secret_access_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".into(),
        };
        let mut headers = HeaderMap::new();
        headers.insert("host", HeaderValue::from_static("example.amazonaws.com"));
        headers.insert("x-amz-date", HeaderValue::from_static("20150830T123600Z"));
        headers.insert(
            "authorization",
            HeaderValue::from_static(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, \
                 SignedHeaders=host;x-amz-date, \
                 Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            ),
        );
        let request = Signed {
            method: "GET",
            path: "/",
            query: None,
            host: None,
            headers: &headers,
            body: b"",
        };
        let at = amz_date("20150830T123600Z").unwrap();
        assert_eq!(verify(&keys, &request, at).ok(), Some(()));
        // Another secret, another key, another hour: each is refused as AWS refuses it.
        let other = Keys { secret_access_key: "x".into(), ..keys.clone() };
        let e = verify(&other, &request, at).unwrap_err();
        assert_eq!(e.code(), "InvalidSignatureException");
        assert!(e.to_string().contains("'GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'"), "{e}");
        let unknown = Keys { access_key_id: "AKIDOTHER".into(), ..keys.clone() };
        assert_eq!(
            verify(&unknown, &request, at).unwrap_err().code(),
            "UnrecognizedClientException"
        );
        let late = verify(&keys, &request, at + Duration::from_secs(3600)).unwrap_err();
        assert_eq!(
            late.to_string(),
            "Signature expired: 20150830T123600Z is now earlier than 20150830T132100Z \
             (20150830T133600Z - 15 min.)"
        );
    }
}
