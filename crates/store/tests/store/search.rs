//! Search across scripts: any script finds any script, filters, ranking, hostile query text,
//! and that a deleted person leaves no search entry behind.

use automerge::ActorId;
use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use waypoint_core::case_number::{CaseNumber, DeviceCode, SiteCode};
use waypoint_core::document::{ChangeMeta, NewPerson, PersonDoc};
use waypoint_core::form::{ConsentForm, NameForm, RegistrationForm, ValidationContext};
use waypoint_core::ids::{DeviceId, ItemId, OfficerId, PersonId};
use waypoint_core::model::{ConsentScope, NameKind, Sex};
use waypoint_store::keyring::DbKey;
use waypoint_store::{DocumentKind, PeopleFilter, Store};

/// One person to register: names as `(kind, original, latin forms)`.
pub struct Someone<'a> {
    pub names: Vec<(NameKind, &'a str, &'a [&'a str])>,
    pub sex: Sex,
    pub born: &'a str,
    pub nationality: &'a str,
}

impl<'a> Someone<'a> {
    /// A man born in 1990, Syrian, with these given and family names.
    pub fn named(given: &'a str, family: &'a str) -> Self {
        Self {
            names: vec![
                (NameKind::Given, given, &[]),
                (NameKind::Family, family, &[]),
            ],
            sex: Sex::Male,
            born: "1990-05-01",
            nationality: "SYR",
        }
    }
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0)
        .single()
        .expect("time")
}

pub fn in_memory_store() -> Store {
    Store::open_in_memory(&DbKey::generate().expect("key")).expect("open")
}

/// Registers `who` as the `seq`th person of the device, `seq` minutes after [`t0`].
pub fn register(store: &mut Store, seq: u32, who: &Someone<'_>) -> String {
    let (mut doc, at) = person_doc(seq, who);
    let person = doc.read().expect("read");
    let id = person.id.to_string();
    store
        .transaction(|tx| {
            tx.insert_document(&id, DocumentKind::Person, doc.automerge(), at)?;
            tx.index_person(&person, 0, &[], &[], at)
        })
        .expect("store");
    id
}

/// The record of `who` as the `seq`th person of the device, and when it was made.
fn person_doc(seq: u32, who: &Someone<'_>) -> (PersonDoc, DateTime<Utc>) {
    let at = t0() + Duration::minutes(i64::from(seq));
    let form = RegistrationForm {
        names: who
            .names
            .iter()
            .map(|(kind, original, latin)| NameForm {
                id: None,
                kind: Some(*kind),
                original: (*original).into(),
                latin: latin.iter().map(|l| (*l).into()).collect(),
            })
            .collect(),
        sex: Some(who.sex),
        date_of_birth: who.born.into(),
        nationalities: vec![who.nationality.into()],
        consents: vec![ConsentForm {
            scope: ConsentScope::Registration,
            given: true,
        }],
        ..RegistrationForm::default()
    };
    let officer = OfficerId::from_uuid(uuid::Uuid::now_v7());
    let mut new_item = || ItemId(uuid::Uuid::now_v7());
    let fields = form
        .validate(
            &mut ValidationContext {
                now: at,
                officer,
                new_item_id: &mut new_item,
            },
            &[],
        )
        .expect("a valid form");
    let id = PersonId::from_uuid(uuid::Uuid::now_v7());
    let site = SiteCode::new("TST").expect("site");
    let case_number = CaseNumber::new(site.clone(), DeviceCode::new("AB12").expect("device"), seq);
    let meta = ChangeMeta {
        officer,
        device: DeviceId::from_uuid(uuid::Uuid::now_v7()),
        at,
    };
    let doc = PersonDoc::create(
        &NewPerson {
            id,
            case_number: &case_number,
            site: &site,
            group: None,
            fields: &fields,
        },
        &meta,
        ActorId::random(),
    )
    .expect("create");
    (doc, at)
}

