//! `POST /v1/push`, `/v1/pull` and `/v1/compare`: moving records' Automerge changes.

use axum::extract::State;
use waypoint_core::site::site_settings_id;
use waypoint_core::sync::{
    CompareRequest, CompareResponse, LeafletsRequest, LeafletsResponse,
    MAX_CHANGE_BYTES_PER_REQUEST, MAX_LEAFLET_PACKS_PER_RESPONSE, MAX_RECORDS_PER_REQUEST,
    PullRequest, PullResponse, PushRequest, PushResponse, RecordKind,
};

use super::codec::{Authenticated, SyncBody, SyncReply};
use crate::{
    ApiError, AppState, ErrorCode,
    storage::{PullLimits, PushOutcome},
    wire::Role,
};

fn too_many_records(count: usize) -> ApiError {
    ApiError::new(
        ErrorCode::PayloadTooLarge,
        format!(
            "{count} records in one request; send at most {MAX_RECORDS_PER_REQUEST} per request"
        ),
    )
}

#[utoipa::path(
    post,
    path = "/v1/push",
    tag = "sync",
    request_body(content = PushRequest, content_type = "application/x-waypoint-sync", description = "CBOR, zstd-compressed (Content-Encoding: zstd)"),
    security(("bearer" = [])),
    responses(
        (status = 200, body = PushResponse, content_type = "application/x-waypoint-sync", description = "acknowledged after COMMIT: new heads per record"),
        (status = 400, body = ApiError, description = "malformed or corrupt body, or unsupported protocol version"),
        (status = 401, body = ApiError, description = "no valid session token"),
        (status = 403, body = ApiError, description = "device revoked, or erasures or site settings from a non-supervisor device"),
        (status = 413, body = ApiError, description = "body too large"),
    )
)]
pub(crate) async fn push(
    State(state): State<AppState>,
    Authenticated(device): Authenticated,
    SyncBody(request): SyncBody<PushRequest>,
) -> Result<SyncReply<PushResponse>, ApiError> {
    let change_bytes: usize = request.records.iter().map(|r| r.changes.len()).sum();
    if change_bytes > MAX_CHANGE_BYTES_PER_REQUEST {
        return Err(ApiError::new(
            ErrorCode::PayloadTooLarge,
            format!(
                "{change_bytes} bytes of changes in one request; send at most \
                 {MAX_CHANGE_BYTES_PER_REQUEST} per request"
            ),
        ));
    }
    if request.records.len() + request.erasures.len() > MAX_RECORDS_PER_REQUEST {
        return Err(too_many_records(
            request.records.len() + request.erasures.len(),
        ));
    }
    if !request.erasures.is_empty() && device.role != Role::Supervisor {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            format!(
                "this device is enrolled as {}; only a device enrolled as supervisor may erase \
                 records; nothing was stored",
                device.role
            ),
        ));
    }
    // A site's settings (leaflet contacts, deadlines, jurisdiction) are a supervisor's to change,
    // and live under the one id every device of the site derives.
    if let Some(record) = request.records.iter().find(|r| r.kind == RecordKind::Site) {
        if device.role != Role::Supervisor {
            return Err(ApiError::new(
                ErrorCode::Forbidden,
                format!(
                    "this device is enrolled as {}; only a device enrolled as supervisor may \
                     change the site's settings; nothing was stored",
                    device.role
                ),
            ));
        }
        if record.id != site_settings_id(&device.site) {
            return Err(ApiError::malformed(format!(
                "record {}: the settings of site {} are record {}",
                record.id,
                device.site.as_str(),
                site_settings_id(&device.site)
            )));
        }
    }
    let count = request.records.len();
    let erased = request.erasures.len();
    let device_id = device.id;
    match state
        .storage()
        .push(device, request.records, request.erasures, state.now())
        .await?
    {
        PushOutcome::Committed(response) => {
            crate::fault::point("push-after-commit");
            let need_full = response.results.iter().filter(|r| r.need_full).count();
            tracing::info!(device = %device_id, records = count, need_full, erased, "push committed");
            if count > 0 {
                state.wake_matcher();
            }
            Ok(SyncReply(response))
        }
        PushOutcome::OtherSite { record } => Err(ApiError::new(
            ErrorCode::Forbidden,
            format!("record {record} belongs to another site; nothing was stored"),
        )),
        PushOutcome::Malformed { record, reason } => {
            Err(ApiError::malformed(format!("record {record}: {reason}")))
        }
    }
}

