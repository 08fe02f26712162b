//! The one error type at the HTTP boundary and every error code the server can send.
//!
//! Devices branch on [`ErrorCode`] strings, never on messages, so the codes are part of the wire
//! format: a code, once shipped, keeps its meaning and is never reused for something else. Retired
//! codes stay listed below as comments so nobody picks the same string again.

use axum::{
    Json,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::Serialize;

use crate::storage::StorageError;

/// A stable, machine-readable error code, sent as the `code` field of every error body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// No route matches the request path.
    NotFound,
    /// The route exists but not for this HTTP method.
    MethodNotAllowed,
    /// The request body is larger than the server accepts.
    PayloadTooLarge,
    /// The request took longer than the server's request timeout.
    RequestTimeout,
    /// The server cannot serve the request right now (for example, the database is busy); retry.
    ServiceUnavailable,
    /// Something failed inside the server; the detail is in the server log only.
    Internal,
    /// The request body is not a valid message: not zstd, not CBOR, a missing or wrong field,
    /// or record changes that are not Automerge data. Nothing was stored; retrying the same bytes
    /// cannot help.
    Malformed,
    /// The path asks for a sync protocol version this server does not speak; the message lists
    /// the versions it speaks.
    UnsupportedProtocol,
    /// No session token, an unknown or expired one, an unknown device, or a failed session
    /// challenge: open a new session.
    Unauthenticated,
    /// The device was revoked by an administrator: it may not sync, and wipes its local store.
    DeviceRevoked,
    /// The enrolment code is unknown, already used or expired: ask the administrator for a new
    /// one.
    EnrolmentCodeInvalid,
    /// The device may not touch this data (for example, a record of another site).
    Forbidden,
    /// Another device already enrolled with this public key: generate a new key pair.
    PublicKeyInUse,
    /// The enrolment code is for another site than the one the device was set up for; the code
    /// was not spent.
    SiteMismatch,
}

impl ErrorCode {
    /// Every code, for documentation and the uniqueness test.
    pub const ALL: &[ErrorCode] = &[
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::PayloadTooLarge,
        ErrorCode::RequestTimeout,
        ErrorCode::ServiceUnavailable,
        ErrorCode::Internal,
        ErrorCode::Malformed,
        ErrorCode::UnsupportedProtocol,
        ErrorCode::Unauthenticated,
        ErrorCode::DeviceRevoked,
        ErrorCode::EnrolmentCodeInvalid,
        ErrorCode::Forbidden,
        ErrorCode::PublicKeyInUse,
        ErrorCode::SiteMismatch,
    ];

    /// The code's wire string. These strings are stable: never change or reuse one.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::RequestTimeout => "request_timeout",
            ErrorCode::ServiceUnavailable => "service_unavailable",
            ErrorCode::Internal => "internal",
            ErrorCode::Malformed => "malformed",
            ErrorCode::UnsupportedProtocol => "unsupported_protocol",
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::DeviceRevoked => "device_revoked",
            ErrorCode::EnrolmentCodeInvalid => "enrolment_code_invalid",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::PublicKeyInUse => "public_key_in_use",
            ErrorCode::SiteMismatch => "site_mismatch",
            // Retired codes (never reuse these strings):
            // (none yet)
        }
    }

    /// The HTTP status sent with this code.
    pub const fn status(self) -> StatusCode {
        match self {
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            ErrorCode::ServiceUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Malformed | ErrorCode::UnsupportedProtocol => StatusCode::BAD_REQUEST,
            ErrorCode::Unauthenticated => StatusCode::UNAUTHORIZED,
            ErrorCode::DeviceRevoked | ErrorCode::EnrolmentCodeInvalid | ErrorCode::Forbidden => {
                StatusCode::FORBIDDEN
            }
            ErrorCode::PublicKeyInUse | ErrorCode::SiteMismatch => StatusCode::CONFLICT,
        }
    }

    /// Whether sending the same request again later can succeed.
    pub const fn is_retryable(self) -> bool {
        matches!(
            self,
            ErrorCode::RequestTimeout | ErrorCode::ServiceUnavailable
        )
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// An error a handler returns; rendered as `{ "code": "...", "message": "..." }` with the code's
/// HTTP status.
///
/// The message is for people and may change between versions; clients branch on the code.
/// Internal failures carry a generic message: their detail goes to the server log, never to the
/// client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ApiError {
    /// Stable, machine-readable: clients branch on it (see docs/sync-protocol.md, Error codes).
    #[schema(value_type = String, example = "malformed")]
    code: ErrorCode,
    /// For people; may change between versions.
    message: String,
}

