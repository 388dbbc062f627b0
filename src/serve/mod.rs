//! Serve: spamscan as an HTTP scoring service (`spamscan serve`), for
//! publishing pipelines and monitoring that want to ask over the network.
//!
//! | route | answer |
//! | --- | --- |
//! | `POST /v1/score` | a raw page (any encoding, the `Content-Type` charset as hint; `?id=` names it) or, with a JSON `Content-Type`, `{"id", "html" \| "text", "title"?}`: the `score --json` object (`?emit_text=true` adds `text`) |
//! | `POST /v1/score/batch` | JSONL of such objects in, one `score --json` line (or error line) per document out |
//! | `GET /healthz` | `{"status":"ok"}` |
//! | `GET /metrics` | Prometheus text ([`metrics`]) |
//!
//! Errors are JSON `{"error": …}` carrying the CLI's messages. Limits keep
//! the service's memory bounded whatever clients do ([`ServeConfig`]): a
//! body cap (413), a cap on requests admitted at once and on the request
//! bytes they hold (503 beyond either, at once: back-pressure, never a
//! queue that grows), and a per-request deadline (504). Detection is
//! CPU-bound, so it runs on tokio's blocking pool, at most `workers`
//! documents at a time; the async threads keep accepting, answering health
//! checks and refusing what doesn't fit. On shutdown the listener closes
//! and requests in flight finish.

mod api;
pub mod metrics;

use crate::detect::{Detector, DetectorSettings};
use crate::input::InputError;
use crate::model::Model;
use api::{DocumentError, Submission};
use axum::body::{Body, HttpBody};
use axum::extract::rejection::QueryRejection;
use axum::extract::{MatchedPath, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use metrics::{Load, Metrics, VerdictCounts};
use serde::Deserialize;
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The service's limits and sizes, checked by [`ServeConfig::check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeConfig {
    /// Largest request body in bytes; larger ones get 413.
    pub max_doc_bytes: u64,
    /// Most scoring requests admitted at once; more get 503.
    pub max_in_flight: usize,
    /// Most request body bytes held at once by admitted requests (a body
    /// without a length reserves `max_doc_bytes`); more get 503.
    pub max_buffered_bytes: u64,
    /// Documents scored at once (threads of the blocking pool at work).
    pub workers: usize,
    /// Deadline of a request, from its arrival to its answer; past it, 504.
    pub timeout: Duration,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            max_doc_bytes: crate::input::DEFAULT_SCAN_MAX_DOC_BYTES,
            max_in_flight: 256,
            max_buffered_bytes: 64 << 20,
            workers: std::thread::available_parallelism().map_or(1, |n| n.get()),
            timeout: Duration::from_secs(30),
        }
    }
}

/// Why service settings were refused.
#[derive(Debug, thiserror::Error)]
#[error("invalid service setting: {0}")]
pub struct ConfigError(String);

impl ServeConfig {
    /// Validates the settings once; the service then trusts them.
    pub fn check(self) -> Result<ServeConfig, ConfigError> {
        if self.workers == 0 || self.max_in_flight == 0 || self.max_doc_bytes == 0 {
            return Err(ConfigError(
                "--workers, --max-in-flight and --max-doc-bytes must be at least 1".into(),
            ));
        }
        if self.max_buffered_bytes < self.max_doc_bytes {
            return Err(ConfigError(format!(
                "--max-buffered-bytes ({}) must hold at least one document of --max-doc-bytes ({})",
                self.max_buffered_bytes, self.max_doc_bytes
            )));
        }
        if self.max_in_flight > Semaphore::MAX_PERMITS || self.timeout.is_zero() {
            return Err(ConfigError(
                "--max-in-flight is too large or --timeout is zero".into(),
            ));
        }
        Ok(self)
    }

    /// Body bytes are reserved in KiB, so any budget fits a semaphore.
    fn kib(bytes: u64) -> u64 {
        bytes.div_ceil(1024)
    }
}

/// The scoring service: a model, detector settings, limits and metrics.
/// Clones share everything.
#[derive(Clone)]
pub struct ScoringService {
    shared: Arc<Shared>,
}

struct Shared {
    model: Arc<Model>,
    settings: DetectorSettings,
    config: ServeConfig,
    /// One permit per request admitted.
    admitted: Arc<Semaphore>,
    /// One permit per KiB of request body held.
    body_kib: Arc<Semaphore>,
    /// One permit per document being scored.
    workers: Arc<Semaphore>,
    metrics: Metrics,
}

