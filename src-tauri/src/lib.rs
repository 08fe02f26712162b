//! # waypoint-app
//!
//! The Tauri shell: opens the device's data folder, keeps one [`Waypoint`] behind a mutex, and
//! exposes each `waypoint-client` use case as a command of the same name. It owns nothing else:
//! no validation, no storage, no domain rules. Errors cross to the UI as the client's
//! serialisable [`AppError`] (`{ code, message, fields, retry_after_secs }`).
//!
//! The data folder is `$WAYPOINT_DATA_DIR` when set (the end-to-end tests point it at a temporary
//! folder), else Tauri's app data directory. Printed leaflets (PDF: leaflet text only, nothing
//! about a person, so they may live outside the encrypted store) go to `$WAYPOINT_EXPORT_DIR`
//! when set, else a "Waypoint leaflets" folder in the downloads or documents directory.
//!
//! Logging never records personal data: commands log their name and, on failure, the error code.
//!
//! ```no_run
//! waypoint_app_lib::run();
//! ```

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use anyhow::Context as _;
use tauri::Manager as _;
use tauri::ipc::Channel;
use waypoint_client::{
    AppError, AppStatus, ArrivalsChart, ArrivalsQuery, AutoSync, AutoSyncEvent, AutoSyncPolicy,
    Config, DuplicateCandidate, ErasureReason, ErrorCode, GroupView, LeafletCatalogueView,
    LeafletDeadline, LeafletPdf, LeafletTextView, LeafletVersionView, LeafletsDue, LikelyMatch,
    ListQuery, OfficerForm, OfficerView, PeoplePage, PersonView, SetUpForm, SiteContact,
    SyncCancel, SyncProgress, SyncReport, SyncStatus, Waypoint,
};
use waypoint_core::document::FieldValue;
use waypoint_core::form::{GroupForm, RegistrationForm};
use waypoint_core::handover::HandoverForm;
use waypoint_core::ids::{GroupId, PersonId};
use waypoint_core::leaflets::Jurisdiction;
use waypoint_core::links::LinkDecision;

/// Environment variable that overrides where the device keeps its data.
pub const DATA_DIR_ENV: &str = "WAYPOINT_DATA_DIR";
/// Where printed leaflets are saved, when set.
pub const EXPORT_DIR_ENV: &str = "WAYPOINT_EXPORT_DIR";

/// The app's managed state: the device; how to stop the sync in progress (kept apart, so that
/// cancelling does not wait for the lock the sync holds); the background sync while unlocked;
/// and whether that background sync found the device revoked (and wiped).
struct AppState {
    waypoint: Mutex<Waypoint>,
    cancel: Mutex<Option<SyncCancel>>,
    auto: Mutex<Option<AutoSync>>,
    revoked: Arc<AtomicBool>,
    config: Config,
}

impl AppState {
    fn get(&self) -> Result<MutexGuard<'_, Waypoint>, AppError> {
        // A panic while holding the lock leaves the session in an unknown state: refuse to go on
        // rather than act on it.
        let mut waypoint = self.waypoint.lock().map_err(|_| {
            tracing::error!("app state mutex poisoned");
            AppError::new(
                ErrorCode::Internal,
                "the app hit an internal error; restart it",
            )
        })?;
        if self.revoked.swap(false, Ordering::SeqCst) {
            // The background sync was told the device is revoked and wiped its data: this
            // handle's session points at deleted files. Start again as a device never set up.
            self.stop_auto_sync();
            waypoint.lock();
            match Waypoint::open(self.config.clone()) {
                Ok(fresh) => *waypoint = fresh,
                Err(e) => tracing::error!(code = ?e.code, "could not reopen after revocation"),
            }
            return Err(AppError::new(
                ErrorCode::DeviceRevoked,
                "the server revoked this device; its data was deleted",
            ));
        }
        Ok(waypoint)
    }

    fn auto(&self) -> MutexGuard<'_, Option<AutoSync>> {
        // Holds only a handle: nothing half-written survives a panic.
        self.auto.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Starts syncing in the background for the officer who just unlocked `waypoint`.
    fn start_auto_sync(&self, waypoint: &Waypoint) {
        self.stop_auto_sync();
        match waypoint.sync_companion() {
            Ok(companion) => {
                let revoked = Arc::clone(&self.revoked);
                *self.auto() = Some(AutoSync::start(
                    companion,
                    AutoSyncPolicy::default(),
                    move |event| match event {
                        AutoSyncEvent::Revoked => revoked.store(true, Ordering::SeqCst),
                        AutoSyncEvent::Synced(_) => tracing::debug!("background sync done"),
                        AutoSyncEvent::Failed { error, retry_in } => {
                            tracing::debug!(code = ?error.code, ?retry_in, "background sync failed");
                        }
                        AutoSyncEvent::Progress(_) => {}
                    },
                ));
            }
            Err(e) => tracing::warn!(code = ?e.code, "no background sync"),
        }
    }

    fn stop_auto_sync(&self) {
        if let Some(mut auto) = self.auto().take() {
            auto.stop();
        }
    }

    /// Asks the background sync to run soon (new work, or a new enrolment).
    fn nudge(&self) {
        if let Some(auto) = self.auto().as_ref() {
            auto.nudge();
        }
    }
}

