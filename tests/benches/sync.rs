//! Sync figures against the real server process (release builds of both sides):
//! first upload of 10,000 records on loopback and through a proxy adding 300 ms per round trip,
//! bytes on the wire per record against its Automerge `save()` size, a no-op sync and a new
//! device's first pull with 100,000 records, and 100 devices pushing 1,000 records each at once.
//!
//! Run with `make bench-sync`, which builds the release server first. `WAYPOINT_BENCH_MAX`
//! (default 100000) scales the 100,000-record figures down for a quick run. Devices use cheap
//! Argon2 parameters: key derivation is measured by the store benchmark, not here.

use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};
use waypoint_client::{SyncReport, Waypoint};
use waypoint_e2e::data::registration;
use waypoint_e2e::device::{Device, enrolled};
use waypoint_e2e::proxy::Proxy;
use waypoint_e2e::server::TestServer;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn device(url: &str, server: &TestServer, site: &str) -> Result<Device> {
    enrolled(
        url,
        &server.enrolment_code(site, "supervisor"),
        site,
        "bench",
    )
    .map_err(|e| e.to_string().into())
}

/// Registers `n` realistic people, by imports of 1,000; returns the first one's id.
fn fill(app: &mut Waypoint, n: usize) -> Result<waypoint_core::ids::PersonId> {
    let mut first = None;
    for start in (0..n).step_by(1_000) {
        let forms: Vec<_> = (start..(start + 1_000).min(n)).map(registration).collect();
        let ids = app.import_people(&forms)?;
        first = first.or(ids.first().copied());
    }
    first.ok_or_else(|| "nothing registered".into())
}

fn timed_sync(app: &mut Waypoint) -> Result<(SyncReport, Duration)> {
    let t = Instant::now();
    let report = app.sync_now()?;
    Ok((report, t.elapsed()))
}

fn row(what: &str, report: &SyncReport, took: Duration, goal: &str) {
    println!(
        "| {what} | {:.2} s | {} | {} / {} | {} / {} | {goal} |",
        took.as_secs_f64(),
        report.requests,
        report.pushed,
        report.pulled,
        kib(report.bytes_up),
        kib(report.bytes_down),
    );
}

fn kib(bytes: u64) -> String {
    if bytes < 10_240 {
        format!("{bytes} B")
    } else {
        format!("{:.0} KiB", bytes as f64 / 1024.0)
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

/// Peak resident memory of a process, from /proc (Linux).
fn peak_rss_mib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Only a new device's first pull of `big` records (`WAYPOINT_BENCH_ONLY=pull`), for profiling.
fn new_device_pull(big: usize) -> Result<()> {
    let server = TestServer::start();
    let mut c = device(&server.url, &server, "MRG")?;
    fill(&mut c.app, big)?;
    timed_sync(&mut c.app)?;
    new_device_pulls(&server, big)?;
    Ok(())
}

/// A new device at the site of the `big` records on `server` pulls them; prints its row.
fn new_device_pulls(server: &TestServer, big: usize) -> Result<Device> {
    let mut d = device(&server.url, server, "MRG")?;
    eprintln!("pulling (pid {})", std::process::id());
    let (report, took) = timed_sync(&mut d.app)?;
    row(
        &format!("new device pulls {big} records"),
        &report,
        took,
        "≤ 20 s",
    );
    Ok(d)
}

/// 100 devices, 1,000 records each (`big / 100`), pushing at once; the summary line.
fn crowd(big: usize) -> Result<String> {
    // 100 devices, 1,000 records each, pushing at once (each at its own site, so that each
    // sync is a push and an empty pull).
    let devices_n = 100usize;
    let per_device = (big / 100).clamp(10, 1_000);
    let crowd = TestServer::start();
    let mut devices = Vec::with_capacity(devices_n);
    for i in 0..devices_n {
        let mut dev = device(&crowd.url, &crowd, &format!("S{i:03}"))?;
        fill(&mut dev.app, per_device)?;
        devices.push(dev);
    }
    let barrier = Arc::new(Barrier::new(devices_n + 1));
    let handles: Vec<_> = devices
        .into_iter()
        .map(|mut dev| {
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                barrier.wait();
                let t = Instant::now();
                let report = dev.app.sync_now();
                (
                    report.map(|r| (r.pushed, r.slowest_ack_ms, r.busy_retries)),
                    t.elapsed(),
                    dev,
                )
            })
        })
        .collect();
    barrier.wait();
    let t = Instant::now();
    let mut times = Vec::new();
    let mut acks = Vec::new();
    let mut pushed = 0u32;
    let mut busy = 0u32;
    for h in handles {
        let (report, took, _dev) = h.join().map_err(|_| "a device thread panicked")?;
        let (n, slowest_ack_ms, retried) = report?;
        busy += retried;
        pushed += n;
        times.push(took.as_secs_f64());
        acks.push(f64::from(slowest_ack_ms) / 1000.0);
    }
    let wall = t.elapsed().as_secs_f64();
    times.sort_by(f64::total_cmp);
    acks.sort_by(f64::total_cmp);
    let crowd_rss = crowd.pid().and_then(peak_rss_mib);

    Ok(format!(
        "- {devices_n} devices × {per_device} records at once: {pushed} records in {wall:.2} s = \
         {:.0} records/s (goal ≥ 5,000/s); each device's slowest push, request sent to \
         acknowledgement read: p50 {:.2} s, p99 {:.2} s (goal: acknowledgement p99 ≤ 1 s); \
         whole sync per device (session, pushes, pull, leaflets, review): p50 {:.2} s, p99 \
         {:.2} s; server peak memory {}; pushes turned away busy and sent again: {busy}",
        f64::from(pushed) / wall,
        percentile(&acks, 0.5),
        percentile(&acks, 0.99),
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        crowd_rss.map_or("unknown".into(), |m| format!("{m:.0} MiB"))
    ))
}

