//! The leaflet catalogue: information leaflets as data, their translations, versions and legal
//! basis.
//!
//! Leaflets live in the repository under `leaflets/` (format: `docs/leaflets.md`):
//! `catalogue.toml` lists the leaflets, the languages and the jurisdictions; each leaflet has a
//! `meta.toml` ([`LeafletMeta`]) and one `<lang>.md` per language ([`Translation`]). This module
//! parses and checks those texts; it reads no files — the caller passes their contents.
//!
//! A translation's version ([`LeafletVersion`]) is the SHA-256 of its normalised text (NFC, LF
//! line endings), so the same words give the same version on every device and operating
//! system, and a hand-over record can say exactly which text the person received.
//!
//! ```
//! use waypoint_core::leaflets::{LeafletMeta, ReviewStatus, Translation};
//! let meta = LeafletMeta::parse(r#"
//! id = "contacts"
//! title = "Who can help you"
//! sections = ["advice"]
//! [[legal_basis.eu]]
//! instrument = "Directive 2013/32/EU"
//! article = "Art. 12(1)"
//! [placeholders.ngo_phone]
//! description = "Phone number of the NGO"
//! "#)?;
//! let text = "+++\nlanguage = \"en\"\nstatus = \"reviewed\"\ntitle = \"Who can help you\"\n+++\n\
//!             \n## {#advice} Free advice\n\nCall {ngo_phone}.\n";
//! let en = Translation::parse(text)?;
//! assert_eq!(en.status, ReviewStatus::Reviewed);
//! assert!(meta.validate(&en).is_ok());
//! let values = [("ngo_phone".to_owned(), "+30 210 000".to_owned())].into();
//! assert_eq!(en.fill(&values)?.sections[0].body, "Call +30 210 000.");
//! # Ok::<(), waypoint_core::leaflets::LeafletError>(())
//! ```

use crate::codes::Language;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

/// The line that opens and closes a translation's front matter (TOML, as in Zola and Hugo).
pub const FRONT_MATTER_FENCE: &str = "+++";

/// Why a catalogue, meta or translation text could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LeafletError {
    /// `catalogue.toml` is not valid.
    #[error("catalogue.toml: {0}")]
    Catalogue(String),
    /// A `meta.toml` is not valid.
    #[error("meta.toml: {0}")]
    Meta(String),
    /// The translation does not start with a `+++` front matter block, or the block is invalid.
    #[error(
        "front matter: {0}; start the file with +++, then language, status and title, then +++"
    )]
    FrontMatter(String),
    /// A `## ` line that is not `## {#section-id} Heading`.
    #[error("line {line}: {text:?} is not a section heading; write `## {{#section-id}} Heading`")]
    SectionHeading {
        /// 1-based line number.
        line: usize,
        /// The offending line.
        text: String,
    },
    /// Text between the front matter and the first section.
    #[error("line {line}: text before the first section; put it under a `## {{#id}} Heading`")]
    TextBeforeFirstSection {
        /// 1-based line number.
        line: usize,
    },
    /// A code (leaflet id, language, jurisdiction, section id) with characters outside its set.
    #[error("{kind} {value:?} is not valid; use lowercase letters, digits and '-'")]
    InvalidCode {
        /// What the code names.
        kind: &'static str,
        /// The offending value.
        value: String,
    },
    /// Filling a translation for a site whose settings lack a placeholder's value.
    #[error("no value for placeholder {{{0}}}; set it in the site settings")]
    MissingValue(String),
}

/// Something wrong in a translation compared with its leaflet's meta.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LeafletProblem {
    /// A section of the meta is not in the translation.
    #[error("section {0:?} is missing")]
    MissingSection(String),
    /// A section of the translation is not in the meta.
    #[error("section {0:?} is not in meta.toml")]
    UnknownSection(String),
    /// A section appears twice.
    #[error("section {0:?} appears twice")]
    DuplicateSection(String),
    /// Sections are all there but not in the meta's order.
    #[error("sections are in the order {found:?}; meta.toml says {expected:?}")]
    SectionOrder {
        /// The order in the translation.
        found: Vec<String>,
        /// The order in meta.toml.
        expected: Vec<String>,
    },
    /// A section with no heading or no text.
    #[error("section {0:?} has an empty heading or body")]
    EmptySection(String),
    /// The title is empty.
    #[error("the title is empty")]
    EmptyTitle,
    /// A `{placeholder}` that meta.toml does not declare.
    #[error("placeholder {{{0}}} is not declared in meta.toml")]
    UnknownPlaceholder(String),
}