#[test]
fn a_store_upgraded_from_schema_3_finds_its_people_across_scripts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = DbKey::generate().expect("key");
    let path = dir.path().join("w.db");
    let (mut doc, at) = person_doc(1, &Someone::named("محمد", "حداد"));
    let id = doc.read().expect("read").id.to_string();
    {
        let mut conn = rusqlite::Connection::open(&path).expect("raw open");
        conn.execute_batch(&format!(
            "PRAGMA key = \"x'{}'\";",
            waypoint_store::keyring::test_key_hex(&key)
        ))
        .expect("key");
        rusqlite_migration::Migrations::new(vec![
            rusqlite_migration::M::up(include_str!("../../src/migrations/0001_initial.sql")),
            rusqlite_migration::M::up(include_str!("../../src/migrations/0002_people_order.sql")),
            rusqlite_migration::M::up(include_str!(
                "../../src/migrations/0003_erasure_retention.sql"
            )),
        ])
        .to_latest(&mut conn)
        .expect("schema 3");
        // A person as schema 3 stored one: the document and a row searched with LIKE.
        conn.execute(
            "INSERT INTO documents (id, kind, snapshot, updated_at) VALUES (?1, 'person', ?2, 0)",
            rusqlite::params![id, doc.save()],
        )
        .expect("document");
        conn.execute(
            "INSERT INTO people (id, case_number, display_name, original_name, sex, nationalities,
                                 status, site, created_at, updated_at, search_text)
             VALUES (?1, 'TST-AB12-1', 'محمد حداد', 'محمد حداد', 'M', 'SYR', 'registered', 'TST',
                     ?2, ?2, 'محمد حداد')",
            rusqlite::params![id, at.timestamp_millis()],
        )
        .expect("row");
    }
    let store = Store::open(&path, &key).expect("upgrade");
    assert_eq!(
        search(&store, "Mohammed"),
        vec![id.clone()],
        "found by name terms"
    );
    assert_eq!(
        search(&store, "hadd"),
        vec![id],
        "found by the transliteration's trigrams"
    );
}

fn search(store: &Store, text: &str) -> Vec<String> {
    found(
        store,
        &PeopleFilter {
            text: Some(text.into()),
            ..PeopleFilter::default()
        },
    )
}

fn found(store: &Store, filter: &PeopleFilter) -> Vec<String> {
    let (items, total) = store.list_people(filter, 0, 100).expect("list");
    assert_eq!(
        usize::try_from(total).expect("total"),
        items.len(),
        "the total counts the rows of a page that holds them all"
    );
    items.into_iter().map(|i| i.id).collect()
}

#[test]
fn arabic_script_finds_a_person_registered_in_latin_and_the_other_way() {
    let mut store = in_memory_store();
    let latin = register(&mut store, 1, &Someone::named("Mohammed", "Haddad"));
    let arabic = register(&mut store, 2, &Someone::named("محمد", "حداد"));
    let other = register(&mut store, 3, &Someone::named("Fatima", "Karimi"));
    assert_each_finds(
        &store,
        &["محمد", "Mohammed", "حداد", "Haddad"],
        &[&latin, &arabic],
        &[&other],
    );
}

/// Each query finds every one of `finds` and none of `misses`.
fn assert_each_finds(store: &Store, queries: &[&str], finds: &[&String], misses: &[&String]) {
    for query in queries {
        let ids = search(store, query);
        for id in finds {
            assert!(ids.contains(id), "{query} finds {id}: {ids:?}");
        }
        for id in misses {
            assert!(!ids.contains(id), "{query} does not find {id}: {ids:?}");
        }
    }
}

#[test]
fn cyrillic_and_latin_find_each_other() {
    let mut store = in_memory_store();
    let cyrillic = register(&mut store, 1, &Someone::named("Олена", "Коваленко"));
    let latin = register(&mut store, 2, &Someone::named("Olena", "Kovalenko"));
    let other = register(&mut store, 3, &Someone::named("Ahmad", "Haddad"));
    assert_each_finds(
        &store,
        &["Kovalenko", "Коваленко", "Olena", "Олена"],
        &[&cyrillic, &latin],
        &[&other],
    );
}

#[test]
fn spelling_variants_of_a_name_find_each_other_and_unrelated_names_do_not() {
    let mut store = in_memory_store();
    let mohamed = register(&mut store, 1, &Someone::named("Mohamed", "Saleh"));
    let muhammad = register(&mut store, 2, &Someone::named("Muhammad", "Salih"));
    let ahmad = register(&mut store, 3, &Someone::named("Ahmad", "Nouri"));
    let olena = register(&mut store, 4, &Someone::named("Олена", "Шевченко"));
    assert_each_finds(
        &store,
        &["Mohamed", "Muhammad", "Mohammed", "Мухаммед", "مُحَمَّد"],
        &[&mohamed, &muhammad],
        &[&ahmad, &olena],
    );
    assert_eq!(
        search(&store, "Nouri"),
        vec![ahmad],
        "one family name, one person"
    );
    assert!(
        search(&store, "Zelensky").is_empty(),
        "nobody has that name"
    );
}

