//! Enrolment and session messages of sync protocol version 1, and the device [`Role`].
//!
//! These are CBOR maps carried like every other sync message (see `waypoint_core::sync`). They
//! live here until the device side needs them; then they move to `waypoint_core::sync` beside
//! the push and pull messages, unchanged on the wire.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What the users of a device may do. Stored and sent as its snake_case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Registers and edits people at the device's site.
    Officer,
    /// An officer who also reviews duplicates and corrections.
    Supervisor,
}

impl Role {
    /// The stored and wire name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Officer => "officer",
            Role::Supervisor => "supervisor",
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "officer" => Ok(Role::Officer),
            "supervisor" => Ok(Role::Supervisor),
            _ => Err(format!(
                "unknown role {s:?}; use \"officer\" or \"supervisor\""
            )),
        }
    }
}

/// `POST /v1/enrol`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolRequest {
    /// The one-time code an administrator issued, as typed (case, dashes and spaces do not
    /// matter).
    pub code: String,
    /// The device's Ed25519 public key (32 bytes).
    #[serde(with = "serde_bytes")]
    pub public_key: Vec<u8>,
}

/// Answer to `POST /v1/enrol`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolResponse {
    /// The id the device authenticates with from now on.
    pub device_id: Uuid,
    /// The site whose records the device syncs.
    pub site: String,
    /// The device's role.
    pub role: Role,
}

/// `POST /v1/session/challenge`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeRequest {
    /// The enrolled device.
    pub device_id: Uuid,
}

/// Answer to `POST /v1/session/challenge`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeResponse {
    /// 32 random bytes to sign; single use, valid for 60 seconds of server time.
    #[serde(with = "serde_bytes")]
    pub nonce: Vec<u8>,
}

/// `POST /v1/session`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRequest {
    /// The enrolled device.
    pub device_id: Uuid,
    /// The nonce from the challenge.
    #[serde(with = "serde_bytes")]
    pub nonce: Vec<u8>,
    /// Ed25519 signature (64 bytes) over [`SESSION_SIGNING_PREFIX`] followed by the nonce.
    #[serde(with = "serde_bytes")]
    pub signature: Vec<u8>,
}

/// Answer to `POST /v1/session`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionResponse {
    /// The bearer token (hex of 32 random bytes) for `Authorization: Bearer …`.
    pub token: String,
    /// Seconds until the token expires, by the server's clock.
    pub expires_in: u64,
}

impl std::fmt::Debug for SessionResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionResponse")
            .field("token", &"[redacted]")
            .field("expires_in", &self.expires_in)
            .finish()
    }
}

/// What a device signs before the nonce, so a session signature can never be mistaken for a
/// signature over anything else.
pub const SESSION_SIGNING_PREFIX: &[u8] = b"waypoint-session-v1:";

/// The bytes a device signs to open a session.
pub fn session_signing_message(nonce: &[u8]) -> Vec<u8> {
    let mut message = Vec::with_capacity(SESSION_SIGNING_PREFIX.len() + nonce.len());
    message.extend_from_slice(SESSION_SIGNING_PREFIX);
    message.extend_from_slice(nonce);
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_parse_from_what_an_administrator_types() {
        assert_eq!("Officer".parse::<Role>(), Ok(Role::Officer));
        assert_eq!(" supervisor ".parse::<Role>(), Ok(Role::Supervisor));
        let error = "admin".parse::<Role>().expect_err("not a role");
        assert!(
            error.contains("officer"),
            "the error lists the roles: {error}"
        );
    }

    #[test]
    fn a_session_response_never_shows_its_token_in_debug_output() {
        let response = SessionResponse {
            token: "deadbeef".to_owned(),
            expires_in: 60,
        };
        assert!(
            !format!("{response:?}").contains("deadbeef"),
            "responses get logged"
        );
    }
}
