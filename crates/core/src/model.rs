//! The registration model: validated types only. Raw input from the UI lives in
//! [`crate::form`] and becomes these types through validation.

use crate::case_number::{CaseNumber, SiteCode};
use crate::codes::{Country, Language, Nationality, SpecificNeed};
use crate::ids::{DeviceId, GroupId, ItemId, OfficerId, PersonId};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use ts_rs::TS;

/// Which part of a person's name a component is. Arabic names often have the father's and
/// grandfather's given names and no family name; all are kept as separate components.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum NameKind {
    /// The person's own given name.
    Given,
    /// The father's given name.
    Father,
    /// The paternal grandfather's given name.
    Grandfather,
    /// Family name (laqab, surname); may be absent.
    Family,
    /// Another name or alias the person is known by.
    Other,
}

impl NameKind {
    /// The stored code (the serde name).
    pub fn code(self) -> &'static str {
        match self {
            Self::Given => "given",
            Self::Father => "father",
            Self::Grandfather => "grandfather",
            Self::Family => "family",
            Self::Other => "other",
        }
    }
    /// Parses a stored code; an unknown one reads as `Other`.
    pub fn from_code(code: &str) -> Self {
        match code {
            "given" => Self::Given,
            "father" => Self::Father,
            "grandfather" => Self::Grandfather,
            "family" => Self::Family,
            _ => Self::Other,
        }
    }
}

/// One component of a name, kept in its original script plus one or more Latin forms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NameComponent {
    /// Stable id of this component inside the record (edits and merges key on it).
    pub id: ItemId,
    /// Which part of the name this is.
    pub kind: NameKind,
    /// The name as the person writes it, in its original script.
    pub original: String,
    /// ISO 15924 code of the original's script (`Arab`, `Ethi`, `Cyrl`, `Latn`, …).
    pub script: String,
    /// Latin forms (transliterations, spellings from documents), most used first.
    pub latin: Vec<String>,
}

/// Sex as recorded at registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
    /// Other (self-described).
    Other,
    /// Not known or not stated.
    Unknown,
}

impl Sex {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Female => "female",
            Self::Male => "male",
            Self::Other => "other",
            Self::Unknown => "unknown",
        }
    }
    /// Parses the stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        [Self::Female, Self::Male, Self::Other, Self::Unknown]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// A date of birth: often unknown or approximate, so four precisions are kept.
///
/// Stored in documents as one canonical string, so that a concurrent change of precision on two
/// devices is one conflict rather than a mix of parts: `1990-05-17`, `1990-05`, `1990`, or
/// `~34@2026-11-23` (estimated 34 years old on that date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(tag = "precision", rename_all = "snake_case")]
#[ts(export)]
pub enum DateOfBirth {
    /// The exact date is known.
    Exact {
        /// Date of birth.
        date: NaiveDate,
    },
    /// Year and month are known.
    YearMonth {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u32,
    },
    /// Only the year is known.
    Year {
        /// Year.
        year: i32,
    },
    /// The age was estimated on a date.
    EstimatedAge {
        /// Estimated age in whole years.
        age: u32,
        /// When it was estimated.
        on: NaiveDate,
    },
}

impl DateOfBirth {
    /// The earliest and latest possible dates of birth.
    pub fn range(&self) -> (NaiveDate, NaiveDate) {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN);
        match *self {
            Self::Exact { date } => (date, date),
            Self::YearMonth { year, month } => {
                let first = ymd(year, month, 1);
                let next = if month == 12 {
                    ymd(year + 1, 1, 1)
                } else {
                    ymd(year, month + 1, 1)
                };
                (first, next.pred_opt().unwrap_or(first))
            }
            Self::Year { year } => (ymd(year, 1, 1), ymd(year, 12, 31)),
            Self::EstimatedAge { age, on } => {
                let years = i32::try_from(age).unwrap_or(i32::MAX);
                let latest = on.with_year(on.year() - years).unwrap_or(on);
                let earliest = on
                    .with_year(on.year() - years - 1)
                    .and_then(|d| d.succ_opt())
                    .unwrap_or(on);
                (earliest, latest)
            }
        }
    }

    /// The most likely birth year (the middle of the range).
    pub fn birth_year(&self) -> i32 {
        let (a, b) = self.range();
        let mid = a + (b - a) / 2;
        mid.year()
    }

    /// The youngest and oldest the person can be on `day`, in whole years.
    pub fn age_range_on(&self, day: NaiveDate) -> (i32, i32) {
        let (earliest, latest) = self.range();
        (age_on(latest, day), age_on(earliest, day))
    }
}

