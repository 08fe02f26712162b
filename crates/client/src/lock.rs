//! Auto-lock: a device left unattended locks itself. The app counts the time since the last
//! touch or key and calls [`Waypoint::lock`] once it exceeds this device's setting; unlocking
//! needs an officer's passphrase again (the database key is dropped and zeroised on lock).

use std::ops::RangeInclusive;

use crate::{AppError, ErrorCode, Waypoint};

/// The device setting that holds the lock delay, in seconds.
const LOCK_SETTING: &str = "lock_after_seconds";
/// The delay of a device that was never set: five minutes.
pub const DEFAULT_LOCK_AFTER_SECONDS: u32 = 300;
/// The delays a supervisor may choose, in seconds: thirty seconds to an hour.
pub const LOCK_AFTER_SECONDS_RANGE: RangeInclusive<u32> = 30..=3_600;

impl Waypoint {
    /// Seconds without use after which the app locks itself.
    pub fn lock_after_seconds(&mut self) -> Result<u32, AppError> {
        let stored = self
            .session()?
            .store
            .transaction(|tx| tx.setting(LOCK_SETTING))?;
        Ok(stored
            .and_then(|v| v.parse().ok())
            .filter(|s| LOCK_AFTER_SECONDS_RANGE.contains(s))
            .unwrap_or(DEFAULT_LOCK_AFTER_SECONDS))
    }

    /// Sets the auto-lock delay (supervisors only), in seconds.
    pub fn set_lock_after_seconds(&mut self, seconds: u32) -> Result<u32, AppError> {
        let meta = self.meta()?;
        let session = self.supervisor_session("change the auto-lock delay")?;
        if !LOCK_AFTER_SECONDS_RANGE.contains(&seconds) {
            return Err(AppError::new(
                ErrorCode::Validation,
                format!(
                    "the auto-lock delay must be {} to {} seconds, not {seconds}",
                    LOCK_AFTER_SECONDS_RANGE.start(),
                    LOCK_AFTER_SECONDS_RANGE.end()
                ),
            ));
        }
        session.store.transaction(|tx| {
            tx.set_setting(LOCK_SETTING, &seconds.to_string())?;
            tx.audit(
                meta.at,
                Some(meta.officer),
                "set_lock_after_seconds",
                None,
                Some(&seconds.to_string()),
            )
        })?;
        Ok(seconds)
    }
}
