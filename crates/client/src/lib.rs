//! # waypoint-client
//!
//! Waypoint's use cases: set up a device, unlock and lock, manage officers, register a person,
//! pre-register a group, edit, read, list, history, conflicts and their resolution, show
//! information leaflets and record their hand-over. The Tauri app's commands and the
//! end-to-end tests call exactly this API, so what is tested is what officials use. (The sync engine joins it with the sync issue.)
//!
//! It owns *who may do what, when*: each use case validates its input first, then runs as one
//! store transaction, and writes an audit entry. It does not own storage (`waypoint-store`) or
//! the domain rules (`waypoint-core`).
//!
//! ```no_run
//! use waypoint_client::{Config, SetUpForm, Waypoint};
//! let mut app = Waypoint::open(Config::new("/tmp/waypoint-data".into()))?;
//! app.set_up(&SetUpForm {
//!     site_code: "LSV".into(),
//!     username: "amina".into(),
//!     display_name: "Amina K.".into(),
//!     passphrase: "correct horse battery".into(),
//! })?;
//! # Ok::<(), waypoint_client::AppError>(())
//! ```
#![deny(missing_docs)]

mod arrivals;
mod auto_sync;
mod duplicates;
mod erasure;
mod error;
mod export;
mod leaflets;
mod lock;
mod review;
mod sync;
mod views;

pub use arrivals::{ARRIVAL_DAYS_RANGE, ArrivalsChart, ArrivalsDay, ArrivalsQuery};
pub use auto_sync::{AutoSync, AutoSyncEvent, AutoSyncPolicy, NextStep};
pub use duplicates::{LikelyMatch, MatchStrength};
pub use erasure::{DEFAULT_RETENTION_DAYS, RETENTION_DAYS_RANGE};
pub use error::{AppError, ErrorCode};
pub use export::ExportFile;
pub use leaflets::{
    DEFAULT_JURISDICTION, LeafletCatalogueView, LeafletDeadline, LeafletDue, LeafletListing,
    LeafletPdf, LeafletTextView, LeafletVersionView, LeafletsDue, SiteContact, TranslationListing,
};
pub use lock::{DEFAULT_LOCK_AFTER_SECONDS, LOCK_AFTER_SECONDS_RANGE};
pub use review::{DuplicateCandidate, LinkedRecord, MatchReason, ReviewName, ReviewPerson};
pub use sync::{PlannedRecord, SyncCancel, plan_push};
pub use views::{
    AppStatus, GroupView, ListQuery, OfficerForm, OfficerRole, OfficerView, PeoplePage,
    PersonSummary, PersonView, SetUpForm, SyncPhase, SyncProgress, SyncReport, SyncStatus,
};
pub use waypoint_core::sync::ErasureReason;
pub use waypoint_store::keyring::KdfParams;

use automerge::ActorId;
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};
use std::path::PathBuf;
use uuid::Uuid;
use waypoint_core::case_number::{CaseNumber, DeviceCode, SiteCode};
use waypoint_core::document::{ChangeMeta, FieldValue, GroupDoc, NewPerson, PersonDoc};
use waypoint_core::form::{GroupForm, RegistrationForm, ValidationContext};
use waypoint_core::ids::{GroupId, ItemId, PersonId};
use waypoint_core::model::{GroupMember, Person, original_name};
use waypoint_core::sensitive::{SensitiveDoc, sensitive_part_id, with_notes};
use waypoint_store::keyring::{DbKey, Keyring, OfficerInfo, Role};
use waypoint_store::{DeviceRecord, DocumentKind, PeopleFilter, SEARCH_COUNT_LIMIT, Store, Tx};

/// Shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 10;
/// Most rows one list call returns.
pub const MAX_PAGE: u32 = 500;

/// Reads the time. The system clock in the app; a fixed or stepping one in tests.
pub trait Clock: Send {
    /// Now.
    fn now(&self) -> DateTime<Utc>;
}

/// The device's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// Makes ids: UUIDv7 in the app; deterministic in tests.
pub trait IdSource: Send {
    /// A fresh id.
    fn new_id(&mut self) -> Uuid;
}

/// UUIDv7 from the system clock and OS randomness.
#[derive(Debug, Default, Clone, Copy)]
pub struct RandomIds;

impl IdSource for RandomIds {
    fn new_id(&mut self) -> Uuid {
        Uuid::now_v7()
    }
}

/// Where the device keeps its data and how costly passphrase derivation is.
#[derive(Debug, Clone)]
pub struct Config {
    /// Folder holding `keyring.json` and `waypoint.db`.
    pub data_dir: PathBuf,
    /// Argon2id parameters for new officers.
    pub kdf: KdfParams,
}

