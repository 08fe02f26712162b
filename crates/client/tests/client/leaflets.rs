//! Leaflets: the embedded catalogue, texts per jurisdiction, and hand-over records.

use crate::support::*;
use waypoint_client::{ErrorCode, Waypoint};
use waypoint_core::form::ValidationCode;
use waypoint_core::handover::{Acknowledgement, HandoverForm, HandoverFormat};
use waypoint_core::model::HistoryAction;

fn handover(app: &mut Waypoint, leaflet: &str, language: &str) -> HandoverForm {
    let text = app.leaflet_text(leaflet, language).expect("leaflet text");
    HandoverForm {
        leaflet: leaflet.into(),
        version: text.translation.version.to_string(),
        language: language.into(),
        format: HandoverFormat::Print,
        explained_orally: true,
        interpreter_language: Some("tir".into()),
        acknowledgement: Acknowledgement::Signed,
    }
}

#[test]
fn the_catalogue_lists_every_leaflet_in_every_language_with_endonyms() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let cat = app.leaflet_catalogue().expect("catalogue");
    assert_eq!(
        cat.jurisdiction.as_str(),
        "eu",
        "a site is in the EU by default"
    );
    assert_eq!(cat.leaflets.len(), 7, "all seven leaflets apply in the EU");
    assert_eq!(cat.languages.len(), 17);
    assert!(
        cat.languages.iter().any(|l| l.endonym == "ትግርኛ"),
        "the switcher shows each language's own name"
    );
    for l in &cat.leaflets {
        assert_eq!(l.translations.len(), 17, "{} in every language", l.id);
    }
    let ti = app.leaflet_text("eurodac", "ti").expect("Tigrinya Eurodac");
    assert_eq!(ti.language.script, "Ethi");
    assert_eq!(ti.translation.version.as_str().len(), 64);

    app.set_site_jurisdiction("az").expect("supervisor sets az");
    let az = app.leaflet_catalogue().expect("catalogue");
    assert!(
        az.leaflets.iter().all(|l| l.id.as_str() != "eurodac"),
        "Eurodac is not offered outside the EU"
    );
    let err = app
        .leaflet_text("eurodac", "ti")
        .expect_err("not offered in az");
    assert_eq!(err.code, ErrorCode::NotFound);
    let err = app
        .set_site_jurisdiction("xx")
        .expect_err("unknown jurisdiction");
    assert_eq!(err.code, ErrorCode::Validation);
}

#[test]
fn hand_overs_in_tigrinya_and_arabic_are_in_the_record_and_its_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let id = app
        .register_person(&person("ሰላም", "Selam", "ተስፋይ", "Tesfay"))
        .expect("register")
        .person
        .id;
    clock.advance(chrono::Duration::minutes(1));
    let ti = handover(&mut app, "eurodac", "ti");
    app.record_handover(id, &ti).expect("Tigrinya hand-over");
    clock.advance(chrono::Duration::minutes(1));
    let mut ar = handover(&mut app, "responsible-state", "ar");
    ar.format = HandoverFormat::Screen;
    ar.interpreter_language = None;
    ar.acknowledgement = Acknowledgement::Verbal;
    let view = app.record_handover(id, &ar).expect("Arabic hand-over");

    let seen: Vec<(&str, &str)> = view
        .handovers
        .iter()
        .map(|h| (h.details.leaflet.as_str(), h.details.language.as_str()))
        .collect();
    assert_eq!(
        seen,
        [("responsible-state", "ar"), ("eurodac", "ti")],
        "newest first"
    );
    let first = &view.handovers[1];
    assert_eq!(first.details.version.as_str(), ti.version);
    assert_eq!(first.details.format, HandoverFormat::Print);
    assert_eq!(first.site.as_str(), "LSV");
    let handed: Vec<Option<&str>> = view
        .history
        .iter()
        .filter(|e| e.action == HistoryAction::LeafletHandedOver)
        .map(|e| e.field.as_deref())
        .collect();
    assert_eq!(handed, [Some("eurodac"), Some("responsible-state")]);

    let again = app.get_person(id).expect("get");
    assert_eq!(again.handovers, view.handovers, "hand-overs are stored");
    let audit = app.store().expect("store").audit_entries(5).expect("audit");
    let entry = audit
        .iter()
        .find(|e| e.action == "record_handover")
        .expect("hand-overs are audited");
    assert_eq!(entry.target.as_deref(), Some(id.to_string().as_str()));
    assert_eq!(
        entry.detail.as_deref(),
        Some("responsible-state ar"),
        "the audit names ids and codes, never content"
    );
}

