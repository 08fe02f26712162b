//! `waypoint-server enrolment-code`, `devices`, `revoke` and `status`.

use crate::support::server_command;

fn run(data_dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    server_command(data_dir)
        .args(args)
        .output()
        .expect("the server binary runs")
}

#[test]
fn enrolment_code_prints_a_typable_one_time_code() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = run(
        dir.path(),
        &[
            "enrolment-code",
            "--site",
            "lsv",
            "--role",
            "officer",
            "--valid-hours",
            "2",
        ],
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "stderr:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let code = stdout.lines().next().unwrap_or_default();
    let groups: Vec<&str> = code.split('-').collect();
    assert!(
        groups.len() == 4 && groups.iter().all(|g| g.len() == 4),
        "four groups of four on the first line: {stdout}"
    );
    assert!(
        stdout.contains("LSV") && stdout.contains("officer"),
        "{stdout}"
    );
}

#[test]
fn an_unknown_role_is_refused_with_the_roles_listed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = run(
        dir.path(),
        &["enrolment-code", "--site", "LSV", "--role", "admin"],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "no code for an unknown role");
    assert!(stderr.contains("supervisor"), "{stderr}");
}

#[test]
fn devices_status_and_revoke_speak_plainly_about_an_empty_server() {
    let dir = tempfile::tempdir().expect("temp dir");
    let devices = run(dir.path(), &["devices"]);
    assert!(devices.status.success());
    assert!(String::from_utf8_lossy(&devices.stdout).contains("no devices enrolled"));
    let status = run(dir.path(), &["status"]);
    assert!(status.status.success());

    let revoke = run(
        dir.path(),
        &["revoke", "0190b7a6-4c1e-7000-8000-000000000001"],
    );
    let stderr = String::from_utf8_lossy(&revoke.stderr);
    assert!(!revoke.status.success(), "revoking nobody is an error");
    assert!(
        stderr.contains("waypoint-server devices"),
        "it says how to find ids: {stderr}"
    );
}
