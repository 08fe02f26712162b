//! Duplicate review: the server's candidate pairs for this site, decided by a supervisor, and
//! the links that decisions make between records (`waypoint_core::links`).
//!
//! A supervisor's device fetches the pairs at each sync ([`Waypoint::fetch_review`], from the
//! sync engine) and keeps them in the store; [`Waypoint::review_queue`] shows them side by side,
//! leaving out pairs already decided here. [`Waypoint::decide_duplicate`] writes the decision
//! into both records (those this device holds: another site's record is not ours to change, its
//! own supervisor's device sees the decision through the server), and they sync like any edit.
//! "Same person" links the records; nothing is deleted or merged away, and
//! [`PersonView::canonical`] tells the screen which record of a linked set to open.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waypoint_core::document::PersonDoc;
use waypoint_core::ids::PersonId;
use waypoint_core::links::{self, IdentityLink, LinkDecision, LinkNode, PairState};
use waypoint_core::model::{NameKind, Person, display_name, original_name};
use waypoint_core::sync::{CandidatePair, CandidateStrength, ReviewedPerson};
use waypoint_store::Tx;

use crate::duplicates::MatchStrength;
use crate::{AppError, ErrorCode, PersonSummary, PersonView, Waypoint, load_person, store_person};

/// A name component as the review screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReviewName {
    /// Which part of the name.
    pub kind: NameKind,
    /// As written, in its own script.
    pub original: String,
    /// Latin forms.
    pub latin: Vec<String>,
}

/// One side of a candidate pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReviewPerson {
    /// Record id.
    pub id: PersonId,
    /// This device holds the record (else it is another site's, seen through the server).
    pub held_here: bool,
    /// The site that registered it.
    pub site: String,
    /// Case number.
    pub case_number: String,
    /// One-line Latin name.
    pub display_name: String,
    /// Name in its original script.
    pub original_name: String,
    /// Every name component.
    pub names: Vec<ReviewName>,
    /// Sex code.
    pub sex: String,
    /// Date of birth as stored (`1990-05`, `~34@2026-11-23`).
    pub date_of_birth: Option<String>,
    /// Nationality codes.
    pub nationalities: Vec<String>,
    /// When registered (RFC 3339).
    pub created_at: String,
}

/// One piece of evidence behind a pair (`name:given:skeleton`, `date_of_birth:same_day`, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MatchReason {
    /// The evidence's code.
    pub code: String,
    /// Its weight in the score (negative: against).
    pub weight: f64,
}

/// Two records that may be one person, for a supervisor to decide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DuplicateCandidate {
    /// One record (always one this device holds).
    pub a: ReviewPerson,
    /// The other.
    pub b: ReviewPerson,
    /// How strong the resemblance is.
    pub strength: MatchStrength,
    /// The matching score.
    pub score: f64,
    /// Why, strongest evidence first.
    pub reasons: Vec<MatchReason>,
    /// Reviewers already decided this pair differently: it needs a decision again.
    pub disputed: bool,
}

/// A record this one holds a decision about (or that holds one about this one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LinkedRecord {
    /// The other record.
    pub other: PersonId,
    /// What was decided.
    pub decision: LinkDecision,
    /// Reviewers decided differently at the same time.
    pub in_conflict: bool,
    /// The other record as the list shows it, if this device holds it.
    pub person: Option<PersonSummary>,
}

fn review_person(person: &Person, held_here: bool) -> ReviewPerson {
    from_reviewed(&ReviewedPerson::of(person), held_here)
}

fn from_reviewed(p: &ReviewedPerson, held_here: bool) -> ReviewPerson {
    let names: Vec<waypoint_core::model::NameComponent> = p
        .names
        .iter()
        .map(|n| waypoint_core::model::NameComponent {
            id: waypoint_core::ids::ItemId(uuid::Uuid::nil()),
            kind: NameKind::from_code(&n.kind),
            original: n.original.clone(),
            script: String::new(),
            latin: n.latin.clone(),
        })
        .collect();
    ReviewPerson {
        id: PersonId(p.id),
        held_here,
        site: p.site.clone(),
        case_number: p.case_number.clone(),
        display_name: display_name(&names),
        original_name: original_name(&names),
        names: names
            .iter()
            .map(|n| ReviewName {
                kind: n.kind,
                original: n.original.clone(),
                latin: n.latin.clone(),
            })
            .collect(),
        sex: p.sex.clone(),
        date_of_birth: p.date_of_birth.clone(),
        nationalities: p.nationalities.clone(),
        created_at: chrono::DateTime::from_timestamp_millis(p.created_at)
            .unwrap_or_default()
            .to_rfc3339(),
    }
}

/// One side of a stored pair: held here, or described by the server's profile; `None` when
/// neither (erased or purged here since).
fn side(tx: &Tx<'_>, id: PersonId) -> Result<Option<ReviewPerson>, waypoint_store::StoreError> {
    match load_person(tx, id) {
        Ok(doc) => return Ok(doc.read().ok().map(|p| review_person(&p, true))),
        Err(waypoint_store::StoreError::NotFound(_)) => {}
        // A damaged record is set aside (the list shows it as damaged); its pairs wait.
        Err(
            waypoint_store::StoreError::Quarantined { .. }
            | waypoint_store::StoreError::Document(_),
        ) => {
            return Ok(None);
        }
        Err(e) => return Err(e),
    }
    Ok(tx
        .review_person(&id.to_string())?
        .and_then(|json| serde_json::from_str::<ReviewedPerson>(&json).ok())
        .map(|p| from_reviewed(&p, false)))
}

