//! Human-readable case numbers that are unique without a network.
//!
//! Format: `SITE-DEVC-NNNNNN-K`, e.g. `LSV-7KQ2-000042-P`:
//! the site code (2–6 letters or digits), the device code (4 characters, unique per site,
//! assigned at enrolment), a per-device sequence, and a check character computed with
//! ISO/IEC 7064 MOD 37,36 over everything before it, so a mistyped character (and nearly every
//! swap of two neighbours) is caught when an official reads a number out or types it from a paper card.
//!
//! The check is written here by hand: it is ten lines, and no maintained crate implements the
//! alphanumeric MOD 37,36 scheme.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use ts_rs::TS;

/// The alphabet of ISO/IEC 7064 MOD 37,36: digits then upper-case Latin letters.
const ALPHABET: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// A site code: 2–6 upper-case ASCII letters or digits, e.g. `LSV` or `AZ01`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(export, type = "string")]
pub struct SiteCode(String);

/// A device code: 4 upper-case ASCII letters or digits, unique within a site.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(export, type = "string")]
pub struct DeviceCode(String);

/// Why a site code, device code or case number was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CodeError {
    /// The site code is not 2–6 letters or digits.
    #[error("site code {0:?} must be 2 to 6 letters or digits, e.g. LSV")]
    Site(String),
    /// The device code is not 4 letters or digits.
    #[error("device code {0:?} must be 4 letters or digits, e.g. 7KQ2")]
    Device(String),
    /// The case number is not of the form SITE-DEVC-NNNNNN-K.
    #[error("case number {0:?} is not of the form SITE-DEVC-NNNNNN-K")]
    CaseFormat(String),
    /// The check character does not match: the number was mistyped.
    #[error("case number {0:?} has a wrong check character; check it was typed correctly")]
    CaseCheck(String),
}

fn is_code(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

impl SiteCode {
    /// Validates a site code; lower case is accepted and upper-cased.
    pub fn new(code: &str) -> Result<Self, CodeError> {
        let up = code.trim().to_ascii_uppercase();
        if is_code(&up, 2, 6) {
            Ok(Self(up))
        } else {
            Err(CodeError::Site(code.to_owned()))
        }
    }
    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl DeviceCode {
    /// Validates a device code; lower case is accepted and upper-cased.
    pub fn new(code: &str) -> Result<Self, CodeError> {
        let up = code.trim().to_ascii_uppercase();
        if is_code(&up, 4, 4) {
            Ok(Self(up))
        } else {
            Err(CodeError::Device(code.to_owned()))
        }
    }
    /// Derives a device code from 20 random bits, in Crockford-style characters that are hard
    /// to confuse when read aloud (no I, L, O, U).
    pub fn from_random(bits: u32) -> Self {
        const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        let code = (0..4)
            .map(|i| CROCKFORD[((bits >> (i * 5)) & 31) as usize] as char)
            .collect();
        Self(code)
    }
    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

macro_rules! string_code_impls {
    ($t:ty) => {
        impl TryFrom<String> for $t {
            type Error = CodeError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::new(&s)
            }
        }
        impl From<$t> for String {
            fn from(c: $t) -> String {
                c.0
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}
string_code_impls!(SiteCode);
string_code_impls!(DeviceCode);

/// ISO/IEC 7064 MOD 37,36 check character over letters and digits (other characters skipped).
fn check_character(payload: &str) -> char {
    let m = 36u32;
    let mut p = m;
    for b in payload.bytes().filter(u8::is_ascii_alphanumeric) {
        let v = ALPHABET
            .iter()
            .position(|&a| a == b.to_ascii_uppercase())
            .unwrap_or(0) as u32;
        let mut s = (p % (m + 1)) + v;
        s %= m;
        if s == 0 {
            s = m;
        }
        p = (s * 2) % (m + 1);
    }
    let check = (m + 1 - p) % m;
    ALPHABET[check as usize] as char
}

/// A case number: site, device, sequence and check character.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(export, type = "string")]
pub struct CaseNumber {
    site: SiteCode,
    device: DeviceCode,
    sequence: u32,
}

impl CaseNumber {
    /// Builds the case number for the `sequence`-th registration on a device.
    pub fn new(site: SiteCode, device: DeviceCode, sequence: u32) -> Self {
        Self {
            site,
            device,
            sequence,
        }
    }
    /// The site part.
    pub fn site(&self) -> &SiteCode {
        &self.site
    }
    /// The device part.
    pub fn device(&self) -> &DeviceCode {
        &self.device
    }
    /// The per-device sequence.
    pub fn sequence(&self) -> u32 {
        self.sequence
    }
    fn payload(&self) -> String {
        format!("{}-{}-{:06}", self.site, self.device, self.sequence)
    }
}

impl fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let payload = self.payload();
        write!(f, "{payload}-{}", check_character(&payload))
    }
}

impl FromStr for CaseNumber {
    type Err = CodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let format_err = || CodeError::CaseFormat(s.to_owned());
        let up = s.trim().to_ascii_uppercase();
        let parts: Vec<&str> = up.split('-').collect();
        let [site, device, seq, check] = parts.as_slice() else {
            return Err(format_err());
        };
        let site = SiteCode::new(site).map_err(|_| format_err())?;
        let device = DeviceCode::new(device).map_err(|_| format_err())?;
        if seq.len() < 6 || !seq.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format_err());
        }
        let sequence: u32 = seq.parse().map_err(|_| format_err())?;
        let number = Self::new(site, device, sequence);
        let mut chars = check.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c == check_character(&number.payload()) => Ok(number),
            (Some(_), None) => Err(CodeError::CaseCheck(s.to_owned())),
            _ => Err(format_err()),
        }
    }
}

