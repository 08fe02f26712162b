//! Registering, editing, listing, conflicts across devices, damaged records.

use crate::support::*;
use waypoint_client::{ErrorCode, ListQuery};
use waypoint_core::document::FieldValue;
use waypoint_core::form::{GroupForm, MemberForm};
use waypoint_core::model::{HistoryAction, Relationship, Sex};

#[test]
fn a_registered_person_is_listed_found_by_any_script_and_survives_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let view = app
        .register_person(&person("محمد", "Mohammed", "الأحمد", "Al-Ahmad"))
        .expect("register");
    assert!(view.person.case_number.to_string().starts_with("LSV-"));
    assert_eq!(view.display_name, "Mohammed Al-Ahmad");
    assert_eq!(view.history.len(), 1);
    clock.advance(chrono::Duration::minutes(1));
    app.register_person(&person("Олена", "Olena", "Коваленко", "Kovalenko"))
        .expect("register");

    let page = app.list_people(&ListQuery::default()).expect("list");
    assert_eq!(page.total, 2);
    assert_eq!(
        page.items[0].display_name, "Olena Kovalenko",
        "newest first"
    );
    for (query, expected) in [
        ("محمد", "Mohammed Al-Ahmad"),
        ("mohammed", "Mohammed Al-Ahmad"),
        ("коваленко", "Olena Kovalenko"),
    ] {
        let found = app
            .list_people(&ListQuery {
                text: Some(query.into()),
                ..ListQuery::default()
            })
            .expect("search");
        assert_eq!(found.items.len(), 1, "{query}");
        assert_eq!(found.items[0].display_name, expected, "{query}");
    }
    for odd in ["%", "_", "\\", "' OR 1=1 --", "\"", ""] {
        app.list_people(&ListQuery {
            text: Some(odd.into()),
            ..ListQuery::default()
        })
        .expect("odd text never errors");
    }
    app.lock();
    let mut app = reopen(dir.path(), &clock);
    app.unlock("amina", PASSPHRASE).expect("unlock");
    assert_eq!(
        app.list_people(&ListQuery::default()).expect("list").total,
        2
    );
    let again = app.get_person(view.person.id).expect("get");
    assert_eq!(again.person, view.person);
}

#[test]
fn case_numbers_are_unique_and_sequential_on_a_device() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let mut numbers = Vec::new();
    for i in 0..5 {
        let v = app
            .register_person(&person(&format!("Name{i}"), &format!("Name{i}"), "X", "X"))
            .expect("register");
        numbers.push(v.person.case_number);
    }
    let seqs: Vec<u32> = numbers.iter().map(|n| n.sequence()).collect();
    assert_eq!(seqs, vec![1, 2, 3, 4, 5]);
}

#[test]
fn invalid_forms_store_nothing_and_report_every_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let mut form = person("Ali", "Ali", "Haidari", "Haidari");
    form.date_of_birth = "2099-01-01".into();
    form.nationalities = vec!["Afghanistan".into()];
    let err = app.register_person(&form).expect_err("invalid");
    assert_eq!(err.code, ErrorCode::Validation);
    let mut fields: Vec<&str> = err.fields.iter().map(|f| f.field.as_str()).collect();
    fields.sort();
    assert_eq!(fields, vec!["date_of_birth", "nationalities[0]"]);
    assert_eq!(
        app.list_people(&ListQuery::default()).expect("list").total,
        0
    );
    assert_eq!(app.store().expect("store").outbox_len().expect("outbox"), 0);
}

#[test]
fn an_import_stores_all_or_nothing_and_names_the_refused_form() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let mut forms: Vec<_> = (0..4)
        .map(|i| person(&format!("Name{i}"), &format!("Name{i}"), "X", "X"))
        .collect();
    forms[2].date_of_birth = "2099-01-01".into();
    let err = app.import_people(&forms).expect_err("one form is invalid");
    assert_eq!(err.code, ErrorCode::Validation);
    let fields: Vec<&str> = err.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, vec!["people[2].date_of_birth"]);
    assert_eq!(
        app.list_people(&ListQuery::default()).expect("list").total,
        0,
        "nothing of a refused import is stored"
    );

    forms[2].date_of_birth = "1990".into();
    let ids = app.import_people(&forms).expect("import");
    assert_eq!(ids.len(), 4);
    assert_eq!(
        app.list_people(&ListQuery::default()).expect("list").total,
        4
    );
    assert_eq!(app.store().expect("store").outbox_len().expect("outbox"), 4);
    let third = app.get_person(ids[2]).expect("get");
    assert_eq!(
        third.form.date_of_birth, "1990",
        "ids come back in the forms' order"
    );
    assert_eq!(third.person.case_number.sequence(), 3);
}