#[utoipa::path(
    post,
    path = "/v1/pull",
    tag = "sync",
    request_body(content = PullRequest, content_type = "application/x-waypoint-sync", description = "CBOR, zstd-compressed (Content-Encoding: zstd)"),
    security(("bearer" = [])),
    responses(
        (status = 200, body = PullResponse, content_type = "application/x-waypoint-sync", description = "records of the device's site changed after the cursor"),
        (status = 400, body = ApiError, description = "malformed or corrupt body, or unsupported protocol version"),
        (status = 401, body = ApiError, description = "no valid session token"),
        (status = 403, body = ApiError, description = "device revoked"),
        (status = 413, body = ApiError, description = "body too large"),
    )
)]
pub(crate) async fn pull(
    State(state): State<AppState>,
    Authenticated(device): Authenticated,
    SyncBody(request): SyncBody<PullRequest>,
) -> Result<SyncReply<PullResponse>, ApiError> {
    let wanted = usize::try_from(request.limit).unwrap_or(usize::MAX);
    let limits = PullLimits {
        // 0 (the default of an older client that sent no limit) means "as many as allowed".
        records: if wanted == 0 {
            MAX_RECORDS_PER_REQUEST
        } else {
            wanted.min(MAX_RECORDS_PER_REQUEST)
        },
        bytes: MAX_CHANGE_BYTES_PER_REQUEST,
    };
    let response = state
        .storage()
        .pull(
            device,
            request.cursor,
            request.own_acked,
            limits,
            state.now(),
        )
        .await?;
    Ok(SyncReply(response))
}

#[utoipa::path(
    post,
    path = "/v1/compare",
    tag = "sync",
    request_body(content = CompareRequest, content_type = "application/x-waypoint-sync", description = "CBOR, zstd-compressed (Content-Encoding: zstd)"),
    security(("bearer" = [])),
    responses(
        (status = 200, body = CompareResponse, content_type = "application/x-waypoint-sync", description = "records whose heads differ"),
        (status = 400, body = ApiError, description = "malformed or corrupt body, or unsupported protocol version"),
        (status = 401, body = ApiError, description = "no valid session token"),
        (status = 403, body = ApiError, description = "device revoked"),
        (status = 413, body = ApiError, description = "body too large"),
    )
)]
pub(crate) async fn compare(
    State(state): State<AppState>,
    Authenticated(device): Authenticated,
    SyncBody(request): SyncBody<CompareRequest>,
) -> Result<SyncReply<CompareResponse>, ApiError> {
    if request.records.len() > MAX_RECORDS_PER_REQUEST {
        return Err(too_many_records(request.records.len()));
    }
    let response = state.storage().compare(device.site, request).await?;
    Ok(SyncReply(response))
}

#[utoipa::path(
    post,
    path = "/v1/leaflets",
    tag = "sync",
    request_body(content = LeafletsRequest, content_type = "application/x-waypoint-sync", description = "CBOR, zstd-compressed (Content-Encoding: zstd)"),
    security(("bearer" = [])),
    responses(
        (status = 200, body = LeafletsResponse, content_type = "application/x-waypoint-sync", description = "the published leaflet packs after the device's, oldest first"),
        (status = 400, body = ApiError, description = "malformed body, or unsupported protocol version"),
        (status = 401, body = ApiError, description = "no valid session token"),
        (status = 403, body = ApiError, description = "device revoked"),
    )
)]
pub(crate) async fn leaflets(
    State(state): State<AppState>,
    Authenticated(_device): Authenticated,
    SyncBody(request): SyncBody<LeafletsRequest>,
) -> Result<SyncReply<LeafletsResponse>, ApiError> {
    let packs = state
        .storage()
        .leaflets_after(request.after, MAX_LEAFLET_PACKS_PER_RESPONSE)
        .await?;
    Ok(SyncReply(LeafletsResponse { packs }))
}