impl Config {
    /// Device defaults for a data folder.
    pub fn new(data_dir: PathBuf) -> Self {
        Self {
            data_dir,
            kdf: KdfParams::DEVICE,
        }
    }
    pub(crate) fn db_path(&self) -> PathBuf {
        self.data_dir.join("waypoint.db")
    }
}

struct Session {
    /// The sync server's session token, kept in memory only (a no-op sync is then one request).
    sync_token: Option<sync::SessionToken>,
    officer: OfficerInfo,
    key: DbKey,
    store: Store,
    device: DeviceRecord,
    actor: ActorId,
    /// The latest leaflet pack received from the server, once read from the store (`None`:
    /// not read yet; `Some(None)`: none received).
    leaflets: Option<Option<std::sync::Arc<waypoint_core::leaflet_pack::LeafletPack>>>,
}

/// The app: one device's keyring, and the unlocked session if any.
pub struct Waypoint {
    config: Config,
    keyring: Keyring,
    session: Option<Session>,
    clock: Box<dyn Clock>,
    ids: Box<dyn IdSource>,
}

impl std::fmt::Debug for Waypoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Waypoint")
            .field("data_dir", &self.config.data_dir)
            .field("unlocked", &self.session.is_some())
            .finish_non_exhaustive()
    }
}

fn role_view(r: Role) -> OfficerRole {
    match r {
        Role::Officer => OfficerRole::Officer,
        Role::Supervisor => OfficerRole::Supervisor,
    }
}

fn officer_view(o: &OfficerInfo) -> OfficerView {
    OfficerView {
        id: o.id,
        username: o.username.clone(),
        display_name: o.display_name.clone(),
        role: role_view(o.role),
    }
}

fn invalid(field: &str, code: waypoint_core::form::ValidationCode, message: String) -> AppError {
    waypoint_core::form::ValidationErrors {
        errors: vec![waypoint_core::form::FieldError {
            field: field.into(),
            code,
            message,
        }],
    }
    .into()
}

fn check_officer_fields(
    username: &str,
    display_name: &str,
    passphrase: &str,
) -> Result<(), AppError> {
    use waypoint_core::form::ValidationCode;
    let u = username.trim();
    if u.len() < 2
        || u.len() > 32
        || !u
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
    {
        return Err(invalid(
            "username",
            ValidationCode::NameEmpty,
            format!("username {u:?} must be 2–32 letters, digits, dots, dashes or underscores"),
        ));
    }
    if display_name.trim().is_empty() {
        return Err(invalid(
            "display_name",
            ValidationCode::NameEmpty,
            "display name is empty".into(),
        ));
    }
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(invalid(
            "passphrase",
            ValidationCode::TextTooLong,
            format!("passphrase must have at least {MIN_PASSPHRASE_CHARS} characters"),
        ));
    }
    Ok(())
}

/// The store's filter for a list query at `now`: ages become birth years (only the year of
/// birth is compared, so an age range takes in both years a person of that age may be born
/// in), days become UTC times.
/// The store's filter for a list query; `offset` is the time zone of its days.
fn people_filter(query: &ListQuery, now: DateTime<Utc>, offset: chrono::Duration) -> PeopleFilter {
    let this_year = now.year();
    let years = |age: u32| i32::try_from(age).map_or(i32::MIN, |a| this_year.saturating_sub(a));
    let midnight = |day: NaiveDate| day.and_time(NaiveTime::MIN).and_utc() - offset;
    PeopleFilter {
        ids: None,
        text: query.text.clone(),
        conflicts_only: query.conflicts_only,
        nationality: query
            .nationality
            .as_deref()
            .map(|n| n.trim().to_uppercase()),
        sex: query.sex.map(|s| s.code().to_owned()),
        birth_year_from: query.age_max.map(|a| years(a).saturating_sub(1)),
        birth_year_to: query.age_min.map(years),
        registered_from: query.registered_from.map(midnight),
        registered_before: query.registered_to.and_then(|d| d.succ_opt()).map(midnight),
        status: query.status.map(|s| s.code().to_owned()),
        site: query.site.as_deref().map(|s| s.trim().to_uppercase()),
        fold_linked: true,
    }
}

fn summary(item: waypoint_store::PersonListItem) -> Option<PersonSummary> {
    Some(PersonSummary {
        id: item.id.parse().ok()?,
        case_number: item.case_number,
        display_name: item.display_name,
        original_name: item.original_name,
        sex: item.sex,
        birth_year: item.birth_year,
        nationalities: item.nationalities,
        status: item.status,
        created_at: item.created_at.to_rfc3339(),
        conflicts: item.conflicts,
        damaged: item.quarantined,
    })
}

