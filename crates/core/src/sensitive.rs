//! The sensitive part of a person's record: the details officers write about a person's
//! specific needs ("medical: insulin twice a day", what a survivor of violence disclosed).
//!
//! It is its own Automerge document, so that the server can send it to supervisors' devices
//! only (`docs/threat-model.md`): a lost officer's tablet holds the needs flagged for the people
//! of its site — which the officer acts on (a child, a wheelchair) — but not these details,
//! unless that device wrote them. The person's record keeps the codes; this document keeps one
//! note per code.
//!
//! Every device derives the same id from the person's ([`sensitive_part_id`]), and every note is
//! a scalar under the root, so that parts two devices create apart merge note by note (a nested
//! map created on two devices would hide one side's notes whole).

use std::collections::BTreeMap;

use automerge::transaction::Transactable;
use automerge::{AutoCommit, ROOT, ReadDoc, ScalarValue, Value};
use uuid::Uuid;

use crate::codes::SpecificNeed;
use crate::document::{ChangeMeta, commit};
use crate::ids::PersonId;
use crate::model::SpecificNeedEntry;

/// Namespace of the sensitive-part ids (a random UUID, fixed for good).
const NAMESPACE: Uuid = Uuid::from_u128(0x2c8e_51b4_07a3_4f6d_9e12_b5c7_d0a8_3f41);

const PERSON: &str = "person";
const NOTE_PREFIX: &str = "need_note/";

/// The record id of a person's sensitive part: the same on every device.
pub fn sensitive_part_id(person: PersonId) -> Uuid {
    Uuid::new_v5(&NAMESPACE, person.as_uuid().as_bytes())
}

/// A person's sensitive part.
#[derive(Debug, Clone)]
pub struct SensitiveDoc {
    doc: AutoCommit,
}

impl SensitiveDoc {
    /// An empty part for `person`.
    pub fn new(person: PersonId) -> Self {
        let mut doc = AutoCommit::new();
        // Every device writes the same value here: concurrent creations agree.
        let _ = doc.put(ROOT, PERSON, person.to_string());
        Self { doc }
    }

    /// Wraps a loaded document.
    pub fn from_automerge(doc: AutoCommit) -> Self {
        Self { doc }
    }

    /// The Automerge document, to save or merge.
    pub fn automerge(&mut self) -> &mut AutoCommit {
        &mut self.doc
    }

    /// The person it belongs to.
    pub fn person(&self) -> Option<PersonId> {
        match self.doc.get(ROOT, PERSON) {
            Ok(Some((Value::Scalar(s), _))) => match s.as_ref() {
                ScalarValue::Str(text) => text.parse().ok(),
                _ => None,
            },
            _ => None,
        }
    }

    /// The note of each specific need that has one.
    pub fn notes(&self) -> BTreeMap<SpecificNeed, String> {
        self.doc
            .keys(ROOT)
            .filter_map(|key| {
                let need = SpecificNeed::from_code(key.strip_prefix(NOTE_PREFIX)?)?;
                match self.doc.get(ROOT, &key) {
                    Ok(Some((Value::Scalar(s), _))) => match s.as_ref() {
                        ScalarValue::Str(text) if !text.is_empty() => {
                            Some((need, text.to_string()))
                        }
                        _ => None,
                    },
                    _ => None,
                }
            })
            .collect()
    }

    /// Writes the notes of `needs` (the person's specific needs as edited): a changed note is
    /// written, an emptied one or one of a need no longer flagged is removed. Notes this device
    /// does not hold (withheld from it) are not touched. Returns whether anything changed.
    pub fn set_notes(&mut self, needs: &[SpecificNeedEntry], meta: &ChangeMeta) -> bool {
        self.write_notes(needs, meta, true)
    }

    /// Adds the notes an officer who may not read this part typed (a supervisor's device,
    /// unlocked by an officer, who was shown no notes): nothing is removed, and a note added to
    /// a need that has one already is appended to it, so the details the officer never saw are
    /// kept. Returns whether anything changed.
    pub fn add_notes(&mut self, needs: &[SpecificNeedEntry], meta: &ChangeMeta) -> bool {
        self.write_notes(needs, meta, false)
    }

    fn write_notes(&mut self, needs: &[SpecificNeedEntry], meta: &ChangeMeta, read: bool) -> bool {
        let current = self.notes();
        let mut changed = false;
        if read {
            for (need, _) in current.iter().filter(|(need, _)| {
                !needs
                    .iter()
                    .any(|n| n.need == **need && !n.note.trim().is_empty())
            }) {
                let _ = self
                    .doc
                    .delete(ROOT, format!("{NOTE_PREFIX}{}", need.code()));
                changed = true;
            }
        }
        for entry in needs {
            let typed = entry.note.trim();
            let old = current.get(&entry.need).map(String::as_str);
            let note = match old {
                Some(old) if !read && !typed.is_empty() => format!("{old}\n{typed}"),
                _ => typed.to_owned(),
            };
            if !typed.is_empty() && old != Some(note.as_str()) {
                let _ = self
                    .doc
                    .put(ROOT, format!("{NOTE_PREFIX}{}", entry.need.code()), note);
                changed = true;
            }
        }
        if changed {
            commit(&mut self.doc, meta);
        }
        changed
    }
}

