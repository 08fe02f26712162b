//! Raw input as the UI sends it, and its validation into the model's types.
//!
//! Validation needs "today" (a date of birth in the future, a minor's age) and fresh ids for new
//! list items, and core reads neither a clock nor an RNG, so it takes a [`ValidationContext`]
//! rather than being a bare `TryFrom`.

use crate::codes::{Country, Language, Nationality, SpecificNeed, detect_script};
use crate::ids::{ItemId, OfficerId};
use crate::model::{
    Arrival, ArrivalMeans, Consent, ConsentScope, DateOfBirth, DocumentKind, FamilyMemberInEu,
    IdentityDocument, NameComponent, NameKind, PersonFields, Relationship, Sex, SpecificNeedEntry,
    Status,
};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest accepted name component, in characters.
pub const MAX_NAME_CHARS: usize = 100;
/// Longest accepted free-text note, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;
/// Largest accepted photo, in bytes.
pub const MAX_PHOTO_BYTES: usize = 64 * 1024;
/// Age under which a person is a child.
pub const ADULT_AGE: i32 = 18;

/// A stable, machine-readable reason a field was refused. The UI branches on it and shows a
/// translated message; never reuse or renumber a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ValidationCode {
    /// No given or family name at all.
    NameRequired,
    /// A name component is empty.
    NameEmpty,
    /// A name component is longer than [`MAX_NAME_CHARS`].
    NameTooLong,
    /// A Latin form holds characters outside the Latin script.
    LatinFormNotLatin,
    /// The date of birth cannot be read.
    DateOfBirthInvalid,
    /// The date of birth is after today.
    DateOfBirthInFuture,
    /// The estimated age is impossible.
    AgeOutOfRange,
    /// Not an ISO 3166-1 alpha-3 code.
    CountryUnknown,
    /// Not an ISO 3166-1 alpha-3 code, XXA or XXX.
    NationalityUnknown,
    /// Not an ISO 639-3 code.
    LanguageUnknown,
    /// A document without a number.
    DocumentNumberEmpty,
    /// A date that cannot be read (YYYY-MM-DD).
    DateInvalid,
    /// The phone number holds characters a phone number cannot.
    PhoneInvalid,
    /// The arrival time cannot be read or is in the future.
    ArrivalTimeInvalid,
    /// Not a UNHCR specific-needs code.
    SpecificNeedUnknown,
    /// The same specific need twice.
    SpecificNeedDuplicate,
    /// An unaccompanied child must carry the SC (unaccompanied or separated child) need.
    UnaccompaniedMinorWithoutSc,
    /// No consent decision for registration was recorded.
    ConsentMissing,
    /// Two decisions for the same consent scope.
    ConsentDuplicate,
    /// A note is longer than [`MAX_NOTE_CHARS`].
    TextTooLong,
    /// A family member without a name.
    FamilyMemberNameEmpty,
    /// The photo is larger than [`MAX_PHOTO_BYTES`] or not a JPEG.
    PhotoInvalid,
    /// A group needs at least one member.
    GroupEmpty,
    /// A group's focal point must be one of its members.
    FocalPointInvalid,
    /// An item id sent by the form is not a valid UUID.
    ItemIdInvalid,
    /// The leaflet is not in the catalogue, or not issued at this site's jurisdiction.
    LeafletUnknown,
    /// The leaflet version is not the text this device holds for that leaflet and language.
    LeafletVersionUnknown,
    /// The leaflet language is not one of the catalogue's languages.
    LeafletLanguageUnknown,
    /// The interpreter's language is not an ISO 639-3 code.
    InterpreterLanguageInvalid,
}

/// One refused field: where, why (code) and a plain-English message for logs and fallbacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FieldError {
    /// Path of the field in the form, e.g. `names[0].original`, `date_of_birth`.
    pub field: String,
    /// Why it was refused.
    pub code: ValidationCode,
    /// A message in English with the offending value and what to do.
    pub message: String,
}

/// All refused fields of a form (validation reports every problem at once, not the first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("the form has {} invalid field(s): {}", .errors.len(), summary(.errors))]
#[ts(export)]
pub struct ValidationErrors {
    /// The refused fields.
    pub errors: Vec<FieldError>,
}

fn summary(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|e| format!("{} ({})", e.field, e.message))
        .collect::<Vec<_>>()
        .join("; ")
}

impl ValidationErrors {
    /// Whether some field was refused with this code.
    pub fn has(&self, code: ValidationCode) -> bool {
        self.errors.iter().any(|e| e.code == code)
    }
}

/// What validation needs from outside: today's date, the officer, and fresh item ids.
pub struct ValidationContext<'a> {
    /// Now, on the device's clock.
    pub now: DateTime<Utc>,
    /// The officer recording the form (consent decisions name them).
    pub officer: OfficerId,
    /// Makes a fresh id for a new name, document or family member.
    pub new_item_id: &'a mut dyn FnMut() -> ItemId,
}

/// A name component as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NameForm {
    /// Id of an existing component (when editing); absent for a new one.
    #[serde(default)]
    pub id: Option<String>,
    /// Which part of the name.
    pub kind: Option<NameKind>,
    /// In the original script.
    pub original: String,
    /// Latin forms; empty strings are ignored.
    #[serde(default)]
    pub latin: Vec<String>,
}