macro_rules! code_newtype {
    ($(#[$doc:meta])* $name:ident, $kind:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        #[serde(try_from = "String", into = "String")]
        #[ts(export, type = "string")]
        pub struct $name(String);

        impl $name {
            /// Validates a code: lowercase ASCII letters, digits and `-`, starting with a letter.
            pub fn new(code: &str) -> Result<Self, LeafletError> {
                let ok = code.starts_with(|c: char| c.is_ascii_lowercase())
                    && code
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if ok {
                    Ok(Self(code.to_owned()))
                } else {
                    Err(LeafletError::InvalidCode { kind: $kind, value: code.to_owned() })
                }
            }
            /// The code.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = LeafletError;
            fn try_from(s: String) -> Result<Self, LeafletError> {
                Self::new(&s)
            }
        }
        impl From<$name> for String {
            fn from(c: $name) -> String {
                c.0
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

code_newtype!(
    /// A leaflet's id, which is also its folder name, e.g. `eurodac`.
    LeafletId,
    "leaflet id"
);
code_newtype!(
    /// A leaflet language: the BCP 47 primary language subtag used for file names, e.g. `ar`,
    /// `prs`, `ckb`. Not the person's ISO 639-3 [`Language`]; see
    /// [`Catalogue::language_for_person`].
    LeafletLanguage,
    "leaflet language"
);
code_newtype!(
    /// A section's id, the same in every language of a leaflet, e.g. `your-data-rights`.
    SectionId,
    "section id"
);
code_newtype!(
    /// A jurisdiction whose law a site applies, e.g. `eu` or `az`.
    Jurisdiction,
    "jurisdiction"
);

/// Whether a native speaker has reviewed a translation. Shown wherever the text is displayed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ReviewStatus {
    /// Drafted by a machine or a non-native speaker; not yet checked by a native speaker.
    MachineDrafted,
    /// Checked by a native speaker.
    Reviewed,
}

/// The writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum TextDirection {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic script).
    Rtl,
}

/// A language leaflets are translated into, as the language switcher shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct LanguageInfo {
    /// The code used in file names.
    pub code: LeafletLanguage,
    /// The language's name in English, for officers and logs.
    pub english_name: String,
    /// The language's name in itself (`العربية`, `ትግርኛ`): what the switcher shows.
    pub endonym: String,
    /// ISO 15924 script code (`Latn`, `Arab`, `Ethi`, `Beng`, `Cyrl`).
    pub script: String,
    /// Writing direction.
    pub direction: TextDirection,
    /// ISO 639-3 codes of the people's languages this translation serves (`arb`, `apc`, …):
    /// used to preselect the person's preferred language.
    #[serde(default)]
    pub iso639_3: Vec<String>,
}

/// A jurisdiction as listed in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct JurisdictionInfo {
    /// What it is, in English, e.g. "Republic of Azerbaijan (national refugee law)".
    pub name: String,
    /// The leaflets every person registered at a site of this jurisdiction must receive, with
    /// the days after registration by which each is due (0: at registration). The defaults of
    /// the site's deadlines; a supervisor can change them per site.
    #[serde(default)]
    #[ts(type = "Record<string, number>")]
    pub deadlines: BTreeMap<LeafletId, u16>,
}

/// The longest deadline a leaflet can have, in days after registration.
pub const MAX_DEADLINE_DAYS: u16 = 365;

/// `leaflets/catalogue.toml`: which leaflets, languages and jurisdictions exist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Catalogue {
    /// The date of this edition of the leaflets (`YYYY-MM-DD`). Of two packs (the one the app
    /// embeds, one a server published), a device offers the later edition.
    pub edition: String,
    /// The language leaflets are written in first; the reference for every translation.
    pub source_language: LeafletLanguage,
    /// Leaflet ids, in the order the app lists them.
    pub leaflets: Vec<LeafletId>,
    /// Every leaflet exists in each of these languages.
    pub languages: Vec<LanguageInfo>,
    /// Jurisdictions a site can belong to.
    pub jurisdictions: BTreeMap<Jurisdiction, JurisdictionInfo>,
}

