//! The Tauri app end to end, through WebDriver: what an official does on a fresh device.
//!
//! Needs the debug app binary (`make test` builds the UI and the app first), `tauri-driver`,
//! WebKitWebDriver, and Xvfb when there is no `DISPLAY`. Screenshots of each main screen, at
//! 360×640 and 1280×800, are written to `target/e2e-screenshots/`.
//!
//! Run with `cargo test -p waypoint-e2e --test app -- --nocapture`.

mod harness;

use anyhow::{Context as _, bail, ensure};
use harness::App;
use serde_json::json;
use waypoint_client::ListQuery;
use waypoint_core::ids::PersonId;
use waypoint_e2e::device::{Device, enrolled};
use waypoint_e2e::server::TestServer;

const PASSPHRASE: &str = "correct horse battery";

/// `SITE-DEVC-NNNNNN-K`: site 2–6, device 4, sequence 6 digits, one check character.
fn looks_like_case_number(s: &str, site: &str, sequence: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let alnum = |p: &str| {
        p.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    parts.len() == 4
        && parts[0] == site
        && parts[1].len() == 4
        && alnum(parts[1])
        && parts[2] == sequence
        && parts[3].len() == 1
        && alnum(parts[3])
}

async fn text(app: &App, testid: &str) -> anyhow::Result<String> {
    app.text(&app.find(testid).await?).await
}

#[tokio::test]
async fn official_sets_up_registers_an_arabic_name_switches_to_arabic_locks_and_unlocks()
-> anyhow::Result<()> {
    let app = App::start().await?;
    let result = scenario(&app).await;
    if result.is_err() {
        // Keep a picture of where it failed.
        let _ = app.screenshot("zz-failure").await;
    }
    app.close().await?;
    result
}

async fn scenario(app: &App) -> anyhow::Result<()> {
    app.client.set_window_size(1280, 800).await?;

    // First run: set-up creates the supervisor and unlocks. The UI language is a preference
    // kept by the web view across runs: start from English whatever a previous run left.
    app.wait_for("setup-screen").await?;
    app.choose("language-picker", "en").await?;
    ensure!(
        lang(app).await? == "en",
        "choosing English on the set-up screen must set <html lang=en>"
    );
    app.screenshots("01-setup").await?;
    app.type_into("input-site_code", "LSV").await?;
    app.type_into("input-username", "amina").await?;
    app.type_into("input-display_name", "Amina K.").await?;
    app.type_into("input-passphrase", PASSPHRASE).await?;
    app.type_into("input-passphrase2", PASSPHRASE).await?;
    app.click("setup-submit").await?;

    // The list starts empty.
    app.wait_for("home-screen").await?;
    app.find("people-empty")
        .await
        .context("a fresh device must show the empty list")?;
    let signed_in = text(app, "signed-in").await?;
    ensure!(
        signed_in.contains("Amina K."),
        "the app bar must show who is signed in, got {signed_in:?}"
    );
    app.find("sync-panel")
        .await
        .context("the home screen must show the sync panel")?;
    app.find("enrol-form")
        .await
        .context("a device that is not enrolled must offer the enrol form")?;
    ensure!(
        app.value("input-server_url").await? == "http://127.0.0.1:8787",
        "the enrol form must suggest the development server's address"
    );
    app.screenshots("02-home-empty").await?;

    // Saving an empty form shows the refused fields next to them, chosen by code.
    app.click("register-button").await?;
    app.wait_for("register-screen").await?;
    app.screenshots("03-register").await?;
    app.click("register-submit").await?;
    let consent = app.wait_for("error-consent").await?;
    ensure!(
        app.text(&consent)
            .await?
            .contains("consents to registration"),
        "consent_missing must be explained next to the consent question"
    );
    app.find("error-names")
        .await
        .context("name_required must be shown next to the names")?;
    app.find("error-summary")
        .await
        .context("refused fields must also be listed at the top of the form")?;
    app.screenshot("04-register-errors").await?;

    // Register a person whose name is written in Arabic script.
    app.type_into("input-given.original", "محمد").await?;
    app.type_into("input-given.latin", "Mohammed").await?;
    app.type_into("input-family.original", "الأحمد").await?;
    app.type_into("input-family.latin", "Al-Ahmad").await?;
    app.click("input-sex-male").await?;
    app.type_into("input-dob", "1994-03-21").await?;
    app.find("input-nationality")
        .await?
        .select_by_value("SYR")
        .await?;
    app.click("input-language-arb").await?;
    app.click("input-language-kmr").await?;
    app.find("input-preferred_language")
        .await?
        .select_by_value("arb")
        .await?;
    app.type_into("input-phone", "+963 944 123 456").await?;
    // A specific need, with a note in Arabic (its field shows once the need is ticked).
    app.click("input-need-SM").await?;
    app.type_into("input-need-note-SM", "سكري: إنسولين مرتين يوميا")
        .await?;
    app.click("input-protection-yes").await?;
    app.click("input-consent-given").await?;
    app.screenshot("05-register-filled").await?;
    app.click("register-submit").await?;

    // The person is listed with both names and a well-formed case number.
    app.wait_for("person-row").await?;
    app.screenshots("06-home-list").await?;
    let rows = app.find_all("person-row").await?;
    ensure!(
        rows.len() == 1,
        "one person registered, {} rows listed",
        rows.len()
    );
    check_listed(app).await?;

    // The record itself, with its history.
    app.click("person-latin-name").await?;
    app.wait_for("detail-screen").await?;
    let original = text(app, "detail-original-name").await?;
    ensure!(
        original.contains("محمد") && original.contains("الأحمد"),
        "the record must show the Arabic name, got {original:?}"
    );
    ensure!(
        !app.find_all("detail-history").await?.is_empty(),
        "the record must show its history"
    );
    let needs = text(app, "detail-needs").await?;
    ensure!(
        needs.contains("Serious medical condition") && needs.contains("إنسولين"),
        "the record must show the specific need and its note, got {needs:?}"
    );
    app.screenshots("08-detail").await?;

    // Edit the record: the form opens filled with it; a changed phone and a new need are
    // saved as an edit in the history, and the rest stays.
    app.click("detail-edit").await?;
    app.wait_for("register-screen").await?;
    ensure!(
        app.value("input-given.original").await? == "محمد"
            && app.value("input-phone").await? == "+963 944 123 456",
        "the edit form must open filled with the record"
    );
    app.type_into("input-phone", "+963 944 000 111").await?;
    app.click("input-need-DS").await?;
    // A passport, in the empty document row.
    app.type_into("input-doc.0.number", "N0123456").await?;
    app.choose("input-doc.0.country", "SYR").await?;
    // A second nationality, and consent to family tracing.
    app.choose("input-nationality2", "TUR").await?;
    app.click("input-consent-family_tracing-given").await?;
    // A photo: a file that is no picture is refused with a message; a large picture is kept
    // as a small JPEG.
    choose_photo(app, PhotoFile::NotAPicture).await?;
    app.wait_for("error-photo").await?;
    let refused = text(app, "error-photo").await?;
    ensure!(
        refused.contains("cannot be read as a picture"),
        "a file that is no picture must be refused, got {refused:?}"
    );
    choose_photo(app, PhotoFile::Large).await?;
    app.wait_for("photo-preview").await?;
    ensure!(
        app.find_all("error-photo").await?.is_empty(),
        "a picture clears the refusal"
    );
    app.screenshots("08b-edit").await?;
    // The photo field itself, on a phone.
    app.client.set_window_size(360, 640).await?;
    app.eval(
        "document.querySelector('[data-testid=photo-preview]').scrollIntoView({ block: 'center' });",
        serde_json::Value::Null,
    )
    .await?;
    app.screenshot("08b-edit-photo-360x640").await?;
    app.client.set_window_size(1280, 800).await?;
    app.click("register-submit").await?;
    app.wait_for("detail-screen").await?;
    ensure!(
        text(app, "detail-phone").await? == "+963 944 000 111",
        "the edited phone must show"
    );
    let needs = text(app, "detail-needs").await?;
    ensure!(
        needs.contains("Disability") && needs.contains("إنسولين"),
        "the new need is added and the note kept, got {needs:?}"
    );
    ensure!(
        text(app, "detail-original-name").await?.contains("محمد"),
        "the name stays"
    );
    let documents = text(app, "detail-documents").await?;
    ensure!(
        documents.contains("Passport")
            && documents.contains("N0123456")
            && documents.contains("Syria"),
        "the passport added must show, got {documents:?}"
    );
    let nationality = text(app, "detail-nationality").await?;
    ensure!(
        nationality == "Syria and Turkey",
        "both nationalities must show, got {nationality:?}"
    );
    ensure!(
        text(app, "detail-consent-family_tracing").await? == "Given",
        "the consent to family tracing must show"
    );
    let history = text(app, "detail-history").await?;
    ensure!(
        history.contains("Identity documents") && history.contains("N0123456"),
        "the edit is in the history, its field named for people, got {history:?}"
    );
    // The photo was made small: a JPEG (its bytes start FF D8 FF, "/9j/" in base64) at most
    // 480 pixels a side.
    let photo = app
        .eval(
            "const img = document.querySelector('[data-testid=detail-photo]');\n\
             return img && img.complete ? [img.getAttribute('src').slice(0, 30), img.naturalWidth, img.naturalHeight] : null;",
            serde_json::Value::Null,
        )
        .await?;
    ensure!(
        photo[0]
            .as_str()
            .is_some_and(|s| s.starts_with("data:image/jpeg;base64,/9j/"))
            && photo[1].as_u64().is_some_and(|w| (240..=480).contains(&w))
            && photo[1]
                .as_u64()
                .zip(photo[2].as_u64())
                .is_some_and(|(w, h)| h * 4 == w * 3),
        "the record must show the photo as a JPEG of at most 480 pixels a side, its shape \
         kept, got {photo}"
    );
    ensure!(history.contains("Photo"), "the photo is in the history");
    app.screenshots("08c-edited").await?;

    // Lock; a wrong passphrase is refused with the message; the right one unlocks.
    app.click("lock").await?;
    app.wait_for("unlock-screen").await?;
    app.screenshots("09-unlock").await?;
    app.type_into("input-passphrase", "not the passphrase")
        .await?;
    app.click("unlock-submit").await?;
    let refused = app.wait_for("unlock-error").await?;
    ensure!(
        refused.attr("data-code").await?.as_deref() == Some("wrong_credentials"),
        "a wrong passphrase must be refused as wrong_credentials"
    );
    ensure!(
        app.text(&refused)
            .await?
            .contains("Wrong username or passphrase"),
        "the refusal must be explained"
    );
    ensure!(
        app.find_all("home-screen").await?.is_empty(),
        "a wrong passphrase must not unlock"
    );
    app.screenshot("10-unlock-wrong-passphrase").await?;
    app.type_into("input-passphrase", PASSPHRASE).await?;
    app.click("unlock-submit").await?;
    app.wait_for("person-row").await?;
    check_listed(app)
        .await
        .context("after unlocking again, the person must still be listed")?;

    register_markup_name(app).await?;
    arabic_mirrors_the_layout(app).await
}

/// The `<html lang>` the UI language put on the document.
async fn lang(app: &App) -> anyhow::Result<String> {
    let v = app
        .eval("return document.documentElement.lang;", json!(null))
        .await?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

/// A name typed as HTML shows as text and runs nothing.
async fn register_markup_name(app: &App) -> anyhow::Result<()> {
    const MARKUP: &str = "<b>Zara</b><script>window.__injected = 1</script>";
    app.click("register-button").await?;
    app.wait_for("register-screen").await?;
    app.type_into("input-given.original", MARKUP).await?;
    app.type_into("input-given.latin", "Zara").await?;
    app.click("input-consent-given").await?;
    app.click("register-submit").await?;
    app.wait_for("notice").await?;
    let mut shown = Vec::new();
    for el in app.find_all("person-original-name").await? {
        shown.push(app.text(&el).await?);
    }
    ensure!(
        shown.iter().any(|t| t == MARKUP),
        "a name typed as HTML must show as its text, got {shown:?}"
    );
    let injected = app
        .eval(
            "return [window.__injected === undefined,
                     document.querySelectorAll('[data-testid=people-list] script, [data-testid=people-list] b').length];",
            json!(null),
        )
        .await?;
    ensure!(
        injected == json!([true, 0]),
        "a name typed as HTML must create no element and run nothing, got {injected}"
    );
    Ok(())
}

/// The x centres of `a` and `b` (CSS selectors).
async fn centres(app: &App, a: &str, b: &str) -> anyhow::Result<(f64, f64)> {
    Ok((app.centre_x(a).await?, app.centre_x(b).await?))
}

/// Arabic, chosen in Settings, turns the whole UI right-to-left: the document's direction,
/// the order of a title row and of a form's button row, the list re-rendered with Arabic
/// labels and plurals while names keep their own direction; English turns it back.
async fn arabic_mirrors_the_layout(app: &App) -> anyhow::Result<()> {
    const TITLE: &str = "[data-testid=home-screen] h1";
    const REGISTER: &str = "[data-testid=register-button]";
    let (title_ltr, register_ltr) = centres(app, TITLE, REGISTER).await?;
    ensure!(
        title_ltr < register_ltr,
        "in English the title stands left of its button ({title_ltr} vs {register_ltr})"
    );
    ensure!(
        text(app, "people-count").await? == "2 people",
        "two people are listed in English"
    );

    app.choose("language-picker", "ar").await?;
    ensure!(
        lang(app).await? == "ar",
        "choosing Arabic must set <html lang=ar>"
    );
    for selector in ["html", "body", "main"] {
        let direction = app.computed(selector, "direction").await?;
        ensure!(
            direction == "rtl",
            "in Arabic, <{selector}> must be right-to-left, computed direction is {direction:?}"
        );
    }
    let (title_rtl, register_rtl) = centres(app, TITLE, REGISTER).await?;
    ensure!(
        title_rtl > register_rtl,
        "in Arabic the title row must be mirrored: title right of its button          ({title_rtl} vs {register_rtl})"
    );
    // The list re-rendered in Arabic: Arabic dual, Arabic country name, names untouched.
    ensure!(
        text(app, "people-count").await? == "شخصان",
        "two people in Arabic take the dual form, got {:?}",
        text(app, "people-count").await?
    );
    let mut nationalities = Vec::new();
    for el in app.find_all("person-nationality").await? {
        nationalities.push(app.text(&el).await?);
    }
    // (The first person has two since the edit: Arabic's list joins them with و.)
    ensure!(
        nationalities.iter().any(|n| n.starts_with("سوريا و")),
        "the nationalities must be named and joined in Arabic, got {nationalities:?}"
    );
    let isolation = app
        .computed("[data-testid=person-original-name]", "unicode-bidi")
        .await?;
    ensure!(
        isolation == "isolate",
        "names must stay isolated from the UI's direction, got unicode-bidi {isolation:?}"
    );
    app.screenshots("11-home-list-ar").await?;

    // A form's button row: Cancel before Save in reading order, so Save is leftmost in Arabic.
    app.click("register-button").await?;
    app.wait_for("register-screen").await?;
    const CANCEL: &str = "[data-testid=register-cancel]";
    const SAVE: &str = "[data-testid=register-submit]";
    let (cancel, save) = centres(app, CANCEL, SAVE).await?;
    ensure!(
        save < cancel,
        "in Arabic the button row must be mirrored: Save left of Cancel ({save} vs {cancel})"
    );
    app.click("register-submit").await?;
    let consent = app.wait_for("error-consent").await?;
    ensure!(
        app.text(&consent).await?.contains("الموافقة"),
        "validation messages must follow the UI language"
    );
    app.screenshots("12-register-errors-ar").await?;
    app.click("register-cancel").await?;
    app.wait_for("home-screen").await?;

    // The unlock screen keeps Arabic, and its own picker switches back to English.
    app.click("lock").await?;
    app.wait_for("unlock-screen").await?;
    ensure!(
        app.computed("body", "direction").await? == "rtl",
        "the unlock screen keeps the chosen language's direction"
    );
    app.screenshots("13-unlock-ar").await?;
    app.choose("language-picker", "en").await?;
    ensure!(
        app.computed("body", "direction").await? == "ltr",
        "switching back to English must make the UI left-to-right"
    );
    app.type_into("input-passphrase", PASSPHRASE).await?;
    app.click("unlock-submit").await?;
    app.wait_for("person-row").await?;
    let (title, register) = centres(app, TITLE, REGISTER).await?;
    ensure!(
        title < register,
        "back in English the title row reads left to right again ({title} vs {register})"
    );
    ensure!(
        text(app, "people-count").await? == "2 people",
        "the list re-renders in English after switching back"
    );

    // The supervisor erases a record entered in error (the newest, listed first).
    app.click("person-latin-name").await?;
    app.wait_for("detail-screen").await?;
    let erased = text(app, "detail-latin-name").await?;
    ensure!(
        erased.contains("Zara"),
        "the newest record opens first, got {erased:?}"
    );
    app.click("erase-open").await?;
    app.choose("erase-reason", "entered_in_error").await?;
    app.screenshots("14-erase").await?;
    app.click("erase-submit").await?;
    ensure!(
        app.text(&app.wait_for("notice").await?).await? == "The record was erased.",
        "erasing must say it is done"
    );
    ensure!(
        text(app, "people-count").await? == "1 person",
        "the erased record leaves the list"
    );

    // A supervisor sets how long synced records stay on the device (default 30 days).
    ensure!(
        app.value("input-retention_days").await? == "30",
        "the default retention window is 30 days"
    );
    app.type_into("input-retention_days", "14").await?;
    app.click("retention-save").await?;
    app.wait_for("retention-saved").await?;
    ensure!(
        app.value("input-retention_days").await? == "14",
        "the new window is kept"
    );

    conflict_from_two_devices_is_resolved_in_one_tap(app).await
}

/// A device at site LSV enrolled with the server at `url` (another official's tablet); it
/// syncs once.
fn other_device(url: &str, code: &str, name: &str) -> anyhow::Result<Device> {
    let mut device = enrolled(url, code, "LSV", name).map_err(|e| anyhow::anyhow!(e))?;
    device.app.sync_now()?;
    Ok(device)
}

/// Sets the phone of the only person on `device` and syncs.
fn change_phone(device: &mut Device, phone: &str) -> anyhow::Result<PersonId> {
    let page = device.app.list_people(&ListQuery::default())?;
    ensure!(
        page.total == 1,
        "the other device pulled one person, not {}",
        page.total
    );
    let id = page.items[0].id;
    let mut form = device.app.get_person(id)?.form;
    form.phone = phone.into();
    device.app.edit_person(id, &form)?;
    Ok(id)
}

/// Clicks "Sync now" and waits for its result.
async fn sync_in_app(app: &App) -> anyhow::Result<()> {
    app.click("sync-now").await?;
    app.wait_for("sync-result")
        .await
        .context("the app's sync must finish")?;
    Ok(())
}

/// The app enrols with a real server; two other devices change the same field offline; the app
/// syncs, shows both values side by side, and the supervisor keeps one with one tap, which
/// reaches the other devices.
async fn conflict_from_two_devices_is_resolved_in_one_tap(app: &App) -> anyhow::Result<()> {
    let server = TestServer::start();
    app.type_into("input-server_url", &server.url).await?;
    app.type_into(
        "input-enrol_code",
        &server.enrolment_code("LSV", "supervisor"),
    )
    .await?;
    app.click("enrol-submit").await?;
    app.wait_for("enrol-done").await?;
    sync_in_app(app).await?;

    // Two officers' devices pull the person, both change the phone offline, then both sync.
    // Blocking client calls run off the test's async runtime.
    let (url, code_b, code_c) = (
        server.url.clone(),
        server.enrolment_code("LSV", "officer"),
        server.enrolment_code("LSV", "officer"),
    );
    let (mut jonas, id) = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
        let mut jonas = other_device(&url, &code_b, "jonas")?;
        let mut sara = other_device(&url, &code_c, "sara")?;
        let id = change_phone(&mut jonas, "+30 210 111")?;
        change_phone(&mut sara, "+30 210 222")?;
        jonas.app.sync_now()?;
        sara.app.sync_now()?;
        Ok((jonas, id))
    })
    .await??;

    sync_in_app(app).await?;
    // The home screen counts it among what waits for review; the review screen opens it.
    let waiting = app
        .wait_for("review-conflicts-count")
        .await
        .context("the record in conflict must be counted for review")?;
    ensure!(
        waiting.attr("data-count").await?.as_deref() == Some("1"),
        "one record in conflict"
    );
    app.click("review-open").await?;
    app.click("review-conflict").await?;
    app.wait_for("conflict").await?;
    let mut values = Vec::new();
    for el in app.find_all("conflict-value").await? {
        values.push(app.text(&el).await?);
    }
    values.sort();
    ensure!(
        values == ["+30 210 111", "+30 210 222"],
        "both phones must show side by side, got {values:?}"
    );
    app.screenshots("15-conflict").await?;
    let kept = app.text(&app.find("conflict-value").await?).await?;
    app.click("conflict-keep").await?;
    for _ in 0..50 {
        if app.find_all("conflict").await?.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    ensure!(
        app.find_all("conflict").await?.is_empty(),
        "one tap must resolve the conflict"
    );
    ensure!(
        text(app, "detail-phone").await? == kept,
        "the kept value is the phone now"
    );
    leaflets_in_arabic_and_tigrinya(app).await?;
    app.click("detail-back").await?;
    app.wait_for("home-screen").await?;
    leaflets_still_owed(app).await?;
    handovers_exported(app).await?;
    sync_in_app(app).await?;

    let phone = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
        jonas.app.sync_now()?;
        let view = jonas.app.get_person(id)?;
        ensure!(
            view.conflicts.is_empty(),
            "the resolution reaches the other devices"
        );
        let mut given: Vec<String> = view
            .handovers
            .iter()
            .map(|h| format!("{} {}", h.details.leaflet, h.details.language))
            .collect();
        given.sort();
        ensure!(
            given == ["eurodac ti", "screening ar"],
            "the hand-overs recorded in the app reach the other device, got {given:?}"
        );
        Ok(view.form.phone)
    })
    .await??;
    ensure!(
        phone == kept,
        "the other device has the kept phone, got {phone:?}"
    );
    likely_matches_show_before_saving(app).await?;
    duplicates_reviewed_and_linked(app).await?;
    a_long_list_is_drawn_a_window_at_a_time(app, &server).await?;
    locks_itself_when_left_alone(app).await?;
    drop(server);
    Ok(())
}

