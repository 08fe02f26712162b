//! The Tauri app end to end, through WebDriver: what an official does on a fresh device.
//!
//! Needs the debug app binary (`make test` builds the UI and the app first), `tauri-driver`,
//! WebKitWebDriver, and Xvfb when there is no `DISPLAY`. Screenshots of each main screen are
//! written to `target/e2e-screenshots/`.
//!
//! Run with `cargo test -p waypoint-e2e --test app -- --nocapture`.

mod harness;

use anyhow::{Context as _, ensure};
use harness::App;

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
async fn official_sets_up_registers_an_arabic_name_locks_and_unlocks() -> anyhow::Result<()> {
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

    // First run: set-up creates the supervisor and unlocks.
    app.wait_for("setup-screen").await?;
    app.screenshot("01-setup").await?;
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
    app.screenshot("02-home-empty").await?;

    // Saving an empty form shows the refused fields next to them, chosen by code.
    app.click("register-button").await?;
    app.wait_for("register-screen").await?;
    app.screenshot("03-register").await?;
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
    app.click("input-protection-yes").await?;
    app.click("input-consent-given").await?;
    app.screenshot("05-register-filled").await?;
    app.click("register-submit").await?;

    // The person is listed with both names and a well-formed case number.
    app.wait_for("person-row").await?;
    app.screenshot("06-home-list").await?;
    let rows = app.find_all("person-row").await?;
    ensure!(
        rows.len() == 1,
        "one person registered, {} rows listed",
        rows.len()
    );
    check_listed(app).await?;

    // The list on a 360x640 phone screen.
    app.client.set_window_size(360, 640).await?;
    app.screenshot("07-home-list-360x640").await?;
    app.client.set_window_size(1280, 800).await?;

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
    app.screenshot("08-detail").await?;

    // Lock; a wrong passphrase is refused with the message; the right one unlocks.
    app.click("lock").await?;
    app.wait_for("unlock-screen").await?;
    app.screenshot("09-unlock").await?;
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
    Ok(())
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
