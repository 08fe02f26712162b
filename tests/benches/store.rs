//! Save latency, load time, search latency and bytes on disk of the encrypted device store,
//! through the real use cases, as the store grows to 1k, 10k and 100k people.
//!
//! Run with `make bench-store` (or `cargo bench -p waypoint-e2e --bench store`); set
//! `WAYPOINT_BENCH_MAX=10000` for a quicker run. Prints a Markdown table for BENCHMARKS.md.
//! The store grows by imports of 1,000; the save latencies are those of the last 1,000 people,
//! registered one by one as an officer does. Search runs [`QUERIES`] (names in every script
//! and spelling of the data set, parts of names, a case number, a name nobody has) for the
//! first page of 50 with the total count.

use std::time::Instant;
use waypoint_client::{Config, KdfParams, ListQuery, SetUpForm, Waypoint};
use waypoint_e2e::data::registration as form;

/// Search texts: spellings and scripts of the names in `waypoint_e2e::data`, parts of names,
/// two words, a name nobody has. (The data set has six given and five family names, so a name
/// matches a sixth or a fifth of the store: far more than in life.)
const QUERIES: [&str; 16] = [
    "محمد",
    "Muhammad",
    "Mohamed",
    "Олена",
    "Olena",
    "Kovalenko",
    "Коваленко",
    "ተስፋይ",
    "Tesfay",
    "کریمی",
    "Haddad",
    "hadd",
    "Fati",
    "Ahmad Haddad",
    "Zelensky",
    "Nadia",
];

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let max: usize = std::env::var("WAYPOINT_BENCH_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir()?;
    let mut app = Waypoint::open(Config {
        data_dir: dir.path().to_path_buf(),
        kdf: KdfParams::DEVICE,
    })?;
    let t = Instant::now();
    app.set_up(&SetUpForm {
        site_code: "BEN".into(),
        username: "bench".into(),
        display_name: "Bench".into(),
        passphrase: "benchmark passphrase".into(),
    })?;
    let setup_ms = t.elapsed().as_secs_f64() * 1e3;
    app.lock();
    let t = Instant::now();
    app.unlock("bench", "benchmark passphrase")?;
    let unlock_ms = t.elapsed().as_secs_f64() * 1e3;

    println!(
        "| people in store | save p50 (ms) | save p99 (ms) | edit p50 (ms) | load p50 (ms) | list page (ms) | search p50 (ms) | search p95 (ms) | bytes on disk per person |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let mut registered = 0usize;
    let mut ids = Vec::new();
    for target in [1_000usize, 10_000, 100_000]
        .into_iter()
        .filter(|t| *t <= max)
    {
        // Grow to the target, timing the last 1,000 saves.
        let mut saves = Vec::new();
        while target - registered > 1_000 {
            let batch: Vec<_> = (registered..registered + 1_000).map(form).collect();
            let new = app.import_people(&batch)?;
            ids.extend(new.into_iter().step_by(97));
            registered += 1_000;
        }
        while registered < target {
            let t = Instant::now();
            let v = app.register_person(&form(registered))?;
            let ms = t.elapsed().as_secs_f64() * 1e3;
            saves.push(ms);
            if registered.is_multiple_of(97) {
                ids.push(v.person.id);
            }
            registered += 1;
        }
        saves.sort_by(f64::total_cmp);
        let mut loads = Vec::new();
        let mut edits = Vec::new();
        for id in ids.iter().rev().take(200) {
            let t = Instant::now();
            let v = app.get_person(*id)?;
            loads.push(t.elapsed().as_secs_f64() * 1e3);
            let mut f = v.form.clone();
            f.phone = format!("+1 {}", loads.len());
            let t = Instant::now();
            app.edit_person(*id, &f)?;
            edits.push(t.elapsed().as_secs_f64() * 1e3);
        }
        loads.sort_by(f64::total_cmp);
        edits.sort_by(f64::total_cmp);
        let t = Instant::now();
        app.list_people(&ListQuery {
            offset: (target / 2) as u32,
            limit: 50,
            ..ListQuery::default()
        })?;
        let list_ms = t.elapsed().as_secs_f64() * 1e3;
        let case_number = app.get_person(ids[ids.len() / 2])?.person.case_number;
        let mut searches = Vec::new();
        let case_number = case_number.to_string();
        for text in QUERIES.iter().copied().chain([case_number.as_str()]) {
            let mut times = Vec::new();
            let mut found = 0;
            for _ in 0..5 {
                let t = Instant::now();
                found = app
                    .list_people(&ListQuery {
                        text: Some(text.into()),
                        limit: 50,
                        ..ListQuery::default()
                    })?
                    .total;
                times.push(t.elapsed().as_secs_f64() * 1e3);
            }
            times.sort_by(f64::total_cmp);
            if target == max.min(100_000) {
                eprintln!("search {text:?}: {found} found, p50 {:.2} ms", times[2]);
            }
            searches.extend(times);
        }
        searches.sort_by(f64::total_cmp);
        let store = app.store()?;
        store.checkpoint()?;
        let per_person = store.size_bytes()? as f64 / target as f64;
        println!(
            "| {target} | {:.2} | {:.2} | {:.2} | {:.3} | {:.2} | {:.2} | {:.2} | {:.0} |",
            percentile(&saves, 0.5),
            percentile(&saves, 0.99),
            percentile(&edits, 0.5),
            percentile(&loads, 0.5),
            list_ms,
            percentile(&searches, 0.5),
            percentile(&searches, 0.95),
            per_person
        );
    }
    // The document alone, without the database: Automerge load and save of one record.
    if let Some(id) = ids.first() {
        let bytes = app.person_bytes(*id)?;
        let n = 2_000;
        let t = Instant::now();
        let mut doc = None;
        for _ in 0..n {
            doc = Some(waypoint_core::document::PersonDoc::load(&bytes)?);
        }
        let load_us = t.elapsed().as_secs_f64() * 1e6 / f64::from(n);
        let mut doc = doc.ok_or("no document")?;
        let t = Instant::now();
        let mut saved = Vec::new();
        for _ in 0..n {
            saved = doc.save();
        }
        let save_us = t.elapsed().as_secs_f64() * 1e6 / f64::from(n);
        println!();
        println!(
            "one record as an Automerge document: {} bytes saved; load {load_us:.0} µs; save {save_us:.0} µs",
            saved.len()
        );
    }
    println!();
    println!("set-up (Argon2id 64 MiB, t=3): {setup_ms:.0} ms; unlock: {unlock_ms:.0} ms");
    Ok(())
}
