//! Waypoint's desktop app.
//!
//! Run with `cargo run -p waypoint-app` after `cd ui && npm ci && npm run build`
//! (set `WAYPOINT_DATA_DIR=/some/folder` to keep data outside the app data directory).

// Prevents an additional console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    waypoint_app_lib::run();
}
