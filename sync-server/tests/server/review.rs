//! Duplicate review on the server: records pushed from two sites are matched across sites;
//! a site's supervisor gets the pairs that concern it, with the other site's record; a
//! decision written into a record clears the pair; erasure forgets the record's profile.

use automerge::{ActorId, AutoCommit};
use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use chrono::{TimeZone, Utc};
use uuid::Uuid;
use waypoint_core::{
    case_number::{CaseNumber, DeviceCode, SiteCode},
    document::{ChangeMeta, NewPerson, PersonDoc},
    form::{ConsentForm, NameForm, RegistrationForm, ValidationContext},
    ids::{DeviceId, ItemId, OfficerId, PersonId},
    links::LinkDecision,
    model::{ConsentScope, NameKind, Sex},
    sync::{CandidateStrength, CandidatesResponse},
};
use waypoint_server::wire::Role;

use crate::api::{Reply, Server, TestDevice, push_record, record_id};
use crate::erasure::on_disk;

/// An alias long enough to be unmistakable in the raw database file.
const MARKER: &str = "Khouri-Matcher-Marker-9b2e";

fn meta(minute: i64) -> ChangeMeta {
    ChangeMeta {
        officer: OfficerId(Uuid::from_u128(500)),
        device: DeviceId(Uuid::from_u128(600)),
        at: Utc
            .with_ymd_and_hms(2026, 11, 23, 3, minute.try_into().unwrap_or(0), 0)
            .single()
            .unwrap_or_default(),
    }
}

/// A real person record (the app's document schema), as a device registers it.
fn person(n: u128, site: &str, names: &[(NameKind, &str, &str)], sex: Sex, dob: &str) -> PersonDoc {
    let form = RegistrationForm {
        names: names
            .iter()
            .map(|(kind, original, latin)| NameForm {
                id: None,
                kind: Some(*kind),
                original: (*original).into(),
                latin: if latin.is_empty() {
                    vec![]
                } else {
                    vec![(*latin).into()]
                },
            })
            .collect(),
        sex: Some(sex),
        date_of_birth: dob.into(),
        nationalities: vec!["SYR".into()],
        languages: vec!["arb".into()],
        preferred_language: "arb".into(),
        consents: vec![ConsentForm {
            scope: ConsentScope::Registration,
            given: true,
        }],
        ..RegistrationForm::default()
    };
    let mut next = n * 100;
    let mut ids = || {
        next += 1;
        ItemId(Uuid::from_u128(next))
    };
    let m = meta(0);
    let mut cx = ValidationContext {
        now: m.at,
        officer: m.officer,
        new_item_id: &mut ids,
    };
    let fields = form.validate(&mut cx, &[]).expect("valid form");
    let site = SiteCode::new(site).expect("site");
    let case = CaseNumber::new(
        site.clone(),
        DeviceCode::new("7KQ2").expect("device"),
        u32::try_from(n).unwrap_or(1),
    );
    PersonDoc::create(
        &NewPerson {
            id: PersonId(record_id(n)),
            case_number: &case,
            site: &site,
            group: None,
            fields: &fields,
        },
        &m,
        ActorId::from(n.to_be_bytes().to_vec()),
    )
    .expect("create")
}

async fn candidates(server: &Server, device: &TestDevice) -> Reply {
    let request = Request::get("/v1/review/candidates")
        .header(header::AUTHORIZATION, format!("Bearer {}", device.token))
        .body(Body::empty())
        .expect("request");
    server.send(request).await
}

async fn candidates_ok(server: &Server, device: &TestDevice) -> CandidatesResponse {
    let reply = candidates(server, device).await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
    reply.message()
}

/// Registered at Lesvos in Arabic script with a Latin form (record 1).
fn at_lesvos() -> PersonDoc {
    person(
        1,
        "LSV",
        &[
            (NameKind::Given, "محمد", "Mohammed"),
            (NameKind::Father, "خالد", "Khaled"),
            (NameKind::Family, "الأحمد", "Al-Ahmad"),
        ],
        Sex::Male,
        "1990-05-14",
    )
}

