//! One-time enrolment codes: 80 random bits shown as 16 Crockford base32 characters in four
//! groups (`7KQ2-M9XD-4TZB-HR0C`), easy to read aloud and to type on a tablet.
//!
//! Typing is forgiving the way Crockford base32 is: case does not matter, dashes and spaces are
//! ignored, `O` reads as `0` and `I`/`L` as `1`. The server stores only the SHA-256 of the
//! normalised code.

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::storage::Sha256Hash;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH: usize = 16;
const GROUP: usize = 4;

/// A well-formed enrolment code, normalised. `Debug` does not show it.
#[derive(Clone, PartialEq, Eq)]
pub struct EnrolmentCode(Zeroizing<String>);

/// Why typed text is not an enrolment code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "an enrolment code is 16 letters and digits like 7KQ2-M9XD-4TZB-HR0C; check it was typed \
     completely"
)]
pub struct MalformedCode;

impl EnrolmentCode {
    /// A new random code.
    pub fn generate() -> Result<Self, getrandom::Error> {
        let mut bits = Zeroizing::new([0u8; 10]);
        getrandom::fill(bits.as_mut())?;
        let mut value = 0u128;
        for byte in bits.iter() {
            value = (value << 8) | u128::from(*byte);
        }
        let mut code = Zeroizing::new(String::with_capacity(LENGTH));
        for i in (0..LENGTH).rev() {
            let index = usize::try_from((value >> (5 * i)) & 0x1f).unwrap_or(0);
            code.push(char::from(ALPHABET[index]));
        }
        Ok(Self(code))
    }

    /// Reads a code as a person typed it.
    pub fn parse(typed: &str) -> Result<Self, MalformedCode> {
        let mut code = Zeroizing::new(String::with_capacity(LENGTH));
        for c in typed.chars() {
            let c = match c.to_ascii_uppercase() {
                '-' | ' ' | '\t' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
                _ => return Err(MalformedCode),
            };
            if code.len() == LENGTH {
                return Err(MalformedCode);
            }
            code.push(c);
        }
        if code.len() == LENGTH {
            Ok(Self(code))
        } else {
            Err(MalformedCode)
        }
    }

    /// What the server stores.
    pub fn hash(&self) -> Sha256Hash {
        Sha256::digest(self.0.as_bytes()).into()
    }
}

impl std::fmt::Display for EnrolmentCode {
    /// The code in four dash-separated groups, as an administrator hands it out.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, group) in self.0.as_bytes().chunks(GROUP).enumerate() {
            if i > 0 {
                f.write_str("-")?;
            }
            f.write_str(std::str::from_utf8(group).map_err(|_| std::fmt::Error)?)?;
        }
        Ok(())
    }
}

impl std::fmt::Debug for EnrolmentCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EnrolmentCode([redacted])")
    }
}

#[cfg(test)]
mod tests {
    use rstest::rstest;

    use super::*;

    #[test]
    fn a_generated_code_reads_back_as_itself_when_typed_sloppily() {
        let code = EnrolmentCode::generate().expect("random");
        let shown = code.to_string();
        assert_eq!(
            shown.len(),
            19,
            "four groups of four and three dashes: {shown}"
        );
        let typed = shown.to_ascii_lowercase().replace('-', " ");
        assert_eq!(
            EnrolmentCode::parse(&typed).expect("parses"),
            code,
            "lower case and spaces must not matter"
        );
    }

    #[test]
    fn two_generated_codes_differ() {
        let a = EnrolmentCode::generate().expect("random");
        let b = EnrolmentCode::generate().expect("random");
        assert_ne!(a, b, "80 random bits do not repeat");
    }

    #[rstest]
    #[case::letter_o_is_zero("7KQ2-M9XD-4TZB-HROC", "7KQ2-M9XD-4TZB-HR0C")]
    #[case::letters_i_and_l_are_one("IKQ2-M9XD-4TZB-HRLC", "1KQ2-M9XD-4TZB-HR1C")]
    fn confusable_letters_read_as_the_digits_they_look_like(
        #[case] typed: &str,
        #[case] meant: &str,
    ) {
        assert_eq!(
            EnrolmentCode::parse(typed).expect("parses"),
            EnrolmentCode::parse(meant).expect("parses")
        );
    }

    #[rstest]
    #[case::too_short("7KQ2-M9XD-4TZB")]
    #[case::too_long("7KQ2-M9XD-4TZB-HR0C-1")]
    #[case::letter_u("7KQ2-M9XD-4TZB-HRUC")]
    #[case::not_ascii("7KQ2-M9XD-4TZB-HR0É")]
    #[case::empty("")]
    fn text_that_is_not_a_code_is_refused(#[case] typed: &str) {
        assert_eq!(EnrolmentCode::parse(typed), Err(MalformedCode), "{typed:?}");
    }

    #[test]
    fn debug_output_never_shows_the_code() {
        let code = EnrolmentCode::parse("7KQ2-M9XD-4TZB-HR0C").expect("parses");
        assert!(!format!("{code:?}").contains("7KQ2"), "codes get logged");
    }
}
