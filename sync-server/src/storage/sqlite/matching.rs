//! Duplicate matching on the server (issue #6, `docs/name-matching.md`).
//!
//! A push queues every person record it changed (`match_queue`, in the push's transaction).
//! [`process`] takes queued records in batches: it reads the record's identifying fields and
//! duplicate decisions into `match_profiles`, files it under its keys in `match_keys`, and
//! compares it with every person that shares a blocking key and a name key, or a document
//! number, at any site. Pairs that score probable or better and that no reviewer decided are
//! kept in `candidate_pairs`; [`candidates`] gives a site's supervisors the pairs that concern
//! them. Nothing is merged here: a reviewer's decision is written into the records by a device
//! and reaches the server as an ordinary change, which queues the record again and clears the
//! pair.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use waypoint_core::{
    case_number::SiteCode,
    document::PersonDoc,
    ids::PersonId,
    links::{IdentityLink, PairState, pair_state},
    names::{self, MatchClass, PreparedIdentity},
    sync::{CandidatePair, CandidateReason, CandidateStrength, CandidatesResponse, ReviewedPerson},
};

use crate::storage::{Millis, StorageError};

/// Most pairs one answer of [`candidates`] carries, strongest first.
pub(super) const MAX_CANDIDATES: usize = 500;

/// What the matcher keeps of a person (`match_profiles.profile`).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Profile {
    person: ReviewedPerson,
    documents: Vec<String>,
    links: Vec<IdentityLink>,
}

impl Profile {
    fn prepared(&self) -> PreparedIdentity {
        names::prepare(&self.person.identity(&self.documents))
    }
}

/// What comparing a person with another needs, kept beside the profile
/// (`match_profiles.compared`, CBOR): the prepared identity and the duplicate decisions.
#[derive(Debug, Serialize, Deserialize)]
struct Compared {
    prepared: PreparedIdentity,
    links: Vec<IdentityLink>,
}

impl Compared {
    fn of(profile: &Profile) -> Self {
        Self {
            prepared: profile.prepared(),
            links: profile.links.clone(),
        }
    }

    /// The kept bytes, or (for a profile written before they were kept, or unreadable ones)
    /// the profile's JSON prepared again; `None` if neither reads.
    fn read(kept: Option<&[u8]>, json: Option<&str>) -> Option<Self> {
        kept.and_then(|bytes| waypoint_core::sync::decode(bytes).ok())
            .or_else(|| Some(Self::of(&serde_json::from_str(json?).ok()?)))
    }

    fn link_about(&self, other: &str) -> Option<IdentityLink> {
        self.links
            .iter()
            .find(|l| l.other.to_string() == other)
            .copied()
    }
}

/// Queues a person record for the matcher (inside the push's transaction).
pub(super) fn queue(tx: &Transaction<'_>, id: &str) -> Result<(), StorageError> {
    tx.prepare_cached("INSERT OR IGNORE INTO match_queue (record_id) VALUES (?1)")?
        .execute([id])?;
    Ok(())
}

/// Forgets everything the matcher knows of a record: its profile (personal data), keys,
/// pairs and queue entry. Called by erasure, inside its transaction.
pub(super) fn forget(tx: &Transaction<'_>, id: &str) -> Result<(), StorageError> {
    tx.execute("DELETE FROM match_queue WHERE record_id = ?1", [id])?;
    tx.execute("DELETE FROM match_profiles WHERE record_id = ?1", [id])?;
    tx.execute("DELETE FROM match_keys WHERE record_id = ?1", [id])?;
    tx.execute("DELETE FROM candidate_pairs WHERE a = ?1 OR b = ?1", [id])?;
    Ok(())
}

/// How long one call of [`process`] holds the database, at most (plus one record's matching):
/// a sync request that arrives meanwhile waits for it, so it stays short (a device's no-op
/// sync answers in tens of milliseconds).
const BATCH_BUDGET: std::time::Duration = std::time::Duration::from_millis(25);

