//! The details of a person's specific needs live in the person's sensitive part, which the
//! server sends to supervisors' devices only: a lost officer's tablet does not hold what a
//! survivor of violence disclosed at another desk.

use crate::{device, person};
use waypoint_client::Waypoint;
use waypoint_core::form::SpecificNeedForm;
use waypoint_core::ids::PersonId;
use waypoint_e2e::server::TestServer;

fn need(code: &str, note: &str) -> SpecificNeedForm {
    SpecificNeedForm {
        code: code.into(),
        note: note.into(),
    }
}

/// (code, note) of each of the person's specific needs as the device shows them.
fn needs(app: &mut Waypoint, id: PersonId) -> Vec<(String, String)> {
    let view = app.get_person(id).expect("get");
    let mut v: Vec<(String, String)> = view
        .person
        .fields
        .specific_needs
        .iter()
        .map(|n| (n.need.code().to_owned(), n.note.clone()))
        .collect();
    v.sort();
    v
}

fn holds_text(app: &mut Waypoint, text: &str) -> bool {
    !app.store()
        .expect("store")
        .columns_containing(text.as_bytes())
        .expect("scan")
        .is_empty()
}

fn pair(code: &str, note: &str) -> (String, String) {
    (code.to_owned(), note.to_owned())
}

#[test]
fn needs_details_reach_supervisors_devices_only_and_officers_can_still_add_them() {
    let server = TestServer::start();
    let mut supervisor = device(&server, "sara");
    let code = server.enrolment_code("LSV", "officer");
    let mut officer =
        waypoint_e2e::device::enrolled(&server.url, &code, "LSV", "olga").expect("officer device");

    // At the supervisor's desk: a survivor of violence, who also uses a wheelchair.
    let disclosed = "Quetzaldisclosed: detained and beaten in transit";
    let mut form = person("Selam", "Selam");
    form.specific_needs = vec![need("SV", disclosed), need("DS", "")];
    let selam = supervisor
        .app
        .register_person(&form)
        .expect("register")
        .person
        .id;
    supervisor.app.sync_now().expect("supervisor syncs");
    officer.app.sync_now().expect("officer syncs");

    // The officer's device has the record and its needs' codes, not their details.
    assert_eq!(
        needs(&mut officer.app, selam),
        [pair("DS", ""), pair("SV", "")],
        "the codes travel with the record"
    );
    assert!(
        officer
            .app
            .get_person(selam)
            .expect("get")
            .needs_details_withheld,
        "the officer is told the details are kept from this device"
    );
    assert!(
        !holds_text(&mut officer.app, disclosed),
        "no table of the officer's store holds the details"
    );

    // The officer adds a note of their own: it reaches the supervisor, and the details the
    // officer never saw are not lost by the officer's edit.
    let mut form = officer.app.get_person(selam).expect("get").form;
    form.specific_needs = vec![need("SV", ""), need("DS", "needs a ramp")];
    officer
        .app
        .edit_person(selam, &form)
        .expect("officer edits");
    assert_eq!(
        needs(&mut officer.app, selam),
        [pair("DS", "needs a ramp"), pair("SV", "")]
    );
    officer.app.sync_now().expect("officer syncs");
    supervisor.app.sync_now().expect("supervisor syncs");
    assert_eq!(
        needs(&mut supervisor.app, selam),
        [pair("DS", "needs a ramp"), pair("SV", disclosed)],
        "both notes, merged"
    );
    officer.app.sync_now().expect("officer syncs again");
    assert!(
        !holds_text(&mut officer.app, disclosed),
        "the merged part does not come back to the officer's device"
    );

    // A person registered at the officer's desk: the supervisor sees the details.
    let mut form = person("Dawit", "Dawit");
    form.specific_needs = vec![need("SM", "insulin twice a day")];
    let dawit = officer
        .app
        .register_person(&form)
        .expect("register")
        .person
        .id;
    officer.app.sync_now().expect("officer syncs");
    supervisor.app.sync_now().expect("supervisor syncs");
    assert_eq!(
        needs(&mut supervisor.app, dawit),
        [pair("SM", "insulin twice a day")]
    );
    assert!(
        !officer
            .app
            .get_person(dawit)
            .expect("get")
            .needs_details_withheld,
        "the officer's device holds the details it wrote"
    );
}

#[test]
fn an_officer_on_a_supervisors_device_adds_notes_without_reading_them() {
    use waypoint_client::{OfficerForm, OfficerRole};
    let server = TestServer::start();
    let mut desk = device(&server, "sara");
    desk.app
        .create_officer(&OfficerForm {
            username: "omar".into(),
            display_name: "Omar".into(),
            passphrase: "another horse battery".into(),
            role: OfficerRole::Officer,
        })
        .expect("officer");
    let disclosed = "Quetzaldisclosed: detained and beaten in transit";
    let mut form = person("Selam", "Selam");
    form.specific_needs = vec![need("SV", disclosed), need("DS", "")];
    let selam = desk.app.register_person(&form).expect("register").person.id;

    // Omar unlocks the supervisor's device: he sees the needs, not what was disclosed.
    desk.app.lock();
    desk.app
        .unlock("omar", "another horse battery")
        .expect("omar unlocks");
    let view = desk.app.get_person(selam).expect("get");
    assert!(view.needs_details_withheld, "he is told details are kept");
    assert_eq!(
        needs(&mut desk.app, selam),
        [pair("DS", ""), pair("SV", "")]
    );
    assert!(
        view.form.specific_needs.iter().all(|n| n.note.is_empty()),
        "the edit form holds no note either"
    );
    // His edit adds a note and changes another field: nothing he was not shown is lost.
    let mut form = view.form;
    form.phone = "+994 12 555 0199".into();
    form.specific_needs = vec![need("SV", "asks for a woman officer"), need("DS", "")];
    desk.app.edit_person(selam, &form).expect("omar edits");

    desk.app.lock();
    desk.app
        .unlock("sara", "correct horse battery")
        .expect("sara unlocks");
    assert_eq!(
        needs(&mut desk.app, selam),
        [
            pair("DS", ""),
            pair("SV", &format!("{disclosed}\nasks for a woman officer"))
        ],
        "the supervisor reads both"
    );
    desk.app.sync_now().expect("sync");
    let mut other = device(&server, "hana");
    other.app.sync_now().expect("another supervisor's device");
    assert_eq!(
        needs(&mut other.app, selam),
        [
            pair("DS", ""),
            pair("SV", &format!("{disclosed}\nasks for a woman officer"))
        ]
    );
}
