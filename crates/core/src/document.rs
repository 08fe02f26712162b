//! Records as Automerge documents: the schema, the merge rules, history and conflicts.
//!
//! # Schema (version 1)
//! Every document is a root map with `schema` (an integer), `type` (`person` or `group`), `id`,
//! creation metadata, the record's fields and an append-only `history` list.
//!
//! The shape is chosen so that Automerge's merge does the right thing on its own:
//! - every independently editable value is its own map key, so concurrent edits of different
//!   fields merge;
//! - collections are maps keyed by a stable id (`names`, `documents`, `family_in_eu`,
//!   `members`) or by the code itself (`nationalities`, `languages`, `specific_needs`,
//!   `consent`), so concurrent additions both survive and an item is edited in place;
//! - values that only make sense whole (a date of birth with its precision, a list of Latin
//!   forms, a consent decision) are one scalar, so a concurrent change is one clean conflict
//!   rather than a mix of parts;
//! - `history` is a list appended at its end; entries from two devices both survive;
//! - `links` maps another record's id to a reviewer's decision about it (same person or not,
//!   [`crate::links`]), one scalar per pair, so that concurrent decisions about one pair are a
//!   plain conflict; like `leaflet_handovers`, older records get the map on first use and reads
//!   take every concurrent map;
//! - `leaflet_handovers` is an append-only list of maps, one per hand-over
//!   ([`crate::handover`]), never edited or deleted. Records created before it existed get it
//!   on their first hand-over; if two devices do that concurrently, each creates its own list
//!   under the key, so reads take the entries of every concurrent list;
//! - objects are only created when a record is created, or under fresh keys, so two devices never
//!   create the same key's object concurrently: every conflict is between scalars.
//!
//! Concurrent writes of the same key are never silently dropped: Automerge keeps all of them,
//! [`conflicts`] lists each with who wrote it and when (from the change's metadata), and
//! resolving writes the chosen value over all of them and records it in history.
//!
//! Unknown keys (from a newer schema) are never touched: edits write only the keys they know.
//! Each change carries the officer and device in its message and the time in milliseconds.

use crate::case_number::{CaseNumber, SiteCode};
use crate::codes::{Country, Language, Nationality, SpecificNeed};
use crate::handover::{Acknowledgement, HandoverDetails, HandoverFormat, LeafletHandover};
use crate::ids::{DeviceId, GroupId, ItemId, OfficerId, PersonId};
use crate::leaflets::LeafletVersion;
use crate::links::{IdentityLink, LinkDecision};
use crate::model::{
    Arrival, ArrivalMeans, Consent, ConsentScope, DateOfBirth, DocumentKind, FamilyMemberInEu,
    GroupMember, HistoryAction, HistoryEntry, IdentityDocument, NameComponent, NameKind, Person,
    PersonFields, RegistrationGroup, Relationship, Sex, SpecificNeedEntry, Status,
};
use automerge::transaction::{CommitOptions, Transactable};
use automerge::{
    ActorId, AutoCommit, ChangeHash, ObjId, ObjType, ROOT, ReadDoc, ScalarValue, Value,
};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use ts_rs::TS;

/// The schema version this build writes.
pub const SCHEMA_VERSION: u64 = 1;

/// The root key of a person's list of leaflet hand-overs.
const HANDOVERS: &str = "leaflet_handovers";

/// The root key of a person's map of duplicate decisions ([`crate::links`]).
const LINKS: &str = "links";

/// Who makes a change, where, and when. Passed in: core reads no clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeMeta {
    /// The officer making the change.
    pub officer: OfficerId,
    /// The device it is made on.
    pub device: DeviceId,
    /// The device's clock.
    pub at: DateTime<Utc>,
}

/// A document that cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DocError {
    /// The bytes are not an Automerge document.
    #[error("document bytes do not load: {0}")]
    Load(#[source] Box<automerge::AutomergeError>),
    /// The document loads but is not a record of the expected type.
    #[error("document is not a {expected} record (type is {found:?})")]
    WrongType {
        /// What was expected.
        expected: &'static str,
        /// What the document says.
        found: Option<String>,
    },
    /// A required field is missing or unreadable.
    #[error("document field {0:?} is missing or unreadable")]
    Field(&'static str),
    /// Automerge refused an operation.
    #[error("document operation failed: {0}")]
    Automerge(#[source] Box<automerge::AutomergeError>),
    /// A conflict resolution named a field that is not in conflict.
    #[error("field {0:?} has no conflict to resolve; reload the record")]
    NoConflict(String),
}

impl From<automerge::AutomergeError> for DocError {
    fn from(e: automerge::AutomergeError) -> Self {
        Self::Automerge(Box::new(e))
    }
}

/// A scalar value of a field, as conflicts show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
#[ts(export)]
pub enum FieldValue {
    /// Text.
    Text(String),
    /// Yes or no.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A time, milliseconds since the Unix epoch.
    Timestamp(i64),
    /// Binary data (shown by size only).
    Bytes(#[ts(type = "number[]")] Vec<u8>),
    /// Nothing.
    Null,
}

impl FieldValue {
    fn from_scalar(s: &ScalarValue) -> Self {
        match s {
            ScalarValue::Str(t) => Self::Text(t.to_string()),
            ScalarValue::Boolean(b) => Self::Bool(*b),
            ScalarValue::Int(i) => Self::Int(*i),
            ScalarValue::Uint(u) => Self::Int(i64::try_from(*u).unwrap_or(i64::MAX)),
            ScalarValue::Timestamp(t) => Self::Timestamp(*t),
            ScalarValue::Bytes(b) => Self::Bytes(b.clone()),
            ScalarValue::F64(f) => Self::Text(f.to_string()),
            ScalarValue::Counter(c) => Self::Int(i64::from(c)),
            _ => Self::Null,
        }
    }
    fn to_scalar(&self) -> ScalarValue {
        match self {
            Self::Text(t) => ScalarValue::Str(t.as_str().into()),
            Self::Bool(b) => ScalarValue::Boolean(*b),
            Self::Int(i) => ScalarValue::Int(*i),
            Self::Timestamp(t) => ScalarValue::Timestamp(*t),
            Self::Bytes(b) => ScalarValue::Bytes(b.clone()),
            Self::Null => ScalarValue::Null,
        }
    }
    /// A short text for history and display.
    pub fn display(&self) -> String {
        match self {
            Self::Text(t) => t.clone(),
            Self::Bool(b) => b.to_string(),
            Self::Int(i) => i.to_string(),
            Self::Timestamp(t) => Utc
                .timestamp_millis_opt(*t)
                .single()
                .map(|d| d.to_rfc3339())
                .unwrap_or_default(),
            Self::Bytes(b) => format!("({} bytes)", b.len()),
            Self::Null => String::new(),
        }
    }
}

/// One of the concurrent values of a field in conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConflictValue {
    /// The value.
    pub value: FieldValue,
    /// Who wrote it, from the change's metadata (absent if the change carries none).
    pub officer: Option<OfficerId>,
    /// On which device.
    pub device: Option<DeviceId>,
    /// When, on that device's clock.
    pub at: Option<DateTime<Utc>>,
}

/// A field that two or more devices changed concurrently to different values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Conflict {
    /// Path of the field, e.g. `sex`, `names.<id>.original`, `arrival.border_point`.
    pub field: String,
    /// The concurrent values, in a stable order (the value Automerge shows first).
    pub values: Vec<ConflictValue>,
}

#[derive(Serialize, Deserialize)]
struct CommitMessage {
    officer: OfficerId,
    device: DeviceId,
}

pub(crate) fn commit(doc: &mut AutoCommit, meta: &ChangeMeta) {
    let message = serde_json::to_string(&CommitMessage {
        officer: meta.officer,
        device: meta.device,
    })
    .unwrap_or_default();
    doc.commit_with(
        CommitOptions::default()
            .with_message(message)
            .with_time(meta.at.timestamp_millis()),
    );
}

fn ms_to_time(ms: i64) -> Option<DateTime<Utc>> {
    Utc.timestamp_millis_opt(ms).single()
}

/// Writes fields into a document, writing only what differs and noting each change for history.
struct Writer<'a> {
    doc: &'a mut AutoCommit,
    changed: Vec<(String, Option<String>)>,
    record: bool,
}

