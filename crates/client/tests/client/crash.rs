//! Crash safety: a child process registering people in a loop is killed with SIGKILL at random
//! moments; after each kill the store opens, passes `PRAGMA integrity_check`, and holds every
//! registration the child reported as saved.

use crate::support::*;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use waypoint_client::ListQuery;

const CHILD_ENV: &str = "WAYPOINT_CRASH_CHILD_DIR";

/// Not a test on its own: the body the parent runs in a child process.
#[test]
#[ignore = "run only as the child of registrations_reported_saved_survive_sigkill"]
fn crash_child() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return;
    };
    let clock = TestClock::new();
    let mut app = reopen(std::path::Path::new(&dir), &clock);
    app.unlock("amina", PASSPHRASE).expect("unlock");
    for i in 0.. {
        let view = app
            .register_person(&person(
                &format!("محمد{i}"),
                &format!("Mohammed{i}"),
                "Crash",
                "Crash",
            ))
            .expect("register");
        // Reported only after the use case returned, i.e. after COMMIT.
        println!("saved {}", view.person.case_number);
    }
}

fn pseudo_random(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn registrations_reported_saved_survive_sigkill() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    device(dir.path(), "CRS", &clock).lock();
    let exe = std::env::current_exe().expect("test binary");
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut reported: Vec<String> = Vec::new();
    for round in 0..15 {
        let mut child = Command::new(&exe)
            .args([
                "crash::crash_child",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn child");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(case) = line.strip_prefix("saved ")
                    && tx.send(case.to_owned()).is_err()
                {
                    break;
                }
            }
        });
        // Let it write for a random while (at least one save), then SIGKILL it mid-flight.
        let first = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("child saves something");
        reported.push(first);
        let until = Instant::now() + Duration::from_millis(20 + pseudo_random(&mut seed) % 300);
        while Instant::now() < until {
            if let Ok(case) = rx.recv_timeout(Duration::from_millis(5)) {
                reported.push(case);
            }
        }
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        reader.join().expect("reader");
        reported.extend(rx.try_iter());

        let mut app = reopen(dir.path(), &clock);
        app.unlock("amina", PASSPHRASE)
            .expect("store opens after a kill");
        let store = app.store().expect("store");
        assert_eq!(
            store.integrity_check().expect("check"),
            "ok",
            "round {round}"
        );
        let page = app
            .list_people(&ListQuery {
                limit: 500,
                ..ListQuery::default()
            })
            .expect("list");
        let mut all = page.items;
        let mut offset = 500;
        while all.len() < page.total as usize {
            all.extend(
                app.list_people(&ListQuery {
                    offset,
                    limit: 500,
                    ..ListQuery::default()
                })
                .expect("list")
                .items,
            );
            offset += 500;
        }
        let stored: std::collections::HashSet<String> =
            all.into_iter().map(|p| p.case_number).collect();
        for case in &reported {
            assert!(
                stored.contains(case),
                "round {round}: {case} was reported saved but is missing"
            );
        }
        assert!(
            stored.len() >= reported.len(),
            "nothing reported twice or lost"
        );
        app.lock();
    }
    assert!(
        reported.len() > 15,
        "the child saved across rounds: {}",
        reported.len()
    );
}
