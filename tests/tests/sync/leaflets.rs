//! Leaflet hand-overs travel with the person's record: seen on every device, and concurrent
//! hand-overs made offline on two devices both survive.

use crate::{Device, device, register};
use waypoint_core::handover::{Acknowledgement, HandoverForm, HandoverFormat};
use waypoint_core::ids::PersonId;
use waypoint_core::model::HistoryAction;
use waypoint_e2e::server::TestServer;

fn hand_over(d: &mut Device, id: PersonId, leaflet: &str, language: &str) {
    let text = d.app.leaflet_text(leaflet, language).expect("leaflet text");
    d.app
        .record_handover(
            id,
            &HandoverForm {
                leaflet: leaflet.into(),
                version: text.translation.version.to_string(),
                language: language.into(),
                format: HandoverFormat::Pdf,
                explained_orally: true,
                interpreter_language: None,
                acknowledgement: Acknowledgement::Verbal,
            },
        )
        .expect("hand-over");
}

/// (leaflet, language) of each hand-over the device holds for the person, sorted.
fn handovers(d: &mut Device, id: PersonId) -> Vec<(String, String)> {
    let view = d.app.get_person(id).expect("get");
    let in_history = view
        .history
        .iter()
        .filter(|e| e.action == HistoryAction::LeafletHandedOver)
        .count();
    assert_eq!(
        in_history,
        view.handovers.len(),
        "each hand-over is in history"
    );
    let mut v: Vec<(String, String)> = view
        .handovers
        .iter()
        .map(|h| {
            (
                h.details.leaflet.to_string(),
                h.details.language.to_string(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn hand_overs_reach_the_other_device_and_concurrent_ones_both_survive() {
    let server = TestServer::start();
    let mut a = device(&server, "amina");
    let mut b = device(&server, "jonas");
    let id = register(&mut a.app, "Selam");
    hand_over(&mut a, id, "eurodac", "ti");
    a.app.sync_now().expect("a syncs");
    b.app.sync_now().expect("b syncs");
    assert_eq!(
        handovers(&mut b, id),
        [("eurodac".to_owned(), "ti".to_owned())],
        "b sees a's hand-over"
    );

    // Offline, each device hands over another leaflet to the same person.
    hand_over(&mut a, id, "interview", "ar");
    hand_over(&mut b, id, "responsible-state", "ti");
    a.app.sync_now().expect("a syncs");
    b.app.sync_now().expect("b syncs");
    a.app.sync_now().expect("a syncs again");
    let expected = [
        ("eurodac".to_owned(), "ti".to_owned()),
        ("interview".to_owned(), "ar".to_owned()),
        ("responsible-state".to_owned(), "ti".to_owned()),
    ];
    assert_eq!(handovers(&mut a, id), expected, "a holds both");
    assert_eq!(handovers(&mut b, id), expected, "b holds both");
    assert!(
        a.app.get_person(id).expect("get").conflicts.is_empty(),
        "hand-overs never conflict"
    );
    // Either device exports the three hand-overs, oldest first, by case number, without names.
    let export = b.app.export_handovers().expect("export");
    let text = String::from_utf8(export.bytes).expect("UTF-8");
    assert_eq!(export.rows, 3);
    assert!(
        export.file_name.starts_with("leaflet-handovers-LSV-")
            && export.file_name.ends_with(".csv")
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "header and three rows: {text}");
    assert!(lines[0].starts_with("case_number,person_id,leaflet,version,language,format,"));
    assert!(
        lines[1].contains(",eurodac,") && lines[1].contains(",ti,pdf,yes,,verbal,"),
        "{}",
        lines[1]
    );
    let case = a
        .app
        .get_person(id)
        .expect("get")
        .person
        .case_number
        .to_string();
    assert!(
        lines[1..]
            .iter()
            .all(|l| l.starts_with(&format!("{case},{id},")))
    );
    assert!(!text.contains("Selam"), "no name leaves the store: {text}");
    // The list of leaflets owed follows hand-overs made on other devices: of the site's
    // required leaflets, Selam still lacks only the screening and procedure ones.
    for (name, d) in [("a", &mut a), ("b", &mut b)] {
        let mut owed: Vec<String> = d
            .app
            .leaflets_due(100)
            .expect("leaflets due")
            .items
            .iter()
            .filter(|o| o.person.id == id)
            .map(|o| o.leaflet.to_string())
            .collect();
        owed.sort();
        assert_eq!(owed, ["screening"], "{name} owes");
    }
}

/// A copy of the repository's leaflet folder as edition `edition`, with one more sentence at
/// the end of the Tigrinya Eurodac leaflet (a new version of that text).
fn edition(edition: &str, sentence: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../leaflets/.");
    let copied = std::process::Command::new("cp")
        .arg("-r")
        .arg(&source)
        .arg(dir.path())
        .status()
        .expect("cp runs");
    assert!(copied.success(), "the leaflet folder is copied");
    let catalogue = dir.path().join("catalogue.toml");
    let text = std::fs::read_to_string(&catalogue).expect("catalogue");
    let start = text.find("\nedition = ").expect("an edition line") + 1;
    let end = start + text[start..].find('\n').expect("end of line");
    let text = format!("{}edition = \"{edition}\"{}", &text[..start], &text[end..]);
    std::fs::write(&catalogue, text).expect("write catalogue");
    let ti = dir.path().join("eurodac/ti.md");
    let mut text = std::fs::read_to_string(&ti).expect("ti.md");
    text.push_str(sentence);
    text.push('\n');
    std::fs::write(&ti, text).expect("write ti.md");
    dir
}

/// An administrator publishes a new edition; a device takes it at its next sync and offers its
/// texts; a later edition follows, and a device enrolled after both can still show the text a
/// person was given from the first, by its version.
#[test]
fn published_editions_reach_devices_and_older_texts_stay_readable() {
    let server = TestServer::start();
    let first = edition("2099-01-01", "ሓድሽ ሕታም።");
    server.admin(&["publish-leaflets", first.path().to_str().expect("utf-8")]);

    let mut a = device(&server, "amina");
    let built_in = a.app.leaflet_text("eurodac", "ti").expect("text");
    let report = a.app.sync_now().expect("sync");
    assert_eq!(report.leaflet_edition.as_deref(), Some("2099-01-01"));
    let given = a.app.leaflet_text("eurodac", "ti").expect("text");
    assert_ne!(
        given.translation.version, built_in.translation.version,
        "the published edition replaces the built-in text"
    );
    assert!(
        given
            .translation
            .sections
            .last()
            .is_some_and(|s| s.body.ends_with("ሓድሽ ሕታም።")),
        "the new text is shown"
    );
    let id = register(&mut a.app, "Selam");
    hand_over(&mut a, id, "eurodac", "ti");
    a.app.sync_now().expect("sync");

    let second = edition("2099-02-01", "ካልኣይ ሕታም።");
    server.admin(&["publish-leaflets", second.path().to_str().expect("utf-8")]);
    let mut b = device(&server, "jonas");
    let report = b.app.sync_now().expect("sync");
    assert_eq!(report.leaflet_edition.as_deref(), Some("2099-02-01"));
    let now_offered = b.app.leaflet_text("eurodac", "ti").expect("text");
    assert_ne!(now_offered.translation.version, given.translation.version);
    let person = b.app.get_person(id).expect("pulled");
    let cited = person.handovers[0].details.version.to_string();
    assert_eq!(cited, given.translation.version.to_string());
    let old = b
        .app
        .leaflet_version_text(&cited)
        .expect("the cited text is readable");
    assert_eq!(old.edition, "2099-01-01");
    assert_eq!(old.translation.version, given.translation.version);
    let built = b
        .app
        .leaflet_version_text(built_in.translation.version.as_str())
        .expect("the built-in text too");
    assert_eq!(built.leaflet.as_str(), "eurodac");
    let unknown = b.app.leaflet_version_text(&"0".repeat(64));
    assert_eq!(
        unknown.expect_err("no such version").code,
        waypoint_client::ErrorCode::NotFound
    );
}
