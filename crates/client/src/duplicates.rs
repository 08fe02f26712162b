//! Likely matches while registering: the same person registered before, perhaps spelt another
//! way or written in another script. Never a decision: the official looks and decides.
//!
//! Candidates come from the device's search index (every name component of the form, in any
//! script, as one ranked query), then each is scored against the form with the name-matching
//! layer of `waypoint-core` (names per component in both scripts, date of birth with tolerance,
//! sex, nationality, document numbers).

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waypoint_core::form::RegistrationForm;
use waypoint_core::names::{self, Identity, MatchClass};

use crate::{AppError, ListQuery, PersonSummary, Waypoint, load_person};

/// How many search hits are scored at most.
const CANDIDATES: u32 = 50;

/// How strongly a registered person resembles the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MatchStrength {
    /// Almost certainly the same person.
    Match,
    /// Worth a look.
    Probable,
}

/// A registered person who may be the one being registered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LikelyMatch {
    /// The person as the list shows them.
    pub person: PersonSummary,
    /// How strong the resemblance is.
    pub strength: MatchStrength,
    /// The matching score (higher: more alike), for ordering.
    pub score: f64,
}

impl Waypoint {
    /// People on this device who may be the person the form describes, strongest first; empty
    /// while the form has no name. Works on a half-filled form.
    pub fn likely_matches(
        &mut self,
        form: &RegistrationForm,
    ) -> Result<Vec<LikelyMatch>, AppError> {
        let identity = Identity::from_form(form, self.clock.now().date_naive());
        let text: Vec<&str> = identity
            .names
            .iter()
            .flat_map(|n| {
                std::iter::once(n.original.as_str()).chain(n.latin.iter().map(String::as_str))
            })
            .filter(|t| !t.is_empty())
            .collect();
        if text.is_empty() {
            return Ok(Vec::new());
        }
        let page = self.list_people(&ListQuery {
            text: Some(text.join(" ")),
            limit: CANDIDATES,
            ..ListQuery::default()
        })?;
        let me = names::prepare(&identity);
        let session = self.session()?;
        let mut found = session.store.transaction(|tx| {
            let mut found = Vec::new();
            for summary in page.items {
                let person = load_person(tx, summary.id)?.read()?;
                let comparison =
                    names::compare(&me, &names::prepare(&Identity::from(&person.fields)));
                let strength = match comparison.class {
                    MatchClass::Match => MatchStrength::Match,
                    MatchClass::Probable => MatchStrength::Probable,
                    MatchClass::NonMatch => continue,
                };
                found.push(LikelyMatch {
                    person: summary,
                    strength,
                    score: comparison.score,
                });
            }
            Ok(found)
        })?;
        found.sort_by(|a, b| b.score.total_cmp(&a.score));
        Ok(found)
    }
}
