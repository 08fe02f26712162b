//! Scoring a pair of people as the same person or not, and the blocking keys that choose which
//! pairs to score.
//!
//! The score is a sum of evidence weights in the spirit of Fellegi–Sunter (each weight is
//! roughly log₂ of how much likelier the observation is for a duplicate than for two different
//! people), set by hand and checked against the synthetic evaluation (`examples/name_eval.rs`).
//! Nothing here merges: the class only orders a reviewer's queue.

use super::keys::{Agreement, NameKeys};
use super::{FamilyLink, Identity};
use crate::model::{DateOfBirth, NameKind, Relationship, Sex};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeSet;

/// Score at and above which a pair is a [`MatchClass::Match`].
pub const MATCH_THRESHOLD: f64 = 11.0;
/// Score at and above which a pair is at least a [`MatchClass::Probable`].
pub const PROBABLE_THRESHOLD: f64 = 7.0;

/// What the score says of a pair. Never a decision: a person reviews every candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchClass {
    /// Almost certainly the same person.
    Match,
    /// Worth a reviewer's look.
    Probable,
    /// Not the same person as far as the data shows.
    NonMatch,
}

impl MatchClass {
    /// The class of a score.
    pub fn of(score: f64) -> Self {
        if score >= MATCH_THRESHOLD {
            Self::Match
        } else if score >= PROBABLE_THRESHOLD {
            Self::Probable
        } else {
            Self::NonMatch
        }
    }
}

/// How two dates of birth relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateAgreement {
    /// The same exact date.
    SameDay,
    /// Exact dates with day and month swapped (a common entry error).
    DayMonthSwapped,
    /// The possible ranges overlap (year-only, estimated ages, the same month).
    Compatible,
    /// Both exact, the same year and month, another day (a mistyped day).
    SameMonth,
    /// Both exact, at most a year apart, and none of the slips above: rarely one person,
    /// whose exact date is usually copied from a document.
    OtherDay,
    /// Both exact with the same day and month, the years one apart: a mistyped or
    /// miscounted year, and strong evidence for one person.
    YearOffSameDay,
    /// The ranges are one year apart: an estimate or a recording off by one.
    OneYearApart,
    /// Two years apart: two recordings each off by one, or two people.
    TwoYearsApart,
    /// Three or more years apart.
    Different,
}

/// One piece of evidence in a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Evidence {
    /// A name component, compared with the other person's component of the same kind, or of
    /// another kind when the name order was swapped.
    Name {
        /// Which component of the first person.
        kind: NameKind,
        /// Which component of the second person it was compared with.
        other_kind: NameKind,
        /// How well they agree.
        agreement: Agreement,
    },
    /// The name order differs between the two records (components matched across kinds).
    NameOrderSwapped,
    /// Dates of birth.
    DateOfBirth(DateAgreement),
    /// Sex, when both are known.
    Sex {
        /// Whether they are the same.
        same: bool,
    },
    /// Nationalities, when both are known.
    Nationality {
        /// Whether one is shared.
        shared: bool,
    },
    /// Document numbers, when both have some.
    Document {
        /// Whether a number is shared.
        shared: bool,
    },
    /// A relative's name (e.g. the mother's), when both give one for the same relationship.
    Relative {
        /// The relationship.
        relationship: Relationship,
        /// How well the names agree.
        agreement: Agreement,
    },
}

impl Agreement {
    /// A short code: `exact`, `skeleton`, `close`, `different`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Skeleton => "skeleton",
            Self::Close => "close",
            Self::Different => "different",
        }
    }
}

impl DateAgreement {
    /// A short code: `same_day`, `day_month_swapped`, `compatible`, `same_month`, `other_day`,
    /// `year_off_same_day`, `one_year_apart`, `two_years_apart`, `different`.
    pub fn code(self) -> &'static str {
        match self {
            Self::SameDay => "same_day",
            Self::DayMonthSwapped => "day_month_swapped",
            Self::Compatible => "compatible",
            Self::SameMonth => "same_month",
            Self::OtherDay => "other_day",
            Self::YearOffSameDay => "year_off_same_day",
            Self::OneYearApart => "one_year_apart",
            Self::TwoYearsApart => "two_years_apart",
            Self::Different => "different",
        }
    }
}

