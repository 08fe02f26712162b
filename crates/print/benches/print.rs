//! PDF generation time and size per leaflet, per language: every leaflet of the repository
//! (common texts, EU legal basis) printed by one reused `LeafletPrinter`.
//!
//! Run with `cargo bench -p waypoint-print --bench print` (or `make bench-print`); prints the
//! Markdown table of BENCHMARKS.md. `WAYPOINT_BENCH_REPS` sets the repetitions (default 9).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};
use waypoint_core::leaflets::{Catalogue, Jurisdiction, LeafletMeta, Translation};
use waypoint_print::LeafletPrinter;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort_unstable();
    xs[xs.len() / 2]
}

fn main() {
    // `cargo test --all-targets` runs this too, without `--bench`: once, as a smoke test.
    let benching = std::env::args().any(|a| a == "--bench");
    let reps: usize = std::env::var("WAYPOINT_BENCH_REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if benching { 9 } else { 1 });
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../leaflets");
    let catalogue = Catalogue::parse(&read(&root.join("catalogue.toml"))).expect("catalogue");
    let eu = Jurisdiction::new("eu").expect("eu");

    let start = Instant::now();
    let mut printer = LeafletPrinter::new();
    let setup = start.elapsed();

    println!(
        "| language | script | median ms per leaflet | slowest leaflet (median ms) | PDF size, mean (KiB) | largest PDF (KiB) | pages |"
    );
    println!("|---|---|---|---|---|---|---|");
    let mut all = Vec::new();
    for lang in &catalogue.languages {
        let mut times = Vec::new();
        let mut slowest = Duration::ZERO;
        let mut sizes = Vec::new();
        let mut pages = BTreeMap::new();
        for id in &catalogue.leaflets {
            let meta =
                LeafletMeta::parse(&read(&root.join(id.as_str()).join("meta.toml"))).expect("meta");
            let t = Translation::parse(&read(
                &root.join(id.as_str()).join(meta.text_path(&eu, &lang.code)),
            ))
            .expect("translation");
            let values = meta
                .placeholders
                .keys()
                .map(|k| (k.clone(), "+30 210 555 0123".to_owned()))
                .collect();
            let t = t.fill(&values).expect("filled");
            let mut these = Vec::new();
            for _ in 0..reps {
                let start = Instant::now();
                let printed = printer
                    .print(&t, lang, meta.legal_basis_in(&eu))
                    .expect("prints");
                these.push(start.elapsed());
                if these.len() == 1 {
                    sizes.push(printed.pdf.len());
                    *pages.entry(printed.pages).or_insert(0) += 1;
                }
            }
            slowest = slowest.max(median(these.clone()));
            times.extend(these);
        }
        all.extend(times.iter().copied());
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let pages: Vec<String> = pages.iter().map(|(p, n)| format!("{n}×{p}")).collect();
        println!(
            "| {} | {} | {:.1} | {:.1} | {:.1} | {:.1} | {} |",
            lang.code,
            lang.script,
            ms(median(times)),
            ms(slowest),
            sizes.iter().sum::<usize>() as f64 / sizes.len() as f64 / 1024.0,
            *sizes.iter().max().unwrap_or(&0) as f64 / 1024.0,
            pages.join(", ")
        );
    }
    println!();
    println!(
        "All {} prints: median {:.1} ms; loading the fonts (`LeafletPrinter::new`) {:.1} ms once.",
        all.len(),
        median(all).as_secs_f64() * 1000.0,
        setup.as_secs_f64() * 1000.0
    );
}
