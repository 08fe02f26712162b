//! Duplicate decisions: a reviewer says two records are, or are not, the same person.
//!
//! Nothing is ever merged automatically, and nothing is merged destructively: "same person"
//! links the records, both documents and both histories stay, and whichever record of the
//! linked set was registered first is the one the others redirect to ([`canonical`]).
//!
//! A decision is written into **both** documents, in each one's `links` map, under the other
//! record's id, as one scalar (`same_person` or `not_same_person`): it syncs like any field.
//! Two reviewers deciding about different pairs both count; two deciding the same pair
//! differently at the same time leave a conflict on `links.<other id>` that the conflict view
//! shows with who and when, and the pair returns to the review queue until it is resolved.
//! Because links are symmetric and the redirect target is computed from the whole linked set,
//! concurrent "same person" decisions can never form a cycle of redirects.

use crate::ids::PersonId;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, VecDeque};
use ts_rs::TS;

/// What a reviewer decided about two records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LinkDecision {
    /// The same person registered twice: the records are linked into one.
    SamePerson,
    /// Two different people: the pair is not proposed again.
    NotSamePerson,
}

impl LinkDecision {
    /// The code stored in the document (the serde name).
    pub fn code(self) -> &'static str {
        match self {
            Self::SamePerson => "same_person",
            Self::NotSamePerson => "not_same_person",
        }
    }
    /// Parses a stored code; unknown codes (from a newer app) give `None`.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "same_person" => Some(Self::SamePerson),
            "not_same_person" => Some(Self::NotSamePerson),
            _ => None,
        }
    }
}

/// A decision a record holds about another record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IdentityLink {
    /// The other record.
    pub other: PersonId,
    /// The decision that currently wins (Automerge's deterministic pick when in conflict).
    pub decision: LinkDecision,
    /// Reviewers decided differently at the same time: the pair needs a review again.
    pub in_conflict: bool,
}

/// A record as [`canonical`] needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkNode {
    /// The record.
    pub id: PersonId,
    /// When it was registered.
    pub created_at: DateTime<Utc>,
}

/// The records linked to `start` by "same person" decisions, directly or through others,
/// `start` included, sorted by id. `links_of` gives the links of a record: those it holds and
/// those other records hold about it (a decision is written into both, but one of the two may
/// not have arrived yet). A link in conflict does not count.
pub fn linked_set(
    start: PersonId,
    mut links_of: impl FnMut(PersonId) -> Vec<IdentityLink>,
) -> BTreeSet<PersonId> {
    let mut seen = BTreeSet::from([start]);
    let mut queue = VecDeque::from([start]);
    while let Some(id) = queue.pop_front() {
        for link in links_of(id) {
            if link.decision == LinkDecision::SamePerson
                && !link.in_conflict
                && seen.insert(link.other)
            {
                queue.push_back(link.other);
            }
        }
    }
    seen
}

/// The record a linked set redirects to: the first registered (ties by id), among the records
/// the caller holds. The same answer on every device that holds the same records.
pub fn canonical(nodes: &[LinkNode]) -> Option<PersonId> {
    nodes
        .iter()
        .min_by_key(|n| (n.created_at, n.id))
        .map(|n| n.id)
}

/// Where a pair of records stands, from the decisions both hold about each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairState {
    /// Nobody decided: the pair may be proposed for review.
    Undecided,
    /// Decided (both records agree, or only one holds the decision yet).
    Decided(LinkDecision),
    /// Reviewers decided differently: the pair needs a review again.
    Disputed,
}

/// Combines the decisions two records hold about each other.
pub fn pair_state(a_about_b: Option<IdentityLink>, b_about_a: Option<IdentityLink>) -> PairState {
    let links: Vec<IdentityLink> = [a_about_b, b_about_a].into_iter().flatten().collect();
    if links.iter().any(|l| l.in_conflict) {
        return PairState::Disputed;
    }
    match links.as_slice() {
        [] => PairState::Undecided,
        [one] => PairState::Decided(one.decision),
        [x, y] if x.decision == y.decision => PairState::Decided(x.decision),
        _ => PairState::Disputed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use uuid::Uuid;

    fn id(n: u128) -> PersonId {
        PersonId(Uuid::from_u128(n))
    }
    fn link(other: u128, decision: LinkDecision, in_conflict: bool) -> IdentityLink {
        IdentityLink {
            other: id(other),
            decision,
            in_conflict,
        }
    }

    #[test]
    fn linked_set_follows_same_person_links_through_others_only() {
        // 1 — 2 — 3 linked, 3 says 4 is someone else, 5 is in conflict with 2.
        let links = |p: PersonId| match p.0.as_u128() {
            1 => vec![link(2, LinkDecision::SamePerson, false)],
            2 => vec![link(5, LinkDecision::SamePerson, true)],
            3 => vec![
                link(2, LinkDecision::SamePerson, false),
                link(4, LinkDecision::NotSamePerson, false),
            ],
            _ => vec![],
        };
        // The set holds what `links_of` gives: here 2 does not give 1 or 3 back, so from 1 the
        // set reaches 2, and from 3 it reaches 2 only.
        assert_eq!(linked_set(id(1), links), BTreeSet::from([id(1), id(2)]));
        assert_eq!(linked_set(id(3), links), BTreeSet::from([id(2), id(3)]));
        assert_eq!(linked_set(id(4), links), BTreeSet::from([id(4)]));
    }

    #[test]
    fn canonical_is_the_first_registered_then_the_smallest_id() {
        let at = |s| Utc.timestamp_opt(s, 0).single().unwrap_or_default();
        let nodes = [
            LinkNode {
                id: id(9),
                created_at: at(100),
            },
            LinkNode {
                id: id(7),
                created_at: at(50),
            },
            LinkNode {
                id: id(3),
                created_at: at(50),
            },
        ];
        assert_eq!(canonical(&nodes), Some(id(3)));
        assert_eq!(canonical(&[]), None);
    }

    #[test]
    fn pair_state_combines_both_sides() {
        let same = Some(link(2, LinkDecision::SamePerson, false));
        let not_same = Some(link(1, LinkDecision::NotSamePerson, false));
        assert_eq!(pair_state(None, None), PairState::Undecided);
        assert_eq!(
            pair_state(same, None),
            PairState::Decided(LinkDecision::SamePerson)
        );
        assert_eq!(
            pair_state(None, not_same),
            PairState::Decided(LinkDecision::NotSamePerson)
        );
        assert_eq!(
            pair_state(same, Some(link(1, LinkDecision::SamePerson, false))),
            PairState::Decided(LinkDecision::SamePerson)
        );
        assert_eq!(pair_state(same, not_same), PairState::Disputed);
        assert_eq!(
            pair_state(Some(link(2, LinkDecision::SamePerson, true)), None),
            PairState::Disputed
        );
    }
}