impl Evidence {
    /// A stable code of the evidence, for a reviewer's screen and the wire:
    /// `name:<kind>:<agreement>` (`name:given:skeleton`), `name_order_swapped`,
    /// `date_of_birth:<agreement>`, `sex:same|different`, `nationality:shared|different`,
    /// `document:shared|different`, `relative:<relationship>:<agreement>`.
    pub fn code(&self) -> String {
        let yes_no = |same: bool, yes: &str, no: &str| if same { yes } else { no }.to_owned();
        match self {
            Self::Name {
                kind, agreement, ..
            } => format!("name:{}:{}", kind.code(), agreement.code()),
            Self::NameOrderSwapped => "name_order_swapped".into(),
            Self::DateOfBirth(d) => format!("date_of_birth:{}", d.code()),
            Self::Sex { same } => format!("sex:{}", yes_no(*same, "same", "different")),
            Self::Nationality { shared } => {
                format!("nationality:{}", yes_no(*shared, "shared", "different"))
            }
            Self::Document { shared } => {
                format!("document:{}", yes_no(*shared, "shared", "different"))
            }
            Self::Relative {
                relationship,
                agreement,
            } => format!("relative:{}:{}", relationship.code(), agreement.code()),
        }
    }
}

/// Evidence and its weight in the score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reason {
    /// What was observed.
    pub evidence: Evidence,
    /// Its contribution to the score (negative: evidence against).
    pub weight: f64,
}

/// The result of comparing two people.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Sum of the reasons' weights.
    pub score: f64,
    /// The class of the score.
    pub class: MatchClass,
    /// Why: every piece of evidence, strongest first.
    pub reasons: Vec<Reason>,
}

/// A person's identifying fields with their keys computed once, for comparing against many.
/// Serialisable, so that the server keeps it with the person instead of preparing it again for
/// every comparison (preparing costs more than comparing).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PreparedIdentity {
    names: Vec<(NameKind, NameKeys)>,
    sex: Sex,
    date_of_birth: Option<DateOfBirth>,
    nationalities: BTreeSet<String>,
    documents: BTreeSet<String>,
    family: Vec<(Relationship, NameKeys)>,
}

/// Nationality codes that say nothing: unknown (`XXX`) and stateless (`XXA`, `XXB`, `XXC`).
fn is_informative_nationality(code: &str) -> bool {
    !matches!(code, "XXX" | "XXA" | "XXB" | "XXC" | "")
}

