//! Properties of records as Automerge documents: save/load round trips, convergence in any merge
//! order, concurrent edits of one field surface as conflicts, unknown fields survive.

use crate::case_number::{CaseNumber, DeviceCode, SiteCode};
use crate::codes::Language;
use crate::document::{ChangeMeta, FieldValue, NewPerson, PersonDoc, SCHEMA_VERSION};
use crate::form::{ConsentForm, NameForm, RegistrationForm, ValidationContext};
use crate::handover::{Acknowledgement, HandoverDetails, HandoverFormat};
use crate::ids::{DeviceId, ItemId, OfficerId, PersonId};
use crate::leaflets::{LeafletId, LeafletLanguage, LeafletVersion};
use crate::links::LinkDecision;
use crate::model::{ConsentScope, HistoryAction, NameKind, PersonFields, Sex};
use automerge::transaction::Transactable;
use automerge::{ActorId, ROOT, ReadDoc};
use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use uuid::Uuid;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 3, 0, 0)
        .single()
        .expect("valid time")
}

fn uuid(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn meta(device: u128, minutes: i64) -> ChangeMeta {
    ChangeMeta {
        officer: OfficerId(uuid(100 + device)),
        device: DeviceId(uuid(200 + device)),
        at: t0() + Duration::minutes(minutes),
    }
}

fn actor(n: u8) -> ActorId {
    ActorId::from(vec![n; 16])
}

pub(crate) fn form() -> RegistrationForm {
    RegistrationForm {
        names: vec![
            NameForm {
                id: None,
                kind: Some(NameKind::Given),
                original: "محمد".into(),
                latin: vec!["Mohammed".into()],
            },
            NameForm {
                id: None,
                kind: Some(NameKind::Family),
                original: "الأحمد".into(),
                latin: vec!["Al-Ahmad".into()],
            },
        ],
        sex: Some(Sex::Male),
        date_of_birth: "1990-05".into(),
        nationalities: vec!["SYR".into()],
        languages: vec!["arb".into()],
        preferred_language: "arb".into(),
        consents: vec![ConsentForm {
            scope: ConsentScope::Registration,
            given: true,
        }],
        ..RegistrationForm::default()
    }
}

fn validate(form: &RegistrationForm, seed: u128) -> PersonFields {
    let mut next = seed;
    let mut ids = || {
        next += 1;
        ItemId(uuid(next))
    };
    let mut cx = ValidationContext {
        now: t0(),
        officer: OfficerId(uuid(101)),
        new_item_id: &mut ids,
    };
    form.validate(&mut cx, &[]).expect("fixture form is valid")
}

fn new_doc() -> PersonDoc {
    let fields = validate(&form(), 1000);
    let case = CaseNumber::new(
        SiteCode::new("LSV").expect("site"),
        DeviceCode::new("7KQ2").expect("device"),
        1,
    );
    let site = SiteCode::new("LSV").expect("site");
    PersonDoc::create(
        &NewPerson {
            id: PersonId(uuid(1)),
            case_number: &case,
            site: &site,
            group: None,
            fields: &fields,
        },
        &meta(1, 0),
        actor(1),
    )
    .expect("create")
}

fn fork(doc: &mut PersonDoc, n: u8) -> PersonDoc {
    let mut copy = PersonDoc::load(&doc.save()).expect("own save loads");
    copy.set_actor(actor(n));
    copy
}

#[test]
fn a_created_record_reads_back_what_was_registered() {
    let mut doc = new_doc();
    let person = doc.read().expect("reads");
    assert_eq!(
        person.case_number.to_string().len(),
        17,
        "case number is stored"
    );
    assert_eq!(
        person.fields,
        validate(&form(), 1000),
        "fields survive the document"
    );
    assert_eq!(person.schema_version, SCHEMA_VERSION);
    let reloaded = PersonDoc::load(&doc.save()).expect("loads");
    assert_eq!(
        reloaded.read().expect("reads"),
        person,
        "save/load round-trips"
    );
    let history = doc.history();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].action, HistoryAction::Registered);
}