impl TryFrom<String> for CaseNumber {
    type Error = CodeError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<CaseNumber> for String {
    fn from(c: CaseNumber) -> String {
        c.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rstest::rstest;

    fn number(seq: u32) -> CaseNumber {
        CaseNumber::new(
            SiteCode::new("LSV").expect("valid site"),
            DeviceCode::new("7KQ2").expect("valid device"),
            seq,
        )
    }

    #[test]
    fn case_number_formats_with_zero_padded_sequence_and_check() {
        let text = number(42).to_string();
        assert!(text.starts_with("LSV-7KQ2-000042-"), "got {text}");
        assert_eq!(text.len(), "LSV-7KQ2-000042-X".len());
    }

    #[rstest]
    #[case("LSV-7KQ2-000042")]
    #[case("LSV-7KQ2-42-A")]
    #[case("L-7KQ2-000042-A")]
    #[case("LSV-7KQ-000042-A")]
    #[case("LSV-7KQ2-000042-AB")]
    #[case("")]
    fn malformed_case_numbers_are_refused(#[case] input: &str) {
        assert!(
            matches!(input.parse::<CaseNumber>(), Err(CodeError::CaseFormat(_))),
            "{input} should be a format error"
        );
    }

    #[rstest]
    #[case("lsv", "LSV")]
    #[case(" az01 ", "AZ01")]
    fn site_codes_are_upper_cased(#[case] input: &str, #[case] expected: &str) {
        assert_eq!(SiteCode::new(input).expect("valid").as_str(), expected);
    }

    #[rstest]
    #[case("A")]
    #[case("TOOLONG1")]
    #[case("L-V")]
    #[case("ЛСВ")]
    fn bad_site_codes_are_refused(#[case] input: &str) {
        assert!(SiteCode::new(input).is_err(), "{input} must be refused");
    }

    proptest! {
        #[test]
        fn case_numbers_round_trip(seq in 0u32..10_000_000, bits in any::<u32>()) {
            let n = CaseNumber::new(SiteCode::new("LSV").expect("valid"), DeviceCode::from_random(bits), seq);
            let parsed: CaseNumber = n.to_string().parse().expect("own output parses");
            prop_assert_eq!(parsed, n);
        }

        #[test]
        fn any_single_substitution_is_caught(seq in 0u32..1_000_000, pos in 0usize..15, replacement in 0usize..36) {
            let text = number(seq).to_string();
            let mut bytes = text.clone().into_bytes();
            prop_assume!(bytes[pos] != b'-');
            let new = ALPHABET[replacement];
            prop_assume!(bytes[pos] != new);
            // Keep the shape valid (digits stay digits in the sequence).
            prop_assume!(!(9..15).contains(&pos) || new.is_ascii_digit());
            bytes[pos] = new;
            let typo = String::from_utf8(bytes).expect("ascii");
            prop_assert!(typo.parse::<CaseNumber>().is_err(), "typo {} of {} was accepted", typo, text);
        }
    }

    #[test]
    fn matches_the_published_iso_7064_mod_37_36_example() {
        // The GRid standard's example identifier, whose last character is its MOD 37,36 check.
        assert_eq!(check_character("A12425GABC1234002"), 'M');
    }

    #[test]
    fn nearly_all_adjacent_transpositions_in_the_sequence_are_caught() {
        // A hybrid ISO 7064 system catches most, not all, transpositions; measure the rate.
        let (mut tried, mut caught) = (0u32, 0u32);
        for seq in (0..1_000_000).step_by(97) {
            let text = number(seq).to_string();
            for pos in 9..14 {
                let mut bytes = text.clone().into_bytes();
                if bytes[pos] == bytes[pos + 1] {
                    continue;
                }
                bytes.swap(pos, pos + 1);
                tried += 1;
                let typo = String::from_utf8(bytes).expect("ascii");
                if typo.parse::<CaseNumber>().is_err() {
                    caught += 1;
                }
            }
        }
        let rate = f64::from(caught) / f64::from(tried);
        assert!(
            rate > 0.97,
            "only {caught} of {tried} transpositions caught ({rate:.4})"
        );
    }
}
