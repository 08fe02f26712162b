//! What use cases return to the UI: serialisable views, exported to TypeScript.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waypoint_core::document::Conflict;
use waypoint_core::form::RegistrationForm;
use waypoint_core::handover::LeafletHandover;
use waypoint_core::ids::{OfficerId, PersonId};
use waypoint_core::model::{HistoryEntry, Person, RegistrationGroup, Sex, Status};

/// An officer's role on a device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum OfficerRole {
    /// Registers and edits people; adds notes to specific needs without reading them.
    Officer,
    /// Also manages officers, resolves conflicts and reads the notes of specific needs that
    /// the device holds.
    Supervisor,
}

/// An officer as the app shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OfficerView {
    /// Id.
    pub id: OfficerId,
    /// Login name.
    pub username: String,
    /// Display name.
    pub display_name: String,
    /// Role.
    pub role: OfficerRole,
}

/// The app's state at start and after each session change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AppStatus {
    /// Whether first-time set-up was done.
    pub set_up: bool,
    /// The unlocked officer, if any.
    pub officer: Option<OfficerView>,
    /// Officers who can unlock this device.
    pub officers: Vec<OfficerView>,
    /// Site code, once unlocked.
    pub site: Option<String>,
    /// Device code, once unlocked.
    pub device_code: Option<String>,
}

/// First-time set-up of a device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SetUpForm {
    /// Site code (2–6 letters or digits).
    pub site_code: String,
    /// The first officer's login name; they become supervisor.
    pub username: String,
    /// Their display name.
    pub display_name: String,
    /// Their passphrase.
    pub passphrase: String,
}

/// A new officer, added by a supervisor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OfficerForm {
    /// Login name.
    pub username: String,
    /// Display name.
    pub display_name: String,
    /// Passphrase.
    pub passphrase: String,
    /// Role.
    pub role: OfficerRole,
}

/// A person with everything the record screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PersonView {
    /// The record.
    pub person: Person,
    /// One-line Latin name.
    pub display_name: String,
    /// Name in original script.
    pub original_name: String,
    /// Fields in conflict.
    pub conflicts: Vec<Conflict>,
    /// History, oldest first.
    pub history: Vec<HistoryEntry>,
    /// Leaflets handed over to the person, newest first.
    pub handovers: Vec<LeafletHandover>,
    /// The record as an edit form.
    pub form: RegistrationForm,
    /// Records a reviewer decided about together with this one (same person or not).
    pub links: Vec<crate::LinkedRecord>,
    /// The record this person's linked set opens on, when it is another one: the records
    /// were found to be the same person, and the first registered speaks for them.
    pub canonical: Option<waypoint_core::ids::PersonId>,
    /// The details of the person's specific needs are not on this device: it is enrolled as an
    /// officer's, and the server sends them to supervisors' devices only. Notes added here are
    /// still sent.
    pub needs_details_withheld: bool,
}

/// One row of the people list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PersonSummary {
    /// Record id.
    pub id: PersonId,
    /// Case number.
    pub case_number: String,
    /// Latin name.
    pub display_name: String,
    /// Original-script name.
    pub original_name: String,
    /// Sex code.
    pub sex: String,
    /// Most likely birth year.
    pub birth_year: Option<i32>,
    /// Nationality codes.
    pub nationalities: Vec<String>,
    /// Status code.
    pub status: String,
    /// When registered (RFC 3339).
    pub created_at: String,
    /// Fields in conflict.
    pub conflicts: u32,
    /// The record is damaged and set aside.
    pub damaged: bool,
}