#[test]
fn edits_write_history_and_an_unchanged_save_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let view = app
        .register_person(&person("Amal", "Amal", "Haddad", "Haddad"))
        .expect("register");
    let mut form = view.form.clone();
    form.phone = "+963 944 123 456".into();
    form.sex = Some(Sex::Female);
    clock.advance(chrono::Duration::minutes(3));
    let edited = app.edit_person(view.person.id, &form).expect("edit");
    assert_eq!(edited.person.fields.phone, "+963 944 123 456");
    let changes: Vec<&str> = edited
        .history
        .iter()
        .filter(|h| h.action == HistoryAction::FieldChanged)
        .filter_map(|h| h.field.as_deref())
        .collect();
    assert_eq!(changes.len(), 2, "{changes:?}");
    let again = app
        .edit_person(view.person.id, &edited.form)
        .expect("same form again");
    assert_eq!(
        again.history.len(),
        edited.history.len(),
        "no change, no history"
    );
}

#[test]
fn the_same_field_edited_on_two_devices_is_a_conflict_a_supervisor_resolves() {
    let clock = TestClock::new();
    let (da, db) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    let mut a = device(da.path(), "LSV", &clock);
    let mut b = device(db.path(), "LSV", &clock);
    let view = a
        .register_person(&person("Yonas", "Yonas", "Tesfay", "Tesfay"))
        .expect("register");
    let id = view.person.id;
    b.merge_person(id, &a.person_bytes(id).expect("bytes"))
        .expect("b receives the record");

    let mut fa = view.form.clone();
    fa.date_of_birth = "1994".into();
    a.edit_person(id, &fa).expect("edit on a");
    let mut fb = b.get_person(id).expect("get").form;
    fb.date_of_birth = "1996-02-01".into();
    b.edit_person(id, &fb).expect("edit on b");

    let from_b = b.person_bytes(id).expect("bytes");
    let merged = a.merge_person(id, &from_b).expect("a merges b");
    b.merge_person(id, &a.person_bytes(id).expect("bytes"))
        .expect("b merges a");
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(merged.conflicts[0].field, "date_of_birth");
    let listed = a
        .list_people(&ListQuery {
            conflicts_only: true,
            ..ListQuery::default()
        })
        .expect("list");
    assert_eq!(listed.total, 1, "the record shows in the review queue");

    let resolved = a
        .resolve_conflict(id, "date_of_birth", &FieldValue::Text("1996-02-01".into()))
        .expect("resolve");
    assert!(resolved.conflicts.is_empty());
    let on_b = b
        .merge_person(id, &a.person_bytes(id).expect("bytes"))
        .expect("b learns");
    assert!(
        on_b.conflicts.is_empty(),
        "resolution reaches the other device"
    );
    assert_eq!(
        on_b.person
            .fields
            .date_of_birth
            .map(|d| d.to_string())
            .as_deref(),
        Some("1996-02-01")
    );
    assert_eq!(
        a.resolve_conflict(id, "date_of_birth", &FieldValue::Text("1994".into()))
            .expect_err("nothing left to resolve")
            .code,
        ErrorCode::NoConflict
    );
}

#[test]
fn a_damaged_record_is_set_aside_and_the_rest_keeps_working() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let bad = app
        .register_person(&person("Sara", "Sara", "Ahmadi", "Ahmadi"))
        .expect("register");
    let good = app
        .register_person(&person("Reza", "Reza", "Ahmadi", "Ahmadi"))
        .expect("register");
    app.store()
        .expect("store")
        .transaction(|tx| {
            tx.overwrite_snapshot_for_tests(&bad.person.id.to_string(), b"\x85\x6f\x4a\x83garbage")
        })
        .expect("damage");
    let err = app.get_person(bad.person.id).expect_err("damaged");
    assert_eq!(err.code, ErrorCode::RecordDamaged);
    let err = app.get_person(bad.person.id).expect_err("still damaged");
    assert_eq!(err.code, ErrorCode::RecordDamaged, "quarantine persists");
    assert!(
        app.get_person(good.person.id).is_ok(),
        "other records still load"
    );
    let page = app.list_people(&ListQuery::default()).expect("list");
    let damaged: Vec<bool> = page.items.iter().map(|p| p.damaged).collect();
    assert_eq!(
        damaged.iter().filter(|d| **d).count(),
        1,
        "the list flags the damaged one"
    );
    app.register_person(&person("New", "New", "Person", "Person"))
        .expect("registering still works");
}