/// A document as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DocumentForm {
    /// Id of an existing document (when editing).
    #[serde(default)]
    pub id: Option<String>,
    /// Kind.
    pub kind: Option<DocumentKind>,
    /// Number.
    pub number: String,
    /// ISO 3166-1 alpha-3 or empty.
    #[serde(default)]
    pub issuing_country: String,
    /// YYYY-MM-DD or empty.
    #[serde(default)]
    pub expiry: String,
}

/// Arrival as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ArrivalForm {
    /// RFC 3339 time or empty.
    #[serde(default)]
    pub at: String,
    /// Border point.
    #[serde(default)]
    pub border_point: String,
    /// Means.
    #[serde(default)]
    pub means: Option<ArrivalMeans>,
}

/// A specific need as ticked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SpecificNeedForm {
    /// Two-letter UNHCR code.
    pub code: String,
    /// Note.
    #[serde(default)]
    pub note: String,
}

/// A family member in the EU as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FamilyMemberForm {
    /// Id of an existing entry (when editing).
    #[serde(default)]
    pub id: Option<String>,
    /// Name.
    pub name: String,
    /// Relationship.
    #[serde(default)]
    pub relationship: String,
    /// Member State, ISO 3166-1 alpha-3.
    pub country: String,
    /// Contact.
    #[serde(default)]
    pub contact: String,
}

/// A consent decision as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConsentForm {
    /// What it covers.
    pub scope: ConsentScope,
    /// Given or refused.
    pub given: bool,
}

/// A whole person as the registration or edit form sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RegistrationForm {
    /// Name components.
    pub names: Vec<NameForm>,
    /// Sex; absent means unknown.
    #[serde(default)]
    pub sex: Option<Sex>,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `~AGE` (estimated today) or empty.
    #[serde(default)]
    pub date_of_birth: String,
    /// Place of birth.
    #[serde(default)]
    pub place_of_birth: String,
    /// Nationality codes.
    #[serde(default)]
    pub nationalities: Vec<String>,
    /// ISO 639-3 codes.
    #[serde(default)]
    pub languages: Vec<String>,
    /// ISO 639-3 or empty.
    #[serde(default)]
    pub preferred_language: String,
    /// Documents held.
    #[serde(default)]
    pub documents: Vec<DocumentForm>,
    /// Phone.
    #[serde(default)]
    pub phone: String,
    /// Arrival.
    #[serde(default)]
    pub arrival: ArrivalForm,
    /// Applies for international protection.
    #[serde(default)]
    pub applies_for_protection: Option<bool>,
    /// Unaccompanied child.
    #[serde(default)]
    pub unaccompanied: bool,
    /// Specific needs.
    #[serde(default)]
    pub specific_needs: Vec<SpecificNeedForm>,
    /// Family in EU Member States.
    #[serde(default)]
    pub family_in_eu: Vec<FamilyMemberForm>,
    /// Consent decisions.
    #[serde(default)]
    pub consents: Vec<ConsentForm>,
    /// JPEG bytes.
    #[serde(default)]
    #[ts(type = "number[] | null")]
    pub photo: Option<Vec<u8>>,
    /// Status; absent means registered.
    #[serde(default)]
    pub status: Option<Status>,
}

/// One member of a group as pre-registration takes it: the few fields that matter first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MemberForm {
    /// Given name, any script.
    pub given_name: String,
    /// Family name, any script; may be empty.
    #[serde(default)]
    pub family_name: String,
    /// Sex.
    #[serde(default)]
    pub sex: Option<Sex>,
    /// As in [`RegistrationForm::date_of_birth`].
    #[serde(default)]
    pub date_of_birth: String,
    /// Nationality code or empty.
    #[serde(default)]
    pub nationality: String,
    /// Relationship to the focal point.
    pub relationship: Relationship,
}

/// A group pre-registration: group-level arrival and a few fields per member.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GroupForm {
    /// Arrival, shared by all members.
    #[serde(default)]
    pub arrival: ArrivalForm,
    /// Members; the one with relationship `focal_point` speaks for the group (else the first).
    pub members: Vec<MemberForm>,
}

