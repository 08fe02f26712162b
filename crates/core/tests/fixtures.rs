//! Bytes that must keep loading: documents saved by earlier versions, committed under
//! `tests/fixtures/`. A new schema may add fields; it must still read these.

use automerge::ActorId;
use chrono::{TimeZone, Utc};
use uuid::Uuid;
use waypoint_core::case_number::{CaseNumber, DeviceCode, SiteCode};
use waypoint_core::document::{ChangeMeta, NewPerson, PersonDoc};
use waypoint_core::form::{ConsentForm, NameForm, RegistrationForm, ValidationContext};
use waypoint_core::ids::{DeviceId, ItemId, OfficerId, PersonId};
use waypoint_core::model::{ConsentScope, NameKind, Sex, Status};

const PERSON_V1: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/person-v1.automerge"
);

fn person_v1() -> Vec<u8> {
    let at = Utc
        .with_ymd_and_hms(2026, 11, 23, 3, 0, 0)
        .single()
        .expect("time");
    let meta = ChangeMeta {
        officer: OfficerId(Uuid::from_u128(1)),
        device: DeviceId(Uuid::from_u128(2)),
        at,
    };
    let form = RegistrationForm {
        names: vec![
            NameForm {
                id: None,
                kind: Some(NameKind::Given),
                original: "ሰላም".into(),
                latin: vec!["Selam".into()],
            },
            NameForm {
                id: None,
                kind: Some(NameKind::Father),
                original: "ተስፋይ".into(),
                latin: vec!["Tesfay".into()],
            },
        ],
        sex: Some(Sex::Female),
        date_of_birth: "~24".into(),
        nationalities: vec!["ERI".into()],
        languages: vec!["tir".into()],
        preferred_language: "tir".into(),
        consents: vec![ConsentForm {
            scope: ConsentScope::Registration,
            given: true,
        }],
        ..RegistrationForm::default()
    };
    let mut n = 10u128;
    let mut ids = || {
        n += 1;
        ItemId(Uuid::from_u128(n))
    };
    let mut cx = ValidationContext {
        now: at,
        officer: meta.officer,
        new_item_id: &mut ids,
    };
    let fields = form.validate(&mut cx, &[]).expect("valid");
    let case = CaseNumber::new(
        SiteCode::new("LSV").expect("site"),
        DeviceCode::new("7KQ2").expect("device"),
        1,
    );
    let site = SiteCode::new("LSV").expect("site");
    let mut doc = PersonDoc::create(
        &NewPerson {
            id: PersonId(Uuid::from_u128(3)),
            case_number: &case,
            site: &site,
            group: None,
            fields: &fields,
        },
        &meta,
        ActorId::from(vec![7u8; 16]),
    )
    .expect("create");
    doc.save()
}

#[test]
#[ignore = "writes the fixture; run by hand only when adding a new fixture version"]
fn write_fixtures() {
    std::fs::write(PERSON_V1, person_v1()).expect("write fixture");
}

#[test]
fn a_person_saved_with_schema_1_still_loads_and_reads() {
    let bytes = std::fs::read(PERSON_V1).expect("fixture exists");
    let doc = PersonDoc::load(&bytes).expect("loads");
    let person = doc.read().expect("reads");
    assert_eq!(person.schema_version, 1);
    assert_eq!(person.case_number.to_string().len(), 17);
    assert_eq!(person.display_name(), "Selam Tesfay");
    assert_eq!(person.fields.names[0].script, "Ethi");
    assert_eq!(person.fields.status, Status::Registered);
    assert_eq!(person.fields.nationalities[0].code(), "ERI");
    assert_eq!(doc.history().len(), 1);
}
