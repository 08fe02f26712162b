//! Runs the real Tauri app under WebDriver: a virtual X display if there is none, one
//! `tauri-driver` per app instance (each with its own data folder), and a fantoccini client.
//! Everything started here is stopped on `Drop`, also when a test panics.

use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// How long to wait for the app to show an element: debug builds derive keys with Argon2id.
pub const WAIT: Duration = Duration::from_secs(30);

/// The workspace root (this crate sits in `<root>/tests`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| {
            if p.is_absolute() {
                p
            } else {
                workspace_root().join(p)
            }
        })
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// The debug app binary, or `$WAYPOINT_APP_BIN`.
pub fn app_binary() -> PathBuf {
    std::env::var_os("WAYPOINT_APP_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug").join("waypoint-app"))
}

/// Where screenshots go: `<target>/e2e-screenshots/`.
pub fn screenshot_dir() -> PathBuf {
    target_dir().join("e2e-screenshots")
}

fn free_port() -> anyhow::Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0").context("cannot bind a local port")?;
    Ok(listener.local_addr()?.port())
}

fn wait_until(
    what: &str,
    timeout: Duration,
    mut ready: impl FnMut() -> bool,
) -> anyhow::Result<()> {
    let start = Instant::now();
    while !ready() {
        if start.elapsed() > timeout {
            bail!("{what} was not ready after {timeout:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

/// A child started in its own process group, so that `Drop` also stops what it started
/// (tauri-driver starts WebKitWebDriver, which starts the app).
struct Group {
    name: &'static str,
    child: Child,
}

impl Group {
    fn spawn(name: &'static str, cmd: &mut Command) -> anyhow::Result<Self> {
        let child = cmd
            .process_group(0)
            .spawn()
            .with_context(|| format!("cannot start {name}"))?;
        Ok(Self { name, child })
    }

    fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        // Signal our own process group (its id is the child's pid), then reap the child.
        let pgid = format!("-{}", self.child.id());
        let _ = Command::new("kill")
            .args(["-TERM", "--", &pgid])
            .stderr(Stdio::null())
            .status();
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if self.exited().is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = Command::new("kill")
            .args(["-KILL", "--", &pgid])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.wait();
        eprintln!("[harness] {} needed SIGKILL", self.name);
    }
}

/// A virtual X display, started only when `DISPLAY` is unset.
struct Xvfb {
    display: String,
    _process: Group,
}

impl Xvfb {
    fn start() -> anyhow::Result<Self> {
        for n in 90..190 {
            let lock = PathBuf::from(format!("/tmp/.X{n}-lock"));
            let socket = PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
            if lock.exists() || socket.exists() {
                continue;
            }
            let display = format!(":{n}");
            let mut process = Group::spawn(
                "Xvfb",
                Command::new("Xvfb")
                    .args([
                        display.as_str(),
                        "-screen",
                        "0",
                        "1280x800x24",
                        "-nolisten",
                        "tcp",
                    ])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null()),
            )
            .context("cannot start Xvfb; install it (apt-get install xvfb) or set DISPLAY")?;
            let up = wait_until("Xvfb", Duration::from_secs(10), || {
                socket.exists() || process.exited().is_some()
            });
            if up.is_ok() && process.exited().is_none() {
                return Ok(Self {
                    display,
                    _process: process,
                });
            }
            // Lost a race for this display number: try the next one.
        }
        bail!("no free X display number between :90 and :189")
    }
}

fn tauri_driver() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    let in_cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|d| d.join("bin").join("tauri-driver"));
    match in_cargo_home {
        Some(p) if p.exists() => p,
        _ => PathBuf::from("tauri-driver"),
    }
}

/// The app running under WebDriver with a fresh data folder.
pub struct App {
    /// The WebDriver session.
    pub client: Client,
    screenshots: PathBuf,
    // Dropped in this order: driver (and the app), then the display, then the data.
    _driver: Group,
    _xvfb: Option<Xvfb>,
    _data: Option<tempfile::TempDir>,
    /// Where the app saves printed leaflets (`WAYPOINT_EXPORT_DIR`).
    pub exports: tempfile::TempDir,
}

impl App {
    /// Starts the app with an empty data folder.
    pub async fn start() -> anyhow::Result<Self> {
        let data = tempfile::tempdir().context("cannot create a temporary data folder")?;
        let mut app = Self::start_in(data.path()).await?;
        app._data = Some(data);
        Ok(app)
    }

