//! Information leaflets on the device: the catalogue embedded in the binary (the app needs no
//! files beside it, and works offline), what the UI lists and shows, and the hand-over record.
//!
//! The leaflets offered depend on the site's jurisdiction (`eu` unless a supervisor sets
//! another one from the catalogue): a leaflet is offered only where its
//! `meta.toml` has a legal basis, and a jurisdiction with its own texts gets those
//! (`docs/leaflets.md`). A hand-over is accepted only for a text this device holds, in the
//! version it holds: the version recorded is the text the person was shown.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waypoint_core::handover::HandoverForm;
use waypoint_core::ids::{ItemId, PersonId};
use waypoint_core::leaflet_pack::LeafletPack;
use waypoint_core::leaflets::{
    Jurisdiction, LanguageInfo, LeafletId, LeafletLanguage, LeafletVersion, LegalReference,
    MAX_DEADLINE_DAYS, ReviewStatus, Translation, placeholders,
};

use waypoint_core::document::ChangeMeta;
use waypoint_core::site::{SiteSettingsDoc, site_settings_id};
use waypoint_store::DocumentKind;

use crate::{
    AppError, ErrorCode, PersonSummary, PersonView, Waypoint, load_person, person_view,
    store_person, summary,
};

include!(concat!(env!("OUT_DIR"), "/leaflet_files.rs"));

/// The longest contact value accepted, in characters.
const MAX_CONTACT_CHARS: usize = 200;
/// The most people [`Waypoint::leaflets_due`] lists at once.
const MAX_DUE_PAGE: u32 = 500;

/// A leaflet every person registered at this site must receive, and by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LeafletDeadline {
    /// The leaflet id.
    pub leaflet: LeafletId,
    /// Days after registration by which it is due (0: at registration).
    pub within_days: u16,
}

/// A person at this site who has not received a required leaflet by its due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LeafletDue {
    /// Who.
    pub person: PersonSummary,
    /// Which leaflet they are owed.
    pub leaflet: LeafletId,
    /// When it was due (registration plus the deadline; RFC 3339).
    pub due_at: String,
    /// Whole days since it was due (0: due today).
    pub days_overdue: u32,
}

/// The people at this site owed a leaflet, most overdue first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LeafletsDue {
    /// Leaflets owed in all, counting every person and leaflet (may exceed `items`).
    pub total: u32,
    /// The most overdue ones, up to the limit asked for.
    pub items: Vec<LeafletDue>,
    /// The deadlines these come from.
    pub deadlines: Vec<LeafletDeadline>,
}
/// The jurisdiction of a site whose settings name none.
pub const DEFAULT_JURISDICTION: &str = "eu";

/// One translation of a leaflet, as the leaflet list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TranslationListing {
    /// The language code.
    pub language: LeafletLanguage,
    /// The title in that language.
    pub title: String,
    /// Whether a native speaker reviewed it (shown next to it).
    pub status: ReviewStatus,
    /// The version of the text.
    pub version: LeafletVersion,
}

/// A leaflet offered at this site, with its translations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LeafletListing {
    /// The leaflet id.
    pub id: LeafletId,
    /// The title in the source language.
    pub title: String,
    /// Its legal basis in the site's jurisdiction.
    pub legal_basis: Vec<LegalReference>,
    /// One per language, in the catalogue's language order.
    pub translations: Vec<TranslationListing>,
}

/// What the UI needs to list leaflets and languages at this site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LeafletCatalogueView {
    /// The site's jurisdiction.
    pub jurisdiction: Jurisdiction,
    /// The languages, with their own names (endonyms), script and direction.
    pub languages: Vec<LanguageInfo>,
    /// The leaflets offered at this site, in the catalogue's order.
    pub leaflets: Vec<LeafletListing>,
}

