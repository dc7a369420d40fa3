//! Connections: accepted within a cap, closed when a client stalls or idles too long, and all
//! gone within a bounded time of shutdown, whatever the clients do.
//!
//! hyper parses HTTP/1.1 and HTTP/2 (h2c with prior knowledge, as SDKs speak it for
//! SubscribeToShard); this module decides how long a connection may live. A watchdog per
//! connection closes it when the next request's head has not fully arrived
//! [`Limits::header_timeout`] after its first byte, or when nothing at all has come for
//! [`Limits::idle_timeout`] since the last answer ended (or the connection opened). A
//! request's own time (its body, the engine's answer, an event stream's five minutes) is the
//! handler's business: a connection is busy until its answers' bodies have ended. Past
//! [`Limits::max_connections`], a new connection gets `503` and is closed. Memory per
//! connection is bounded: a request head may not exceed [`MAX_HEAD_BYTES`].

use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use hyper::body::{Body, Bytes, Frame, Incoming, SizeHint};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};

/// The largest request head (request line and headers) a connection buffers. AWS SDK heads
/// are a few KiB; anything past this is refused with 431 and the connection closed.
pub const MAX_HEAD_BYTES: usize = 16 * 1024;
/// How long connections may finish the request they are in once shutdown begins.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);
/// How many refusals (503 past the cap) may be in progress at once; past that, a connection
/// over the cap is closed without a word.
const MAX_REFUSING: usize = 64;

/// How long clients may take, and how many may be connected at once.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// From a request's first byte to the end of its head.
    pub header_timeout: Duration,
    /// From the last answer (or the connection) to the next request's first byte.
    pub idle_timeout: Duration,
    /// Connections served at once; more are answered 503 and closed.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            max_connections: 512,
        }
    }
}

/// Accepts connections on `listener` and serves each with `handle` until `shutdown`
/// completes; then lets connections finish their current request for a short grace period,
/// closes them all and returns.
pub async fn run<H, F, B>(
    listener: TcpListener,
    limits: Limits,
    handle: H,
    shutdown: impl Future<Output = ()>,
) where
    H: Fn(SocketAddr, Request<Incoming>) -> F + Clone + Send + Sync + 'static,
    F: Future<Output = Response<B>> + Send + 'static,
    B: Body<Data = Bytes> + Send + Unpin + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let refusals = Arc::new(Semaphore::new(MAX_REFUSING));
    let (stop, stopped) = watch::channel(false);
    tokio::pin!(shutdown);
    loop {
        let (tcp, peer) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of descriptors or a connection reset before it was accepted: pause
                // rather than spin, then carry on.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        // Answers go out at once: no waiting on Nagle's algorithm.
        let _ = tcp.set_nodelay(true);
        match slots.clone().try_acquire_owned() {
            Ok(slot) => {
                let handle = handle.clone();
                let stopped = stopped.clone();
                tokio::spawn(async move {
                    serve_connection(tcp, peer, limits, handle, stopped).await;
                    drop(slot);
                });
            }
            Err(_) => {
                if let Ok(permit) = refusals.clone().try_acquire_owned() {
                    tokio::spawn(async move {
                        refuse(tcp).await;
                        drop(permit);
                    });
                }
            }
        }
    }
    drop(listener);
    let _ = stop.send(true);
    // Every connection ends within its grace; the slots coming back say they have.
    let all = u32::try_from(limits.max_connections).unwrap_or(u32::MAX);
    let _ = tokio::time::timeout(SHUTDOWN_GRACE * 2, slots.acquire_many(all)).await;
}

/// Tells a client over the cap that the server is busy, and closes.
async fn refuse(mut tcp: TcpStream) {
    let body = r#"{"__type":"ServiceUnavailableException","message":"Too many connections."}"#;
    let answer = format!(
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/x-amz-json-1.1\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        tcp.write_all(answer.as_bytes()).await?;
        tcp.shutdown().await
    })
    .await;
}

