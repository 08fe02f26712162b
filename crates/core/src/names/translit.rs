//! Transliteration of names to basic Latin letters, one table per script, for matching.
//!
//! No maintained crate covers Arabic-script languages or Ge'ez; the Cyrillic ones (`translit`,
//! `iuliia`) cover Russian only or bring tables we do not need, and one 40-line table is easier
//! to audit than a dependency. So each script has its table here, with its source.
//!
//! The output is for keys, not for display: lower-case `a`–`z` and spaces, without the
//! diacritics of the scholarly systems (ḥ→h, ṣ→s, ʿ dropped). Arabic script writes no short
//! vowels, so its output is a consonant skeleton plus long vowels (`محمد` → `mhmd`); the
//! keys in [`super::keys`] compare on consonant skeletons so that this still meets `Mohammed`.
//!
//! Text already in Latin script is only cleaned ([`super::normalise::clean`]) and folded to
//! ASCII: transliterating Latin input is the identity up to case and diacritics.

use super::normalise::clean;

/// A language whose names are transliterated, where the script alone does not decide a
/// letter's value (Cyrillic `г` is `g` in Russian, `h` in Ukrainian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// Arabic (Syria, Iraq, Sudan, Egypt, Maghreb).
    Arabic,
    /// Persian and Dari.
    Persian,
    /// Pashto.
    Pashto,
    /// Urdu.
    Urdu,
    /// Central Kurdish (Sorani) in Arabic script.
    Sorani,
    /// Russian.
    Russian,
    /// Ukrainian.
    Ukrainian,
    /// Azerbaijani in Cyrillic script (before 1991).
    Azerbaijani,
    /// Tigrinya or Amharic (Ge'ez script).
    Tigrinya,
}

/// How the Arabic-script letters و and ي are read between two consonants: as long vowels
/// (`حسين` → `hsin`) or as the consonant half of a diphthong (`hsayn`). The script does not
/// say; keys use both readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reading {
    /// و → `u`, ي → `i` between consonants.
    LongVowel,
    /// و → `aw`, ي → `ay` between consonants.
    Diphthong,
}

/// Transliterates a name to lower-case basic Latin, detecting the language from the letters
/// (Ukrainian from і ї є ґ, Azerbaijani from ә ғ ҹ һ ө ү ҝ ј, Persian from پ چ ژ گ).
///
/// ```
/// use waypoint_core::names::translit::transliterate;
/// assert_eq!(transliterate("محمد"), "mhmd");
/// assert_eq!(transliterate("Олександр"), "oleksandr");
/// assert_eq!(transliterate("Мухаммед"), "mukhammed");
/// assert_eq!(transliterate("ተስፋይ"), "tesfay");
/// assert_eq!(transliterate("Müller"), "muller");
/// ```
pub fn transliterate(text: &str) -> String {
    transliterate_as(text, None, Reading::LongVowel)
}

/// Transliterates with an explicit language (or `None` to detect it) and reading of و/ي.
pub fn transliterate_as(text: &str, language: Option<Language>, reading: Reading) -> String {
    let cleaned = clean(text);
    let language = language.or_else(|| detect_language(&text.to_lowercase()));
    let mut out = String::with_capacity(cleaned.len());
    for word in cleaned.split(' ') {
        if !out.is_empty() {
            out.push(' ');
        }
        let chars: Vec<char> = word.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
            let next = chars.get(i + 1).copied();
            push_letter(c, prev, next, language, reading, &mut out);
        }
    }
    out.trim().to_owned()
}

/// The language implied by letters only some languages use (in lower case); `None` when the
/// text does not say.
pub fn detect_language(text: &str) -> Option<Language> {
    let has = |set: &str| text.chars().any(|c| set.contains(c));
    if has("іїєґ") {
        Some(Language::Ukrainian)
    } else if has("әғҹһөүҝј") {
        Some(Language::Azerbaijani)
    } else if has("ټډړږښځڅڼ") {
        Some(Language::Pashto)
    } else if has("ٹڈڑں") {
        Some(Language::Urdu)
    } else if has("ڕڵۆڤ") {
        Some(Language::Sorani)
    } else if has("پچژگیک") {
        Some(Language::Persian)
    } else {
        None
    }
}

fn push_letter(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    language: Option<Language>,
    reading: Reading,
    out: &mut String,
) {
    if c.is_ascii() {
        out.push(c);
    } else if let Some(latin) = arabic(c, prev, next, language, reading) {
        out.push_str(latin);
    } else if let Some(latin) = cyrillic(c, prev, language) {
        out.push_str(latin);
    } else if ('\u{1200}'..='\u{137F}').contains(&c) {
        ethiopic(c, out);
    }
    // Letters of other scripts have no table here: they are left out of the Latin form and
    // are still compared in their own script by the keys.
}

fn is_arabic_letter(c: char) -> bool {
    ('\u{0620}'..='\u{06FF}').contains(&c)
}

