//! The HTTP surface: routes, fallbacks and the layers every request passes through.

mod codec;
mod health;
mod openapi;
mod records;
mod review;
mod session;

use axum::{
    Router,
    extract::{DefaultBodyLimit, Request, State},
    http::{HeaderValue, Method, StatusCode, Uri, header},
    middleware::{Next, from_fn, from_fn_with_state, map_response_with_state},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use std::sync::Arc;
use tokio::sync::Semaphore;
use tower_http::{limit::RequestBodyLimitLayer, timeout::TimeoutLayer, trace::TraceLayer};

use crate::{ApiError, AppState, HttpLimits, PROTOCOL_VERSIONS};

/// How long a push waits for its turn before the server answers `503 service_unavailable`
/// with `Retry-After`. Admission control: with more pushes waiting than the server stores in
/// about a second, an acknowledgement would wait behind the whole queue (with a hundred
/// devices pushing at once, 11 s at the 99th percentile); the device is told to come back
/// instead, keeps its records, and retries the same (idempotent) push after the delay.
const ADMISSION_WAIT: std::time::Duration = std::time::Duration::from_millis(250);

/// Seconds a device is told to wait before pushing again when the server is busy; devices add
/// up to a second of jitter so that they do not come back together.
const BUSY_RETRY_AFTER_SECS: u64 = 1;

/// The answer to a push turned away: its body is read (and dropped) first, so that a device
/// still sending it gets the answer rather than a reset connection.
async fn busy(request: Request) -> axum::response::Response {
    let _ = axum::body::to_bytes(request.into_body(), usize::MAX).await;
    let mut response = ApiError::new(
        crate::error::ErrorCode::ServiceUnavailable,
        "the server is busy storing other devices' records; nothing was stored, push again \
         after Retry-After",
    )
    .into_response();
    response.headers_mut().insert(
        axum::http::header::RETRY_AFTER,
        axum::http::HeaderValue::from(BUSY_RETRY_AFTER_SECS),
    );
    response
}

/// The server's routes with its request limits and error handling applied.
///
/// Every error response, including unknown routes, wrong methods, oversized bodies and timeouts,
/// is an [`ApiError`] body.
pub fn router(state: AppState) -> Router {
    let limits = state.limits();
    // Pushes in flight at once, one per core: a push waiting here has not read its body yet,
    // so a hundred devices pushing together cost idle connections, not decoded bodies; beyond
    // `ADMISSION_WAIT` they are turned away (`busy`). Two per core kept the cores as busy but
    // made each acknowledgement wait longer (p99 1.34 s against 1.11 s with a hundred devices).
    // At least two: a device keeps two pushes in flight, and on a one-core server the second
    // would be turned away behind the first.
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    let pushes = Arc::new(Semaphore::new(cores.max(2)));
    Router::new()
        .route("/health", get(health::health))
        .route("/v1/openapi.json", get(openapi::openapi_json))
        .route("/v1/enrol", post(session::enrol))
        .route("/v1/session/challenge", post(session::challenge))
        .route("/v1/session", post(session::open))
        // Sync requests in flight are counted, from before a push waits for its turn: the
        // background matcher gives way to them.
        .merge(
            Router::new()
                .route(
                    "/v1/push",
                    post(records::push).route_layer(from_fn(
                        move |request: Request, next: Next| {
                            let pushes = Arc::clone(&pushes);
                            async move {
                                let Ok(Ok(_permit)) =
                                    tokio::time::timeout(ADMISSION_WAIT, pushes.acquire_owned())
                                        .await
                                else {
                                    return busy(request).await;
                                };
                                next.run(request).await
                            }
                        },
                    )),
                )
                .route("/v1/pull", post(records::pull))
                .route("/v1/compare", post(records::compare))
                .route_layer(from_fn_with_state(state.clone(), count_sync)),
        )
        .route("/v1/leaflets", post(records::leaflets))
        .route("/v1/review/candidates", get(review::candidates))
        .fallback(not_found)
        .with_state(state)
        // Each layer wraps everything above it, so a request meets them bottom to top: tracing,
        // then uniform error bodies (outside the two layers whose bare responses it rewrites),
        // then the timeout, then the body limit.
        //
        // The body limit refuses a too-large Content-Length up front and caps streamed bodies; it
        // replaces axum's own 2 MB default so that there is one limit to configure.
        .layer(DefaultBodyLimit::disable())
        .layer(RequestBodyLimitLayer::new(limits.max_request_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            limits.request_timeout,
        ))
        .layer(map_response_with_state(limits, uniform_error_bodies))
        .layer(TraceLayer::new_for_http())
}

/// Counts a sync request in flight while it is served: the background matcher gives way to
/// them (`spawn_matcher`).
async fn count_sync(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let _syncing = state.syncing();
    next.run(request).await
}

/// Unknown routes: `400 unsupported_protocol` for a protocol version this server does not speak
/// (`/v2/push`), so an app newer than its server learns why; `404 not_found` otherwise.
async fn not_found(method: Method, uri: Uri) -> ApiError {
    let version = uri
        .path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .and_then(|segment| segment.strip_prefix('v'))
        .filter(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()));
    match version {
        Some(digits) if !PROTOCOL_VERSIONS.iter().any(|v| v.to_string() == digits) => {
            ApiError::unsupported_protocol(digits, PROTOCOL_VERSIONS)
        }
        _ => ApiError::not_found(&method, uri.path()),
    }
}