fn age_on(born: NaiveDate, day: NaiveDate) -> i32 {
    let mut age = day.year() - born.year();
    if (day.month(), day.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    age
}

impl fmt::Display for DateOfBirth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Exact { date } => write!(f, "{}", date.format("%Y-%m-%d")),
            Self::YearMonth { year, month } => write!(f, "{year:04}-{month:02}"),
            Self::Year { year } => write!(f, "{year:04}"),
            Self::EstimatedAge { age, on } => write!(f, "~{age}@{}", on.format("%Y-%m-%d")),
        }
    }
}

impl FromStr for DateOfBirth {
    type Err = ();
    /// Parses the canonical form written by `Display`.
    fn from_str(s: &str) -> Result<Self, ()> {
        if let Some(rest) = s.strip_prefix('~') {
            let (age, on) = rest.split_once('@').ok_or(())?;
            return Ok(Self::EstimatedAge {
                age: age.parse().map_err(|_| ())?,
                on: NaiveDate::parse_from_str(on, "%Y-%m-%d").map_err(|_| ())?,
            });
        }
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str| p.parse::<i32>().map_err(|_| ());
        match parts.as_slice() {
            [y] if y.len() == 4 => Ok(Self::Year { year: num(y)? }),
            [y, m] if y.len() == 4 && m.len() == 2 => {
                let month = u32::try_from(num(m)?).map_err(|_| ())?;
                if (1..=12).contains(&month) {
                    Ok(Self::YearMonth {
                        year: num(y)?,
                        month,
                    })
                } else {
                    Err(())
                }
            }
            [_, _, _] => NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(|date| Self::Exact { date })
                .map_err(|_| ()),
            _ => Err(()),
        }
    }
}

/// Kinds of identity documents a person may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DocumentKind {
    /// Passport.
    Passport,
    /// National identity card.
    NationalId,
    /// Birth certificate.
    BirthCertificate,
    /// Residence permit or visa.
    ResidencePermit,
    /// UNHCR or other refugee document.
    RefugeeDocument,
    /// Anything else.
    Other,
}

impl DocumentKind {
    /// Every kind.
    pub const ALL: [DocumentKind; 6] = [
        Self::Passport,
        Self::NationalId,
        Self::BirthCertificate,
        Self::ResidencePermit,
        Self::RefugeeDocument,
        Self::Other,
    ];
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Passport => "passport",
            Self::NationalId => "national_id",
            Self::BirthCertificate => "birth_certificate",
            Self::ResidencePermit => "residence_permit",
            Self::RefugeeDocument => "refugee_document",
            Self::Other => "other",
        }
    }
    /// Parses the stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// A document the person holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IdentityDocument {
    /// Stable id inside the record.
    pub id: ItemId,
    /// What kind of document.
    pub kind: DocumentKind,
    /// The number as printed.
    pub number: String,
    /// Issuing country, if known.
    pub issuing_country: Option<Country>,
    /// Expiry date, if any.
    pub expiry: Option<NaiveDate>,
}

/// How the person arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ArrivalMeans {
    /// On foot or by land vehicle.
    Land,
    /// By sea.
    Sea,
    /// By air.
    Air,
    /// Other or unknown.
    Other,
}

impl ArrivalMeans {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Land => "land",
            Self::Sea => "sea",
            Self::Air => "air",
            Self::Other => "other",
        }
    }
    /// Parses the stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        [Self::Land, Self::Sea, Self::Air, Self::Other]
            .into_iter()
            .find(|m| m.code() == code)
    }
}

/// Arrival data: when, where and how. Each part merges separately.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Arrival {
    /// When the person arrived.
    pub at: Option<DateTime<Utc>>,
    /// Border crossing point or place where they were met.
    pub border_point: String,
    /// How they arrived.
    pub means: Option<ArrivalMeans>,
}

/// A specific need flagged at registration, with an optional note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SpecificNeedEntry {
    /// The UNHCR category.
    pub need: SpecificNeed,
    /// Free-text note (sensitive).
    pub note: String,
}

/// A family member living in an EU Member State (Dublin / AMMR family criteria).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FamilyMemberInEu {
    /// Stable id inside the record.
    pub id: ItemId,
    /// Name as given by the person.
    pub name: String,
    /// Relationship to the person (free text, e.g. "brother").
    pub relationship: String,
    /// Member State where they live.
    pub country: Country,
    /// Address, phone or other contact, if given.
    pub contact: String,
}

