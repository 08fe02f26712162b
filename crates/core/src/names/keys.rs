//! Matching keys of one name component, and how two components compare.
//!
//! A component has up to four kinds of key, each a set because a name has several readings:
//!
//! - **script**: the original (non-Latin) text, cleaned ([`clean`]) and without spaces, with and
//!   without the Arabic article (`عبد الرحمن` = `عبدالرحمن`, `الحسن` ~ `حسن`). ICAO's Arabic
//!   working papers call the original the only reliable identifier, so when both sides have it
//!   in the same script it decides.
//! - **latin**: each Latin form and the transliteration of the original, cleaned to `a`–`z`,
//!   joined across spaces and hyphens, with `Abdul`/`Abdel`/`Abd al-`/`Abdur-` written one way
//!   (`abdal…`), and with and without the article (`al`, `el`, the assimilated `ar`, `as`, …).
//!   The article is kept in one key and dropped in another because Latin text cannot tell an
//!   attached article from a name's first letters (`Alhassan` vs `Alan`): both readings are
//!   searched, and a stray extra key costs nothing.
//! - **skeleton**: a consonant skeleton of each Latin key with the letters that Arabic
//!   romanisations swap folded together (`q`/`k`/`c`, `d`/`t`, `kh`/`h`, `sh`/`ch`, `v`/`w`,
//!   `dj`/`j`, doubled letters, a final `h`). This is what lets the vowelless `mhmd` from
//!   `محمد` meet `Mohammed`, `Muhammad`, `Mehmet` and Russian `Мухаммед`.
//! - **phonetic**: Double Metaphone (primary and alternate, 6 characters) of the Latin keys
//!   that carry vowels (not of Arabic-script transliterations), from the maintained
//!   `rphonetic` crate.

use super::normalise::{MAX_KEY_CHARS, cap, clean};
use super::translit::{Reading, transliterate_as};
use rphonetic::DoubleMetaphone;
use std::collections::BTreeSet;

/// Most keys of one kind kept per component (a name with many Latin forms and ambiguous
/// letters could otherwise multiply them).
const MAX_KEYS: usize = 16;

/// Shortest skeleton that counts as evidence on its own: `l` (Ali) or `mr` (Omar) are too
/// common and need a similar spelling as well.
const MIN_SKELETON: usize = 3;

/// Jaro-Winkler similarity of Latin keys from which two spellings count as close (a typo).
const CLOSE_JARO_WINKLER: f64 = 0.88;

/// Arabic articles as written in Latin, including the assimilated forms before sun letters.
const ARTICLES: [&str; 19] = [
    "al", "el", "ul", "il", "ad", "ed", "ar", "er", "as", "es", "at", "et", "az", "ez", "an", "en",
    "ash", "esh", "ath",
];

/// The keys of one name component. Build with [`NameKeys::new`].
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NameKeys {
    /// Cleaned original text in its own (non-Latin) script; empty for Latin originals.
    pub script: Vec<String>,
    /// Latin keys: `a`–`z` only.
    pub latin: Vec<String>,
    /// Consonant skeletons of the Latin keys.
    pub skeleton: Vec<String>,
    /// Double Metaphone codes of the Latin keys that have vowels.
    pub phonetic: Vec<String>,
}

/// How well two name components agree, from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Agreement {
    /// The same name: equal original script, or an equal Latin key.
    Exact,
    /// The same consonant skeleton: a spelling or transliteration variant.
    Skeleton,
    /// Close: originals one typo apart, Jaro-Winkler ≥ 0.88 on Latin keys, or equal Double
    /// Metaphone with Jaro-Winkler ≥ 0.8.
    Close,
    /// Different names.
    Different,
}

