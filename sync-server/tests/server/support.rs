//! A running `waypoint-server` process and a minimal HTTP client for it.

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::{SocketAddr, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, ExitStatus, Stdio},
    sync::mpsc,
    thread,
    time::{Duration, Instant},
};

/// How long the server may take to start or stop before a test fails.
const PATIENCE: Duration = Duration::from_secs(30);

/// The server binary with a clean environment: no `WAYPOINT_…` variable of the developer's shell
/// may change what a test sees.
pub fn server_command(data_dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_waypoint-server"));
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("WAYPOINT_") {
            command.env_remove(name);
        }
    }
    command
        .env("WAYPOINT_LOG", "info")
        .env("WAYPOINT_DATA_DIR", data_dir);
    command
}

/// A `waypoint-server serve` process on a free port of 127.0.0.1, with its own temporary data
/// directory. Dropping it kills the process and deletes the directory.
pub struct TestServer {
    child: Child,
    address: SocketAddr,
    log_path: PathBuf,
    // Declared last: dropped after the process is gone.
    data_dir: tempfile::TempDir,
}

impl TestServer {
    /// Starts the server and waits for its `listening on http://ADDR` line.
    pub fn start() -> Self {
        let data_dir = tempfile::tempdir().expect("temp dir");
        let log_path = data_dir.path().join("server.log");
        let log = std::fs::File::create(&log_path).expect("log file");
        let mut child = server_command(&data_dir.path().join("data"))
            .args(["serve", "--bind", "127.0.0.1:0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("the server binary starts");

        let stdout = child.stdout.take().expect("piped stdout");
        let (sender, receiver) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
                    break;
                }
            }
        });

        let mut server = Self {
            child,
            address: SocketAddr::from(([127, 0, 0, 1], 0)),
            log_path,
            data_dir,
        };
        let line = receiver.recv_timeout(PATIENCE).unwrap_or_else(|_| {
            panic!(
                "no `listening on` line within {PATIENCE:?}; server log:\n{}",
                server.log()
            )
        });
        let address = line
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("unexpected first stdout line {line:?}"));
        server.address = address.parse().expect("a socket address");
        server
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn data_dir(&self) -> PathBuf {
        self.data_dir.path().join("data")
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// What the server wrote to stderr so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log_path).unwrap_or_default()
    }

    /// Waits for the process to exit by itself.
    pub fn wait_for_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the server did not exit within {PATIENCE:?}; log:\n{}",
                self.log()
            );
            thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        // Already exited is fine; there is nothing useful to do with other errors in a drop.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP response, as far as these tests care.
pub struct HttpResponse {
    pub status: u16,
    pub body: String,
}

/// `GET path` over a fresh HTTP/1.1 connection. Hand-written so the tests need no HTTP client
/// crate; it relies on `Connection: close` to find the end of the body.
pub fn http_get(address: SocketAddr, path: &str) -> HttpResponse {
    let mut stream = TcpStream::connect_timeout(&address, PATIENCE).expect("connect");
    stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept: application/json\r\nConnection: close\r\n\r\n"
    )
    .expect("send request");
    let mut raw = String::new();
    stream.read_to_string(&mut raw).expect("read response");

    let (head, body) = raw
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("no header end in {raw:?}"));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("no status in {head:?}"));
    assert!(
        !head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked"),
        "this tiny client does not decode chunked bodies: {head}"
    );
    HttpResponse {
        status,
        body: body.to_owned(),
    }
}