#[test]
fn an_unknown_version_is_refused_with_a_code_and_stores_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let id = app
        .register_person(&person("محمد", "Mohammed", "الأحمد", "Al-Ahmad"))
        .expect("register")
        .person
        .id;
    let before = app.person_bytes(id).expect("bytes");
    let mut form = handover(&mut app, "eurodac", "ar");
    form.version = "0".repeat(64);
    let err = app.record_handover(id, &form).expect_err("old version");
    assert_eq!(err.code, ErrorCode::Validation);
    assert!(
        err.fields
            .iter()
            .any(|f| f.code == ValidationCode::LeafletVersionUnknown),
        "{err:?}"
    );
    let mut bad = handover(&mut app, "eurodac", "ar");
    bad.leaflet = "dublin".into();
    bad.language = "xx".into();
    bad.interpreter_language = Some("arabic".into());
    let err = app.record_handover(id, &bad).expect_err("wrong form");
    let codes: Vec<ValidationCode> = err.fields.iter().map(|f| f.code).collect();
    assert_eq!(
        codes,
        [
            ValidationCode::LeafletUnknown,
            ValidationCode::LeafletLanguageUnknown,
            ValidationCode::InterpreterLanguageInvalid
        ],
        "every problem at once"
    );
    assert_eq!(
        app.person_bytes(id).expect("bytes"),
        before,
        "nothing stored"
    );
    assert!(app.get_person(id).expect("get").handovers.is_empty());
}

/// The leaflets each person owes, as `leaflet case-number days-overdue`, sorted.
fn owed(app: &mut Waypoint) -> Vec<String> {
    let due = app.leaflets_due(100).expect("leaflets due");
    assert_eq!(
        due.total as usize,
        due.items.len(),
        "all listed under the limit"
    );
    let mut owed: Vec<String> = due
        .items
        .iter()
        .map(|d| format!("{} {} {}", d.leaflet, d.person.display_name, d.days_overdue))
        .collect();
    owed.sort();
    owed
}

#[test]
fn people_owed_a_required_leaflet_are_listed_with_how_overdue_until_it_is_given() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let deadlines: Vec<String> = app
        .leaflet_deadlines()
        .expect("deadlines")
        .iter()
        .map(|d| format!("{} {}", d.leaflet, d.within_days))
        .collect();
    assert_eq!(
        deadlines,
        [
            "screening 0",
            "protection-procedure 3",
            "eurodac 0",
            "responsible-state 0"
        ],
        "an EU site starts from the catalogue's deadlines"
    );
    let selam = app
        .register_person(&person("ሰላም", "Selam", "ተስፋይ", "Tesfay"))
        .expect("register")
        .person
        .id;
    app.register_person(&person("Hamid", "Hamid", "Karimi", "Karimi"))
        .expect("register");

    // A day later: the leaflets due at registration are owed, a day overdue; the procedure
    // leaflet (3 days) is not due yet.
    clock.advance(chrono::Duration::days(1));
    let owed_now = owed(&mut app);
    assert_eq!(owed_now.len(), 6, "{owed_now:?}");
    assert!(owed_now.contains(&"eurodac Selam Tesfay 1".to_owned()));
    assert!(
        !owed_now
            .iter()
            .any(|o| o.starts_with("protection-procedure"))
    );

    let eurodac = handover(&mut app, "eurodac", "ti");
    app.record_handover(selam, &eurodac).expect("hand-over");
    let owed_now = owed(&mut app);
    assert_eq!(owed_now.len(), 5, "{owed_now:?}");
    assert!(
        !owed_now.contains(&"eurodac Selam Tesfay 1".to_owned()),
        "a leaflet given is not owed any more"
    );

    // Four days after registration the procedure leaflet is a day overdue too.
    clock.advance(chrono::Duration::days(3));
    let owed_now = owed(&mut app);
    assert_eq!(owed_now.len(), 7, "{owed_now:?}");
    assert!(owed_now.contains(&"protection-procedure Hamid Karimi 1".to_owned()));
    assert!(owed_now.contains(&"screening Hamid Karimi 4".to_owned()));

    // The supervisor changes the site's deadlines: only the interview leaflet, within 10 days.
    let set = app
        .set_leaflet_deadlines(&[waypoint_client::LeafletDeadline {
            leaflet: waypoint_core::leaflets::LeafletId::new("interview").expect("valid"),
            within_days: 10,
        }])
        .expect("supervisor sets deadlines");
    assert_eq!(app.leaflet_deadlines().expect("deadlines"), set);
    assert!(
        owed(&mut app).is_empty(),
        "nothing is due within 10 days yet"
    );
    clock.advance(chrono::Duration::days(7));
    assert_eq!(
        owed(&mut app),
        ["interview Hamid Karimi 1", "interview Selam Tesfay 1"]
    );

    let twice = app
        .set_leaflet_deadlines(&[
            waypoint_client::LeafletDeadline {
                leaflet: waypoint_core::leaflets::LeafletId::new("interview").expect("valid"),
                within_days: 1,
            },
            waypoint_client::LeafletDeadline {
                leaflet: waypoint_core::leaflets::LeafletId::new("interview").expect("valid"),
                within_days: 2,
            },
        ])
        .expect_err("one deadline per leaflet");
    assert_eq!(twice.code, ErrorCode::Validation);
    let unknown = app
        .set_leaflet_deadlines(&[waypoint_client::LeafletDeadline {
            leaflet: waypoint_core::leaflets::LeafletId::new("nonexistent").expect("valid"),
            within_days: 1,
        }])
        .expect_err("only leaflets offered here");
    assert_eq!(unknown.code, ErrorCode::Validation);

    // Outside the EU, Eurodac is not offered: no deadline for it survives a change of
    // jurisdiction, and the Azerbaijani catalogue sets none by default.
    app.set_site_jurisdiction("az").expect("az");
    assert_eq!(app.leaflet_deadlines().expect("deadlines"), set);
}