fn person_view(doc: &mut PersonDoc) -> Result<PersonView, AppError> {
    let person = doc.read()?;
    Ok(PersonView {
        display_name: person.display_name(),
        original_name: original_name(&person.fields.names),
        conflicts: doc.conflicts(),
        history: doc.history(),
        handovers: doc.handovers(),
        form: RegistrationForm::from_fields(&person.fields),
        links: Vec::new(),
        canonical: None,
        needs_details_withheld: false,
        person,
    })
}

/// The sensitive part of a person's record, if this device holds it.
fn load_sensitive(
    tx: &Tx<'_>,
    id: PersonId,
) -> Result<Option<SensitiveDoc>, waypoint_store::StoreError> {
    let key = sensitive_part_id(id).to_string();
    if !tx.document_exists(&key)? {
        return Ok(None);
    }
    Ok(Some(SensitiveDoc::from_automerge(
        tx.load_document(&key)?.1,
    )))
}

/// Writes the notes of a person's specific needs into their sensitive part (creating it when
/// a first note is written) and queues it for sync. Returns whether anything changed. An
/// officer who may not read the notes (`can_read` false) only adds to them.
fn store_sensitive(
    tx: &Tx<'_>,
    id: PersonId,
    needs: &[waypoint_core::model::SpecificNeedEntry],
    meta: &ChangeMeta,
    actor: &ActorId,
    can_read: bool,
) -> Result<bool, waypoint_store::StoreError> {
    let key = sensitive_part_id(id).to_string();
    let stored = load_sensitive(tx, id)?;
    let exists = stored.is_some();
    if !exists && needs.iter().all(|n| n.note.trim().is_empty()) {
        return Ok(false);
    }
    let mut doc = stored.unwrap_or_else(|| SensitiveDoc::new(id));
    doc.automerge().set_actor(actor.clone());
    let changed = if can_read {
        doc.set_notes(needs, meta)
    } else {
        doc.add_notes(needs, meta)
    };
    if !changed {
        return Ok(false);
    }
    if exists {
        tx.save_document(&key, doc.automerge(), meta.at)?;
    } else {
        tx.insert_sensitive_bytes(&key, &id.to_string(), &doc.automerge().save(), meta.at)?;
    }
    tx.mark_for_sync(&key, meta.at)?;
    Ok(true)
}

/// Creates a person's document with the device's next case number; stores, indexes and queues
/// it for sync (inside the caller's transaction).
fn store_new_person(
    tx: &Tx<'_>,
    device: &DeviceRecord,
    id: PersonId,
    group: Option<GroupId>,
    fields: &waypoint_core::model::PersonFields,
    meta: &ChangeMeta,
    actor: &ActorId,
) -> Result<PersonDoc, waypoint_store::StoreError> {
    let case = CaseNumber::new(
        device.site_code.clone(),
        device.device_code.clone(),
        tx.next_case_sequence()?,
    );
    let mut doc = PersonDoc::create(
        &NewPerson {
            id,
            case_number: &case,
            site: &device.site_code,
            group,
            fields,
        },
        meta,
        actor.clone(),
    )?;
    tx.insert_document(
        &id.to_string(),
        DocumentKind::Person,
        doc.automerge(),
        meta.at,
    )?;
    tx.index_person(&doc.read()?, 0, &[], &[], meta.at)?;
    tx.mark_for_sync(&id.to_string(), meta.at)?;
    // A new person has no sensitive part: one is made only for notes.
    if fields
        .specific_needs
        .iter()
        .any(|n| !n.note.trim().is_empty())
    {
        // A new person's part holds nothing yet that the officer could not read.
        store_sensitive(tx, id, &fields.specific_needs, meta, actor, true)?;
    }
    Ok(doc)
}

fn load_person(tx: &Tx<'_>, id: PersonId) -> Result<PersonDoc, waypoint_store::StoreError> {
    let (kind, am) = tx.load_document(&id.to_string())?;
    if kind != DocumentKind::Person {
        return Err(waypoint_store::StoreError::NotFound(id.to_string()));
    }
    Ok(PersonDoc::from_automerge(am))
}

/// Saves a person's changed document, re-indexes it and queues it for sync.
fn store_person(
    tx: &Tx<'_>,
    doc: &mut PersonDoc,
    now: DateTime<Utc>,
) -> Result<Person, waypoint_store::StoreError> {
    let (person, conflicts) = doc.read_with_conflicts()?;
    tx.save_document(&person.id.to_string(), doc.automerge(), now)?;
    tx.index_person(
        &person,
        conflicts.len(),
        &doc.handovers(),
        &doc.links(),
        now,
    )?;
    tx.mark_for_sync(&person.id.to_string(), now)?;
    Ok(person)
}