fn main() -> Result<()> {
    let big: usize = std::env::var("WAYPOINT_BENCH_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let small = big.min(10_000);
    match std::env::var("WAYPOINT_BENCH_ONLY").as_deref() {
        Ok("pull") => return new_device_pull(big),
        Ok("crowd") => {
            println!("{}", crowd(big)?);
            return Ok(());
        }
        _ => {}
    }

    println!("| scenario | time | requests | records up / down | bytes up / down | goal |");
    println!("|---|---|---|---|---|---|");

    // First upload of 10,000 new records, loopback.
    let server = TestServer::start();
    let mut a = device(&server.url, &server, "LSV")?;
    let first = fill(&mut a.app, small)?;
    let (report, took) = timed_sync(&mut a.app)?;
    row(
        &format!("first upload of {small} records, loopback"),
        &report,
        took,
        "≤ 2 s",
    );
    let save_size = a.app.person_bytes(first)?.len() as f64;
    let per_record = report.bytes_up as f64 / small as f64;

    // The same through a proxy adding 300 ms to every round trip.
    let far = TestServer::start();
    let proxy = Proxy::start(&far.url);
    proxy.set_latency(Duration::from_millis(300));
    let mut b = device(&proxy.url, &far, "LSV")?;
    fill(&mut b.app, small)?;
    let (report, took) = timed_sync(&mut b.app)?;
    row(
        &format!("first upload of {small} records, 300 ms round trips"),
        &report,
        took,
        "≤ 5 s",
    );
    drop((b, proxy, far));

    // 100,000 records: upload, a no-op sync, a new device's first pull.
    let mut c = device(&server.url, &server, "MRG")?;
    let t = Instant::now();
    fill(&mut c.app, big)?;
    let filled = t.elapsed();
    let (report, took) = timed_sync(&mut c.app)?;
    row(&format!("upload of {big} records"), &report, took, "");
    let (report, took) = timed_sync(&mut c.app)?;
    row(
        &format!("no-op sync, {big} records each side"),
        &report,
        took,
        "≤ 50 ms, ≤ 2 round trips, ≤ 2 KB",
    );
    let mut d = new_device_pulls(&server, big)?;
    let (report, took) = timed_sync(&mut d.app)?;
    row("its next (no-op) sync", &report, took, "");
    drop((c, d));
    let server_rss = server.pid().and_then(peak_rss_mib);
    drop((a, server));

    let crowd_line = crowd(big)?;

    println!();
    println!(
        "- bytes on the wire per new record: {per_record:.0} B up (compressed), against {save_size:.0} B \
         for the record's own `save()`: {:.2}× (goal ≤ 1.2×)",
        per_record / save_size
    );
    println!("{crowd_line}");
    println!(
        "- server peak memory through the 100,000-record runs: {}",
        server_rss.map_or("unknown".into(), |m| format!("{m:.0} MiB"))
    );
    println!(
        "- (not a sync figure) registering {big} people by imports of 1,000 took {:.1} s",
        filled.as_secs_f64()
    );
    Ok(())
}