/// Passes `result` on, nudging the background sync first if it succeeded (there is something new to send).
fn then_nudge<T>(state: &AppState, result: Result<T, AppError>) -> Result<T, AppError> {
    if result.is_ok() {
        state.nudge();
    }
    result
}

/// Logs a command's outcome without its arguments or result (they hold personal data).
fn logged<T>(command: &'static str, result: Result<T, AppError>) -> Result<T, AppError> {
    match &result {
        Ok(_) => tracing::debug!(command, "ok"),
        Err(e) => tracing::info!(command, code = ?e.code, "refused"),
    }
    result
}

type State<'a> = tauri::State<'a, AppState>;

/// Commands run off the main thread (`async`): unlocking derives a key with Argon2id, which
/// takes long enough to freeze the window otherwise.
#[tauri::command(async, rename_all = "snake_case")]
fn app_status(state: State<'_>) -> Result<AppStatus, AppError> {
    logged("app_status", state.get().map(|w| w.status()))
}

#[tauri::command(async, rename_all = "snake_case")]
fn set_up(state: State<'_>, form: SetUpForm) -> Result<OfficerView, AppError> {
    let mut waypoint = state.get()?;
    let result = waypoint.set_up(&form);
    if result.is_ok() {
        state.start_auto_sync(&waypoint);
    }
    logged("set_up", result)
}

#[tauri::command(async, rename_all = "snake_case")]
fn unlock(state: State<'_>, username: String, passphrase: String) -> Result<OfficerView, AppError> {
    let mut waypoint = state.get()?;
    state.stop_auto_sync();
    let result = waypoint.unlock(&username, &passphrase);
    if result.is_ok() {
        state.start_auto_sync(&waypoint);
    }
    logged("unlock", result)
}

#[tauri::command(async, rename_all = "snake_case")]
fn lock(state: State<'_>) -> Result<(), AppError> {
    logged(
        "lock",
        state.get().map(|mut w| {
            state.stop_auto_sync();
            w.lock();
        }),
    )
}

#[tauri::command(async, rename_all = "snake_case")]
fn create_officer(state: State<'_>, form: OfficerForm) -> Result<OfficerView, AppError> {
    logged("create_officer", state.get()?.create_officer(&form))
}

#[tauri::command(async, rename_all = "snake_case")]
fn register_person(state: State<'_>, form: RegistrationForm) -> Result<PersonView, AppError> {
    logged(
        "register_person",
        then_nudge(&state, state.get()?.register_person(&form)),
    )
}

#[tauri::command(async, rename_all = "snake_case")]
fn pre_register_group(state: State<'_>, form: GroupForm) -> Result<GroupView, AppError> {
    logged(
        "pre_register_group",
        then_nudge(&state, state.get()?.pre_register_group(&form)),
    )
}

#[tauri::command(async, rename_all = "snake_case")]
fn edit_person(
    state: State<'_>,
    id: PersonId,
    form: RegistrationForm,
) -> Result<PersonView, AppError> {
    logged(
        "edit_person",
        then_nudge(&state, state.get()?.edit_person(id, &form)),
    )
}

#[tauri::command(async, rename_all = "snake_case")]
fn get_person(state: State<'_>, id: PersonId) -> Result<PersonView, AppError> {
    logged("get_person", state.get()?.get_person(id))
}

#[tauri::command(async, rename_all = "snake_case")]
fn likely_matches(state: State<'_>, form: RegistrationForm) -> Result<Vec<LikelyMatch>, AppError> {
    logged("likely_matches", state.get()?.likely_matches(&form))
}

#[tauri::command(async, rename_all = "snake_case")]
fn list_people(state: State<'_>, query: ListQuery) -> Result<PeoplePage, AppError> {
    logged("list_people", state.get()?.list_people(&query))
}