/// One leaflet's text in one language, as the site shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LeafletTextView {
    /// The leaflet id.
    pub leaflet: LeafletId,
    /// The site's jurisdiction (the text is that jurisdiction's).
    pub jurisdiction: Jurisdiction,
    /// The language, with its direction and script.
    pub language: LanguageInfo,
    /// The text: title, sections, review status and version, with the site's contact values
    /// in place of its `{placeholders}`; one the site has no value for stays as it is.
    pub translation: Translation,
    /// The placeholders this text needs that the site's settings do not fill yet (e.g.
    /// `ngo_phone`): shown as a warning; printing is refused until they are set.
    pub missing_placeholders: Vec<String>,
}

/// A site contact value a leaflet needs (the contacts leaflet's phone numbers and addresses).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SiteContact {
    /// The placeholder's name, e.g. `ngo_phone`.
    pub name: String,
    /// What value it takes, in English.
    pub description: String,
    /// The site's value, empty when not set.
    pub value: String,
}

/// A leaflet text by its version, as it was given (without the site's contact values).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LeafletVersionView {
    /// The leaflet id.
    pub leaflet: LeafletId,
    /// The language, with its direction and script.
    pub language: LanguageInfo,
    /// The text, with its review status and version.
    pub translation: Translation,
    /// The edition of the pack it was found in.
    pub edition: String,
}

/// A leaflet printed as PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeafletPdf {
    /// A file name for it: leaflet, language and short version, e.g. `eurodac-ti-1a2b3c4d.pdf`.
    pub file_name: String,
    /// The PDF file (the leaflet's text only: nothing about the person).
    pub pdf: Vec<u8>,
}

/// The leaflet folder as the app embeds it, parsed once. The repository's tests check the
/// folder, so a failure here is a broken build, reported rather than panicking.
fn built_in() -> Result<Arc<LeafletPack>, AppError> {
    static BUILT_IN: OnceLock<Result<Arc<LeafletPack>, String>> = OnceLock::new();
    BUILT_IN
        .get_or_init(|| {
            LeafletPack::from_files(LEAFLET_FILES.iter().copied())
                .map(Arc::new)
                .map_err(|problems| problems.join("; "))
        })
        .clone()
        .map_err(|e| {
            tracing::error!(error = %e, "built-in leaflets do not load");
            AppError::new(ErrorCode::Internal, format!("leaflets do not load: {e}"))
        })
}

/// The files of a pack as the store keeps them (CBOR of [(path, text)], zstd-compressed).
pub(crate) fn pack_bytes(files: &[(String, String)]) -> Vec<u8> {
    waypoint_core::sync::compress(&waypoint_core::sync::encode(&files))
}

/// A pack from the bytes the store keeps; checked whole again (the store is this device's,
/// but a pack that does not check is never offered).
fn pack_from_bytes(bytes: &[u8]) -> Result<LeafletPack, String> {
    let raw = waypoint_core::sync::decompress(bytes, MAX_PACK_BYTES).map_err(|e| e.to_string())?;
    let files: Vec<(String, String)> =
        waypoint_core::sync::decode(&raw).map_err(|e| e.to_string())?;
    LeafletPack::from_files(files.iter().map(|(p, t)| (p.as_str(), t.as_str())))
        .map_err(|problems| problems.join("; "))
}

/// The largest a kept pack may decompress to.
const MAX_PACK_BYTES: usize = 64 * 1024 * 1024;

/// Changes the site's settings record (creating it on the first change) and queues it for sync,
/// so that every device of the site prints the same contacts and owes the same leaflets.
fn update_site_settings(
    tx: &waypoint_store::Tx<'_>,
    meta: &ChangeMeta,
    change: impl FnOnce(&mut SiteSettingsDoc),
) -> Result<(), waypoint_store::StoreError> {
    let id = site_settings_id(&tx.device()?.site_code).to_string();
    let exists = tx.document_exists(&id)?;
    let mut doc = if exists {
        SiteSettingsDoc::from_automerge(tx.load_document(&id)?.1)
    } else {
        SiteSettingsDoc::new()
    };
    change(&mut doc);
    if exists {
        tx.save_document(&id, doc.automerge(), meta.at)?;
    } else {
        tx.insert_document(&id, DocumentKind::Site, doc.automerge(), meta.at)?;
    }
    tx.mark_for_sync(&id, meta.at)
}