/// Collects field errors while a form is validated.
struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    fn new() -> Self {
        Self { errors: Vec::new() }
    }
    fn fail(&mut self, field: impl Into<String>, code: ValidationCode, message: impl Into<String>) {
        self.errors.push(FieldError {
            field: field.into(),
            code,
            message: message.into(),
        });
    }
    fn finish<T>(self, value: T) -> Result<T, ValidationErrors> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(ValidationErrors {
                errors: self.errors,
            })
        }
    }

    fn text(&mut self, field: &str, value: &str, max: usize) -> String {
        let v = clean(value);
        if v.chars().count() > max {
            self.fail(
                field,
                ValidationCode::TextTooLong,
                format!("{field} is longer than {max} characters; shorten it"),
            );
        }
        v
    }

    fn item_id(&mut self, field: &str, id: Option<&str>, cx: &mut ValidationContext) -> ItemId {
        match id.filter(|s| !s.is_empty()) {
            None => (cx.new_item_id)(),
            Some(s) => s.parse().unwrap_or_else(|_| {
                self.fail(
                    field,
                    ValidationCode::ItemIdInvalid,
                    format!("{field} id {s:?} is not a UUID"),
                );
                (cx.new_item_id)()
            }),
        }
    }

    fn name(
        &mut self,
        field: &str,
        form: &NameForm,
        kind: NameKind,
        cx: &mut ValidationContext,
    ) -> Option<NameComponent> {
        let original = clean(&form.original);
        let latin: Vec<String> = form
            .latin
            .iter()
            .map(|l| clean(l))
            .filter(|l| !l.is_empty())
            .collect();
        let id = self.item_id(field, form.id.as_deref(), cx);
        // A name typed only in Latin is its own original.
        let original = if original.is_empty() {
            latin.first().cloned().unwrap_or_default()
        } else {
            original
        };
        if original.is_empty() {
            self.fail(
                format!("{field}.original"),
                ValidationCode::NameEmpty,
                format!("{field} is empty; type the name or remove the line"),
            );
            return None;
        }
        if original.chars().count() > MAX_NAME_CHARS {
            self.fail(
                format!("{field}.original"),
                ValidationCode::NameTooLong,
                format!("{field} is longer than {MAX_NAME_CHARS} characters"),
            );
        }
        for (i, l) in latin.iter().enumerate() {
            let script = detect_script(l);
            if script != "Latn" && script != "Zyyy" {
                self.fail(
                    format!("{field}.latin[{i}]"),
                    ValidationCode::LatinFormNotLatin,
                    format!("Latin form {l:?} is written in script {script}; use Latin letters"),
                );
            }
            if l.chars().count() > MAX_NAME_CHARS {
                self.fail(
                    format!("{field}.latin[{i}]"),
                    ValidationCode::NameTooLong,
                    format!("Latin form of {field} is longer than {MAX_NAME_CHARS} characters"),
                );
            }
        }
        let script = detect_script(&original);
        // Latin originals are their own first Latin form, so search and display find them.
        let latin = if script == "Latn" && !latin.contains(&original) {
            std::iter::once(original.clone()).chain(latin).collect()
        } else {
            latin
        };
        Some(NameComponent {
            id,
            kind,
            original,
            script,
            latin,
        })
    }

    fn date_of_birth(&mut self, field: &str, raw: &str, now: DateTime<Utc>) -> Option<DateOfBirth> {
        let raw = raw.trim();
        if raw.is_empty() {
            return None;
        }
        let today = now.date_naive();
        // `~AGE` is an age estimated today; `~AGE@DATE` (as `from_fields` writes it back) one
        // estimated on that day, kept when a record is edited.
        let parsed = if let Some(age) = raw.strip_prefix('~').filter(|a| !a.contains('@')) {
            match age.trim().parse::<u32>() {
                Ok(age) if age <= 130 => Some(DateOfBirth::EstimatedAge { age, on: today }),
                Ok(_) => {
                    self.fail(
                        field,
                        ValidationCode::AgeOutOfRange,
                        format!("estimated age {age} is not between 0 and 130"),
                    );
                    return None;
                }
                Err(_) => None,
            }
        } else {
            raw.parse::<DateOfBirth>().ok()
        };
        let Some(dob) = parsed else {
            self.fail(
                field,
                ValidationCode::DateOfBirthInvalid,
                format!("date of birth {raw:?} is not YYYY-MM-DD, YYYY-MM, YYYY or ~AGE"),
            );
            return None;
        };
        let (earliest, _) = dob.range();
        if earliest > today {
            self.fail(
                field,
                ValidationCode::DateOfBirthInFuture,
                format!("date of birth {raw} is after today ({today})"),
            );
            return None;
        }
        if dob.age_range_on(today).0 > 130 {
            self.fail(
                field,
                ValidationCode::AgeOutOfRange,
                format!("date of birth {raw} makes the person older than 130"),
            );
            return None;
        }
        Some(dob)
    }

    fn nationality(&mut self, field: &str, raw: &str) -> Option<Nationality> {
        let n = Nationality::new(raw);
        if n.is_none() {
            self.fail(
                field,
                ValidationCode::NationalityUnknown,
                format!("nationality {raw:?} is not an ISO 3166-1 alpha-3 code, XXA (stateless) or XXX (unknown)"),
            );
        }
        n
    }

    fn country(&mut self, field: &str, raw: &str) -> Option<Country> {
        let c = Country::new(raw);
        if c.is_none() {
            self.fail(
                field,
                ValidationCode::CountryUnknown,
                format!("country {raw:?} is not an ISO 3166-1 alpha-3 code, e.g. SYR"),
            );
        }
        c
    }

    fn language(&mut self, field: &str, raw: &str) -> Option<Language> {
        let l = Language::new(raw);
        if l.is_none() {
            self.fail(
                field,
                ValidationCode::LanguageUnknown,
                format!("language {raw:?} is not an ISO 639-3 code, e.g. arb, prs, tir"),
            );
        }
        l
    }

    fn date(&mut self, field: &str, raw: &str) -> Option<NaiveDate> {
        let raw = raw.trim();
        if raw.is_empty() {
            return None;
        }
        let d = NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok();
        if d.is_none() {
            self.fail(
                field,
                ValidationCode::DateInvalid,
                format!("date {raw:?} is not YYYY-MM-DD"),
            );
        }
        d
    }

    fn arrival(&mut self, form: &ArrivalForm, now: DateTime<Utc>) -> Arrival {
        let at = form.at.trim();
        let at = if at.is_empty() {
            None
        } else {
            match DateTime::parse_from_rfc3339(at) {
                // A little slack for devices whose clocks disagree by minutes.
                Ok(t) if t.with_timezone(&Utc) <= now + chrono::Duration::minutes(10) => {
                    Some(t.with_timezone(&Utc))
                }
                _ => {
                    self.fail(
                        "arrival.at",
                        ValidationCode::ArrivalTimeInvalid,
                        format!("arrival time {at:?} is not an RFC 3339 time before now"),
                    );
                    None
                }
            }
        };
        Arrival {
            at,
            border_point: self.text("arrival.border_point", &form.border_point, MAX_NAME_CHARS),
            means: form.means,
        }
    }

    fn phone(&mut self, raw: &str) -> String {
        let phone = clean(raw);
        let ok = phone.chars().count() <= 32
            && phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-().".contains(c));
        if !ok {
            self.fail(
                "phone",
                ValidationCode::PhoneInvalid,
                format!("phone {phone:?} may hold only digits, spaces and + - ( ) ."),
            );
        }
        phone
    }
}