/// Where a pair stands on this device: the decisions the records held here carry.
fn local_state(
    tx: &Tx<'_>,
    a: PersonId,
    b: PersonId,
) -> Result<PairState, waypoint_store::StoreError> {
    let about = tx
        .links_of(&a.to_string())?
        .into_iter()
        .find(|l| l.other == b);
    Ok(links::pair_state(about, None))
}

impl Waypoint {
    /// The possible duplicates waiting for a decision, strongest first: the server's pairs
    /// for this site from the last sync, less those decided on this device since.
    pub fn review_queue(&mut self) -> Result<Vec<DuplicateCandidate>, AppError> {
        let session = self.session()?;
        let queue = session.store.transaction(|tx| {
            let mut queue = Vec::new();
            for (_, _, json) in tx.review_candidates()? {
                let Ok(pair) = serde_json::from_str::<CandidatePair>(&json) else {
                    continue;
                };
                let (a, b) = (PersonId(pair.a), PersonId(pair.b));
                let disputed = match local_state(tx, a, b)? {
                    PairState::Decided(_) => continue,
                    PairState::Undecided => false,
                    PairState::Disputed => true,
                };
                let (Some(a), Some(b)) = (side(tx, a)?, side(tx, b)?) else {
                    continue;
                };
                // The record held here first.
                let (a, b) = if a.held_here { (a, b) } else { (b, a) };
                queue.push(DuplicateCandidate {
                    a,
                    b,
                    strength: match pair.strength {
                        CandidateStrength::Match => MatchStrength::Match,
                        CandidateStrength::Probable => MatchStrength::Probable,
                    },
                    score: pair.score,
                    reasons: pair
                        .reasons
                        .into_iter()
                        .map(|r| MatchReason {
                            code: r.code,
                            weight: r.weight,
                        })
                        .collect(),
                    disputed,
                });
            }
            Ok(queue)
        })?;
        Ok(queue)
    }

    /// A supervisor decides whether two records are the same person. The decision goes into
    /// each of the two records this device holds, with a history entry, and syncs; the pair
    /// leaves the queue. Returns the queue that remains.
    pub fn decide_duplicate(
        &mut self,
        a: PersonId,
        b: PersonId,
        decision: LinkDecision,
    ) -> Result<Vec<DuplicateCandidate>, AppError> {
        if a == b {
            return Err(AppError::new(
                ErrorCode::Validation,
                "a record cannot be a duplicate of itself",
            ));
        }
        let meta = self.meta()?;
        let session = self.supervisor_session("decide about possible duplicates")?;
        let actor = session.actor.clone();
        session.store.transaction(|tx| {
            let mut held = 0;
            for (this, other) in [(a, b), (b, a)] {
                let mut doc: PersonDoc = match load_person(tx, this) {
                    Ok(doc) => doc,
                    Err(waypoint_store::StoreError::NotFound(_)) => continue,
                    Err(e) => return Err(e),
                };
                held += 1;
                doc.set_actor(actor.clone());
                if doc.decide_link(other, decision, &meta)? {
                    store_person(tx, &mut doc, meta.at)?;
                }
            }
            if held == 0 {
                return Err(waypoint_store::StoreError::NotFound(a.to_string()));
            }
            tx.remove_review_candidate(&a.to_string(), &b.to_string())?;
            tx.audit(
                meta.at,
                Some(meta.officer),
                "decide_duplicate",
                Some(&format!("{a} {b}")),
                Some(decision.code()),
            )
        })?;
        self.review_queue()
    }

    /// Completes a person's view: the details of their needs (from their sensitive part), the
    /// records linked to it and the record its linked set opens on.
    pub(crate) fn with_links(&mut self, view: PersonView) -> Result<PersonView, AppError> {
        let mut view = self.with_sensitive(view)?;
        let id = view.person.id;
        let session = self.session()?;
        let (links, set) = session.store.transaction(|tx| {
            let links = tx.links_of(&id.to_string())?;
            // Most records were never reviewed: one indexed lookup, nothing more.
            if links.is_empty() {
                return Ok((links, Vec::new()));
            }
            let mut error = None;
            let set = links::linked_set(id, |p| {
                tx.links_of(&p.to_string()).unwrap_or_else(|e| {
                    error = Some(e);
                    Vec::new()
                })
            });
            if let Some(e) = error {
                return Err(e);
            }
            let mut nodes = Vec::new();
            for p in &set {
                if let Some(created_at) = tx.person_created_at(&p.to_string())? {
                    nodes.push(LinkNode { id: *p, created_at });
                }
            }
            Ok((links, nodes))
        })?;
        if links.is_empty() {
            return Ok(view);
        }
        let canonical = links::canonical(&set).filter(|c| *c != id);
        let others: Vec<PersonId> = links.iter().map(|l| l.other).collect();
        let summaries = self.summaries(&others)?;
        view.links = links
            .into_iter()
            .map(|l: IdentityLink| LinkedRecord {
                other: l.other,
                decision: l.decision,
                in_conflict: l.in_conflict,
                person: summaries.iter().find(|s| s.id == l.other).cloned(),
            })
            .collect();
        view.canonical = canonical;
        Ok(view)
    }
}