#[test]
fn the_exact_spelling_ranks_before_a_variant_and_a_variant_before_letters_inside_a_name() {
    let mut store = in_memory_store();
    // Registered in this order, so newest-first would put them the other way round.
    let exact = register(&mut store, 1, &Someone::named("Muhammad", "Ali"));
    let variant = register(&mut store, 2, &Someone::named("Mohammed", "Omar"));
    let inside = register(&mut store, 3, &Someone::named("Muhammadullah", "Diallo"));
    let ids = search(&store, "muhammad");
    assert_eq!(
        ids,
        vec![exact, variant, inside],
        "exact key, skeleton, trigram"
    );
}

#[test]
fn three_letters_of_a_name_in_any_script_find_it() {
    let mut store = in_memory_store();
    let latin = register(&mut store, 1, &Someone::named("Abdelrahman", "Kovalenko"));
    let arabic = register(&mut store, 2, &Someone::named("عبدالرحمن", "الخوري"));
    assert_eq!(search(&store, "Koval"), vec![latin.clone()]);
    assert_eq!(search(&store, "خور"), vec![arabic.clone()]);
    assert_eq!(
        search(&store, "ko"),
        Vec::<String>::new(),
        "two letters are no trigram"
    );
}

#[test]
fn a_case_number_finds_its_person_first() {
    let mut store = in_memory_store();
    let first = register(&mut store, 1, &Someone::named("Ahmad", "Nouri"));
    register(&mut store, 2, &Someone::named("Ahmad", "Nouri"));
    let case_number = store
        .list_people(&PeopleFilter::default(), 0, 10)
        .expect("list")
        .0
        .into_iter()
        .find(|p| p.id == first)
        .expect("listed")
        .case_number;
    let ids = search(&store, &case_number.to_lowercase());
    assert_eq!(ids.first(), Some(&first), "{case_number}");
}

#[test]
fn filters_narrow_a_search_and_a_list() {
    let mut store = in_memory_store();
    let man = register(&mut store, 1, &Someone::named("Mohammed", "Haddad"));
    let woman = register(
        &mut store,
        2,
        &Someone {
            sex: Sex::Female,
            born: "2001-02-03",
            nationality: "AFG",
            ..Someone::named("Mahmuda", "Haddad")
        },
    );
    let haddad = |f: PeopleFilter| {
        let mut ids = found(
            &store,
            &PeopleFilter {
                text: Some("Haddad".into()),
                ..f.clone()
            },
        );
        ids.sort();
        let mut listed = found(&store, &f);
        listed.sort();
        assert_eq!(ids, listed, "with or without text, the same two people");
        ids
    };
    assert_eq!(haddad(PeopleFilter::default()).len(), 2);
    assert_eq!(
        haddad(PeopleFilter {
            sex: Some(Sex::Female.code().into()),
            ..PeopleFilter::default()
        }),
        vec![woman.clone()]
    );
    assert_eq!(
        haddad(PeopleFilter {
            nationality: Some("SYR".into()),
            ..PeopleFilter::default()
        }),
        vec![man.clone()]
    );
    assert_eq!(
        haddad(PeopleFilter {
            birth_year_from: Some(2000),
            birth_year_to: Some(2005),
            ..PeopleFilter::default()
        }),
        vec![woman.clone()]
    );
    assert_eq!(
        haddad(PeopleFilter {
            registered_before: Some(t0() + Duration::minutes(2)),
            ..PeopleFilter::default()
        }),
        vec![man.clone()]
    );
    assert_eq!(
        haddad(PeopleFilter {
            registered_from: Some(t0() + Duration::minutes(2)),
            site: Some("TST".into()),
            status: Some(
                store
                    .list_people(&PeopleFilter::default(), 0, 1)
                    .expect("list")
                    .0[0]
                    .status
                    .clone()
            ),
            ..PeopleFilter::default()
        }),
        vec![woman]
    );
}