impl Waypoint {
    /// Opens the device's data folder with the system clock and random ids.
    pub fn open(config: Config) -> Result<Self, AppError> {
        Self::open_with(config, Box::new(SystemClock), Box::new(RandomIds))
    }

    /// Opens with an injected clock and id source (tests).
    pub fn open_with(
        config: Config,
        clock: Box<dyn Clock>,
        ids: Box<dyn IdSource>,
    ) -> Result<Self, AppError> {
        std::fs::create_dir_all(&config.data_dir).map_err(|e| {
            AppError::new(
                ErrorCode::Storage,
                format!(
                    "cannot create data folder {}: {e}",
                    config.data_dir.display()
                ),
            )
        })?;
        let keyring = Keyring::open(&config.data_dir)?;
        Ok(Self {
            config,
            keyring,
            session: None,
            clock,
            ids,
        })
    }

    /// Where the state is: set up, unlocked, by whom.
    pub fn status(&self) -> AppStatus {
        AppStatus {
            set_up: self.keyring.is_initialised(),
            officer: self.session.as_ref().map(|s| officer_view(&s.officer)),
            officers: self.keyring.officers().iter().map(officer_view).collect(),
            site: self
                .session
                .as_ref()
                .map(|s| s.device.site_code.to_string()),
            device_code: self
                .session
                .as_ref()
                .map(|s| s.device.device_code.to_string()),
        }
    }

    /// First run: creates the database key, the encrypted database, the device identity and the
    /// first officer (a supervisor), and unlocks as them.
    pub fn set_up(&mut self, form: &SetUpForm) -> Result<OfficerView, AppError> {
        if self.keyring.is_initialised() {
            return Err(AppError::new(
                ErrorCode::AlreadySetUp,
                "this device is set up already; unlock instead",
            ));
        }
        let site = SiteCode::new(&form.site_code).map_err(|e| {
            invalid(
                "site_code",
                waypoint_core::form::ValidationCode::NameEmpty,
                e.to_string(),
            )
        })?;
        check_officer_fields(&form.username, &form.display_name, &form.passphrase)?;
        let now = self.clock.now();
        let key = DbKey::generate()?;
        // A half-finished earlier set-up may have left a database no keyring opens.
        for suffix in ["", "-wal", "-shm"] {
            let p = PathBuf::from(format!("{}{suffix}", self.config.db_path().display()));
            if p.exists() {
                std::fs::remove_file(&p)
                    .map_err(|e| AppError::new(ErrorCode::Storage, e.to_string()))?;
            }
        }
        let mut store = Store::open(&self.config.db_path(), &key)?;
        let device = DeviceRecord {
            device_id: waypoint_core::ids::DeviceId(self.ids.new_id()),
            device_code: DeviceCode::from_random(self.ids.new_id().as_u128() as u32),
            site_code: site,
            created_at: now,
        };
        let officer = OfficerInfo {
            id: waypoint_core::ids::OfficerId(self.ids.new_id()),
            username: form.username.trim().to_owned(),
            display_name: form.display_name.trim().to_owned(),
            role: Role::Supervisor,
        };
        store.transaction(|tx| {
            tx.set_device(&device)?;
            tx.insert_officer(
                officer.id,
                &officer.username,
                &officer.display_name,
                officer.role,
                None,
                now,
            )?;
            tx.audit(
                now,
                Some(officer.id),
                "set_up",
                Some(device.site_code.as_str()),
                None,
            )
        })?;
        // The keyring is written last: until it exists, the device counts as not set up.
        self.keyring
            .add_officer(&officer, &form.passphrase, &key, self.config.kdf)?;
        let view = officer_view(&officer);
        self.session = Some(Session {
            sync_token: None,
            actor: self.new_actor(),
            officer,
            key,
            store,
            device,
            leaflets: None,
        });
        Ok(view)
    }

    fn new_actor(&mut self) -> ActorId {
        ActorId::from(self.ids.new_id().as_bytes().to_vec())
    }