/// The same man again at Kos, in Latin only, spelt another way, with the year only (record 2).
fn again_at_kos() -> PersonDoc {
    person(
        2,
        "KOS",
        &[
            (NameKind::Given, "Muhammad", ""),
            (NameKind::Father, "Khalid", ""),
            (NameKind::Family, "Alahmad", ""),
        ],
        Sex::Male,
        "1990",
    )
}

fn am(doc: &mut PersonDoc) -> &mut AutoCommit {
    doc.automerge()
}

#[tokio::test]
async fn pairs_found_across_sites_reach_both_supervisors_until_one_decides() {
    let server = Server::new();
    let lesvos = server.device("LSV").await;
    let kos = server.device("KOS").await;
    let lesvos_supervisor = server.device_as("LSV", Role::Supervisor).await;
    let kos_supervisor = server.device_as("KOS", Role::Supervisor).await;
    let other_site = server.device_as("SAM", Role::Supervisor).await;

    let mut at_lesvos = at_lesvos();
    let mut at_kos = again_at_kos();
    // His sister shares his father's and family name: not a duplicate.
    let mut sister = person(
        3,
        "KOS",
        &[
            (NameKind::Given, "فاطمة", "Fatima"),
            (NameKind::Father, "خالد", "Khaled"),
            (NameKind::Family, "الأحمد", "Al-Ahmad"),
        ],
        Sex::Female,
        "1992-01-03",
    );
    // Someone else entirely.
    let mut stranger = person(
        4,
        "LSV",
        &[
            (NameKind::Given, "Olena", ""),
            (NameKind::Family, "Kovalenko", ""),
        ],
        Sex::Female,
        "1985-07-01",
    );
    lesvos
        .push_ok(
            &server,
            vec![
                push_record(record_id(1), am(&mut at_lesvos), &[]),
                push_record(record_id(4), am(&mut stranger), &[]),
            ],
        )
        .await;
    kos.push_ok(
        &server,
        vec![
            push_record(record_id(2), am(&mut at_kos), &[]),
            push_record(record_id(3), am(&mut sister), &[]),
        ],
    )
    .await;

    // An officer's device does not review.
    candidates(&server, &lesvos)
        .await
        .assert_error(StatusCode::FORBIDDEN, "forbidden");

    let found = candidates_ok(&server, &lesvos_supervisor).await;
    assert_eq!(found.pairs.len(), 1, "{:?}", found.pairs);
    let pair = &found.pairs[0];
    assert_eq!((pair.a, pair.b), (record_id(1), record_id(2)));
    assert_eq!(pair.strength, CandidateStrength::Match, "{pair:?}");
    assert!(
        pair.reasons
            .iter()
            .any(|r| r.code == "name:given:skeleton" || r.code == "name:given:exact"),
        "{:?}",
        pair.reasons
    );
    // Lesvos holds its own record; it gets only what a reviewer needs of the Kos one.
    assert_eq!(found.people.len(), 1);
    let remote = &found.people[0];
    assert_eq!(remote.id, record_id(2));
    assert_eq!(remote.site, "KOS");
    assert_eq!(remote.names[0].original, "Muhammad");

    // Kos's supervisor sees the same pair, with the Lesvos record; a third site sees nothing.
    let at_kos_view = candidates_ok(&server, &kos_supervisor).await;
    assert_eq!(at_kos_view.pairs.len(), 1);
    assert_eq!(at_kos_view.people[0].id, record_id(1));
    assert!(candidates_ok(&server, &other_site).await.pairs.is_empty());

    // Lesvos's supervisor decides on its own record: they are two people. The pair is gone
    // for both sites, and stays gone when the Kos record changes later.
    let base = am(&mut at_lesvos).get_heads();
    at_lesvos
        .decide_link(
            PersonId(record_id(2)),
            LinkDecision::NotSamePerson,
            &meta(5),
        )
        .expect("decide");
    lesvos_supervisor
        .push_ok(
            &server,
            vec![push_record(record_id(1), am(&mut at_lesvos), &base)],
        )
        .await;
    assert!(
        candidates_ok(&server, &kos_supervisor)
            .await
            .pairs
            .is_empty()
    );
    let base = am(&mut at_kos).get_heads();
    at_kos
        .decide_link(
            PersonId(record_id(4)),
            LinkDecision::NotSamePerson,
            &meta(6),
        )
        .expect("an unrelated change");
    kos.push_ok(
        &server,
        vec![push_record(record_id(2), am(&mut at_kos), &base)],
    )
    .await;
    assert!(
        candidates_ok(&server, &lesvos_supervisor)
            .await
            .pairs
            .is_empty()
    );
}