impl ApiError {
    /// An error with the given code and a human message for the client.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    /// No route for this method and path.
    pub fn not_found(method: &axum::http::Method, path: &str) -> Self {
        Self::new(
            ErrorCode::NotFound,
            format!("no route for {method} {path}; check the server address and path"),
        )
    }

    /// The path exists, the method does not.
    pub fn method_not_allowed(method: &axum::http::Method, path: &str) -> Self {
        Self::new(
            ErrorCode::MethodNotAllowed,
            format!("{path} does not accept {method}"),
        )
    }

    /// The request body is over the configured limit.
    pub fn payload_too_large(limit_bytes: usize) -> Self {
        Self::new(
            ErrorCode::PayloadTooLarge,
            format!("request body is larger than the server's limit of {limit_bytes} bytes"),
        )
    }

    /// The request ran past the configured timeout.
    pub fn request_timeout() -> Self {
        Self::new(
            ErrorCode::RequestTimeout,
            "the request took too long and was stopped; retry",
        )
    }

    /// The body is not a valid message; `why` says what is wrong.
    pub fn malformed(why: impl std::fmt::Display) -> Self {
        Self::new(
            ErrorCode::Malformed,
            format!("malformed request: {why}; nothing was stored"),
        )
    }

    /// The path asks for protocol `version`, which this server does not speak.
    pub fn unsupported_protocol(version: &str, spoken: &[u32]) -> Self {
        let spoken: Vec<String> = spoken.iter().map(u32::to_string).collect();
        Self::new(
            ErrorCode::UnsupportedProtocol,
            format!(
                "this server does not speak sync protocol {version}; it speaks version(s) {}; \
                 update the app or the server so they share one",
                spoken.join(", ")
            ),
        )
    }

    /// No valid session; `why` says which part failed.
    pub fn unauthenticated(why: &str) -> Self {
        Self::new(
            ErrorCode::Unauthenticated,
            format!("{why}; open a new session (challenge, then sign)"),
        )
    }

    /// The device was revoked.
    pub fn device_revoked() -> Self {
        Self::new(
            ErrorCode::DeviceRevoked,
            "this device was revoked by an administrator and may no longer sync",
        )
    }

    /// An internal failure. `detail` is logged here and never sent to the client.
    pub fn internal(detail: &dyn std::fmt::Display) -> Self {
        tracing::error!(error = %detail, "internal error");
        Self::new(
            ErrorCode::Internal,
            "internal server error; see the server log",
        )
    }

    /// The error code.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The human message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for ApiError {}

impl From<StorageError> for ApiError {
    fn from(error: StorageError) -> Self {
        if error.is_retryable() {
            tracing::warn!(error = %error, "storage busy");
            Self::new(
                ErrorCode::ServiceUnavailable,
                "the server is busy; retry shortly",
            )
        } else {
            Self::internal(&error)
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.code.status(), Json(&self)).into_response();
        if self.code == ErrorCode::Unauthenticated {
            response.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_error_code_has_a_distinct_wire_string() {
        let strings: HashSet<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(
            strings.len(),
            ErrorCode::ALL.len(),
            "two codes share a wire string"
        );
    }

    #[test]
    fn every_error_code_is_an_error_status() {
        for code in ErrorCode::ALL {
            let status = code.status();
            assert!(
                status.is_client_error() || status.is_server_error(),
                "{code} maps to non-error status {status}"
            );
        }
    }

    #[test]
    fn an_error_serialises_as_code_and_message() {
        let error = ApiError::new(ErrorCode::NotFound, "gone");
        let json = serde_json::to_value(&error).expect("serialises");
        assert_eq!(
            json,
            serde_json::json!({ "code": "not_found", "message": "gone" }),
            "the error body shape is part of the wire format"
        );
    }

    #[test]
    fn an_internal_error_does_not_reveal_its_detail() {
        let error = ApiError::internal(&"disk I/O error at /srv/secret/path");
        assert!(
            !error.message().contains("/srv/secret/path"),
            "internal detail belongs in the log only"
        );
        assert_eq!(error.code(), ErrorCode::Internal);
    }
}