#[test]
fn concurrent_edits_of_different_fields_both_survive() {
    let mut a = new_doc();
    let mut b = fork(&mut a, 2);
    let mut fa = a.read().expect("read").fields;
    fa.phone = "+963 11 123".into();
    a.update(&fa, &meta(1, 5)).expect("update a");
    let mut fb = b.read().expect("read").fields;
    fb.place_of_birth = "Homs".into();
    b.update(&fb, &meta(2, 6)).expect("update b");
    a.merge(&mut b).expect("merge");
    let merged = a.read().expect("read").fields;
    assert_eq!(merged.phone, "+963 11 123");
    assert_eq!(merged.place_of_birth, "Homs");
    assert!(a.conflicts().is_empty(), "different fields do not conflict");
    assert_eq!(
        a.history().len(),
        3,
        "both history entries survive next to the creation"
    );
}

#[test]
fn concurrent_edits_of_the_same_field_become_a_conflict_with_who_and_when() {
    let mut a = new_doc();
    let mut b = fork(&mut a, 2);
    let mut fa = a.read().expect("read").fields;
    fa.date_of_birth = Some("1991".parse().expect("dob"));
    a.update(&fa, &meta(1, 5)).expect("update a");
    let mut fb = b.read().expect("read").fields;
    fb.date_of_birth = Some("1989-02-03".parse().expect("dob"));
    b.update(&fb, &meta(2, 7)).expect("update b");
    a.merge(&mut b).expect("merge a<-b");
    b.merge(&mut a).expect("merge b<-a");

    let conflicts = a.conflicts();
    assert_eq!(conflicts.len(), 1, "one field in conflict: {conflicts:?}");
    let c = &conflicts[0];
    assert_eq!(c.field, "date_of_birth");
    let mut seen: Vec<(String, Option<DeviceId>)> = c
        .values
        .iter()
        .map(|v| (v.value.display(), v.device))
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        vec![
            ("1989-02-03".to_owned(), Some(DeviceId(uuid(202)))),
            ("1991".to_owned(), Some(DeviceId(uuid(201)))),
        ],
        "both values with the device that wrote each"
    );
    assert!(
        c.values
            .iter()
            .all(|v| v.at.is_some() && v.officer.is_some())
    );
    assert_eq!(
        b.conflicts(),
        conflicts,
        "both replicas show the same conflict"
    );

    // A reviewer resolves it on b; a learns the resolution.
    b.resolve_conflict(
        "date_of_birth",
        &FieldValue::Text("1989-02-03".into()),
        &meta(2, 30),
    )
    .expect("resolve");
    a.merge(&mut b).expect("merge");
    assert!(
        a.conflicts().is_empty(),
        "resolution ends the conflict everywhere"
    );
    assert_eq!(
        a.read()
            .expect("read")
            .fields
            .date_of_birth
            .map(|d| d.to_string()),
        Some("1989-02-03".into())
    );
    assert!(
        a.history()
            .iter()
            .any(|h| h.action == HistoryAction::ConflictResolved
                && h.field.as_deref() == Some("date_of_birth")),
        "resolution is in history"
    );
}

#[test]
fn saving_an_unchanged_form_over_a_conflict_does_not_resolve_it() {
    let mut a = new_doc();
    let mut b = fork(&mut a, 2);
    let mut fa = a.read().expect("read").fields;
    fa.sex = Sex::Female;
    a.update(&fa, &meta(1, 5)).expect("a");
    let mut fb = b.read().expect("read").fields;
    fb.sex = Sex::Unknown;
    b.update(&fb, &meta(2, 5)).expect("b");
    a.merge(&mut b).expect("merge");
    let shown = a.read().expect("read").fields;
    let changed = a.update(&shown, &meta(1, 9)).expect("resave");
    assert!(changed.is_empty(), "nothing changed: {changed:?}");
    assert_eq!(
        a.conflicts().len(),
        1,
        "the conflict is still there for a reviewer"
    );
}

#[test]
fn resolving_a_field_without_conflict_is_refused() {
    let mut a = new_doc();
    let err = a
        .resolve_conflict("sex", &FieldValue::Text("female".into()), &meta(1, 1))
        .expect_err("no conflict");
    assert!(err.to_string().contains("no conflict"), "{err}");
}