#[tauri::command(async, rename_all = "snake_case")]
fn review_queue(state: State<'_>) -> Result<Vec<DuplicateCandidate>, AppError> {
    logged("review_queue", state.get()?.review_queue())
}

#[tauri::command(async, rename_all = "snake_case")]
fn decide_duplicate(
    state: State<'_>,
    a: PersonId,
    b: PersonId,
    decision: LinkDecision,
) -> Result<Vec<DuplicateCandidate>, AppError> {
    logged(
        "decide_duplicate",
        then_nudge(&state, state.get()?.decide_duplicate(a, b, decision)),
    )
}

#[tauri::command(async, rename_all = "snake_case")]
fn resolve_conflict(
    state: State<'_>,
    id: PersonId,
    field: String,
    value: FieldValue,
) -> Result<PersonView, AppError> {
    logged(
        "resolve_conflict",
        then_nudge(&state, state.get()?.resolve_conflict(id, &field, &value)),
    )
}

#[tauri::command(async, rename_all = "snake_case")]
fn get_group(state: State<'_>, id: GroupId) -> Result<GroupView, AppError> {
    logged("get_group", state.get()?.get_group(id))
}

/// Erases a person everywhere (a supervisor on a supervisor device); the erasure goes to the
/// server with the next sync, which the background sync is asked to run now.
#[tauri::command(async, rename_all = "snake_case")]
fn erase_person(state: State<'_>, id: PersonId, reason: ErasureReason) -> Result<(), AppError> {
    logged(
        "erase_person",
        then_nudge(&state, state.get()?.erase_person(id, reason)),
    )
}

#[tauri::command(async, rename_all = "snake_case")]
fn lock_after_seconds(state: State<'_>) -> Result<u32, AppError> {
    logged("lock_after_seconds", state.get()?.lock_after_seconds())
}

#[tauri::command(async, rename_all = "snake_case")]
fn set_lock_after_seconds(state: State<'_>, seconds: u32) -> Result<u32, AppError> {
    logged(
        "set_lock_after_seconds",
        state.get()?.set_lock_after_seconds(seconds),
    )
}

#[tauri::command(async, rename_all = "snake_case")]
fn retention_days(state: State<'_>) -> Result<u32, AppError> {
    logged("retention_days", state.get()?.retention_days())
}

#[tauri::command(async, rename_all = "snake_case")]
fn set_retention_days(state: State<'_>, days: u32) -> Result<u32, AppError> {
    logged("set_retention_days", state.get()?.set_retention_days(days))
}

#[tauri::command(async, rename_all = "snake_case")]
fn site_jurisdiction(state: State<'_>) -> Result<Jurisdiction, AppError> {
    logged("site_jurisdiction", state.get()?.site_jurisdiction())
}

#[tauri::command(async, rename_all = "snake_case")]
fn set_site_jurisdiction(state: State<'_>, code: String) -> Result<Jurisdiction, AppError> {
    logged(
        "set_site_jurisdiction",
        state.get()?.set_site_jurisdiction(&code),
    )
}

#[tauri::command(async, rename_all = "snake_case")]
fn site_contacts(state: State<'_>) -> Result<Vec<SiteContact>, AppError> {
    logged("site_contacts", state.get()?.site_contacts())
}

#[tauri::command(async, rename_all = "snake_case")]
fn set_site_contacts(
    state: State<'_>,
    values: std::collections::BTreeMap<String, String>,
) -> Result<Vec<SiteContact>, AppError> {
    logged("set_site_contacts", state.get()?.set_site_contacts(&values))
}

/// Prints a leaflet to PDF and saves it; returns the file's path for the officer to print or
/// share it from.
#[tauri::command(async, rename_all = "snake_case")]
fn save_leaflet_pdf(
    app: tauri::AppHandle,
    state: State<'_>,
    id: String,
    language: String,
) -> Result<String, AppError> {
    let printed = state.get()?.leaflet_pdf(&id, &language);
    logged(
        "save_leaflet_pdf",
        printed.and_then(|pdf| save_pdf(&app, &pdf)),
    )
}

/// Writes the PDF into the export folder (see [`save_export`]).
fn save_pdf(app: &tauri::AppHandle, pdf: &LeafletPdf) -> Result<String, AppError> {
    save_export(app, &pdf.file_name, &pdf.pdf)
}