    /// Unlocks the device as an officer.
    pub fn unlock(&mut self, username: &str, passphrase: &str) -> Result<OfficerView, AppError> {
        if !self.keyring.is_initialised() {
            return Err(AppError::new(
                ErrorCode::NotSetUp,
                "this device is not set up yet",
            ));
        }
        self.lock();
        let now = self.clock.now();
        let failed_before = self.keyring.failed_attempts(username);
        let (officer, key) = self.keyring.unlock(username, passphrase, now)?;
        let mut store = Store::open(&self.config.db_path(), &key)?;
        let device = store
            .device()?
            .ok_or(waypoint_store::StoreError::NoDevice)?;
        store.transaction(|tx| {
            let detail =
                (failed_before > 0).then(|| format!("after {failed_before} failed attempt(s)"));
            tx.audit(now, Some(officer.id), "unlock", None, detail.as_deref())
        })?;
        let view = officer_view(&officer);
        self.session = Some(Session {
            sync_token: None,
            actor: self.new_actor(),
            officer,
            key,
            store,
            device,
            leaflets: None,
        });
        Ok(view)
    }

    /// Locks the device: closes the database and drops the key (zeroised).
    pub fn lock(&mut self) {
        if let Some(mut s) = self.session.take() {
            let now = self.clock.now();
            let officer = s.officer.id;
            if let Err(e) = s
                .store
                .transaction(|tx| tx.audit(now, Some(officer), "lock", None, None))
            {
                tracing::warn!(error = %e, "could not audit lock");
            }
        }
    }

    fn session(&mut self) -> Result<&mut Session, AppError> {
        self.session
            .as_mut()
            .ok_or_else(|| AppError::new(ErrorCode::Locked, "unlock the device first"))
    }

    /// A whole-number device setting within `range`; `default` when unset or out of range.
    fn bounded_setting(
        &mut self,
        key: &str,
        range: &std::ops::RangeInclusive<u32>,
        default: u32,
    ) -> Result<u32, AppError> {
        let stored = self.session()?.store.transaction(|tx| tx.setting(key))?;
        Ok(stored
            .and_then(|v| v.parse().ok())
            .filter(|v| range.contains(v))
            .unwrap_or(default))
    }

    /// Sets a whole-number device setting (supervisors only, who may `action`), refusing a
    /// value outside `range` (`validation`, naming the bounds in `unit`); audited under the
    /// setting's key.
    fn set_bounded_setting(
        &mut self,
        key: &str,
        range: &std::ops::RangeInclusive<u32>,
        unit: &str,
        action: &str,
        value: u32,
    ) -> Result<u32, AppError> {
        let meta = self.meta()?;
        let session = self.supervisor_session(action)?;
        if !range.contains(&value) {
            return Err(AppError::new(
                ErrorCode::Validation,
                format!(
                    "{key} must be {} to {} {unit}, not {value}",
                    range.start(),
                    range.end()
                ),
            ));
        }
        session.store.transaction(|tx| {
            tx.set_setting(key, &value.to_string())?;
            tx.audit(
                meta.at,
                Some(meta.officer),
                &format!("set_{key}"),
                None,
                Some(&value.to_string()),
            )
        })?;
        Ok(value)
    }

    /// The session of a supervisor, else `forbidden`: "only a supervisor can {action}".
    fn supervisor_session(&mut self, action: &str) -> Result<&mut Session, AppError> {
        let session = self.session()?;
        if session.officer.role != Role::Supervisor {
            return Err(AppError::new(
                ErrorCode::Forbidden,
                format!("only a supervisor can {action}"),
            ));
        }
        Ok(session)
    }

    fn meta(&self) -> Result<ChangeMeta, AppError> {
        let s = self
            .session
            .as_ref()
            .ok_or_else(|| AppError::new(ErrorCode::Locked, "unlock the device first"))?;
        Ok(ChangeMeta {
            officer: s.officer.id,
            device: s.device.device_id,
            at: self.clock.now(),
        })
    }

    /// Adds an officer who can unlock this device (supervisors only).
    pub fn create_officer(&mut self, form: &OfficerForm) -> Result<OfficerView, AppError> {
        let meta = self.meta()?;
        check_officer_fields(&form.username, &form.display_name, &form.passphrase)?;
        let id = waypoint_core::ids::OfficerId(self.ids.new_id());
        let kdf = self.config.kdf;
        self.supervisor_session("add officers")?;
        let officer = OfficerInfo {
            id,
            username: form.username.trim().to_owned(),
            display_name: form.display_name.trim().to_owned(),
            role: match form.role {
                OfficerRole::Officer => Role::Officer,
                OfficerRole::Supervisor => Role::Supervisor,
            },
        };
        if self
            .keyring
            .officers()
            .iter()
            .any(|o| o.username.eq_ignore_ascii_case(&officer.username))
        {
            return Err(waypoint_store::StoreError::UsernameTaken(officer.username).into());
        }
        let session = self
            .session
            .as_mut()
            .ok_or_else(|| AppError::new(ErrorCode::Locked, "locked"))?;
        session.store.transaction(|tx| {
            tx.insert_officer(
                officer.id,
                &officer.username,
                &officer.display_name,
                officer.role,
                Some(meta.officer),
                meta.at,
            )?;
            tx.audit(
                meta.at,
                Some(meta.officer),
                "create_officer",
                Some(&officer.id.to_string()),
                None,
            )
        })?;
        let key = session.key.clone();
        self.keyring
            .add_officer(&officer, &form.passphrase, &key, kdf)?;
        Ok(officer_view(&officer))
    }