impl<'a> Writer<'a> {
    fn new(doc: &'a mut AutoCommit, record: bool) -> Self {
        Self {
            doc,
            changed: Vec::new(),
            record,
        }
    }

    fn note(&mut self, path: &str, value: Option<String>) {
        if self.record {
            self.changed.push((path.to_owned(), value));
        }
    }

    /// Puts a scalar unless the current (winning) value is already equal. A field in conflict
    /// whose winning value equals the new one stays in conflict: only an explicit edit or
    /// resolution ends a conflict.
    fn scalar(
        &mut self,
        obj: &ObjId,
        key: &str,
        path: &str,
        value: ScalarValue,
    ) -> Result<(), DocError> {
        if let Some((Value::Scalar(cur), _)) = self.doc.get(obj, key)?
            && cur.as_ref() == &value
        {
            return Ok(());
        }
        let shown = match &value {
            ScalarValue::Bytes(b) => Some(format!("({} bytes)", b.len())),
            v => Some(FieldValue::from_scalar(v).display()),
        };
        self.doc.put(obj, key, value)?;
        self.note(path, shown);
        Ok(())
    }

    fn text(&mut self, obj: &ObjId, key: &str, path: &str, value: &str) -> Result<(), DocError> {
        self.scalar(obj, key, path, ScalarValue::Str(value.into()))
    }

    /// Writes `Some` as a scalar and `None` as an absent key.
    fn optional(
        &mut self,
        obj: &ObjId,
        key: &str,
        path: &str,
        value: Option<ScalarValue>,
    ) -> Result<(), DocError> {
        match value {
            Some(v) => self.scalar(obj, key, path, v),
            None => {
                if self.doc.get(obj, key)?.is_some() {
                    self.doc.delete(obj, key)?;
                    self.note(path, None);
                }
                Ok(())
            }
        }
    }

    fn map(&mut self, obj: &ObjId, key: &str) -> Result<ObjId, DocError> {
        match self.doc.get(obj, key)? {
            Some((Value::Object(ObjType::Map), id)) => Ok(id),
            _ => Ok(self.doc.put_object(obj, key, ObjType::Map)?),
        }
    }

    /// Makes the map at `key` hold exactly `items` (keyed by id), writing each item with `write`.
    fn keyed<T>(
        &mut self,
        obj: &ObjId,
        key: &str,
        items: &[T],
        id_of: impl Fn(&T) -> String,
        mut write: impl FnMut(&mut Self, &ObjId, &str, &T) -> Result<(), DocError>,
    ) -> Result<(), DocError> {
        let map = self.map(obj, key)?;
        let wanted: Vec<String> = items.iter().map(&id_of).collect();
        let existing: Vec<String> = self.doc.keys(&map).collect();
        for k in existing.iter().filter(|k| !wanted.contains(k)) {
            self.doc.delete(&map, k.as_str())?;
            self.note(&format!("{key}.{k}"), None);
        }
        for (item, id) in items.iter().zip(&wanted) {
            let item_obj = self.map(&map, id)?;
            write(self, &item_obj, &format!("{key}.{id}"), item)?;
        }
        Ok(())
    }

    /// Makes the map at `key` a set of exactly `codes` (each code → true).
    fn set(&mut self, obj: &ObjId, key: &str, codes: &[&str]) -> Result<(), DocError> {
        let map = self.map(obj, key)?;
        let existing: Vec<String> = self.doc.keys(&map).collect();
        for k in existing.iter().filter(|k| !codes.contains(&k.as_str())) {
            self.doc.delete(&map, k.as_str())?;
            self.note(&format!("{key}.{k}"), Some("removed".into()));
        }
        for code in codes {
            if self.doc.get(&map, *code)?.is_none() {
                self.doc.put(&map, *code, true)?;
                self.note(&format!("{key}.{code}"), Some("added".into()));
            }
        }
        Ok(())
    }

    fn arrival(&mut self, obj: &ObjId, arrival: &Arrival) -> Result<(), DocError> {
        let a = self.map(obj, "arrival")?;
        self.optional(
            &a,
            "at",
            "arrival.at",
            arrival
                .at
                .map(|t| ScalarValue::Timestamp(t.timestamp_millis())),
        )?;
        self.text(
            &a,
            "border_point",
            "arrival.border_point",
            &arrival.border_point,
        )?;
        self.optional(
            &a,
            "means",
            "arrival.means",
            arrival.means.map(|m| ScalarValue::Str(m.code().into())),
        )
    }
}

fn append_history(
    doc: &mut AutoCommit,
    meta: &ChangeMeta,
    action: HistoryAction,
    field: Option<&str>,
    value: Option<&str>,
) -> Result<(), DocError> {
    let history = match doc.get(ROOT, "history")? {
        Some((Value::Object(ObjType::List), id)) => id,
        _ => doc.put_object(ROOT, "history", ObjType::List)?,
    };
    let at = doc.length(&history);
    let entry = doc.insert_object(&history, at, ObjType::Map)?;
    doc.put(
        &entry,
        "at",
        ScalarValue::Timestamp(meta.at.timestamp_millis()),
    )?;
    doc.put(&entry, "officer", meta.officer.to_string())?;
    doc.put(&entry, "device", meta.device.to_string())?;
    doc.put(&entry, "action", action.code())?;
    if let Some(f) = field {
        doc.put(&entry, "field", f)?;
    }
    if let Some(v) = value {
        doc.put(&entry, "value", v)?;
    }
    Ok(())
}

