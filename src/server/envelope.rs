//! What AWS answers around a request before its action sees it: request ids, CORS for
//! browsers, and the SigV4 envelope.
//!
//! Every answer carries `x-amzn-RequestId` (a UUID) and `x-amz-id-2` (72 random bytes in
//! base64; not on a CORS preflight), as AWS's do. A request with an `Origin` is answered with
//! `Access-Control-Allow-Origin: *` and the headers a browser SDK reads exposed; an `OPTIONS`
//! preflight is answered at once, echoing the method and headers asked for.
//!
//! The envelope is checked as AWS checks it by default ([`Auth::Envelope`]): a signature must
//! be there, in the header or the query but not both, with all of its parts; it is not
//! verified unless asked ([`Auth::Verify`], [`super::sigv4`]). [`Auth::Off`] lets unsigned
//! requests in (curl).

use base64::Engine as _;
use hyper::HeaderMap;
use hyper::header::{self, HeaderValue};

use super::sigv4::{Keys, Signed};
use crate::error::{Error, Result};

/// How `serve` checks a request's signature.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Auth {
    /// As AWS: a signature must be there and complete in form; it is not verified.
    #[default]
    Envelope,
    /// Unsigned requests are accepted.
    Off,
    /// The envelope, and the signature verified with these keys.
    Verify(Keys),
}

/// A request id as AWS's: a random UUID.
pub fn request_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// An `x-amz-id-2` as AWS's: 72 random bytes, in base64.
pub fn id_2() -> String {
    let mut bytes = [0u8; 72];
    // Without the system's randomness the id is still well-formed, only not unique.
    let _ = getrandom::fill(&mut bytes);
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The headers a browser may read from an answer (the SDK for JavaScript reads these).
const EXPOSED: &str =
    "x-amzn-RequestId,x-amzn-ErrorType,x-amz-request-id,x-amz-id-2,x-amzn-ErrorMessage,Date";

/// The CORS headers of an answer to a request from a page (one with an `Origin`).
pub fn cors(request: &HeaderMap, answer: &mut HeaderMap) {
    if request.contains_key(header::ORIGIN) {
        answer.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
        answer.insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static(EXPOSED));
    }
}

/// The headers of the answer to a CORS preflight: what the browser asked to send, allowed,
/// for two days.
pub fn preflight(request: &HeaderMap, answer: &mut HeaderMap) {
    answer.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    let echoes = [
        (header::ACCESS_CONTROL_REQUEST_HEADERS, header::ACCESS_CONTROL_ALLOW_HEADERS),
        (header::ACCESS_CONTROL_REQUEST_METHOD, header::ACCESS_CONTROL_ALLOW_METHODS),
    ];
    for (asked, allowed) in echoes {
        if let Some(v) = request.get(asked) {
            answer.insert(allowed, v.clone());
        }
    }
    answer.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("172800"));
}

fn service(code: &str, message: String) -> Error {
    Error::Service { code: code.into(), message }
}

/// Checks the SigV4 envelope of a request (and, with [`Auth::Verify`], its signature).
pub fn check(auth: &Auth, request: &Signed<'_>) -> Result<()> {
    if *auth == Auth::Off {
        return Ok(());
    }
    envelope(request.headers, request.query)?;
    match auth {
        Auth::Verify(keys) => super::sigv4::verify(keys, request, std::time::SystemTime::now()),
        _ => Ok(()),
    }
}

