//! `GET /v1/review/candidates`: possible duplicates for a site's supervisors.

use axum::extract::State;
use waypoint_core::sync::CandidatesResponse;

use super::codec::{Authenticated, SyncReply};
use crate::{ApiError, AppState, ErrorCode, wire::Role};

/// How many queued records the handler matches itself before answering, at most, so that an
/// answer right after a push already holds its pairs (the background matcher usually has
/// emptied the queue already).
const MATCH_BEFORE_ANSWER: usize = 2_000;
/// ... and for this long at most; what is left is matched in the background and shows at the
/// next fetch.
const MATCH_BEFORE_ANSWER_TIME: std::time::Duration = std::time::Duration::from_secs(2);

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
    let mut matched = 0;
    let started = std::time::Instant::now();
    while matched < MATCH_BEFORE_ANSWER && started.elapsed() < MATCH_BEFORE_ANSWER_TIME {
        let done = state.storage().match_pending(500, state.now()).await?;
        if done == 0 {
            break;
        }
        matched += done;
    }
    let response = state.storage().review_candidates(device.site).await?;
    tracing::info!(device = %device.id, pairs = response.pairs.len(), "review candidates sent");
    Ok(SyncReply(response))
}
