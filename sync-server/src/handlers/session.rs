//! `POST /v1/enrol`, `/v1/session/challenge` and `/v1/session`: how a device joins and proves
//! who it is. No shared secret: the device signs a fresh server nonce with its Ed25519 key.

use std::time::Duration;

use axum::extract::State;
use ed25519_dalek::{Signature, VerifyingKey};
use uuid::Uuid;
use waypoint_core::ids::DeviceId;

use super::codec::{SyncBody, SyncReply, random_32, sha256};
use crate::{
    ApiError, AppState, ErrorCode,
    enrolment::EnrolmentCode,
    storage::{Device, EnrolOutcome, Millis},
    wire::{
        ChallengeRequest, ChallengeResponse, EnrolRequest, EnrolResponse, SessionRequest,
        SessionResponse, session_signing_message,
    },
};

/// How long a challenge nonce can be signed, by the server's clock.
pub(crate) const NONCE_LIFETIME: Duration = Duration::from_secs(60);
/// How long a session token is good for. A sync takes minutes; a new session costs one round
/// trip more.
pub(crate) const SESSION_LIFETIME: Duration = Duration::from_secs(60 * 60);

fn after(now: Millis, lifetime: Duration) -> Millis {
    now.saturating_add(i64::try_from(lifetime.as_millis()).unwrap_or(i64::MAX))
}

#[utoipa::path(
    post,
    path = "/v1/enrol",
    tag = "sync",
    request_body(content = EnrolRequest, content_type = "application/x-waypoint-sync", description = "CBOR, zstd-compressed (Content-Encoding: zstd)"),
    responses(
        (status = 200, body = EnrolResponse, content_type = "application/x-waypoint-sync", description = "the device's id, site and role"),
        (status = 400, body = ApiError, description = "malformed or corrupt body, or unsupported protocol version"),
        (status = 409, body = ApiError, description = "public key already enrolled; the code is not spent"),
        (status = 413, body = ApiError, description = "body too large"),
    )
)]
pub(crate) async fn enrol(
    State(state): State<AppState>,
    SyncBody(request): SyncBody<EnrolRequest>,
) -> Result<SyncReply<EnrolResponse>, ApiError> {
    let public_key: [u8; 32] = request
        .public_key
        .as_slice()
        .try_into()
        .map_err(|_| ApiError::malformed("public_key must be 32 bytes (Ed25519)"))?;
    let key = VerifyingKey::from_bytes(&public_key)
        .map_err(|_| ApiError::malformed("public_key is not an Ed25519 public key"))?;
    if key.is_weak() {
        return Err(ApiError::malformed(
            "public_key is a weak Ed25519 key; generate a new key pair",
        ));
    }
    let code = EnrolmentCode::parse(&request.code)
        .map_err(|error| ApiError::new(ErrorCode::EnrolmentCodeInvalid, error.to_string()))?;
    let id = DeviceId(Uuid::now_v7());
    match state
        .storage()
        .enrol(
            code.hash(),
            id,
            public_key,
            request.site.clone(),
            state.now(),
        )
        .await?
    {
        EnrolOutcome::Enrolled(device) => {
            tracing::info!(device = %device.id, site = %device.site.as_str(), role = %device.role, "device enrolled");
            Ok(SyncReply(EnrolResponse {
                device_id: device.id.0,
                site: device.site.as_str().to_owned(),
                role: device.role,
            }))
        }
        EnrolOutcome::CodeInvalid => Err(ApiError::new(
            ErrorCode::EnrolmentCodeInvalid,
            "this enrolment code is unknown, already used or expired; ask the administrator for \
             a new one",
        )),
        EnrolOutcome::SiteMismatch { code_site } => Err(ApiError::new(
            ErrorCode::SiteMismatch,
            format!(
                "this code enrols a device at site {code_site}, but this device is set up for \
                 site {}; ask for a code for that site (this one was not used up)",
                request.site.as_deref().unwrap_or("?")
            ),
        )),
        EnrolOutcome::PublicKeyInUse => Err(ApiError::new(
            ErrorCode::PublicKeyInUse,
            "another device enrolled with this public key; generate a new key pair and enrol \
             again (the code was not used up)",
        )),
    }
}