#[test]
fn only_a_supervisor_sets_leaflet_deadlines_and_contacts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    app.create_officer(&waypoint_client::OfficerForm {
        username: "jonas".into(),
        display_name: "Jonas P.".into(),
        passphrase: "another long passphrase".into(),
        role: waypoint_client::OfficerRole::Officer,
    })
    .expect("officer added");
    app.lock();
    let mut app = reopen(dir.path(), &clock);
    app.unlock("jonas", "another long passphrase")
        .expect("unlock");
    let err = app
        .set_leaflet_deadlines(&[])
        .expect_err("officers cannot change deadlines");
    assert_eq!(err.code, ErrorCode::Forbidden);
    assert_eq!(
        app.leaflet_deadlines().expect("deadlines").len(),
        4,
        "officers read them"
    );
    let err = app
        .set_site_contacts(&std::collections::BTreeMap::new())
        .expect_err("officers cannot change contacts");
    assert_eq!(err.code, ErrorCode::Forbidden);
}

#[test]
fn the_contacts_leaflet_is_filled_from_the_site_and_prints_only_when_complete() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let blank = app.leaflet_text("contacts", "ar").expect("text");
    assert!(
        blank.missing_placeholders.contains(&"ngo_phone".to_owned()),
        "{:?}",
        blank.missing_placeholders
    );
    let err = app
        .leaflet_pdf("contacts", "ar")
        .expect_err("no contacts set yet");
    assert_eq!(err.code, ErrorCode::Validation);
    assert!(err.message.contains("ngo_phone"), "{}", err.message);

    let contacts = app.site_contacts().expect("contacts");
    let mut values: std::collections::BTreeMap<String, String> = contacts
        .iter()
        .map(|c| (c.name.clone(), format!("{} value", c.name)))
        .collect();
    values.insert("ngo_phone".into(), "+30 210 555 0123".into());
    let saved = app
        .set_site_contacts(&values)
        .expect("supervisor sets contacts");
    assert!(saved.iter().all(|c| !c.value.is_empty()));

    let filled = app.leaflet_text("contacts", "ar").expect("text");
    assert!(filled.missing_placeholders.is_empty());
    assert!(
        filled
            .translation
            .texts()
            .any(|t| t.contains("+30 210 555 0123")),
        "the site's phone is in the text"
    );
    assert_eq!(
        filled.translation.version, blank.translation.version,
        "the version is the template's: site values do not change it"
    );
    let pdf = app.leaflet_pdf("contacts", "ar").expect("prints");
    assert!(pdf.pdf.starts_with(b"%PDF-"), "a PDF file");
    assert!(
        pdf.file_name.starts_with("contacts-ar-") && pdf.file_name.ends_with(".pdf"),
        "{}",
        pdf.file_name
    );

    let unknown = app
        .set_site_contacts(&[("favourite_colour".to_owned(), "blue".to_owned())].into())
        .expect_err("only declared contacts");
    assert_eq!(unknown.code, ErrorCode::Validation);
    let braces = app
        .set_site_contacts(&[("ngo_phone".to_owned(), "{ngo_phone}".to_owned())].into())
        .expect_err("no placeholders in values");
    assert_eq!(braces.code, ErrorCode::Validation);
    assert_eq!(
        app.leaflet_text("contacts", "ar")
            .expect("text")
            .missing_placeholders,
        Vec::<String>::new(),
        "a refused change keeps the saved values"
    );
}