impl Shared {
    fn load(&self) -> Load {
        let kib_total = ServeConfig::kib(self.config.max_buffered_bytes);
        Load {
            in_flight: self.config.max_in_flight - self.admitted.available_permits(),
            max_in_flight: self.config.max_in_flight,
            body_bytes: (kib_total - self.body_kib.available_permits() as u64) * 1024,
            max_body_bytes: self.config.max_buffered_bytes,
        }
    }
}

/// An error answer: a status and the message, as JSON `{"error", "id"?}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The message (the CLI's words where the CLI has them).
    pub message: String,
    /// The document's id, when known.
    pub id: Option<String>,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            id: None,
        }
    }

    fn too_large(limit: u64) -> ApiError {
        let error = InputError::TooLarge {
            name: "request body".into(),
            limit,
        };
        ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, error.to_string())
    }

    fn busy(what: String) -> ApiError {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("server busy: {what}; retry later"),
        )
    }
}

impl From<DocumentError> for ApiError {
    fn from(e: DocumentError) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: e.message,
            id: e.id,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        #[derive(serde::Serialize)]
        struct Body<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            id: Option<&'a str>,
            error: &'a str,
        }
        let body = serde_json::to_vec(&Body {
            id: self.id.as_deref(),
            error: &self.message,
        })
        .unwrap_or_default();
        let mut response = json_response(self.status, body, "application/json");
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        response
    }
}

fn json_response(status: StatusCode, mut body: Vec<u8>, content_type: &'static str) -> Response {
    if !body.ends_with(b"\n") {
        body.push(b'\n');
    }
    let mut response = (status, body).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// Query parameters of the scoring routes.
#[derive(Debug, Default, Deserialize)]
struct ScoreQuery {
    /// The id of a raw page.
    id: Option<String>,
    /// Add the body text the offsets index, as `score --emit-text`.
    #[serde(default)]
    emit_text: bool,
}

/// A scoring request between admission and answer.
struct Job {
    shared: Arc<Shared>,
    query: ScoreQuery,
    content_type: Option<String>,
    body: Vec<u8>,
    /// Held until the blocking work ends, even if the request timed out,
    /// so the bytes it holds stay counted.
    _body_permit: OwnedSemaphorePermit,
}

impl ScoringService {
    /// A service scoring with `model` under `settings` and `config` (both checked).
    pub fn new(model: Arc<Model>, settings: DetectorSettings, config: ServeConfig) -> Self {
        let kib = ServeConfig::kib(config.max_buffered_bytes).min(Semaphore::MAX_PERMITS as u64);
        ScoringService {
            shared: Arc::new(Shared {
                model,
                settings,
                admitted: Arc::new(Semaphore::new(config.max_in_flight)),
                body_kib: Arc::new(Semaphore::new(kib as usize)),
                workers: Arc::new(Semaphore::new(config.workers)),
                config,
                metrics: Metrics::default(),
            }),
        }
    }

    /// The service's metrics.
    pub fn metrics(&self) -> &Metrics {
        &self.shared.metrics
    }

    /// The HTTP routes, with admission on the scoring routes and metrics on all.
    pub fn router(&self) -> Router {
        let shared = self.shared.clone();
        Router::new()
            .route("/v1/score", post(score).fallback(method_not_allowed))
            .route(
                "/v1/score/batch",
                post(score_batch).fallback(method_not_allowed),
            )
            .route_layer(middleware::from_fn_with_state(shared.clone(), admit))
            .route("/healthz", get(healthz).fallback(method_not_allowed))
            .route("/metrics", get(metrics_text).fallback(method_not_allowed))
            .fallback(not_found)
            .layer(middleware::from_fn_with_state(shared.clone(), track))
            .with_state(shared)
    }
}

/// Serves `service` on `listener` until `shutdown` completes, then stops
/// accepting and returns once the requests in flight are answered.
pub async fn serve(
    listener: tokio::net::TcpListener,
    service: ScoringService,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, service.router())
        .with_graceful_shutdown(shutdown)
        .await
}

/// What [`run`] reports to its caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// The listener is bound at this address (useful with port 0).
    Listening(std::net::SocketAddr),
    /// SIGTERM or Ctrl-C arrived: no new connections; requests in flight finish.
    ShuttingDown,
}