    fn validation_context_parts(&self) -> Result<ChangeMeta, AppError> {
        self.meta()
    }

    /// Registers one person. Validates first; then the record, its index row, its outbox entry
    /// and the audit entry are written in one transaction.
    pub fn register_person(&mut self, form: &RegistrationForm) -> Result<PersonView, AppError> {
        let mut docs = self.register_all(std::slice::from_ref(form), "register_person")?;
        let (_, doc) = docs
            .first_mut()
            .ok_or_else(|| AppError::new(ErrorCode::Internal, "no record was made"))?;
        let view = person_view(doc)?;
        self.with_sensitive(view)
    }

    /// Imports many registrations (e.g. a list from another system) in one transaction: all
    /// or none. A form that does not validate refuses the import; its fields are named
    /// `people[<index>].<field>`. Returns the new records' ids, in the forms' order.
    pub fn import_people(&mut self, forms: &[RegistrationForm]) -> Result<Vec<PersonId>, AppError> {
        let docs = self.register_all(forms, "import_person")?;
        Ok(docs.into_iter().map(|(id, _)| id).collect())
    }

    fn register_all(
        &mut self,
        forms: &[RegistrationForm],
        action: &str,
    ) -> Result<Vec<(PersonId, PersonDoc)>, AppError> {
        let meta = self.validation_context_parts()?;
        let mut valid = Vec::with_capacity(forms.len());
        for (index, form) in forms.iter().enumerate() {
            let ids = &mut self.ids;
            let mut new_item = || ItemId(ids.new_id());
            let mut cx = ValidationContext {
                now: meta.at,
                officer: meta.officer,
                new_item_id: &mut new_item,
            };
            match form.validate(&mut cx, &[]) {
                Ok(fields) => valid.push((PersonId(self.ids.new_id()), fields)),
                Err(mut errors) if forms.len() > 1 => {
                    for e in &mut errors.errors {
                        e.field = format!("people[{index}].{}", e.field);
                    }
                    return Err(errors.into());
                }
                Err(errors) => return Err(errors.into()),
            }
        }
        let session = self.session()?;
        let actor = session.actor.clone();
        let device = session.device.clone();
        let docs = session.store.transaction(|tx| {
            let mut docs = Vec::with_capacity(valid.len());
            for (id, fields) in &valid {
                let doc = store_new_person(tx, &device, *id, None, fields, &meta, &actor)?;
                tx.audit(
                    meta.at,
                    Some(meta.officer),
                    action,
                    Some(&id.to_string()),
                    None,
                )?;
                docs.push((*id, doc));
            }
            Ok(docs)
        })?;
        Ok(docs)
    }

    /// Pre-registers a group: a few fields for each member, a record per member and one for the
    /// group, all in one transaction.
    pub fn pre_register_group(&mut self, form: &GroupForm) -> Result<GroupView, AppError> {
        let meta = self.meta()?;
        let ids = &mut self.ids;
        let mut new_item = || ItemId(ids.new_id());
        let mut cx = ValidationContext {
            now: meta.at,
            officer: meta.officer,
            new_item_id: &mut new_item,
        };
        let valid = form.validate(&mut cx)?;
        let group_id = GroupId(self.ids.new_id());
        let person_ids: Vec<PersonId> = valid
            .members
            .iter()
            .map(|_| PersonId(self.ids.new_id()))
            .collect();
        let session = self.session()?;
        let actor = session.actor.clone();
        let device = session.device.clone();
        let group = session.store.transaction(|tx| {
            for ((fields, _), id) in valid.members.iter().zip(&person_ids) {
                store_new_person(tx, &device, *id, Some(group_id), fields, &meta, &actor)?;
            }
            let members: Vec<GroupMember> = valid
                .members
                .iter()
                .zip(&person_ids)
                .enumerate()
                .map(|(i, ((_, rel), id))| GroupMember {
                    person: *id,
                    relationship: if i == valid.focal_point {
                        waypoint_core::model::Relationship::FocalPoint
                    } else {
                        *rel
                    },
                })
                .collect();
            let mut gdoc = GroupDoc::create(
                group_id,
                &device.site_code,
                person_ids[valid.focal_point],
                &members,
                &valid.arrival,
                &meta,
                actor.clone(),
            )?;
            tx.insert_document(
                &group_id.to_string(),
                DocumentKind::Group,
                gdoc.automerge(),
                meta.at,
            )?;
            tx.mark_for_sync(&group_id.to_string(), meta.at)?;
            tx.audit(
                meta.at,
                Some(meta.officer),
                "pre_register_group",
                Some(&group_id.to_string()),
                Some(&format!("{} members", members.len())),
            )?;
            Ok(gdoc.read()?)
        })?;
        let members = self.summaries(&person_ids)?;
        Ok(GroupView { group, members })
    }

