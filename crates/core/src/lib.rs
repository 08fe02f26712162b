//! # waypoint-core
//!
//! Waypoint's domain, pure: the registration model ([`model`]), validation of raw forms
//! ([`form`]), case numbers ([`case_number`]), standard codes ([`codes`]) and records as
//! Automerge documents with their merge rules, history and conflicts ([`document`]).
//!
//! It owns no I/O: no database, network, clock or random numbers. Times and ids are passed in,
//! so every rule here is tested without a device. Storage lives in `waypoint-store`, use cases in
//! `waypoint-client`.
//!
//! ```
//! use waypoint_core::case_number::{CaseNumber, DeviceCode, SiteCode};
//! let n = CaseNumber::new(SiteCode::new("LSV")?, DeviceCode::new("7KQ2")?, 42);
//! let text = n.to_string();
//! assert!(text.starts_with("LSV-7KQ2-000042-"));
//! assert_eq!(text.parse::<CaseNumber>()?, n);
//! # Ok::<(), waypoint_core::case_number::CodeError>(())
//! ```
#![deny(missing_docs)]

pub mod case_number;
pub mod codes;
pub mod document;
pub mod form;
pub mod handover;
pub mod ids;
pub mod leaflet_pack;
pub mod leaflets;
pub mod links;
pub mod model;
pub mod names;
pub mod sensitive;
pub mod site;
pub mod sync;

#[cfg(test)]
mod document_tests;

/// Shared by the unit tests of the document modules.
#[cfg(test)]
mod test_support {
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    use crate::document::ChangeMeta;
    use crate::ids::{DeviceId, OfficerId};

    /// A change by officer 1 on device 2, at `minute` past 09:00 on 2026-12-07.
    pub(crate) fn meta(minute: u32) -> ChangeMeta {
        ChangeMeta {
            officer: OfficerId::from_uuid(Uuid::from_u128(1)),
            device: DeviceId::from_uuid(Uuid::from_u128(2)),
            at: Utc
                .with_ymd_and_hms(2026, 12, 7, 9, minute, 0)
                .single()
                .expect("valid time"),
        }
    }
}