/// Writes an exported file into the export folder (`$WAYPOINT_EXPORT_DIR`, else "Waypoint
/// leaflets" under downloads or documents), through a temporary file and a rename, so that a
/// crash never leaves half a file under its real name. Returns its path.
fn save_export(app: &tauri::AppHandle, file_name: &str, bytes: &[u8]) -> Result<String, AppError> {
    let failed = |what: &str, e: &dyn std::fmt::Display| {
        AppError::new(ErrorCode::Internal, format!("{what}: {e}"))
    };
    let dir = match std::env::var_os(EXPORT_DIR_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => app
            .path()
            .download_dir()
            .or_else(|_| app.path().document_dir())
            .or_else(|_| app.path().app_data_dir())
            .map_err(|e| failed("no folder to save the file in", &e))?
            .join("Waypoint leaflets"),
    };
    std::fs::create_dir_all(&dir).map_err(|e| failed("cannot create the export folder", &e))?;
    let path = dir.join(file_name);
    let partial = dir.join(format!(".{file_name}.partial"));
    std::fs::write(&partial, bytes)
        .and_then(|()| std::fs::rename(&partial, &path))
        .map_err(|e| failed("cannot save the file", &e))?;
    Ok(path.display().to_string())
}

#[tauri::command(async, rename_all = "snake_case")]
fn save_handover_export(app: tauri::AppHandle, state: State<'_>) -> Result<String, AppError> {
    let exported = state.get()?.export_handovers();
    logged(
        "save_handover_export",
        exported.and_then(|file| save_export(&app, &file.file_name, &file.bytes)),
    )
}

#[tauri::command(async, rename_all = "snake_case")]
fn leaflet_deadlines(state: State<'_>) -> Result<Vec<LeafletDeadline>, AppError> {
    logged("leaflet_deadlines", state.get()?.leaflet_deadlines())
}

#[tauri::command(async, rename_all = "snake_case")]
fn set_leaflet_deadlines(
    state: State<'_>,
    deadlines: Vec<LeafletDeadline>,
) -> Result<Vec<LeafletDeadline>, AppError> {
    logged(
        "set_leaflet_deadlines",
        state.get()?.set_leaflet_deadlines(&deadlines),
    )
}

#[tauri::command(async, rename_all = "snake_case")]
fn arrivals(state: State<'_>, query: ArrivalsQuery) -> Result<ArrivalsChart, AppError> {
    logged("arrivals", state.get()?.arrivals(&query))
}

#[tauri::command(async, rename_all = "snake_case")]
fn leaflets_due(state: State<'_>, limit: u32) -> Result<LeafletsDue, AppError> {
    logged("leaflets_due", state.get()?.leaflets_due(limit))
}

#[tauri::command(async, rename_all = "snake_case")]
fn leaflet_catalogue(state: State<'_>) -> Result<LeafletCatalogueView, AppError> {
    logged("leaflet_catalogue", state.get()?.leaflet_catalogue())
}

/// Any version of a leaflet text this device has held, as it was given (for a hand-over).
#[tauri::command(async, rename_all = "snake_case")]
fn leaflet_version_text(state: State<'_>, version: String) -> Result<LeafletVersionView, AppError> {
    logged(
        "leaflet_version_text",
        state.get()?.leaflet_version_text(&version),
    )
}

#[tauri::command(async, rename_all = "snake_case")]
fn leaflet_text(
    state: State<'_>,
    id: String,
    language: String,
) -> Result<LeafletTextView, AppError> {
    logged("leaflet_text", state.get()?.leaflet_text(&id, &language))
}

#[tauri::command(async, rename_all = "snake_case")]
fn record_handover(
    state: State<'_>,
    id: PersonId,
    form: HandoverForm,
) -> Result<PersonView, AppError> {
    logged(
        "record_handover",
        then_nudge(&state, state.get()?.record_handover(id, &form)),
    )
}

/// Runs a use case that does blocking network I/O on a plain thread, outside the async
/// runtime (reqwest's blocking client must not run on a runtime thread).
fn off_runtime<T: Send>(
    state: State<'_>,
    f: impl FnOnce(&mut Waypoint) -> Result<T, AppError> + Send,
) -> Result<T, AppError> {
    let mut guard = state.get()?;
    on_thread(&mut guard, f)
}

fn on_thread<T: Send>(
    app: &mut Waypoint,
    f: impl FnOnce(&mut Waypoint) -> Result<T, AppError> + Send,
) -> Result<T, AppError> {
    std::thread::scope(|s| s.spawn(|| f(app)).join()).unwrap_or_else(|_| {
        Err(AppError::new(
            ErrorCode::Internal,
            "the sync stopped unexpectedly; try again",
        ))
    })
}