#[test]
fn unknown_fields_from_a_newer_schema_survive_edits_and_merges() {
    let mut newer = new_doc();
    {
        let am = newer.automerge();
        am.put(
            ROOT,
            "schema",
            automerge::ScalarValue::Uint(SCHEMA_VERSION + 1),
        )
        .expect("put");
        am.put(ROOT, "biometrics_ref", "EU-123").expect("put");
        let m = am
            .put_object(ROOT, "screening", automerge::ObjType::Map)
            .expect("put");
        am.put(&m, "outcome", "asylum").expect("put");
        am.commit();
    }
    let mut old = fork(&mut newer, 3);
    let person = old.read().expect("a newer document still reads");
    assert_eq!(person.schema_version, SCHEMA_VERSION + 1);
    let mut f = person.fields;
    f.phone = "+1".into();
    old.update(&f, &meta(3, 3)).expect("edit by older app");
    let mut again = PersonDoc::load(&old.save()).expect("loads");
    let am = again.automerge();
    assert_eq!(
        am.get(ROOT, "biometrics_ref")
            .expect("get")
            .map(|(v, _)| v.to_string()),
        Some("\"EU-123\"".into()),
        "unknown scalar kept"
    );
    let (_, screening) = am
        .get(ROOT, "screening")
        .expect("get")
        .expect("unknown map kept");
    assert!(
        am.get(&screening, "outcome").expect("get").is_some(),
        "unknown nested field kept"
    );
}

fn handover(leaflet: &str, language: &str) -> HandoverDetails {
    HandoverDetails {
        leaflet: LeafletId::new(leaflet).expect("leaflet id"),
        version: LeafletVersion::of(&format!("{leaflet} in {language}")),
        language: LeafletLanguage::new(language).expect("language"),
        format: HandoverFormat::Print,
        explained_orally: true,
        interpreter_language: Language::new("tir"),
        acknowledgement: Acknowledgement::Signed,
    }
}

fn hand_over(doc: &mut PersonDoc, leaflet: &str, language: &str, device: u128, minute: i64) {
    let site = SiteCode::new("LSV").expect("site");
    doc.record_handover(
        ItemId(uuid(9000 + device)),
        &handover(leaflet, language),
        &site,
        &meta(device, minute),
    )
    .expect("hand-over appends");
}

