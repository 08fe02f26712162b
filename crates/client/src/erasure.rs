//! Erasure and retention: the two ways a record leaves a device.
//!
//! - **Erasure** (a supervisor, for a reason): the record is deleted here at once and a
//!   tombstone waits in the store; the next sync sends it, the server deletes every byte of the
//!   record and tells every device, which delete theirs. An edit made elsewhere before the
//!   erasure reached it loses: the server refuses to store an erased record again.
//! - **Retention** (automatic, after each sync): records this device has not written for the
//!   retention window and that the server holds are deleted from this device only. The server
//!   keeps them. A record still waiting to be sent is never purged.

use chrono::Duration;
use waypoint_core::ids::PersonId;
use waypoint_core::sensitive::sensitive_part_id;
use waypoint_core::sync::ErasureReason;
use waypoint_store::DocumentKind;

use crate::{AppError, ErrorCode, Waypoint, load_person};

/// The device setting that holds the retention window in days.
const RETENTION_SETTING: &str = "retention_days";
/// Days a synced record stays on a device after it last wrote it, unless set otherwise.
pub const DEFAULT_RETENTION_DAYS: u32 = 30;
/// The retention window's bounds, in days.
pub const RETENTION_DAYS_RANGE: std::ops::RangeInclusive<u32> = 1..=3650;

impl Waypoint {
    /// Erases a person's record (supervisors only): gone from this device now, from the server
    /// and every device at their next sync. Cannot be undone. The audit log keeps who, when,
    /// which id and why — nothing of the record itself.
    pub fn erase_person(&mut self, id: PersonId, reason: ErasureReason) -> Result<(), AppError> {
        let meta = self.meta()?;
        let session = self.supervisor_session("erase a record")?;
        let key = id.to_string();
        session.store.transaction(|tx| {
            if let Some(identity) = tx.sync_identity()?
                && !identity.is_supervisor()
            {
                return Ok(Err(AppError::new(
                    ErrorCode::Forbidden,
                    format!(
                        "this device is enrolled as {}; the server accepts erasures only from a \
                         device enrolled as supervisor",
                        identity.role
                    ),
                )));
            }
            // Only a person's record, and one that is here (not found otherwise).
            load_person(tx, id)?;
            tx.erase_document(&key, DocumentKind::Person, reason.as_str(), meta.at, false)?;
            // And the person's sensitive part, held here or not: the server and the
            // supervisors' devices that hold it purge it too.
            tx.erase_document(
                &sensitive_part_id(id).to_string(),
                DocumentKind::Sensitive,
                reason.as_str(),
                meta.at,
                false,
            )?;
            tx.audit(
                meta.at,
                Some(meta.officer),
                "erase_person",
                Some(&key),
                Some(reason.as_str()),
            )?;
            Ok(Ok(()))
        })?
    }

    /// Days a synced record stays on this device after it last changed here.
    pub fn retention_days(&mut self) -> Result<u32, AppError> {
        self.bounded_setting(
            RETENTION_SETTING,
            &RETENTION_DAYS_RANGE,
            DEFAULT_RETENTION_DAYS,
        )
    }

    /// Sets the retention window (supervisors only), in days.
    pub fn set_retention_days(&mut self, days: u32) -> Result<u32, AppError> {
        self.set_bounded_setting(
            RETENTION_SETTING,
            &RETENTION_DAYS_RANGE,
            "days",
            "change the retention window",
            days,
        )
    }

    /// Deletes from this device the records the server holds that this device has not written
    /// for the retention window; returns how many. Run after each successful sync.
    pub fn purge_expired(&mut self) -> Result<u32, AppError> {
        let days = self.retention_days()?;
        let cutoff = self.clock.now() - Duration::days(i64::from(days));
        let meta = self.meta()?;
        let purged = self.session()?.store.transaction(|tx| {
            let purged = tx.purge_synced_before(cutoff)?;
            if purged > 0 {
                tx.audit(
                    meta.at,
                    None,
                    "retention_purge",
                    None,
                    Some(&format!("{purged} record(s) older than {days} days")),
                )?;
            }
            Ok(purged)
        })?;
        Ok(u32::try_from(purged).unwrap_or(u32::MAX))
    }
}
