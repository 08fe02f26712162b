//! Crash points for the fault-injection tests (`tests/tests/sync/faults.rs`).
//!
//! `WAYPOINT_FAULT=<point>:<n>` makes the process abort — no destructor runs, no buffer is
//! flushed, SQLite is not closed, as under `SIGKILL` — the `n`th time it reaches `<point>`.
//! Points: `push-before-commit` (the push transaction is written but not committed) and
//! `push-after-commit` (committed, the answer not yet sent).
//!
//! Only debug builds read the variable; in a release build [`point`] compiles to nothing.

/// Aborts the process here if `WAYPOINT_FAULT` names this point and its count is reached.
#[cfg(debug_assertions)]
pub(crate) fn point(name: &str) {
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicU64, Ordering};

    static PLAN: OnceLock<Option<(String, u64)>> = OnceLock::new();
    static HITS: AtomicU64 = AtomicU64::new(0);
    let plan = PLAN.get_or_init(|| {
        let value = std::env::var("WAYPOINT_FAULT").ok()?;
        let (point, n) = value.split_once(':').unwrap_or((value.as_str(), "1"));
        let n = n.parse().unwrap_or(1);
        tracing::warn!(
            point,
            n,
            "fault injection armed (WAYPOINT_FAULT): this server will abort"
        );
        Some((point.to_owned(), n))
    });
    if let Some((point, n)) = plan
        && point == name
        && HITS.fetch_add(1, Ordering::SeqCst) + 1 == *n
    {
        eprintln!("WAYPOINT_FAULT: aborting at {name}");
        std::process::abort();
    }
}

/// Release builds have no crash points.
#[cfg(not(debug_assertions))]
pub(crate) fn point(_name: &str) {}