#[test]
fn concurrent_handovers_on_two_devices_both_survive_a_merge() {
    let mut a = new_doc();
    let mut b = fork(&mut a, 2);
    hand_over(&mut a, "eurodac", "ti", 1, 5);
    hand_over(&mut b, "interview", "ar", 2, 6);
    let mut a2 = fork(&mut a, 3);
    a.merge(&mut b).expect("merge a<-b");
    b.merge(&mut a2).expect("merge b<-a");
    let seen: Vec<(String, String)> = a
        .handovers()
        .iter()
        .map(|h| {
            (
                h.details.leaflet.to_string(),
                h.details.language.to_string(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("interview".into(), "ar".into()),
            ("eurodac".into(), "ti".into())
        ],
        "both hand-overs survive, newest first"
    );
    assert_eq!(a.handovers(), b.handovers(), "both replicas converge");
    assert!(a.conflicts().is_empty(), "appends never conflict");
    let handed: Vec<Option<String>> = a
        .history()
        .iter()
        .filter(|e| e.action == HistoryAction::LeafletHandedOver)
        .map(|e| e.field.clone())
        .collect();
    assert_eq!(
        handed,
        [Some("eurodac".into()), Some("interview".into())],
        "each hand-over is in history"
    );
    let reloaded = PersonDoc::load(&a.save()).expect("loads");
    assert_eq!(
        reloaded.handovers(),
        a.handovers(),
        "hand-overs survive save/load"
    );
    let h = &reloaded.handovers()[1];
    assert_eq!(h.details.format, HandoverFormat::Print);
    assert_eq!(h.details.acknowledgement, Acknowledgement::Signed);
    assert_eq!(
        h.details
            .interpreter_language
            .as_ref()
            .map(Language::as_str),
        Some("tir")
    );
    assert_eq!(h.site.as_str(), "LSV");
    assert_eq!(h.officer, meta(1, 5).officer);
}

#[test]
fn a_record_without_the_list_keeps_both_first_handovers_made_concurrently() {
    // A record written before hand-overs existed has no list: two devices each create one.
    let mut a = new_doc();
    a.automerge()
        .delete(ROOT, "leaflet_handovers")
        .expect("delete");
    let mut b = fork(&mut a, 2);
    hand_over(&mut a, "eurodac", "ti", 1, 5);
    hand_over(&mut b, "eurodac", "ar", 2, 5);
    a.merge(&mut b).expect("merge");
    let mut languages: Vec<String> = a
        .handovers()
        .iter()
        .map(|h| h.details.language.to_string())
        .collect();
    languages.sort();
    assert_eq!(languages, ["ar", "ti"], "neither concurrent list is lost");
    assert!(
        a.conflicts().is_empty(),
        "two lists are not a field conflict"
    );
    hand_over(&mut a, "interview", "ti", 3, 9);
    assert_eq!(a.handovers().len(), 3, "later hand-overs append as usual");
}

#[test]
fn duplicate_decisions_about_different_records_both_survive_a_merge() {
    let mut a = new_doc();
    let mut b = fork(&mut a, 2);
    let (x, y) = (PersonId(uuid(7)), PersonId(uuid(8)));
    assert!(
        a.decide_link(x, LinkDecision::SamePerson, &meta(1, 5))
            .expect("decide")
    );
    assert!(
        b.decide_link(y, LinkDecision::NotSamePerson, &meta(2, 5))
            .expect("decide")
    );
    a.merge(&mut b).expect("merge");
    let links = a.links();
    assert_eq!(links.len(), 2);
    assert!(links.iter().all(|l| !l.in_conflict));
    assert_eq!(
        links.iter().find(|l| l.other == x).map(|l| l.decision),
        Some(LinkDecision::SamePerson)
    );
    assert_eq!(
        links.iter().find(|l| l.other == y).map(|l| l.decision),
        Some(LinkDecision::NotSamePerson)
    );
    assert!(a.conflicts().is_empty());
    let decided: Vec<_> = a
        .history()
        .into_iter()
        .filter(|h| h.action == HistoryAction::IdentityLinkDecided)
        .map(|h| (h.field, h.value))
        .collect();
    assert_eq!(decided.len(), 2, "both decisions are in the history");
    assert!(decided.contains(&(Some(format!("links.{x}")), Some("same_person".into()))));
    // Deciding again what the record already says writes nothing.
    let heads = a.heads();
    assert!(
        !a.decide_link(x, LinkDecision::SamePerson, &meta(1, 9))
            .expect("decide")
    );
    assert_eq!(a.heads(), heads);
    assert!(
        a.decide_link(PersonId(uuid(1)), LinkDecision::SamePerson, &meta(1, 9))
            .is_err(),
        "a record is not linked to itself"
    );
}

#[test]
fn opposite_decisions_about_one_pair_conflict_until_a_new_decision() {
    let mut a = new_doc();
    let mut b = fork(&mut a, 2);
    let x = PersonId(uuid(7));
    a.decide_link(x, LinkDecision::SamePerson, &meta(1, 5))
        .expect("decide");
    b.decide_link(x, LinkDecision::NotSamePerson, &meta(2, 6))
        .expect("decide");
    a.merge(&mut b).expect("merge");
    assert!(a.links()[0].in_conflict);
    let conflicts = a.conflicts();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].field, format!("links.{x}"));
    assert_eq!(conflicts[0].values.len(), 2, "who decided what, and when");
    // The same decision again settles it.
    assert!(
        a.decide_link(x, LinkDecision::NotSamePerson, &meta(3, 9))
            .expect("decide")
    );
    assert!(!a.links()[0].in_conflict);
    assert_eq!(a.links()[0].decision, LinkDecision::NotSamePerson);
    assert!(a.conflicts().is_empty());
}

#[test]
fn a_record_without_the_links_map_keeps_both_first_decisions_made_concurrently() {
    let mut a = new_doc();
    a.automerge().delete(ROOT, "links").expect("delete");
    let mut b = fork(&mut a, 2);
    let (x, y) = (PersonId(uuid(7)), PersonId(uuid(8)));
    a.decide_link(x, LinkDecision::SamePerson, &meta(1, 5))
        .expect("decide");
    b.decide_link(y, LinkDecision::NotSamePerson, &meta(2, 5))
        .expect("decide");
    b.decide_link(x, LinkDecision::NotSamePerson, &meta(2, 6))
        .expect("decide");
    a.merge(&mut b).expect("merge");
    let links = a.links();
    assert_eq!(links.len(), 2, "neither concurrent map is lost");
    let about_x = links.iter().find(|l| l.other == x).expect("x");
    assert!(about_x.in_conflict, "the two maps disagree about x");
    a.decide_link(x, LinkDecision::SamePerson, &meta(1, 9))
        .expect("decide");
    let about_x = a.links().into_iter().find(|l| l.other == x).expect("x");
    assert!(!about_x.in_conflict, "a new decision settles both maps");
}