/// Gives the bare responses that axum and tower-http produce themselves (405 from the router, 408
/// from the timeout, 413 from the body limit) the same JSON body as every other error. Responses
/// that are already JSON pass through untouched.
async fn uniform_error_bodies(
    State(limits): State<HttpLimits>,
    method: Method,
    uri: Uri,
    response: Response,
) -> Response {
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    if is_json {
        return response;
    }
    let error = match response.status() {
        StatusCode::METHOD_NOT_ALLOWED => ApiError::method_not_allowed(&method, uri.path()),
        StatusCode::REQUEST_TIMEOUT => ApiError::request_timeout(),
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::payload_too_large(limits.max_request_bytes),
        _ => return response,
    };
    let allow: Option<HeaderValue> = response.headers().get(header::ALLOW).cloned();
    let mut replaced = error.into_response();
    if let Some(allow) = allow {
        replaced.headers_mut().insert(header::ALLOW, allow);
    }
    replaced
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use axum::{body::Body, http::Request};
    use http_body_util::BodyExt;
    use serde_json::{Value, json};
    use tower::ServiceExt;

    use waypoint_core::{
        case_number::SiteCode,
        ids::DeviceId,
        sync::{
            CandidatesResponse, CompareRequest, CompareResponse, Erasure, PullResponse, PushRecord,
        },
    };

    use super::*;
    use crate::{
        storage::{
            BoxFuture, Device, EnrolOutcome, Millis, NewEnrolmentCode, PullLimits, PushOutcome,
            RevokeOutcome, Sha256Hash, Storage, StorageError, VerifyReport,
        },
        test_state,
    };

    async fn send(router: Router, request: Request<Body>) -> (StatusCode, Value) {
        json_of(router.oneshot(request).await.expect("infallible")).await
    }

    /// A response's status and JSON body.
    async fn json_of(response: axum::response::Response) -> (StatusCode, Value) {
        let status = response.status();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let json = serde_json::from_slice(&bytes).unwrap_or_else(|error| {
            panic!(
                "every response is JSON ({error}): {}",
                String::from_utf8_lossy(&bytes)
            )
        });
        (status, json)
    }

    #[tokio::test]
    async fn a_push_turned_away_is_told_when_to_come_back_and_its_body_is_read() {
        let request = Request::post("/v1/push")
            .body(Body::from(vec![7u8; 100_000]))
            .expect("request");
        let response = busy(request).await;
        assert_eq!(
            response
                .headers()
                .get(header::RETRY_AFTER)
                .map(|v| v.as_bytes()),
            Some(b"1".as_slice())
        );
        let (status, json) = json_of(response).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(json["code"], "service_unavailable");
    }

    fn get(path: &str) -> Request<Body> {
        Request::get(path).body(Body::empty()).expect("request")
    }

    /// A database that is down.
    struct BrokenStorage;

    fn down<T: Send + 'static>() -> BoxFuture<'static, Result<T, StorageError>> {
        Box::pin(async {
            Err(StorageError::Worker(
                "disk I/O error on /srv/waypoint".to_owned(),
            ))
        })
    }

    impl Storage for BrokenStorage {
        fn ping(&self) -> BoxFuture<'_, Result<(), StorageError>> {
            down()
        }
        fn add_enrolment_code(
            &self,
            _: NewEnrolmentCode,
        ) -> BoxFuture<'_, Result<(), StorageError>> {
            down()
        }
        fn enrol(
            &self,
            _: Sha256Hash,
            _: DeviceId,
            _: [u8; 32],
            _: Option<String>,
            _: Millis,
        ) -> BoxFuture<'_, Result<EnrolOutcome, StorageError>> {
            down()
        }
        fn device(&self, _: DeviceId) -> BoxFuture<'_, Result<Option<Device>, StorageError>> {
            down()
        }
        fn devices(&self) -> BoxFuture<'_, Result<Vec<Device>, StorageError>> {
            down()
        }
        fn revoke(
            &self,
            _: DeviceId,
            _: Millis,
        ) -> BoxFuture<'_, Result<RevokeOutcome, StorageError>> {
            down()
        }
        fn add_nonce(
            &self,
            _: DeviceId,
            _: Sha256Hash,
            _: Millis,
            _: Millis,
        ) -> BoxFuture<'_, Result<(), StorageError>> {
            down()
        }
        fn take_nonce(
            &self,
            _: DeviceId,
            _: Sha256Hash,
            _: Millis,
        ) -> BoxFuture<'_, Result<bool, StorageError>> {
            down()
        }
        fn add_session(
            &self,
            _: DeviceId,
            _: Sha256Hash,
            _: Millis,
            _: Millis,
        ) -> BoxFuture<'_, Result<(), StorageError>> {
            down()
        }
        fn session_device(
            &self,
            _: Sha256Hash,
            _: Millis,
        ) -> BoxFuture<'_, Result<Option<Device>, StorageError>> {
            down()
        }
        fn push(
            &self,
            _: Device,
            _: Vec<PushRecord>,
            _: Vec<Erasure>,
            _: Millis,
        ) -> BoxFuture<'_, Result<PushOutcome, StorageError>> {
            down()
        }
        fn pull(
            &self,
            _: Device,
            _: u64,
            _: u64,
            _: PullLimits,
            _: Millis,
        ) -> BoxFuture<'_, Result<PullResponse, StorageError>> {
            down()
        }
        fn compare(
            &self,
            _: SiteCode,
            _: CompareRequest,
        ) -> BoxFuture<'_, Result<CompareResponse, StorageError>> {
            down()
        }
        fn verify(&self) -> BoxFuture<'_, Result<VerifyReport, StorageError>> {
            down()
        }
        fn new_epoch(&self) -> BoxFuture<'_, Result<u64, StorageError>> {
            down()
        }
        fn match_pending(&self, _: usize, _: Millis) -> BoxFuture<'_, Result<usize, StorageError>> {
            down()
        }
        fn review_candidates(
            &self,
            _: SiteCode,
        ) -> BoxFuture<'_, Result<CandidatesResponse, StorageError>> {
            down()
        }
        fn publish_leaflets(
            &self,
            _: String,
            _: Vec<(String, String)>,
            _: Millis,
        ) -> BoxFuture<'_, Result<crate::storage::PublishOutcome, StorageError>> {
            down()
        }
        fn leaflets_after(
            &self,
            _: u64,
            _: usize,
        ) -> BoxFuture<'_, Result<Vec<waypoint_core::sync::PublishedLeaflets>, StorageError>>
        {
            down()
        }
    }

    #[tokio::test]
    async fn health_reports_ok_after_querying_the_database() {
        let (status, body) = send(router(test_state()), get("/health")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            body,
            json!({
                "status": "ok",
                "version": env!("CARGO_PKG_VERSION"),
                "protocol_versions": [1],
                "database": "ok",
            }),
            "devices and monitoring read this shape"
        );
    }

    #[tokio::test]
    async fn health_reports_unavailable_without_revealing_why() {
        let state = AppState::new(Arc::new(BrokenStorage), HttpLimits::default());
        let (status, body) = send(router(state), get("/health")).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(body["status"], "unavailable");
        assert_eq!(body["database"], "unavailable");
        assert!(
            !body.to_string().contains("/srv/waypoint"),
            "the detail belongs in the log: {body}"
        );
    }

    #[tokio::test]
    async fn an_unknown_route_is_a_json_404_with_a_stable_code() {
        let (status, body) = send(router(test_state()), get("/no/such/route")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(body["code"], "not_found");
        assert!(
            body["message"]
                .as_str()
                .is_some_and(|m| m.contains("/no/such/route")),
            "the message names the path: {body}"
        );
    }

    #[tokio::test]
    async fn a_wrong_method_is_a_json_405_that_lists_the_allowed_ones() {
        let request = Request::delete("/health")
            .body(Body::empty())
            .expect("request");
        let response = router(test_state())
            .oneshot(request)
            .await
            .expect("infallible");
        assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
        assert!(
            response.headers().contains_key(header::ALLOW),
            "HTTP requires Allow on 405"
        );
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let body: Value = serde_json::from_slice(&bytes).expect("JSON body");
        assert_eq!(body["code"], "method_not_allowed");
    }

    #[tokio::test]
    async fn a_body_over_the_limit_is_a_json_413() {
        let limits = HttpLimits {
            max_request_bytes: 16,
            ..HttpLimits::default()
        };
        let state = AppState::new(test_state().storage.clone(), limits);
        let request = Request::post("/health")
            .header(header::CONTENT_LENGTH, "17")
            .body(Body::from(vec![b'x'; 17]))
            .expect("request");
        let (status, body) = send(router(state), request).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(body["code"], "payload_too_large");
    }

    #[tokio::test]
    async fn a_bare_timeout_response_becomes_a_json_408() {
        let response = uniform_error_bodies(
            State(HttpLimits::default()),
            Method::GET,
            Uri::from_static("/slow"),
            StatusCode::REQUEST_TIMEOUT.into_response(),
        )
        .await;
        assert_eq!(response.status(), StatusCode::REQUEST_TIMEOUT);
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let body: Value = serde_json::from_slice(&bytes).expect("JSON body");
        assert_eq!(body["code"], "request_timeout");
    }
}