/// The enrolled, unrevoked device with this id.
async fn active_device(state: &AppState, id: Uuid) -> Result<Device, ApiError> {
    let device =
        state.storage().device(DeviceId(id)).await?.ok_or_else(|| {
            ApiError::unauthenticated(&format!("no device {id} is enrolled here"))
        })?;
    if device.is_revoked() {
        return Err(ApiError::device_revoked());
    }
    Ok(device)
}

#[utoipa::path(
    post,
    path = "/v1/session/challenge",
    tag = "sync",
    request_body(content = ChallengeRequest, content_type = "application/x-waypoint-sync", description = "CBOR, zstd-compressed (Content-Encoding: zstd)"),
    responses(
        (status = 200, body = ChallengeResponse, content_type = "application/x-waypoint-sync", description = "a single-use nonce to sign"),
        (status = 400, body = ApiError, description = "malformed or corrupt body, or unsupported protocol version"),
        (status = 403, body = ApiError, description = "device revoked"),
        (status = 413, body = ApiError, description = "body too large"),
    )
)]
pub(crate) async fn challenge(
    State(state): State<AppState>,
    SyncBody(request): SyncBody<ChallengeRequest>,
) -> Result<SyncReply<ChallengeResponse>, ApiError> {
    let device = active_device(&state, request.device_id).await?;
    let nonce = random_32()?;
    let now = state.now();
    state
        .storage()
        .add_nonce(device.id, sha256(&nonce), after(now, NONCE_LIFETIME), now)
        .await?;
    Ok(SyncReply(ChallengeResponse {
        nonce: nonce.to_vec(),
    }))
}

#[utoipa::path(
    post,
    path = "/v1/session",
    tag = "sync",
    request_body(content = SessionRequest, content_type = "application/x-waypoint-sync", description = "CBOR, zstd-compressed (Content-Encoding: zstd)"),
    responses(
        (status = 200, body = SessionResponse, content_type = "application/x-waypoint-sync", description = "a bearer token for the sync requests"),
        (status = 400, body = ApiError, description = "malformed or corrupt body, or unsupported protocol version"),
        (status = 401, body = ApiError, description = "bad signature or spent nonce"),
        (status = 403, body = ApiError, description = "device revoked"),
        (status = 413, body = ApiError, description = "body too large"),
    )
)]
pub(crate) async fn open(
    State(state): State<AppState>,
    SyncBody(request): SyncBody<SessionRequest>,
) -> Result<SyncReply<SessionResponse>, ApiError> {
    let signature: [u8; 64] = request
        .signature
        .as_slice()
        .try_into()
        .map_err(|_| ApiError::malformed("signature must be 64 bytes (Ed25519)"))?;
    if request.nonce.len() != 32 {
        return Err(ApiError::malformed(
            "nonce must be the 32 bytes of a challenge",
        ));
    }
    let device = active_device(&state, request.device_id).await?;
    let now = state.now();
    // Taken before verifying: a nonce is spent by any attempt, good or bad.
    if !state
        .storage()
        .take_nonce(device.id, sha256(&request.nonce), now)
        .await?
    {
        return Err(ApiError::unauthenticated(
            "the challenge is unknown, already used or expired",
        ));
    }
    let key = VerifyingKey::from_bytes(&device.public_key).map_err(|error| {
        ApiError::internal(&format!("stored key of {} is invalid: {error}", device.id))
    })?;
    key.verify_strict(
        &session_signing_message(&request.nonce),
        &Signature::from_bytes(&signature),
    )
    .map_err(|_| {
        ApiError::unauthenticated("the signature does not verify with this device's key")
    })?;

    let token = random_32()?;
    state
        .storage()
        .add_session(device.id, sha256(&token), after(now, SESSION_LIFETIME), now)
        .await?;
    Ok(SyncReply(SessionResponse {
        token: hex::encode(token),
        expires_in: SESSION_LIFETIME.as_secs(),
        next_certificate: state.next_certificate(),
    }))
}
