//! The Kinesis JSON 1.1 HTTP API over any `Kinesis` backend: `POST /` with
//! `X-Amz-Target: Kinesis_20131202.<Action>` and an `application/x-amz-json-1.1` body; blobs
//! as base64, timestamps as epoch seconds; errors as `{"__type": …, "message": …}` with HTTP
//! 400 (500 for `InternalFailure`). Requests are checked in AWS's order — method, content
//! type, target, body, member types, required members — with AWS's messages. Signatures are
//! accepted and not verified. `GET /health` answers 200 while the server runs.

mod dispatch;
mod schema;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::serve::ListenerExt;
use serde_json::{Value, json};

use crate::backend::Kinesis;
use crate::error::{Error, Result};

/// The largest request accepted: a full PutRecords (5 MiB of data, in base64, with keys)
/// fits; anything bigger is refused with 413 without being read to its end.
pub const MAX_REQUEST_BYTES: usize = 7 * 1024 * 1024;
/// How long a client may take to send its body.
const BODY_TIMEOUT: Duration = Duration::from_secs(60);

const AMZ_JSON: &str = "application/x-amz-json-1.1";

struct App {
    backend: Arc<dyn Kinesis>,
    debug: bool,
    requests: AtomicU64,
}

/// Serves `backend` on `listener` until `shutdown` completes, then finishes the requests in
/// flight (whatever was acknowledged is committed) and returns.
pub async fn serve(
    backend: Arc<dyn Kinesis>,
    listener: tokio::net::TcpListener,
    debug: bool,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<()> {
    let app = Arc::new(App { backend, debug, requests: AtomicU64::new(0) });
    let router = Router::new().fallback(handle).with_state(app);
    // Answers go out at once: no waiting on Nagle's algorithm between request and response.
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(|e| Error::Internal(format!("server: {e}")))
}

fn request_id(app: &App) -> String {
    let n = app.requests.fetch_add(1, Ordering::Relaxed);
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    format!("{:08x}-{:04x}-{:012x}", t.as_secs() as u32, (t.subsec_millis() & 0xffff), n)
}

fn json_response(status: StatusCode, body: &Value, id: &str) -> Response {
    bytes_response(status, body.to_string().into_bytes(), id)
}

fn bytes_response(status: StatusCode, body: Vec<u8>, id: &str) -> Response {
    let mut r = (status, body).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(AMZ_JSON));
    if let Ok(v) = HeaderValue::from_str(id) {
        r.headers_mut().insert("x-amzn-RequestId", v);
    }
    r
}

/// An error as AWS sends it.
fn error_response(e: &Error, id: &str) -> Response {
    let (status, code) = match e {
        Error::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "InternalFailure"),
        other => (StatusCode::BAD_REQUEST, other.code()),
    };
    let message = e.to_string();
    let body = match (code, message.is_empty()) {
        (_, true) => json!({ "__type": code }),
        // Kinesis spells this one's member with a capital M.
        ("SerializationException", false) => json!({ "__type": code, "Message": message }),
        _ => json!({ "__type": code, "message": message }),
    };
    json_response(status, &body, id)
}

fn xml_error(status: StatusCode, kind: &str, msg: &str) -> Response {
    let body = format!("<{kind}>\n  <Message>{msg}</Message>\n</{kind}>\n");
    (status, body).into_response()
}

async fn handle(
    State(app): State<Arc<App>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    req: Request,
) -> Response {
    let started = Instant::now();
    let (parts, body) = req.into_parts();
    let target = header_str(&parts.headers, "x-amz-target").to_string();
    let response = respond(&app, &parts.method, parts.uri.path(), &parts.headers, body).await;
    if app.debug {
        eprintln!(
            "kinesis: serve: {peer} {} {} {} {} in {:.3?}",
            parts.method,
            parts.uri.path(),
            target.rsplit('.').next().unwrap_or_default(),
            response.status().as_u16(),
            started.elapsed()
        );
    }
    response
}

fn header_str<'a>(h: &'a HeaderMap, name: &str) -> &'a str {
    h.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default()
}

async fn respond(
    app: &App,
    method: &Method,
    path: &str,
    headers: &HeaderMap,
    body: Body,
) -> Response {
    let id = request_id(app);
    if method == Method::GET && (path == "/health" || path == "/") {
        return json_response(StatusCode::OK, &json!({ "Status": "OK" }), &id);
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
    let known = service == "Kinesis_20131202" && dispatch::members(operation).is_some();
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_REQUEST_BYTES) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    let bytes: Bytes =
        match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_REQUEST_BYTES))
            .await
        {
            Ok(Ok(b)) => b,
            Ok(Err(_)) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
            Err(_) => return StatusCode::REQUEST_TIMEOUT.into_response(),
        };
    if content_type == "application/x-amz-cbor-1.1" {
        let e = Error::Service {
            code: "SerializationException".into(),
            message: "CBOR is not supported: use JSON (AWS_CBOR_DISABLE=true for the Java SDK)"
                .into(),
        };
        return error_response(&e, &id);
    }
    let json_type = content_type == AMZ_JSON || content_type == "application/x-amz-json-1.0";
    if bytes.is_empty() && (json_type || content_type.is_empty()) {
        let code = if known { "SerializationException" } else { "UnknownOperationException" };
        return json_response(StatusCode::BAD_REQUEST, &json!({ "__type": code }), &id);
    }
    if !json_type {
        if service.is_empty() || operation.is_empty() {
            return xml_error(
                StatusCode::FORBIDDEN,
                "AccessDeniedException",
                "Unable to determine service/operation name to be authorized",
            );
        }
        return (StatusCode::NOT_FOUND, "<UnknownOperationException/>\n").into_response();
    }
    // Only a JSON object can be a request. For an action we serve, its own parse finds out;
    // for any other the body's JSON decides between the two errors, as with AWS.
    let object = || {
        bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
            && serde_json::from_slice::<serde::de::IgnoredAny>(&bytes).is_ok()
    };
    if !known && !object() {
        return json_response(
            StatusCode::BAD_REQUEST,
            &json!({ "__type": "SerializationException" }),
            &id,
        );
    }
    if !known {
        return json_response(
            StatusCode::BAD_REQUEST,
            &json!({ "__type": "UnknownOperationException" }),
            &id,
        );
    }
    // The engine does blocking I/O (SQLite): keep it off the reactor's other tasks.
    let backend = app.backend.clone();
    let op = operation.to_string();
    let outcome = tokio::task::block_in_place(|| {
        tokio::runtime::Handle::current().block_on(dispatch::call(backend.as_ref(), &op, &bytes))
    });
    match outcome {
        Ok(body) => bytes_response(StatusCode::OK, body, &id),
        Err(e) => error_response(&e, &id),
    }
}