/// `needs` with each note taken from `notes` where it has one (the person's record holds the
/// codes; notes written before the sensitive part existed stay where they were).
pub fn with_notes(
    needs: &[SpecificNeedEntry],
    notes: &BTreeMap<SpecificNeed, String>,
) -> Vec<SpecificNeedEntry> {
    needs
        .iter()
        .map(|entry| SpecificNeedEntry {
            need: entry.need,
            note: notes
                .get(&entry.need)
                .cloned()
                .unwrap_or_else(|| entry.note.clone()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::meta;

    fn need(code: &str, note: &str) -> SpecificNeedEntry {
        SpecificNeedEntry {
            need: SpecificNeed::from_code(code).expect("code"),
            note: note.into(),
        }
    }

    fn person() -> PersonId {
        PersonId::from_uuid(Uuid::from_u128(7))
    }

    #[test]
    fn the_id_is_derived_from_the_person_and_differs_from_it() {
        assert_eq!(sensitive_part_id(person()), sensitive_part_id(person()));
        assert_ne!(sensitive_part_id(person()), *person().as_uuid());
        assert_ne!(
            sensitive_part_id(person()),
            sensitive_part_id(PersonId::from_uuid(Uuid::from_u128(8)))
        );
    }

    #[test]
    fn notes_are_written_changed_and_removed_and_survive_a_reload() {
        let mut doc = SensitiveDoc::new(person());
        assert!(doc.set_notes(&[need("DS", "wheelchair"), need("SC", "")], &meta(0)));
        assert!(
            !doc.set_notes(&[need("DS", "wheelchair"), need("SC", "")], &meta(1)),
            "the same notes change nothing"
        );
        let mut doc =
            SensitiveDoc::from_automerge(AutoCommit::load(&doc.automerge().save()).expect("load"));
        assert_eq!(doc.person(), Some(person()));
        assert_eq!(
            doc.notes(),
            BTreeMap::from([(
                SpecificNeed::from_code("DS").expect("DS"),
                "wheelchair".into()
            )])
        );
        assert!(doc.set_notes(&[need("DS", "")], &meta(2)), "emptied");
        assert!(doc.notes().is_empty());
    }

    #[test]
    fn parts_created_on_two_devices_merge_note_by_note() {
        let mut a = SensitiveDoc::new(person());
        let mut b = SensitiveDoc::new(person());
        a.set_notes(&[need("DS", "wheelchair")], &meta(0));
        b.set_notes(&[need("SM", "insulin twice a day")], &meta(1));
        let mut merged = a.automerge().fork();
        merged.merge(b.automerge()).expect("merge");
        let merged = SensitiveDoc::from_automerge(merged);
        assert_eq!(
            merged.notes().len(),
            2,
            "neither device's note hides the other's"
        );
        assert_eq!(merged.person(), Some(person()));
    }

    #[test]
    fn record_notes_are_overlaid_and_old_notes_in_the_record_stay() {
        let notes = BTreeMap::from([(SpecificNeed::from_code("DS").expect("DS"), "ramp".into())]);
        let shown = with_notes(&[need("DS", ""), need("SC", "older note")], &notes);
        assert_eq!(shown, [need("DS", "ramp"), need("SC", "older note")]);
    }

    #[test]
    fn an_officer_who_may_not_read_the_notes_adds_to_them_and_removes_none() {
        let mut doc = SensitiveDoc::new(person());
        doc.set_notes(
            &[need("SV", "disclosed"), need("DS", "wheelchair")],
            &meta(0),
        );
        // The officer was shown both needs without notes, and typed one.
        assert!(doc.add_notes(
            &[need("SV", ""), need("DS", ""), need("SM", "insulin")],
            &meta(1)
        ));
        assert!(doc.add_notes(&[need("SV", "asks for a woman officer")], &meta(2)));
        let notes = doc.notes();
        assert_eq!(
            notes[&SpecificNeed::from_code("SV").expect("SV")],
            "disclosed\nasks for a woman officer"
        );
        assert_eq!(
            notes[&SpecificNeed::from_code("DS").expect("DS")],
            "wheelchair"
        );
        assert_eq!(
            notes[&SpecificNeed::from_code("SM").expect("SM")],
            "insulin"
        );
        assert!(
            !doc.add_notes(&[need("SV", ""), need("DS", "")], &meta(3)),
            "nothing typed"
        );
    }
}