impl Catalogue {
    /// Parses and checks `catalogue.toml`: no duplicate leaflet or language, the source language
    /// among the languages.
    pub fn parse(text: &str) -> Result<Self, LeafletError> {
        let c: Self = toml::from_str(text).map_err(|e| LeafletError::Catalogue(e.to_string()))?;
        // Exactly YYYY-MM-DD (chrono alone also takes `2026-1-5`): editions are compared as
        // text, where only the padded form orders like the dates.
        if c.edition.len() != 10
            || chrono::NaiveDate::parse_from_str(&c.edition, "%Y-%m-%d").is_err()
        {
            return Err(LeafletError::Catalogue(format!(
                "edition {:?} is not a date (YYYY-MM-DD)",
                c.edition
            )));
        }
        if let Some(dup) = first_duplicate(c.leaflets.iter().map(LeafletId::as_str)) {
            return Err(LeafletError::Catalogue(format!(
                "leaflet {dup:?} listed twice"
            )));
        }
        if let Some(dup) = first_duplicate(c.languages.iter().map(|l| l.code.as_str())) {
            return Err(LeafletError::Catalogue(format!(
                "language {dup:?} listed twice"
            )));
        }
        for (code, j) in &c.jurisdictions {
            for (leaflet, days) in &j.deadlines {
                if !c.leaflets.contains(leaflet) {
                    return Err(LeafletError::Catalogue(format!(
                        "jurisdiction {:?} has a deadline for leaflet {:?}, which is not listed",
                        code.as_str(),
                        leaflet.as_str()
                    )));
                }
                if *days > MAX_DEADLINE_DAYS {
                    return Err(LeafletError::Catalogue(format!(
                        "jurisdiction {:?}: deadline of {days} days for {:?} is over {MAX_DEADLINE_DAYS}",
                        code.as_str(),
                        leaflet.as_str()
                    )));
                }
            }
        }
        if c.language(&c.source_language).is_none() {
            return Err(LeafletError::Catalogue(format!(
                "source language {:?} is not in languages",
                c.source_language.as_str()
            )));
        }
        Ok(c)
    }

    /// The language with this code.
    pub fn language(&self, code: &LeafletLanguage) -> Option<&LanguageInfo> {
        self.languages.iter().find(|l| &l.code == code)
    }

    /// The translation to preselect for a person who speaks `language` (ISO 639-3), if any.
    pub fn language_for_person(&self, language: &Language) -> Option<&LanguageInfo> {
        self.languages
            .iter()
            .find(|l| l.iso639_3.iter().any(|c| c == language.as_str()))
    }
}

/// One legal reference of a leaflet in a jurisdiction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct LegalReference {
    /// The instrument, e.g. "Regulation (EU) 2024/1358 (Eurodac)".
    pub instrument: String,
    /// The article(s), e.g. "Art. 42(1)"; absent when the whole instrument is meant.
    #[serde(default)]
    pub article: Option<String>,
    /// What the reference requires, for officers and auditors (English).
    #[serde(default)]
    pub note: Option<String>,
}

/// A `{placeholder}` a leaflet's text contains, filled from the site's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct PlaceholderSpec {
    /// What value the site settings must give, in English.
    pub description: String,
}

/// A leaflet's `meta.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct LeafletMeta {
    /// The leaflet's id (its folder name).
    pub id: LeafletId,
    /// The title in the source language, for officers and records.
    pub title: String,
    /// Section ids in order; every translation has exactly these.
    pub sections: Vec<SectionId>,
    /// Legal basis per jurisdiction. The leaflet is offered only in the jurisdictions listed.
    pub legal_basis: BTreeMap<Jurisdiction, Vec<LegalReference>>,
    /// Placeholders the text may contain, by name.
    #[serde(default)]
    pub placeholders: BTreeMap<String, PlaceholderSpec>,
    /// Jurisdictions whose text differs: their translations are
    /// `jurisdictions/<code>/<lang>.md` and replace the common ones there (no fallback).
    #[serde(default)]
    pub jurisdiction_texts: Vec<Jurisdiction>,
}