impl NameKeys {
    /// The keys of a component given in its original script and any Latin forms.
    ///
    /// ```
    /// use waypoint_core::names::keys::{Agreement, NameKeys};
    /// let arabic = NameKeys::new("مُحَمَّد", &[]);
    /// let latin = NameKeys::new("Mohammed", &[]);
    /// assert_eq!(arabic.compare(&latin), Agreement::Skeleton);
    /// ```
    pub fn new(original: &str, latin_forms: &[String]) -> Self {
        let mut script = BTreeSet::new();
        let mut latin = BTreeSet::new();
        let mut vowelled = BTreeSet::new();

        let cleaned = clean(original);
        let non_latin = !cleaned.is_ascii();
        let arabic = cleaned
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        if non_latin {
            for key in script_variants(&cleaned) {
                script.insert(cap(key));
            }
            let readings: &[Reading] = if arabic {
                &[Reading::LongVowel, Reading::Diphthong]
            } else {
                &[Reading::LongVowel]
            };
            for &reading in readings {
                let t = transliterate_as(original, None, reading);
                for key in latin_variants(&t) {
                    if !arabic {
                        vowelled.insert(key.clone());
                    }
                    latin.insert(key);
                }
            }
        } else {
            for key in latin_variants(&cleaned) {
                vowelled.insert(key.clone());
                latin.insert(key);
            }
        }
        for form in latin_forms.iter().take(MAX_KEYS) {
            let t = transliterate_as(form, None, Reading::LongVowel);
            for key in latin_variants(&t) {
                vowelled.insert(key.clone());
                latin.insert(key);
            }
        }
        let skeleton: BTreeSet<String> = latin
            .iter()
            .map(|k| skeleton(k))
            .filter(|s| !s.is_empty())
            .collect();
        let encoder = DoubleMetaphone::new(Some(6));
        let mut phonetic = BTreeSet::new();
        for key in vowelled.iter().take(MAX_KEYS) {
            let code = encoder.double_metaphone(key);
            for c in [code.primary(), code.alternate()] {
                if !c.is_empty() {
                    phonetic.insert(c);
                }
            }
        }
        let bounded = |set: BTreeSet<String>| set.into_iter().take(MAX_KEYS).collect();
        Self {
            script: bounded(script),
            latin: bounded(latin),
            skeleton: bounded(skeleton),
            phonetic: bounded(phonetic),
        }
    }

    /// Whether the component has no usable key (empty or only punctuation).
    pub fn is_empty(&self) -> bool {
        self.script.is_empty() && self.latin.is_empty()
    }

    /// How this component agrees with another.
    ///
    /// When both have an original in the same non-Latin script, the originals decide (equal →
    /// exact, one edit apart in five letters or more → close, else different): Latin spellings of two different names can
    /// collide (حسن Hassan and حسين Hussein share a skeleton), their originals do not.
    pub fn compare(&self, other: &Self) -> Agreement {
        if !self.script.is_empty() && !other.script.is_empty() {
            if intersects(&self.script, &other.script) {
                return Agreement::Exact;
            }
            if one_edit_apart(&self.script, &other.script) {
                return Agreement::Close;
            }
            // Different scripts (an Arabic and a Cyrillic original) fall through to Latin.
            let same_script = self.script.iter().any(|a| {
                other
                    .script
                    .iter()
                    .any(|b| first_script_block(a) == first_script_block(b))
            });
            if same_script {
                return Agreement::Different;
            }
        }
        if intersects(&self.latin, &other.latin) {
            return Agreement::Exact;
        }
        let jw = best_jaro_winkler(&self.latin, &other.latin);
        // A short skeleton (`mr`: Omar, Amira) needs the spellings to look alike too.
        let shared_skeleton = self
            .skeleton
            .iter()
            .filter(|s| other.skeleton.contains(s))
            .map(String::len)
            .max();
        match shared_skeleton {
            Some(n) if n >= MIN_SKELETON => return Agreement::Skeleton,
            Some(_) if jw >= 0.7 => return Agreement::Skeleton,
            _ => {}
        }
        // Double Metaphone is coarse for Arabic names (Hassan and Hussein are both HSN):
        // it only counts with some likeness of spelling.
        // A typed slip in a Latin spelling compared with an unvowelled transliteration of an
        // original (Mutsafa and مصطفى: `mtsf` and `mstf`) shows in the skeletons, not in the
        // spellings: one edit or swap between skeletons of four consonants or more.
        let skeleton_slip = self.skeleton.iter().any(|x| {
            other.skeleton.iter().any(|y| {
                x.chars().count().min(y.chars().count()) >= 4 && strsim::osa_distance(x, y) <= 1
            })
        });
        if jw >= CLOSE_JARO_WINKLER
            || skeleton_slip
            || (jw >= 0.8 && intersects(&self.phonetic, &other.phonetic))
        {
            Agreement::Close
        } else {
            Agreement::Different
        }
    }