/// A document number as compared: letters and digits only, upper case.
pub fn normalise_document_number(number: &str) -> String {
    number
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

impl PreparedIdentity {
    /// Computes the keys of every name component and relative.
    pub fn new(identity: &Identity) -> Self {
        let names = identity
            .names
            .iter()
            .map(|p| (p.kind, NameKeys::new(&p.original, &p.latin)))
            .filter(|(_, k)| !k.is_empty())
            .collect();
        let family = identity
            .family
            .iter()
            .map(|FamilyLink { relationship, name }| (*relationship, NameKeys::new(name, &[])))
            .filter(|(_, k)| !k.is_empty())
            .collect();
        Self {
            names,
            sex: identity.sex,
            date_of_birth: identity.date_of_birth,
            nationalities: identity
                .nationalities
                .iter()
                .map(|n| n.trim().to_ascii_uppercase())
                .filter(|n| is_informative_nationality(n))
                .collect(),
            documents: identity
                .documents
                .iter()
                .map(|d| normalise_document_number(d))
                .filter(|d| d.len() >= 4)
                .collect(),
            family,
        }
    }

    /// The name keys of each component, in the order given.
    pub fn name_keys(&self) -> impl Iterator<Item = (NameKind, &NameKeys)> {
        self.names.iter().map(|(k, keys)| (*k, keys))
    }
}

/// Weight of a name component's agreement, by kind. The given name weighs most: siblings
/// share every other component and differ there.
fn name_weight(kind: NameKind, agreement: Agreement) -> f64 {
    let (exact, skeleton, close, different) = match kind {
        NameKind::Given => (5.0, 4.0, 2.0, -7.0),
        NameKind::Father => (3.5, 3.0, 1.5, -5.0),
        NameKind::Grandfather => (2.5, 2.0, 1.0, -5.5),
        NameKind::Family => (3.5, 3.0, 1.5, -7.0),
        NameKind::Other => (2.0, 1.5, 0.5, 0.0),
    };
    match agreement {
        Agreement::Exact => exact,
        Agreement::Skeleton => skeleton,
        Agreement::Close => close,
        Agreement::Different => different,
    }
}

/// Penalty for comparing components across kinds (name order swapped).
const SWAP_PENALTY: f64 = 1.5;

/// The main components (given, father, grandfather, family), first of each kind.
fn main_components(p: &PreparedIdentity) -> Vec<(NameKind, &NameKeys)> {
    let mut out: Vec<(NameKind, &NameKeys)> = Vec::new();
    for (kind, keys) in p.name_keys() {
        if kind != NameKind::Other && !out.iter().any(|(k, _)| *k == kind) {
            out.push((kind, keys));
        }
    }
    out.sort_by_key(|(k, _)| *k);
    out
}

/// Name evidence: components compared kind by kind, as recorded and with the first and last
/// components of either person swapped (given and family name written in the other order, or
/// given and grandfather where there is no family name), whichever scores best; a swap costs
/// [`SWAP_PENALTY`]. Every compared pair counts, agreeing or not, so a swap cannot hide a
/// disagreement.
fn name_reasons(a: &PreparedIdentity, b: &PreparedIdentity) -> Vec<Reason> {
    let ca = main_components(a);
    let cb = main_components(b);
    let mut best = aligned_reasons(&ca, &cb, &ca, &cb);
    let mut best_score: f64 = best.iter().map(|r| r.weight).sum();
    for (swap_a, swap_b) in [(true, false), (false, true)] {
        let sa = if swap_a { swap_ends(&ca) } else { ca.clone() };
        let sb = if swap_b { swap_ends(&cb) } else { cb.clone() };
        let mut reasons = aligned_reasons(&sa, &sb, &ca, &cb);
        let score = reasons.iter().map(|r| r.weight).sum::<f64>() - SWAP_PENALTY;
        if score > best_score {
            reasons.push(Reason {
                evidence: Evidence::NameOrderSwapped,
                weight: -SWAP_PENALTY,
            });
            best = reasons;
            best_score = score;
        }
    }
    best
}

/// The components with the kinds of the first and last exchanged (unchanged under two).
fn swap_ends<'a>(c: &[(NameKind, &'a NameKeys)]) -> Vec<(NameKind, &'a NameKeys)> {
    let mut out = c.to_vec();
    if out.len() >= 2 {
        let last = out.len() - 1;
        let (first_kind, last_kind) = (out[0].0, out[last].0);
        out[0].0 = last_kind;
        out[last].0 = first_kind;
    }
    out
}

/// Compares components of the same (possibly swapped) kind, weighted by that kind, so that
/// the result does not depend on argument order.
fn aligned_reasons(
    sa: &[(NameKind, &NameKeys)],
    sb: &[(NameKind, &NameKeys)],
    ca: &[(NameKind, &NameKeys)],
    cb: &[(NameKind, &NameKeys)],
) -> Vec<Reason> {
    let mut out = Vec::new();
    for (i, (kind, ka)) in sa.iter().enumerate() {
        let Some(j) = sb.iter().position(|(k, _)| k == kind) else {
            continue;
        };
        let agreement = ka.compare(sb[j].1);
        out.push(Reason {
            evidence: Evidence::Name {
                kind: ca[i].0,
                other_kind: cb[j].0,
                agreement,
            },
            weight: name_weight(*kind, agreement),
        });
    }
    out
}

/// The range of possible birth dates, with 1 January read as "year only": it is the date
/// recorded by default when only the year is known.
fn birth_range(dob: &DateOfBirth) -> (NaiveDate, NaiveDate) {
    match *dob {
        DateOfBirth::Exact { date } if date.month() == 1 && date.day() == 1 => {
            DateOfBirth::Year { year: date.year() }.range()
        }
        other => other.range(),
    }
}

fn is_exact(dob: &DateOfBirth) -> bool {
    matches!(dob, DateOfBirth::Exact { date } if !(date.month() == 1 && date.day() == 1))
}