impl LeafletMeta {
    /// Parses and checks a `meta.toml`.
    pub fn parse(text: &str) -> Result<Self, LeafletError> {
        let m: Self = toml::from_str(text).map_err(|e| LeafletError::Meta(e.to_string()))?;
        if m.sections.is_empty() {
            return Err(LeafletError::Meta(format!(
                "leaflet {} has no sections",
                m.id
            )));
        }
        if let Some(dup) = first_duplicate(m.sections.iter().map(SectionId::as_str)) {
            return Err(LeafletError::Meta(format!("section {dup:?} listed twice")));
        }
        if m.legal_basis.is_empty() || m.legal_basis.values().any(Vec::is_empty) {
            return Err(LeafletError::Meta(format!(
                "leaflet {} needs at least one legal reference per jurisdiction",
                m.id
            )));
        }
        if let Some(j) = m.jurisdiction_texts.iter().find(|j| !m.applies_in(j)) {
            return Err(LeafletError::Meta(format!(
                "jurisdiction_texts names {j}, which has no legal_basis"
            )));
        }
        if let Some(bad) = m.placeholders.keys().find(|k| !is_placeholder_name(k)) {
            return Err(LeafletError::Meta(format!(
                "placeholder {bad:?}: use lowercase letters, digits and '_'"
            )));
        }
        Ok(m)
    }

    /// Whether the leaflet can be issued at a site in this jurisdiction.
    pub fn applies_in(&self, jurisdiction: &Jurisdiction) -> bool {
        self.legal_basis.contains_key(jurisdiction)
    }

