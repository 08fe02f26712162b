//! `waypoint-server init`.

use crate::support::server_command;

#[test]
fn init_creates_the_database_and_says_where_it_is() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data_dir = dir.path().join("data");
    let output = server_command(&dir.path().join("ignored"))
        .arg("init")
        .arg("--data-dir")
        .arg(&data_dir)
        .output()
        .expect("the server binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "init succeeds; stderr:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let database = data_dir.join("waypoint-server.sqlite3");
    assert!(database.is_file(), "the database file exists");
    assert!(
        stdout.contains(&database.display().to_string()),
        "init prints where the database is: {stdout}"
    );
}

#[test]
fn init_twice_is_harmless() {
    let dir = tempfile::tempdir().expect("temp dir");
    for attempt in 1..=2 {
        let output = server_command(dir.path())
            .arg("init")
            .output()
            .expect("the server binary runs");
        assert!(
            output.status.success(),
            "init run {attempt} succeeds; stderr:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