/// How two dates of birth relate.
pub fn compare_dates(a: &DateOfBirth, b: &DateOfBirth) -> DateAgreement {
    let (a0, a1) = birth_range(a);
    let (b0, b1) = birth_range(b);
    if let (DateOfBirth::Exact { date: x }, DateOfBirth::Exact { date: y }) = (a, b)
        && is_exact(a)
        && is_exact(b)
    {
        if x == y {
            return DateAgreement::SameDay;
        }
        if x.year() == y.year() && x.month() == y.day() && x.day() == y.month() {
            return DateAgreement::DayMonthSwapped;
        }
        if x.year() == y.year() && x.month() == y.month() {
            return DateAgreement::SameMonth;
        }
        let years_apart = (x.year() - y.year()).abs();
        if years_apart == 1 && x.month() == y.month() && x.day() == y.day() {
            return DateAgreement::YearOffSameDay;
        }
        if years_apart <= 1 {
            return DateAgreement::OtherDay;
        }
    }
    if a0 <= b1 && b0 <= a1 {
        return DateAgreement::Compatible;
    }
    let gap_years = if a1 < b0 {
        b0.year() - a1.year()
    } else {
        a0.year() - b1.year()
    };
    match gap_years {
        ..=1 => DateAgreement::OneYearApart,
        2 => DateAgreement::TwoYearsApart,
        _ => DateAgreement::Different,
    }
}

fn date_weight(d: DateAgreement) -> f64 {
    match d {
        DateAgreement::SameDay => 4.0,
        DateAgreement::DayMonthSwapped => 2.0,
        DateAgreement::Compatible => 2.0,
        DateAgreement::SameMonth => 0.0,
        DateAgreement::OtherDay => -2.5,
        DateAgreement::YearOffSameDay => 2.5,
        DateAgreement::OneYearApart => -0.5,
        DateAgreement::TwoYearsApart => -3.0,
        DateAgreement::Different => -8.0,
    }
}

fn relative_reasons(a: &PreparedIdentity, b: &PreparedIdentity) -> Vec<Reason> {
    let mut out = Vec::new();
    for (rel, ka) in &a.family {
        let best = b
            .family
            .iter()
            .filter(|(r, _)| r == rel)
            .map(|(_, kb)| ka.compare(kb))
            .min();
        if let Some(agreement) = best {
            let weight = match agreement {
                Agreement::Exact | Agreement::Skeleton => 1.5,
                Agreement::Close => 0.5,
                Agreement::Different => -2.0,
            };
            out.push(Reason {
                evidence: Evidence::Relative {
                    relationship: *rel,
                    agreement,
                },
                weight,
            });
        }
    }
    out
}

/// Compares two people. Symmetric: `compare(a, b)` and `compare(b, a)` give the same score
/// and class.
///
/// ```
/// use waypoint_core::names::{Identity, NamePart, compare, prepare, MatchClass};
/// use waypoint_core::model::{DateOfBirth, NameKind, Sex};
/// let person = |given: &str, father: &str, year| Identity {
///     names: vec![NamePart::new(NameKind::Given, given), NamePart::new(NameKind::Father, father)],
///     sex: Sex::Male,
///     date_of_birth: Some(DateOfBirth::Year { year }),
///     nationalities: vec!["SYR".into()],
///     ..Identity::default()
/// };
/// let a = prepare(&person("محمد", "خالد", 1990));
/// let b = prepare(&person("Mohamed", "Khaled", 1990));
/// let sibling = prepare(&person("Omar", "Khaled", 1993));
/// assert_ne!(compare(&a, &b).class, MatchClass::NonMatch);
/// assert_eq!(compare(&a, &sibling).class, MatchClass::NonMatch);
/// ```
pub fn compare(a: &PreparedIdentity, b: &PreparedIdentity) -> Comparison {
    let mut reasons = name_reasons(a, b);
    if let (Some(x), Some(y)) = (&a.date_of_birth, &b.date_of_birth) {
        let d = compare_dates(x, y);
        reasons.push(Reason {
            evidence: Evidence::DateOfBirth(d),
            weight: date_weight(d),
        });
    }
    let known = |s: Sex| matches!(s, Sex::Male | Sex::Female);
    if known(a.sex) && known(b.sex) {
        let same = a.sex == b.sex;
        reasons.push(Reason {
            evidence: Evidence::Sex { same },
            weight: if same { 0.5 } else { -4.0 },
        });
    }
    if !a.nationalities.is_empty() && !b.nationalities.is_empty() {
        let shared = a
            .nationalities
            .intersection(&b.nationalities)
            .next()
            .is_some();
        reasons.push(Reason {
            evidence: Evidence::Nationality { shared },
            weight: if shared { 0.5 } else { -1.5 },
        });
    }
    if !a.documents.is_empty() && !b.documents.is_empty() {
        let shared = a.documents.intersection(&b.documents).next().is_some();
        reasons.push(Reason {
            evidence: Evidence::Document { shared },
            weight: if shared { 10.0 } else { -1.0 },
        });
    }
    reasons.extend(relative_reasons(a, b));
    // Sum in a fixed order so that the score is bit-for-bit symmetric.
    let mut weights: Vec<f64> = reasons.iter().map(|r| r.weight).collect();
    weights.sort_by(f64::total_cmp);
    let score: f64 = weights.iter().sum();
    reasons.sort_by(|x, y| y.weight.abs().total_cmp(&x.weight.abs()));
    Comparison {
        score,
        class: MatchClass::of(score),
        reasons,
    }
}

