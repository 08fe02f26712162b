//! A site's settings (the contacts its leaflets print, its leaflet deadlines, its jurisdiction)
//! are one record shared by every device of the site: set once by a supervisor, seen on every
//! device, merged setting by setting when two supervisors change them offline.

use std::collections::BTreeMap;

use crate::{ErrorCode, device};
use waypoint_client::{LeafletDeadline, Waypoint};
use waypoint_core::leaflets::LeafletId;
use waypoint_e2e::server::TestServer;

fn contacts(app: &mut Waypoint) -> BTreeMap<String, String> {
    app.site_contacts()
        .expect("contacts")
        .into_iter()
        .filter(|c| !c.value.is_empty())
        .map(|c| (c.name, c.value))
        .collect()
}

fn set_contact(app: &mut Waypoint, name: &str, value: &str) {
    let mut values = contacts(app);
    values.insert(name.into(), value.into());
    app.set_site_contacts(&values).expect("set contacts");
}

fn deadlines(app: &mut Waypoint) -> Vec<(String, u16)> {
    app.leaflet_deadlines()
        .expect("deadlines")
        .into_iter()
        .map(|d| (d.leaflet.as_str().to_owned(), d.within_days))
        .collect()
}

#[test]
fn site_settings_reach_every_device_of_the_site_and_merge_setting_by_setting() {
    let server = TestServer::start();
    let mut a = device(&server, "amina");
    let mut b = device(&server, "jonas");

    // Offline, two supervisors of the site each fill in a contact; one also changes the
    // deadlines (the eurodac leaflet due within 2 days, and nothing else required).
    set_contact(&mut a.app, "ngo_phone", "+30 210 000 0001");
    set_contact(&mut b.app, "legal_aid_phone", "+30 210 000 0002");
    b.app
        .set_leaflet_deadlines(&[LeafletDeadline {
            leaflet: LeafletId::new("eurodac").expect("leaflet id"),
            within_days: 2,
        }])
        .expect("set deadlines");
    a.app.sync_now().expect("a syncs");
    b.app.sync_now().expect("b syncs");
    a.app.sync_now().expect("a syncs again");
    let both = BTreeMap::from([
        ("legal_aid_phone".to_owned(), "+30 210 000 0002".to_owned()),
        ("ngo_phone".to_owned(), "+30 210 000 0001".to_owned()),
    ]);
    assert_eq!(contacts(&mut a.app), both, "a has both contacts");
    assert_eq!(contacts(&mut b.app), both, "b has both contacts");
    assert_eq!(deadlines(&mut a.app), [("eurodac".to_owned(), 2)]);
    assert_eq!(deadlines(&mut b.app), [("eurodac".to_owned(), 2)]);

    // A new device of the site starts with them; its printed contacts leaflet carries them.
    let mut c = device(&server, "sara");
    c.app.sync_now().expect("c syncs");
    assert_eq!(
        contacts(&mut c.app),
        both,
        "a new device gets the site's settings"
    );
    let text = c
        .app
        .leaflet_text("contacts", "en")
        .expect("contacts leaflet");
    let body: String = text
        .translation
        .sections
        .iter()
        .map(|s| s.body.as_str())
        .collect();
    assert!(
        body.contains("+30 210 000 0001") && body.contains("+30 210 000 0002"),
        "the leaflet is filled from the shared settings"
    );

    // A device enrolled as an officer's reads them but cannot change them (the server would
    // refuse), and says why.
    let code = server.enrolment_code("LSV", "officer");
    let mut officer =
        waypoint_e2e::device::enrolled(&server.url, &code, "LSV", "olga").expect("officer device");
    officer.app.sync_now().expect("officer syncs");
    assert_eq!(contacts(&mut officer.app), both);
    let refused = officer
        .app
        .set_site_contacts(&BTreeMap::new())
        .expect_err("an officer's device cannot change the site's settings");
    assert_eq!(refused.code, ErrorCode::Forbidden, "{refused}");
    assert_eq!(contacts(&mut officer.app), both, "nothing changed");

    // Another site's devices do not see them.
    let code = server.enrolment_code("BAK", "supervisor");
    let mut other =
        waypoint_e2e::device::enrolled(&server.url, &code, "BAK", "leyla").expect("BAK device");
    other.app.sync_now().expect("BAK syncs");
    assert!(
        contacts(&mut other.app).is_empty(),
        "settings stay within the site"
    );
}