/// Every placeholder any leaflet declares, with its description.
fn contact_specs(lib: &LeafletPack) -> BTreeMap<String, String> {
    lib.metas
        .iter()
        .flat_map(|m| m.placeholders.iter())
        .map(|(name, spec)| (name.clone(), spec.description.clone()))
        .collect()
}

/// The jurisdiction's default deadlines, in the catalogue's leaflet order.
fn default_deadlines(lib: &LeafletPack, jurisdiction: &Jurisdiction) -> Vec<LeafletDeadline> {
    let Some(info) = lib.catalogue.jurisdictions.get(jurisdiction) else {
        return Vec::new();
    };
    lib.catalogue
        .leaflets
        .iter()
        .filter_map(|id| {
            info.deadlines.get(id).map(|&within_days| LeafletDeadline {
                leaflet: id.clone(),
                within_days,
            })
        })
        .collect()
}

fn not_found(what: String) -> AppError {
    AppError::new(ErrorCode::NotFound, what)
}

impl Waypoint {
    /// The leaflets this device offers: the later edition of the pack built into the app and
    /// the latest pack received from the server (read from the store once per unlock).
    pub(crate) fn library(&mut self) -> Result<Arc<LeafletPack>, AppError> {
        let built_in = built_in()?;
        let session = self.session()?;
        if session.leaflets.is_none() {
            let latest = session.store.transaction(|tx| tx.leaflet_packs(1))?;
            let received = latest.first().and_then(|(id, bytes)| {
                pack_from_bytes(bytes)
                    .inspect_err(|e| tracing::error!(pack = id, error = %e, "a kept leaflet pack does not load"))
                    .ok()
            });
            session.leaflets = Some(received.map(Arc::new));
        }
        Ok(match session.leaflets.as_ref().and_then(Option::as_ref) {
            Some(received) if received.edition() > built_in.edition() => Arc::clone(received),
            _ => built_in,
        })
    }

    /// Any version of a leaflet text this device has held: the current packs first, then
    /// every pack received (older texts stay readable for the hand-overs that cite them).
    /// Without the site's contact values: it is the text as it was given.
    pub fn leaflet_version_text(&mut self, version: &str) -> Result<LeafletVersionView, AppError> {
        let wanted = LeafletVersion::from_hex(version.trim()).ok_or_else(|| {
            AppError::new(
                ErrorCode::Validation,
                format!("{version:?} is not a leaflet version"),
            )
        })?;
        let current = self.library()?;
        let built_in = built_in()?;
        let view = |pack: &LeafletPack| {
            pack.by_version(&wanted).and_then(|(id, t)| {
                Some(LeafletVersionView {
                    leaflet: id.clone(),
                    language: pack.catalogue.language(&t.language)?.clone(),
                    translation: t.clone(),
                    edition: pack.edition().to_owned(),
                })
            })
        };
        if let Some(found) = view(&current).or_else(|| view(&built_in)) {
            return Ok(found);
        }
        let packs = self
            .session()?
            .store
            .transaction(|tx| tx.leaflet_packs(u32::MAX))?;
        packs
            .iter()
            .filter_map(|(_, bytes)| pack_from_bytes(bytes).ok())
            .find_map(|pack| view(&pack))
            .ok_or_else(|| {
                not_found(format!(
                    "no leaflet text of version {version} is held on this device"
                ))
            })
    }

    /// The jurisdiction whose law this site applies (`eu` unless a supervisor set another).
    pub fn site_jurisdiction(&mut self) -> Result<Jurisdiction, AppError> {
        let stored = self.site_settings()?.jurisdiction();
        let lib = self.library()?;
        stored
            .and_then(|j| Jurisdiction::new(&j).ok())
            .filter(|j| lib.catalogue.jurisdictions.contains_key(j))
            .or_else(|| Jurisdiction::new(DEFAULT_JURISDICTION).ok())
            .ok_or_else(|| AppError::new(ErrorCode::Internal, "no default jurisdiction"))
    }