    fn summaries(&mut self, ids: &[PersonId]) -> Result<Vec<PersonSummary>, AppError> {
        let session = self.session()?;
        let (items, _) = session.store.list_people(
            &PeopleFilter {
                ids: Some(ids.iter().map(ToString::to_string).collect()),
                ..PeopleFilter::default()
            },
            0,
            u64::MAX,
        )?;
        let mut found: Vec<PersonSummary> = items.into_iter().filter_map(summary).collect();
        // In the order asked for (a household: focal point first).
        found.sort_by_key(|s| ids.iter().position(|id| *id == s.id));
        Ok(found)
    }

    /// Edits a person: writes only the fields that changed, each with a history entry.
    pub fn edit_person(
        &mut self,
        id: PersonId,
        form: &RegistrationForm,
    ) -> Result<PersonView, AppError> {
        let meta = self.meta()?;
        let session = self
            .session
            .as_mut()
            .ok_or_else(|| AppError::new(ErrorCode::Locked, "unlock the device first"))?;
        let ids = &mut self.ids;
        let mut doc = session.store.transaction(|tx| {
            let mut doc = load_person(tx, id)?;
            let previous = doc.read()?.fields.consents;
            let mut new_item = || ItemId(ids.new_id());
            let mut cx = ValidationContext {
                now: meta.at,
                officer: meta.officer,
                new_item_id: &mut new_item,
            };
            // Validation errors are returned after the (empty) transaction is rolled back.
            let fields = match form.validate(&mut cx, &previous) {
                Ok(f) => f,
                Err(e) => return Ok(Err(e)),
            };
            doc.set_actor(session.actor.clone());
            let changed = doc.update(&fields, &meta)?;
            if !changed.is_empty() {
                store_person(tx, &mut doc, meta.at)?;
            }
            let notes = store_sensitive(
                tx,
                id,
                &fields.specific_needs,
                &meta,
                &session.actor,
                session.officer.role == Role::Supervisor,
            )?;
            if !changed.is_empty() || notes {
                let detail = if notes {
                    format!("{} field(s) and needs' notes", changed.len())
                } else {
                    format!("{} field(s)", changed.len())
                };
                tx.audit(
                    meta.at,
                    Some(meta.officer),
                    "edit_person",
                    Some(&id.to_string()),
                    Some(&detail),
                )?;
            }
            Ok(Ok(doc))
        })??;
        let view = person_view(&mut doc)?;
        self.with_links(view)
    }

    /// Reads a person's record (audited: reading sensitive records is itself recorded).
    pub fn get_person(&mut self, id: PersonId) -> Result<PersonView, AppError> {
        let meta = self.meta()?;
        let session = self.session()?;
        let mut doc = session.store.transaction(|tx| {
            let doc = load_person(tx, id)?;
            tx.audit(
                meta.at,
                Some(meta.officer),
                "view_person",
                Some(&id.to_string()),
                None,
            )?;
            Ok(doc)
        })?;
        let view = person_view(&mut doc)?;
        self.with_links(view)
    }

    /// A page of people: those matching the query's text, best match first, or else newest
    /// first; narrowed by the query's filters.
    pub fn list_people(&mut self, query: &ListQuery) -> Result<PeoplePage, AppError> {
        let offset = arrivals::utc_offset(query.utc_offset_minutes.unwrap_or(0))?;
        let filter = people_filter(query, self.clock.now(), offset);
        let session = self.session()?;
        let limit = if query.limit == 0 {
            50
        } else {
            query.limit.min(MAX_PAGE)
        };
        let (items, total) =
            session
                .store
                .list_people(&filter, u64::from(query.offset), u64::from(limit))?;
        Ok(PeoplePage {
            items: items.into_iter().filter_map(summary).collect(),
            total: u32::try_from(total).unwrap_or(u32::MAX),
            total_exact: filter.text.is_none() || total < SEARCH_COUNT_LIMIT,
        })
    }