/// Runs the service on `listen` on a multi-threaded runtime of its own until
/// SIGTERM or Ctrl-C, then finishes the requests in flight and returns.
pub fn run(
    listen: &str,
    service: ScoringService,
    on_event: impl Fn(Event) + Send + Sync + 'static,
) -> std::io::Result<()> {
    // Only `workers` blocking tasks ever run at once; a pool of that size
    // keeps the allocator's per-thread arenas (and so memory) to match.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(service.shared.config.workers)
        .thread_name("spamscan-serve")
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen).await.map_err(|e| {
            std::io::Error::new(e.kind(), format!("cannot listen on {listen}: {e}"))
        })?;
        // Signal handlers are in place before anyone is told to connect:
        // a SIGTERM right after "listening" is a graceful shutdown, not the
        // default death.
        let shutdown = termination()?;
        on_event(Event::Listening(listener.local_addr()?));
        serve(listener, service, async move {
            shutdown.await;
            on_event(Event::ShuttingDown);
        })
        .await
    })
}

/// Registers for SIGTERM (what service managers send) and SIGINT (Ctrl-C)
/// now, and returns a future that completes when either arrives.
#[cfg(unix)]
fn termination() -> std::io::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    Ok(async move {
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    })
}

/// Completes on Ctrl-C.
#[cfg(not(unix))]
fn termination() -> std::io::Result<impl std::future::Future<Output = ()>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}

/// Counts every answer by route and status, with its latency.
async fn track(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = metrics::route_label(
        request
            .extensions()
            .get::<MatchedPath>()
            .map(MatchedPath::as_str),
    );
    let response = next.run(request).await;
    shared
        .metrics
        .request(route, response.status().as_u16(), started.elapsed());
    response
}

/// Admits a scoring request if fewer than `max_in_flight` are in flight.
async fn admit(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    match shared.admitted.clone().try_acquire_owned() {
        Ok(_permit) => next.run(request).await,
        Err(_) => ApiError::busy(format!(
            "at the limit of {} requests in flight (--max-in-flight)",
            shared.config.max_in_flight
        ))
        .into_response(),
    }
}

async fn healthz() -> Response {
    json_response(
        StatusCode::OK,
        b"{\"status\":\"ok\"}".to_vec(),
        "application/json",
    )
}

async fn metrics_text(State(shared): State<Arc<Shared>>) -> Response {
    let mut response = shared.metrics.render(shared.load()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    response
}

async fn not_found() -> Response {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "no such route: POST /v1/score, POST /v1/score/batch, GET /healthz, GET /metrics",
    )
    .into_response()
}

async fn method_not_allowed() -> Response {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method not allowed on this route",
    )
    .into_response()
}

async fn score(
    State(shared): State<Arc<Shared>>,
    query: Result<Query<ScoreQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    answer(shared, query, headers, body, false).await
}

async fn score_batch(
    State(shared): State<Arc<Shared>>,
    query: Result<Query<ScoreQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    answer(shared, query, headers, body, true).await
}

/// Everything a scoring request does, under its deadline.
async fn answer(
    shared: Arc<Shared>,
    query: Result<Query<ScoreQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
    batch: bool,
) -> Response {
    let timeout = shared.config.timeout;
    let work = async {
        let Query(query) =
            query.map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, e.body_text()))?;
        let job = receive(shared, query, &headers, body).await?;
        score_on_pool(job, batch).await
    };
    match tokio::time::timeout(timeout, work).await {
        Ok(Ok(response)) => response,
        Ok(Err(e)) => e.into_response(),
        Err(_) => ApiError::new(
            StatusCode::GATEWAY_TIMEOUT,
            format!(
                "request timed out after {} s (--timeout)",
                timeout.as_secs_f64()
            ),
        )
        .into_response(),
    }
}