/// One connection, from accept to close.
async fn serve_connection<H, F, B>(
    tcp: TcpStream,
    peer: SocketAddr,
    limits: Limits,
    handle: H,
    mut stopped: watch::Receiver<bool>,
) where
    H: Fn(SocketAddr, Request<Incoming>) -> F + Send + Sync + 'static,
    F: Future<Output = Response<B>> + Send + 'static,
    B: Body<Data = Bytes> + Send + Unpin + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let activity = Arc::new(Activity::new());
    let io = TokioIo::new(Watched { inner: tcp, activity: activity.clone() });
    let in_service = activity.clone();
    let service = service_fn(move |req| {
        let busy = Busy::start(in_service.clone());
        let answer = handle(peer, req);
        async move {
            let response = answer.await;
            Ok::<_, Infallible>(response.map(|body| Guarded { body, busy: Some(busy) }))
        }
    });
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder.http1().max_buf_size(MAX_HEAD_BYTES);
    builder.http2().max_header_list_size(MAX_HEAD_BYTES as u32);
    let conn = builder.serve_connection(io, service);
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => return,
        () = activity.expired(limits) => return,
        _ = stopped.wait_for(|s| *s) => {}
    }
    // Shutting down: finish the request in flight (if any), then close, whatever happens.
    conn.as_mut().graceful_shutdown();
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, conn).await;
}

/// What a connection's watchdog knows: times are milliseconds since `opened`.
struct Activity {
    opened: Instant,
    /// Requests being answered.
    busy: AtomicUsize,
    /// When the connection last became idle (opened, or an answer was given).
    idle_since: AtomicU64,
    /// When the first byte of the next request came, or [`Activity::NONE`].
    first_byte: AtomicU64,
}

impl Activity {
    const NONE: u64 = u64::MAX;

    fn new() -> Activity {
        Activity {
            opened: Instant::now(),
            busy: AtomicUsize::new(0),
            idle_since: AtomicU64::new(0),
            first_byte: AtomicU64::new(Self::NONE),
        }
    }

    fn now(&self) -> u64 {
        u64::try_from(self.opened.elapsed().as_millis()).unwrap_or(u64::MAX - 1)
    }

    /// Bytes arrived: if the connection was waiting for a request, one has begun.
    fn received(&self) {
        if self.busy.load(Ordering::Acquire) == 0 {
            let now = self.now();
            let _ = self.first_byte.compare_exchange(
                Self::NONE,
                now,
                Ordering::AcqRel,
                Ordering::Acquire,
            );
        }
    }

    /// Completes when the connection has stalled in a request head or idled too long.
    async fn expired(&self, limits: Limits) {
        let shortest = limits.header_timeout.min(limits.idle_timeout);
        let tick = (shortest / 8).clamp(Duration::from_millis(10), Duration::from_millis(500));
        let header_ms = u64::try_from(limits.header_timeout.as_millis()).unwrap_or(u64::MAX);
        let idle_ms = u64::try_from(limits.idle_timeout.as_millis()).unwrap_or(u64::MAX);
        loop {
            tokio::time::sleep(tick).await;
            if self.busy.load(Ordering::Acquire) > 0 {
                continue;
            }
            let now = self.now();
            let first = self.first_byte.load(Ordering::Acquire);
            let stalled = first != Self::NONE && now.saturating_sub(first) >= header_ms;
            let idle = first == Self::NONE
                && now.saturating_sub(self.idle_since.load(Ordering::Acquire)) >= idle_ms;
            if stalled || idle {
                return;
            }
        }
    }
}

/// A request being answered: the connection is busy until it is dropped.
struct Busy(Arc<Activity>);

impl Busy {
    fn start(activity: Arc<Activity>) -> Busy {
        activity.busy.fetch_add(1, Ordering::AcqRel);
        activity.first_byte.store(Activity::NONE, Ordering::Release);
        Busy(activity)
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.idle_since.store(self.0.now(), Ordering::Release);
        self.0.busy.fetch_sub(1, Ordering::AcqRel);
    }
}

/// An answer's body, keeping its connection busy until it has ended (or is dropped).
struct Guarded<B> {
    body: B,
    busy: Option<Busy>,
}

impl<B: Body<Data = Bytes> + Unpin> Body for Guarded<B> {
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        let polled = Pin::new(&mut self.body).poll_frame(cx);
        if let Poll::Ready(None) = polled {
            self.busy = None;
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

/// The socket, telling its [`Activity`] when bytes arrive.
struct Watched {
    inner: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.activity.received();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}
