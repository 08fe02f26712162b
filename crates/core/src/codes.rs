//! Validated codes from international standards: countries and nationalities (ISO 3166-1
//! alpha-3 with ICAO Doc 9303's codes for stateless and unspecified), languages (ISO 639-3),
//! scripts (ISO 15924) and the UNHCR specific-needs categories.

use serde::{Deserialize, Serialize};
use std::fmt;
use ts_rs::TS;

/// ISO 3166-1 alpha-3 country code, e.g. `SYR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(export, type = "string")]
pub struct Country(String);

impl Country {
    /// Validates an ISO 3166-1 alpha-3 code (case-insensitive).
    pub fn new(code: &str) -> Option<Self> {
        let up = code.trim().to_ascii_uppercase();
        (up.len() == 3 && celes::Country::from_alpha3(&up).is_ok()).then_some(Self(up))
    }
    /// The code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The English short name, for logs and fallbacks (the UI localises names itself).
    pub fn english_name(&self) -> &'static str {
        celes::Country::from_alpha3(&self.0)
            .map(|c| c.long_name)
            .unwrap_or("")
    }
}

impl TryFrom<String> for Country {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Self::new(&s).ok_or_else(|| format!("unknown country code {s:?}"))
    }
}
impl From<Country> for String {
    fn from(c: Country) -> String {
        c.0
    }
}

/// A nationality: a country, or one of ICAO Doc 9303's special codes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(export, type = "string")]
pub enum Nationality {
    /// A citizen of this country.
    Country(Country),
    /// Stateless person (ICAO `XXA`).
    Stateless,
    /// Nationality unknown or not yet established (ICAO `XXX`).
    Unknown,
}

impl Nationality {
    /// Parses a nationality code: ISO 3166-1 alpha-3, `XXA` (stateless) or `XXX` (unknown).
    pub fn new(code: &str) -> Option<Self> {
        match code.trim().to_ascii_uppercase().as_str() {
            "XXA" => Some(Self::Stateless),
            "XXX" => Some(Self::Unknown),
            other => Country::new(other).map(Self::Country),
        }
    }
    /// The code as stored.
    pub fn code(&self) -> &str {
        match self {
            Self::Country(c) => c.as_str(),
            Self::Stateless => "XXA",
            Self::Unknown => "XXX",
        }
    }
}

impl TryFrom<String> for Nationality {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Self::new(&s).ok_or_else(|| format!("unknown nationality code {s:?}"))
    }
}
impl From<Nationality> for String {
    fn from(n: Nationality) -> String {
        n.code().to_owned()
    }
}
impl fmt::Display for Nationality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// ISO 639-3 language code, e.g. `arb`, `prs`, `tir`. Macrolanguage codes (`ara`, `fas`) are
/// accepted too: officials often know only the macrolanguage.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(export, type = "string")]
pub struct Language(String);

impl Language {
    /// Validates an ISO 639-3 code (case-insensitive).
    pub fn new(code: &str) -> Option<Self> {
        let low = code.trim().to_ascii_lowercase();
        isolang::Language::from_639_3(&low).map(|_| Self(low))
    }
    /// The code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Language {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Self::new(&s).ok_or_else(|| format!("unknown language code {s:?}"))
    }
}
impl From<Language> for String {
    fn from(l: Language) -> String {
        l.0
    }
}

/// The UNHCR standard specific-needs categories. Among the most sensitive data in a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum SpecificNeed {
    /// CR: child at risk.
    CR,
    /// SC: unaccompanied or separated child.
    SC,
    /// WR: woman at risk.
    WR,
    /// ER: older person at risk.
    ER,
    /// SP: single parent or caregiver.
    SP,
    /// DS: disability.
    DS,
    /// SM: serious medical condition.
    SM,
    /// FU: family unity.
    FU,
    /// LP: specific legal and physical protection needs.
    LP,
    /// TR: torture.
    TR,
    /// SV: sexual and gender-based violence.
    SV,
}

impl SpecificNeed {
    /// Every category, in the order UNHCR lists them.
    pub const ALL: [SpecificNeed; 11] = [
        Self::CR,
        Self::SC,
        Self::WR,
        Self::ER,
        Self::SP,
        Self::DS,
        Self::SM,
        Self::FU,
        Self::LP,
        Self::TR,
        Self::SV,
    ];
    /// The two-letter code.
    pub fn code(self) -> &'static str {
        match self {
            Self::CR => "CR",
            Self::SC => "SC",
            Self::WR => "WR",
            Self::ER => "ER",
            Self::SP => "SP",
            Self::DS => "DS",
            Self::SM => "SM",
            Self::FU => "FU",
            Self::LP => "LP",
            Self::TR => "TR",
            Self::SV => "SV",
        }
    }
    /// Parses a two-letter code (case-insensitive).
    pub fn from_code(code: &str) -> Option<Self> {
        let up = code.trim().to_ascii_uppercase();
        Self::ALL.into_iter().find(|n| n.code() == up)
    }
}

/// The writing system of a piece of text, as an ISO 15924 code (`Arab`, `Cyrl`, `Ethi`,
/// `Latn`, …). Detected from the text itself: the script most of its letters belong to.
pub fn detect_script(text: &str) -> String {
    use std::collections::HashMap;
    use unicode_script::{Script, UnicodeScript};
    let mut counts: HashMap<Script, usize> = HashMap::new();
    for ch in text.chars() {
        let s = ch.script();
        if !matches!(s, Script::Common | Script::Inherited | Script::Unknown) {
            *counts.entry(s).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(s, n)| (*n, std::cmp::Reverse(s.short_name())))
        .map(|(s, _)| s.short_name().to_owned())
        .unwrap_or_else(|| "Zyyy".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("محمد", "Arab")]
    #[case("محمّد الأحمد", "Arab")]
    #[case("ሰላም", "Ethi")]
    #[case("Олександр", "Cyrl")]
    #[case("Muhammad", "Latn")]
    #[case("Şəhriyar", "Latn")]
    #[case("১২৩ রহিম", "Beng")]
    #[case("123 - ", "Zyyy")]
    fn script_is_detected_from_the_letters(#[case] text: &str, #[case] expected: &str) {
        assert_eq!(detect_script(text), expected, "script of {text}");
    }

    #[rstest]
    #[case("SYR", true)]
    #[case("afg", true)]
    #[case("AZE", true)]
    #[case("XXA", true)]
    #[case("XXX", true)]
    #[case("ZZZ", false)]
    #[case("SY", false)]
    fn nationality_codes_are_checked(#[case] code: &str, #[case] ok: bool) {
        assert_eq!(Nationality::new(code).is_some(), ok, "nationality {code}");
    }

    #[rstest]
    #[case("arb", true)]
    #[case("ara", true)]
    #[case("prs", true)]
    #[case("tir", true)]
    #[case("ckb", true)]
    #[case("kmr", true)]
    #[case("azj", true)]
    #[case("xyz1", false)]
    #[case("en", false)]
    fn language_codes_are_iso_639_3(#[case] code: &str, #[case] ok: bool) {
        assert_eq!(Language::new(code).is_some(), ok, "language {code}");
    }

    #[test]
    fn specific_need_codes_round_trip() {
        for need in SpecificNeed::ALL {
            assert_eq!(SpecificNeed::from_code(need.code()), Some(need));
        }
        assert_eq!(SpecificNeed::from_code("xx"), None);
    }
}