/// Matches up to `limit` queued records, in one transaction that stops taking more after
/// [`BATCH_BUDGET`]; returns how many it took from the queue (0: the queue is empty).
pub(super) fn process(
    connection: &mut Connection,
    limit: usize,
    now: Millis,
) -> Result<usize, StorageError> {
    let started = std::time::Instant::now();
    let tx = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let ids: Vec<String> = tx
        .prepare("SELECT record_id FROM match_queue ORDER BY record_id LIMIT ?1")?
        .query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    let mut taken = 0;
    for id in &ids {
        if taken > 0 && started.elapsed() > BATCH_BUDGET {
            break;
        }
        taken += 1;
        let stored: Option<(String, String, Vec<u8>, bool)> = tx
            .query_row(
                "SELECT kind, site_code, snapshot, erased_at IS NOT NULL FROM records \
                 WHERE record_id = ?1",
                [id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )
            .optional()?;
        match stored {
            Some((kind, site, snapshot, false)) if kind == "person" => {
                match profile_of(&snapshot) {
                    Ok(mut profile) => {
                        // The site that holds the record is the server's, not what the
                        // document says: it decides which supervisors see the pair.
                        profile.person.site = site;
                        index(&tx, id, &profile, now)?;
                    }
                    Err(reason) => {
                        // Stored records were checked on push; this one is damaged or from a
                        // newer schema. It stays stored and syncs; it is just not matched.
                        tracing::warn!(record = %id, %reason, "record not matched");
                        forget(&tx, id)?;
                    }
                }
            }
            _ => forget(&tx, id)?,
        }
        tx.execute("DELETE FROM match_queue WHERE record_id = ?1", [id])?;
    }
    tx.commit()?;
    Ok(taken)
}

fn profile_of(snapshot: &[u8]) -> Result<Profile, String> {
    let doc = PersonDoc::load(snapshot).map_err(|e| e.to_string())?;
    let person = doc.read().map_err(|e| e.to_string())?;
    Ok(Profile {
        person: ReviewedPerson::of(&person),
        documents: person
            .fields
            .documents
            .iter()
            .map(|d| d.number.clone())
            .collect(),
        links: doc.links(),
    })
}

/// Stores a record's profile and keys, and recomputes its candidate pairs.
fn index(
    tx: &Transaction<'_>,
    id: &str,
    profile: &Profile,
    now: Millis,
) -> Result<(), StorageError> {
    let compared = Compared::of(profile);
    let prepared = &compared.prepared;
    let mut keys: Vec<String> = names::blocking_keys(prepared)
        .into_iter()
        .map(|k| format!("b:{k}"))
        .collect();
    keys.extend(names::narrowing_keys(prepared));
    tx.execute("DELETE FROM match_keys WHERE record_id = ?1", [id])?;
    {
        let mut insert =
            tx.prepare_cached("INSERT OR IGNORE INTO match_keys (key, record_id) VALUES (?1, ?2)")?;
        for key in &keys {
            insert.execute(params![key, id])?;
        }
    }
    let json = serde_json::to_string(profile).map_err(|e| StorageError::Corrupt {
        record: id.to_owned(),
        detail: e.to_string(),
    })?;
    tx.execute(
        "INSERT INTO match_profiles (record_id, site_code, profile, compared) \
         VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (record_id) DO UPDATE SET site_code = excluded.site_code, \
         profile = excluded.profile, compared = excluded.compared",
        params![
            id,
            profile.person.site,
            json,
            waypoint_core::sync::encode(&compared)
        ],
    )?;

    // Who to compare with: a shared blocking key and a shared name key, or a shared document.
    let (mut blocked, mut named, mut documented) =
        (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    {
        let mut sharing = tx.prepare_cached(
            "SELECT record_id FROM match_keys WHERE key = ?1 AND record_id <> ?2",
        )?;
        for key in &keys {
            let set = match key.as_bytes().first() {
                Some(b'b') => &mut blocked,
                Some(b'n') => &mut named,
                _ => &mut documented,
            };
            for other in sharing.query_map(params![key, id], |row| row.get::<_, String>(0))? {
                set.insert(other?);
            }
        }
    }
    let others: BTreeSet<String> = blocked
        .intersection(&named)
        .cloned()
        .chain(documented)
        .collect();

    tx.execute("DELETE FROM candidate_pairs WHERE a = ?1 OR b = ?1", [id])?;
    // The profile's JSON only where no prepared identity is kept.
    let mut load = tx.prepare_cached(
        "SELECT compared, CASE WHEN compared IS NULL THEN profile END \
         FROM match_profiles WHERE record_id = ?1",
    )?;
    let mut insert = tx.prepare_cached(
        "INSERT OR REPLACE INTO candidate_pairs (a, b, score, strength, reasons, found_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for other_id in others {
        let Some((kept, json)) = load
            .query_row([&other_id], |row| {
                Ok((
                    row.get::<_, Option<Vec<u8>>>(0)?,
                    row.get::<_, Option<String>>(1)?,
                ))
            })
            .optional()?
        else {
            continue;
        };
        let Some(other) = Compared::read(kept.as_deref(), json.as_deref()) else {
            continue;
        };
        let disputed = match pair_state(compared.link_about(&other_id), other.link_about(id)) {
            PairState::Decided(_) => continue,
            PairState::Undecided => false,
            PairState::Disputed => true,
        };
        let comparison = names::compare(prepared, &other.prepared);
        let strength = match comparison.class {
            MatchClass::Match => CandidateStrength::Match,
            MatchClass::Probable => CandidateStrength::Probable,
            // Reviewers disagreed: the pair goes back to them whatever it scores now.
            MatchClass::NonMatch if disputed => CandidateStrength::Probable,
            MatchClass::NonMatch => continue,
        };
        let reasons: Vec<CandidateReason> = comparison
            .reasons
            .iter()
            .map(|r| CandidateReason {
                code: r.evidence.code(),
                weight: r.weight,
            })
            .collect();
        let (a, b) = if id < other_id.as_str() {
            (id, other_id.as_str())
        } else {
            (other_id.as_str(), id)
        };
        insert.execute(params![
            a,
            b,
            comparison.score,
            strength_str(strength),
            serde_json::to_string(&reasons).unwrap_or_else(|_| "[]".into()),
            now
        ])?;
    }
    Ok(())
}

fn strength_str(s: CandidateStrength) -> &'static str {
    match s {
        CandidateStrength::Match => "match",
        CandidateStrength::Probable => "probable",
    }
}

/// The undecided pairs with a record of `site`, strongest first (at most
/// [`MAX_CANDIDATES`]), with the profiles of their records held at other sites.
pub(super) fn candidates(
    connection: &mut Connection,
    site: &SiteCode,
) -> Result<CandidatesResponse, StorageError> {
    let tx = connection.transaction_with_behavior(TransactionBehavior::Deferred)?;
    let mut response = CandidatesResponse::default();
    let mut people: HashMap<String, ReviewedPerson> = HashMap::new();
    {
        let mut rows = tx.prepare(
            "SELECT p.a, p.b, p.score, p.strength, p.reasons, pa.site_code, pa.profile, \
                    pb.site_code, pb.profile \
             FROM candidate_pairs p \
             JOIN match_profiles pa ON pa.record_id = p.a \
             JOIN match_profiles pb ON pb.record_id = p.b \
             WHERE pa.site_code = ?1 OR pb.site_code = ?1 \
             ORDER BY p.score DESC, p.a, p.b LIMIT ?2",
        )?;
        let mut query = rows.query(params![
            site.as_str(),
            i64::try_from(MAX_CANDIDATES).unwrap_or(i64::MAX)
        ])?;
        while let Some(row) = query.next()? {
            let a: String = row.get(0)?;
            let b: String = row.get(1)?;
            let (Ok(a_id), Ok(b_id)) = (a.parse::<PersonId>(), b.parse::<PersonId>()) else {
                continue;
            };
            let strength: String = row.get(3)?;
            let reasons: String = row.get(4)?;
            for (id, site_col, profile_col) in [(&a, 5, 6), (&b, 7, 8)] {
                let their_site: String = row.get(site_col)?;
                if their_site != site.as_str() && !people.contains_key(id) {
                    let json: String = row.get(profile_col)?;
                    if let Ok(profile) = serde_json::from_str::<Profile>(&json) {
                        people.insert(id.clone(), profile.person);
                    }
                }
            }
            response.pairs.push(CandidatePair {
                a: a_id.0,
                b: b_id.0,
                score: row.get(2)?,
                strength: if strength == "match" {
                    CandidateStrength::Match
                } else {
                    CandidateStrength::Probable
                },
                reasons: serde_json::from_str(&reasons).unwrap_or_default(),
            });
        }
    }
    tx.commit()?;
    let mut people: Vec<ReviewedPerson> = people.into_values().collect();
    people.sort_by_key(|p| p.id);
    response.people = people;
    Ok(response)
}
