//! Realistic registrations for benchmarks: about 30 fields, names in several scripts.

use waypoint_core::form::{ConsentForm, DocumentForm, NameForm, RegistrationForm};
use waypoint_core::model::{ConsentScope, DocumentKind, NameKind, Sex};

const GIVEN: [(&str, &str); 6] = [
    ("محمد", "Mohammed"),
    ("أحمد", "Ahmad"),
    ("فاطمة", "Fatima"),
    ("ሰላም", "Selam"),
    ("Олена", "Olena"),
    ("حامد", "Hamid"),
];
const FAMILY: [(&str, &str); 5] = [
    ("الأحمد", "Al-Ahmad"),
    ("حداد", "Haddad"),
    ("ተስፋይ", "Tesfay"),
    ("Коваленко", "Kovalenko"),
    ("کریمی", "Karimi"),
];

/// The `i`th of a varied series of realistic registrations (about 30 fields).
pub fn registration(i: usize) -> RegistrationForm {
    let (g, gl) = GIVEN[i % GIVEN.len()];
    let (f, fl) = FAMILY[(i / 7) % FAMILY.len()];
    let name = |kind, o: &str, l: &str| NameForm {
        id: None,
        kind: Some(kind),
        original: o.into(),
        latin: vec![l.into()],
    };
    RegistrationForm {
        names: vec![
            name(NameKind::Given, g, gl),
            name(NameKind::Father, "علي", "Ali"),
            name(NameKind::Family, f, fl),
        ],
        sex: Some(if i.is_multiple_of(2) {
            Sex::Male
        } else {
            Sex::Female
        }),
        date_of_birth: format!("{}-0{}", 1960 + i % 60, 1 + i % 9),
        place_of_birth: "Homs".into(),
        nationalities: vec!["SYR".into()],
        languages: vec!["arb".into(), "kmr".into()],
        preferred_language: "arb".into(),
        documents: vec![DocumentForm {
            id: None,
            kind: Some(DocumentKind::Passport),
            number: format!("N{i:08}"),
            issuing_country: "SYR".into(),
            expiry: "2030-01-01".into(),
        }],
        phone: format!("+963 9{i:08}"),
        applies_for_protection: Some(true),
        consents: vec![ConsentForm {
            scope: ConsentScope::Registration,
            given: true,
        }],
        ..RegistrationForm::default()
    }
}