/// What a consent decision covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ConsentScope {
    /// Registration and processing of the record itself.
    Registration,
    /// Sharing with partner organisations (NGOs, UNHCR).
    SharingWithPartners,
    /// Family tracing.
    FamilyTracing,
}

impl ConsentScope {
    /// Every scope.
    pub const ALL: [ConsentScope; 3] = [
        Self::Registration,
        Self::SharingWithPartners,
        Self::FamilyTracing,
    ];
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Registration => "registration",
            Self::SharingWithPartners => "sharing_with_partners",
            Self::FamilyTracing => "family_tracing",
        }
    }
    /// Parses the stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A consent decision: given or refused, by whom it was recorded, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Consent {
    /// What it covers.
    pub scope: ConsentScope,
    /// Given (true) or refused (false). Refusal must carry no adverse consequence.
    pub given: bool,
    /// When the decision was recorded.
    pub at: DateTime<Utc>,
    /// The officer who recorded it.
    pub officer: OfficerId,
}

/// Where a record is in the workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Status {
    /// A few fields taken during group pre-registration.
    PreRegistered,
    /// Fully registered.
    Registered,
    /// Referred to another service.
    Referred,
    /// Transferred to another site or country.
    Transferred,
    /// Closed.
    Closed,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 5] = [
        Self::PreRegistered,
        Self::Registered,
        Self::Referred,
        Self::Transferred,
        Self::Closed,
    ];
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Self::PreRegistered => "pre_registered",
            Self::Registered => "registered",
            Self::Referred => "referred",
            Self::Transferred => "transferred",
            Self::Closed => "closed",
        }
    }
    /// Parses the stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The editable part of a person's record, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PersonFields {
    /// Name components.
    pub names: Vec<NameComponent>,
    /// Sex.
    pub sex: Sex,
    /// Date of birth, if any is known.
    pub date_of_birth: Option<DateOfBirth>,
    /// Place of birth as told.
    pub place_of_birth: String,
    /// Nationalities (ISO 3166-1 alpha-3, `XXA` stateless, `XXX` unknown).
    pub nationalities: Vec<Nationality>,
    /// Languages spoken (ISO 639-3).
    pub languages: Vec<Language>,
    /// Preferred language for information (leaflets, interviews).
    pub preferred_language: Option<Language>,
    /// Documents held.
    pub documents: Vec<IdentityDocument>,
    /// Phone number, as given.
    pub phone: String,
    /// Arrival.
    pub arrival: Arrival,
    /// Whether the person applies for international protection (unknown until asked).
    pub applies_for_protection: Option<bool>,
    /// A child travelling without a parent or legal guardian.
    pub unaccompanied: bool,
    /// Specific needs (UNHCR categories), sensitive.
    pub specific_needs: Vec<SpecificNeedEntry>,
    /// Family members in EU Member States.
    pub family_in_eu: Vec<FamilyMemberInEu>,
    /// Consent decisions, one per scope at most.
    pub consents: Vec<Consent>,
    /// Small JPEG photo, if taken.
    #[ts(type = "number[] | null")]
    pub photo: Option<Vec<u8>>,
    /// Workflow status.
    pub status: Status,
}

/// A person's record: who registered it where, plus the editable fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Person {
    /// Record id.
    pub id: PersonId,
    /// Human-readable case number.
    pub case_number: CaseNumber,
    /// The registration group (household), if any.
    pub group: Option<GroupId>,
    /// Site where the record was created.
    pub site: SiteCode,
    /// Officer who created it.
    pub registered_by: OfficerId,
    /// Device it was created on.
    pub device: DeviceId,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// Schema version of the document it was read from.
    pub schema_version: u64,
    /// The editable fields.
    pub fields: PersonFields,
}

impl Person {
    /// A one-line display name: Latin forms of given, father's and family name, or the originals
    /// when no Latin form exists.
    pub fn display_name(&self) -> String {
        display_name(&self.fields.names)
    }
}

