//! `GET /v1/review/candidates`: possible duplicates for a site's supervisors.

use axum::extract::State;
use waypoint_core::sync::CandidatesResponse;

use super::codec::{Authenticated, SyncReply};
use crate::{ApiError, AppState, ErrorCode, wire::Role};

/// How long the handler matches queued records itself before answering, at most, so that an
/// answer right after a small push already holds its pairs (the background matcher usually has
/// emptied the queue already). Bounded so that a large upload's sync is not held up: what is
/// left is matched in the background and shows at the next fetch.
const MATCH_BEFORE_ANSWER: std::time::Duration = std::time::Duration::from_millis(250);

#[utoipa::path(
    get,
    path = "/v1/review/candidates",
    tag = "sync",
    security(("bearer" = [])),
    responses(
        (status = 200, body = CandidatesResponse, content_type = "application/x-waypoint-sync", description = "undecided candidate pairs with a record of the device's site, strongest first (at most 500), and the other sites' records they name"),
        (status = 401, body = ApiError, description = "no valid session token"),
        (status = 403, body = ApiError, description = "device revoked, or not enrolled as supervisor"),
    )
)]
pub(crate) async fn candidates(
    State(state): State<AppState>,
    Authenticated(device): Authenticated,
) -> Result<SyncReply<CandidatesResponse>, ApiError> {
    if device.role != Role::Supervisor {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            format!(
                "this device is enrolled as {}; only a device enrolled as supervisor reviews \
                 possible duplicates",
                device.role
            ),
        ));
    }
    // What was pushed just before is matched first, for a quarter of a second at most, and
    // only while no push or pull waits: with a hundred devices syncing, a quarter of a second
    // each of matching in front of everyone's requests was most of the server's time.
    let started = std::time::Instant::now();
    while started.elapsed() < MATCH_BEFORE_ANSWER && state.sync_requests_in_flight() == 0 {
        if state.storage().match_pending(500, state.now()).await? == 0 {
            break;
        }
    }
    let response = state.storage().review_candidates(device.site).await?;
    tracing::info!(device = %device.id, pairs = response.pairs.len(), "review candidates sent");
    Ok(SyncReply(response))
}