#[tokio::test]
async fn an_erased_record_leaves_the_review_queue_and_the_matchers_tables() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("server.sqlite3");
    let server = Server::on_file(&path);
    let officer = server.device("LSV").await;
    let supervisor = server.device_as("LSV", Role::Supervisor).await;
    let names = [
        (NameKind::Given, "يوسف", "Youssef"),
        (NameKind::Family, "الخوري", "Al-Khoury"),
    ];
    let mut first = person(1, "LSV", &names, Sex::Male, "2001-02-03");
    let mut second = person(
        2,
        "LSV",
        &[
            (NameKind::Given, "Yusuf", ""),
            (NameKind::Family, "Khouri", ""),
            (NameKind::Other, MARKER, ""),
        ],
        Sex::Male,
        "2001-02-03",
    );
    officer
        .push_ok(
            &server,
            vec![
                push_record(record_id(1), am(&mut first), &[]),
                push_record(record_id(2), am(&mut second), &[]),
            ],
        )
        .await;
    assert_eq!(candidates_ok(&server, &supervisor).await.pairs.len(), 1);
    // The profile is JSON: the name is in the file as typed.
    assert!(
        on_disk(&path, MARKER.as_bytes()),
        "else this proves nothing"
    );
    let reply = supervisor.erase(&server, &[record_id(2)]).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(candidates_ok(&server, &supervisor).await.pairs.is_empty());
    assert!(
        !on_disk(&path, MARKER.as_bytes()),
        "no copy of the name is left in the matcher's tables"
    );
}

#[tokio::test]
async fn a_profile_kept_before_prepared_identities_is_still_compared() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("server.sqlite3");
    let server = Server::on_file(&path);
    let lesvos = server.device("LSV").await;
    let kos = server.device("KOS").await;
    let kos_supervisor = server.device_as("KOS", Role::Supervisor).await;
    let mut at_lesvos = at_lesvos();
    lesvos
        .push_ok(
            &server,
            vec![push_record(record_id(1), am(&mut at_lesvos), &[])],
        )
        .await;
    assert!(
        candidates_ok(&server, &kos_supervisor)
            .await
            .pairs
            .is_empty()
    );

    // As a server that matched it before migration 0006 holds it: its profile, without the
    // prepared identity that comparisons now read.
    let database = rusqlite::Connection::open(&path).expect("opens");
    let cleared = database
        .execute("UPDATE match_profiles SET compared = NULL", [])
        .expect("update");
    assert_eq!(cleared, 1);
    drop(database);

    let mut at_kos = again_at_kos();
    kos.push_ok(
        &server,
        vec![push_record(record_id(2), am(&mut at_kos), &[])],
    )
    .await;
    let found = candidates_ok(&server, &kos_supervisor).await;
    assert_eq!(found.pairs.len(), 1, "{:?}", found.pairs);
    assert_eq!(
        (found.pairs[0].a, found.pairs[0].b),
        (record_id(1), record_id(2))
    );
}