    /// Terms for a search index, each prefixed by its kind (`o:` original, `l:` Latin,
    /// `k:` skeleton, `p:` phonetic), sorted and without repeats. Index these for every name
    /// component, and look up the same terms of the query ([`query_terms`]).
    pub fn search_terms(&self) -> Vec<String> {
        let mut out: BTreeSet<String> = BTreeSet::new();
        out.extend(self.script.iter().map(|k| format!("o:{k}")));
        out.extend(self.latin.iter().map(|k| format!("l:{k}")));
        out.extend(
            self.skeleton
                .iter()
                .filter(|k| k.len() >= 2)
                .map(|k| format!("k:{k}")),
        );
        out.extend(self.phonetic.iter().map(|k| format!("p:{k}")));
        out.into_iter().collect()
    }
}

/// Search terms of free query text in any script: the terms of the whole text as one
/// component and of each of its words. Never fails; empty for text with no letters.
///
/// ```
/// use waypoint_core::names::keys::{NameKeys, query_terms};
/// let indexed = NameKeys::new("محمد", &[]).search_terms();
/// let query = query_terms("Muhammad");
/// assert!(query.iter().any(|t| indexed.contains(t)), "any script finds any script");
/// ```
pub fn query_terms(text: &str) -> Vec<String> {
    let cleaned = clean(text);
    let mut out: BTreeSet<String> = NameKeys::new(&cleaned, &[])
        .search_terms()
        .into_iter()
        .collect();
    for word in cleaned.split(' ').filter(|w| !w.is_empty()).take(MAX_KEYS) {
        out.extend(NameKeys::new(word, &[]).search_terms());
    }
    out.into_iter().collect()
}

/// The Unicode block start of the first letter, to tell whether two originals share a script.
fn first_script_block(s: &str) -> u32 {
    s.chars().next().map_or(0, |c| u32::from(c) & !0x7F)
}

/// Whether two originals of five letters or more differ by one edit (a typo). Shorter
/// originals that differ are different names (حسن Hasan, حسين Husayn; سعد Saad, سعيد Said).
fn one_edit_apart(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| {
        b.iter().any(|y| {
            x.chars().count().min(y.chars().count()) >= 5 && strsim::levenshtein(x, y) <= 1
        })
    })
}

fn intersects(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.contains(x))
}

fn best_jaro_winkler(a: &[String], b: &[String]) -> f64 {
    let mut best: f64 = 0.0;
    for x in a {
        for y in b {
            best = best.max(strsim::jaro_winkler(x, y));
        }
    }
    best
}

/// Original-script keys: the cleaned text without spaces, and for Arabic script also with the
/// article `ال` removed from the start of each word (kept on words of three letters or fewer)
/// and after `عبد`.
fn script_variants(cleaned: &str) -> Vec<String> {
    let joined: String = cleaned.split(' ').collect();
    let mut out = vec![joined.clone()];
    if cleaned.contains("ال") {
        let stripped: String = cleaned
            .split(' ')
            .map(|w| match w.strip_prefix("ال") {
                Some(rest) if rest.chars().count() >= 2 => rest,
                _ => w,
            })
            .collect();
        let stripped = stripped.replace("عبدال", "عبد");
        if stripped != joined {
            out.push(stripped);
        }
    }
    out
}

/// Latin keys of cleaned, transliterated text: all words joined, with and without articles,
/// with the `abd` prefix written one way; capped at [`MAX_KEY_CHARS`].
pub fn latin_variants(text: &str) -> Vec<String> {
    let tokens: Vec<String> = text
        .split(' ')
        .map(|t| {
            t.chars()
                .filter(char::is_ascii_lowercase)
                .collect::<String>()
        })
        .filter(|t| !t.is_empty())
        .take(MAX_KEY_CHARS)
        .collect();
    if tokens.is_empty() {
        return Vec::new();
    }
    let mut out = BTreeSet::new();
    let joined: String = tokens.concat();
    out.insert(joined.clone());
    if tokens.len() > 1 {
        let without: String = tokens
            .iter()
            .enumerate()
            .filter(|(i, t)| *i + 1 == tokens.len() || !ARTICLES.contains(&t.as_str()))
            .map(|(_, t)| t.as_str())
            .collect();
        out.insert(without);
    }
    // An attached article: `alhassan` → also `hassan`.
    for prefix in ["al", "el"] {
        if let Some(rest) = joined.strip_prefix(prefix)
            && rest.len() >= 4
        {
            out.insert(rest.to_owned());
        }
    }
    out.into_iter().map(|k| cap(unify_abd(&k))).collect()
}