/// The envelope alone: a signature there, in one place, with all its parts.
fn envelope(headers: &HeaderMap, query: Option<&str>) -> Result<()> {
    let params: Vec<(&str, &str)> = query
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect();
    let in_query = |name: &str| params.iter().any(|(k, v)| *k == name && !v.is_empty());
    let authorization = headers.get(header::AUTHORIZATION).map(|v| v.to_str().unwrap_or("?"));
    match (authorization, params.iter().any(|(k, _)| *k == "X-Amz-Algorithm")) {
        (Some(_), true) => Err(service(
            "InvalidSignatureException",
            "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP \
             header."
                .into(),
        )),
        (None, false) => Err(service(
            "MissingAuthenticationTokenException",
            "Missing Authentication Token".into(),
        )),
        (Some(value), false) => {
            // `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`
            let parts: Vec<(&str, &str)> = value
                .split([',', ' '])
                .skip(1)
                .filter(|p| !p.is_empty())
                .map(|p| p.trim().split_once('=').unwrap_or((p, "")))
                .collect();
            let mut missing = String::new();
            for name in ["Credential", "Signature", "SignedHeaders"] {
                if !parts.iter().any(|(k, v)| *k == name && !v.is_empty()) {
                    missing
                        .push_str(&format!("Authorization header requires '{name}' parameter. "));
                }
            }
            if !headers.contains_key("x-amz-date") && !headers.contains_key(header::DATE) {
                missing.push_str(
                    "Authorization header requires existence of either a 'X-Amz-Date' or a \
                     'Date' header. ",
                );
            }
            match missing.is_empty() {
                true => Ok(()),
                false => Err(service(
                    "IncompleteSignatureException",
                    format!("{missing}Authorization={value}"),
                )),
            }
        }
        (None, true) => {
            let mut missing = String::new();
            for name in [
                "X-Amz-Algorithm",
                "X-Amz-Credential",
                "X-Amz-Signature",
                "X-Amz-SignedHeaders",
                "X-Amz-Date",
            ] {
                if !in_query(name) {
                    missing
                        .push_str(&format!("AWS query-string parameters must include '{name}'. "));
                }
            }
            match missing.is_empty() {
                true => Ok(()),
                false => Err(service(
                    "IncompleteSignatureException",
                    format!("{missing}Re-examine the query-string parameters."),
                )),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| (header::HeaderName::from_static(k), HeaderValue::from_static(v)))
            .collect()
    }

    fn answer(h: &HeaderMap, q: Option<&str>) -> (String, String) {
        match envelope(h, q) {
            Ok(()) => ("ok".into(), String::new()),
            Err(e) => (e.code().to_string(), e.to_string()),
        }
    }

    #[test]
    fn a_complete_envelope_passes_and_off_lets_anything_in() {
        let signed = headers(&[
            (
                "authorization",
                "AWS4-HMAC-SHA256 Credential=A/20260101/us-east-1/kinesis/aws4_request, SignedHeaders=host;x-amz-date, Signature=ab",
            ),
            ("x-amz-date", "20260101T000000Z"),
        ]);
        assert_eq!(answer(&signed, None).0, "ok");
        let unsigned = Signed {
            method: "POST",
            path: "/",
            query: None,
            host: None,
            headers: &HeaderMap::new(),
            body: b"",
        };
        assert_eq!(check(&Auth::Off, &unsigned).ok(), Some(()));
        assert!(check(&Auth::Envelope, &unsigned).is_err());
        let query = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=c&X-Amz-Signature=s&X-Amz-SignedHeaders=host&X-Amz-Date=d";
        assert_eq!(answer(&HeaderMap::new(), Some(query)).0, "ok");
    }

    #[test]
    fn what_is_missing_is_named() {
        assert_eq!(
            answer(&HeaderMap::new(), None),
            ("MissingAuthenticationTokenException".into(), "Missing Authentication Token".into())
        );
        assert_eq!(
            answer(&headers(&[("authorization", "AWS4-HMAC-SHA256 Signature=ab")]), None),
            (
                "IncompleteSignatureException".into(),
                "Authorization header requires 'Credential' parameter. Authorization header \
                 requires 'SignedHeaders' parameter. Authorization header requires existence of \
                 either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256 \
                 Signature=ab"
                    .into()
            )
        );
        assert_eq!(
            answer(&HeaderMap::new(), Some("X-Amz-Algorithm=a&X-Amz-Date=d")),
            (
                "IncompleteSignatureException".into(),
                "AWS query-string parameters must include 'X-Amz-Credential'. AWS query-string \
                 parameters must include 'X-Amz-Signature'. AWS query-string parameters must \
                 include 'X-Amz-SignedHeaders'. Re-examine the query-string parameters."
                    .into()
            )
        );
        assert_eq!(
            answer(&headers(&[("authorization", "x")]), Some("X-Amz-Algorithm=a")).0,
            "InvalidSignatureException"
        );
    }

    #[test]
    fn ids_look_like_aws() {
        let id = request_id();
        assert_eq!(id.len(), 36);
        assert_eq!(id.as_bytes()[14], b'4');
        assert_ne!(request_id(), id);
        assert_eq!(id_2().len(), 96);
    }
}
