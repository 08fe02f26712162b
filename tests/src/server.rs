//! A real `waypoint-server` process on a free loopback port; killed and its data deleted on drop.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The server binary: `$WAYPOINT_SERVER_BIN`, else the debug build in the target directory.
pub fn binary() -> PathBuf {
    let path = std::env::var_os("WAYPOINT_SERVER_BIN").map_or_else(
        || crate::target_dir().join("debug").join("waypoint-server"),
        PathBuf::from,
    );
    assert!(
        path.exists(),
        "{} is missing: run `make test`, which builds it (or `cargo build -p waypoint-server`)",
        path.display()
    );
    path
}

/// A running server with its own data directory.
pub struct TestServer {
    /// `http://127.0.0.1:<port>` (or `https://` with TLS) of the current process.
    pub url: String,
    child: Option<Child>,
    dir: tempfile::TempDir,
}

impl TestServer {
    /// Starts a server on a fresh data directory.
    pub fn start() -> Self {
        Self::start_with(&[])
    }

    /// Starts a server with extra environment variables (e.g. `WAYPOINT_FAULT`).
    pub fn start_with(env: &[(&str, &str)]) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut server = Self {
            url: String::new(),
            child: None,
            dir,
        };
        server.spawn("127.0.0.1:0", env);
        server
    }

    fn spawn(&mut self, bind: &str, env: &[(&str, &str)]) {
        let mut command = Command::new(binary());
        command
            .args(["serve", "--bind", bind, "--data-dir"])
            .arg(self.dir.path())
            .env_remove("WAYPOINT_DATA_DIR")
            .env_remove("WAYPOINT_FAULT")
            .env("WAYPOINT_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command.spawn().expect("start server");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).expect("read");
        self.url = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_owned();
        self.child = Some(child);
    }

    /// Kills the process with SIGKILL (no shutdown, no flush) and waits for it.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the server again on the same data directory (on a new port: see [`Self::url`]).
    pub fn restart(&mut self, env: &[(&str, &str)]) {
        self.kill();
        self.spawn("127.0.0.1:0", env);
    }

    /// Starts the server again on the same data directory and the same port, so that devices
    /// reach it at the address they enrolled with.
    pub fn restart_on_same_port(&mut self, env: &[(&str, &str)]) {
        let port = self
            .url
            .rsplit(':')
            .next()
            .unwrap_or_else(|| panic!("no port in {}", self.url))
            .to_owned();
        self.kill();
        self.spawn(&format!("127.0.0.1:{port}"), env);
    }

    /// The process id of the running server.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// Whether the process has exited by itself (e.g. aborted by a fault point).
    pub fn has_exited(&mut self) -> bool {
        match &mut self.child {
            Some(child) => child.try_wait().expect("wait").is_some(),
            None => true,
        }
    }

    /// Waits up to 10 s for the process to exit by itself.
    pub fn wait_for_exit(&mut self) -> bool {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::time::Instant::now() < deadline {
            if self.has_exited() {
                return true;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        false
    }

    /// The server's data directory.
    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    /// Runs an administrator command on this server's data directory; returns its stdout.
    pub fn admin(&self, args: &[&str]) -> String {
        self.admin_with(args, &[])
    }

    /// [`Self::admin`] with settings from the environment (e.g. `WAYPOINT_TLS_SELF_SIGNED`).
    pub fn admin_with(&self, args: &[&str], env: &[(&str, &str)]) -> String {
        let out = Command::new(binary())
            .args(args)
            .envs(env.iter().copied())
            .arg("--data-dir")
            .arg(self.dir.path())
            .env_remove("WAYPOINT_DATA_DIR")
            .env_remove("WAYPOINT_FAULT")
            .output()
            .expect("admin command");
        assert!(
            out.status.success(),
            "{args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A one-time enrolment code for `site` and `role`.
    pub fn enrolment_code(&self, site: &str, role: &str) -> String {
        let out = self.admin(&["enrolment-code", "--site", site, "--role", role]);
        out.lines().next().expect("a code").trim().to_owned()
    }

    /// The id of the only enrolled device.
    pub fn only_device_id(&self) -> String {
        let out = self.admin(&["devices"]);
        out.split_whitespace()
            .find(|w| w.len() == 36 && w.chars().filter(|c| *c == '-').count() == 4)
            .unwrap_or_else(|| panic!("no device id in {out:?}"))
            .to_owned()
    }

    /// Revokes a device.
    pub fn revoke(&self, device_id: &str) {
        self.admin(&["revoke", device_id]);
    }

    /// Runs `waypoint-server verify` (which fails on any inconsistency) and returns the number
    /// of records it checked.
    pub fn verify(&self) -> u64 {
        let out = self.admin(&["verify"]);
        let last = out.lines().last().unwrap_or_default();
        assert!(last.ends_with("all sound"), "verify: {out}");
        last.split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("verify printed {out:?}"))
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.kill();
    }
}