fn write_history(
    doc: &mut AutoCommit,
    meta: &ChangeMeta,
    changed: Vec<(String, Option<String>)>,
) -> Result<(), DocError> {
    for (path, value) in changed {
        let action = if path.starts_with("consent.") {
            HistoryAction::ConsentChanged
        } else if path == "status" {
            HistoryAction::StatusChanged
        } else {
            HistoryAction::FieldChanged
        };
        append_history(doc, meta, action, Some(&path), value.as_deref())?;
    }
    Ok(())
}

/// Reads typed values out of a document, leniently: a value of an unexpected type reads as
/// absent, so a document from a newer or buggy writer still shows what it can.
struct Reader<'a> {
    doc: &'a AutoCommit,
    /// Each map read so far, key by key. A record has some sixty fields: reading each map in
    /// one pass of `map_range` is about three times quicker than seeking every key with `get`
    /// (a new device reads a hundred thousand records on its first pull). Both give the same
    /// winning value of a key with concurrent values.
    maps: std::cell::RefCell<HashMap<ObjId, std::rc::Rc<MapEntries>>>,
}

/// The visible value of each key of a map; objects with their id; whether the key holds
/// concurrent values.
type MapEntries = HashMap<String, (Value<'static>, Option<ObjId>, bool)>;

impl<'a> Reader<'a> {
    fn new(doc: &'a AutoCommit) -> Self {
        Reader {
            doc,
            maps: std::cell::RefCell::default(),
        }
    }

    fn entries(&self, obj: &ObjId) -> std::rc::Rc<MapEntries> {
        let mut maps = self.maps.borrow_mut();
        if let Some(entries) = maps.get(obj) {
            return std::rc::Rc::clone(entries);
        }
        std::rc::Rc::clone(maps.entry(obj.clone()).or_insert_with(|| {
            std::rc::Rc::new(
                self.doc
                    .map_range(obj, ..)
                    .map(|item| {
                        let id =
                            matches!(item.value, automerge::ValueRef::Object(_)).then(|| item.id());
                        let conflict = item.conflict;
                        (
                            item.key.into_owned(),
                            (item.value.into_value(), id, conflict),
                        )
                    })
                    .collect(),
            )
        }))
    }

    fn get(&self, obj: &ObjId, key: &str) -> Option<(Value<'static>, Option<ObjId>)> {
        self.entries(obj)
            .get(key)
            .map(|(value, id, _)| (value.clone(), id.clone()))
    }

    fn scalar(&self, obj: &ObjId, key: &str) -> Option<ScalarValue> {
        match self.get(obj, key) {
            Some((Value::Scalar(s), _)) => Some(s.into_owned()),
            _ => None,
        }
    }
    fn text(&self, obj: &ObjId, key: &str) -> Option<String> {
        match self.scalar(obj, key) {
            Some(ScalarValue::Str(s)) => Some(s.to_string()),
            _ => None,
        }
    }
    fn text_or_empty(&self, obj: &ObjId, key: &str) -> String {
        self.text(obj, key).unwrap_or_default()
    }
    fn bool(&self, obj: &ObjId, key: &str) -> Option<bool> {
        match self.scalar(obj, key) {
            Some(ScalarValue::Boolean(b)) => Some(b),
            _ => None,
        }
    }
    fn time(&self, obj: &ObjId, key: &str) -> Option<DateTime<Utc>> {
        match self.scalar(obj, key) {
            Some(ScalarValue::Timestamp(t) | ScalarValue::Int(t)) => ms_to_time(t),
            _ => None,
        }
    }
    fn uint(&self, obj: &ObjId, key: &str) -> Option<u64> {
        match self.scalar(obj, key) {
            Some(ScalarValue::Uint(u)) => Some(u),
            Some(ScalarValue::Int(i)) => u64::try_from(i).ok(),
            _ => None,
        }
    }
    fn parsed<T: std::str::FromStr>(&self, obj: &ObjId, key: &str) -> Option<T> {
        self.text(obj, key).and_then(|s| s.parse().ok())
    }
    fn map(&self, obj: &ObjId, key: &str) -> Option<ObjId> {
        match self.get(obj, key) {
            Some((Value::Object(ObjType::Map), id)) => id,
            _ => None,
        }
    }
    /// Keys of the map at `key`, in key order, with the item map for each key that holds one.
    fn items(&self, obj: &ObjId, key: &str) -> Vec<(String, ObjId)> {
        let Some(map) = self.map(obj, key) else {
            return Vec::new();
        };
        let mut items: Vec<(String, ObjId)> = self
            .entries(&map)
            .iter()
            .filter_map(|(k, (v, id, _))| match (v, id) {
                (Value::Object(ObjType::Map), Some(id)) => Some((k.clone(), id.clone())),
                _ => None,
            })
            .collect();
        items.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        items
    }
    /// Keys of the map at `key`, in key order.
    fn set(&self, obj: &ObjId, key: &str) -> Vec<String> {
        let Some(map) = self.map(obj, key) else {
            return Vec::new();
        };
        let mut keys: Vec<String> = self.entries(&map).keys().cloned().collect();
        keys.sort_unstable();
        keys
    }
    fn arrival(&self, obj: &ObjId) -> Arrival {
        let Some(a) = self.map(obj, "arrival") else {
            return Arrival::default();
        };
        Arrival {
            at: self.time(&a, "at"),
            border_point: self.text_or_empty(&a, "border_point"),
            means: self
                .text(&a, "means")
                .and_then(|m| ArrivalMeans::from_code(&m)),
        }
    }
    fn handover(&self, e: &ObjId) -> Option<LeafletHandover> {
        Some(LeafletHandover {
            id: self.parsed(e, "id")?,
            details: HandoverDetails {
                leaflet: self.text(e, "leaflet").and_then(|l| l.try_into().ok())?,
                version: LeafletVersion::from_hex(&self.text(e, "version")?)?,
                language: self.text(e, "language").and_then(|l| l.try_into().ok())?,
                format: HandoverFormat::from_code(&self.text(e, "format")?)?,
                explained_orally: self.bool(e, "explained_orally").unwrap_or(false),
                interpreter_language: self
                    .text(e, "interpreter_language")
                    .and_then(|l| Language::new(&l)),
                acknowledgement: self
                    .text(e, "acknowledgement")
                    .and_then(|a| Acknowledgement::from_code(&a))
                    .unwrap_or(Acknowledgement::None),
            },
            officer: self.parsed(e, "officer")?,
            device: self.parsed(e, "device")?,
            site: self.text(e, "site").and_then(|s| SiteCode::new(&s).ok())?,
            at: self.time(e, "at")?,
        })
    }
    fn check_type(&self, expected: &'static str) -> Result<(), DocError> {
        let found = self.text(&ROOT, "type");
        if found.as_deref() == Some(expected) {
            Ok(())
        } else {
            Err(DocError::WrongType { expected, found })
        }
    }
    fn history(&self) -> Vec<HistoryEntry> {
        let Some((Value::Object(ObjType::List), list)) =
            self.doc.get(ROOT, "history").ok().flatten()
        else {
            return Vec::new();
        };
        let mut entries: Vec<HistoryEntry> = (0..self.doc.length(&list))
            .filter_map(|i| match self.doc.get(&list, i).ok().flatten() {
                Some((Value::Object(ObjType::Map), e)) => Some(HistoryEntry {
                    at: self.time(&e, "at")?,
                    officer: self.parsed(&e, "officer")?,
                    device: self.parsed(&e, "device")?,
                    action: HistoryAction::from_code(&self.text_or_empty(&e, "action")),
                    field: self.text(&e, "field"),
                    value: self.text(&e, "value"),
                }),
                _ => None,
            })
            .collect();
        // Concurrent appends land in a deterministic but arbitrary order: show them by time.
        entries.sort_by_key(|e| e.at);
        entries
    }
}

/// The person a reader's document holds.
fn read_person(r: &Reader<'_>) -> Result<Person, DocError> {
    r.check_type("person")?;
    Ok(Person {
        id: r.parsed(&ROOT, "id").ok_or(DocError::Field("id"))?,
        case_number: r
            .parsed(&ROOT, "case_number")
            .ok_or(DocError::Field("case_number"))?,
        group: r.parsed(&ROOT, "group"),
        site: r
            .text(&ROOT, "site")
            .and_then(|s| SiteCode::new(&s).ok())
            .ok_or(DocError::Field("site"))?,
        registered_by: r
            .parsed(&ROOT, "registered_by")
            .ok_or(DocError::Field("registered_by"))?,
        device: r.parsed(&ROOT, "device").ok_or(DocError::Field("device"))?,
        created_at: r
            .time(&ROOT, "created_at")
            .ok_or(DocError::Field("created_at"))?,
        schema_version: r.uint(&ROOT, "schema").unwrap_or(0),
        fields: read_person_fields(r),
    })
}

/// A field with concurrent values: its path and each value with the operation that wrote it.
type RawConflict = (String, Vec<(ScalarValue, automerge::ObjId)>);

/// Every field of the document (history aside) whose concurrent values differ.
fn find_conflicts(doc: &mut AutoCommit) -> Vec<Conflict> {
    let raw = raw_conflicts(&Reader::new(doc));
    describe_conflicts(doc, raw)
}

/// The fields with concurrent values that differ, read through `r` (whose maps are read
/// once: a reader that has just read the record finds its conflicts almost for free).
fn raw_conflicts(r: &Reader<'_>) -> Vec<RawConflict> {
    fn walk(r: &Reader<'_>, obj: &ObjId, prefix: &str, out: &mut Vec<RawConflict>) {
        // Automerge flags the keys holding concurrent values, and only those are read again
        // in full (reading every key with `get_all` was a fifth of a new device's pull).
        let entries = r.entries(obj);
        let mut keys: Vec<&String> = entries.keys().collect();
        keys.sort_unstable();
        for key in keys {
            if prefix.is_empty() && key == "history" {
                continue;
            }
            let path = if prefix.is_empty() {
                key.clone()
            } else {
                format!("{prefix}.{key}")
            };
            let (value, id, conflict) = &entries[key];
            if !conflict {
                if let (Value::Object(ObjType::Map), Some(map)) = (value, id) {
                    walk(r, map, &path, out);
                }
                continue;
            }
            let all = r.doc.get_all(obj, key.as_str()).unwrap_or_default();
            let mut scalars: Vec<(ScalarValue, automerge::ObjId)> = Vec::new();
            for (value, id) in &all {
                match value {
                    Value::Scalar(s) => scalars.push((s.clone().into_owned(), id.clone())),
                    Value::Object(ObjType::Map) => walk(r, id, &path, out),
                    Value::Object(_) => {}
                }
            }
            let mut distinct: Vec<&ScalarValue> = Vec::new();
            for (s, _) in &scalars {
                if !distinct.contains(&s) {
                    distinct.push(s);
                }
            }
            if distinct.len() > 1 {
                out.push((path, scalars));
            }
        }
    }
    let mut raw = Vec::new();
    walk(r, &ROOT, "", &mut raw);
    raw
}

/// Who wrote each concurrent value, and when.
fn describe_conflicts(doc: &mut AutoCommit, raw: Vec<RawConflict>) -> Vec<Conflict> {
    raw.into_iter()
        .map(|(field, scalars)| {
            let mut values: Vec<ConflictValue> = Vec::new();
            for (s, opid) in scalars {
                let value = FieldValue::from_scalar(&s);
                if values.iter().any(|v| v.value == value) {
                    continue;
                }
                let meta = doc
                    .hash_for_opid(&opid)
                    .and_then(|h| doc.get_change_meta_by_hash(&h).map(|m| m.into_owned()));
                let message: Option<CommitMessage> = meta.as_ref().and_then(|m| {
                    m.message
                        .as_deref()
                        .and_then(|t| serde_json::from_str(t).ok())
                });
                values.push(ConflictValue {
                    value,
                    officer: message.as_ref().map(|m| m.officer),
                    device: message.as_ref().map(|m| m.device),
                    at: meta.and_then(|m| ms_to_time(m.timestamp)),
                });
            }
            Conflict { field, values }
        })
        .collect()
}

/// Follows a dotted path to the map holding its last key.
fn resolve_path(doc: &AutoCommit, path: &str) -> Option<(ObjId, String)> {
    let mut parts: Vec<&str> = path.split('.').collect();
    let last = parts.pop()?.to_owned();
    let mut obj = ROOT;
    for p in parts {
        obj = match doc.get(&obj, p).ok().flatten() {
            Some((Value::Object(ObjType::Map), id)) => id,
            _ => return None,
        };
    }
    Some((obj, last))
}

/// Operations every record document has.
macro_rules! record_doc_common {
    ($t:ty) => {
        impl $t {
            /// Loads a document from saved bytes (a `save()` snapshot followed by any
            /// incremental chunks).
            pub fn load(bytes: &[u8]) -> Result<Self, DocError> {
                AutoCommit::load(bytes)
                    .map(|doc| Self { doc })
                    .map_err(|e| DocError::Load(Box::new(e)))
            }
            /// Wraps a document already loaded (e.g. by the store from snapshot plus chunks).
            pub fn from_automerge(doc: AutoCommit) -> Self {
                Self { doc }
            }
            /// Uses this actor for new changes (one per device session, never reused elsewhere).
            pub fn set_actor(&mut self, actor: ActorId) {
                self.doc.set_actor(actor);
            }
            /// The underlying Automerge document (for sync and storage).
            pub fn automerge(&mut self) -> &mut AutoCommit {
                &mut self.doc
            }
            /// The whole document, compacted.
            pub fn save(&mut self) -> Vec<u8> {
                self.doc.save()
            }
            /// The changes since the last `save` or `save_incremental`.
            pub fn save_incremental(&mut self) -> Vec<u8> {
                self.doc.save_incremental()
            }
            /// The current heads.
            pub fn heads(&mut self) -> Vec<ChangeHash> {
                self.doc.get_heads()
            }
            /// Merges another replica of the same record into this one.
            pub fn merge(&mut self, other: &mut Self) -> Result<(), DocError> {
                self.doc.merge(&mut other.doc)?;
                Ok(())
            }
            /// The record's history, oldest first.
            pub fn history(&self) -> Vec<HistoryEntry> {
                Reader::new(&self.doc).history()
            }
            /// Fields changed concurrently to different values, with who wrote each and when.
            pub fn conflicts(&mut self) -> Vec<Conflict> {
                find_conflicts(&mut self.doc)
            }
            /// Resolves a conflict by writing `value` over all concurrent values of `field`, and
            /// records the resolution in history.
            pub fn resolve_conflict(
                &mut self,
                field: &str,
                value: &FieldValue,
                meta: &ChangeMeta,
            ) -> Result<(), DocError> {
                if !self.conflicts().iter().any(|c| c.field == field) {
                    return Err(DocError::NoConflict(field.to_owned()));
                }
                let (obj, key) = resolve_path(&self.doc, field)
                    .ok_or_else(|| DocError::NoConflict(field.to_owned()))?;
                self.doc.put(&obj, key.as_str(), value.to_scalar())?;
                append_history(
                    &mut self.doc,
                    meta,
                    HistoryAction::ConflictResolved,
                    Some(field),
                    Some(&value.display()),
                )?;
                commit(&mut self.doc, meta);
                Ok(())
            }
            /// The schema version the document was written with.
            pub fn schema_version(&self) -> u64 {
                Reader::new(&self.doc).uint(&ROOT, "schema").unwrap_or(0)
            }
        }
    };
}

/// A person's record as an Automerge document.
#[derive(Debug, Clone)]
pub struct PersonDoc {
    doc: AutoCommit,
}

record_doc_common!(PersonDoc);

/// What a new person record is created with.
#[derive(Debug, Clone)]
pub struct NewPerson<'a> {
    /// Record id.
    pub id: PersonId,
    /// Case number.
    pub case_number: &'a CaseNumber,
    /// Site.
    pub site: &'a SiteCode,
    /// Household, if any.
    pub group: Option<GroupId>,
    /// Validated fields.
    pub fields: &'a PersonFields,
}

