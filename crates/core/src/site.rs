//! A site's shared settings as one Automerge document, synced to every device of the site:
//! its jurisdiction, the contact values its leaflets print and its leaflet deadlines.
//!
//! Every device of a site derives the same record id from the site code ([`site_settings_id`]),
//! so documents two devices create independently merge into one. Every setting is a scalar
//! directly under the root: two supervisors who change different settings offline both keep
//! their change, and the same setting changed twice resolves the same way on every device
//! (Automerge's deterministic winner). Nested maps would not merge that way: two devices that
//! each created `contacts` would hold two different objects under one key, and one would hide
//! the other whole.

use std::collections::BTreeMap;

use automerge::transaction::Transactable;
use automerge::{AutoCommit, ROOT, ReadDoc, ScalarValue, Value};
use uuid::Uuid;

use crate::case_number::SiteCode;
use crate::document::{ChangeMeta, commit};

/// Namespace of the site-settings record ids (a random UUID, fixed for good: changing it would
/// split every site's settings into two records).
const NAMESPACE: Uuid = Uuid::from_u128(0x6a1f_3c0e_9b7d_4e52_a8c4_1d2f_5e6b_7a90);

const JURISDICTION: &str = "jurisdiction";
const CONTACT_PREFIX: &str = "contact/";
const DEADLINE_PREFIX: &str = "deadline/";
/// Set once a supervisor has chosen the deadlines: from then on an empty set means "none
/// required", not "the jurisdiction's defaults".
const DEADLINES_CHOSEN: &str = "deadlines_chosen";

/// The record id of a site's settings: the same on every device of the site.
pub fn site_settings_id(site: &SiteCode) -> Uuid {
    Uuid::new_v5(&NAMESPACE, site.as_str().as_bytes())
}

/// A site's settings document.
#[derive(Debug, Clone)]
pub struct SiteSettingsDoc {
    doc: AutoCommit,
}

impl Default for SiteSettingsDoc {
    fn default() -> Self {
        Self::new()
    }
}

impl SiteSettingsDoc {
    /// An empty document: every setting at its default.
    pub fn new() -> Self {
        Self {
            doc: AutoCommit::new(),
        }
    }

    /// Wraps a loaded document.
    pub fn from_automerge(doc: AutoCommit) -> Self {
        Self { doc }
    }

    /// The Automerge document, to save or merge.
    pub fn automerge(&mut self) -> &mut AutoCommit {
        &mut self.doc
    }

    /// The site's jurisdiction code, if one was chosen.
    pub fn jurisdiction(&self) -> Option<String> {
        self.string(JURISDICTION)
    }

    /// Chooses the site's jurisdiction.
    pub fn set_jurisdiction(&mut self, code: &str, meta: &ChangeMeta) {
        if self.jurisdiction().as_deref() != Some(code) {
            // Writing to an in-memory map under the root cannot fail.
            let _ = self.doc.put(ROOT, JURISDICTION, code);
            commit(&mut self.doc, meta);
        }
    }

    /// The contact values, by name (names with no value are absent).
    pub fn contacts(&self) -> BTreeMap<String, String> {
        self.prefixed(CONTACT_PREFIX)
            .filter_map(|(name, key)| Some((name, self.string(&key)?)))
            .collect()
    }

    /// Replaces the contact values: names absent from `values` are cleared.
    pub fn set_contacts(&mut self, values: &BTreeMap<String, String>, meta: &ChangeMeta) {
        let current = self.contacts();
        for name in current.keys().filter(|n| !values.contains_key(*n)) {
            let _ = self.doc.delete(ROOT, format!("{CONTACT_PREFIX}{name}"));
        }
        for (name, value) in values {
            if current.get(name) != Some(value) {
                let _ = self
                    .doc
                    .put(ROOT, format!("{CONTACT_PREFIX}{name}"), value.as_str());
            }
        }
        commit(&mut self.doc, meta);
    }

    /// The leaflet deadlines (leaflet id → days after registration), or `None` if no
    /// supervisor has chosen them (the jurisdiction's defaults apply).
    pub fn deadlines(&self) -> Option<BTreeMap<String, u16>> {
        if !matches!(
            self.doc.get(ROOT, DEADLINES_CHOSEN),
            Ok(Some((Value::Scalar(s), _))) if matches!(s.as_ref(), ScalarValue::Boolean(true))
        ) {
            return None;
        }
        Some(
            self.prefixed(DEADLINE_PREFIX)
                .filter_map(|(leaflet, key)| {
                    let days = match self.doc.get(ROOT, &key) {
                        Ok(Some((Value::Scalar(s), _))) => match s.as_ref() {
                            ScalarValue::Uint(n) => u16::try_from(*n).ok(),
                            ScalarValue::Int(n) => u16::try_from(*n).ok(),
                            _ => None,
                        },
                        _ => None,
                    }?;
                    Some((leaflet, days))
                })
                .collect(),
        )
    }

