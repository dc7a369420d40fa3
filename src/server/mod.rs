//! The Kinesis JSON 1.1 HTTP API over any `Kinesis` backend: `POST /` with
//! `X-Amz-Target: Kinesis_20131202.<Action>` and an `application/x-amz-json-1.1` body; blobs
//! as base64, timestamps as epoch seconds; errors as `{"__type": …, "message": …}` with HTTP
//! 400 (500 for `InternalFailure`). The same in CBOR ([`cbor`]), read as the JSON it stands
//! for and answered in kind. Requests are checked in AWS's order — CORS preflight,
//! method, content type, target, body, the signature's envelope ([`envelope`]), member types,
//! required members — with AWS's messages. Any other method is AWS's AccessDeniedException,
//! except `GET /health`, which answers 200 while the server runs. SubscribeToShard answers an
//! event stream ([`events`]) instead of a JSON body.

mod cbor;
mod dispatch;
pub mod envelope;
mod events;
pub mod faults;
pub mod listener;
mod records_json;
mod schema;
pub mod sigv4;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Either, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::{HeaderMap, Method, Request, Response, StatusCode};
use serde_json::{Value, json};

use crate::backend::Kinesis;
use crate::error::{Error, Result};
use crate::model::{Action, shapes};
use crate::output;
pub use envelope::Auth;
pub use listener::Limits;
pub use sigv4::Keys;

/// The largest request accepted: a PutRecord of the largest record a stream may take (10 MiB,
/// in base64, with its key) fits, and so does a full PutRecords (5 MiB); anything bigger is
/// refused with 413 without being read to its end.
pub const MAX_REQUEST_BYTES: usize = 14 * 1024 * 1024;
/// How long a client may take to send its body.
const BODY_TIMEOUT: Duration = Duration::from_secs(60);

const AMZ_JSON: &str = "application/x-amz-json-1.1";

/// What every answer is made of: a body in full, or SubscribeToShard's event stream.
type Answer = Response<Either<Full<Bytes>, events::EventBody>>;

/// How a server answers, beyond its backend.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Connection limits and timeouts.
    pub limits: Limits,
    /// Log each request to stderr.
    pub debug: bool,
    /// How signatures are checked.
    pub auth: Auth,
    /// Scripted faults (`--faults`).
    pub faults: Option<Arc<faults::Injector>>,
}

struct App {
    backend: Arc<dyn Kinesis>,
    debug: bool,
    auth: Auth,
    faults: Option<Arc<faults::Injector>>,
}

/// Serves `backend` on `listener` until `shutdown` completes, then gives the requests in
/// flight a moment to finish (whatever was acknowledged is committed) and returns. Works on
/// any tokio runtime: the backend's blocking calls run on the runtime's blocking threads.
pub async fn serve(
    backend: Arc<dyn Kinesis>,
    listener: tokio::net::TcpListener,
    options: Options,
    shutdown: impl Future<Output = ()>,
) -> Result<()> {
    if let Some(faults) = &options.faults {
        tokio::spawn(faults.clone().run_timed(backend.clone()));
    }
    let app =
        Arc::new(App { backend, debug: options.debug, auth: options.auth, faults: options.faults });
    let handler = move |peer: SocketAddr, req: Request<Incoming>| {
        let app = app.clone();
        async move { handle(&app, peer, req).await }
    };
    listener::run(listener, options.limits, handler, shutdown).await;
    Ok(())
}

fn response(status: StatusCode, body: impl Into<Bytes>) -> Answer {
    let mut r = Response::new(Either::Left(Full::new(body.into())));
    *r.status_mut() = status;
    r
}

fn json_response(status: StatusCode, body: &Value) -> Answer {
    bytes_response(status, body.to_string().into_bytes())
}

fn bytes_response(status: StatusCode, body: Vec<u8>) -> Answer {
    typed(response(status, body), AMZ_JSON)
}

/// `r` with its content type.
fn typed(mut r: Answer, content_type: &'static str) -> Answer {
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}

/// How a request's body (and so its answer) is encoded.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wire {
    /// `application/x-amz-json-1.1` (or 1.0).
    Json,
    /// `application/x-amz-cbor-1.1`.
    Cbor,
}

impl Wire {
    /// A body of `json` (an answer of `shape`, when it is one), in this encoding.
    fn answer(self, status: StatusCode, json: Vec<u8>, shape: Option<shapes::Id>) -> Answer {
        match self {
            Wire::Json => bytes_response(status, json),
            Wire::Cbor => {
                typed(response(status, cbor::json_to_response(&json, shape)), cbor::CONTENT_TYPE)
            }
        }
    }