#[test]
fn an_erased_person_leaves_no_search_entry() {
    let mut store = in_memory_store();
    let erased = register(&mut store, 1, &Someone::named("Quetzalerasure", "زمردیان"));
    let kept = register(&mut store, 2, &Someone::named("Quetzalkept", "Haddad"));
    assert_eq!(search(&store, "Quetzalerasure"), vec![erased.clone()]);
    store
        .transaction(|tx| tx.erase_document(&erased, DocumentKind::Person, "test", t0(), false))
        .expect("erase");
    assert!(search(&store, "Quetzalerasure").is_empty());
    assert!(search(&store, "زمردیان").is_empty());
    assert_eq!(
        search(&store, "quetzal"),
        vec![kept],
        "the other person stays findable"
    );
    for needle in ["quetzalerasure", "زمرد", "Quetzalerasure"] {
        assert_eq!(
            store.columns_containing(needle.as_bytes()).expect("scan"),
            Vec::<String>::new(),
            "no table holds {needle}"
        );
    }
    for entry in ["l:quetzalerasure", "o:زمرديان", "asu", "زمر"] {
        assert!(
            !store.search_index_holds(entry).expect("vocabulary"),
            "the search index still holds {entry}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_query_text_returns_a_list_never_an_error(text in query_text()) {
        let store = seeded_store();
        let filter = PeopleFilter { text: Some(text), ..PeopleFilter::default() };
        prop_assert!(store.list_people(&filter, 0, 20).is_ok());
        prop_assert!(store.list_people(&filter, 5, 20).is_ok());
    }
}

/// Text from the characters that break naive search code: FTS5 syntax, quotes, SQL, mixed
/// scripts, joiners and bidi controls; sometimes very long.
fn query_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_owned()),
        Just("'".to_owned()),
        Just("*".to_owned()),
        Just(" NEAR(".to_owned()),
        Just(" AND ".to_owned()),
        Just(" OR ".to_owned()),
        Just(" NOT ".to_owned()),
        Just("^".to_owned()),
        Just(":".to_owned()),
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("{text}".to_owned()),
        Just("%_\\".to_owned()),
        Just("'; DROP TABLE people; --".to_owned()),
        Just("\u{200d}".to_owned()),
        Just("\u{200c}".to_owned()),
        Just("\u{202e}".to_owned()),
        Just("\u{0}".to_owned()),
        Just("محمد".to_owned()),
        Just("Мухаммед".to_owned()),
        Just("ተስፋይ".to_owned()),
        Just("Mohammed".to_owned()),
        "\\PC{0,6}",
        "[[:punct:]]{1,5}",
    ];
    prop_oneof![
        4 => prop::collection::vec(piece, 0..12).prop_map(|p| p.concat()),
        1 => "\\PC{1,3}".prop_map(|s| s.repeat(10_000 / s.chars().count().max(1))),
        1 => Just("x".repeat(10_000)),
        1 => Just("!?.,;".repeat(2_000)),
    ]
}

fn seeded_store() -> Store {
    thread_local! {
        static KEY: DbKey = DbKey::generate().expect("key");
    }
    let mut store = KEY.with(|k| Store::open_in_memory(k).expect("open"));
    register(&mut store, 1, &Someone::named("محمد", "حداد"));
    register(&mut store, 2, &Someone::named("Olena", "Kovalenko"));
    store
}

#[test]
fn a_search_pages_as_the_full_ranking_does() {
    let mut store = in_memory_store();
    let names = [
        ("Mohammed", "Haddad"),
        ("محمد", "حداد"),
        ("Muhammad", "Kovalenko"),
        ("Mohamed", "Haddadi"),
        ("Mehmet", "Ali"),
        ("Олена", "Коваленко"),
        ("Muhammadullah", "Karimi"),
        ("Ahmad", "Hadad"),
    ];
    for seq in 0..40u32 {
        let (given, family) = names[seq as usize % names.len()];
        register(&mut store, seq, &Someone::named(given, family));
    }
    for text in [
        "Muhammad",
        "محمد",
        "Haddad",
        "koval",
        "Олена",
        "Mohammed Haddad",
        "Ahmad hadad karimi",
        "محمد Kovalenko",
    ] {
        for (offset, limit) in [(0, 5), (3, 7), (10, 50), (0, 100)] {
            let fast = store
                .list_people(
                    &PeopleFilter {
                        text: Some(text.into()),
                        ..PeopleFilter::default()
                    },
                    offset,
                    limit,
                )
                .expect("fast path");
            // A filter everyone passes takes the path that scores every hit.
            let full = store
                .list_people(
                    &PeopleFilter {
                        text: Some(text.into()),
                        site: Some("TST".into()),
                        ..PeopleFilter::default()
                    },
                    offset,
                    limit,
                )
                .expect("full ranking");
            assert_eq!(fast, full, "{text} at {offset}+{limit}");
        }
    }
}