    /// The legal references in a jurisdiction (empty if the leaflet does not apply there).
    pub fn legal_basis_in(&self, jurisdiction: &Jurisdiction) -> &[LegalReference] {
        self.legal_basis
            .get(jurisdiction)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The path of a translation relative to the leaflet's folder, for a site in `jurisdiction`:
    /// `<lang>.md`, or `jurisdictions/<code>/<lang>.md` where the text differs.
    pub fn text_path(&self, jurisdiction: &Jurisdiction, language: &LeafletLanguage) -> String {
        if self.jurisdiction_texts.contains(jurisdiction) {
            format!("jurisdictions/{jurisdiction}/{language}.md")
        } else {
            format!("{language}.md")
        }
    }

    /// Everything wrong with a translation of this leaflet; empty when it is complete.
    pub fn problems(&self, t: &Translation) -> Vec<LeafletProblem> {
        let mut problems = Vec::new();
        if t.title.trim().is_empty() {
            problems.push(LeafletProblem::EmptyTitle);
        }
        let expected: Vec<String> = self.sections.iter().map(|s| s.0.clone()).collect();
        let found: Vec<String> = t.sections.iter().map(|s| s.id.0.clone()).collect();
        for id in &expected {
            if !found.contains(id) {
                problems.push(LeafletProblem::MissingSection(id.clone()));
            }
        }
        for id in &found {
            if !expected.contains(id) {
                problems.push(LeafletProblem::UnknownSection(id.clone()));
            }
        }
        if let Some(dup) = first_duplicate(found.iter().map(String::as_str)) {
            problems.push(LeafletProblem::DuplicateSection(dup.to_owned()));
        }
        if problems.is_empty() && found != expected {
            problems.push(LeafletProblem::SectionOrder { found, expected });
        }
        for s in &t.sections {
            if s.heading.trim().is_empty() || s.body.trim().is_empty() {
                problems.push(LeafletProblem::EmptySection(s.id.0.clone()));
            }
        }
        let used: BTreeSet<&str> = t.texts().flat_map(placeholders).collect();
        for name in used {
            if !self.placeholders.contains_key(name) {
                problems.push(LeafletProblem::UnknownPlaceholder(name.to_owned()));
            }
        }
        problems
    }

    /// `Ok` when the translation is complete (see [`Self::problems`]).
    pub fn validate(&self, t: &Translation) -> Result<(), Vec<LeafletProblem>> {
        let problems = self.problems(t);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// A leaflet version: the lowercase hex SHA-256 of a translation's normalised text
/// ([`normalise`]). Hand-over records store it; old versions stay readable by it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(transparent)]
#[ts(export, type = "string")]
pub struct LeafletVersion(String);

impl LeafletVersion {
    /// The version of a translation file's text (front matter included: the title and the review
    /// status are part of what the person is shown).
    pub fn of(text: &str) -> Self {
        let digest = Sha256::digest(normalise(text).as_bytes());
        Self(digest.iter().map(|b| format!("{b:02x}")).collect())
    }
    /// A version as stored or sent: 64 lowercase hex digits; `None` for anything else.
    pub fn from_hex(hex: &str) -> Option<Self> {
        (hex.len() == 64 && hex.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')))
            .then(|| Self(hex.to_owned()))
    }
    /// The full hex digest.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The first 12 hex digits, for display next to a leaflet.
    pub fn short(&self) -> &str {
        &self.0[..12]
    }
}

impl fmt::Display for LeafletVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The text a version is computed from: byte-order mark dropped, CRLF and lone CR turned into
/// LF, Unicode NFC. Editors and checkouts on Windows or macOS must not change a version.
pub fn normalise(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .nfc()
        .collect()
}

/// One section of a translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LeafletSection {
    /// The section id, the same in every language.
    pub id: SectionId,
    /// The heading in this language.
    pub heading: String,
    /// The text (paragraphs separated by blank lines; `- ` list items).
    pub body: String,
}

/// One language of one leaflet, parsed from `<lang>.md`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Translation {
    /// The language (from the front matter).
    pub language: LeafletLanguage,
    /// Whether a native speaker has reviewed it.
    pub status: ReviewStatus,
    /// The title in this language.
    pub title: String,
    /// The sections, in file order.
    pub sections: Vec<LeafletSection>,
    /// The version of this text.
    pub version: LeafletVersion,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    language: LeafletLanguage,
    status: ReviewStatus,
    title: String,
}

impl Translation {
    /// Parses a translation: `+++` TOML front matter (`language`, `status`, `title`), then
    /// sections, each opened by `## {#section-id} Heading`. The text is normalised first.
    pub fn parse(text: &str) -> Result<Self, LeafletError> {
        let version = LeafletVersion::of(text);
        let text = normalise(text);
        let mut lines = text.lines().enumerate();
        match lines.next() {
            Some((_, l)) if l.trim_end() == FRONT_MATTER_FENCE => {}
            _ => return Err(LeafletError::FrontMatter("no opening +++".into())),
        }
        let mut front = String::new();
        let mut closed = false;
        for (_, line) in lines.by_ref() {
            if line.trim_end() == FRONT_MATTER_FENCE {
                closed = true;
                break;
            }
            front.push_str(line);
            front.push('\n');
        }
        if !closed {
            return Err(LeafletError::FrontMatter("no closing +++".into()));
        }
        let fm: FrontMatter =
            toml::from_str(&front).map_err(|e| LeafletError::FrontMatter(e.to_string()))?;

        let mut sections: Vec<LeafletSection> = Vec::new();
        let mut body = String::new();
        for (i, line) in lines {
            if let Some(rest) = line.strip_prefix("## ") {
                let (id, heading) =
                    parse_heading(rest).ok_or_else(|| LeafletError::SectionHeading {
                        line: i + 1,
                        text: line.to_owned(),
                    })?;
                if let Some(last) = sections.last_mut() {
                    last.body = body.trim().to_owned();
                }
                body.clear();
                sections.push(LeafletSection {
                    id,
                    heading,
                    body: String::new(),
                });
            } else if sections.is_empty() {
                if !line.trim().is_empty() {
                    return Err(LeafletError::TextBeforeFirstSection { line: i + 1 });
                }
            } else {
                body.push_str(line);
                body.push('\n');
            }
        }
        if let Some(last) = sections.last_mut() {
            last.body = body.trim().to_owned();
        }
        Ok(Self {
            language: fm.language,
            status: fm.status,
            title: fm.title,
            sections,
            version,
        })
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&LeafletSection> {
        self.sections.iter().find(|s| s.id.as_str() == id)
    }

    /// Every piece of text: the title, then each heading and body.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.title.as_str()).chain(
            self.sections
                .iter()
                .flat_map(|s| [s.heading.as_str(), s.body.as_str()]),
        )
    }

    /// The translation with every `{placeholder}` replaced by the site's value. The version stays
    /// the template's: site values are recorded with the site, not in the leaflet version.
    pub fn fill(&self, values: &BTreeMap<String, String>) -> Result<Self, LeafletError> {
        let fill = |text: &str| fill_placeholders(text, values);
        let mut out = self.clone();
        out.title = fill(&self.title)?;
        for s in &mut out.sections {
            s.heading = fill(&s.heading)?;
            s.body = fill(&s.body)?;
        }
        Ok(out)
    }
}

/// `{#id} Heading` → (id, heading).
fn parse_heading(rest: &str) -> Option<(SectionId, String)> {
    let rest = rest.trim_start().strip_prefix("{#")?;
    let (id, heading) = rest.split_once('}')?;
    Some((SectionId::new(id).ok()?, heading.trim().to_owned()))
}

fn is_placeholder_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The names of the `{placeholder}`s in a text. `{#section-id}` is not a placeholder.
pub fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{').skip(1).filter_map(|after| {
        let (name, _) = after.split_once('}')?;
        is_placeholder_name(name).then_some(name)
    })
}