#[tauri::command(async, rename_all = "snake_case")]
fn enrol(state: State<'_>, server_url: String, code: String) -> Result<SyncStatus, AppError> {
    logged(
        "enrol",
        then_nudge(
            &state,
            off_runtime(state.clone(), |app| app.enrol(&server_url, &code)),
        ),
    )
}

/// Syncs now; sends progress to `on_progress` (a `Channel` from the UI) after every request.
#[tauri::command(async, rename_all = "snake_case")]
fn sync_now(state: State<'_>, on_progress: Channel<SyncProgress>) -> Result<SyncReport, AppError> {
    let cancel = SyncCancel::new();
    if let Ok(mut slot) = state.cancel.lock() {
        *slot = Some(cancel.clone());
    }
    // Locks in this order only: the device, then the background sync's gate (which that sync
    // holds without ever waiting for the device), so that the two syncs never overlap.
    let mut waypoint = state.get()?;
    let gate = state.auto().as_ref().map(AutoSync::gate);
    let _only_one = gate
        .as_deref()
        .map(|g| g.lock().unwrap_or_else(PoisonError::into_inner));
    let result = on_thread(&mut waypoint, |app| {
        app.sync_watched(
            &mut |progress| {
                // A closed window is no reason to stop syncing.
                let _ = on_progress.send(progress.clone());
            },
            &cancel,
        )
    });
    if let Ok(mut slot) = state.cancel.lock() {
        *slot = None;
    }
    logged("sync_now", result)
}

/// Stops the sync in progress at its next request (what it finished stays).
#[tauri::command(rename_all = "snake_case")]
fn cancel_sync(state: State<'_>) {
    if let Ok(slot) = state.cancel.lock()
        && let Some(cancel) = slot.as_ref()
    {
        cancel.cancel();
    }
}

#[tauri::command(async, rename_all = "snake_case")]
fn sync_status(state: State<'_>) -> Result<SyncStatus, AppError> {
    logged("sync_status", state.get()?.sync_status())
}

fn data_dir(app: &tauri::App) -> anyhow::Result<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => app
            .path()
            .app_data_dir()
            .context("cannot find the app data directory; set WAYPOINT_DATA_DIR"),
    }
}

fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("WAYPOINT_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    // A second call (tests, mobile re-entry) keeps the first subscriber.
    let _ = tracing_subscriber::fmt().with_env_filter(filter).try_init();
}

/// Starts the app. Called by the desktop `main` and the mobile entry point.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    init_logging();
    let result = tauri::Builder::default()
        .setup(|app| {
            let dir = data_dir(app)?;
            tracing::info!(data_dir = %dir.display(), "opening device data");
            let waypoint = Waypoint::open(Config::new(dir.clone()))
                .with_context(|| format!("cannot open Waypoint data in {}", dir.display()))?;
            // WebKitGTK keeps caches sized for a web browser by default (decoded resources,
            // pages to go back to); one local page needs the smallest.
            #[cfg(target_os = "linux")]
            if let Some(window) = app.get_webview_window("main") {
                window.with_webview(|webview| {
                    use webkit2gtk::{CacheModel, WebContextExt as _, WebViewExt as _};
                    if let Some(context) = webview.inner().context() {
                        context.set_cache_model(CacheModel::DocumentViewer);
                    }
                })?;
            }
            app.manage(AppState {
                waypoint: Mutex::new(waypoint),
                cancel: Mutex::new(None),
                auto: Mutex::new(None),
                revoked: Arc::new(AtomicBool::new(false)),
                config: Config::new(dir),
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            app_status,
            set_up,
            unlock,
            lock,
            create_officer,
            register_person,
            pre_register_group,
            edit_person,
            get_person,
            list_people,
            likely_matches,
            resolve_conflict,
            review_queue,
            decide_duplicate,
            save_handover_export,
            get_group,
            erase_person,
            retention_days,
            set_retention_days,
            lock_after_seconds,
            set_lock_after_seconds,
            site_jurisdiction,
            set_site_jurisdiction,
            leaflet_catalogue,
            leaflet_deadlines,
            set_leaflet_deadlines,
            site_contacts,
            set_site_contacts,
            save_leaflet_pdf,
            leaflets_due,
            arrivals,
            leaflet_text,
            leaflet_version_text,
            record_handover,
            enrol,
            sync_now,
            cancel_sync,
            sync_status,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        tracing::error!(error = %e, "Waypoint stopped with an error");
        eprintln!("waypoint: {e}");
        std::process::exit(1);
    }
}
