//! Enrolment and session messages of sync protocol version 1, and the device [`Role`]: the
//! shared definitions in `waypoint_core::sync`, re-exported so handlers and the device speak
//! exactly the same wire format.

pub use waypoint_core::sync::{
    ChallengeRequest, ChallengeResponse, DeviceRole as Role, EnrolRequest, EnrolResponse,
    SESSION_SIGNING_PREFIX, SessionRequest, SessionResponse, session_signing_message,
};
