//! Leaflet hand-overs: the proof that a person received an information leaflet.
//!
//! Each hand-over says which text (leaflet, language and content version), how it was given
//! (screen, print, PDF; explained orally; through an interpreter), by whom, on which device,
//! at which site and when, and how the person acknowledged it. It is appended to the person's
//! document ([`crate::document::PersonDoc::record_handover`]) and never edited: a correction
//! is a new hand-over. The GDPR's accountability principle (Art. 5(2)) asks the controller to
//! be able to show that the person was informed, and the duties are time-bound (see
//! `docs/leaflets.md`).
//!
//! [`HandoverForm::validate`] checks a raw form against the texts that may be issued at the
//! site ([`IssuableTexts`]); the caller builds those from the catalogue.
//!
//! ```
//! use waypoint_core::handover::{Acknowledgement, HandoverFormat, HandoverForm, IssuableTexts};
//! use waypoint_core::leaflets::{LeafletId, LeafletLanguage, LeafletVersion};
//! let version = LeafletVersion::of("+++\nlanguage = \"ti\"\n+++\n");
//! let mut texts = IssuableTexts::default();
//! texts.insert(LeafletId::new("eurodac")?, LeafletLanguage::new("ti")?, version.clone());
//! let form = HandoverForm {
//!     leaflet: "eurodac".into(),
//!     version: version.to_string(),
//!     language: "ti".into(),
//!     format: HandoverFormat::Print,
//!     explained_orally: true,
//!     interpreter_language: Some("tir".into()),
//!     acknowledgement: Acknowledgement::Signed,
//! };
//! let details = form.validate(&texts).expect("valid");
//! assert_eq!(details.language.as_str(), "ti");
//! # Ok::<(), waypoint_core::leaflets::LeafletError>(())
//! ```

use crate::case_number::SiteCode;
use crate::codes::Language;
use crate::form::{FieldError, ValidationCode, ValidationErrors};
use crate::ids::{DeviceId, ItemId, OfficerId};
use crate::leaflets::{LeafletId, LeafletLanguage, LeafletVersion};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use ts_rs::TS;

/// How the leaflet was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum HandoverFormat {
    /// Shown on the device's screen.
    Screen,
    /// Printed on paper.
    Print,
    /// Sent or given as a PDF file.
    Pdf,
}

/// How the person acknowledged receiving the leaflet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Acknowledgement {
    /// Signed a receipt.
    Signed,
    /// Said they received and understood it.
    Verbal,
    /// Declined to acknowledge.
    Declined,
    /// Not asked, or no answer recorded.
    None,
}

/// The stored code of a value: the same as its serde name, so documents and the UI agree.
macro_rules! stored_codes {
    ($t:ty { $($variant:ident => $code:literal),* $(,)? }) => {
        impl $t {
            /// The code stored in the document.
            pub fn code(self) -> &'static str {
                match self { $(Self::$variant => $code),* }
            }
            /// Parses a stored code.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some(Self::$variant),)* _ => None }
            }
        }
    };
}
stored_codes!(HandoverFormat { Screen => "screen", Print => "print", Pdf => "pdf" });
stored_codes!(Acknowledgement {
    Signed => "signed",
    Verbal => "verbal",
    Declined => "declined",
    None => "none",
});

/// One hand-over of a leaflet to a person, as stored in their document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LeafletHandover {
    /// The hand-over's own id (UUIDv7), unique across devices.
    pub id: ItemId,
    /// What was given, in which language and how.
    #[serde(flatten)]
    #[ts(flatten)]
    pub details: HandoverDetails,
    /// The officer who gave it.
    pub officer: OfficerId,
    /// On which device it was recorded.
    pub device: DeviceId,
    /// At which site.
    pub site: SiteCode,
    /// When (the device's clock).
    pub at: DateTime<Utc>,
}

