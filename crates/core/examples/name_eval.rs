//! Measures duplicate matching on synthetic people: precision and recall of the scorer in
//! `waypoint_core::names` against a plain edit-distance baseline, as a Markdown table.
//!
//! Run with `cargo run --release -p waypoint-core --example name_eval [-- SEED FAMILIES]`
//! (defaults: seed 42, 3,000 families, about 17,000 records).

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;
use waypoint_core::model::NameKind;
use waypoint_core::names::synthetic::{Population, Relation, Variation, generate};
use waypoint_core::names::{
    Identity, MatchClass, candidate_pairs, compare, narrowing_keys, prepare,
};

/// Counts of one method's decisions.
#[derive(Default, Clone, Copy)]
struct Tally {
    true_positive: usize,
    false_positive: usize,
}

impl Tally {
    fn add(&mut self, predicted: bool, duplicate: bool) {
        match (predicted, duplicate) {
            (true, true) => self.true_positive += 1,
            (true, false) => self.false_positive += 1,
            _ => {}
        }
    }
    fn precision(self) -> f64 {
        ratio(self.true_positive, self.true_positive + self.false_positive)
    }
    fn recall(self, duplicates: usize) -> f64 {
        ratio(self.true_positive, duplicates)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The baseline's view of a person: the display name as a plain system shows it — the first
/// Latin form of each component (or the original where there is none), in the usual order,
/// lower case.
fn display_name(identity: &Identity) -> String {
    let mut parts: Vec<_> = identity
        .names
        .iter()
        .filter(|p| p.kind != NameKind::Other)
        .collect();
    parts.sort_by_key(|p| p.kind);
    parts
        .iter()
        .map(|p| p.latin.first().unwrap_or(&p.original).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let seed: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(42);
    let families: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(3000);

    let population: Population = generate(seed, families);
    let records = &population.records;
    let duplicates: BTreeSet<(usize, usize)> = population.duplicate_pairs().into_iter().collect();

    let started = Instant::now();
    let prepared: Vec<_> = records.iter().map(|r| prepare(&r.identity)).collect();
    let prepare_time = started.elapsed();

    let started = Instant::now();
    let candidates = candidate_pairs(&prepared);
    let blocking_time = started.elapsed();

    let started = Instant::now();
    let scores: Vec<f64> = candidates
        .iter()
        .map(|&(i, j)| compare(&prepared[i], &prepared[j]).score)
        .collect();
    let compare_time = started.elapsed();

    let names: Vec<String> = records.iter().map(|r| display_name(&r.identity)).collect();
    let started = Instant::now();
    let baseline: Vec<f64> = candidates
        .iter()
        .map(|&(i, j)| strsim::normalized_levenshtein(&names[i], &names[j]))
        .collect();
    let baseline_time = started.elapsed();

    // The server's narrowing: a candidate pair must also share a name key or a document.
    let narrowing: Vec<BTreeSet<String>> = prepared
        .iter()
        .map(|p| narrowing_keys(p).into_iter().collect())
        .collect();
    let narrowed: Vec<bool> = candidates
        .iter()
        .map(|&(i, j)| !narrowing[i].is_disjoint(&narrowing[j]))
        .collect();
    let mut narrowed_found = 0usize;

    let mut matched = Tally::default();
    let mut probable = Tally::default();
    let thresholds = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
    let mut base = vec![Tally::default(); thresholds.len()];
    let mut false_positives_by_relation: BTreeMap<Relation, usize> = BTreeMap::new();
    let mut found: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut blocked_duplicates = 0;
    for (n, &(i, j)) in candidates.iter().enumerate() {
        let duplicate = duplicates.contains(&(i, j));
        blocked_duplicates += usize::from(duplicate);
        let class = MatchClass::of(scores[n]);
        matched.add(class == MatchClass::Match, duplicate);
        let flagged = class != MatchClass::NonMatch;
        probable.add(flagged, duplicate);
        if flagged && duplicate {
            found.insert((i, j));
            narrowed_found += usize::from(narrowed[n]);
        }
        if flagged && !duplicate {
            *false_positives_by_relation
                .entry(population.relation(i, j))
                .or_default() += 1;
        }
        for (t, tally) in thresholds.iter().zip(base.iter_mut()) {
            tally.add(baseline[n] >= *t, duplicate);
        }
    }

    // `WAYPOINT_EVAL_PATTERNS=N`: the N commonest evidence patterns among false positives and
    // among missed duplicates (blocked), to see what the weights get wrong.
    if let Some(top) = std::env::var("WAYPOINT_EVAL_PATTERNS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        // Per pattern (duplicate or not, evidence codes): how many, the score, the first pair.
        type Pattern = (bool, String);
        let mut wrong: BTreeMap<Pattern, (usize, f64, (usize, usize))> = BTreeMap::new();
        for (n, &(i, j)) in candidates.iter().enumerate() {
            let duplicate = duplicates.contains(&(i, j));
            let flagged = MatchClass::of(scores[n]) != MatchClass::NonMatch;
            if flagged == duplicate {
                continue;
            }
            let mut codes: Vec<String> = compare(&prepared[i], &prepared[j])
                .reasons
                .iter()
                .map(|r| r.evidence.code())
                .collect();
            codes.sort();
            let e = wrong
                .entry((duplicate, codes.join(" ")))
                .or_insert((0, scores[n], (i, j)));
            e.0 += 1;
        }
        for (duplicate, title) in [(false, "false positives"), (true, "missed duplicates")] {
            let mut rows: Vec<_> = wrong.iter().filter(|((d, _), _)| *d == duplicate).collect();
            rows.sort_by_key(|r| std::cmp::Reverse(r.1.0));
            eprintln!("\n{title}, commonest evidence:");
            for ((_, codes), (n, score, (i, j))) in rows.into_iter().take(top) {
                eprintln!("{n:6}  {score:5.1}  {codes}");
                for k in [*i, *j] {
                    let p = &records[k].identity;
                    let names: Vec<String> = p
                        .names
                        .iter()
                        .map(|n| format!("{}={}{:?}", n.kind.code(), n.original, n.latin))
                        .collect();
                    eprintln!("          {} {:?}", names.join(" "), p.date_of_birth);
                }
            }
        }
    }

    let total = duplicates.len();
    println!("## Name matching on synthetic people (seed {seed}, {families} families)\n");
    println!(
        "{} records of {} people; {} duplicate pairs; {} candidate pairs after blocking, \
         holding {} of the duplicate pairs (blocking recall {:.3}).\n",
        records.len(),
        records
            .iter()
            .map(|r| r.person)
            .collect::<BTreeSet<_>>()
            .len(),
        total,
        candidates.len(),
        blocked_duplicates,
        ratio(blocked_duplicates, total),
    );
    println!(
        "On the server, a pair is compared only if it also shares a name key or a document \
         (`names::narrowing_keys`): {} candidate pairs ({:.1} % of blocking's); recall of Match \
         or Probable {:.3} (without the narrowing {:.3}).\n",
        narrowed.iter().filter(|n| **n).count(),
        100.0 * ratio(narrowed.iter().filter(|n| **n).count(), candidates.len()),
        ratio(narrowed_found, total),
        ratio(found.len(), total),
    );
    println!("| method | flags a pair when | precision | recall | F1 |");
    println!("|---|---|---|---|---|");
    let row = |method: &str, rule: &str, t: Tally| {
        let (p, r) = (t.precision(), t.recall(total));
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        println!("| {method} | {rule} | {p:.3} | {r:.3} | {f1:.3} |");
    };
    row("names::compare", "class is Match or Probable", probable);
    row("names::compare", "class is Match", matched);
    let best = thresholds
        .iter()
        .zip(&base)
        .max_by(|(_, a), (_, b)| {
            let f = |t: &Tally| {
                let (p, r) = (t.precision(), t.recall(total));
                if p + r == 0.0 {
                    0.0
                } else {
                    2.0 * p * r / (p + r)
                }
            };
            f(a).total_cmp(&f(b))
        })
        .map(|(t, tally)| (*t, *tally));
    for (t, tally) in thresholds.iter().zip(&base) {
        if *t == 0.8 || best.is_some_and(|(b, _)| b == *t) {
            let marker = if best.is_some_and(|(b, _)| b == *t) {
                " (best F1)"
            } else {
                ""
            };
            row(
                "baseline: normalised Levenshtein",
                &format!("similarity ≥ {t}{marker}"),
                *tally,
            );
        }
    }

    println!("\nThe scorer at other thresholds (score ≥ t flags a pair):\n");
    println!("| t | precision | recall |");
    println!("|---|---|---|");
    for t in [4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0] {
        let mut tally = Tally::default();
        for (n, pair) in candidates.iter().enumerate() {
            tally.add(scores[n] >= t, duplicates.contains(pair));
        }
        println!(
            "| {t} | {:.3} | {:.3} |",
            tally.precision(),
            tally.recall(total)
        );
    }

    println!("\nRecall of Match or Probable by variation in the repeat registration:\n");
    println!("| variation | duplicate pairs | recall |");
    println!("|---|---|---|");
    let mut by_variation: BTreeMap<Variation, (usize, usize)> = BTreeMap::new();
    for &(i, j) in &duplicates {
        let vs: BTreeSet<Variation> = records[i]
            .variations
            .iter()
            .chain(&records[j].variations)
            .copied()
            .collect();
        for v in vs {
            let e = by_variation.entry(v).or_default();
            e.0 += 1;
            e.1 += usize::from(found.contains(&(i, j)));
        }
    }
    for (v, (n, hit)) in by_variation {
        println!("| {v:?} | {n} | {:.3} |", ratio(hit, n));
    }

    println!("\nFalse positives (Match or Probable) by relation:\n");
    println!("| relation | pairs |");
    println!("|---|---|");
    for (relation, n) in false_positives_by_relation {
        println!("| {relation:?} | {n} |");
    }

    let per = |d: std::time::Duration, n: usize| d.as_secs_f64() * 1e6 / n.max(1) as f64;
    println!("\nTiming (this build, one thread):\n");
    println!("| step | per item (µs) |");
    println!("|---|---|");
    let people = records.len();
    let pairs = candidates.len();
    for (step, time, n) in [
        ("keys of one person (`prepare`)", prepare_time, people),
        ("blocking, per person", blocking_time, people),
        ("score one pair (`compare`)", compare_time, pairs),
        ("baseline, one pair", baseline_time, pairs),
    ] {
        println!("| {step} | {:.2} |", per(time, n));
    }
}