    /// An error body, `{"__type": …}` and its message.
    fn error(self, status: StatusCode, body: &Value) -> Answer {
        match self {
            Wire::Json => json_response(status, body),
            Wire::Cbor => typed(response(status, cbor::error(body)), cbor::CONTENT_TYPE),
        }
    }
}

/// An error as AWS sends it. Only the service's own errors say what went wrong; anything
/// else (the store, the machine) is InternalFailure with AWS's generic text, its details
/// logged here and never sent.
fn error_response(e: &Error, id: &str, wire: Wire) -> Answer {
    if !e.is_service() {
        output::log(&format!("serve: request {id} failed: {}: {e}", e.code()));
        let body = json!({
            "__type": "InternalFailure",
            "message": "The request processing has failed because of an unknown error, \
                        exception or failure.",
        });
        return wire.error(StatusCode::INTERNAL_SERVER_ERROR, &body);
    }
    let code = e.code();
    let message = e.to_string();
    let body = match (code, message.is_empty()) {
        (_, true) => json!({ "__type": code }),
        // Kinesis spells this one's member with a capital M.
        ("SerializationException", false) => json!({ "__type": code, "Message": message }),
        _ => json!({ "__type": code, "message": message }),
    };
    wire.error(StatusCode::BAD_REQUEST, &body)
}

fn xml_error(status: StatusCode, kind: &str, msg: &str) -> Answer {
    response(status, format!("<{kind}>\n  <Message>{msg}</Message>\n</{kind}>\n"))
}

async fn handle(app: &App, peer: SocketAddr, req: Request<Incoming>) -> Answer {
    let started = Instant::now();
    let (parts, body) = req.into_parts();
    let id = envelope::request_id();
    let preflight = parts.method == Method::OPTIONS && parts.headers.contains_key(header::ORIGIN);
    let mut response = if preflight {
        let mut r = response(StatusCode::OK, Bytes::new());
        envelope::preflight(&parts.headers, r.headers_mut());
        r
    } else {
        respond(app, &id, &parts, body).await
    };
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&id) {
        headers.insert("x-amzn-RequestId", v);
    }
    if !preflight {
        if let Ok(v) = HeaderValue::from_str(&envelope::id_2()) {
            headers.insert("x-amz-id-2", v);
        }
        envelope::cors(&parts.headers, headers);
    }
    if app.debug {
        let target = header_str(&parts.headers, "x-amz-target");
        output::log(&format!(
            "serve: {} {:?} {} {} {} {} in {:.3?}",
            peer,
            parts.version,
            parts.method,
            parts.uri.path(),
            target.rsplit('.').next().unwrap_or_default(),
            response.status().as_u16(),
            started.elapsed()
        ));
    }
    response
}

fn header_str<'a>(h: &'a HeaderMap, name: &str) -> &'a str {
    h.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default()
}