impl PersonDoc {
    /// Creates the document of a newly registered (or pre-registered) person.
    pub fn create(
        new: &NewPerson<'_>,
        meta: &ChangeMeta,
        actor: ActorId,
    ) -> Result<Self, DocError> {
        let mut doc = AutoCommit::new().with_actor(actor);
        doc.put(ROOT, "schema", ScalarValue::Uint(SCHEMA_VERSION))?;
        doc.put(ROOT, "type", "person")?;
        doc.put(ROOT, "id", new.id.to_string())?;
        doc.put(ROOT, "case_number", new.case_number.to_string())?;
        doc.put(ROOT, "site", new.site.as_str())?;
        doc.put(ROOT, "registered_by", meta.officer.to_string())?;
        doc.put(ROOT, "device", meta.device.to_string())?;
        doc.put(
            ROOT,
            "created_at",
            ScalarValue::Timestamp(meta.at.timestamp_millis()),
        )?;
        if let Some(g) = new.group {
            doc.put(ROOT, "group", g.to_string())?;
        }
        doc.put_object(ROOT, "history", ObjType::List)?;
        doc.put_object(ROOT, HANDOVERS, ObjType::List)?;
        doc.put_object(ROOT, LINKS, ObjType::Map)?;
        let mut w = Writer::new(&mut doc, false);
        write_person_fields(&mut w, new.fields)?;
        let action = if new.fields.status == Status::PreRegistered {
            HistoryAction::PreRegistered
        } else {
            HistoryAction::Registered
        };
        append_history(&mut doc, meta, action, None, None)?;
        commit(&mut doc, meta);
        Ok(Self { doc })
    }