/// A hand-over as the UI sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HandoverForm {
    /// Leaflet id, e.g. `eurodac`.
    pub leaflet: String,
    /// The version shown to the person (from `leaflet_text`).
    pub version: String,
    /// Leaflet language code, e.g. `ti`.
    pub language: String,
    /// How it was given.
    pub format: HandoverFormat,
    /// Whether an officer explained it orally.
    pub explained_orally: bool,
    /// The interpreter's language (ISO 639-3), if an interpreter was used.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub interpreter_language: Option<String>,
    /// How the person acknowledged it.
    pub acknowledgement: Acknowledgement,
}

/// A validated hand-over, before who, where and when are added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HandoverDetails {
    /// Which leaflet.
    pub leaflet: LeafletId,
    /// Which version of its text.
    pub version: LeafletVersion,
    /// In which language.
    pub language: LeafletLanguage,
    /// How it was given.
    pub format: HandoverFormat,
    /// Whether it was explained orally.
    pub explained_orally: bool,
    /// The interpreter's language (ISO 639-3), when it was explained through one.
    pub interpreter_language: Option<Language>,
    /// How the person acknowledged it.
    pub acknowledgement: Acknowledgement,
}

/// The texts that may be issued at a site: for each leaflet that applies in the site's
/// jurisdiction, each language's current version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IssuableTexts {
    versions: BTreeMap<LeafletId, BTreeMap<LeafletLanguage, LeafletVersion>>,
    languages: BTreeSet<LeafletLanguage>,
}

impl IssuableTexts {
    /// Adds a text that may be issued.
    pub fn insert(
        &mut self,
        leaflet: LeafletId,
        language: LeafletLanguage,
        version: LeafletVersion,
    ) {
        self.languages.insert(language.clone());
        self.versions
            .entry(leaflet)
            .or_default()
            .insert(language, version);
    }
}

fn refuse(field: &str, code: ValidationCode, message: String) -> FieldError {
    FieldError {
        field: field.into(),
        code,
        message,
    }
}