    /// Sets the site's jurisdiction (supervisors only): one of the catalogue's.
    pub fn set_site_jurisdiction(&mut self, code: &str) -> Result<Jurisdiction, AppError> {
        let meta = self.meta()?;
        let lib = self.library()?;
        self.check_site_settings_shared()?;
        let session = self.supervisor_session("change the site's jurisdiction")?;
        let j = Jurisdiction::new(code.trim())
            .ok()
            .filter(|j| lib.catalogue.jurisdictions.contains_key(j))
            .ok_or_else(|| {
                let known: Vec<&str> = lib
                    .catalogue
                    .jurisdictions
                    .keys()
                    .map(Jurisdiction::as_str)
                    .collect();
                AppError::new(
                    ErrorCode::Validation,
                    format!(
                        "jurisdiction {code:?} is not in the leaflet catalogue; use one of {}",
                        known.join(", ")
                    ),
                )
            })?;
        session.store.transaction(|tx| {
            update_site_settings(tx, &meta, |doc| doc.set_jurisdiction(j.as_str(), &meta))?;
            tx.audit(
                meta.at,
                Some(meta.officer),
                "set_site_jurisdiction",
                None,
                Some(j.as_str()),
            )
        })?;
        Ok(j)
    }

    /// The site's leaflet deadlines: the ones a supervisor set, else the jurisdiction's
    /// defaults from the catalogue; only leaflets offered at this site.
    pub fn leaflet_deadlines(&mut self) -> Result<Vec<LeafletDeadline>, AppError> {
        let jurisdiction = self.site_jurisdiction()?;
        let lib = self.library()?;
        let deadlines: Vec<LeafletDeadline> = match self.site_settings()?.deadlines() {
            // In the catalogue's order; a leaflet a newer catalogue dropped is owed no more.
            Some(chosen) => lib
                .catalogue
                .leaflets
                .iter()
                .filter_map(|id| {
                    chosen.get(id.as_str()).map(|&within_days| LeafletDeadline {
                        leaflet: id.clone(),
                        within_days,
                    })
                })
                .collect(),
            None => default_deadlines(&lib, &jurisdiction),
        };
        Ok(deadlines
            .into_iter()
            .filter(|d| lib.offers(&jurisdiction, &d.leaflet))
            .collect())
    }