    /// Reads the record.
    pub fn read(&self) -> Result<Person, DocError> {
        read_person(&Reader::new(&self.doc))
    }

    /// [`Self::read`] and [`Self::conflicts`] together, each map of the record read once.
    pub fn read_with_conflicts(&mut self) -> Result<(Person, Vec<Conflict>), DocError> {
        let (person, raw) = {
            let r = Reader::new(&self.doc);
            (read_person(&r)?, raw_conflicts(&r))
        };
        Ok((person, describe_conflicts(&mut self.doc, raw)))
    }

    /// Writes the fields that differ from the record, one history entry per changed field.
    /// Returns the paths that changed (empty when nothing did; then no change is made).
    pub fn update(
        &mut self,
        fields: &PersonFields,
        meta: &ChangeMeta,
    ) -> Result<Vec<String>, DocError> {
        Reader::new(&self.doc).check_type("person")?;
        let mut w = Writer::new(&mut self.doc, true);
        write_person_fields(&mut w, fields)?;
        let changed = std::mem::take(&mut w.changed);
        let paths = changed.iter().map(|(p, _)| p.clone()).collect();
        if !changed.is_empty() {
            write_history(&mut self.doc, meta, changed)?;
            commit(&mut self.doc, meta);
        }
        Ok(paths)
    }

