//! The app's security configuration stays least-privilege: a strict CSP and no granted permission.
//!
//! This is also the package's integration test, so `cargo test --workspace` builds the
//! `waypoint-app` binary that the WebDriver tests in `tests/` launch.

use std::path::PathBuf;

fn read_json(relative: &str) -> serde_json::Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn csp_directives() -> Vec<(String, Vec<String>)> {
    let config = read_json("tauri.conf.json");
    let csp = config["app"]["security"]["csp"]
        .as_str()
        .expect("a CSP string is configured");
    csp.split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| {
            let mut parts = d.split_whitespace().map(str::to_owned);
            let name = parts.next().expect("a directive has a name");
            (name, parts.collect())
        })
        .collect()
}

#[test]
fn the_csp_allows_no_inline_script_and_no_remote_source() {
    let directives = csp_directives();
    let names: Vec<&str> = directives.iter().map(|(n, _)| n.as_str()).collect();
    for required in [
        "default-src",
        "script-src",
        "style-src",
        "font-src",
        "connect-src",
    ] {
        assert!(
            names.contains(&required),
            "CSP lacks {required}: {directives:?}"
        );
    }
    for (name, sources) in &directives {
        for source in sources {
            assert!(
                !source.contains("unsafe-inline") && !source.contains("unsafe-eval"),
                "{name} allows {source}"
            );
            // The only non-'self' origin allowed is Tauri's own IPC endpoint.
            let remote = source == "*"
                || source.starts_with("https:")
                || (source.starts_with("http:") && source != "http://ipc.localhost");
            assert!(!remote, "{name} allows the remote source {source}");
        }
    }
    let script = &directives
        .iter()
        .find(|(n, _)| n == "script-src")
        .expect("script-src")
        .1;
    assert_eq!(
        script,
        &vec!["'self'".to_owned()],
        "scripts come only from the bundle"
    );
}

#[test]
fn the_main_window_is_granted_no_core_or_plugin_permission() {
    let capability = read_json("capabilities/default.json");
    let permissions = capability["permissions"]
        .as_array()
        .expect("a permissions list");
    assert!(
        permissions.is_empty(),
        "the UI calls only Waypoint's own commands; granted: {permissions:?}"
    );
    let capability_files =
        std::fs::read_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("capabilities"))
            .expect("capabilities folder")
            .count();
    assert_eq!(capability_files, 1, "one capability file, reviewed here");
}
