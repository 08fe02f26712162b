//! Duplicate review end to end: two devices register the same man, spelt two ways; the server
//! finds the pair and every supervisor's device gets it; two supervisors decide it differently
//! offline, the disagreement comes back for review, a third decides; every device then opens
//! the later record on the earlier one, with both histories kept.

use crate::{Device, device};
use waypoint_client::{ErrorCode, ListQuery, MatchStrength};
use waypoint_core::form::{ConsentForm, NameForm, RegistrationForm};
use waypoint_core::ids::PersonId;
use waypoint_core::links::LinkDecision;
use waypoint_core::model::{ConsentScope, HistoryAction, NameKind, Sex};
use waypoint_e2e::server::TestServer;

fn man(names: &[(NameKind, &str, &str)], dob: &str) -> RegistrationForm {
    RegistrationForm {
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
        sex: Some(Sex::Male),
        date_of_birth: dob.into(),
        nationalities: vec!["SYR".into()],
        consents: vec![ConsentForm {
            scope: ConsentScope::Registration,
            given: true,
        }],
        ..RegistrationForm::default()
    }
}

fn sync(d: &mut Device) {
    d.app.sync_now().expect("sync");
}

/// The people the list shows, without search text.
fn listed(d: &mut Device) -> Vec<PersonId> {
    d.app
        .list_people(&ListQuery::default())
        .expect("list")
        .items
        .into_iter()
        .map(|p| p.id)
        .collect()
}

#[test]
fn a_pair_found_by_the_server_is_reviewed_disputed_decided_and_linked_on_every_device() {
    let server = TestServer::start();
    let mut a = device(&server, "amina");
    let mut b = device(&server, "jonas");
    let mut c = device(&server, "sara");

    let first = a
        .app
        .register_person(&man(
            &[
                (NameKind::Given, "محمد", "Mohammed"),
                (NameKind::Father, "خالد", "Khaled"),
                (NameKind::Family, "الأحمد", "Al-Ahmad"),
            ],
            "1990-05-14",
        ))
        .expect("register")
        .person
        .id;
    // Someone else, who must not come up.
    a.app
        .register_person(&man(
            &[
                (NameKind::Given, "Oleksandr", ""),
                (NameKind::Family, "Kovalenko", ""),
            ],
            "1975",
        ))
        .expect("register");
    std::thread::sleep(std::time::Duration::from_millis(5));
    let second = b
        .app
        .register_person(&man(
            &[
                (NameKind::Given, "Muhammad", ""),
                (NameKind::Father, "Khalid", ""),
                (NameKind::Family, "Alahmad", ""),
            ],
            "1990",
        ))
        .expect("register")
        .person
        .id;
    sync(&mut a);
    sync(&mut b);
    sync(&mut a);
    sync(&mut b);
    sync(&mut c);

    let queue = c.app.review_queue().expect("queue");
    assert_eq!(queue.len(), 1, "{queue:?}");
    let pair = &queue[0];
    let mut ids = [pair.a.id, pair.b.id];
    ids.sort();
    let mut expected = [first, second];
    expected.sort();
    assert_eq!(ids, expected);
    assert!(pair.a.held_here && pair.b.held_here, "both are this site's");
    assert_eq!(pair.strength, MatchStrength::Match);
    assert!(!pair.disputed);
    assert!(!pair.reasons.is_empty());

    // Offline, two supervisors decide differently.
    a.app
        .decide_duplicate(first, second, LinkDecision::SamePerson)
        .expect("a decides");
    assert!(
        a.app.review_queue().expect("queue").is_empty(),
        "decided here"
    );
    b.app
        .decide_duplicate(second, first, LinkDecision::NotSamePerson)
        .expect("b decides");
    sync(&mut a);
    sync(&mut b);
    sync(&mut a);
    sync(&mut c);

    // The disagreement is a conflict on both records and back in the queue, marked.
    let view = c.app.get_person(first).expect("get");
    assert!(
        view.conflicts
            .iter()
            .any(|x| x.field == format!("links.{second}") && x.values.len() == 2),
        "{:?}",
        view.conflicts
    );
    let queue = c.app.review_queue().expect("queue");
    assert_eq!(queue.len(), 1);
    assert!(queue[0].disputed);
    let shown = listed(&mut c);
    assert!(
        shown.contains(&first) && shown.contains(&second),
        "a disputed pair is listed as two people"
    );

    // A third supervisor decides; everyone converges.
    c.app
        .decide_duplicate(first, second, LinkDecision::SamePerson)
        .expect("c decides");
    sync(&mut c);
    sync(&mut a);
    sync(&mut b);
    sync(&mut c);
    for d in [&mut a, &mut b, &mut c] {
        assert!(d.app.review_queue().expect("queue").is_empty());
        let later = d.app.get_person(second).expect("get");
        assert_eq!(
            later.canonical,
            Some(first),
            "the later record opens on the first"
        );
        assert!(later.conflicts.is_empty(), "{:?}", later.conflicts);
        assert!(
            later
                .history
                .iter()
                .any(|h| h.action == HistoryAction::Registered),
            "its own history is kept"
        );
        let shown = listed(d);
        assert!(
            shown.contains(&first),
            "the set is listed by its first record"
        );
        assert!(!shown.contains(&second), "and only once");
        let page = d.app.list_people(&ListQuery::default()).expect("list");
        assert_eq!(page.total as usize, page.items.len(), "the count agrees");
        let found = d
            .app
            .list_people(&ListQuery {
                text: Some("Muhammad".into()),
                ..ListQuery::default()
            })
            .expect("search");
        assert!(
            found.items.iter().any(|p| p.id == second),
            "a search still finds each record"
        );
        let earlier = d.app.get_person(first).expect("get");
        assert_eq!(earlier.canonical, None);
        assert_eq!(earlier.links.len(), 1);
        let link = &earlier.links[0];
        assert_eq!(link.other, second);
        assert_eq!(link.decision, LinkDecision::SamePerson);
        assert!(!link.in_conflict);
        assert_eq!(
            link.person.as_ref().map(|p| p.display_name.as_str()),
            Some("Muhammad Khalid Alahmad")
        );
        let decisions = earlier
            .history
            .iter()
            .filter(|h| h.action == HistoryAction::IdentityLinkDecided)
            .count();
        assert!(decisions >= 2, "every decision is in the history");
    }
}

#[test]
fn only_a_supervisor_decides_and_never_a_record_with_itself() {
    let server = TestServer::start();
    let mut a = device(&server, "amina");
    let id: PersonId = a
        .app
        .register_person(&man(&[(NameKind::Given, "Selam", "")], "2000"))
        .expect("register")
        .person
        .id;
    let err = a
        .app
        .decide_duplicate(id, id, LinkDecision::SamePerson)
        .expect_err("refused");
    assert_eq!(err.code, ErrorCode::Validation);
    let unknown: PersonId = "00000000-0000-0000-0000-00000000002a".parse().expect("id");
    let err = a
        .app
        .decide_duplicate(
            unknown,
            "00000000-0000-0000-0000-00000000002b".parse().expect("id"),
            LinkDecision::NotSamePerson,
        )
        .expect_err("refused");
    assert_eq!(err.code, ErrorCode::NotFound);
}