/// Trims and applies NFC, so the same name typed on two keyboards is stored alike.
fn clean(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.trim().nfc().collect()
}

fn dedup<T: PartialEq>(items: Vec<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

impl RegistrationForm {
    /// Validates the form into a person's fields, reporting every refused field at once.
    ///
    /// `previous` holds the consent decisions already on record: an unchanged decision keeps its
    /// original time and officer.
    pub fn validate(
        &self,
        cx: &mut ValidationContext,
        previous: &[Consent],
    ) -> Result<PersonFields, ValidationErrors> {
        let mut c = Checker::new();
        let names: Vec<NameComponent> = self
            .names
            .iter()
            .enumerate()
            .filter_map(|(i, n)| {
                c.name(
                    &format!("names[{i}]"),
                    n,
                    n.kind.unwrap_or(NameKind::Given),
                    cx,
                )
            })
            .collect();
        if !names
            .iter()
            .any(|n| matches!(n.kind, NameKind::Given | NameKind::Family))
            && !c.errors.iter().any(|e| e.code == ValidationCode::NameEmpty)
        {
            c.fail(
                "names",
                ValidationCode::NameRequired,
                "a given or family name is required",
            );
        }
        let date_of_birth = c.date_of_birth("date_of_birth", &self.date_of_birth, cx.now);
        let nationalities = dedup(
            self.nationalities
                .iter()
                .enumerate()
                .filter_map(|(i, n)| c.nationality(&format!("nationalities[{i}]"), n))
                .collect(),
        );
        let languages = dedup(
            self.languages
                .iter()
                .enumerate()
                .filter_map(|(i, l)| c.language(&format!("languages[{i}]"), l))
                .collect(),
        );
        let preferred_language = if self.preferred_language.trim().is_empty() {
            None
        } else {
            c.language("preferred_language", &self.preferred_language)
        };
        let documents = self
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let field = format!("documents[{i}]");
                let number = clean(&d.number);
                if number.is_empty() {
                    c.fail(
                        format!("{field}.number"),
                        ValidationCode::DocumentNumberEmpty,
                        "a document needs its number; remove the line if there is none",
                    );
                }
                IdentityDocument {
                    id: c.item_id(&field, d.id.as_deref(), cx),
                    kind: d.kind.unwrap_or(DocumentKind::Other),
                    number,
                    issuing_country: if d.issuing_country.trim().is_empty() {
                        None
                    } else {
                        c.country(&format!("{field}.issuing_country"), &d.issuing_country)
                    },
                    expiry: c.date(&format!("{field}.expiry"), &d.expiry),
                }
            })
            .collect();
        let mut specific_needs: Vec<SpecificNeedEntry> = Vec::new();
        for (i, n) in self.specific_needs.iter().enumerate() {
            let field = format!("specific_needs[{i}]");
            match SpecificNeed::from_code(&n.code) {
                None => c.fail(
                    &field,
                    ValidationCode::SpecificNeedUnknown,
                    format!("specific need {:?} is not a UNHCR code (CR, SC, WR, ER, SP, DS, SM, FU, LP, TR, SV)", n.code),
                ),
                Some(need) if specific_needs.iter().any(|e| e.need == need) => c.fail(
                    &field,
                    ValidationCode::SpecificNeedDuplicate,
                    format!("specific need {} is ticked twice", need.code()),
                ),
                Some(need) => {
                    let note = c.text(&format!("{field}.note"), &n.note, MAX_NOTE_CHARS);
                    specific_needs.push(SpecificNeedEntry { need, note });
                }
            }
        }
        if self.unaccompanied {
            let minor =
                date_of_birth.is_none_or(|d| d.age_range_on(cx.now.date_naive()).0 < ADULT_AGE);
            if minor && !specific_needs.iter().any(|n| n.need == SpecificNeed::SC) {
                c.fail(
                    "specific_needs",
                    ValidationCode::UnaccompaniedMinorWithoutSc,
                    "an unaccompanied child must have the SC (unaccompanied or separated child) need",
                );
            }
        }
        let family_in_eu = self
            .family_in_eu
            .iter()
            .enumerate()
            .filter_map(|(i, f)| {
                let field = format!("family_in_eu[{i}]");
                let name = c.text(&format!("{field}.name"), &f.name, MAX_NAME_CHARS);
                if name.is_empty() {
                    c.fail(
                        format!("{field}.name"),
                        ValidationCode::FamilyMemberNameEmpty,
                        "a family member needs a name",
                    );
                }
                let country = c.country(&format!("{field}.country"), &f.country);
                Some(FamilyMemberInEu {
                    id: c.item_id(&field, f.id.as_deref(), cx),
                    name,
                    relationship: c.text(
                        &format!("{field}.relationship"),
                        &f.relationship,
                        MAX_NAME_CHARS,
                    ),
                    country: country?,
                    contact: c.text(&format!("{field}.contact"), &f.contact, MAX_NAME_CHARS),
                })
            })
            .collect();
        let mut consents: Vec<Consent> = Vec::new();
        for (i, f) in self.consents.iter().enumerate() {
            if consents.iter().any(|x| x.scope == f.scope) {
                c.fail(
                    format!("consents[{i}]"),
                    ValidationCode::ConsentDuplicate,
                    format!("consent {} is recorded twice", f.scope.code()),
                );
                continue;
            }
            let kept = previous
                .iter()
                .find(|p| p.scope == f.scope && p.given == f.given);
            consents.push(kept.cloned().unwrap_or(Consent {
                scope: f.scope,
                given: f.given,
                at: cx.now,
                officer: cx.officer,
            }));
        }
        let status = self.status.unwrap_or(Status::Registered);
        if status != Status::PreRegistered
            && !consents
                .iter()
                .any(|x| x.scope == ConsentScope::Registration)
        {
            c.fail(
                "consents",
                ValidationCode::ConsentMissing,
                "record whether the person consents to registration (given or refused)",
            );
        }
        if let Some(photo) = &self.photo
            && (photo.len() > MAX_PHOTO_BYTES || !photo.starts_with(&[0xFF, 0xD8, 0xFF]))
        {
            {
                c.fail(
                    "photo",
                    ValidationCode::PhotoInvalid,
                    format!(
                        "the photo must be a JPEG of at most {} KiB",
                        MAX_PHOTO_BYTES / 1024
                    ),
                );
            }
        }
        let fields = PersonFields {
            names,
            sex: self.sex.unwrap_or(Sex::Unknown),
            date_of_birth,
            place_of_birth: c.text("place_of_birth", &self.place_of_birth, MAX_NAME_CHARS),
            nationalities,
            languages,
            preferred_language,
            documents,
            phone: c.phone(&self.phone),
            arrival: c.arrival(&self.arrival, cx.now),
            applies_for_protection: self.applies_for_protection,
            unaccompanied: self.unaccompanied,
            specific_needs,
            family_in_eu,
            consents,
            photo: self.photo.clone(),
            status,
        };
        c.finish(fields)
    }

    /// The form that, validated, gives back these fields (for editing an existing record).
    pub fn from_fields(fields: &PersonFields) -> Self {
        Self {
            names: fields
                .names
                .iter()
                .map(|n| NameForm {
                    id: Some(n.id.to_string()),
                    kind: Some(n.kind),
                    original: n.original.clone(),
                    latin: n.latin.clone(),
                })
                .collect(),
            sex: Some(fields.sex),
            date_of_birth: fields
                .date_of_birth
                .map(|d| d.to_string())
                .unwrap_or_default(),
            place_of_birth: fields.place_of_birth.clone(),
            nationalities: fields
                .nationalities
                .iter()
                .map(|n| n.code().to_owned())
                .collect(),
            languages: fields
                .languages
                .iter()
                .map(|l| l.as_str().to_owned())
                .collect(),
            preferred_language: fields
                .preferred_language
                .as_ref()
                .map(|l| l.as_str().to_owned())
                .unwrap_or_default(),
            documents: fields
                .documents
                .iter()
                .map(|d| DocumentForm {
                    id: Some(d.id.to_string()),
                    kind: Some(d.kind),
                    number: d.number.clone(),
                    issuing_country: d
                        .issuing_country
                        .as_ref()
                        .map(|c| c.as_str().to_owned())
                        .unwrap_or_default(),
                    expiry: d.expiry.map(|e| e.to_string()).unwrap_or_default(),
                })
                .collect(),
            phone: fields.phone.clone(),
            arrival: ArrivalForm {
                at: fields
                    .arrival
                    .at
                    .map(|t| t.to_rfc3339())
                    .unwrap_or_default(),
                border_point: fields.arrival.border_point.clone(),
                means: fields.arrival.means,
            },
            applies_for_protection: fields.applies_for_protection,
            unaccompanied: fields.unaccompanied,
            specific_needs: fields
                .specific_needs
                .iter()
                .map(|n| SpecificNeedForm {
                    code: n.need.code().to_owned(),
                    note: n.note.clone(),
                })
                .collect(),
            family_in_eu: fields
                .family_in_eu
                .iter()
                .map(|f| FamilyMemberForm {
                    id: Some(f.id.to_string()),
                    name: f.name.clone(),
                    relationship: f.relationship.clone(),
                    country: f.country.as_str().to_owned(),
                    contact: f.contact.clone(),
                })
                .collect(),
            consents: fields
                .consents
                .iter()
                .map(|c| ConsentForm {
                    scope: c.scope,
                    given: c.given,
                })
                .collect(),
            photo: fields.photo.clone(),
            status: Some(fields.status),
        }
    }
}

