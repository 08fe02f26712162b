//! A real `waypoint-server` process on a free loopback port, stopped and deleted on drop.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

pub struct TestServer {
    pub url: String,
    child: Child,
    dir: tempfile::TempDir,
}

fn binary() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/debug/waypoint-server");
    assert!(
        path.exists(),
        "{} is missing: run `make test`, which builds the server first (or `cargo build -p waypoint-server`)",
        path.display()
    );
    path
}

impl TestServer {
    pub fn start() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut child = Command::new(binary())
            .args(["serve", "--bind", "127.0.0.1:0", "--data-dir"])
            .arg(dir.path())
            .env_remove("WAYPOINT_DATA_DIR")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start server");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).expect("read");
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_owned();
        Self { url, child, dir }
    }

    fn admin(&self, args: &[&str]) -> String {
        let out = Command::new(binary())
            .args(args)
            .arg("--data-dir")
            .arg(self.dir.path())
            .env_remove("WAYPOINT_DATA_DIR")
            .output()
            .expect("admin command");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn enrolment_code(&self, site: &str, role: &str) -> String {
        let out = self.admin(&["enrolment-code", "--site", site, "--role", role]);
        out.lines().next().expect("a code").trim().to_owned()
    }

    pub fn only_device_id(&self) -> String {
        let out = self.admin(&["devices"]);
        out.split_whitespace()
            .find(|w| w.len() == 36 && w.chars().filter(|c| *c == '-').count() == 4)
            .unwrap_or_else(|| panic!("no device id in {out:?}"))
            .to_owned()
    }

    pub fn revoke(&self, device_id: &str) {
        self.admin(&["revoke", device_id]);
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