/// The blocking keys of a person: two people are compared only when they share one.
///
/// Three rules, so that one wrong field does not hide a duplicate:
/// - `y{year}:s{sex}` — birth year (±1) and sex;
/// - `y{year}:n{nationality}` — birth year (±1) and a nationality;
/// - `k{given}:{father or family}` — the consonant skeletons of the given name and the next
///   component, for records whose date of birth is missing or wrong.
///
/// For ±1, each year `y` of the possible birth range emits `y` and `y − 1`: two people then
/// share a year key exactly when their ranges are at most a year apart. An unknown sex emits
/// both; an unknown nationality emits no nationality key.
pub fn blocking_keys(person: &PreparedIdentity) -> Vec<String> {
    let mut out = BTreeSet::new();
    if let Some(dob) = &person.date_of_birth {
        let (lo, hi) = birth_range(dob);
        let sexes: &[&str] = match person.sex {
            Sex::Male => &["m"],
            Sex::Female => &["f"],
            Sex::Other | Sex::Unknown => &["m", "f"],
        };
        for year in (lo.year() - 1)..=hi.year().min(lo.year() + 3) {
            for s in sexes {
                out.insert(format!("y{year}:s{s}"));
            }
            for n in &person.nationalities {
                out.insert(format!("y{year}:n{n}"));
            }
        }
    }
    let comps = main_components(person);
    if let Some((NameKind::Given, given)) = comps.first()
        && let Some((_, next)) = comps.get(1)
    {
        for g in given.skeleton.iter().take(4) {
            for n in next.skeleton.iter().take(4) {
                out.insert(format!("k{g}:{n}"));
            }
        }
    }
    out.into_iter().collect()
}

/// Keys that narrow the blocks of [`blocking_keys`] where many people are held (the server):
/// `n:` every script key, consonant skeleton and phonetic code of every name component, and
/// `d:` every document number. Compare two people when they share a blocking key **and** a
/// name key, or a document key. A pair that scores [`MatchClass::Probable`] or better agrees
/// on at least one name component (skeleton or better) unless it shares a document number,
/// so the narrowing loses almost nothing: only pairs whose every name agreement is a typo
/// that changes a consonant (the evaluation's `narrowed` line in BENCHMARKS.md measures it).
pub fn narrowing_keys(person: &PreparedIdentity) -> Vec<String> {
    let mut out = BTreeSet::new();
    for (_, keys) in person.name_keys() {
        for k in keys
            .script
            .iter()
            .chain(&keys.skeleton)
            .chain(&keys.phonetic)
        {
            out.insert(format!("n:{k}"));
        }
    }
    for d in &person.documents {
        out.insert(format!("d:{d}"));
    }
    out.into_iter().collect()
}

