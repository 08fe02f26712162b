//! Names across scripts: normalised keys, transliteration, and duplicate scoring (issue #6).
//!
//! Pure functions only; the store indexes the keys and the server and the device score pairs.
//!
//! - [`normalise::clean`]: Unicode NFKC, invisible characters, case, diacritics, Arabic harakat,
//!   tatweel and letter variants.
//! - [`translit::transliterate`]: Arabic-script languages, Cyrillic and Ge'ez to Latin, one
//!   table per script with its source.
//! - [`keys::NameKeys`]: the keys of one name component (original script, Latin, consonant
//!   skeleton, Double Metaphone), how two components agree, and search-index terms.
//! - [`score::compare`]: a pair of people → score, [`MatchClass`] and reasons;
//!   [`score::blocking_keys`] chooses which pairs to compare.
//! - `synthetic` (feature `synthetic`, and in tests): labelled people for the evaluation in
//!   `examples/name_eval.rs`.
//!
//! ```
//! use waypoint_core::names::{Identity, NamePart, MatchClass, compare, prepare};
//! use waypoint_core::model::{NameKind, Sex};
//! let a = Identity {
//!     names: vec![NamePart::new(NameKind::Given, "يوسف"), NamePart::new(NameKind::Family, "الخوري")],
//!     sex: Sex::Male,
//!     ..Identity::default()
//! };
//! let b = Identity {
//!     names: vec![NamePart::new(NameKind::Given, "Youssef"), NamePart::new(NameKind::Family, "El Khoury")],
//!     sex: Sex::Male,
//!     ..Identity::default()
//! };
//! let c = compare(&prepare(&a), &prepare(&b));
//! assert_ne!(c.class, MatchClass::NonMatch, "{c:?}");
//! ```

pub mod keys;
pub mod normalise;
pub mod score;
#[cfg(any(test, feature = "synthetic"))]
pub mod synthetic;
pub mod translit;

pub use keys::{Agreement, NameKeys, query_terms};
pub use score::{
    Comparison, Evidence, MatchClass, PreparedIdentity, Reason, blocking_keys, candidate_pairs,
    compare, narrowing_keys,
};

use crate::form::RegistrationForm;
use crate::model::{DateOfBirth, NameComponent, NameKind, PersonFields, Relationship, Sex};

/// One name component as matching sees it: its kind, the original text, and Latin forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamePart {
    /// Which part of the name.
    pub kind: NameKind,
    /// The name as written by the person, in any script (may be Latin, may be empty).
    pub original: String,
    /// Latin forms (from documents, or as an officer spelt it).
    pub latin: Vec<String>,
}

impl NamePart {
    /// A component with only its original text.
    pub fn new(kind: NameKind, original: &str) -> Self {
        Self {
            kind,
            original: original.to_owned(),
            latin: Vec::new(),
        }
    }
}

impl From<&NameComponent> for NamePart {
    fn from(c: &NameComponent) -> Self {
        Self {
            kind: c.kind,
            original: c.original.clone(),
            latin: c.latin.clone(),
        }
    }
}

/// A relative's name as told (the mother's given name is the usual one), for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyLink {
    /// How the relative is related to the person.
    pub relationship: Relationship,
    /// The relative's name, any script.
    pub name: String,
}

/// The fields of a person that duplicate matching reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// Name components.
    pub names: Vec<NamePart>,
    /// Sex as recorded.
    pub sex: Sex,
    /// Date of birth, exact or approximate.
    pub date_of_birth: Option<DateOfBirth>,
    /// Nationality codes (ISO 3166-1 alpha-3; `XXX` unknown and `XXA` stateless are ignored).
    pub nationalities: Vec<String>,
    /// Identity document numbers, as printed.
    pub documents: Vec<String>,
    /// Relatives' names.
    pub family: Vec<FamilyLink>,
}

impl Default for Identity {
    fn default() -> Self {
        Self {
            names: Vec::new(),
            sex: Sex::Unknown,
            date_of_birth: None,
            nationalities: Vec::new(),
            documents: Vec::new(),
            family: Vec::new(),
        }
    }
}

impl From<&PersonFields> for Identity {
    fn from(p: &PersonFields) -> Self {
        Self {
            names: p.names.iter().map(NamePart::from).collect(),
            sex: p.sex,
            date_of_birth: p.date_of_birth,
            nationalities: p
                .nationalities
                .iter()
                .map(|n| n.code().to_owned())
                .collect(),
            documents: p.documents.iter().map(|d| d.number.clone()).collect(),
            family: Vec::new(),
        }
    }
}

impl Identity {
    /// What a registration form being typed says of the person, leniently: fields that do not
    /// parse yet (a half-typed date) are left out, so likely matches can be shown before the
    /// form is complete. `today` dates an estimated age (`~30`).
    pub fn from_form(form: &RegistrationForm, today: chrono::NaiveDate) -> Self {
        let date_of_birth = {
            let raw = form.date_of_birth.trim();
            match raw.strip_prefix('~') {
                Some(age) => age
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|age| *age <= 130)
                    .map(|age| DateOfBirth::EstimatedAge { age, on: today }),
                None => raw.parse::<DateOfBirth>().ok(),
            }
        };
        Self {
            names: form
                .names
                .iter()
                .filter(|n| {
                    !n.original.trim().is_empty() || n.latin.iter().any(|l| !l.trim().is_empty())
                })
                .map(|n| NamePart {
                    kind: n.kind.unwrap_or(NameKind::Given),
                    original: n.original.trim().to_owned(),
                    latin: n
                        .latin
                        .iter()
                        .map(|l| l.trim().to_owned())
                        .filter(|l| !l.is_empty())
                        .collect(),
                })
                .collect(),
            sex: form.sex.unwrap_or(Sex::Unknown),
            date_of_birth,
            nationalities: form
                .nationalities
                .iter()
                .map(|n| n.trim().to_uppercase())
                .collect(),
            documents: form
                .documents
                .iter()
                .map(|d| d.number.trim().to_owned())
                .filter(|n| !n.is_empty())
                .collect(),
            family: Vec::new(),
        }
    }
}

/// Computes a person's keys once, for [`compare`] and [`blocking_keys`].
pub fn prepare(identity: &Identity) -> PreparedIdentity {
    PreparedIdentity::new(identity)
}

/// Search-index terms of one name component: the terms of the whole component and of each
/// of its words, so that `Abdul` finds `Abdul Rahman`. See [`NameKeys::search_terms`].
///
/// ```
/// use waypoint_core::names::{component_terms, query_terms};
/// let terms = component_terms("عبد الرحمن", &["Abdul Rahman".into()]);
/// assert!(query_terms("Abdelrahman").iter().any(|t| terms.contains(t)));
/// assert!(query_terms("rahman").iter().any(|t| terms.contains(t)));
/// ```
pub fn component_terms(original: &str, latin: &[String]) -> Vec<String> {
    let mut out: std::collections::BTreeSet<String> = NameKeys::new(original, latin)
        .search_terms()
        .into_iter()
        .collect();
    for text in std::iter::once(original).chain(latin.iter().map(String::as_str)) {
        let cleaned = normalise::clean(text);
        if cleaned.contains(' ') {
            for word in cleaned.split(' ').take(8) {
                out.extend(NameKeys::new(word, &[]).search_terms());
            }
        }
    }
    out.into_iter().collect()
}