/// Arabic script. Source: the BGN/PCGN romanisation systems — Arabic (1956), Persian (1958),
/// Pashto (1968), Urdu (2007) — with their diacritics dropped; where they differ, the letter's
/// value in the named language is taken. ICAO Doc 9303 Part 3 (8th ed., 2021) also has an
/// Arabic table, but it is a reversible code for the MRZ (ث → XTH, ح → XH, ة → XTA) that no
/// one uses when spelling a name, so matching against people's spellings needs the BGN/PCGN
/// values. Ayn and hamza are dropped except at the start of a word, where ayn is written `a`
/// (Ali, Abbas, Omar → a skeleton without it either way).
fn arabic(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    language: Option<Language>,
    reading: Reading,
) -> Option<&'static str> {
    if !is_arabic_letter(c) {
        return None;
    }
    let persian_like = matches!(
        language,
        Some(Language::Persian | Language::Pashto | Language::Urdu | Language::Sorani)
    );
    let at_start = prev.is_none_or(|p| !is_arabic_letter(p));
    let at_end = next.is_none_or(|n| !is_arabic_letter(n));
    let next_is_vowel_letter = next.is_some_and(|n| matches!(n, 'ا' | 'و' | 'ي'));
    let prev_is_alef = prev == Some('ا');
    Some(match c {
        'ا' => "a",
        'ب' => "b",
        'ت' | 'ط' | 'ٹ' | 'ټ' => "t",
        'ث' => {
            if persian_like {
                "s"
            } else {
                "th"
            }
        }
        'ج' => "j",
        'ح' => "h",
        'خ' => "kh",
        'د' | 'ڈ' | 'ډ' => "d",
        'ذ' => {
            if persian_like {
                "z"
            } else {
                "dh"
            }
        }
        'ر' | 'ڑ' | 'ړ' | 'ڕ' => "r",
        'ز' => "z",
        'ژ' | 'ږ' => "zh",
        'س' => "s",
        'ش' | 'ښ' => "sh",
        'ص' => "s",
        'ض' => {
            if persian_like {
                "z"
            } else {
                "d"
            }
        }
        'ظ' => "z",
        'ع' if at_start => "a",
        'ع' => "",
        'غ' => "gh",
        'ف' => "f",
        'ڤ' => "v",
        'ق' => "q",
        'ك' => "k",
        'گ' => "g",
        'ل' | 'ڵ' => "l",
        'م' => "m",
        'ن' | 'ں' | 'ڼ' => "n",
        // final heh is ta marbuta (unified into heh by `clean`) or the Persian final -e/-eh
        'ه' => {
            if at_end && !at_start {
                "a"
            } else {
                "h"
            }
        }
        'و' => {
            let consonant = at_start || next_is_vowel_letter || prev_is_alef;
            if persian_like && consonant {
                "v"
            } else if consonant {
                "w"
            } else if reading == Reading::Diphthong && !at_end {
                "aw"
            } else if persian_like {
                "o"
            } else {
                "u"
            }
        }
        'ۆ' => "o",
        'ي' => {
            if at_start || next_is_vowel_letter || prev_is_alef {
                "y"
            } else if reading == Reading::Diphthong && !at_end {
                "ay"
            } else {
                "i"
            }
        }
        'پ' => "p",
        'چ' => "ch",
        'ځ' => "dz",
        'څ' => "ts",
        _ => "",
    })
}

/// Cyrillic. Source: ICAO Doc 9303 Part 3 (8th ed., 2021), Table B (the table Russian and
/// Ukrainian passports use since 2013 and 2010): е/ё/э → E, й → I, х → KH, ц → TS, щ → SHCH,
/// ъ → IE, ы → Y, ь omitted, ю → IU, я → IA; Ukrainian г → H, ґ → G, є → IE, ї → I, и → Y.
/// Azerbaijani Cyrillic letters take the value of the Azerbaijani Latin letter that replaced
/// them in 1991 (ә → ə → a, ғ → ğ → g, һ → h, ј → y, ө → o, ү → u, ҹ → c → j, х → x → kh).
fn cyrillic(c: char, _prev: Option<char>, language: Option<Language>) -> Option<&'static str> {
    let ukrainian = language == Some(Language::Ukrainian);
    let azerbaijani = language == Some(Language::Azerbaijani);
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => {
            if ukrainian {
                "h"
            } else {
                "g"
            }
        }
        'ґ' | 'ғ' | 'ҝ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'є' => "ie",
        'ж' => "zh",
        'з' => "z",
        'и' => {
            if ukrainian {
                "y"
            } else {
                "i"
            }
        }
        'і' | 'ї' => "i",
        'й' => "i",
        'ј' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ү' | 'ў' => "u",
        'ф' => "f",
        'х' => "kh",
        'һ' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ҹ' => {
            if azerbaijani {
                "j"
            } else {
                "dzh"
            }
        }
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "ie",
        'ы' => "y",
        'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        'ә' => "a",
        _ => return None,
    })
}