/// A validated group pre-registration: the members' fields, relationships and the focal point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidGroup {
    /// Group-level arrival.
    pub arrival: Arrival,
    /// Each member's fields (status `PreRegistered`) and relationship.
    pub members: Vec<(PersonFields, Relationship)>,
    /// Index into `members` of the focal point.
    pub focal_point: usize,
}

impl GroupForm {
    /// Validates a group pre-registration. Field paths are `members[i].given_name` etc.
    pub fn validate(&self, cx: &mut ValidationContext) -> Result<ValidGroup, ValidationErrors> {
        let mut errors = Vec::new();
        if self.members.is_empty() {
            errors.push(FieldError {
                field: "members".into(),
                code: ValidationCode::GroupEmpty,
                message: "a group needs at least one member".into(),
            });
        }
        let focal_points: Vec<usize> = self
            .members
            .iter()
            .enumerate()
            .filter(|(_, m)| m.relationship == Relationship::FocalPoint)
            .map(|(i, _)| i)
            .collect();
        if focal_points.len() > 1 {
            errors.push(FieldError {
                field: "members".into(),
                code: ValidationCode::FocalPointInvalid,
                message: "only one member can be the focal point".into(),
            });
        }
        let mut arrival_checker = Checker::new();
        let arrival = arrival_checker.arrival(&self.arrival, cx.now);
        errors.extend(arrival_checker.errors);
        let mut members = Vec::new();
        for (i, m) in self.members.iter().enumerate() {
            let mut names = vec![NameForm {
                id: None,
                kind: Some(NameKind::Given),
                original: m.given_name.clone(),
                latin: vec![],
            }];
            if !m.family_name.trim().is_empty() {
                names.push(NameForm {
                    id: None,
                    kind: Some(NameKind::Family),
                    original: m.family_name.clone(),
                    latin: vec![],
                });
            }
            let form = RegistrationForm {
                names,
                sex: m.sex,
                date_of_birth: m.date_of_birth.clone(),
                nationalities: if m.nationality.trim().is_empty() {
                    vec![]
                } else {
                    vec![m.nationality.clone()]
                },
                arrival: self.arrival.clone(),
                status: Some(Status::PreRegistered),
                ..RegistrationForm::default()
            };
            match form.validate(cx, &[]) {
                Ok(fields) => members.push((fields, m.relationship)),
                Err(e) => errors.extend(e.errors.into_iter().map(|mut fe| {
                    fe.field = format!("members[{i}].{}", member_field(&fe.field));
                    fe
                })),
            }
        }
        if errors.is_empty() {
            Ok(ValidGroup {
                arrival,
                members,
                focal_point: focal_points.first().copied().unwrap_or(0),
            })
        } else {
            errors.dedup();
            Err(ValidationErrors { errors })
        }
    }
}