    /// Chooses the leaflet deadlines: leaflets absent from `deadlines` are no longer required.
    pub fn set_deadlines(&mut self, deadlines: &BTreeMap<String, u16>, meta: &ChangeMeta) {
        let current = self.deadlines().unwrap_or_default();
        for leaflet in current.keys().filter(|l| !deadlines.contains_key(*l)) {
            let _ = self.doc.delete(ROOT, format!("{DEADLINE_PREFIX}{leaflet}"));
        }
        for (leaflet, days) in deadlines {
            if current.get(leaflet) != Some(days) {
                let _ = self.doc.put(
                    ROOT,
                    format!("{DEADLINE_PREFIX}{leaflet}"),
                    ScalarValue::Uint(u64::from(*days)),
                );
            }
        }
        if self.deadlines().is_none() {
            let _ = self.doc.put(ROOT, DEADLINES_CHOSEN, true);
        }
        commit(&mut self.doc, meta);
    }

    fn string(&self, key: &str) -> Option<String> {
        match self.doc.get(ROOT, key) {
            Ok(Some((Value::Scalar(s), _))) => match s.as_ref() {
                ScalarValue::Str(text) => Some(text.to_string()),
                _ => None,
            },
            _ => None,
        }
    }

    /// (name after the prefix, whole key) of every root key with the prefix.
    fn prefixed<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (String, String)> + 'a {
        self.doc.keys(ROOT).filter_map(move |key| {
            key.strip_prefix(prefix)
                .map(|name| (name.to_owned(), key.clone()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::meta;

    fn merged(a: &mut SiteSettingsDoc, b: &mut SiteSettingsDoc) -> SiteSettingsDoc {
        let mut out = a.automerge().fork();
        out.merge(b.automerge()).expect("merges");
        SiteSettingsDoc::from_automerge(out)
    }

    #[test]
    fn every_device_of_a_site_derives_the_same_id_and_other_sites_another() {
        let lsv = SiteCode::new("LSV").expect("code");
        assert_eq!(site_settings_id(&lsv), site_settings_id(&lsv.clone()));
        assert_ne!(
            site_settings_id(&lsv),
            site_settings_id(&SiteCode::new("BAK").expect("code"))
        );
    }

    #[test]
    fn settings_read_back_and_deadlines_distinguish_none_required_from_unset() {
        let mut doc = SiteSettingsDoc::new();
        assert_eq!(doc.jurisdiction(), None);
        assert_eq!(doc.deadlines(), None, "unset: the defaults apply");
        doc.set_jurisdiction("az", &meta(0));
        doc.set_contacts(
            &BTreeMap::from([("ngo_phone".to_owned(), "+994 12 000 00 00".to_owned())]),
            &meta(1),
        );
        doc.set_deadlines(&BTreeMap::from([("contacts".to_owned(), 2)]), &meta(2));
        let mut reloaded = SiteSettingsDoc::from_automerge(
            AutoCommit::load(&doc.automerge().save()).expect("loads"),
        );
        assert_eq!(reloaded.jurisdiction().as_deref(), Some("az"));
        assert_eq!(reloaded.contacts()["ngo_phone"], "+994 12 000 00 00");
        assert_eq!(
            reloaded.deadlines(),
            Some(BTreeMap::from([("contacts".to_owned(), 2)]))
        );
        reloaded.set_deadlines(&BTreeMap::new(), &meta(3));
        assert_eq!(reloaded.deadlines(), Some(BTreeMap::new()), "none required");
        reloaded.set_contacts(&BTreeMap::new(), &meta(4));
        assert!(reloaded.contacts().is_empty(), "cleared");
    }

    #[test]
    fn documents_created_apart_merge_setting_by_setting() {
        // Two supervisors of one site, offline, each starting from nothing.
        let mut a = SiteSettingsDoc::new();
        let mut b = SiteSettingsDoc::new();
        a.set_contacts(
            &BTreeMap::from([("ngo_phone".to_owned(), "111".to_owned())]),
            &meta(0),
        );
        b.set_contacts(
            &BTreeMap::from([("legal_aid_phone".to_owned(), "222".to_owned())]),
            &meta(1),
        );
        b.set_deadlines(&BTreeMap::from([("eurodac".to_owned(), 0)]), &meta(2));
        let both = merged(&mut a, &mut b);
        assert_eq!(
            both.contacts(),
            BTreeMap::from([
                ("legal_aid_phone".to_owned(), "222".to_owned()),
                ("ngo_phone".to_owned(), "111".to_owned()),
            ]),
            "neither supervisor's contact hides the other's"
        );
        assert_eq!(
            both.deadlines(),
            Some(BTreeMap::from([("eurodac".to_owned(), 0)]))
        );
        // The same setting changed on both sides: every device picks the same value.
        a.set_jurisdiction("eu", &meta(3));
        b.set_jurisdiction("az", &meta(4));
        let ab = merged(&mut a, &mut b).jurisdiction();
        let ba = merged(&mut b, &mut a).jurisdiction();
        assert_eq!(ab, ba, "the merge does not depend on its order");
        assert!(ab.is_some());
    }
}