    /// Resolves a conflict on a person's field with the chosen value (supervisors only).
    pub fn resolve_conflict(
        &mut self,
        id: PersonId,
        field: &str,
        value: &FieldValue,
    ) -> Result<PersonView, AppError> {
        let meta = self.meta()?;
        let session = self.supervisor_session("resolve conflicts")?;
        let actor = session.actor.clone();
        let mut doc = session.store.transaction(|tx| {
            let mut doc = load_person(tx, id)?;
            doc.set_actor(actor);
            doc.resolve_conflict(field, value, &meta)?;
            store_person(tx, &mut doc, meta.at)?;
            tx.audit(
                meta.at,
                Some(meta.officer),
                "resolve_conflict",
                Some(&id.to_string()),
                Some(field),
            )?;
            Ok(doc)
        })?;
        let view = person_view(&mut doc)?;
        self.with_links(view)
    }

    /// Merges a replica of a person's record received from elsewhere (another device, the
    /// server) into the local one, creating it if new. Used by sync and by tests.
    pub fn merge_person(&mut self, id: PersonId, bytes: &[u8]) -> Result<PersonView, AppError> {
        let now = self.clock.now();
        let mut incoming = PersonDoc::load(bytes)?;
        let session = self.session()?;
        let mut doc = session.store.transaction(|tx| match load_person(tx, id) {
            // An erased record is never stored again, whatever copy arrives.
            Err(waypoint_store::StoreError::NotFound(_)) if tx.is_erased(&id.to_string())? => {
                Err(waypoint_store::StoreError::NotFound(id.to_string()))
            }
            Ok(mut doc) => {
                doc.merge(&mut incoming)?;
                store_person(tx, &mut doc, now)?;
                Ok(doc)
            }
            Err(waypoint_store::StoreError::NotFound(_)) => {
                let person = incoming.read()?;
                tx.insert_document(
                    &id.to_string(),
                    DocumentKind::Person,
                    incoming.automerge(),
                    now,
                )?;
                tx.index_person(
                    &person,
                    incoming.conflicts().len(),
                    &incoming.handovers(),
                    &incoming.links(),
                    now,
                )?;
                Ok(incoming)
            }
            Err(e) => Err(e),
        })?;
        let view = person_view(&mut doc)?;
        self.with_links(view)
    }

    /// The full saved bytes of a person's record (for sync and export).
    pub fn person_bytes(&mut self, id: PersonId) -> Result<Vec<u8>, AppError> {
        let session = self.session()?;
        let mut doc = session.store.transaction(|tx| load_person(tx, id))?;
        Ok(doc.save())
    }

    /// Reads a group with its members.
    pub fn get_group(&mut self, id: GroupId) -> Result<GroupView, AppError> {
        let session = self.session()?;
        let group = session.store.transaction(|tx| {
            let (kind, am) = tx.load_document(&id.to_string())?;
            if kind != DocumentKind::Group {
                return Err(waypoint_store::StoreError::NotFound(id.to_string()));
            }
            Ok(GroupDoc::from_automerge(am).read()?)
        })?;
        let ids: Vec<PersonId> = group.members.iter().map(|m| m.person).collect();
        let members = self.summaries(&ids)?;
        Ok(GroupView { group, members })
    }

    /// Completes a person's view with the details of their specific needs from their sensitive
    /// part, or says that they are kept from this device, or from this officer: on a
    /// supervisor's device, which holds them, an officer who unlocks it is not shown them.
    pub(crate) fn with_sensitive(&mut self, mut view: PersonView) -> Result<PersonView, AppError> {
        let id = view.person.id;
        let may_read = self.session()?.officer.role == Role::Supervisor;
        let (part, identity) = self
            .session()?
            .store
            .transaction(|tx| Ok((load_sensitive(tx, id)?, tx.sync_identity()?)))?;
        let needs = !view.person.fields.specific_needs.is_empty();
        match part {
            Some(part) if may_read => {
                view.person.fields.specific_needs =
                    with_notes(&view.person.fields.specific_needs, &part.notes());
                view.form = RegistrationForm::from_fields(&view.person.fields);
            }
            Some(part) => view.needs_details_withheld = needs && !part.notes().is_empty(),
            None => {
                view.needs_details_withheld = needs && identity.is_some_and(|i| !i.is_supervisor());
            }
        }
        Ok(view)
    }

    /// The unlocked store, for diagnostics and tests.
    pub fn store(&mut self) -> Result<&mut Store, AppError> {
        Ok(&mut self.session()?.store)
    }
}
