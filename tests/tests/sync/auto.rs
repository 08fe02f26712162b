//! The background sync: it keeps trying, backing off, while the server is away, syncs by itself
//! once it is back, lets the officer work meanwhile, and stops when told.

use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use waypoint_client::{AutoSync, AutoSyncEvent, AutoSyncPolicy, ErrorCode, SyncReport};
use waypoint_e2e::server::TestServer;

use super::{device, register};

const PATIENCE: Duration = Duration::from_secs(60);

/// The next `Synced` report, skipping progress; panics on anything else but failures to
/// reach the server, which it counts.
fn next_sync(events: &Receiver<AutoSyncEvent>) -> (SyncReport, u32) {
    let mut failures = 0;
    loop {
        match events
            .recv_timeout(PATIENCE)
            .expect("the background sync went quiet")
        {
            AutoSyncEvent::Progress(_) => {}
            AutoSyncEvent::Synced(report) => return (report, failures),
            AutoSyncEvent::Failed { error, retry_in } => {
                assert_eq!(error.code, ErrorCode::Network, "{error}");
                assert!(retry_in.is_some(), "a network failure is retried");
                failures += 1;
            }
            AutoSyncEvent::Revoked => panic!("not revoked"),
        }
    }
}

#[test]
fn the_device_syncs_by_itself_once_the_server_is_back_and_on_a_nudge() {
    let mut server = TestServer::start();
    let mut amina = device(&server, "amina");
    let mut jonas = device(&server, "jonas");
    server.kill();
    let first = register(&mut amina.app, "Firstoffline");

    let (send, events) = channel();
    let policy = AutoSyncPolicy {
        interval: Duration::from_secs(3600),
        first_retry: Duration::from_millis(20),
        max_retry: Duration::from_millis(200),
        start_delay: Duration::ZERO,
    };
    let companion = amina.app.sync_companion().expect("companion");
    let mut auto = AutoSync::start(companion, policy, move |e| {
        let _ = send.send(e.clone());
    });
    // Tries fail while the server is away; the officer keeps working on the other connection.
    for _ in 0..3 {
        match events.recv_timeout(PATIENCE).expect("an event") {
            AutoSyncEvent::Failed { error, retry_in } => {
                assert_eq!(error.code, ErrorCode::Network, "{error}");
                assert!(retry_in.is_some());
            }
            AutoSyncEvent::Progress(_) => {}
            other => panic!("the server is down, yet: {other:?}"),
        }
    }
    let second = register(&mut amina.app, "Secondoffline");
    assert_eq!(amina.app.sync_status().expect("status").waiting, 2);

    server.restart_on_same_port(&[]);
    let (report, _) = next_sync(&events);
    assert_eq!(
        report.pushed, 2,
        "both records went up by themselves: {report:?}"
    );
    assert_eq!(amina.app.sync_status().expect("status").waiting, 0);
    assert!(amina.app.sync_status().expect("status").last_sync.is_some());

    // A nudge syncs at once, not after the hour-long interval.
    let third = register(&mut amina.app, "Nudged");
    auto.nudge();
    let (report, failures) = next_sync(&events);
    assert_eq!((report.pushed, failures), (1, 0), "{report:?}");

    auto.stop();
    assert!(!auto.is_running());
    jonas.app.sync_now().expect("sync");
    for id in [first, second, third] {
        jonas.app.get_person(id).expect("the other device has it");
    }
}
