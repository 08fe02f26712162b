//! Syncing by itself: a background thread that syncs when the server can be reached, and backs
//! off (with jitter) while it cannot.
//!
//! The thread owns its own [`Waypoint`] — a *companion* on a second connection to the same
//! encrypted database ([`Waypoint::sync_companion`]) — so the officer's screens never wait for
//! a sync on a slow link: SQLite's WAL lets the two connections read at once, and each write
//! transaction is short. The first request of a sync is the probe: when it fails to reach the
//! server, the next try waits [`AutoSyncPolicy::retry_delay`]; a success schedules the next
//! sync after [`AutoSyncPolicy::interval`]. [`AutoSync::nudge`] syncs soon (after a new record,
//! an enrolment, or when the platform says the network is back); [`AutoSync::stop`] (on lock)
//! cancels a sync in progress at its next request and joins the thread, dropping the
//! companion's copy of the database key.

use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::{AppError, ErrorCode, SyncCancel, SyncProgress, SyncReport, Waypoint};

/// When the background sync runs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AutoSyncPolicy {
    /// Wait after a successful sync before the next one.
    pub interval: Duration,
    /// Wait after the first failure to reach the server; doubles with each failure after it.
    pub first_retry: Duration,
    /// The longest wait between tries.
    pub max_retry: Duration,
    /// Wait before the first sync after starting (or after a nudge).
    pub start_delay: Duration,
}

impl Default for AutoSyncPolicy {
    /// Every 2 minutes while the server answers; 5 s doubling to 5 minutes while it does not.
    fn default() -> Self {
        Self {
            interval: Duration::from_secs(120),
            first_retry: Duration::from_secs(5),
            max_retry: Duration::from_secs(300),
            start_delay: Duration::from_secs(1),
        }
    }
}

impl AutoSyncPolicy {
    /// How long to wait after `failures` failed tries in a row (≥ 1): `first_retry` doubling
    /// up to `max_retry`, spread by ±20 % (`jitter` in [0, 1)) so that devices coming back
    /// online together do not all knock at once.
    pub fn retry_delay(&self, failures: u32, jitter: f64) -> Duration {
        let doublings = i32::try_from(failures.saturating_sub(1).min(30)).unwrap_or(30);
        let base = self.first_retry.as_secs_f64() * 2f64.powi(doublings);
        let capped = base.min(self.max_retry.as_secs_f64());
        Duration::from_secs_f64(capped * (0.8 + 0.4 * jitter.clamp(0.0, 1.0)))
    }

    /// What to do after a sync ended with `outcome`, `failures` being the failed tries in a
    /// row before it. Pure: the thread below only carries it out.
    pub fn next_step(
        &self,
        outcome: Result<(), ErrorCode>,
        failures: u32,
        jitter: f64,
    ) -> NextStep {
        match outcome {
            Ok(()) => NextStep::After {
                wait: self.interval,
                failures: 0,
            },
            // Nothing to do until the device is enrolled or unlocked again: wait for a nudge.
            Err(ErrorCode::NotEnrolled | ErrorCode::Locked) => NextStep::WaitForNudge,
            // The server threw this device out (and its data is wiped): never again.
            Err(ErrorCode::DeviceRevoked) => NextStep::Stop,
            Err(_) => {
                let failures = failures.saturating_add(1);
                NextStep::After {
                    wait: self.retry_delay(failures, jitter),
                    failures,
                }
            }
        }
    }
}

/// The background sync's next move.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NextStep {
    /// Sync again after `wait`, with `failures` failed tries in a row so far.
    After {
        /// How long to wait.
        wait: Duration,
        /// Failed tries in a row.
        failures: u32,
    },
    /// Sync only when nudged.
    WaitForNudge,
    /// End the background sync.
    Stop,
}

/// What the background sync tells its observer.
#[derive(Debug, Clone)]
pub enum AutoSyncEvent {
    /// A sync made progress.
    Progress(SyncProgress),
    /// A sync finished.
    Synced(SyncReport),
    /// A sync failed; the next try is `retry_in` away (none: waiting for a nudge).
    Failed {
        /// Why.
        error: AppError,
        /// When it tries again.
        retry_in: Option<Duration>,
    },
    /// The server revoked this device: its data is wiped and the background sync ended.
    Revoked,
}

