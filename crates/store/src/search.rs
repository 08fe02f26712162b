//! Search across scripts: what a person is indexed under, and how typed text becomes a query.
//!
//! Both halves use the same functions of `waypoint_core::names`, so that whatever script a
//! name was registered in and whatever script it is searched in, they meet on a shared key.
//! Typed text never reaches SQL or FTS5 syntax: terms and phrases are bound as parameters,
//! and each FTS5 phrase is a quoted string literal.

use std::collections::BTreeSet;
use waypoint_core::case_number::CaseNumber;
use waypoint_core::model::Person;
use waypoint_core::names::normalise::{MAX_KEY_CHARS, clean};
use waypoint_core::names::translit::transliterate;
use waypoint_core::names::{NameKeys, component_terms, query_terms};

/// Version of what [`person_index`] computes (and of the other rows rebuilt with it). Bump it
/// when the names code changes the terms or the text: rows indexed by an older version are
/// rebuilt when the store opens. 2: fills `people_leaflets` (schema 5) for people indexed before.
pub(crate) const SEARCH_INDEX_VERSION: i64 = 2;

/// Most words of a query that are searched (each is a group of terms and an FTS5 phrase).
const MAX_QUERY_WORDS: usize = 8;

/// Shortest skeleton that ranks as a skeleton. A shorter one (`mr`: Omar, Amira) is weak
/// evidence (`names::keys` wants a similar spelling too) and ranks with the phonetic codes;
/// it is still searched, because it is how حداد meets Haddad (`ht`).
const MIN_SKELETON: usize = 3;

/// Rank weights. A word's best kind of hit counts; a person's score is the sum over words.
const EXACT: u8 = 4;
const SKELETON: u8 = 3;
const PHONETIC: u8 = 2;
/// The word's letters appear in a name or the case number (FTS5 trigram).
pub(crate) const TRIGRAM: u8 = 1;
/// The query is this person's case number.
pub(crate) const CASE_NUMBER: u8 = 100;

/// What a person is found by: computed from the record by [`person_index`], stored by
/// [`crate::Tx::index_people`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonIndex {
    /// One line each: the case number, every name component cleaned, its Latin forms and the
    /// transliteration of its original (for the trigram index).
    pub(crate) text: String,
    /// Name terms of every component, sorted, without repeats.
    pub(crate) terms: Vec<String>,
}

/// The index entries of a person.
pub fn person_index(person: &Person) -> PersonIndex {
    let mut lines = vec![person.case_number.to_string().to_lowercase()];
    let mut terms = BTreeSet::new();
    for name in &person.fields.names {
        let forms = std::iter::once(clean(&name.original))
            .chain(name.latin.iter().map(|l| clean(l)))
            .chain(std::iter::once(transliterate(&name.original)));
        for line in forms {
            if !line.is_empty() && !lines.contains(&line) {
                lines.push(line);
            }
        }
        terms.extend(component_terms(&name.original, &name.latin));
    }
    PersonIndex {
        text: lines.join("\n"),
        terms: terms.into_iter().collect(),
    }
}

/// Typed search text, made safe to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TextQuery {
    /// `(term, group, weight)`: a group per word, and one for the whole text when it has
    /// several words.
    pub terms: Vec<(String, usize, u8)>,
    /// `(group, FTS5 phrase)`: each word of three letters or more as a quoted FTS5 string.
    pub phrases: Vec<(usize, String)>,
    /// The text read as a case number: then it is the only thing searched for.
    pub case_number: Option<String>,
    /// How many groups the terms and phrases fall in.
    pub groups: usize,
}

impl TextQuery {
    /// The query for `text`, or `None` when it holds nothing to search for (only
    /// punctuation, invisible characters or spaces): such a search finds nobody.
    pub(crate) fn new(text: &str) -> Option<Self> {
        if let Ok(case_number) = text.trim().to_uppercase().parse::<CaseNumber>() {
            return Some(Self {
                terms: Vec::new(),
                phrases: Vec::new(),
                case_number: Some(case_number.to_string()),
                groups: 1,
            });
        }
        let cleaned = clean(text);
        let words: Vec<&str> = cleaned
            .split(' ')
            .filter(|w| !w.is_empty())
            .take(MAX_QUERY_WORDS)
            .collect();
        let mut terms = Vec::new();
        let mut phrases = Vec::new();
        for (group, word) in words.iter().enumerate() {
            terms.extend(weighted(query_terms(word), group));
            let word: String = word.chars().take(MAX_KEY_CHARS).collect();
            if word.chars().count() >= 3 {
                phrases.push((group, fts_phrase(&word)));
            }
        }
        let mut groups = words.len();
        if words.len() > 1 {
            let whole = NameKeys::new(&cleaned, &[]).search_terms();
            terms.extend(weighted(whole, words.len()));
            groups += 1;
        }
        (!terms.is_empty() || !phrases.is_empty()).then_some(Self {
            terms,
            phrases,
            case_number: None,
            groups,
        })
    }

    /// The terms as a JSON array of `[term, group, weight]`, for `json_each`.
    pub(crate) fn terms_json(&self) -> String {
        serde_json::to_string(&self.terms).unwrap_or_else(|_| "[]".to_owned())
    }
}

/// Terms of one group with their weights.
fn weighted(terms: Vec<String>, group: usize) -> impl Iterator<Item = (String, usize, u8)> {
    terms.into_iter().filter_map(move |t| {
        let weight = match t.split_at_checked(2) {
            Some(("o:" | "l:", _)) => EXACT,
            Some(("k:", k)) if k.chars().count() >= MIN_SKELETON => SKELETON,
            Some(("k:" | "p:", _)) => PHONETIC,
            _ => return None,
        };
        Some((t, group, weight))
    })
}

/// An FTS5 string literal: the text in double quotes, inner quotes doubled. Inside one,
/// `AND`, `NEAR`, `*`, `^` and parentheses are only letters.
fn fts_phrase(word: &str) -> String {
    format!("\"{}\"", word.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_of_only_punctuation_or_invisible_characters_searches_nothing() {
        for text in ["", "   ", "!!!", "\u{200d}\u{200c}", "\"*\"", "—"] {
            assert_eq!(TextQuery::new(text), None, "{text:?}");
        }
    }

    #[test]
    fn fts_operators_in_a_query_are_quoted_as_letters() {
        let q = TextQuery::new("NEAR(\"x\" AND y*) OR").expect("words");
        for (_, phrase) in &q.phrases {
            assert!(
                phrase.starts_with('"') && phrase.ends_with('"'),
                "{phrase} is one FTS5 string"
            );
            assert!(
                !phrase[1..phrase.len() - 1].contains('"'),
                "{phrase}: no unescaped quote inside"
            );
        }
    }

    #[test]
    fn a_short_skeleton_ranks_below_the_spelling() {
        let q = TextQuery::new("Omar").expect("terms");
        assert!(
            q.terms
                .iter()
                .any(|(t, _, w)| t == "k:mr" && *w == PHONETIC),
            "k:mr also finds Amira: {q:?}"
        );
        assert!(q.terms.iter().any(|(t, _, w)| t == "l:omar" && *w == EXACT));
    }

    #[test]
    fn a_case_number_is_recognised_in_any_case() {
        use waypoint_core::case_number::{DeviceCode, SiteCode};
        let site = SiteCode::new("TST").expect("site");
        let number = CaseNumber::new(site, DeviceCode::new("AB12").expect("device"), 7);
        let typed = format!("  {} ", number.to_string().to_lowercase());
        let q = TextQuery::new(&typed).expect("a query");
        assert_eq!(q.case_number, Some(number.to_string()));
    }
}