/// Replaces each `{placeholder}` with its value; an error names the first one without a value.
pub fn fill_placeholders(
    text: &str,
    values: &BTreeMap<String, String>,
) -> Result<String, LeafletError> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.split_once('}') {
            Some((name, tail)) if is_placeholder_name(name) => {
                let value = values
                    .get(name)
                    .ok_or_else(|| LeafletError::MissingValue(name.to_owned()))?;
                out.push_str(value);
                rest = tail;
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

fn first_duplicate<'a>(items: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut seen = BTreeSet::new();
    items.into_iter().find(|i| !seen.insert(*i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    const META: &str = r#"
id = "contacts"
title = "Who can help you"
sections = ["advice", "emergency"]
[[legal_basis.eu]]
instrument = "Directive 2013/32/EU"
article = "Art. 12(1)"
[[legal_basis.az]]
instrument = "Law of the Republic of Azerbaijan on the Status of Refugees"
[placeholders.ngo_phone]
description = "Phone number of the NGO"
"#;

    const EN: &str = "+++\nlanguage = \"en\"\nstatus = \"reviewed\"\ntitle = \"Who can help you\"\n+++\n\n\
## {#advice} Free advice\n\nCall {ngo_phone}.\n\nThey help you.\n\n\
## {#emergency} In an emergency\n\nCall 112. Café.\n";

    fn meta() -> LeafletMeta {
        LeafletMeta::parse(META).expect("test meta parses")
    }

    #[test]
    fn a_translation_parses_into_front_matter_and_sections() {
        let t = Translation::parse(EN).expect("parses");
        assert_eq!(t.language.as_str(), "en");
        assert_eq!(t.status, ReviewStatus::Reviewed);
        assert_eq!(t.title, "Who can help you");
        let ids: Vec<&str> = t.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["advice", "emergency"]);
        assert_eq!(t.sections[0].heading, "Free advice");
        assert_eq!(t.sections[0].body, "Call {ngo_phone}.\n\nThey help you.");
        assert_eq!(meta().validate(&t), Ok(()), "the example is complete");
    }

    #[test]
    fn version_is_stable_under_crlf_bom_and_nfd() {
        let v = LeafletVersion::of(EN);
        let crlf = EN.replace('\n', "\r\n");
        let nfd: String = EN.nfd().collect();
        assert_ne!(nfd, EN, "the example has a precomposed é to decompose");
        assert_eq!(
            LeafletVersion::of(&crlf),
            v,
            "CRLF line endings are not a new version"
        );
        assert_eq!(LeafletVersion::of(&nfd), v, "NFD is not a new version");
        assert_eq!(
            LeafletVersion::of(&format!("\u{feff}{EN}")),
            v,
            "a BOM is not a new version"
        );
        assert_eq!(Translation::parse(&crlf).map(|t| t.version), Ok(v.clone()));
        assert_eq!(v.as_str().len(), 64);
        assert_eq!(v.short().len(), 12);
    }

    #[rstest]
    #[case::one_word(EN.replace("They help you.", "They help you now."))]
    #[case::status(EN.replace("\"reviewed\"", "\"machine-drafted\""))]
    #[case::title(EN.replace("Who can help you\"", "Who helps you\""))]
    #[case::trailing_space(EN.replace("Call 112.", "Call 112. "))]
    fn version_changes_when_the_text_does(#[case] changed: String) {
        assert_ne!(LeafletVersion::of(&changed), LeafletVersion::of(EN));
    }

    #[rstest]
    #[case::missing(EN.replace("## {#emergency} In an emergency\n\nCall 112. Café.\n", ""),
        LeafletProblem::MissingSection("emergency".into()))]
    #[case::unknown(format!("{EN}\n## {{#extra}} More\n\nText.\n"),
        LeafletProblem::UnknownSection("extra".into()))]
    #[case::duplicate(format!("{EN}\n## {{#advice}} Again\n\nText.\n"),
        LeafletProblem::DuplicateSection("advice".into()))]
    #[case::empty(EN.replace("Call 112. Café.", ""),
        LeafletProblem::EmptySection("emergency".into()))]
    #[case::placeholder(EN.replace("{ngo_phone}", "{ngo_fax}"),
        LeafletProblem::UnknownPlaceholder("ngo_fax".into()))]
    #[case::title(EN.replace("title = \"Who can help you\"", "title = \" \""),
        LeafletProblem::EmptyTitle)]
    fn validation_reports_what_is_wrong(#[case] text: String, #[case] expected: LeafletProblem) {
        let t = Translation::parse(&text).expect("parses");
        assert!(
            meta().problems(&t).contains(&expected),
            "{expected:?} in {:?}",
            meta().problems(&t)
        );
    }

    #[test]
    fn sections_out_of_order_are_reported() {
        let swapped = "+++\nlanguage = \"fr\"\nstatus = \"machine-drafted\"\ntitle = \"T\"\n+++\n\
## {#emergency} B\n\nb\n## {#advice} A\n\na\n";
        let t = Translation::parse(swapped).expect("parses");
        assert!(matches!(
            meta().problems(&t).as_slice(),
            [LeafletProblem::SectionOrder { .. }]
        ));
    }

    #[rstest]
    #[case::no_front_matter("## {#advice} A\n\na\n")]
    #[case::unclosed("+++\nlanguage = \"en\"\n")]
    #[case::unknown_status("+++\nlanguage = \"en\"\nstatus = \"done\"\ntitle = \"T\"\n+++\n")]
    #[case::bad_heading(
        "+++\nlanguage = \"en\"\nstatus = \"reviewed\"\ntitle = \"T\"\n+++\n## Advice\n"
    )]
    #[case::text_first(
        "+++\nlanguage = \"en\"\nstatus = \"reviewed\"\ntitle = \"T\"\n+++\nHello\n"
    )]
    fn malformed_translations_are_refused(#[case] text: &str) {
        assert!(Translation::parse(text).is_err(), "{text:?} must not parse");
    }

    #[test]
    fn placeholders_are_filled_from_site_values_and_missing_ones_named() {
        let t = Translation::parse(EN).expect("parses");
        let values = BTreeMap::from([("ngo_phone".to_owned(), "+994 12 000".to_owned())]);
        let filled = t.fill(&values).expect("all values given");
        assert_eq!(
            filled.sections[0].body,
            "Call +994 12 000.\n\nThey help you."
        );
        assert_eq!(
            filled.version, t.version,
            "filling keeps the template's version"
        );
        assert_eq!(
            t.fill(&BTreeMap::new()),
            Err(LeafletError::MissingValue("ngo_phone".into()))
        );
        assert_eq!(
            fill_placeholders("{#x} {not a name} {}", &BTreeMap::new()),
            Ok("{#x} {not a name} {}".to_owned()),
            "only {{lowercase_names}} are placeholders"
        );
    }

    #[test]
    fn legal_basis_and_text_path_follow_the_jurisdiction() {
        let mut m = meta();
        let eu = Jurisdiction::new("eu").expect("valid");
        let az = Jurisdiction::new("az").expect("valid");
        let xx = Jurisdiction::new("xx").expect("valid");
        assert!(m.applies_in(&az) && !m.applies_in(&xx));
        assert_eq!(
            m.legal_basis_in(&eu)[0].article.as_deref(),
            Some("Art. 12(1)")
        );
        assert!(m.legal_basis_in(&xx).is_empty());
        let ru = LeafletLanguage::new("ru").expect("valid");
        assert_eq!(m.text_path(&az, &ru), "ru.md");
        m.jurisdiction_texts.push(az.clone());
        assert_eq!(m.text_path(&az, &ru), "jurisdictions/az/ru.md");
        assert_eq!(m.text_path(&eu, &ru), "ru.md");
    }

    #[test]
    fn meta_without_legal_basis_or_with_an_unknown_override_is_refused() {
        let no_basis = "id = \"x\"\ntitle = \"X\"\nsections = [\"a\"]\n[legal_basis]\n";
        assert!(LeafletMeta::parse(no_basis).is_err());
        let stray = format!("jurisdiction_texts = [\"xx\"]\n{META}");
        assert!(LeafletMeta::parse(&stray).is_err());
    }

    #[test]
    fn catalogue_finds_the_language_to_preselect_for_a_person() {
        let c = Catalogue::parse(
            r#"
edition = "2026-12-01"
source_language = "en"
leaflets = ["contacts"]
languages = [
  { code = "en", english_name = "English", endonym = "English", script = "Latn", direction = "ltr", iso639_3 = ["eng"] },
  { code = "prs", english_name = "Dari", endonym = "دری", script = "Arab", direction = "rtl", iso639_3 = ["prs"] },
]
[jurisdictions.eu]
name = "EU"
"#,
        )
        .expect("parses");
        let dari = Language::new("prs").expect("ISO 639-3");
        let found = c.language_for_person(&dari).expect("Dari is served");
        assert_eq!(found.endonym, "دری");
        assert_eq!(found.direction, TextDirection::Rtl);
        assert!(
            c.language_for_person(&Language::new("tir").expect("valid"))
                .is_none()
        );
    }

    #[test]
    fn deadlines_name_listed_leaflets_within_a_year() {
        let catalogue = |deadlines: &str| {
            Catalogue::parse(&format!(
                r#"
edition = "2026-12-01"
source_language = "en"
leaflets = ["contacts", "eurodac"]
languages = [
  {{ code = "en", english_name = "English", endonym = "English", script = "Latn", direction = "ltr", iso639_3 = ["eng"] }},
]
[jurisdictions.eu]
name = "EU"
deadlines = {deadlines}
"#
            ))
        };
        let c = catalogue("{ eurodac = 0, contacts = 3 }").expect("parses");
        let eu = &c.jurisdictions[&Jurisdiction::new("eu").expect("valid")];
        assert_eq!(
            eu.deadlines
                .get(&LeafletId::new("contacts").expect("valid")),
            Some(&3)
        );
        let unknown = catalogue("{ interview = 1 }").expect_err("interview is not listed");
        assert!(unknown.to_string().contains("interview"), "{unknown}");
        assert!(catalogue("{ eurodac = 366 }").is_err(), "over a year");
    }

    proptest::proptest! {
        #[test]
        fn version_ignores_line_endings_and_normal_form(text in "[a-zé\u{0301}\u{0627}-\u{0648} \n.]{0,80}") {
            let v = LeafletVersion::of(&text);
            proptest::prop_assert_eq!(LeafletVersion::of(&text.replace('\n', "\r\n")), v.clone());
            proptest::prop_assert_eq!(LeafletVersion::of(&text.nfd().collect::<String>()), v.clone());
            proptest::prop_assert_eq!(LeafletVersion::of(&normalise(&text)), v);
        }
    }

    #[rstest]
    #[case::upper("Eurodac")]
    #[case::space("two words")]
    #[case::empty("")]
    #[case::digit_first("1st")]
    fn codes_outside_lowercase_letters_digits_and_dash_are_refused(#[case] code: &str) {
        assert!(LeafletId::new(code).is_err());
    }
}