/// Which page of people to list. Every filter given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ListQuery {
    /// A name in any script or spelling (محمد finds Mohammed), three letters or more of
    /// one, or a case number. Found people come best match first; without text, newest first.
    #[serde(default)]
    pub text: Option<String>,
    /// Only records with conflicts.
    #[serde(default)]
    pub conflicts_only: bool,
    /// Only people with this nationality (ISO 3166-1 alpha-3 code).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub nationality: Option<String>,
    /// Only people of this sex.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub sex: Option<Sex>,
    /// Only people who may be this old or older (years, from the birth year: a person born
    /// in 2000 is 25 or 26 during 2026).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub age_min: Option<u32>,
    /// Only people who may be this old or younger (years, from the birth year).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub age_max: Option<u32>,
    /// Only people registered on or after this day (in `utc_offset_minutes`' time zone).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub registered_from: Option<NaiveDate>,
    /// Only people registered on or before this day (in `utc_offset_minutes`' time zone).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub registered_to: Option<NaiveDate>,
    /// The time zone of `registered_from` and `registered_to` as minutes from UTC (the
    /// device's, as for [`crate::ArrivalsQuery`]), so that "today" is the officials' day;
    /// none: UTC. Further than 14 hours from UTC is refused.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub utc_offset_minutes: Option<i32>,
    /// Only records with this status.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub status: Option<Status>,
    /// Only people registered at this site (site code).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub site: Option<String>,
    /// Rows to skip.
    #[serde(default)]
    pub offset: u32,
    /// Rows to return (at most 500).
    #[serde(default)]
    pub limit: u32,
}

/// A page of people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PeoplePage {
    /// The rows.
    pub items: Vec<PersonSummary>,
    /// Rows matching in all; a search stops counting at 1,000 (see `total_exact`).
    pub total: u32,
    /// Whether `total` is the exact count; `false`: at least `total` match.
    pub total_exact: bool,
}

/// A pre-registered group and its members.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GroupView {
    /// The group.
    pub group: RegistrationGroup,
    /// Its members' records.
    pub members: Vec<PersonSummary>,
}

/// Sync state for the home screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncStatus {
    /// Whether the device is enrolled with a server.
    pub enrolled: bool,
    /// The server's address.
    pub server_url: Option<String>,
    /// Records changed here and not yet acknowledged by the server.
    pub waiting: u32,
    /// When the last sync completed (RFC 3339).
    pub last_sync: Option<String>,
    /// SHA-256 of the server certificate pinned at enrolment (`AB:CD:…`), when the server's
    /// certificate is self-signed: compare it with the one the server logs at start.
    pub server_fingerprint: Option<String>,
}

/// What a sync is doing now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SyncPhase {
    /// Opening a session with the server.
    Connecting,
    /// Comparing every record with the server's (first sync, or after a server restore).
    Comparing,
    /// Sending records.
    Pushing,
    /// Receiving records.
    Pulling,
    /// Finished.
    Done,
}

/// Progress of a running sync, for a progress bar: sent after every request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncProgress {
    /// What it is doing.
    pub phase: SyncPhase,
    /// Records waiting to be sent when the sync started.
    pub to_push: u32,
    /// Records acknowledged so far.
    pub pushed: u32,
    /// Records received so far.
    pub pulled: u32,
    /// Bytes sent so far, compressed.
    #[ts(type = "number")]
    pub bytes_up: u64,
    /// Bytes received so far, compressed.
    #[ts(type = "number")]
    pub bytes_down: u64,
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncReport {
    /// Records the server acknowledged.
    pub pushed: u32,
    /// Records received and merged.
    pub pulled: u32,
    /// Request bodies sent, compressed.
    #[ts(type = "number")]
    pub bytes_up: u64,
    /// Response bodies received, compressed.
    #[ts(type = "number")]
    pub bytes_down: u64,
    /// HTTP requests made.
    pub requests: u32,
    /// Whether this sync compared the device's synced records with the server's (first sync
    /// of an enrolment of a device that holds synced records, or the server was restored from
    /// a backup).
    pub repaired: bool,
    /// Records erased elsewhere and removed from this device.
    pub erased: u32,
    /// Records removed from this device by retention after the sync (the server keeps them).
    pub purged: u32,
    /// The edition of a leaflet pack received in this sync, if one was.
    pub leaflet_edition: Option<String>,
    /// The longest a push of this sync waited for the server's acknowledgement, from sending
    /// its request to reading the answer, in milliseconds (0 if it pushed nothing).
    pub slowest_ack_ms: u32,
    /// How many times the server was too busy to take a request (`503` with `Retry-After`)
    /// and it was sent again after the delay.
    pub busy_retries: u32,
}
