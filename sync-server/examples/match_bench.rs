//! How fast the server's duplicate matcher keeps up: synthetic people (the name evaluation's
//! generator: families from Syria, Afghanistan, Ukraine, Eritrea and Somalia, half of them
//! registered again with realistic variation) are pushed into a fresh database at one site,
//! then the matcher drains its queue. Prints the time per record and the pairs found.
//!
//! `cargo run --release -p waypoint-server --example match_bench [-- FAMILIES]` (default
//! 1,500 families, about 11,000 records); `make bench-match` runs it. Results: BENCHMARKS.md.

use std::time::{Duration, Instant};

use automerge::ActorId;
use chrono::{TimeZone, Utc};
use uuid::Uuid;
use waypoint_core::{
    case_number::{CaseNumber, DeviceCode, SiteCode},
    document::{ChangeMeta, NewPerson, PersonDoc},
    form::{ConsentForm, NameForm, RegistrationForm, ValidationContext},
    ids::{DeviceId, ItemId, OfficerId, PersonId},
    model::ConsentScope,
    names::{Identity, synthetic::generate},
    sync::{PushRecord, RecordKind},
};
use waypoint_server::storage::{
    EnrolOutcome, NewEnrolmentCode, PushOutcome, SqliteStorage, Storage,
};
use waypoint_server::wire::Role;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The registration form an official would have typed for this synthetic record.
fn form(identity: &Identity) -> RegistrationForm {
    RegistrationForm {
        names: identity
            .names
            .iter()
            .map(|n| NameForm {
                id: None,
                kind: Some(n.kind),
                original: n.original.clone(),
                latin: n.latin.clone(),
            })
            .collect(),
        sex: Some(identity.sex),
        date_of_birth: identity
            .date_of_birth
            .map(|d| d.to_string())
            .unwrap_or_default(),
        nationalities: identity.nationalities.clone(),
        consents: vec![ConsentForm {
            scope: ConsentScope::Registration,
            given: true,
        }],
        ..RegistrationForm::default()
    }
}

#[tokio::main]
async fn main() -> Result<()> {
    let families: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_500);
    let population = generate(42, families);
    let at = Utc
        .with_ymd_and_hms(2026, 11, 23, 3, 0, 0)
        .single()
        .ok_or("time")?;
    let meta = ChangeMeta {
        officer: OfficerId(Uuid::from_u128(1)),
        device: DeviceId(Uuid::from_u128(2)),
        at,
    };
    let site = SiteCode::new("LSV")?;
    let mut records = Vec::new();
    let mut refused = 0;
    let mut next_item = 0u128;
    for (n, record) in population.records.iter().enumerate() {
        let mut ids = || {
            next_item += 1;
            ItemId(Uuid::from_u128(next_item))
        };
        let mut cx = ValidationContext {
            now: at,
            officer: meta.officer,
            new_item_id: &mut ids,
        };
        let Ok(fields) = form(&record.identity).validate(&mut cx, &[]) else {
            refused += 1;
            continue;
        };
        let id = Uuid::from_u128(1_000_000 + n as u128);
        let case = CaseNumber::new(
            site.clone(),
            DeviceCode::new("7KQ2")?,
            u32::try_from(n + 1)?,
        );
        let mut doc = PersonDoc::create(
            &NewPerson {
                id: PersonId(id),
                case_number: &case,
                site: &site,
                group: None,
                fields: &fields,
            },
            &meta,
            ActorId::from(id.as_bytes().to_vec()),
        )?;
        records.push(PushRecord {
            id,
            kind: RecordKind::Person,
            base: Vec::new(),
            changes: doc.save(),
        });
    }

    let dir = tempfile::tempdir()?;
    let storage = SqliteStorage::open(&dir.path().join("server.sqlite3"), None)?;
    let now = at.timestamp_millis();
    storage
        .add_enrolment_code(NewEnrolmentCode {
            code_hash: [7; 32],
            site: site.clone(),
            role: Role::Officer,
            created_at: now,
            expires_at: now + 60_000,
        })
        .await?;
    let EnrolOutcome::Enrolled(device) = storage
        .enrol([7; 32], DeviceId(Uuid::from_u128(2)), [9; 32], None, now)
        .await?
    else {
        return Err("enrolment failed".into());
    };

    let count = records.len();
    let started = Instant::now();
    for batch in records.chunks(2_000) {
        let outcome = storage
            .push(device.clone(), batch.to_vec(), Vec::new(), now)
            .await?;
        if !matches!(outcome, PushOutcome::Committed(_)) {
            return Err(format!("push refused: {outcome:?}").into());
        }
    }
    let pushed = started.elapsed();

    let started = Instant::now();
    let mut batches = 0;
    let mut longest = Duration::ZERO;
    loop {
        let t = Instant::now();
        let done = storage.match_pending(500, now).await?;
        longest = longest.max(t.elapsed());
        if done == 0 {
            break;
        }
        batches += 1;
    }
    let matched = started.elapsed();
    let shown = storage.review_candidates(site).await?.pairs.len();

    let per = |d: Duration| d.as_secs_f64() * 1e6 / count as f64;
    println!("## Server duplicate matching ({families} families, seed 42)\n");
    println!(
        "{count} person records pushed at one site ({refused} synthetic records refused by \
         validation and left out).\n"
    );
    println!("| step | total | per record |");
    println!("|---|---|---|");
    println!(
        "| push in batches of 2,000 (queues each record) | {:.2} s | {:.0} µs |",
        pushed.as_secs_f64(),
        per(pushed)
    );
    println!(
        "| matching: {batches} transactions, the longest {:.0} ms | {:.2} s | {:.0} µs |",
        longest.as_secs_f64() * 1e3,
        matched.as_secs_f64(),
        per(matched)
    );
    println!("\nPairs in the site's first answer (at most 500): {shown}.");
    Ok(())
}