#[test]
fn a_family_of_five_is_pre_registered_in_one_step() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let member = |given: &str, rel: Relationship, dob: &str| MemberForm {
        given_name: given.into(),
        family_name: "حداد".into(),
        sex: None,
        date_of_birth: dob.into(),
        nationality: "SYR".into(),
        relationship: rel,
    };
    let group = app
        .pre_register_group(&GroupForm {
            arrival: Default::default(),
            members: vec![
                member("أمل", Relationship::FocalPoint, "~38"),
                member("خالد", Relationship::Spouse, "~40"),
                member("يارا", Relationship::Child, "2015"),
                member("عمر", Relationship::Child, "2018"),
                member("ليلى", Relationship::Child, "2022"),
            ],
        })
        .expect("pre-register");
    assert_eq!(group.members.len(), 5);
    assert_eq!(group.group.members.len(), 5);
    assert!(group.members.iter().all(|m| m.status == "pre_registered"));
    let again = app.get_group(group.group.id).expect("get group");
    assert_eq!(again.group, group.group);
    let focal = app
        .get_person(group.group.focal_point)
        .expect("focal point");
    assert_eq!(focal.person.group, Some(group.group.id));
    assert_eq!(
        app.store().expect("store").outbox_len().expect("outbox"),
        6,
        "5 people and the group wait for sync"
    );
}

#[test]
fn a_search_is_narrowed_by_age_sex_nationality_and_registration_day() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new(); // 2026-11-23
    let mut app = device(dir.path(), "LSV", &clock);
    // Born 1990: 35 or 36 in 2026.
    let man = app
        .register_person(&person("محمد", "Mohammed", "حداد", "Haddad"))
        .expect("register");
    clock.advance(chrono::Duration::days(1));
    let mut girl = person("فاطمة", "Fatima", "حداد", "Haddad");
    girl.sex = Some(Sex::Female);
    girl.date_of_birth = "2012-03-04".into();
    girl.nationalities = vec!["IRQ".into()];
    let girl = app.register_person(&girl).expect("register");
    let haddad = |app: &mut waypoint_client::Waypoint, q: ListQuery| {
        let page = app
            .list_people(&ListQuery {
                text: Some("Haddad".into()),
                ..q
            })
            .expect("search");
        page.items.into_iter().map(|i| i.id).collect::<Vec<_>>()
    };
    let (man, girl) = (man.person.id, girl.person.id);
    assert_eq!(haddad(&mut app, ListQuery::default()).len(), 2);
    for (query, expected, why) in [
        (
            ListQuery {
                age_max: Some(17),
                ..ListQuery::default()
            },
            vec![girl],
            "children only",
        ),
        (
            ListQuery {
                age_min: Some(36),
                age_max: Some(36),
                ..ListQuery::default()
            },
            vec![man],
            "born 1990: may be 36",
        ),
        (
            ListQuery {
                sex: Some(Sex::Male),
                ..ListQuery::default()
            },
            vec![man],
            "men only",
        ),
        (
            ListQuery {
                nationality: Some("irq".into()),
                ..ListQuery::default()
            },
            vec![girl],
            "a nationality in any case",
        ),
        (
            ListQuery {
                registered_to: chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
                ..ListQuery::default()
            },
            vec![man],
            "registered on the first day",
        ),
        (
            ListQuery {
                registered_from: chrono::NaiveDate::from_ymd_opt(2026, 11, 24),
                site: Some("lsv".into()),
                ..ListQuery::default()
            },
            vec![girl],
            "registered on the second day, at this site",
        ),
    ] {
        assert_eq!(haddad(&mut app, query), expected, "{why}");
    }
}
