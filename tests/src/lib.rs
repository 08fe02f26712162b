//! End-to-end test support: a real `waypoint-server` process ([`server::TestServer`]) and a
//! fault-injecting HTTP proxy ([`proxy::Proxy`]) to put between devices and it, and realistic
//! registrations ([`data`]) for the benchmarks in `tests/benches/`.

pub mod data;
pub mod device;
pub mod proxy;
pub mod server;

use std::path::{Path, PathBuf};

/// The workspace root (this crate sits in `<root>/tests`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// Cargo's target directory: `$CARGO_TARGET_DIR` or `<root>/target`.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map_or_else(
            || workspace_root().join("target"),
            |p| {
                if p.is_absolute() {
                    p
                } else {
                    workspace_root().join(p)
                }
            },
        )
}