/// A one-line display name from name components, in the conventional order.
pub fn display_name(names: &[NameComponent]) -> String {
    let mut parts: Vec<&NameComponent> =
        names.iter().filter(|n| n.kind != NameKind::Other).collect();
    parts.sort_by_key(|n| n.kind);
    parts
        .iter()
        .map(|n| n.latin.first().map_or(n.original.as_str(), String::as_str))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A name in original script, in the conventional order (for display next to the Latin one).
pub fn original_name(names: &[NameComponent]) -> String {
    let mut parts: Vec<&NameComponent> =
        names.iter().filter(|n| n.kind != NameKind::Other).collect();
    parts.sort_by_key(|n| n.kind);
    parts
        .iter()
        .map(|n| n.original.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A member's relationship to the group's focal point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Relationship {
    /// The focal point themselves.
    FocalPoint,
    /// Spouse or partner.
    Spouse,
    /// Son or daughter.
    Child,
    /// Father or mother.
    Parent,
    /// Brother or sister.
    Sibling,
    /// Grandparent.
    Grandparent,
    /// Grandchild.
    Grandchild,
    /// Another relative.
    OtherRelative,
    /// Travelling together, not related.
    NotRelated,
}

impl Relationship {
    /// Every relationship.
    pub const ALL: [Relationship; 9] = [
        Self::FocalPoint,
        Self::Spouse,
        Self::Child,
        Self::Parent,
        Self::Sibling,
        Self::Grandparent,
        Self::Grandchild,
        Self::OtherRelative,
        Self::NotRelated,
    ];
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Self::FocalPoint => "focal_point",
            Self::Spouse => "spouse",
            Self::Child => "child",
            Self::Parent => "parent",
            Self::Sibling => "sibling",
            Self::Grandparent => "grandparent",
            Self::Grandchild => "grandchild",
            Self::OtherRelative => "other_relative",
            Self::NotRelated => "not_related",
        }
    }
    /// Parses the stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// A member of a registration group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GroupMember {
    /// The member's person record.
    pub person: PersonId,
    /// Relationship to the focal point.
    pub relationship: Relationship,
}

/// A registration group (household).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RegistrationGroup {
    /// Record id.
    pub id: GroupId,
    /// The member who speaks for the group.
    pub focal_point: PersonId,
    /// Members, focal point included.
    pub members: Vec<GroupMember>,
    /// Group-level arrival data.
    pub arrival: Arrival,
    /// Site where the group was registered.
    pub site: SiteCode,
    /// Officer who created it.
    pub registered_by: OfficerId,
    /// Device it was created on.
    pub device: DeviceId,
    /// When it was created.
    pub created_at: DateTime<Utc>,
}

/// What happened to a record, one entry per change. Append-only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum HistoryAction {
    /// The record was created by full registration.
    Registered,
    /// The record was created by group pre-registration.
    PreRegistered,
    /// A field changed.
    FieldChanged,
    /// A consent decision was recorded or changed.
    ConsentChanged,
    /// The status changed.
    StatusChanged,
    /// A reviewer resolved a conflict between concurrent edits.
    ConflictResolved,
    /// A group was created or its membership changed.
    GroupChanged,
    /// An information leaflet was handed over (`field`: the leaflet id; `value`: language,
    /// format and short version).
    LeafletHandedOver,
    /// A reviewer decided whether this record and another are the same person (`field`:
    /// `links.<other id>`; `value`: `same_person` or `not_same_person`).
    IdentityLinkDecided,
    /// An entry written by a newer version of the app.
    Other,
}

impl HistoryAction {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Registered => "registered",
            Self::PreRegistered => "pre_registered",
            Self::FieldChanged => "field_changed",
            Self::ConsentChanged => "consent_changed",
            Self::StatusChanged => "status_changed",
            Self::ConflictResolved => "conflict_resolved",
            Self::GroupChanged => "group_changed",
            Self::LeafletHandedOver => "leaflet_handed_over",
            Self::IdentityLinkDecided => "identity_link_decided",
            Self::Other => "other",
        }
    }
    /// Parses the stored code; unknown codes (from newer apps) read as `Other`.
    pub fn from_code(code: &str) -> Self {
        [
            Self::Registered,
            Self::PreRegistered,
            Self::FieldChanged,
            Self::ConsentChanged,
            Self::StatusChanged,
            Self::ConflictResolved,
            Self::GroupChanged,
            Self::LeafletHandedOver,
            Self::IdentityLinkDecided,
        ]
        .into_iter()
        .find(|a| a.code() == code)
        .unwrap_or(Self::Other)
    }
}

/// One entry of a record's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HistoryEntry {
    /// When (the device's clock).
    pub at: DateTime<Utc>,
    /// Which officer.
    pub officer: OfficerId,
    /// Which device.
    pub device: DeviceId,
    /// What happened.
    pub action: HistoryAction,
    /// The field path concerned, if any (`sex`, `names.<id>.original`, `consent.registration`).
    pub field: Option<String>,
    /// The new value, as text, if any.
    pub value: Option<String>,
}