impl HandoverForm {
    /// Checks the form against the texts that may be issued at the site. Every problem is
    /// reported at once; the version is checked only when the leaflet and language are known.
    pub fn validate(&self, texts: &IssuableTexts) -> Result<HandoverDetails, ValidationErrors> {
        let mut errors = Vec::new();
        let leaflet = LeafletId::new(self.leaflet.trim())
            .ok()
            .filter(|l| texts.versions.contains_key(l));
        if leaflet.is_none() {
            errors.push(refuse(
                "leaflet",
                ValidationCode::LeafletUnknown,
                format!(
                    "leaflet {:?} cannot be issued at this site; choose one from the catalogue",
                    self.leaflet
                ),
            ));
        }
        let language = LeafletLanguage::new(self.language.trim())
            .ok()
            .filter(|l| texts.languages.contains(l));
        if language.is_none() {
            errors.push(refuse(
                "language",
                ValidationCode::LeafletLanguageUnknown,
                format!(
                    "language {:?} is not in the leaflet catalogue; choose one of its languages",
                    self.language
                ),
            ));
        }
        let current = match (&leaflet, &language) {
            (Some(l), Some(lang)) => texts.versions.get(l).and_then(|v| v.get(lang)),
            _ => None,
        };
        if let (Some(_), Some(_)) = (&leaflet, &language)
            && current.is_none_or(|v| v.as_str() != self.version.trim())
        {
            errors.push(refuse(
                "version",
                ValidationCode::LeafletVersionUnknown,
                format!(
                    "version {:?} of this leaflet is not the one on this device; reopen the \
                     leaflet and hand over the text shown",
                    self.version
                ),
            ));
        }
        let interpreter_language = match self
            .interpreter_language
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            None => None,
            Some(code) => {
                let parsed = Language::new(code);
                if parsed.is_none() {
                    errors.push(refuse(
                        "interpreter_language",
                        ValidationCode::InterpreterLanguageInvalid,
                        format!("interpreter language {code:?} is not an ISO 639-3 code"),
                    ));
                }
                parsed
            }
        };
        match (leaflet, language, current) {
            (Some(leaflet), Some(language), Some(version)) if errors.is_empty() => {
                Ok(HandoverDetails {
                    leaflet,
                    version: version.clone(),
                    language,
                    format: self.format,
                    explained_orally: self.explained_orally,
                    interpreter_language,
                    acknowledgement: self.acknowledgement,
                })
            }
            _ => Err(ValidationErrors { errors }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn texts() -> (IssuableTexts, LeafletVersion) {
        let v = LeafletVersion::of("eurodac in tigrinya");
        let mut t = IssuableTexts::default();
        t.insert(
            LeafletId::new("eurodac").expect("id"),
            LeafletLanguage::new("ti").expect("lang"),
            v.clone(),
        );
        t.insert(
            LeafletId::new("interview").expect("id"),
            LeafletLanguage::new("ar").expect("lang"),
            LeafletVersion::of("interview in arabic"),
        );
        (t, v)
    }

    fn form(
        leaflet: &str,
        version: &str,
        language: &str,
        interpreter: Option<&str>,
    ) -> HandoverForm {
        HandoverForm {
            leaflet: leaflet.into(),
            version: version.into(),
            language: language.into(),
            format: HandoverFormat::Screen,
            explained_orally: true,
            interpreter_language: interpreter.map(Into::into),
            acknowledgement: Acknowledgement::Verbal,
        }
    }

    #[test]
    fn a_current_text_validates() {
        let (t, v) = texts();
        let d = form("eurodac", v.as_str(), "ti", Some("TIR"))
            .validate(&t)
            .expect("the current Tigrinya Eurodac text is issuable");
        assert_eq!(d.version, v);
        assert_eq!(
            d.interpreter_language.as_ref().map(Language::as_str),
            Some("tir")
        );
    }

    #[rstest]
    #[case::unknown_leaflet("dublin", None, "ti", None, ValidationCode::LeafletUnknown)]
    #[case::bad_leaflet_id("Eurodac!", None, "ti", None, ValidationCode::LeafletUnknown)]
    #[case::unknown_language("eurodac", None, "xx", None, ValidationCode::LeafletLanguageUnknown)]
    #[case::old_version(
        "eurodac",
        Some("00"),
        "ti",
        None,
        ValidationCode::LeafletVersionUnknown
    )]
    #[case::language_without_text(
        "eurodac",
        None,
        "ar",
        None,
        ValidationCode::LeafletVersionUnknown
    )]
    #[case::interpreter(
        "eurodac",
        None,
        "ti",
        Some("tigrinya"),
        ValidationCode::InterpreterLanguageInvalid
    )]
    fn a_wrong_form_is_refused_with_its_code(
        #[case] leaflet: &str,
        #[case] version: Option<&str>,
        #[case] language: &str,
        #[case] interpreter: Option<&str>,
        #[case] code: ValidationCode,
    ) {
        let (t, v) = texts();
        let e = form(
            leaflet,
            version.unwrap_or(v.as_str()),
            language,
            interpreter,
        )
        .validate(&t)
        .expect_err("the form is wrong");
        assert!(e.has(code), "expected {code:?}, got {e:?}");
    }

    #[test]
    fn stored_codes_round_trip() {
        for f in [
            HandoverFormat::Screen,
            HandoverFormat::Print,
            HandoverFormat::Pdf,
        ] {
            assert_eq!(HandoverFormat::from_code(f.code()), Some(f), "format {f:?}");
        }
        for a in [
            Acknowledgement::Signed,
            Acknowledgement::Verbal,
            Acknowledgement::Declined,
            Acknowledgement::None,
        ] {
            assert_eq!(Acknowledgement::from_code(a.code()), Some(a), "ack {a:?}");
        }
    }
}