/// Every pair of people that share a blocking key, `(i, j)` with `i < j`, sorted: the pairs
/// to [`compare`]. Quadratic within a block only.
pub fn candidate_pairs(people: &[PreparedIdentity]) -> Vec<(usize, usize)> {
    let mut blocks: std::collections::HashMap<String, Vec<usize>> = Default::default();
    for (i, p) in people.iter().enumerate() {
        for key in blocking_keys(p) {
            blocks.entry(key).or_default().push(i);
        }
    }
    let mut pairs = BTreeSet::new();
    for members in blocks.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                pairs.insert((i.min(j), i.max(j)));
            }
        }
    }
    pairs.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::super::NamePart;
    use super::*;
    use proptest::prelude::*;
    use rstest::rstest;

    fn date(s: &str) -> DateOfBirth {
        s.parse().unwrap_or(DateOfBirth::Year { year: 0 })
    }

    fn person(names: &[(NameKind, &str)], sex: Sex, dob: &str) -> Identity {
        Identity {
            names: names.iter().map(|(k, n)| NamePart::new(*k, n)).collect(),
            sex,
            date_of_birth: Some(date(dob)),
            nationalities: vec!["SYR".into()],
            ..Identity::default()
        }
    }

    fn score(a: &Identity, b: &Identity) -> Comparison {
        compare(&PreparedIdentity::new(a), &PreparedIdentity::new(b))
    }

    use NameKind::{Family, Father, Given, Grandfather};

    #[rstest]
    #[case("1990-05-17", "1990-05-17", DateAgreement::SameDay)]
    #[case("1990-05-07", "1990-07-05", DateAgreement::DayMonthSwapped)]
    #[case("1990-05-17", "1990-05-21", DateAgreement::SameMonth)]
    #[case("1990-05-17", "1990-09-01", DateAgreement::OtherDay)]
    #[case("1990-05-17", "1991-02-03", DateAgreement::OtherDay)]
    #[case("1990-05-17", "1991-05-17", DateAgreement::YearOffSameDay)]
    #[case("1990-05-17", "1992-05-17", DateAgreement::TwoYearsApart)]
    #[case("1990", "1990-05-17", DateAgreement::Compatible)]
    #[case("1990-01-01", "1990-06-30", DateAgreement::Compatible)]
    #[case("~34@2024-06-01", "1990", DateAgreement::Compatible)]
    #[case("1990", "1991-03-02", DateAgreement::OneYearApart)]
    #[case("1990", "1992", DateAgreement::TwoYearsApart)]
    #[case("1990", "1993", DateAgreement::Different)]
    fn dates_of_birth_compare_with_their_precision(
        #[case] a: &str,
        #[case] b: &str,
        #[case] want: DateAgreement,
    ) {
        assert_eq!(compare_dates(&date(a), &date(b)), want, "{a} vs {b}");
        assert_eq!(
            compare_dates(&date(b), &date(a)),
            want,
            "symmetric: {b} vs {a}"
        );
    }

    /// A Syrian man of the al-Ahmad family, son of Khaled son of Hasan.
    fn al_ahmad(given: &str, father: &str, grandfather: &str, family: &str, dob: &str) -> Identity {
        let names = [
            (Given, given),
            (Father, father),
            (Grandfather, grandfather),
            (Family, family),
        ];
        person(&names, Sex::Male, dob)
    }

    #[rstest]
    #[case::same_person_in_two_scripts(
        "Mohamed",
        "Khaled",
        "Hasan",
        "Al-Ahmad",
        "1990-03-04",
        MatchClass::Match
    )]
    #[case::grandfather_missing_and_year_off(
        "Muhammad",
        "Khalid",
        "",
        "Alahmad",
        "1991",
        MatchClass::Probable
    )]
    #[case::sibling_sharing_every_family_name(
        "Omar",
        "Khaled",
        "Hasan",
        "Al-Ahmad",
        "1993-07-12",
        MatchClass::NonMatch
    )]
    #[case::sibling_a_year_younger(
        "Omar",
        "Khaled",
        "Hasan",
        "Al-Ahmad",
        "1991-07-12",
        MatchClass::NonMatch
    )]
    fn a_person_is_told_from_a_sibling(
        #[case] given: &str,
        #[case] father: &str,
        #[case] grandfather: &str,
        #[case] family: &str,
        #[case] dob: &str,
        #[case] want: MatchClass,
    ) {
        let a = al_ahmad("محمد", "خالد", "حسن", "الأحمد", "1990-03-04");
        let b = al_ahmad(given, father, grandfather, family, dob);
        let c = score(&a, &b);
        assert_eq!(c.class, want, "{c:?}");
    }

    #[test]
    fn a_swapped_name_order_still_matches() {
        let a = person(
            &[(Given, "Yohannes"), (Family, "Tesfay")],
            Sex::Male,
            "1988",
        );
        let b = person(&[(Given, "ተስፋይ"), (Family, "ዮሃንስ")], Sex::Male, "1988");
        let c = score(&a, &b);
        assert!(
            c.reasons
                .iter()
                .any(|r| r.evidence == Evidence::NameOrderSwapped),
            "{c:?}"
        );
        assert_ne!(c.class, MatchClass::NonMatch, "{c:?}");
    }

    #[test]
    fn a_shared_document_number_outweighs_a_spelling() {
        let mut a = person(
            &[(Given, "Olena"), (Family, "Kovalenko")],
            Sex::Female,
            "1979",
        );
        let mut b = person(
            &[(Given, "Елена"), (Family, "Коваленко")],
            Sex::Female,
            "1980",
        );
        a.documents = vec!["FE 123456".into()];
        b.documents = vec!["fe123456".into()];
        let c = score(&a, &b);
        assert_eq!(c.class, MatchClass::Match, "{c:?}");
    }

    #[test]
    fn blocking_keys_meet_within_one_year() {
        let p = |y: &str| PreparedIdentity::new(&person(&[(Given, "Ali")], Sex::Male, y));
        let shares = |a: &str, b: &str| {
            let (ka, kb) = (blocking_keys(&p(a)), blocking_keys(&p(b)));
            ka.iter().any(|k| kb.contains(k))
        };
        assert!(shares("1990", "1990-05-01"));
        assert!(shares("1990", "1991"));
        assert!(shares("1991", "1990"));
        assert!(
            !shares("1990", "1992"),
            "two years apart are not blocked together"
        );
    }

    #[test]
    fn blocking_keys_include_a_name_key_without_a_date() {
        let mut a = person(&[(Given, "محمد"), (Father, "خالد")], Sex::Male, "1990");
        a.date_of_birth = None;
        let b = person(
            &[(Given, "Mohammed"), (Father, "Khalid")],
            Sex::Male,
            "1990",
        );
        let (ka, kb) = (
            blocking_keys(&PreparedIdentity::new(&a)),
            blocking_keys(&PreparedIdentity::new(&b)),
        );
        assert!(ka.iter().any(|k| kb.contains(k)), "{ka:?} / {kb:?}");
    }

    fn arb_identity() -> impl Strategy<Value = Identity> {
        let names = proptest::collection::vec(
            (
                prop_oneof![Just(Given), Just(Father), Just(Grandfather), Just(Family)],
                "\\PC{0,10}",
            ),
            0..5,
        );
        (
            names,
            prop_oneof![Just(Sex::Male), Just(Sex::Female), Just(Sex::Unknown)],
            1950i32..2020,
            proptest::option::of("[A-Z0-9]{4,9}"),
        )
            .prop_map(|(names, sex, year, doc)| Identity {
                names: names.iter().map(|(k, n)| NamePart::new(*k, n)).collect(),
                sex,
                date_of_birth: Some(DateOfBirth::Year { year }),
                nationalities: vec!["SYR".into()],
                documents: doc.into_iter().collect(),
                family: Vec::new(),
            })
    }

    proptest! {
        #[test]
        fn score_is_symmetric(a in arb_identity(), b in arb_identity()) {
            let ab = score(&a, &b);
            let ba = score(&b, &a);
            prop_assert_eq!(ab.score, ba.score);
            prop_assert_eq!(ab.class, ba.class);
        }

        #[test]
        fn a_person_is_never_a_non_match_with_itself(a in arb_identity()) {
            let prepared = PreparedIdentity::new(&a);
            prop_assume!(prepared.name_keys().count() > 0);
            prop_assert!(compare(&prepared, &prepared).score > 0.0);
        }
    }
}