/// `Abdul`, `Abdel`, `Abdal`, `Abdol`, `Abd al`, `Abdur` (assimilated) → `abdal`.
fn unify_abd(key: &str) -> String {
    let Some(rest) = key.strip_prefix("abd") else {
        return key.to_owned();
    };
    let b = rest.as_bytes();
    if b.len() >= 4 && b"aeiou".contains(&b[0]) && (b[1] == b'l' || b[1] == b[2]) {
        format!("abdal{}", &rest[2..])
    } else {
        key.to_owned()
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The consonant skeleton of a Latin key (`a`–`z`): vowels dropped, `y`/`w` kept only as
/// consonants, the letters that Arabic-name romanisations swap folded together, doubled letters
/// and a final `h` dropped. `Mohammed`, `Muhammad`, `Mehmet`, `mhmd` → `mhmt`.
///
/// ```
/// use waypoint_core::names::keys::skeleton;
/// assert_eq!(skeleton("mohammed"), "mhmt");
/// assert_eq!(skeleton("muhammad"), skeleton("mehmet"));
/// assert_eq!(skeleton("hussein"), skeleton("husayn"));
/// assert_ne!(skeleton("hussein"), skeleton("hassan"));
/// ```
pub fn skeleton(key: &str) -> String {
    let b: Vec<u8> = key.bytes().filter(u8::is_ascii_lowercase).collect();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let (c, n1, n2) = (b[i], at(i + 1), at(i + 2));
        let prev = if i == 0 { 0 } else { b[i - 1] };
        let (code, used) = match (c, n1, n2) {
            (b's', b'c', b'h') | (b't', b'c', b'h') => (Some(b'x'), 3),
            (b's' | b'c', b'h', _) => (Some(b'x'), 2),
            (b'z', b'h', _) | (b'd', b'j', _) => (Some(b'j'), 2),
            (b'k', b'h', _) => (Some(b'h'), 2),
            (b'g', b'h', _) => (Some(b'g'), 2),
            (b'p', b'h', _) => (Some(b'f'), 2),
            (b't' | b'd', b'h', _) => (Some(b't'), 2),
            (b'c', b'k', _) => (Some(b'k'), 2),
            (b'b' | b'p', _, _) => (Some(b'b'), 1),
            (b'c' | b'k' | b'q', _, _) => (Some(b'k'), 1),
            (b'd' | b't', _, _) => (Some(b't'), 1),
            (b'x', _, _) => (Some(b'h'), 1),
            // Egyptian and Turkish spellings write jim as g: Gamal, Jamal; Cemal read as j
            (b'g', _, _) => (Some(b'j'), 1),
            (b'v' | b'w', _, _) => {
                let consonant = i == 0 || is_vowel(n1);
                (consonant.then_some(b'w'), 1)
            }
            (b'y', _, _) => {
                let consonant = i == 0 || is_vowel(prev);
                (consonant.then_some(b'y'), 1)
            }
            // the second half of a diphthong: Hussein, Hussain → y
            (b'i', _, _) if matches!(prev, b'a' | b'e') && !is_vowel(n1) && n1 != 0 => {
                (Some(b'y'), 1)
            }
            (v, _, _) if is_vowel(v) => (None, 1),
            (other, _, _) => (Some(other), 1),
        };
        if let Some(code) = code
            && out.last() != Some(&code)
        {
            out.push(code);
        }
        i += used;
    }
    while out.len() > 1 && out.last() == Some(&b'h') {
        out.pop();
    }
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rstest::rstest;

    fn keys(original: &str) -> NameKeys {
        NameKeys::new(original, &[])
    }

    #[rstest]
    #[case("Mohammed", "Muhammad", Agreement::Skeleton)]
    #[case("Mohamed", "Mohamad", Agreement::Skeleton)]
    #[case("Mehmet", "Muhammed", Agreement::Skeleton)]
    #[case("محمد", "Mohammed", Agreement::Skeleton)]
    #[case("مُحَمَّد", "محمد", Agreement::Exact)]
    #[case("Мухаммед", "Mohammed", Agreement::Skeleton)]
    #[case("Abdul Rahman", "Abd al-Rahman", Agreement::Exact)]
    #[case("Abdelrahman", "Abdurrahman", Agreement::Exact)]
    #[case("عبد الرحمن", "Abdulrahman", Agreement::Skeleton)]
    #[case("عبدالله", "Abdullah", Agreement::Skeleton)]
    #[case("Hussein", "Husayn", Agreement::Skeleton)]
    #[case("Hussain", "حسين", Agreement::Skeleton)]
    #[case("Hamid", "Hameed", Agreement::Skeleton)]
    #[case("Nur", "Noor", Agreement::Skeleton)]
    #[case("Khoury", "Khouri", Agreement::Skeleton)]
    #[case("Fatemeh", "فاطمه", Agreement::Skeleton)]
    #[case("Fatima", "فاطمة", Agreement::Skeleton)]
    #[case("Al-Hassan", "Hassan", Agreement::Exact)]
    #[case("Alhassan", "el Hassan", Agreement::Exact)]
    #[case("الحسن", "حسن", Agreement::Exact)]
    #[case("Youssef", "يوسف", Agreement::Skeleton)]
    #[case("Parviz", "پرویز", Agreement::Skeleton)]
    #[case("Oleksandr", "Олександр", Agreement::Exact)]
    #[case("Tesfay", "ተስፋይ", Agreement::Exact)]
    #[case("Tesfaye", "ተስፋይ", Agreement::Skeleton)]
    #[case("Yohannes", "ዮሃንስ", Agreement::Skeleton)]
    #[case("Mutsafa", "مصطفى", Agreement::Close)]
    #[case("Mandoor", "منصور", Agreement::Close)]
    #[case("Hassan", "Hussein", Agreement::Different)]
    #[case("حسن", "حسين", Agreement::Different)]
    #[case("Yusuf", "Joseph", Agreement::Different)]
    #[case("Ahmad", "Mahmoud", Agreement::Different)]
    #[case("Omar", "Amira", Agreement::Different)]
    fn components_agree_as_expected(#[case] a: &str, #[case] b: &str, #[case] want: Agreement) {
        let got = keys(a).compare(&keys(b));
        assert_eq!(got, want, "{a} vs {b}: {:?} / {:?}", keys(a), keys(b));
        assert_eq!(
            keys(b).compare(&keys(a)),
            got,
            "comparison is symmetric for {a} / {b}"
        );
    }

    #[rstest]
    #[case("abdulrahman", "abdalrahman")]
    #[case("abdelaziz", "abdalaziz")]
    #[case("abdurrahman", "abdalrahman")]
    #[case("abdullah", "abdallah")]
    #[case("abdi", "abdi")]
    #[case("abdo", "abdo")]
    fn abd_prefixes_are_written_one_way(#[case] input: &str, #[case] want: &str) {
        assert_eq!(unify_abd(input), want);
    }

    #[test]
    fn latin_forms_are_keys_of_the_component() {
        let k = NameKeys::new("محمد", &["Mohamed".into()]);
        assert!(k.latin.contains(&"mohamed".to_owned()), "{k:?}");
        assert!(k.latin.contains(&"mhmd".to_owned()), "{k:?}");
        assert_eq!(k.script, vec!["محمد".to_owned()]);
    }

    #[test]
    fn punctuation_only_has_no_keys() {
        assert!(keys("-- '' !!").is_empty());
        assert!(query_terms("\"*\" NEAR( )").iter().all(|t| !t.is_empty()));
    }

    #[test]
    fn any_script_finds_any_script() {
        let indexed = NameKeys::new("محمد", &[]).search_terms();
        for q in ["Mohammed", "Muhammad", "Мухаммед", "mehmet", "محمّد"] {
            assert!(
                query_terms(q).iter().any(|t| indexed.contains(t)),
                "{q} should find محمد"
            );
        }
    }

    proptest! {
        #[test]
        fn keys_never_panic_and_stay_short(s in any::<String>()) {
            let k = keys(&s);
            for key in k.latin.iter().chain(&k.script).chain(&k.skeleton) {
                prop_assert!(key.chars().count() <= MAX_KEY_CHARS);
            }
            let _ = query_terms(&s);
        }

        #[test]
        fn comparison_is_symmetric(a in "\\PC{0,12}", b in "\\PC{0,12}") {
            let (ka, kb) = (keys(&a), keys(&b));
            prop_assert_eq!(ka.compare(&kb), kb.compare(&ka));
        }

        #[test]
        fn a_name_agrees_exactly_with_itself(s in "[\\p{L} '-]{1,20}") {
            let k = keys(&s);
            prop_assume!(!k.is_empty());
            prop_assert_eq!(k.compare(&k), Agreement::Exact);
        }
    }
}