    /// Appends a leaflet hand-over (never edits one) and a history entry for it.
    pub fn record_handover(
        &mut self,
        id: ItemId,
        details: &HandoverDetails,
        site: &SiteCode,
        meta: &ChangeMeta,
    ) -> Result<LeafletHandover, DocError> {
        Reader::new(&self.doc).check_type("person")?;
        let list = match self.doc.get(ROOT, HANDOVERS)? {
            Some((Value::Object(ObjType::List), list)) => list,
            _ => self.doc.put_object(ROOT, HANDOVERS, ObjType::List)?,
        };
        let at = self.doc.length(&list);
        let entry = self.doc.insert_object(&list, at, ObjType::Map)?;
        let d = details;
        let texts = [
            ("id", id.to_string()),
            ("leaflet", d.leaflet.to_string()),
            ("version", d.version.to_string()),
            ("language", d.language.to_string()),
            ("format", d.format.code().to_owned()),
            ("acknowledgement", d.acknowledgement.code().to_owned()),
            ("officer", meta.officer.to_string()),
            ("device", meta.device.to_string()),
            ("site", site.to_string()),
        ];
        for (key, value) in texts {
            self.doc.put(&entry, key, value)?;
        }
        self.doc
            .put(&entry, "explained_orally", d.explained_orally)?;
        if let Some(l) = &d.interpreter_language {
            self.doc.put(&entry, "interpreter_language", l.as_str())?;
        }
        self.doc.put(
            &entry,
            "at",
            ScalarValue::Timestamp(meta.at.timestamp_millis()),
        )?;
        let shown = format!("{} {} {}", d.language, d.format.code(), d.version.short());
        append_history(
            &mut self.doc,
            meta,
            HistoryAction::LeafletHandedOver,
            Some(d.leaflet.as_str()),
            Some(&shown),
        )?;
        commit(&mut self.doc, meta);
        Ok(LeafletHandover {
            id,
            details: d.clone(),
            officer: meta.officer,
            device: meta.device,
            site: site.clone(),
            at: meta.at,
        })
    }