async fn respond(
    app: &App,
    id: &str,
    parts: &hyper::http::request::Parts,
    body: Incoming,
) -> Answer {
    let (method, headers) = (&parts.method, &parts.headers);
    if method == Method::GET && parts.uri.path() == "/health" {
        return json_response(StatusCode::OK, &json!({ "Status": "OK" }));
    }
    if method != Method::POST {
        return xml_error(
            StatusCode::FORBIDDEN,
            "AccessDeniedException",
            "Unable to determine service/operation name to be authorized",
        );
    }
    let content_type = header_str(headers, "content-type")
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_string();
    let target = header_str(headers, "x-amz-target");
    let (service, operation) = target.split_once('.').unwrap_or((target, ""));
    let action = Action::from_name(operation).filter(|_| service == "Kinesis_20131202");
    let known = action.is_some();
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_REQUEST_BYTES) {
        return response(StatusCode::PAYLOAD_TOO_LARGE, Bytes::new());
    }
    let collected =
        tokio::time::timeout(BODY_TIMEOUT, Limited::new(body, MAX_REQUEST_BYTES).collect()).await;
    let bytes: Bytes = match collected {
        Ok(Ok(b)) => b.to_bytes(),
        Ok(Err(_)) => return response(StatusCode::PAYLOAD_TOO_LARGE, Bytes::new()),
        Err(_) => return response(StatusCode::REQUEST_TIMEOUT, Bytes::new()),
    };
    let wire = match content_type.as_str() {
        AMZ_JSON | "application/x-amz-json-1.0" => Some(Wire::Json),
        cbor::CONTENT_TYPE => Some(Wire::Cbor),
        _ => None,
    };
    // An empty body is answered in JSON only when it was declared JSON; in CBOR otherwise.
    if bytes.is_empty() {
        let code = if known { "SerializationException" } else { "UnknownOperationException" };
        return wire
            .unwrap_or(Wire::Cbor)
            .error(StatusCode::BAD_REQUEST, &json!({ "__type": code }));
    }
    if content_type == "application/json" {
        return plain_json(&bytes);
    }
    let Some(wire) = wire else {
        if service.is_empty() || operation.is_empty() {
            return xml_error(
                StatusCode::FORBIDDEN,
                "AccessDeniedException",
                "Unable to determine service/operation name to be authorized",
            );
        }
        return response(StatusCode::NOT_FOUND, "<UnknownOperationException/>\n");
    };
    // Only an object (a map) can be a request. For an action we serve, its own parse finds
    // out (CBOR is read as the JSON it stands for); for any other, the body decides between
    // the two errors, as with AWS.
    let raw = bytes;
    let bytes = match wire {
        Wire::Json => raw.clone(),
        Wire::Cbor => {
            let input = action.and_then(|a| shapes::operation(a.name())).and_then(|o| o.input);
            match cbor::request_to_json(&raw, input) {
                Ok(json) => Bytes::from(json),
                Err(cbor::Malformed) => {
                    let body = json!({ "__type": "SerializationException" });
                    return wire.error(StatusCode::BAD_REQUEST, &body);
                }
            }
        }
    };
    let object = || {
        bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
            && serde_json::from_slice::<serde::de::IgnoredAny>(&bytes).is_ok()
    };
    if !known && !object() {
        return wire.error(StatusCode::BAD_REQUEST, &json!({ "__type": "SerializationException" }));
    }
    let Some(action) = action else {
        return wire
            .error(StatusCode::BAD_REQUEST, &json!({ "__type": "UnknownOperationException" }));
    };
    let signed = sigv4::Signed {
        method: parts.method.as_str(),
        path: parts.uri.path(),
        query: parts.uri.query(),
        host: parts.uri.authority().map(|a| a.as_str()),
        headers,
        body: &raw,
    };
    if let Err(e) = envelope::check(&app.auth, &signed) {
        return error_response(&e, id, wire);
    }
    let mut fail_records = None;
    if let Some(faults) = &app.faults {
        let d = faults.on_request(action, app.backend.as_ref()).await;
        tokio::time::sleep(d.latency).await;
        if let Some((status, code, message)) = d.error {
            let body = match message.is_empty() {
                true => json!({ "__type": code }),
                false => json!({ "__type": code, "message": message }),
            };
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
            return wire.error(status, &body);
        }
        fail_records = d.fail_records.filter(|_| action == Action::PutRecords);
    }
    // The engine does blocking I/O (SQLite): keep it off the reactor's threads.
    let backend = app.backend.clone();
    let injector = app.faults.clone();
    let runtime = tokio::runtime::Handle::current();
    let call = move || {
        runtime.block_on(async move {
            let k = backend.as_ref();
            match (fail_records, injector) {
                (Some(p), Some(injector)) => {
                    let call = async |body: Vec<u8>| match dispatch::call(k, action, &body).await? {
                        dispatch::Reply::Body(b) => Ok(b),
                        dispatch::Reply::Events(_) => {
                            Err(Error::Internal("PutRecords answered events".into()))
                        }
                    };
                    faults::put_records_partly(&injector, p, &bytes, k, call)
                        .await
                        .map(dispatch::Reply::Body)
                }
                _ => dispatch::call(k, action, &bytes).await,
            }
        })
    };
    let outcome = tokio::task::spawn_blocking(call)
        .await
        .unwrap_or_else(|e| Err(Error::Internal(format!("the request's task failed: {e}"))));
    match outcome {
        Ok(dispatch::Reply::Body(body)) => {
            let output = shapes::operation(action.name()).and_then(|o| o.output);
            wire.answer(StatusCode::OK, body, output)
        }
        Ok(dispatch::Reply::Events(subscription)) => {
            let cbor = matches!(wire, Wire::Cbor);
            let body = Either::Right(events::EventBody::new(subscription, id.to_string(), cbor));
            typed(Response::new(body), events::CONTENT_TYPE)
        }
        Err(e) => error_response(&e, id, wire),
    }
}

/// A body declared `application/json`: AWS answers it in the shape of its older protocol,
/// and goes no further.
fn plain_json(bytes: &[u8]) -> Answer {
    let object = serde_json::from_slice::<Value>(bytes).is_ok_and(|v| v.is_object());
    let (status, kind) = match object {
        false => (StatusCode::BAD_REQUEST, "SerializationException"),
        true => (StatusCode::NOT_FOUND, "UnknownOperationException"),
    };
    let body = json!({ "Output": { "__type": format!("com.amazon.coral.service#{kind}") }, "Version": "1.0" });
    typed(response(status, body.to_string()), "application/json")
}