/// Maps a registration-form path to the member form's field name.
fn member_field(path: &str) -> &str {
    if path.starts_with("names[0]") || path == "names" {
        "given_name"
    } else if path.starts_with("names[1]") {
        "family_name"
    } else if path.starts_with("nationalities") {
        "nationality"
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use rstest::rstest;
    use uuid::Uuid;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0)
            .single()
            .expect("time")
    }

    fn check(form: &RegistrationForm) -> Result<PersonFields, ValidationErrors> {
        let mut n = 0u128;
        let mut ids = || {
            n += 1;
            ItemId(Uuid::from_u128(n))
        };
        let mut cx = ValidationContext {
            now: now(),
            officer: OfficerId(Uuid::from_u128(7)),
            new_item_id: &mut ids,
        };
        form.validate(&mut cx, &[])
    }

    fn valid() -> RegistrationForm {
        RegistrationForm {
            names: vec![NameForm {
                id: None,
                kind: Some(NameKind::Given),
                original: "  ሰላም  ".into(),
                latin: vec!["Selam".into()],
            }],
            date_of_birth: "2001-03-04".into(),
            consents: vec![ConsentForm {
                scope: ConsentScope::Registration,
                given: true,
            }],
            ..RegistrationForm::default()
        }
    }

    #[test]
    fn a_valid_form_becomes_fields_with_detected_script_and_trimmed_text() {
        let f = check(&valid()).expect("valid");
        assert_eq!(f.names[0].original, "ሰላም", "trimmed");
        assert_eq!(f.names[0].script, "Ethi", "script detected");
        assert_eq!(
            f.status,
            Status::Registered,
            "status defaults to registered"
        );
        assert_eq!(f.sex, Sex::Unknown, "sex defaults to unknown");
    }

    #[test]
    fn a_latin_only_name_is_its_own_latin_form() {
        let mut form = valid();
        form.names[0].original = "Olena".into();
        form.names[0].latin = vec![];
        let f = check(&form).expect("valid");
        assert_eq!(f.names[0].latin, vec!["Olena".to_owned()]);
    }

    type Change = fn(&mut RegistrationForm);

    #[rstest]
    #[case::no_names(|f: &mut RegistrationForm| f.names.clear(), "names", ValidationCode::NameRequired)]
    #[case::empty_name(|f: &mut RegistrationForm| { f.names[0].original = " ".into(); f.names[0].latin.clear(); }, "names[0].original", ValidationCode::NameEmpty)]
    #[case::long_name(|f: &mut RegistrationForm| f.names[0].original = "a".repeat(101), "names[0].original", ValidationCode::NameTooLong)]
    #[case::arabic_in_latin(|f: &mut RegistrationForm| f.names[0].latin = vec!["محمد".into()], "names[0].latin[0]", ValidationCode::LatinFormNotLatin)]
    #[case::future_birth(|f: &mut RegistrationForm| f.date_of_birth = "2027-01-01".into(), "date_of_birth", ValidationCode::DateOfBirthInFuture)]
    #[case::future_year(|f: &mut RegistrationForm| f.date_of_birth = "2027".into(), "date_of_birth", ValidationCode::DateOfBirthInFuture)]
    #[case::bad_date(|f: &mut RegistrationForm| f.date_of_birth = "31/02/1990".into(), "date_of_birth", ValidationCode::DateOfBirthInvalid)]
    #[case::impossible_date(|f: &mut RegistrationForm| f.date_of_birth = "1990-02-30".into(), "date_of_birth", ValidationCode::DateOfBirthInvalid)]
    #[case::bad_month(|f: &mut RegistrationForm| f.date_of_birth = "1990-13".into(), "date_of_birth", ValidationCode::DateOfBirthInvalid)]
    #[case::age_too_high(|f: &mut RegistrationForm| f.date_of_birth = "~200".into(), "date_of_birth", ValidationCode::AgeOutOfRange)]
    #[case::too_old(|f: &mut RegistrationForm| f.date_of_birth = "1850".into(), "date_of_birth", ValidationCode::AgeOutOfRange)]
    #[case::unknown_nationality(|f: &mut RegistrationForm| f.nationalities = vec!["ZZZ".into()], "nationalities[0]", ValidationCode::NationalityUnknown)]
    #[case::unknown_language(|f: &mut RegistrationForm| f.languages = vec!["arabic".into()], "languages[0]", ValidationCode::LanguageUnknown)]
    #[case::unknown_preferred(|f: &mut RegistrationForm| f.preferred_language = "xx".into(), "preferred_language", ValidationCode::LanguageUnknown)]
    #[case::document_without_number(|f: &mut RegistrationForm| f.documents = vec![DocumentForm { number: " ".into(), ..DocumentForm::default() }], "documents[0].number", ValidationCode::DocumentNumberEmpty)]
    #[case::document_bad_country(|f: &mut RegistrationForm| f.documents = vec![DocumentForm { number: "N1".into(), issuing_country: "Syria".into(), ..DocumentForm::default() }], "documents[0].issuing_country", ValidationCode::CountryUnknown)]
    #[case::document_bad_expiry(|f: &mut RegistrationForm| f.documents = vec![DocumentForm { number: "N1".into(), expiry: "soon".into(), ..DocumentForm::default() }], "documents[0].expiry", ValidationCode::DateInvalid)]
    #[case::bad_phone(|f: &mut RegistrationForm| f.phone = "call me".into(), "phone", ValidationCode::PhoneInvalid)]
    #[case::future_arrival(|f: &mut RegistrationForm| f.arrival.at = "2027-01-01T00:00:00Z".into(), "arrival.at", ValidationCode::ArrivalTimeInvalid)]
    #[case::unknown_need(|f: &mut RegistrationForm| f.specific_needs = vec![SpecificNeedForm { code: "XX".into(), note: String::new() }], "specific_needs[0]", ValidationCode::SpecificNeedUnknown)]
    #[case::duplicate_need(|f: &mut RegistrationForm| f.specific_needs = vec![SpecificNeedForm { code: "SM".into(), note: String::new() }, SpecificNeedForm { code: "sm".into(), note: String::new() }], "specific_needs[1]", ValidationCode::SpecificNeedDuplicate)]
    #[case::unaccompanied_child(|f: &mut RegistrationForm| { f.date_of_birth = "2015".into(); f.unaccompanied = true; }, "specific_needs", ValidationCode::UnaccompaniedMinorWithoutSc)]
    #[case::unaccompanied_unknown_age(|f: &mut RegistrationForm| { f.date_of_birth = String::new(); f.unaccompanied = true; }, "specific_needs", ValidationCode::UnaccompaniedMinorWithoutSc)]
    #[case::no_consent(|f: &mut RegistrationForm| f.consents.clear(), "consents", ValidationCode::ConsentMissing)]
    #[case::consent_twice(|f: &mut RegistrationForm| f.consents.push(ConsentForm { scope: ConsentScope::Registration, given: false }), "consents[1]", ValidationCode::ConsentDuplicate)]
    #[case::family_without_name(|f: &mut RegistrationForm| f.family_in_eu = vec![FamilyMemberForm { name: String::new(), country: "DEU".into(), ..FamilyMemberForm::default() }], "family_in_eu[0].name", ValidationCode::FamilyMemberNameEmpty)]
    #[case::family_bad_country(|f: &mut RegistrationForm| f.family_in_eu = vec![FamilyMemberForm { name: "Ali".into(), country: "Germany".into(), ..FamilyMemberForm::default() }], "family_in_eu[0].country", ValidationCode::CountryUnknown)]
    #[case::not_a_jpeg(|f: &mut RegistrationForm| f.photo = Some(b"GIF89a".to_vec()), "photo", ValidationCode::PhotoInvalid)]
    #[case::long_note(|f: &mut RegistrationForm| f.specific_needs = vec![SpecificNeedForm { code: "SM".into(), note: "x".repeat(2001) }], "specific_needs[0].note", ValidationCode::TextTooLong)]
    #[case::bad_item_id(|f: &mut RegistrationForm| f.names[0].id = Some("not-a-uuid".into()), "names[0]", ValidationCode::ItemIdInvalid)]
    fn invalid_fields_are_refused_with_a_stable_code(
        #[case] change: Change,
        #[case] field: &str,
        #[case] code: ValidationCode,
    ) {
        let mut form = valid();
        change(&mut form);
        let errors = check(&form).expect_err("must be refused");
        assert!(
            errors
                .errors
                .iter()
                .any(|e| e.field == field && e.code == code),
            "expected {field} {code:?}, got {errors:?}"
        );
        assert!(
            errors.errors.iter().all(|e| !e.message.is_empty()),
            "every error has a message"
        );
    }

    #[rstest]
    #[case::exact("1990-05-17")]
    #[case::year_month("1990-05")]
    #[case::year("1990")]
    #[case::estimated("~34")]
    #[case::newborn("2026-11-23")]
    fn every_date_of_birth_precision_is_accepted(#[case] dob: &str) {
        let mut form = valid();
        form.date_of_birth = dob.into();
        let f = check(&form).expect("valid");
        assert!(f.date_of_birth.is_some());
    }

    #[test]
    fn an_age_estimated_earlier_stays_estimated_on_its_day_when_the_record_is_edited() {
        let mut form = valid();
        form.date_of_birth = "~34@2025-06-01".into();
        let f = check(&form).expect("valid");
        assert_eq!(
            f.date_of_birth.map(|d| d.to_string()).as_deref(),
            Some("~34@2025-06-01")
        );
    }

    #[test]
    fn an_unaccompanied_child_with_sc_is_accepted_and_an_adult_needs_no_sc() {
        let mut form = valid();
        form.date_of_birth = "2012".into();
        form.unaccompanied = true;
        form.specific_needs = vec![SpecificNeedForm {
            code: "sc".into(),
            note: String::new(),
        }];
        assert!(check(&form).is_ok());
        form.specific_needs.clear();
        form.date_of_birth = "1980".into();
        assert!(
            check(&form).is_ok(),
            "an adult travelling alone is not a child at risk"
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut form = valid();
        form.date_of_birth = "2099".into();
        form.nationalities = vec!["ZZZ".into()];
        form.phone = "abc".into();
        let errors = check(&form).expect_err("invalid");
        assert_eq!(errors.errors.len(), 3, "{errors:?}");
    }

    #[test]
    fn an_unchanged_consent_keeps_its_original_time_and_officer() {
        let first = check(&valid()).expect("valid");
        let mut ids = || ItemId(Uuid::from_u128(99));
        let mut cx = ValidationContext {
            now: now() + chrono::Duration::days(3),
            officer: OfficerId(Uuid::from_u128(8)),
            new_item_id: &mut ids,
        };
        let again = RegistrationForm::from_fields(&first)
            .validate(&mut cx, &first.consents)
            .expect("valid");
        assert_eq!(again.consents, first.consents);
        assert_eq!(again, first, "form -> fields -> form -> fields is stable");
    }

    #[test]
    fn group_pre_registration_needs_only_a_name_per_member() {
        let group = GroupForm {
            arrival: ArrivalForm::default(),
            members: vec![
                MemberForm {
                    given_name: "Amal".into(),
                    family_name: "Haddad".into(),
                    sex: Some(Sex::Female),
                    date_of_birth: "~38".into(),
                    nationality: "SYR".into(),
                    relationship: Relationship::FocalPoint,
                },
                MemberForm {
                    given_name: "Yara".into(),
                    family_name: String::new(),
                    sex: None,
                    date_of_birth: String::new(),
                    nationality: String::new(),
                    relationship: Relationship::Child,
                },
            ],
        };
        let mut n = 0u128;
        let mut ids = || {
            n += 1;
            ItemId(Uuid::from_u128(n))
        };
        let mut cx = ValidationContext {
            now: now(),
            officer: OfficerId(Uuid::from_u128(7)),
            new_item_id: &mut ids,
        };
        let valid = group.validate(&mut cx).expect("valid");
        assert_eq!(valid.members.len(), 2);
        assert_eq!(valid.focal_point, 0);
        assert!(
            valid
                .members
                .iter()
                .all(|(f, _)| f.status == Status::PreRegistered)
        );

        let mut bad = group.clone();
        bad.members[1].given_name = " ".into();
        bad.members[0].nationality = "Syria".into();
        let errors = bad.validate(&mut cx).expect_err("invalid");
        let fields: Vec<&str> = errors.errors.iter().map(|e| e.field.as_str()).collect();
        assert!(fields.contains(&"members[1].given_name"), "{fields:?}");
        assert!(fields.contains(&"members[0].nationality"), "{fields:?}");
    }
}
