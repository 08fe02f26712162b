//! The client's error: one type, with a stable code the UI branches on.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waypoint_core::form::{FieldError, ValidationErrors};
use waypoint_store::StoreError;

/// Stable error codes shown to the UI. Never reuse or rename one; add new ones at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorCode {
    /// The device has no officer yet: run first-time set-up.
    NotSetUp,
    /// Set-up was already done on this device.
    AlreadySetUp,
    /// No officer is unlocked.
    Locked,
    /// Unknown username or wrong passphrase.
    WrongCredentials,
    /// Too many wrong passphrases: wait `retry_after_secs`.
    TooManyAttempts,
    /// Some fields are invalid: see `fields`.
    Validation,
    /// No such record.
    NotFound,
    /// The record's stored bytes are damaged and were set aside.
    RecordDamaged,
    /// The officer's role does not allow this.
    Forbidden,
    /// That username exists already.
    UsernameTaken,
    /// The device store failed (disk full, database busy…).
    Storage,
    /// The database or keyring comes from a newer app version.
    NeedsNewerApp,
    /// A field named in a conflict resolution has no conflict (it was resolved elsewhere).
    NoConflict,
    /// Anything else; details are in the device log.
    Internal,
    /// The device is not enrolled with a sync server yet.
    NotEnrolled,
    /// The server could not be reached or did not answer in time; try again later.
    Network,
    /// The server refused the request (see the message: bad enrolment code, …).
    ServerRefused,
    /// An administrator revoked this device; its local data was wiped.
    DeviceRevoked,
    /// The sync was cancelled; what it finished is kept, the rest follows next time.
    Cancelled,
    /// The enrolment code is unknown, used already or expired: ask the administrator for a new one.
    EnrolmentCodeInvalid,
    /// The enrolment code is for another site than this device's; it was not used up.
    SiteMismatch,
}

/// What a use case returns when it fails: a code, a message, and the refused fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{message}")]
#[ts(export)]
pub struct AppError {
    /// What went wrong, for the UI to branch on.
    pub code: ErrorCode,
    /// A message in English, for logs and as a fallback.
    pub message: String,
    /// Refused fields, for `validation`.
    pub fields: Vec<FieldError>,
    /// Seconds to wait, for `too_many_attempts`.
    pub retry_after_secs: Option<i64>,
}

impl AppError {
    /// An error with a code and message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            fields: Vec::new(),
            retry_after_secs: None,
        }
    }

    /// Whether trying again later can help.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self.code,
            ErrorCode::TooManyAttempts | ErrorCode::Storage | ErrorCode::Network
        )
    }
}

impl From<ValidationErrors> for AppError {
    fn from(e: ValidationErrors) -> Self {
        Self {
            code: ErrorCode::Validation,
            message: e.to_string(),
            fields: e.errors,
            retry_after_secs: None,
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        let code = match &e {
            StoreError::WrongCredentials => ErrorCode::WrongCredentials,
            StoreError::TooManyAttempts { retry_after_secs } => {
                let mut err = Self::new(ErrorCode::TooManyAttempts, e.to_string());
                err.retry_after_secs = Some(*retry_after_secs);
                return err;
            }
            StoreError::NotFound(_) => ErrorCode::NotFound,
            StoreError::Quarantined { .. } => ErrorCode::RecordDamaged,
            StoreError::UsernameTaken(_) => ErrorCode::UsernameTaken,
            StoreError::TooNew { .. } => ErrorCode::NeedsNewerApp,
            StoreError::NoDevice => ErrorCode::NotSetUp,
            StoreError::Document(waypoint_core::document::DocError::NoConflict(_)) => {
                ErrorCode::NoConflict
            }
            StoreError::Document(_) => ErrorCode::RecordDamaged,
            StoreError::WrongKey | StoreError::KeyringCorrupt(_) => ErrorCode::Storage,
            _ => ErrorCode::Storage,
        };
        if code == ErrorCode::Storage {
            tracing::error!(error = %e, "store error");
        }
        Self::new(code, e.to_string())
    }
}

impl From<waypoint_core::document::DocError> for AppError {
    fn from(e: waypoint_core::document::DocError) -> Self {
        StoreError::from(e).into()
    }
}