    /// The leaflets handed over to the person, newest first (ties by id). Entries that do not
    /// read (from a newer or damaged writer) are left out.
    pub fn handovers(&self) -> Vec<LeafletHandover> {
        let r = Reader::new(&self.doc);
        let lists = self.doc.get_all(ROOT, HANDOVERS).unwrap_or_default();
        let mut out: Vec<LeafletHandover> = lists
            .into_iter()
            .filter_map(|(v, list)| matches!(v, Value::Object(ObjType::List)).then_some(list))
            .flat_map(|list| {
                (0..self.doc.length(&list))
                    .filter_map(|i| match self.doc.get(&list, i).ok().flatten() {
                        Some((Value::Object(ObjType::Map), e)) => r.handover(&e),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        out.sort_by_key(|h| std::cmp::Reverse((h.at, h.id)));
        out.dedup_by_key(|h| h.id);
        out
    }

    /// Records a reviewer's decision about another record (which gets the mirror decision
    /// from the caller). Returns whether anything changed: deciding again what the record
    /// already says, without a conflict, writes nothing.
    pub fn decide_link(
        &mut self,
        other: PersonId,
        decision: LinkDecision,
        meta: &ChangeMeta,
    ) -> Result<bool, DocError> {
        let r = Reader::new(&self.doc);
        r.check_type("person")?;
        if r.text(&ROOT, "id") == Some(other.to_string()) {
            return Err(DocError::Field("links"));
        }
        let current = self.links().into_iter().find(|l| l.other == other);
        if current.is_some_and(|l| l.decision == decision && !l.in_conflict) {
            return Ok(false);
        }
        // Every concurrent map gets the decision (an older record may hold two, made on two
        // devices at once), so that a new decision also settles a disagreement between them.
        let mut maps: Vec<ObjId> = self
            .doc
            .get_all(ROOT, LINKS)?
            .into_iter()
            .filter_map(|(v, map)| matches!(v, Value::Object(ObjType::Map)).then_some(map))
            .collect();
        if maps.is_empty() {
            maps.push(self.doc.put_object(ROOT, LINKS, ObjType::Map)?);
        }
        let key = other.to_string();
        for map in &maps {
            self.doc.put(map, key.as_str(), decision.code())?;
        }
        append_history(
            &mut self.doc,
            meta,
            HistoryAction::IdentityLinkDecided,
            Some(&format!("{LINKS}.{key}")),
            Some(decision.code()),
        )?;
        commit(&mut self.doc, meta);
        Ok(true)
    }

    /// The duplicate decisions this record holds about others, by the other record's id.
    /// Decisions with an unknown code (from a newer app) are left out.
    pub fn links(&self) -> Vec<IdentityLink> {
        let mut found: std::collections::BTreeMap<PersonId, (LinkDecision, bool)> =
            Default::default();
        let maps = self.doc.get_all(ROOT, LINKS).unwrap_or_default();
        for (value, map) in maps {
            if !matches!(value, Value::Object(ObjType::Map)) {
                continue;
            }
            for key in self.doc.keys(&map) {
                let Ok(other) = key.parse::<PersonId>() else {
                    continue;
                };
                let values: Vec<LinkDecision> = self
                    .doc
                    .get_all(&map, key.as_str())
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|(v, _)| match v {
                        Value::Scalar(s) => match s.as_ref() {
                            ScalarValue::Str(t) => LinkDecision::from_code(t),
                            _ => None,
                        },
                        Value::Object(_) => None,
                    })
                    .collect();
                let Some(first) = values.first().copied() else {
                    continue;
                };
                let conflict = values.iter().any(|v| *v != first);
                found
                    .entry(other)
                    .and_modify(|(d, c)| *c = *c || conflict || *d != first)
                    .or_insert((first, conflict));
            }
        }
        found
            .into_iter()
            .map(|(other, (decision, in_conflict))| IdentityLink {
                other,
                decision,
                in_conflict,
            })
            .collect()
    }

    /// Puts the person into a household (or takes them out with `None`).
    pub fn set_group(&mut self, group: Option<GroupId>, meta: &ChangeMeta) -> Result<(), DocError> {
        let mut w = Writer::new(&mut self.doc, true);
        w.optional(
            &ROOT,
            "group",
            "group",
            group.map(|g| ScalarValue::Str(g.to_string().into())),
        )?;
        let changed = std::mem::take(&mut w.changed);
        if !changed.is_empty() {
            write_history(&mut self.doc, meta, changed)?;
            commit(&mut self.doc, meta);
        }
        Ok(())
    }
}

fn write_person_fields(w: &mut Writer<'_>, f: &PersonFields) -> Result<(), DocError> {
    w.keyed(
        &ROOT,
        "names",
        &f.names,
        |n| n.id.to_string(),
        |w, obj, path, n: &NameComponent| {
            w.text(obj, "kind", &format!("{path}.kind"), n.kind.code())?;
            w.text(obj, "original", &format!("{path}.original"), &n.original)?;
            w.text(obj, "script", &format!("{path}.script"), &n.script)?;
            let latin = serde_json::to_string(&n.latin).unwrap_or_default();
            w.text(obj, "latin", &format!("{path}.latin"), &latin)
        },
    )?;
    w.text(&ROOT, "sex", "sex", f.sex.code())?;
    w.optional(
        &ROOT,
        "date_of_birth",
        "date_of_birth",
        f.date_of_birth
            .map(|d| ScalarValue::Str(d.to_string().into())),
    )?;
    w.text(&ROOT, "place_of_birth", "place_of_birth", &f.place_of_birth)?;
    let nat: Vec<&str> = f.nationalities.iter().map(Nationality::code).collect();
    w.set(&ROOT, "nationalities", &nat)?;
    let lang: Vec<&str> = f.languages.iter().map(Language::as_str).collect();
    w.set(&ROOT, "languages", &lang)?;
    w.optional(
        &ROOT,
        "preferred_language",
        "preferred_language",
        f.preferred_language
            .as_ref()
            .map(|l| ScalarValue::Str(l.as_str().into())),
    )?;
    w.keyed(
        &ROOT,
        "documents",
        &f.documents,
        |d| d.id.to_string(),
        |w, obj, path, d: &IdentityDocument| {
            w.text(obj, "kind", &format!("{path}.kind"), d.kind.code())?;
            w.text(obj, "number", &format!("{path}.number"), &d.number)?;
            w.optional(
                obj,
                "issuing_country",
                &format!("{path}.issuing_country"),
                d.issuing_country
                    .as_ref()
                    .map(|c| ScalarValue::Str(c.as_str().into())),
            )?;
            w.optional(
                obj,
                "expiry",
                &format!("{path}.expiry"),
                d.expiry.map(|e| ScalarValue::Str(e.to_string().into())),
            )
        },
    )?;
    w.text(&ROOT, "phone", "phone", &f.phone)?;
    w.arrival(&ROOT, &f.arrival)?;
    w.optional(
        &ROOT,
        "applies_for_protection",
        "applies_for_protection",
        f.applies_for_protection.map(ScalarValue::Boolean),
    )?;
    w.scalar(
        &ROOT,
        "unaccompanied",
        "unaccompanied",
        ScalarValue::Boolean(f.unaccompanied),
    )?;
    w.keyed(
        &ROOT,
        "specific_needs",
        &f.specific_needs,
        |n| n.need.code().to_owned(),
        // The notes live in the person's sensitive part (crate::sensitive), which the server
        // sends to supervisors' devices only; one written here before it existed is cleared.
        |w, obj, path, _: &SpecificNeedEntry| w.text(obj, "note", &format!("{path}.note"), ""),
    )?;
    w.keyed(
        &ROOT,
        "family_in_eu",
        &f.family_in_eu,
        |m| m.id.to_string(),
        |w, obj, path, m: &FamilyMemberInEu| {
            w.text(obj, "name", &format!("{path}.name"), &m.name)?;
            w.text(
                obj,
                "relationship",
                &format!("{path}.relationship"),
                &m.relationship,
            )?;
            w.text(
                obj,
                "country",
                &format!("{path}.country"),
                m.country.as_str(),
            )?;
            w.text(obj, "contact", &format!("{path}.contact"), &m.contact)
        },
    )?;
    let consent = w.map(&ROOT, "consent")?;
    for scope in ConsentScope::ALL {
        let path = format!("consent.{}", scope.code());
        let decision = f.consents.iter().find(|c| c.scope == scope).map(|c| {
            ScalarValue::Str(
                serde_json::json!({ "given": c.given, "at": c.at.timestamp_millis(), "officer": c.officer })
                    .to_string()
                    .into(),
            )
        });
        // A decision is only ever replaced, never withdrawn silently: `None` keeps what is there.
        if let Some(d) = decision {
            let current = Reader::new(w.doc).text(&consent, scope.code());
            let same_given = current
                .as_deref()
                .and_then(|c| serde_json::from_str::<serde_json::Value>(c).ok())
                .and_then(|v| v.get("given").and_then(serde_json::Value::as_bool))
                == f.consents
                    .iter()
                    .find(|c| c.scope == scope)
                    .map(|c| c.given);
            if !same_given {
                w.scalar(&consent, scope.code(), &path, d)?;
            }
        }
    }
    w.optional(
        &ROOT,
        "photo",
        "photo",
        f.photo.clone().map(ScalarValue::Bytes),
    )?;
    w.text(&ROOT, "status", "status", f.status.code())
}

fn read_person_fields(r: &Reader<'_>) -> PersonFields {
    let mut names: Vec<NameComponent> = r
        .items(&ROOT, "names")
        .into_iter()
        .filter_map(|(id, obj)| {
            Some(NameComponent {
                id: id.parse().ok()?,
                kind: NameKind::from_code(&r.text_or_empty(&obj, "kind")),
                original: r.text_or_empty(&obj, "original"),
                script: r.text_or_empty(&obj, "script"),
                latin: r
                    .text(&obj, "latin")
                    .and_then(|l| serde_json::from_str(&l).ok())
                    .unwrap_or_default(),
            })
        })
        .collect();
    // Map keys come back sorted by id (UUIDv7: creation order); show names in name order.
    names.sort_by_key(|n| n.kind);
    let mut consents: Vec<Consent> = Vec::new();
    if let Some(c) = r.map(&ROOT, "consent") {
        for scope in ConsentScope::ALL {
            let Some(v) = r
                .text(&c, scope.code())
                .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
            else {
                continue;
            };
            let given = v.get("given").and_then(serde_json::Value::as_bool);
            let at = v
                .get("at")
                .and_then(serde_json::Value::as_i64)
                .and_then(ms_to_time);
            let officer = v
                .get("officer")
                .and_then(serde_json::Value::as_str)
                .and_then(|o| o.parse().ok());
            if let (Some(given), Some(at), Some(officer)) = (given, at, officer) {
                consents.push(Consent {
                    scope,
                    given,
                    at,
                    officer,
                });
            }
        }
    }
    PersonFields {
        names,
        sex: r
            .text(&ROOT, "sex")
            .and_then(|s| Sex::from_code(&s))
            .unwrap_or(Sex::Unknown),
        date_of_birth: r.parsed::<DateOfBirth>(&ROOT, "date_of_birth"),
        place_of_birth: r.text_or_empty(&ROOT, "place_of_birth"),
        nationalities: r
            .set(&ROOT, "nationalities")
            .iter()
            .filter_map(|c| Nationality::new(c))
            .collect(),
        languages: r
            .set(&ROOT, "languages")
            .iter()
            .filter_map(|c| Language::new(c))
            .collect(),
        preferred_language: r
            .text(&ROOT, "preferred_language")
            .and_then(|l| Language::new(&l)),
        documents: r
            .items(&ROOT, "documents")
            .into_iter()
            .filter_map(|(id, obj)| {
                Some(IdentityDocument {
                    id: id.parse::<ItemId>().ok()?,
                    kind: DocumentKind::from_code(&r.text_or_empty(&obj, "kind"))
                        .unwrap_or(DocumentKind::Other),
                    number: r.text_or_empty(&obj, "number"),
                    issuing_country: r
                        .text(&obj, "issuing_country")
                        .and_then(|c| Country::new(&c)),
                    expiry: r
                        .text(&obj, "expiry")
                        .and_then(|e| NaiveDate::parse_from_str(&e, "%Y-%m-%d").ok()),
                })
            })
            .collect(),
        phone: r.text_or_empty(&ROOT, "phone"),
        arrival: r.arrival(&ROOT),
        applies_for_protection: r.bool(&ROOT, "applies_for_protection"),
        unaccompanied: r.bool(&ROOT, "unaccompanied").unwrap_or(false),
        specific_needs: r
            .items(&ROOT, "specific_needs")
            .into_iter()
            .filter_map(|(code, obj)| {
                Some(SpecificNeedEntry {
                    need: SpecificNeed::from_code(&code)?,
                    note: r.text_or_empty(&obj, "note"),
                })
            })
            .collect(),
        family_in_eu: r
            .items(&ROOT, "family_in_eu")
            .into_iter()
            .filter_map(|(id, obj)| {
                Some(FamilyMemberInEu {
                    id: id.parse().ok()?,
                    name: r.text_or_empty(&obj, "name"),
                    relationship: r.text_or_empty(&obj, "relationship"),
                    country: Country::new(&r.text_or_empty(&obj, "country"))?,
                    contact: r.text_or_empty(&obj, "contact"),
                })
            })
            .collect(),
        consents,
        photo: match r.scalar(&ROOT, "photo") {
            Some(ScalarValue::Bytes(b)) => Some(b),
            _ => None,
        },
        status: r
            .text(&ROOT, "status")
            .and_then(|s| Status::from_code(&s))
            .unwrap_or(Status::Registered),
    }
}

/// A registration group (household) as an Automerge document.
#[derive(Debug, Clone)]
pub struct GroupDoc {
    doc: AutoCommit,
}

record_doc_common!(GroupDoc);

impl GroupDoc {
    /// Creates a group's document.
    pub fn create(
        id: GroupId,
        site: &SiteCode,
        focal_point: PersonId,
        members: &[GroupMember],
        arrival: &Arrival,
        meta: &ChangeMeta,
        actor: ActorId,
    ) -> Result<Self, DocError> {
        let mut doc = AutoCommit::new().with_actor(actor);
        doc.put(ROOT, "schema", ScalarValue::Uint(SCHEMA_VERSION))?;
        doc.put(ROOT, "type", "group")?;
        doc.put(ROOT, "id", id.to_string())?;
        doc.put(ROOT, "site", site.as_str())?;
        doc.put(ROOT, "registered_by", meta.officer.to_string())?;
        doc.put(ROOT, "device", meta.device.to_string())?;
        doc.put(
            ROOT,
            "created_at",
            ScalarValue::Timestamp(meta.at.timestamp_millis()),
        )?;
        doc.put_object(ROOT, "history", ObjType::List)?;
        let mut w = Writer::new(&mut doc, false);
        w.text(
            &ROOT,
            "focal_point",
            "focal_point",
            &focal_point.to_string(),
        )?;
        write_members(&mut w, members)?;
        w.arrival(&ROOT, arrival)?;
        append_history(&mut doc, meta, HistoryAction::GroupChanged, None, None)?;
        commit(&mut doc, meta);
        Ok(Self { doc })
    }

    /// Reads the group.
    pub fn read(&self) -> Result<RegistrationGroup, DocError> {
        let r = Reader::new(&self.doc);
        r.check_type("group")?;
        let mut members: Vec<GroupMember> = r
            .items(&ROOT, "members")
            .into_iter()
            .filter_map(|(id, obj)| {
                Some(GroupMember {
                    person: id.parse().ok()?,
                    relationship: Relationship::from_code(&r.text_or_empty(&obj, "relationship"))
                        .unwrap_or(Relationship::OtherRelative),
                })
            })
            .collect();
        members.sort_by_key(|m| (m.relationship != Relationship::FocalPoint, m.person));
        Ok(RegistrationGroup {
            id: r.parsed(&ROOT, "id").ok_or(DocError::Field("id"))?,
            focal_point: r
                .parsed(&ROOT, "focal_point")
                .ok_or(DocError::Field("focal_point"))?,
            members,
            arrival: r.arrival(&ROOT),
            site: r
                .text(&ROOT, "site")
                .and_then(|s| SiteCode::new(&s).ok())
                .ok_or(DocError::Field("site"))?,
            registered_by: r
                .parsed(&ROOT, "registered_by")
                .ok_or(DocError::Field("registered_by"))?,
            device: r.parsed(&ROOT, "device").ok_or(DocError::Field("device"))?,
            created_at: r
                .time(&ROOT, "created_at")
                .ok_or(DocError::Field("created_at"))?,
        })
    }

    /// Sets the members, focal point and arrival, recording what changed.
    pub fn update(
        &mut self,
        focal_point: PersonId,
        members: &[GroupMember],
        arrival: &Arrival,
        meta: &ChangeMeta,
    ) -> Result<Vec<String>, DocError> {
        Reader::new(&self.doc).check_type("group")?;
        let mut w = Writer::new(&mut self.doc, true);
        w.text(
            &ROOT,
            "focal_point",
            "focal_point",
            &focal_point.to_string(),
        )?;
        write_members(&mut w, members)?;
        w.arrival(&ROOT, arrival)?;
        let changed = std::mem::take(&mut w.changed);
        let paths = changed.iter().map(|(p, _)| p.clone()).collect();
        if !changed.is_empty() {
            write_history(&mut self.doc, meta, changed)?;
            commit(&mut self.doc, meta);
        }
        Ok(paths)
    }
}

fn write_members(w: &mut Writer<'_>, members: &[GroupMember]) -> Result<(), DocError> {
    w.keyed(
        &ROOT,
        "members",
        members,
        |m| m.person.to_string(),
        |w, obj, path, m: &GroupMember| {
            w.text(
                obj,
                "relationship",
                &format!("{path}.relationship"),
                m.relationship.code(),
            )
        },
    )
}

/// The record type a document holds, read without validating the rest.
pub fn record_type(doc: &AutoCommit) -> Option<String> {
    Reader::new(doc).text(&ROOT, "type")
}
