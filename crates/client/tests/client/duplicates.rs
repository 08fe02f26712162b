//! Likely matches shown while registering, across scripts and spellings.

use crate::support::*;
use waypoint_client::MatchStrength;
use waypoint_core::form::{NameForm, RegistrationForm};
use waypoint_core::model::{NameKind, Sex};

#[test]
fn a_person_registered_in_arabic_is_a_likely_match_for_a_latin_spelling_variant() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let first = app
        .register_person(&person("محمد", "Mohammed", "الأحمد", "Al-Ahmad"))
        .expect("register");
    app.register_person(&person("Олена", "Olena", "Коваленко", "Kovalenko"))
        .expect("register");

    // The same man at another desk, typed only in Latin with another spelling, half filled.
    let again = RegistrationForm {
        sex: Some(Sex::Male),
        date_of_birth: "1990".into(),
        ..person("Muhammad", "Muhammad", "Alahmad", "Alahmad")
    };
    let matches = app.likely_matches(&again).expect("matches");
    assert_eq!(matches.len(), 1, "{matches:?}");
    assert_eq!(matches[0].person.id, first.person.id);

    // Typed again exactly (the same papers at a second crossing point): a match.
    let matches = app
        .likely_matches(&person("محمد", "Mohammed", "الأحمد", "Al-Ahmad"))
        .expect("matches");
    assert_eq!(matches[0].person.id, first.person.id);
    assert_eq!(matches[0].strength, MatchStrength::Match, "{matches:?}");

    // A different man sharing only the given name is not shown as the same person.
    let other = RegistrationForm {
        date_of_birth: "1962".into(),
        ..person("Mohammed", "Mohammed", "Haddad", "Haddad")
    };
    let matches = app.likely_matches(&other).expect("matches");
    assert!(
        matches.iter().all(|m| m.strength != MatchStrength::Match),
        "{matches:?}"
    );

    // A form with no name yet, or with text that is only punctuation, matches nobody.
    assert!(
        app.likely_matches(&RegistrationForm::default())
            .expect("empty")
            .is_empty()
    );
    let punctuation = RegistrationForm {
        names: vec![NameForm {
            id: None,
            kind: Some(NameKind::Given),
            original: "\"*) NEAR(".into(),
            latin: vec![],
        }],
        ..RegistrationForm::default()
    };
    assert!(
        app.likely_matches(&punctuation)
            .expect("punctuation")
            .is_empty()
    );
}