#[derive(Default)]
struct Control {
    stop: bool,
    nudged: bool,
}

struct Shared {
    control: Mutex<Control>,
    wake: Condvar,
    cancel: SyncCancel,
    /// Held during every sync; a sync started by hand takes it too, so that two never overlap.
    gate: Arc<Mutex<()>>,
}

/// A running background sync; [`Self::stop`] (or dropping it) ends it.
pub struct AutoSync {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for AutoSync {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AutoSync")
            .field("running", &self.thread.is_some())
            .finish()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // The guarded data are flags: a panic elsewhere cannot leave them half-written.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

fn jitter() -> f64 {
    let mut bytes = [0u8; 4];
    // Without randomness the spread is lost, not the retry.
    let _ = getrandom::fill(&mut bytes);
    f64::from(u32::from_le_bytes(bytes)) / (f64::from(u32::MAX) + 1.0)
}

impl AutoSync {
    /// Starts syncing `companion` (see [`Waypoint::sync_companion`]) in the background,
    /// telling `observer` what happens.
    pub fn start(
        mut companion: Waypoint,
        policy: AutoSyncPolicy,
        mut observer: impl FnMut(&AutoSyncEvent) + Send + 'static,
    ) -> Self {
        let shared = Arc::new(Shared {
            control: Mutex::new(Control::default()),
            wake: Condvar::new(),
            cancel: SyncCancel::new(),
            gate: Arc::new(Mutex::new(())),
        });
        let inner = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("waypoint-auto-sync".into())
            .spawn(move || {
                let mut deadline = Some(Instant::now() + policy.start_delay);
                let mut failures = 0u32;
                loop {
                    if !inner.wait_until(deadline) {
                        break;
                    }
                    let result = {
                        let _only_one = lock(&inner.gate);
                        companion.sync_watched(
                            &mut |p| observer(&AutoSyncEvent::Progress(p.clone())),
                            &inner.cancel,
                        )
                    };
                    if inner.cancel.is_cancelled() {
                        break;
                    }
                    let outcome = result.as_ref().map(|_| ()).map_err(|e| e.code);
                    let step = policy.next_step(outcome, failures, jitter());
                    match (&result, step) {
                        (_, NextStep::Stop) => {
                            observer(&AutoSyncEvent::Revoked);
                            break;
                        }
                        (Ok(report), NextStep::After { wait, failures: f }) => {
                            observer(&AutoSyncEvent::Synced(report.clone()));
                            failures = f;
                            deadline = Some(Instant::now() + wait);
                        }
                        (Err(error), NextStep::After { wait, failures: f }) => {
                            tracing::info!(code = ?error.code, failures = f, retry_in = ?wait, "background sync failed");
                            observer(&AutoSyncEvent::Failed {
                                error: error.clone(),
                                retry_in: Some(wait),
                            });
                            failures = f;
                            deadline = Some(Instant::now() + wait);
                        }
                        (result, NextStep::WaitForNudge) => {
                            if let Err(error) = result {
                                observer(&AutoSyncEvent::Failed {
                                    error: error.clone(),
                                    retry_in: None,
                                });
                            }
                            deadline = None;
                        }
                    }
                }
                // The companion (and its copy of the key) is dropped here.
                companion.lock();
            })
            .ok();
        if thread.is_none() {
            tracing::error!("could not start the background sync thread");
        }
        Self { shared, thread }
    }

    /// Syncs soon (after [`AutoSyncPolicy::start_delay`]), whatever the back-off said: after
    /// new work, an enrolment, or news that the network is back.
    pub fn nudge(&self) {
        lock(&self.shared.control).nudged = true;
        self.shared.wake.notify_all();
    }

    /// The lock every background sync holds while it runs: a sync started by hand on another
    /// connection takes it too, so that the two never overlap. Take it after any lock the
    /// code calling [`Self::stop`] may hold, never before.
    pub fn gate(&self) -> Arc<Mutex<()>> {
        Arc::clone(&self.shared.gate)
    }