    /// Sets the site's leaflet deadlines (supervisors only): leaflets offered at this site,
    /// each once, due within [`MAX_DEADLINE_DAYS`] days. An empty list requires none.
    pub fn set_leaflet_deadlines(
        &mut self,
        deadlines: &[LeafletDeadline],
    ) -> Result<Vec<LeafletDeadline>, AppError> {
        let meta = self.meta()?;
        let jurisdiction = self.site_jurisdiction()?;
        let lib = self.library()?;
        self.check_site_settings_shared()?;
        let session = self.supervisor_session("change the site's leaflet deadlines")?;
        let mut seen = std::collections::BTreeSet::new();
        for d in deadlines {
            if !lib.offers(&jurisdiction, &d.leaflet) {
                return Err(AppError::new(
                    ErrorCode::Validation,
                    format!(
                        "leaflet {:?} is not offered at this site",
                        d.leaflet.as_str()
                    ),
                ));
            }
            if d.within_days > MAX_DEADLINE_DAYS {
                return Err(AppError::new(
                    ErrorCode::Validation,
                    format!(
                        "a deadline is at most {MAX_DEADLINE_DAYS} days after registration, not {}",
                        d.within_days
                    ),
                ));
            }
            if !seen.insert(&d.leaflet) {
                return Err(AppError::new(
                    ErrorCode::Validation,
                    format!(
                        "leaflet {:?} has two deadlines; give one",
                        d.leaflet.as_str()
                    ),
                ));
            }
        }
        let json = serde_json::to_string(deadlines)
            .map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))?;
        let chosen: BTreeMap<String, u16> = deadlines
            .iter()
            .map(|d| (d.leaflet.as_str().to_owned(), d.within_days))
            .collect();
        session.store.transaction(|tx| {
            update_site_settings(tx, &meta, |doc| doc.set_deadlines(&chosen, &meta))?;
            tx.audit(
                meta.at,
                Some(meta.officer),
                "set_leaflet_deadlines",
                None,
                Some(&json),
            )
        })?;
        Ok(deadlines.to_vec())
    }

    /// The people registered at this site who have not received a leaflet its deadlines
    /// require, whose due date has come: the most overdue first, up to `limit` (at most 500).
    pub fn leaflets_due(&mut self, limit: u32) -> Result<LeafletsDue, AppError> {
        let deadlines = self.leaflet_deadlines()?;
        let now = self.clock.now();
        let limit = limit.clamp(1, MAX_DUE_PAGE);
        let session = self.session()?;
        let site = session.device.site_code.to_string();
        let mut total = 0u64;
        let mut items = Vec::new();
        for d in &deadlines {
            let within = chrono::Duration::days(i64::from(d.within_days));
            // Due at registration + deadline: due by now if registered before now - deadline.
            let (people, count) = session.store.people_without_leaflet(
                &site,
                d.leaflet.as_str(),
                now - within,
                u64::from(limit),
            )?;
            total += count;
            for item in people {
                let due = item.created_at + within;
                let days_overdue = u32::try_from((now - due).num_days()).unwrap_or(0);
                if let Some(person) = summary(item) {
                    items.push((
                        due,
                        LeafletDue {
                            person,
                            leaflet: d.leaflet.clone(),
                            due_at: due.to_rfc3339(),
                            days_overdue,
                        },
                    ));
                }
            }
        }
        items.sort_by(|(a, x), (b, y)| {
            a.cmp(b)
                .then_with(|| x.person.case_number.cmp(&y.person.case_number))
        });
        items.truncate(limit as usize);
        Ok(LeafletsDue {
            total: u32::try_from(total).unwrap_or(u32::MAX),
            items: items.into_iter().map(|(_, i)| i).collect(),
            deadlines,
        })
    }

    /// The leaflets offered at this site and the languages they are in.
    pub fn leaflet_catalogue(&mut self) -> Result<LeafletCatalogueView, AppError> {
        let jurisdiction = self.site_jurisdiction()?;
        let lib = self.library()?;
        let leaflets = lib
            .offered(&jurisdiction)
            .map(|(meta, translations)| LeafletListing {
                id: meta.id.clone(),
                title: meta.title.clone(),
                legal_basis: meta.legal_basis_in(&jurisdiction).to_vec(),
                translations: translations
                    .into_iter()
                    .map(|(lang, t)| TranslationListing {
                        language: lang.code.clone(),
                        title: t.title.clone(),
                        status: t.status,
                        version: t.version.clone(),
                    })
                    .collect(),
            })
            .collect();
        Ok(LeafletCatalogueView {
            languages: lib.catalogue.languages.clone(),
            leaflets,
            jurisdiction,
        })
    }

    /// A leaflet's text in a language, as this site shows it.
    pub fn leaflet_text(&mut self, id: &str, language: &str) -> Result<LeafletTextView, AppError> {
        let jurisdiction = self.site_jurisdiction()?;
        let lib = self.library()?;
        let (meta, translations) = lib
            .offered(&jurisdiction)
            .find(|(m, _)| m.id.as_str() == id)
            .ok_or_else(|| not_found(format!("leaflet {id:?} is not offered at this site")))?;
        let (lang, t) = translations
            .into_iter()
            .find(|(l, _)| l.code.as_str() == language)
            .ok_or_else(|| not_found(format!("leaflet {id:?} has no {language:?} text")))?;
        let values = self.contact_values()?;
        let missing: BTreeSet<String> = t
            .texts()
            .flat_map(placeholders)
            .filter(|name| !values.contains_key(*name))
            .map(str::to_owned)
            .collect();
        // A placeholder without a value is filled with itself: it shows as `{ngo_phone}`.
        let mut with_gaps = values;
        for name in &missing {
            with_gaps.insert(name.clone(), format!("{{{name}}}"));
        }
        let translation = t.fill(&with_gaps).map_err(|e| {
            AppError::new(
                ErrorCode::Internal,
                format!("leaflet {id:?} does not fill: {e}"),
            )
        })?;
        Ok(LeafletTextView {
            leaflet: meta.id.clone(),
            jurisdiction: jurisdiction.clone(),
            language: lang.clone(),
            translation,
            missing_placeholders: missing.into_iter().collect(),
        })
    }

    /// The leaflet's text in a language as an A4 PDF, with the site's contact values and the
    /// legal basis of its jurisdiction. Refused (`validation`) while a value it needs is not set.
    pub fn leaflet_pdf(&mut self, id: &str, language: &str) -> Result<LeafletPdf, AppError> {
        let view = self.leaflet_text(id, language)?;
        if !view.missing_placeholders.is_empty() {
            return Err(AppError::new(
                ErrorCode::Validation,
                format!(
                    "the site's settings lack {} for this leaflet; a supervisor sets them under \
                     the leaflet contacts",
                    view.missing_placeholders.join(", ")
                ),
            ));
        }
        let lib = self.library()?;
        let legal = lib
            .metas
            .iter()
            .find(|m| m.id == view.leaflet)
            .map(|m| m.legal_basis_in(&view.jurisdiction).to_vec())
            .unwrap_or_default();
        let pdf = waypoint_print::leaflet_pdf(&view.translation, &view.language, &legal)
            .map_err(|e| AppError::new(ErrorCode::Internal, format!("printing failed: {e}")))?;
        Ok(LeafletPdf {
            file_name: format!(
                "{}-{}-{}.pdf",
                view.leaflet,
                view.language.code,
                view.translation.version.short()
            ),
            pdf,
        })
    }

    /// The contact values the site's leaflets need, with what each is and the site's value.
    pub fn site_contacts(&mut self) -> Result<Vec<SiteContact>, AppError> {
        let values = self.contact_values()?;
        Ok(contact_specs(&*self.library()?)
            .into_iter()
            .map(|(name, description)| SiteContact {
                value: values.get(&name).cloned().unwrap_or_default(),
                name,
                description,
            })
            .collect())
    }

    /// Sets the site's contact values (supervisors only): names the leaflets declare, one line
    /// of at most 200 characters each, no braces; an empty value clears one.
    pub fn set_site_contacts(
        &mut self,
        values: &BTreeMap<String, String>,
    ) -> Result<Vec<SiteContact>, AppError> {
        let meta = self.meta()?;
        let specs = contact_specs(&*self.library()?);
        self.check_site_settings_shared()?;
        let session = self.supervisor_session("change the site's contacts")?;
        let mut kept = BTreeMap::new();
        for (name, value) in values {
            if !specs.contains_key(name) {
                return Err(AppError::new(
                    ErrorCode::Validation,
                    format!("{name:?} is not a contact any leaflet uses"),
                ));
            }
            let value = value.trim();
            if value.chars().count() > MAX_CONTACT_CHARS
                || value
                    .chars()
                    .any(|c| c.is_control() || c == '{' || c == '}')
            {
                return Err(AppError::new(
                    ErrorCode::Validation,
                    format!(
                        "{name}: one line of at most {MAX_CONTACT_CHARS} characters, without braces"
                    ),
                ));
            }
            if !value.is_empty() {
                kept.insert(name.clone(), value.to_owned());
            }
        }
        let names: Vec<&str> = kept.keys().map(String::as_str).collect();
        session.store.transaction(|tx| {
            update_site_settings(tx, &meta, |doc| doc.set_contacts(&kept, &meta))?;
            // The names only: the values are the site's, not personal, but need not be logged.
            tx.audit(
                meta.at,
                Some(meta.officer),
                "set_site_contacts",
                None,
                Some(&names.join(" ")),
            )
        })?;
        self.site_contacts()
    }

    /// The site's contact values, by placeholder name.
    fn contact_values(&mut self) -> Result<BTreeMap<String, String>, AppError> {
        Ok(self.site_settings()?.contacts())
    }

    /// Site settings sync to every device of the site, and the server takes them only from a
    /// device enrolled as a supervisor's: on any other enrolled device they cannot change.
    fn check_site_settings_shared(&mut self) -> Result<(), AppError> {
        match self.session()?.store.transaction(|tx| tx.sync_identity())? {
            Some(identity) if !identity.is_supervisor() => Err(AppError::new(
                ErrorCode::Forbidden,
                format!(
                    "this device is enrolled as {}; the site's settings are shared by all its \
                     devices and change only on a device enrolled as supervisor",
                    identity.role
                ),
            )),
            _ => Ok(()),
        }
    }

    /// The site's shared settings: its record if this device has one (made here or received
    /// from another device of the site), else every setting at its default.
    fn site_settings(&mut self) -> Result<SiteSettingsDoc, AppError> {
        Ok(self.session()?.store.transaction(|tx| {
            let id = site_settings_id(&tx.device()?.site_code).to_string();
            if !tx.document_exists(&id)? {
                return Ok(SiteSettingsDoc::new());
            }
            let (_, doc) = tx.load_document(&id)?;
            Ok(SiteSettingsDoc::from_automerge(doc))
        })?)
    }

    /// Records that a leaflet was handed over to a person: checked against the texts offered
    /// at this site, appended to the person's record (with a history entry), audited (ids and
    /// codes only) and queued for sync.
    pub fn record_handover(
        &mut self,
        person: PersonId,
        form: &HandoverForm,
    ) -> Result<PersonView, AppError> {
        let jurisdiction = self.site_jurisdiction()?;
        let details = form.validate(&self.library()?.issuable(&jurisdiction))?;
        let meta = self.meta()?;
        let id = ItemId(self.ids.new_id());
        let session = self.session()?;
        let actor = session.actor.clone();
        let site = session.device.site_code.clone();
        let mut doc = session.store.transaction(|tx| {
            let mut doc = load_person(tx, person)?;
            doc.set_actor(actor);
            doc.record_handover(id, &details, &site, &meta)?;
            store_person(tx, &mut doc, meta.at)?;
            tx.audit(
                meta.at,
                Some(meta.officer),
                "record_handover",
                Some(&person.to_string()),
                Some(&format!("{} {}", details.leaflet, details.language)),
            )?;
            Ok(doc)
        })?;
        let view = person_view(&mut doc)?;
        self.with_links(view)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_catalogue_loads_with_every_leaflet_and_language() {
        let lib = built_in().expect("the built-in leaflets load");
        assert_eq!(lib.metas.len(), lib.catalogue.leaflets.len());
        let eu = Jurisdiction::new("eu").expect("eu");
        for (meta, translations) in lib.offered(&eu) {
            assert_eq!(
                translations.len(),
                lib.catalogue.languages.len(),
                "{} has every language",
                meta.id
            );
        }
    }

    #[test]
    fn a_jurisdiction_gets_its_own_texts_and_only_its_leaflets() {
        let lib = built_in().expect("the built-in leaflets load");
        let az = Jurisdiction::new("az").expect("az");
        let eu = Jurisdiction::new("eu").expect("eu");
        let ids: Vec<&str> = lib.offered(&az).map(|(m, _)| m.id.as_str()).collect();
        assert!(!ids.contains(&"eurodac"), "Eurodac is EU law only: {ids:?}");
        let version = |j: &Jurisdiction| {
            lib.offered(j)
                .find(|(m, _)| m.id.as_str() == "protection-procedure")
                .and_then(|(_, ts)| ts.first().map(|(_, t)| t.version.clone()))
        };
        assert_ne!(version(&az), version(&eu), "az has its own procedure text");
    }
}
