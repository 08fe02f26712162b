//! Sync message bodies (CBOR, zstd-compressed) and bearer-token authentication, as extractors.

use axum::{
    body::Bytes,
    extract::{FromRequest, FromRequestParts, Request},
    http::{HeaderValue, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};
use serde::{Serialize, de::DeserializeOwned};
use sha2::{Digest, Sha256};
use waypoint_core::sync::{
    DecompressError, MAX_CHANGE_BYTES_PER_REQUEST, compress, decode, encode,
};

use crate::{ApiError, AppState, ErrorCode, storage::Device};

/// The media type of every sync message body.
pub(crate) const SYNC_CONTENT_TYPE: &str = "application/x-waypoint-sync";

/// Most bytes a request body may decompress to: the change bytes a request may carry plus as
/// much again for framing. Stops a small zstd bomb from filling memory.
pub(crate) const MAX_DECOMPRESSED_BYTES: usize = 2 * MAX_CHANGE_BYTES_PER_REQUEST;

/// A sync message in a request body: `Content-Encoding: zstd` (or none, for debugging with
/// plain CBOR), CBOR inside. Anything that does not decode is `400 malformed`.
#[derive(Debug)]
pub(crate) struct SyncBody<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for SyncBody<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let compressed = match request.headers().get(header::CONTENT_ENCODING) {
            None => false,
            Some(value) if value.as_bytes().eq_ignore_ascii_case(b"zstd") => true,
            Some(value) if value.as_bytes().eq_ignore_ascii_case(b"identity") => false,
            Some(value) => {
                return Err(ApiError::malformed(format!(
                    "Content-Encoding {:?} is not supported; send zstd",
                    String::from_utf8_lossy(value.as_bytes())
                )));
            }
        };
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::payload_too_large(state.limits().max_request_bytes)
                } else {
                    ApiError::malformed(rejection.body_text())
                }
            })?;
        let message = if compressed {
            decode(&decompress(&body, MAX_DECOMPRESSED_BYTES)?)
        } else {
            decode(&body)
        };
        message.map(SyncBody).map_err(ApiError::malformed)
    }
}

/// Decompresses a zstd body (checksum verified), refusing one that grows past `limit` bytes.
fn decompress(body: &[u8], limit: usize) -> Result<Vec<u8>, ApiError> {
    waypoint_core::sync::decompress(body, limit).map_err(|error| match error {
        DecompressError::Damaged(_) => ApiError::malformed(error.to_string()),
        DecompressError::TooLarge(_) => ApiError::new(
            ErrorCode::PayloadTooLarge,
            format!("request {error}; send fewer records per request"),
        ),
    })
}

/// A sync message as a response body: CBOR, zstd-compressed.
#[derive(Debug)]
pub(crate) struct SyncReply<T>(pub T);

impl<T: Serialize> IntoResponse for SyncReply<T> {
    fn into_response(self) -> Response {
        (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static(SYNC_CONTENT_TYPE),
                ),
                (header::CONTENT_ENCODING, HeaderValue::from_static("zstd")),
            ],
            compress(&encode(&self.0)),
        )
            .into_response()
    }
}

/// The SHA-256 of a secret: all the server keeps of tokens, nonces and enrolment codes.
pub(crate) fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// 32 random bytes, for nonces and tokens.
pub(crate) fn random_32() -> Result<[u8; 32], ApiError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|error| ApiError::internal(&error))?;
    Ok(bytes)
}

/// The device behind a valid `Authorization: Bearer TOKEN`. Missing, malformed, unknown or
/// expired tokens are `401 unauthenticated`; a revoked device is `403 device_revoked`.
#[derive(Debug)]
pub(crate) struct Authenticated(pub Device);

impl FromRequestParts<AppState> for Authenticated {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let header = parts
            .headers
            .get(header::AUTHORIZATION)
            .ok_or_else(|| ApiError::unauthenticated("no Authorization header"))?;
        let token = header
            .to_str()
            .ok()
            .and_then(|value| value.strip_prefix("Bearer "))
            .and_then(|token| hex::decode(token.trim()).ok())
            .filter(|token| token.len() == 32)
            .ok_or_else(|| {
                ApiError::unauthenticated("the Authorization header is not `Bearer` and a token")
            })?;
        let device = state
            .storage()
            .session_device(sha256(&token), state.now())
            .await?
            .ok_or_else(|| ApiError::unauthenticated("the session token is unknown or expired"))?;
        if device.is_revoked() {
            return Err(ApiError::device_revoked());
        }
        Ok(Self(device))
    }
}
