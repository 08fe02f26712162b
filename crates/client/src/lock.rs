//! Auto-lock: a device left unattended locks itself. The app counts the time since the last
//! touch or key and calls [`Waypoint::lock`] once it exceeds this device's setting; unlocking
//! needs an officer's passphrase again (the database key is dropped and zeroised on lock).

use std::ops::RangeInclusive;

use crate::{AppError, Waypoint};

/// The device setting that holds the lock delay, in seconds.
const LOCK_SETTING: &str = "lock_after_seconds";
/// The delay of a device that was never set: five minutes.
pub const DEFAULT_LOCK_AFTER_SECONDS: u32 = 300;
/// The delays a supervisor may choose, in seconds: thirty seconds to an hour.
pub const LOCK_AFTER_SECONDS_RANGE: RangeInclusive<u32> = 30..=3_600;

impl Waypoint {
    /// Seconds without use after which the app locks itself.
    pub fn lock_after_seconds(&mut self) -> Result<u32, AppError> {
        self.bounded_setting(
            LOCK_SETTING,
            &LOCK_AFTER_SECONDS_RANGE,
            DEFAULT_LOCK_AFTER_SECONDS,
        )
    }

    /// Sets the auto-lock delay (supervisors only), in seconds.
    pub fn set_lock_after_seconds(&mut self, seconds: u32) -> Result<u32, AppError> {
        self.set_bounded_setting(
            LOCK_SETTING,
            &LOCK_AFTER_SECONDS_RANGE,
            "seconds",
            "change the auto-lock delay",
            seconds,
        )
    }
}
