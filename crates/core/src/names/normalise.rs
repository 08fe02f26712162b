//! Text clean-up shared by every key: Unicode normalisation, invisible characters, case,
//! diacritics and the Arabic-script letter variants that writers use interchangeably.
//!
//! Everything here is total: any string, however long or odd, gives a string back.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Longest key kept, in characters. Names are short; the cap keeps every comparison (and the
/// quadratic Jaro-Winkler) cheap whatever a user pastes into a field.
pub const MAX_KEY_CHARS: usize = 64;

/// Whether a character is invisible formatting that must never change a key: zero-width
/// (non-)joiners and spaces, bidi controls, the Arabic letter mark, soft hyphen, BOM.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}')
        || c.is_control()
}

/// Whether a combining mark is dropped: diacritics of Latin, Greek, Cyrillic, Hebrew and
/// Arabic (harakat, shadda, sukun, superscript alef, hamza above/below, madda, Quranic marks).
/// Marks of Indic and other scripts (vowel signs) are kept: there they are letters.
fn is_droppable_mark(c: char) -> bool {
    is_combining_mark(c)
        && (c < '\u{0900}'
            || ('\u{1AB0}'..='\u{1AFF}').contains(&c)
            || ('\u{1DC0}'..='\u{1DFF}').contains(&c)
            || ('\u{20D0}'..='\u{20FF}').contains(&c)
            || ('\u{FE20}'..='\u{FE2F}').contains(&c))
}

/// Arabic-script letters that writers of Arabic, Persian, Urdu, Pashto and Sorani use for the
/// same sound, mapped to one form. Alef and hamza carriers have already lost their hamza and
/// madda as combining marks by the time this runs (NFD), so only the precomposed-only
/// letters are here.
fn unify_arabic(c: char) -> Option<char> {
    Some(match c {
        // alef wasla and alef with wavy hamza -> alef
        '\u{0671}' | '\u{0672}' | '\u{0673}' | '\u{0675}' => '\u{0627}',
        // alef maqsura, Persian ye, Pashto/Urdu/Sorani ye forms -> ya
        '\u{0649}' | '\u{06CC}' | '\u{06D0}' | '\u{06D2}' | '\u{06CD}' | '\u{06CE}'
        | '\u{0678}' => '\u{064A}',
        // keheh, swash kaf -> kaf
        '\u{06A9}' | '\u{06AA}' => '\u{0643}',
        // ta marbuta, heh with ye, Sorani ae, Urdu heh forms -> heh
        '\u{0629}' | '\u{06C0}' | '\u{06D5}' | '\u{06BE}' | '\u{06C1}' | '\u{06C2}' => '\u{0647}',
        // tatweel and the standalone hamza carry no letter
        '\u{0640}' | '\u{0621}' => return None,
        other => other,
    })
}

/// Latin letters with no canonical decomposition, folded to ASCII as passports print them
/// (ICAO Doc 9303 Part 3, Table A: ß→SS, Æ→AE, Ø→OE is the MRZ rule; a search key wants the
/// reading that people type, so Ø→O). `ə` (Azerbaijani) → `a`, as in MAMMADOV.
fn fold_latin(c: char, out: &mut String) {
    match c {
        'ß' => out.push_str("ss"),
        'æ' => out.push_str("ae"),
        'œ' => out.push_str("oe"),
        'þ' => out.push_str("th"),
        'ø' => out.push('o'),
        'ł' | 'ŀ' => out.push('l'),
        'đ' | 'ð' => out.push('d'),
        'ı' => out.push('i'),
        'ə' | 'ǝ' => out.push('a'),
        'ħ' => out.push('h'),
        'ĸ' => out.push('k'),
        'ŋ' => out.push('n'),
        // modifier letters used for ayn and hamza in scholarly romanisation: ʿ ʾ ʻ ʼ
        'ʿ' | 'ʾ' | 'ʻ' | 'ʼ' | 'ʹ' | 'ʺ' => {}
        other => out.push(other),
    }
}