/// Another device registers 400 people; after a sync the app lists them all, drawing only the
/// rows in view, and reads the rest from the store as the official scrolls to the end.
async fn a_long_list_is_drawn_a_window_at_a_time(
    app: &App,
    server: &TestServer,
) -> anyhow::Result<()> {
    const MORE: usize = 400;
    let (url, code) = (server.url.clone(), server.enrolment_code("LSV", "officer"));
    tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
        let mut desk = other_device(&url, &code, "desk")?;
        let forms: Vec<_> = (0..MORE).map(waypoint_e2e::data::registration).collect();
        desk.app.import_people(&forms)?;
        desk.app.sync_now()?;
        Ok(())
    })
    .await??;
    app.wait_for("home-screen").await?;
    // The whole list, not the last search.
    app.find("input-search").await?.clear().await?;
    app.click("search-submit").await?;
    sync_in_app(app).await?;
    let total: usize = app
        .eval(
            "return document.querySelector('[data-testid=people-list]').getAttribute('aria-rowcount') - 1;",
            json!(null),
        )
        .await?
        .as_u64()
        .context("the list's row count")?
        .try_into()?;
    ensure!(
        total > MORE,
        "the list holds the {MORE} people pulled, and more: {total}"
    );
    let drawn = app.find_all("person-row").await?.len();
    ensure!(
        drawn < 60,
        "only the rows in view (and a few around them) are drawn, not {drawn} of {total}"
    );
    // To the end: the last row (the oldest record) is read from the store and drawn.
    app.eval(
        "const s = document.querySelector('[data-testid=people-scroll]'); s.scrollTop = s.scrollHeight;",
        json!(null),
    )
    .await?;
    let last = format!("[data-testid=person-row][aria-rowindex=\"{}\"]", total + 1);
    let mut found = false;
    for _ in 0..50 {
        let n: u64 = app
            .eval(
                &format!("return document.querySelectorAll('{last}').length;"),
                json!(null),
            )
            .await?
            .as_u64()
            .unwrap_or(0);
        if n == 1 {
            found = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    ensure!(
        found,
        "scrolled to the end, the last of {total} rows must show"
    );
    let drawn = app.find_all("person-row").await?.len();
    ensure!(
        drawn < 60,
        "at the end, still only the rows in view: {drawn}"
    );
    app.screenshots("25-home-long-list").await?;
    keyboard_moves_through_the_whole_list(app, total).await
}

/// From the first row, the arrow keys and Page Down move the focus row by row past the rows
/// drawn at first, and End reaches the last row, which is read and drawn for it.
async fn keyboard_moves_through_the_whole_list(app: &App, total: usize) -> anyhow::Result<()> {
    use fantoccini::key::Key;
    app.eval(
        "const s = document.querySelector('[data-testid=people-scroll]'); s.scrollTop = 0;",
        json!(null),
    )
    .await?;
    let first = "[data-testid=person-row][aria-rowindex=\"2\"] button";
    let mut focused = false;
    for _ in 0..50 {
        let done = app
            .eval(
                &format!(
                    "const b = document.querySelector('{first}'); \
                     if (b) b.focus(); return document.activeElement === b && !!b;"
                ),
                json!(null),
            )
            .await?;
        if done.as_bool() == Some(true) {
            focused = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    ensure!(focused, "the first row's name can take the focus");
    let focused_row = || async {
        let index = app
            .eval(
                "const r = document.activeElement?.closest('[data-testid=person-row]'); \
                 return r ? Number(r.getAttribute('aria-rowindex')) - 1 : null;",
                json!(null),
            )
            .await?;
        anyhow::Ok(index.as_u64())
    };
    // Waits for the focus to reach row `want` (1-based), pressing nothing more.
    let reaches = |want: u64| async move {
        for _ in 0..50 {
            if focused_row().await? == Some(want) {
                return anyhow::Ok(());
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        anyhow::bail!("the focus is on row {:?}, not {want}", focused_row().await?)
    };
    for want in 2..=4 {
        app.press(Key::Down).await?;
        reaches(want).await?;
    }
    app.press(Key::Up).await?;
    reaches(3).await?;
    app.press(Key::PageDown).await?;
    let after_page = focused_row().await?.unwrap_or(0);
    ensure!(
        after_page > 5,
        "Page Down moves the focus a screen down, to row {after_page}"
    );
    app.press(Key::End).await?;
    reaches(total as u64)
        .await
        .context("End reaches the last row")?;
    // Each drawn row in its own place, one below the other (the CSP refuses style attributes:
    // positions set any other way than through the CSSOM are dropped, and the rows pile up).
    let tops = app
        .eval(
            "return [...document.querySelectorAll('[data-testid=person-row]')]\
               .map((r) => Math.round(r.getBoundingClientRect().top));",
            json!(null),
        )
        .await?;
    let tops: Vec<i64> = tops
        .as_array()
        .map(|a| a.iter().filter_map(serde_json::Value::as_i64).collect())
        .unwrap_or_default();
    ensure!(
        tops.len() > 3 && tops.windows(2).all(|w| w[1] > w[0]),
        "the rows drawn must lie one below the other, got tops {tops:?}"
    );
    app.press(Key::Home).await?;
    reaches(1).await.context("Home goes back to the first row")
}

/// A supervisor adds an officer with their own passphrase and sets the auto-lock delay to 30
/// seconds; left alone, the app locks itself and says why; the new officer unlocks it as
/// themselves (switching officer) and, not being a supervisor, cannot change either setting.
async fn locks_itself_when_left_alone(app: &App) -> anyhow::Result<()> {
    app.wait_for("home-screen").await?;
    app.type_into("officer-username", "jonas").await?;
    app.type_into("officer-display_name", "Jonas P.").await?;
    app.type_into("officer-passphrase", "another long passphrase")
        .await?;
    app.type_into("officer-passphrase2", "another long passphrase")
        .await?;
    app.click("add-officer").await?;
    app.wait_for("officer-added").await?;
    ensure!(
        app.find_all("officer").await?.len() == 2,
        "both officers are listed"
    );
    app.choose("input-lock_after", "30").await?;
    ensure!(
        app.value("input-lock_after").await? == "30",
        "the delay is saved"
    );
    tokio::time::sleep(std::time::Duration::from_secs(25)).await;
    ensure!(
        app.find_all("auto-locked").await?.is_empty(),
        "not locked before the delay"
    );
    app.wait_for("auto-locked")
        .await
        .context("the app must lock itself after 30 s without use")?;
    app.find("unlock-screen").await?;
    app.screenshots("25-auto-locked").await?;
    app.choose("input-username", "jonas").await?;
    app.type_into("input-passphrase", "another long passphrase")
        .await?;
    app.click("unlock-submit").await?;
    app.wait_for("home-screen").await?;
    ensure!(
        app.find_all("auto-locked").await?.is_empty(),
        "the notice goes with the lock"
    );
    ensure!(
        text(app, "signed-in").await?.contains("Jonas P."),
        "the other officer is signed in"
    );
    ensure!(
        app.find_all("add-officer-form").await?.is_empty()
            && app
                .find("input-lock_after")
                .await?
                .attr("disabled")
                .await?
                .is_some(),
        "an officer neither adds officers nor changes the delay"
    );
    Ok(())
}

/// After "Muhammad Alahmad" was registered again on purpose (likely matches), the app syncs:
/// the server finds him and "محمد الأحمد / Mohammed Al-Ahmad" alike, the supervisor sees both
/// side by side and decides "same person" in one tap; opening the later record then opens the
/// earlier one, which lists the later one as linked.
async fn duplicates_reviewed_and_linked(app: &App) -> anyhow::Result<()> {
    sync_in_app(app).await?;
    let card = app
        .wait_for("review-count")
        .await
        .context("the home screen must show the possible duplicate the server found")?;
    ensure!(
        card.attr("data-count").await?.as_deref() == Some("1"),
        "one pair to review"
    );
    app.click("review-open").await?;
    app.wait_for("review-screen").await?;
    let pairs = app.find_all("review-pair").await?;
    ensure!(pairs.len() == 1, "one pair, {} shown", pairs.len());
    let (a, b) = (text(app, "review-a").await?, text(app, "review-b").await?);
    let both = format!("{a}\n{b}");
    ensure!(
        both.contains("محمد") && both.contains("Muhammad"),
        "both records side by side, got {both:?}"
    );
    ensure!(
        app.find_all("review-elsewhere").await?.is_empty(),
        "both records are this site's"
    );
    app.click("review-reasons").await?;
    app.screenshots("23-review").await?;
    app.click("review-same").await?;
    app.wait_for("review-none")
        .await
        .context("one tap decides the pair")?;
    app.click("review-back").await?;
    app.wait_for("home-screen").await?;
    ensure!(
        app.find_all("review-card").await?.is_empty(),
        "nothing left to review"
    );

    // The later record opens on the earlier one, saying so; the earlier lists it as linked.
    app.type_into("input-search", "Muhammad").await?;
    // The list re-renders as the search settles: retry until a click on his row lands.
    let mut opened = false;
    for _ in 0..50 {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        for name in app.find_all("person-latin-name").await? {
            let Ok(text) = app.text(&name).await else {
                continue;
            };
            if text.contains("Muhammad") && name.click().await.is_ok() {
                opened = true;
                break;
            }
        }
        if opened && !app.find_all("redirected").await?.is_empty() {
            break;
        }
    }
    app.wait_for("redirected")
        .await
        .context("opening the later record must say it opened the earlier one")?;
    ensure!(
        text(app, "detail-latin-name").await?.contains("Mohammed"),
        "the earlier record is shown"
    );
    let linked = app.find_all("linked-record").await?;
    ensure!(linked.len() == 1, "one linked record");
    ensure!(
        linked[0].attr("data-decision").await?.as_deref() == Some("same_person"),
        "linked as the same person"
    );
    app.screenshots("24-linked").await?;
    app.click("detail-back").await?;
    app.wait_for("home-screen").await?;
    sync_in_app(app).await
}

/// A supervisor exports the hand-over records from Settings: a CSV file in the export folder
/// with both hand-overs, by case number, without the person's name.
async fn handovers_exported(app: &App) -> anyhow::Result<()> {
    app.click("export-handovers-button").await?;
    let done = app.wait_for("export-done").await?;
    let shown = app.text(&done).await?;
    let csvs: Vec<_> = std::fs::read_dir(app.exports.path())?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    ensure!(
        csvs.len() == 1 && shown.contains(&*csvs[0].to_string_lossy()),
        "one CSV saved where the notice says, got {csvs:?} and {shown:?}"
    );
    let text = std::fs::read_to_string(&csvs[0])?;
    ensure!(
        text.lines().count() == 3
            && text.contains(",screening,")
            && text.contains(",eurodac,")
            && !text.contains("Mohammed"),
        "header and the two hand-overs, no names, got {text:?}"
    );
    Ok(())
}

/// On the record of the Arabic-speaking man (UI in English): the leaflet screen preselects his
/// preferred language, shows the Arabic text right-to-left inside the left-to-right UI, and
/// records a hand-over in one tap; then a Tigrinya leaflet, given in print through an
/// interpreter. Both show in the record's list of leaflets given and in its history.
async fn leaflets_in_arabic_and_tigrinya(app: &App) -> anyhow::Result<()> {
    app.click("give-leaflet").await?;
    app.wait_for("leaflet-screen").await?;
    ensure!(
        app.value("leaflet-language").await? == "ar",
        "his preferred language (arb) must preselect the Arabic leaflet"
    );
    let article = app.find("leaflet-text").await?;
    ensure!(
        article.attr("dir").await?.as_deref() == Some("rtl")
            && app
                .computed("[data-testid=leaflet-text]", "direction")
                .await?
                == "rtl"
            && app.computed("html", "direction").await? == "ltr",
        "the Arabic leaflet reads right-to-left inside the English UI"
    );
    let heading = text(app, "leaflet-heading").await?;
    ensure!(
        heading
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "the Arabic leaflet's title is in Arabic script, got {heading:?}"
    );
    ensure!(
        app.find("leaflet-status")
            .await?
            .attr("data-status")
            .await?
            .as_deref()
            == Some("machine-drafted"),
        "the translation's review status is shown"
    );
    ensure!(
        app.value("leaflet-pick").await? == "screening",
        "the first leaflet not yet given is offered first"
    );
    app.screenshots("17-leaflet-ar").await?;
    app.click("handover-submit").await?;
    app.wait_for("handover-recorded").await?;

    // Tigrinya, Eurodac leaflet, printed, explained through a Tigrinya interpreter, signed.
    app.choose("leaflet-pick", "eurodac").await?;
    app.choose("leaflet-language", "ti").await?;
    for _ in 0..50 {
        if app
            .find("leaflet-text")
            .await?
            .attr("lang")
            .await?
            .as_deref()
            == Some("ti")
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let heading = text(app, "leaflet-heading").await?;
    ensure!(
        heading
            .chars()
            .any(|c| ('\u{1200}'..='\u{137F}').contains(&c)),
        "the Tigrinya leaflet's title is in Ge'ez script, got {heading:?}"
    );
    // Large text is a preference the web view keeps across runs: set it, whatever it was.
    set_large_text(app, true).await?;

    // Saved as PDF (the leaflet text only) into the export folder; the hand-over form follows.
    app.click("leaflet-pdf").await?;
    let saved = app.wait_for("leaflet-pdf-saved").await?;
    let saved = app.text(&saved).await?;
    let pdfs: Vec<_> = std::fs::read_dir(app.exports.path())?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect();
    ensure!(
        pdfs.len() == 1 && saved.contains(&*pdfs[0].to_string_lossy()),
        "one PDF saved where the notice says, got {pdfs:?} and {saved:?}"
    );
    ensure!(
        std::fs::read(&pdfs[0])?.starts_with(b"%PDF-"),
        "the saved file is a PDF"
    );
    ensure!(
        app.find("handover-format-pdf")
            .await?
            .prop("checked")
            .await?
            .as_deref()
            == Some("true"),
        "saving the PDF chooses PDF as the hand-over's format"
    );
    app.click("handover-format-print").await?;
    app.click("handover-explained").await?;
    app.choose("handover-interpreter", "tir").await?;
    app.choose("handover-ack", "signed").await?;
    app.screenshots("18-leaflet-ti-large").await?;
    app.click("handover-submit").await?;
    for _ in 0..50 {
        if app.find_all("handover").await?.len() == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    set_large_text(app, false).await?;

    // Back on the record: both hand-overs, newest first, and in the history.
    app.click("leaflet-back").await?;
    app.wait_for("detail-screen").await?;
    let given = app.find_all("handover").await?;
    ensure!(
        given.len() == 2,
        "two hand-overs listed, got {}",
        given.len()
    );
    ensure!(
        given[0].attr("data-language").await?.as_deref() == Some("ti")
            && given[1].attr("data-language").await?.as_deref() == Some("ar"),
        "newest first: Tigrinya, then Arabic"
    );
    let tigrinya = app.text(&given[0]).await?;
    ensure!(
        tigrinya.contains("ትግርኛ")
            && tigrinya.contains("Printed copy")
            && tigrinya.contains("Signed"),
        "the hand-over shows language, format and acknowledgement, got {tigrinya:?}"
    );
    let history = text(app, "detail-history").await?;
    ensure!(
        history.matches("Leaflet handed over").count() == 2,
        "both hand-overs are in the history, got {history:?}"
    );
    // The text the person was given, by the version the hand-over cites.
    app.eval(
        "document.querySelector('[data-testid=handover] [data-testid=handover-text] summary').click();",
        json!(null),
    )
    .await?;
    let body = app.wait_for("handover-text-body").await?;
    ensure!(
        body.attr("lang").await?.as_deref() == Some("ti"),
        "the text given is the Tigrinya one"
    );
    let given_text = app.text(&body).await?;
    ensure!(
        given_text
            .chars()
            .any(|c| ('\u{1200}'..='\u{137F}').contains(&c)),
        "the text given is shown in Ge'ez script, got {given_text:?}"
    );
    app.screenshots("19-detail-leaflets").await?;
    Ok(())
}

/// Sets the leaflet screen's large-text switch to `on`.
async fn set_large_text(app: &App, on: bool) -> anyhow::Result<()> {
    let checked = app.find("leaflet-large").await?.prop("checked").await?;
    if (checked.as_deref() == Some("true")) != on {
        app.click("leaflet-large").await?;
    }
    Ok(())
}

/// The home screen lists the leaflets the site requires that he has not received: of the EU
/// defaults due at registration, only the responsible-state one is left; a tap opens it.
async fn leaflets_still_owed(app: &App) -> anyhow::Result<()> {
    // The card is filled after the list is drawn.
    app.wait_for("leaflets-due").await?;
    let mut owed = Vec::new();
    for el in app.find_all("leaflet-due").await? {
        if app.text(&el).await?.contains("Mohammed") {
            owed.push(el.attr("data-leaflet").await?.unwrap_or_default());
        }
    }
    ensure!(
        owed == ["responsible-state"],
        "after the screening and Eurodac leaflets, he is owed the responsible-state one, got {owed:?}"
    );
    ensure!(
        app.value("deadline-screening").await? == "0",
        "the settings show the site's deadlines"
    );
    app.screenshots("20-home-leaflets-due").await?;
    app.click("leaflet-due").await?;
    app.wait_for("leaflet-screen").await?;
    ensure!(
        app.value("leaflet-pick").await? == "responsible-state",
        "the leaflet owed is the one chosen"
    );
    app.click("leaflet-back").await?;
    app.wait_for("detail-screen").await?;
    app.click("detail-back").await?;
    app.wait_for("home-screen").await?;
    Ok(())
}

/// Registering the same man again, spelt otherwise in Latin only: before saving, the app shows
/// who he may already be; saving again registers a new person anyway.
async fn likely_matches_show_before_saving(app: &App) -> anyhow::Result<()> {
    app.click("register-button").await?;
    app.wait_for("register-screen").await?;
    app.type_into("input-given.original", "Muhammad").await?;
    app.type_into("input-family.original", "Alahmad").await?;
    app.click("input-consent-given").await?;
    app.click("register-submit").await?;
    app.wait_for("likely-matches")
        .await
        .context("a likely match must show before saving")?;
    let shown = text(app, "likely-match").await?;
    ensure!(
        shown.contains("Mohammed Al-Ahmad"),
        "the registered man must be offered, got {shown:?}"
    );
    app.screenshots("16-likely-matches").await?;
    app.click("register-submit").await?;
    app.wait_for("notice")
        .await
        .context("saving again registers a new person")?;
    ensure!(
        text(app, "people-count").await? == "2 people",
        "the new person is listed"
    );
    family_of_five_is_pre_registered(app).await
}

/// A family of five in one form: the family name and nationality typed once carry to every
/// row, ages stand in for dates of birth. Counts what the official types and taps.
async fn family_of_five_is_pre_registered(app: &App) -> anyhow::Result<()> {
    let mut typed = 0; // fields typed into
    let mut taps = 0; // buttons pressed and choices made
    app.click("group-button").await?;
    taps += 1;
    app.wait_for("group-screen").await?;
    app.choose("group-means", "land").await?;
    taps += 1;
    app.type_into("group-0-family", "Haile").await?;
    typed += 1;
    app.choose("group-0-nationality", "ERI").await?;
    taps += 1;
    let family = [
        ("Tesfay", "male", "41", None),
        ("Selam", "female", "38", Some("spouse")),
        ("Yonas", "male", "12", None),
        ("Luwam", "female", "9", None),
        ("Ruth", "female", "2", None),
    ];
    for (i, (given, sex, age, relationship)) in family.iter().enumerate() {
        if i >= 2 {
            app.click("group-add").await?;
            taps += 1;
        }
        app.type_into(&format!("group-{i}-given"), given).await?;
        app.choose(&format!("group-{i}-sex"), sex).await?;
        app.type_into(&format!("group-{i}-dob"), age).await?;
        typed += 2;
        taps += 1;
        if let Some(rel) = relationship {
            app.choose(&format!("group-{i}-relationship"), rel).await?;
            taps += 1;
        }
    }
    ensure!(
        app.value("group-4-family").await? == "Haile"
            && app.value("group-4-nationality").await? == "ERI",
        "the first member's family name and nationality carry to the rows added"
    );
    app.screenshots("21-group").await?;
    app.click("group-submit").await?;
    taps += 1;
    let notice = app.wait_for("notice").await?;
    ensure!(
        app.text(&notice).await? == "5 people pre-registered.",
        "the family is pre-registered"
    );
    ensure!(
        text(app, "people-count").await? == "7 people",
        "all five are listed"
    );
    // Recorded in the issue note: what a trained official needs for a family of five.
    eprintln!("[app] family of five: {typed} fields typed, {taps} taps");
    search_as_you_type_with_filters(app).await
}

/// Waits until the list's count reads `expected`.
async fn count_becomes(app: &App, expected: &str) -> anyhow::Result<()> {
    let mut last = String::new();
    for _ in 0..50 {
        last = text(app, "people-count").await.unwrap_or_default();
        if last == expected {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    bail!("the list should count {expected:?}, it counts {last:?}")
}

/// The list follows the search box as the official types (no button), and narrows with the
/// filters: nationality, sex, age.
async fn search_as_you_type_with_filters(app: &App) -> anyhow::Result<()> {
    app.type_into("input-search", "Haile").await?;
    count_becomes(app, "5 people").await?;
    app.find("input-search").await?.clear().await?;
    app.click("search-submit").await?;
    count_becomes(app, "7 people").await?;
    app.click("filters-open").await?;
    app.choose("filter-nationality", "ERI").await?;
    count_becomes(app, "5 people").await?;
    app.choose("filter-sex", "female").await?;
    count_becomes(app, "3 people").await?;
    app.type_into("filter-age_max", "10").await?;
    app.click("filter-age_min").await?; // leaving the field applies it
    count_becomes(app, "2 people").await?;
    app.screenshots("22-home-filters").await?;
    app.click("filters-clear").await?;
    count_becomes(app, "7 people").await?;
    arrivals_today(app).await
}

/// The arrivals card counts today's registrations at this site, draws them in today's bar by
/// nationality, and lists them; the registration-date filter narrows the list.
async fn arrivals_today(app: &App) -> anyhow::Result<()> {
    let today = app.find("arrivals-today").await?;
    ensure!(
        today.attr("data-count").await?.as_deref() == Some("7"),
        "seven registered today, the card says {:?}",
        app.text(&today).await?
    );
    let bars = app.find_all("arrivals-bar").await?;
    ensure!(bars.len() == 14, "two weeks of bars, not {}", bars.len());
    let last = bars.last().context("a bar for today")?;
    ensure!(
        last.attr("data-count").await?.as_deref() == Some("7"),
        "today's bar holds the seven"
    );
    let legend = text(app, "arrivals-legend").await?;
    ensure!(
        legend.contains("Eritrea") && legend.contains("Syria"),
        "the legend names the nationalities, got {legend:?}"
    );
    app.click("arrivals-show-today").await?;
    count_becomes(app, "7 people").await?;
    let from = app.value("filter-registered_from").await?;
    ensure!(
        from.len() == 10 && app.value("filter-registered_to").await? == from,
        "today's list is the registration-date filter set to today, got {from:?}"
    );
    // Registered before yesterday: nobody.
    let yesterday: String = app
        .eval(
            "const d = new Date(Date.now() - 864e5); \
             return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + \
             String(d.getDate()).padStart(2, '0');",
            json!(null),
        )
        .await?
        .as_str()
        .context("a date")?
        .to_owned();
    app.eval(
        "const el = document.querySelector('[data-testid=filter-registered_from]'); \
         el.value = ''; el.dispatchEvent(new Event('change')); \
         const to = document.querySelector('[data-testid=filter-registered_to]'); \
         to.value = arguments[0]; to.dispatchEvent(new Event('change'));",
        json!(yesterday),
    )
    .await?;
    app.wait_for("people-empty").await?;
    app.screenshots("23-home-arrivals").await?;
    app.click("filters-clear").await?;
    count_becomes(app, "7 people").await
}

async fn check_listed(app: &App) -> anyhow::Result<()> {
    let original = text(app, "person-original-name").await?;
    ensure!(
        original.contains("محمد") && original.contains("الأحمد"),
        "the list must show the Arabic-script name, got {original:?}"
    );
    let latin = text(app, "person-latin-name").await?;
    ensure!(
        latin.contains("Mohammed") && latin.contains("Al-Ahmad"),
        "the list must show the Latin name, got {latin:?}"
    );
    let case = text(app, "person-case-number").await?;
    ensure!(
        looks_like_case_number(&case, "LSV", "000001"),
        "case number {case:?} must look like LSV-XXXX-000001-X"
    );
    ensure!(
        text(app, "person-nationality").await?.contains("Syria"),
        "the list must show the nationality"
    );
    Ok(())
}

/** A file given to the photo input. */
enum PhotoFile {
    /** Text named as a JPEG. */
    NotAPicture,
    /** A 1,600×1,200 PNG full of detail: more than the 60 KB a photo may keep. */
    Large,
}

/**
 * Gives the hidden photo input a file, as choosing one in the device's picker does. WebDriver's
 * file upload needs a path on the machine of the browser; a file made in the page is simpler and
 * the same to the app.
 */
async fn choose_photo(app: &App, file: PhotoFile) -> anyhow::Result<()> {
    app.eval(
        "const input = document.querySelector('[data-testid=input-photo]');\n\
         let file;\n\
         if (arguments[0] === 'large') {\n\
           const canvas = document.createElement('canvas');\n\
           canvas.width = 1600; canvas.height = 1200;\n\
           const c = canvas.getContext('2d');\n\
           for (let y = 0; y < 1200; y += 8) for (let x = 0; x < 1600; x += 8) {\n\
             c.fillStyle = `hsl(${(x * 7 + y * 13) % 360} 70% ${30 + ((x ^ y) % 40)}%)`;\n\
             c.fillRect(x, y, 8, 8);\n\
           }\n\
           const data = atob(canvas.toDataURL('image/png').split(',')[1]);\n\
           const bytes = new Uint8Array(data.length);\n\
           for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);\n\
           file = new File([bytes], 'camera.png', { type: 'image/png' });\n\
         } else {\n\
           file = new File(['not a picture'], 'notes.jpg', { type: 'image/jpeg' });\n\
         }\n\
         const list = new DataTransfer();\n\
         list.items.add(file);\n\
         input.files = list.files;\n\
         input.dispatchEvent(new Event('change', { bubbles: true }));",
        serde_json::Value::from(match file {
            PhotoFile::NotAPicture => "text",
            PhotoFile::Large => "large",
        }),
    )
    .await?;
    Ok(())
}