    /// Starts the app on the data folder `data`, which stays in place when the app stops (the
    /// UI benchmark seeds a store once and starts the app on it several times).
    pub async fn start_in(data: &Path) -> anyhow::Result<Self> {
        let binary = app_binary();
        if !binary.exists() {
            bail!(
                "the app binary {} is missing: run `make test`, which builds the app first \
                 (or: cd ui && npm ci && npm run build && cd .. && cargo build -p waypoint-app)",
                binary.display()
            );
        }
        let exports = tempfile::tempdir().context("cannot create a temporary export folder")?;
        let xvfb = match std::env::var_os("DISPLAY") {
            Some(d) if !d.is_empty() => None,
            _ => Some(Xvfb::start()?),
        };
        let port = free_port()?;
        let native_port = free_port()?;
        let mut cmd = Command::new(tauri_driver());
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
            "--native-driver",
            "/usr/bin/WebKitWebDriver",
        ])
        .env("WAYPOINT_DATA_DIR", data)
        .env("WAYPOINT_EXPORT_DIR", exports.path())
        .env("WAYPOINT_LOG", "info")
        .stdout(Stdio::null());
        if let Some(x) = &xvfb {
            cmd.env("DISPLAY", &x.display);
        }
        let mut driver = Group::spawn("tauri-driver", &mut cmd).context(
            "cannot start tauri-driver; install it with `cargo install tauri-driver --locked`",
        )?;
        wait_until("tauri-driver", Duration::from_secs(20), || {
            TcpStream::connect(("127.0.0.1", port)).is_ok() || driver.exited().is_some()
        })?;
        if let Some(status) = driver.exited() {
            bail!("tauri-driver exited at start with {status}");
        }
        let caps = json!({
            "browserName": "wry",
            "tauri:options": { "application": binary },
        });
        let serde_json::Value::Object(caps) = caps else {
            bail!("capabilities are not a JSON object");
        };
        // tauri-driver listens before its WebKitWebDriver does: the first sessions can be refused.
        let url = format!("http://127.0.0.1:{port}");
        let mut attempt = 0;
        let client = loop {
            attempt += 1;
            match ClientBuilder::native()
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(e) if attempt < 10 && driver.exited().is_none() => {
                    eprintln!(
                        "[harness] WebDriver session refused (attempt {attempt}): {e}; retrying"
                    );
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                Err(e) => {
                    return Err(e).context("cannot open a WebDriver session on the app");
                }
            }
        };
        let screenshots = screenshot_dir();
        std::fs::create_dir_all(&screenshots)
            .with_context(|| format!("cannot create {}", screenshots.display()))?;
        Ok(Self {
            client,
            screenshots,
            _driver: driver,
            _xvfb: xvfb,
            _data: None,
            exports,
        })
    }

    /// The element with `data-testid`, waiting for it to appear.
    pub async fn wait_for(&self, testid: &str) -> anyhow::Result<Element> {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(&format!("[data-testid=\"{testid}\"]")))
            .await
            .with_context(|| {
                format!("element [data-testid={testid}] did not appear within {WAIT:?}")
            })
    }

    /// The element with `data-testid`, now.
    pub async fn find(&self, testid: &str) -> anyhow::Result<Element> {
        self.client
            .find(Locator::Css(&format!("[data-testid=\"{testid}\"]")))
            .await
            .with_context(|| format!("no element [data-testid={testid}]"))
    }

    /// Every element with `data-testid`.
    pub async fn find_all(&self, testid: &str) -> anyhow::Result<Vec<Element>> {
        Ok(self
            .client
            .find_all(Locator::Css(&format!("[data-testid=\"{testid}\"]")))
            .await?)
    }

    /// The element's rendered text (`innerText`). WebKitWebDriver's own element text comes back
    /// empty for some visible elements, so this asks the page.
    pub async fn text(&self, element: &Element) -> anyhow::Result<String> {
        let value = self
            .client
            .execute(
                "return arguments[0].innerText;",
                vec![serde_json::to_value(element)?],
            )
            .await
            .context("cannot read an element's text")?;
        Ok(value.as_str().unwrap_or_default().trim().to_owned())
    }

    /// Types into the input with `data-testid`.
    pub async fn type_into(&self, testid: &str, text: &str) -> anyhow::Result<()> {
        let input = self.find(testid).await?;
        input.clear().await?;
        input
            .send_keys(text)
            .await
            .with_context(|| format!("cannot type into [data-testid={testid}]"))
    }

    /// Clicks the element with `data-testid`.
    pub async fn click(&self, testid: &str) -> anyhow::Result<()> {
        self.find(testid)
            .await?
            .click()
            .await
            .with_context(|| format!("cannot click [data-testid={testid}]"))
    }

    /// Presses `key` in the element that has the focus, as a keyboard user would.
    pub async fn press(&self, key: fantoccini::key::Key) -> anyhow::Result<()> {
        self.client
            .active_element()
            .await
            .context("no element has the focus")?
            .send_keys(&char::from(key).to_string())
            .await
            .context("cannot press a key")
    }

    /// Saves a PNG of the window as `<name>.png`, after fonts load and two frames are drawn.
    pub async fn screenshot(&self, name: &str) -> anyhow::Result<PathBuf> {
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 document.fonts.ready.then(() =>
                   requestAnimationFrame(() => requestAnimationFrame(() => done(null))));",
                vec![],
            )
            .await
            .context("cannot wait for two animation frames")?;
        let png = self
            .client
            .screenshot()
            .await
            .context("cannot take a screenshot")?;
        let path = self.screenshots.join(format!("{name}.png"));
        std::fs::write(&path, png).with_context(|| format!("cannot write {}", path.display()))?;
        eprintln!("[harness] screenshot {}", path.display());
        Ok(path)
    }

    /// Saves the top of the screen at a phone's 360×640 and a laptop's 1280×800, as
    /// `<name>-360x640.png` and `<name>-1280x800.png`, and leaves the window at 1280×800.
    pub async fn screenshots(&self, name: &str) -> anyhow::Result<()> {
        for (w, h) in [(360, 640), (1280, 800)] {
            self.client.set_window_size(w, h).await?;
            self.eval("window.scrollTo(0, 0);", json!(null)).await?;
            self.screenshot(&format!("{name}-{w}x{h}")).await?;
        }
        Ok(())
    }

    /// The current `value` of an input or select.
    pub async fn value(&self, testid: &str) -> anyhow::Result<String> {
        Ok(self
            .find(testid)
            .await?
            .prop("value")
            .await?
            .unwrap_or_default())
    }

    /// Chooses `value` in the `<select>` with `data-testid`, as a user would.
    pub async fn choose(&self, testid: &str, value: &str) -> anyhow::Result<()> {
        self.find(testid)
            .await?
            .select_by_value(value)
            .await
            .with_context(|| format!("cannot choose {value:?} in [data-testid={testid}]"))
    }

    /// Runs `script` (a function body; `arguments[0]` is `arg`) in the page and returns its value.
    pub async fn eval(
        &self,
        script: &str,
        arg: serde_json::Value,
    ) -> anyhow::Result<serde_json::Value> {
        self.client
            .execute(script, vec![arg])
            .await
            .context("cannot run a script in the page")
    }

    /// The computed value of a CSS `property` of the first element matching `selector`.
    pub async fn computed(&self, selector: &str, property: &str) -> anyhow::Result<String> {
        let value = self
            .eval(
                "const [sel, prop] = arguments[0];
                 const el = document.querySelector(sel);
                 return el ? getComputedStyle(el).getPropertyValue(prop) : null;",
                json!([selector, property]),
            )
            .await?;
        value
            .as_str()
            .map(str::to_owned)
            .with_context(|| format!("no element matches {selector}"))
    }

    /// The horizontal centre, in CSS pixels from the window's left edge, of the first element
    /// matching `selector`: to compare where two elements stand on screen.
    pub async fn centre_x(&self, selector: &str) -> anyhow::Result<f64> {
        let value = self
            .eval(
                "const el = document.querySelector(arguments[0]);
                 if (!el) return null;
                 const r = el.getBoundingClientRect();
                 return r.left + r.width / 2;",
                json!(selector),
            )
            .await?;
        value
            .as_f64()
            .with_context(|| format!("no element matches {selector}"))
    }

    /// Ends the WebDriver session (closing the app); the processes stop on drop.
    pub async fn close(self) -> anyhow::Result<()> {
        self.client
            .clone()
            .close()
            .await
            .context("cannot end the WebDriver session")?;
        Ok(())
    }
}