/// Cleans a name for comparison while keeping its script: NFKC, invisible characters removed,
/// lower case, diacritics and Arabic short vowels, tatweel and Quranic marks removed,
/// Arabic-script letter variants unified, Latin special letters folded, runs of anything that
/// is not a letter or digit turned into one space. Apostrophes (O'Brien, Mu'ammar) join.
///
/// Idempotent: `clean(&clean(s)) == clean(s)`.
///
/// ```
/// use waypoint_core::names::normalise::clean;
/// assert_eq!(clean("Muḥammad  al-Aḥmad"), "muhammad al ahmad");
/// assert_eq!(clean("مُحَمَّد\u{200C}"), "محمد");
/// assert_eq!(clean("أحمد"), clean("احمد"));
/// ```
pub fn clean(text: &str) -> String {
    let mut lowered = String::with_capacity(text.len());
    for c in text.nfkc().filter(|c| !is_invisible(*c)) {
        lowered.extend(c.to_lowercase());
    }
    let mut out = String::with_capacity(lowered.len());
    let mut pending_space = false;
    // Decomposed letter by letter so that letters which only look like a base plus a mark
    // (Cyrillic й, a letter of its own with its own transliteration) stay whole.
    let mut decomposed = String::with_capacity(lowered.len());
    for c in lowered.chars() {
        if c == 'й' {
            decomposed.push(c);
        } else {
            decomposed.extend(std::iter::once(c).nfd());
        }
    }
    for c in decomposed.chars() {
        if is_droppable_mark(c) || is_invisible(c) {
            continue;
        }
        if is_apostrophe(c) {
            continue;
        }
        let Some(c) = unify_arabic(c) else { continue };
        if c.is_alphanumeric() || is_combining_mark(c) {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            fold_latin(c, &mut out);
        } else {
            pending_space = true;
        }
    }
    // Recompose what is left (kept Indic marks, Hangul) so the result is stable under NFC.
    out.nfc().collect()
}

/// Apostrophe-like characters, which join the letters around them rather than split a word.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`' | '´' | 'ʼ' | 'ʻ' | 'ʿ' | 'ʾ')
}

/// Whether a character is a basic Latin letter (a key's alphabet after cleaning and folding).
pub fn is_ascii_letter(c: char) -> bool {
    c.is_ascii_lowercase()
}

/// Truncates to [`MAX_KEY_CHARS`] characters.
pub fn cap(mut s: String) -> String {
    if let Some((i, _)) = s.char_indices().nth(MAX_KEY_CHARS) {
        s.truncate(i);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rstest::rstest;

    #[rstest]
    #[case("Muhammad", "muhammad")]
    #[case("MÜLLER", "muller")]
    #[case("Straße", "strasse")]
    #[case("Şəhriyar Məmmədov", "sahriyar mammadov")]
    #[case("İbrahim", "ibrahim")]
    #[case("O'Brien", "obrien")]
    #[case("Mu’ammar al-Qadhdhafi", "muammar al qadhdhafi")]
    #[case("  --Abd  al--Rahman!! ", "abd al rahman")]
    #[case("ﻣﺤﻤﺪ", "محمد")] // presentation forms → letters (NFKC)
    #[case("مُحَمَّد", "محمد")] // harakat and shadda
    #[case("محـــمد", "محمد")] // tatweel
    #[case("إبراهيم", "ابراهيم")]
    #[case("آمنة", "امنه")] // madda, ta marbuta
    #[case("مصطفى", "مصطفي")] // alef maqsura
    #[case("علی", "علي")] // Persian ye
    #[case("کریم", "كريم")] // keheh
    #[case("مؤمن", "مومن")]
    #[case("عائشة", "عايشه")]
    #[case("Олександр", "олександр")]
    #[case("Йосип", "йосип")]
    #[case("ተስፋይ", "ተስፋይ")]
    #[case("a\u{200D}b\u{200E}c\u{202E}d", "abcd")]
    #[case("!!!", "")]
    fn names_are_cleaned(#[case] input: &str, #[case] expected: &str) {
        assert_eq!(clean(input), expected, "clean({input:?})");
    }

    #[test]
    fn cap_keeps_at_most_the_key_length() {
        assert_eq!(cap("x".repeat(500)).len(), MAX_KEY_CHARS);
        assert_eq!(cap("محمد".into()), "محمد");
    }

    proptest! {
        #[test]
        fn cleaning_is_idempotent(s in "\\PC{0,40}") {
            let once = clean(&s);
            prop_assert_eq!(clean(&once), once.clone(), "clean is not idempotent on {:?}", s);
        }

        #[test]
        fn cleaning_is_idempotent_on_any_unicode(s in any::<String>()) {
            let once = clean(&s);
            prop_assert_eq!(clean(&once), once);
        }
    }
}