/// Reserves room for the body and reads it, within the caps.
async fn receive(
    shared: Arc<Shared>,
    query: ScoreQuery,
    headers: &HeaderMap,
    mut body: Body,
) -> Result<Job, ApiError> {
    let limit = shared.config.max_doc_bytes;
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(ApiError::too_large(limit));
    }
    let reserve = ServeConfig::kib(declared.unwrap_or(limit)).max(1);
    let permit = u32::try_from(reserve)
        .ok()
        .and_then(|kib| shared.body_kib.clone().try_acquire_many_owned(kib).ok())
        .ok_or_else(|| {
            ApiError::busy(format!(
                "at the limit of {} bytes of request bodies held (--max-buffered-bytes)",
                shared.config.max_buffered_bytes
            ))
        })?;
    // The reservation covers the declared length: allocate it once.
    let mut bytes = Vec::with_capacity(declared.unwrap_or(0).min(limit) as usize);
    while let Some(frame) = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
        let frame = frame.map_err(|e| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("cannot read the request body: {e}"),
            )
        })?;
        if let Ok(data) = frame.into_data() {
            if (bytes.len() + data.len()) as u64 > limit {
                return Err(ApiError::too_large(limit));
            }
            bytes.extend_from_slice(&data);
        }
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    Ok(Job {
        shared,
        query,
        content_type,
        body: bytes,
        _body_permit: permit,
    })
}

/// The media type and charset of a `Content-Type` value.
fn media_type(content_type: Option<&str>) -> (String, Option<String>) {
    let Some(value) = content_type else {
        return (String::new(), None);
    };
    let mut parts = value.split(';');
    let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts.find_map(|p| {
        let (key, value) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_string())
    });
    (media, charset)
}

/// Scores the job's body on the blocking pool, one worker at a time.
async fn score_on_pool(job: Job, batch: bool) -> Result<Response, ApiError> {
    let shared = job.shared.clone();
    let worker = shared
        .workers
        .clone()
        .acquire_owned()
        .await
        .map_err(|_| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "shutting down"))?;
    let scored = tokio::task::spawn_blocking(move || {
        let _worker = worker;
        catch_unwind(AssertUnwindSafe(|| score_job(&job, batch)))
    })
    .await;
    match scored {
        Ok(Ok((answer, counts))) => {
            shared.metrics.documents(counts);
            let (body, content_type) = answer?;
            Ok(json_response(StatusCode::OK, body, content_type))
        }
        _ => Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            api::PANIC_MESSAGE,
        )),
    }
}

/// The answer's body and media type, or the error; and the documents counted.
type Scored = (Result<(Vec<u8>, &'static str), ApiError>, VerdictCounts);

/// The blocking part: decode, detect, serialize.
fn score_job(job: &Job, batch: bool) -> Scored {
    let detector = Detector::new(&job.shared.model, job.shared.settings.clone());
    let emit_text = job.query.emit_text;
    if batch {
        let (out, counts) = api::score_batch(&detector, &job.body, emit_text);
        return (Ok((out, "application/x-ndjson")), counts);
    }
    let (media, charset) = media_type(job.content_type.as_deref());
    let submission = if media == "application/json" || media.ends_with("+json") {
        Submission::Json(&job.body)
    } else {
        Submission::Page {
            id: job.query.id.clone().unwrap_or_else(|| "-".into()),
            bytes: &job.body,
            charset,
        }
    };
    let mut counts = VerdictCounts::default();
    let doc = match api::document(submission) {
        Ok(doc) => doc,
        Err(e) => {
            counts.error = 1;
            return (Err(e.into()), counts);
        }
    };
    let mut out = Vec::new();
    match api::score_into(&detector, &doc, emit_text, &mut out) {
        crate::Verdict::Polluted => counts.polluted = 1,
        crate::Verdict::Clean => counts.clean = 1,
    }
    (Ok((out, "application/json")), counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_type_parsing() {
        assert_eq!(media_type(None), (String::new(), None));
        assert_eq!(
            media_type(Some("text/html; charset=\"GBK\"")),
            ("text/html".into(), Some("GBK".into()))
        );
        assert_eq!(
            media_type(Some("Application/JSON")),
            ("application/json".into(), None)
        );
    }

    #[test]
    fn settings_are_checked() {
        assert!(ServeConfig::default().check().is_ok());
        let small = ServeConfig {
            max_buffered_bytes: 10,
            max_doc_bytes: 11,
            ..ServeConfig::default()
        };
        assert!(small
            .check()
            .unwrap_err()
            .to_string()
            .contains("--max-buffered-bytes"));
        let zero = ServeConfig {
            workers: 0,
            ..ServeConfig::default()
        };
        assert!(zero.check().is_err());
    }
}