    /// Whether the background thread is still running (it ends on revocation).
    pub fn is_running(&self) -> bool {
        self.thread.as_ref().is_some_and(|t| !t.is_finished())
    }

    /// Cancels a sync in progress at its next request (what it finished stays committed) and
    /// waits for the thread to end.
    pub fn stop(&mut self) {
        lock(&self.shared.control).stop = true;
        self.shared.cancel.cancel();
        self.shared.wake.notify_all();
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            tracing::error!("the background sync thread panicked");
        }
    }
}

impl Drop for AutoSync {
    fn drop(&mut self) {
        self.stop();
    }
}

impl Shared {
    /// Waits until `deadline` (forever when `None`) or a nudge; false when told to stop. A
    /// nudge syncs after a short pause, so that a burst of nudges makes one sync.
    fn wait_until(&self, mut deadline: Option<Instant>) -> bool {
        let mut control = lock(&self.control);
        loop {
            if control.stop {
                return false;
            }
            if control.nudged {
                control.nudged = false;
                let soon = Instant::now() + Duration::from_millis(200);
                deadline = Some(deadline.map_or(soon, |d| d.min(soon)));
            }
            let now = Instant::now();
            match deadline {
                Some(d) if d <= now => return true,
                Some(d) => {
                    control = self
                        .wake
                        .wait_timeout(control, d - now)
                        .unwrap_or_else(PoisonError::into_inner)
                        .0;
                }
                None => {
                    control = self
                        .wake
                        .wait(control)
                        .unwrap_or_else(PoisonError::into_inner);
                }
            }
        }
    }
}

impl Waypoint {
    /// A second handle on this unlocked device — same officer, its own connection to the
    /// database — for syncing in the background ([`AutoSync`]). Lock it (or drop it) when this
    /// one locks.
    pub fn sync_companion(&self) -> Result<Waypoint, AppError> {
        let session = self
            .session
            .as_ref()
            .ok_or_else(|| AppError::new(ErrorCode::Locked, "unlock the device first"))?;
        let mut companion = Waypoint::open(self.config.clone())?;
        let store = waypoint_store::Store::open(&self.config.db_path(), &session.key)?;
        companion.session = Some(crate::Session {
            sync_token: None,
            actor: companion.new_actor(),
            officer: session.officer.clone(),
            key: session.key.clone(),
            store,
            device: session.device.clone(),
            leaflets: None,
        });
        Ok(companion)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_double_from_the_first_delay_up_to_the_cap_spread_by_a_fifth() {
        let p = AutoSyncPolicy::default();
        let mid = |n| p.retry_delay(n, 0.5).as_secs_f64();
        assert!((mid(1) - 5.0).abs() < 1e-9);
        assert!((mid(2) - 10.0).abs() < 1e-9);
        assert!((mid(4) - 40.0).abs() < 1e-9);
        assert!((mid(20) - 300.0).abs() < 1e-9, "capped at 5 minutes");
        assert!((mid(u32::MAX) - 300.0).abs() < 1e-9);
        assert!((p.retry_delay(1, 0.0).as_secs_f64() - 4.0).abs() < 1e-9);
        assert!((p.retry_delay(1, 0.999_999).as_secs_f64() - 6.0).abs() < 1e-3);
    }

    #[test]
    fn the_planner_backs_off_on_failure_resets_on_success_and_stops_on_revocation() {
        let p = AutoSyncPolicy::default();
        assert_eq!(
            p.next_step(Ok(()), 7, 0.5),
            NextStep::After {
                wait: p.interval,
                failures: 0
            }
        );
        assert_eq!(
            p.next_step(Err(ErrorCode::Network), 2, 0.5),
            NextStep::After {
                wait: Duration::from_secs(20),
                failures: 3
            }
        );
        assert_eq!(
            p.next_step(Err(ErrorCode::NotEnrolled), 0, 0.5),
            NextStep::WaitForNudge
        );
        assert_eq!(
            p.next_step(Err(ErrorCode::DeviceRevoked), 0, 0.5),
            NextStep::Stop
        );
    }
}