/// Ge'ez (Ethiopic) consonant rows. Each row of eight code points from U+1200 is one
/// consonant in the seven vowel orders plus a labialised form. Source: BGN/PCGN 1967 system
/// for Amharic, also used for Tigrinya, with its diacritics dropped (ä → e, ə → nothing) as
/// Eritrean and Ethiopian names are spelt in Latin (ተስፋይ → Tesfay, ገብረ → Gebre).
const ETHIOPIC_ROWS: [&str; 48] = [
    "h", "l", "h", "m", "s", "r", "s", "sh", // U+1200..U+123F
    "q", "q", "q", "q", "b", "v", "t", "ch", // U+1240..U+127F
    "h", "h", "n", "ny", "", "k", "k", "kh", // U+1280..U+12BF
    "kh", "w", "", "z", "zh", "y", "d", "d", // U+12C0..U+12FF
    "j", "g", "g", "g", "t", "ch", "p", "ts", // U+1300..U+133F
    "ts", "f", "p", "", "", "", "", "", // U+1340..U+137F (digits, punctuation: none)
];

/// Vowel of each order: 1st ä (written `e`; `a` on the vowel carriers አ and ዐ), 2nd u,
/// 3rd i, 4th a, 5th e, 6th none (`i` on the carriers), 7th o, 8th labialised `wa`.
fn ethiopic(c: char, out: &mut String) {
    let offset = u32::from(c) - 0x1200;
    let row = (offset / 8) as usize;
    let order = offset % 8;
    if c >= '\u{1358}' {
        return;
    }
    let consonant = ETHIOPIC_ROWS.get(row).copied().unwrap_or("");
    // rows U+1248, U+1258, U+1288, U+12B0, U+12C0, U+1310 are labialised series
    let labialised = matches!(row, 9 | 11 | 17 | 22 | 24 | 34);
    let carrier = consonant.is_empty();
    let vowel = match (order, carrier) {
        (0, true) => "a",
        (0, false) => "e",
        (1, _) => "u",
        (2, _) => "i",
        (3, _) => "a",
        (4, _) => "e",
        (5, true) => "i",
        (5, false) => "",
        (6, _) => "o",
        _ => "wa",
    };
    out.push_str(consonant);
    if labialised && !carrier {
        out.push('w');
    }
    out.push_str(vowel);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rstest::rstest;

    #[rstest]
    #[case("محمد", "mhmd")]
    #[case("مُحَمَّد", "mhmd")]
    #[case("أحمد", "ahmd")]
    #[case("علي", "ali")]
    #[case("عبد الرحمن", "abd alrhmn")]
    #[case("عبدالله", "abdalla")]
    #[case("فاطمة", "fatma")]
    #[case("يوسف", "yusf")]
    #[case("حسين", "hsin")]
    #[case("مروان", "mrwan")]
    #[case("عثمان", "athman")]
    #[case("خالد", "khald")]
    #[case("مصطفى", "mstfi")]
    #[case("پرویز", "prviz")]
    #[case("گل", "gl")]
    #[case("ذبیح الله", "zbih alla")] // Persian values of ذ
    #[case("Олександр", "oleksandr")]
    #[case("Андрій Гончаренко", "andrii honcharenko")]
    #[case("Сергей", "sergei")]
    #[case("Юлия", "iuliia")]
    #[case("Щербаков", "shcherbakov")]
    #[case("Хасан", "khasan")]
    #[case("Мәммәдов", "mammadov")]
    #[case("ተስፋይ", "tesfay")]
    #[case("ገብረመድህን", "gebremedhn")]
    #[case("ዮሃንስ", "yohans")]
    #[case("ሰላም", "selam")]
    #[case("ኣብርሃም", "abrham")]
    #[case("Müller-Lüdenscheidt", "muller ludenscheidt")]
    fn names_are_transliterated_by_their_table(#[case] input: &str, #[case] expected: &str) {
        assert_eq!(transliterate(input), expected, "transliterate({input:?})");
    }

    #[test]
    fn the_diphthong_reading_keeps_ya_and_waw_as_consonants() {
        assert_eq!(
            transliterate_as("حسين", None, Reading::Diphthong),
            "hsayn",
            "Husayn has a diphthong"
        );
        assert_eq!(transliterate_as("كريم", None, Reading::LongVowel), "krim");
    }

    proptest! {
        #[test]
        fn latin_input_only_loses_case_and_diacritics(s in "[a-z]{1,12}( [a-z]{1,12}){0,3}") {
            prop_assert_eq!(transliterate(&s), s.clone(), "identity on basic Latin");
            prop_assert_eq!(transliterate(&s.to_uppercase()), s);
        }

        #[test]
        fn output_is_basic_latin_whatever_the_input(s in any::<String>()) {
            let out = transliterate(&s);
            prop_assert!(
                out.chars().all(|c| c == ' ' || c.is_ascii_alphanumeric()),
                "unexpected character in {out:?}"
            );
        }
    }
}