#[test]
fn corrupt_bytes_are_refused_with_an_error_not_a_panic() {
    for bytes in [
        &b""[..],
        b"\x00\x01\x02",
        b"not automerge at all",
        &[0x85, 0x6f, 0x4a, 0x83, 0, 0, 0],
    ] {
        assert!(
            PersonDoc::load(bytes).is_err()
                || PersonDoc::load(bytes).and_then(|d| d.read()).is_err()
        );
    }
}

/// One edit a replica may make offline.
#[derive(Debug, Clone)]
enum Edit {
    Sex(u8),
    Phone(u8),
    BorderPoint(u8),
    AddNationality(usize),
    RemoveNationality(usize),
    AddName(u8),
    RenameFirst(u8),
    Consent(bool),
    HandOver(u8),
}

const CODES: [&str; 5] = ["SYR", "AFG", "ERI", "UKR", "XXA"];

fn edit_strategy() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0u8..4).prop_map(Edit::Sex),
        (0u8..4).prop_map(Edit::Phone),
        (0u8..4).prop_map(Edit::BorderPoint),
        (0usize..5).prop_map(Edit::AddNationality),
        (0usize..5).prop_map(Edit::RemoveNationality),
        (0u8..50).prop_map(Edit::AddName),
        (0u8..4).prop_map(Edit::RenameFirst),
        any::<bool>().prop_map(Edit::Consent),
        (0u8..4).prop_map(Edit::HandOver),
    ]
}

fn apply(doc: &mut PersonDoc, edit: &Edit, replica: u128, step: i64, ids: &mut u128) {
    if let Edit::HandOver(n) = edit {
        *ids += 1;
        let site = SiteCode::new("LSV").expect("site");
        let language = ["ti", "ar", "fa", "so"][*n as usize];
        doc.record_handover(
            ItemId(uuid(replica * 1_000_000 + *ids)),
            &handover("eurodac", language),
            &site,
            &meta(replica, step),
        )
        .expect("hand-over");
        return;
    }
    let mut f = doc.read().expect("read").fields;
    match edit {
        Edit::Sex(n) => f.sex = [Sex::Female, Sex::Male, Sex::Other, Sex::Unknown][*n as usize],
        Edit::Phone(n) => f.phone = format!("+{n}{replica}"),
        Edit::BorderPoint(n) => f.arrival.border_point = format!("Point {n}"),
        Edit::AddNationality(i) => {
            let n = crate::codes::Nationality::new(CODES[*i]).expect("code");
            if !f.nationalities.contains(&n) {
                f.nationalities.push(n);
            }
        }
        Edit::RemoveNationality(i) => f.nationalities.retain(|n| n.code() != CODES[*i]),
        Edit::AddName(n) => {
            *ids += 1;
            f.names.push(crate::model::NameComponent {
                id: ItemId(uuid(replica * 1_000_000 + *ids)),
                kind: NameKind::Other,
                original: format!("alias {n}"),
                script: "Latn".into(),
                latin: vec![format!("alias {n}")],
            });
        }
        Edit::RenameFirst(n) => {
            if let Some(first) = f.names.first_mut() {
                first.latin =
                    vec![["Muhammad", "Mohamed", "Mohamad", "Mehmet"][*n as usize].into()];
            }
        }
        Edit::HandOver(_) => {}
        Edit::Consent(given) => {
            f.consents
                .retain(|c| c.scope != ConsentScope::FamilyTracing);
            f.consents.push(crate::model::Consent {
                scope: ConsentScope::FamilyTracing,
                given: *given,
                at: t0() + Duration::minutes(step),
                officer: OfficerId(uuid(100 + replica)),
            });
        }
    }
    doc.update(&f, &meta(replica, step)).expect("update");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Random offline edits on three replicas, merged in any order, converge to identical
    /// documents: same heads, same record, same conflicts, same history, same hand-overs.
    #[test]
    fn replicas_converge_in_any_merge_order(
        edits in proptest::collection::vec(proptest::collection::vec(edit_strategy(), 0..6), 3),
        order in Just([0usize, 1, 2]).prop_shuffle(),
        order2 in Just([0usize, 1, 2]).prop_shuffle(),
    ) {
        let mut base = new_doc();
        let mut replicas: Vec<PersonDoc> = (0..3u8).map(|i| fork(&mut base, i + 10)).collect();
        let mut ids = 0u128;
        for (r, list) in edits.iter().enumerate() {
            for (step, e) in list.iter().enumerate() {
                apply(&mut replicas[r], e, r as u128 + 1, step as i64 + 1, &mut ids);
            }
        }
        // Each replica receives the others in a different order; a fourth copy merges all in `order2`.
        let snapshots: Vec<Vec<u8>> = replicas.iter_mut().map(PersonDoc::save).collect();
        let mut outcomes = Vec::new();
        for (i, first) in order.iter().enumerate() {
            let mut doc = PersonDoc::load(&snapshots[*first]).expect("load");
            let rest: Vec<usize> = if i % 2 == 0 { order2.to_vec() } else { order2.iter().rev().copied().collect() };
            for j in rest {
                let mut other = PersonDoc::load(&snapshots[j]).expect("load");
                doc.merge(&mut other).expect("merge");
            }
            // Merging again is a no-op.
            let mut again = PersonDoc::load(&snapshots[order2[0]]).expect("load");
            doc.merge(&mut again).expect("merge");
            let mut heads = doc.heads();
            heads.sort();
            let mut conflicts = doc.conflicts();
            conflicts.sort_by(|a, b| a.field.cmp(&b.field));
            outcomes.push((heads, doc.read().expect("read"), conflicts, doc.history(), doc.handovers()));
        }
        for o in &outcomes[1..] {
            prop_assert_eq!(o, &outcomes[0]);
        }
        let handed = edits.iter().flatten().filter(|e| matches!(e, Edit::HandOver(_))).count();
        prop_assert_eq!(outcomes[0].4.len(), handed, "every hand-over survives");
    }

    /// A record with random field values survives save and load unchanged.
    #[test]
    fn random_records_round_trip_through_save_and_load(
        given in "\\PC{1,20}",
        latin in "[A-Za-z' -]{1,20}",
        phone in "[0-9 +]{0,15}",
        unaccompanied in any::<bool>(),
        year in 1920i32..2025,
    ) {
        let mut f = form();
        f.names[0].original = given;
        f.names[0].latin = vec![latin];
        f.phone = phone;
        f.date_of_birth = year.to_string();
        if unaccompanied {
            f.unaccompanied = true;
            f.specific_needs = vec![crate::form::SpecificNeedForm { code: "SC".into(), note: String::new() }];
        }
        let mut next = 5000u128;
        let mut ids = || { next += 1; ItemId(uuid(next)) };
        let mut cx = ValidationContext { now: t0(), officer: OfficerId(uuid(101)), new_item_id: &mut ids };
        let Ok(fields) = f.validate(&mut cx, &[]) else { return Ok(()) };
        let case = CaseNumber::new(SiteCode::new("LSV").expect("site"), DeviceCode::new("7KQ2").expect("dev"), 9);
        let site = SiteCode::new("LSV").expect("site");
        let mut doc = PersonDoc::create(&NewPerson { id: PersonId(uuid(9)), case_number: &case, site: &site, group: None, fields: &fields }, &meta(1, 0), actor(1)).expect("create");
        let loaded = PersonDoc::load(&doc.save()).expect("load");
        prop_assert_eq!(&loaded.read().expect("read").fields, &fields);
        // Incremental chunks appended to a snapshot load to the same record.
        let snapshot = doc.save();
        let mut edited = fields.clone();
        edited.place_of_birth = "Aleppo".into();
        doc.update(&edited, &meta(1, 1)).expect("update");
        let mut bytes = snapshot;
        bytes.extend(doc.save_incremental());
        prop_assert_eq!(PersonDoc::load(&bytes).expect("load").read().expect("read").fields, edited);
    }
}
