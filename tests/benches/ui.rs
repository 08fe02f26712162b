//! The app's UI against the targets of issue #4, measured in the real app (WebKit through
//! `tauri-driver`, as the app test drives it) on a store of 100,000 people: cold start to an
//! unlocked home screen, scrolling the people list, search as you type, and memory.
//!
//! Run with `make bench-ui`, which builds the UI and the release app first; by hand:
//! `WAYPOINT_APP_BIN=$PWD/target/release/waypoint-app cargo bench -p waypoint-e2e --bench ui`.
//! Set `WAYPOINT_BENCH_MAX=10000` for a quicker run, `WAYPOINT_BENCH_STARTS=N` for the number of
//! app starts (default 3; the first is the cold one). Needs what the app test needs:
//! `tauri-driver`, WebKitWebDriver, and Xvfb when there is no `DISPLAY`. Prints Markdown tables
//! for BENCHMARKS.md; exits with an error after printing if a step could not be measured.
//!
//! The store is seeded through the client library as `benches/store.rs` does (set-up with the
//! device's Argon2id parameters, then imports of 1,000 realistic registrations), in a temporary
//! folder the app is started on with `WAYPOINT_DATA_DIR`; it is deleted at the end.
//!
//! Times are taken in the page: a `MutationObserver` notes when the DOM holds the awaited
//! result, then a `requestAnimationFrame` followed by a zero timeout marks the first frame
//! drawn with it. Start-up is measured from the app process's start time (`/proc/<pid>/stat`,
//! 10 ms resolution) to that frame. Memory is the proportional set size (`Pss` of
//! `/proc/<pid>/smaps_rollup`: shared pages split between the processes sharing them) of the app
//! and every process it started (WebKit's web and network processes).

#[allow(
    dead_code,
    reason = "the benchmark uses part of the app test's harness"
)]
#[path = "../tests/app/harness.rs"]
mod harness;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context as _, bail};
use fantoccini::wd::TimeoutConfiguration;
use harness::App;
use serde_json::{Value, json};
use waypoint_client::{Config, KdfParams, SetUpForm, Waypoint};
use waypoint_e2e::data::registration as form;

const USERNAME: &str = "bench";
const PASSPHRASE: &str = "benchmark passphrase";

/// What `onSearchInput` in `ui/src/app.ts` waits after the last keystroke before it searches.
const SEARCH_DEBOUNCE_MS: f64 = 150.0;

/// Search texts in every script of the data set (`waypoint_e2e::data`), a part of a name and
/// two words. Each is typed after a text nobody has ([`NOBODY`]), so that its results always
/// change the list.
const QUERIES: [&str; 10] = [
    "محمد",
    "Mohamed",
    "Olena",
    "Коваленко",
    "ተስፋይ",
    "Kari",
    "Haddad",
    "کریمی",
    "Selam",
    "Ahmad Haddad",
];
/// A name nobody in the data set has.
const NOBODY: &str = "Zelensky";
/// How many times each of [`QUERIES`] is typed.
const SEARCH_ROUNDS: usize = 3;

/// Scrolling: frames scrolled, and how far each frame scrolls, in heights of the list's viewport.
const SCROLL_FRAMES: u32 = 300;
const VIEWPORTS_PER_FRAME: f64 = 2.5;
/// A frame longer than this is a visible stall.
const STALL_MS: f64 = 50.0;

/// In-page scripts. Each is an async WebDriver script: its last argument is the callback.
mod js {
    /// Waits until the unlock screen is drawn with its officer list; returns when (epoch ms),
    /// whether it was already there, and the page's navigation timings.
    pub const UNLOCK_SCREEN: &str = r#"
const done = arguments[arguments.length - 1];
const ready = () => {
  const sel = document.querySelector('[data-testid=unlock-screen] [data-testid=input-username]');
  return sel !== null && sel.options.length > 0;
};
const report = (already) => {
  const nav = performance.getEntriesByType('navigation')[0];
  done({
    already,
    at: performance.timeOrigin + performance.now(),
    origin: performance.timeOrigin,
    dom_content_loaded: nav ? nav.domContentLoadedEventEnd : null,
  });
};
const drawn = (already) => requestAnimationFrame(() => setTimeout(() => report(already), 0));
if (ready()) {
  drawn(true);
} else {
  const obs = new MutationObserver(() => {
    if (ready()) { obs.disconnect(); drawn(false); }
  });
  obs.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
}
"#;

    /// Submits the unlock form; returns the ms until the home screen is drawn with its list.
    pub const UNLOCK: &str = r#"
const [username, passphrase] = arguments[0];
const done = arguments[arguments.length - 1];
const sel = document.querySelector('[data-testid=input-username]');
const pass = document.querySelector('[data-testid=input-passphrase]');
const submit = document.querySelector('[data-testid=unlock-submit]');
if (!sel || !pass || !submit) return done({ error: 'the unlock form is not on screen' });
sel.value = username;
pass.value = passphrase;
const ready = () =>
  document.querySelector('[data-testid=home-screen] [data-testid=person-row]') !== null;
let t0 = 0;
const timer = setTimeout(() => {
  obs.disconnect();
  const err = document.querySelector('[data-testid=unlock-error]');
  done({ error: err ? 'unlock refused: ' + err.innerText : 'no home screen with a list after 60 s' });
}, 60000);
const obs = new MutationObserver(() => {
  if (!ready()) return;
  obs.disconnect();
  clearTimeout(timer);
  const dom = performance.now() - t0;
  requestAnimationFrame(() => setTimeout(() => done({ dom, drawn: performance.now() - t0 }), 0));
});
obs.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
t0 = performance.now();
submit.click();
"#;

    /// Calls each of the commands the home screen loads after unlocking, one at a time, through
    /// Tauri's IPC; returns `[command, ms, error]` for each.
    pub const HOME_COMMANDS: &str = r#"
const done = arguments[arguments.length - 1];
const page = { text: null, conflicts_only: false, offset: 0, limit: 100 };
const calls = [
  ['list_people (first page)', 'list_people', { query: page }],
  ['list_people (conflicts)', 'list_people', { query: { ...page, conflicts_only: true, limit: 50 } }],
  ['review_queue', 'review_queue', {}],
  ['leaflets_due', 'leaflets_due', { limit: 5 }],
  ['leaflet_catalogue', 'leaflet_catalogue', {}],
  ['site_contacts', 'site_contacts', {}],
  ['retention_days', 'retention_days', {}],
  ['lock_after_seconds', 'lock_after_seconds', {}],
  ['sync_status', 'sync_status', {}],
];
(async () => {
  const out = [];
  for (const [label, cmd, args] of calls) {
    const t0 = performance.now();
    let error = null;
    try { await window.__TAURI_INTERNALS__.invoke(cmd, args); }
    catch (e) { error = typeof e === 'string' ? e : JSON.stringify(e); }
    out.push([label, performance.now() - t0, error]);
  }
  done({ calls: out });
})();
"#;

    /// Types a text into the search box as one `input` event and waits until the list shows
    /// rows (`want_rows`) or none; returns the ms to the DOM change and to the frame drawn.
    pub const SEARCH: &str = r#"
const [text, wantRows] = arguments[0];
const done = arguments[arguments.length - 1];
const input = document.querySelector('[data-testid=input-search]');
if (!input) return done({ error: 'no [data-testid=input-search] on the home screen' });
const ready = () =>
  (document.querySelector('[data-testid=person-row]') !== null) === wantRows;
let t0 = 0;
const timer = setTimeout(() => {
  obs.disconnect();
  done({ error: `the list did not ${wantRows ? 'show rows' : 'empty'} within 20 s of typing ${text}` });
}, 20000);
const obs = new MutationObserver(() => {
  if (!ready()) return;
  obs.disconnect();
  clearTimeout(timer);
  const dom = performance.now() - t0;
  requestAnimationFrame(() => setTimeout(() => {
    const count = document.querySelector('[data-testid=people-count]');
    done({ dom, drawn: performance.now() - t0, count: count ? count.innerText.trim() : '' });
  }, 0));
});
obs.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
input.value = text;
t0 = performance.now();
input.dispatchEvent(new Event('input', { bubbles: true }));
"#;

    /// Scrolls `[data-testid=people-scroll]` by `step` viewports a frame for `frames` frames
    /// (back to the top when it reaches the end), then jumps to the end and back. Records every
    /// frame interval and the frames that showed no row where rows should be.
    pub const SCROLL: &str = r#"
const [frames, viewports] = arguments[0];
const done = arguments[arguments.length - 1];
const el = document.querySelector('[data-testid=people-scroll]');
if (!el) return done({ error: 'no [data-testid=people-scroll] element on the home screen: the people list is not the virtualised one (issue #4)' });
const style = getComputedStyle(el).overflowY;
if (el.scrollHeight <= el.clientHeight) {
  return done({ error: `[data-testid=people-scroll] does not scroll (overflow-y: ${style}, scrollHeight ${el.scrollHeight} <= clientHeight ${el.clientHeight})` });
}
el.scrollIntoView({ block: 'start' });
// A row under a quarter, half or three quarters of the list's visible height.
const rowInView = () => {
  const r = el.getBoundingClientRect();
  const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
  const x = r.left + r.width / 2;
  return [0.25, 0.5, 0.75].some((f) => {
    const hit = document.elementFromPoint(x, top + (bottom - top) * f);
    return hit !== null && hit.closest('[data-testid=person-row]') !== null;
  });
};
const step = el.clientHeight * viewports;
const out = {
  intervals: [], blank: 0, wraps: 0, step, client_height: el.clientHeight,
  scroll_height: el.scrollHeight, overflow_y: style, replaced: 0,
};
// Frames in which the list's scrolling element was no longer the one measured (the app drew
// a new one): what this script scrolls and looks at is then off screen.
const replaced = () => {
  if (document.querySelector('[data-testid=people-scroll]') !== el) out.replaced++;
};
// Each frame is checked in a task after it (a zero timeout posted from its animation-frame
// callback), so that the list's own redraw on the scroll event, which runs among that
// frame's callbacks, has run: the check sees what the frame showed.
const afterFrame = (f) => requestAnimationFrame((t) => setTimeout(() => f(t), 0));
// After a jump: ms until a row shows (null if none within 5 s), and the longest frame.
const settle = (target, then) => {
  el.scrollTop = target;
  const start = performance.now();
  let last = null, longest = 0, shown = null, after = 0;
  const tick = (t) => {
    if (last !== null) longest = Math.max(longest, t - last);
    last = t;
    replaced();
    if (shown === null && rowInView()) shown = performance.now() - start;
    if ((shown !== null && ++after > 10) || performance.now() - start > 5000) {
      // What was there at the end, to tell a list that drew nothing from one drawn elsewhere.
      const rows = el.querySelectorAll('[data-testid=person-row]');
      const r = el.getBoundingClientRect();
      const hits = [0.25, 0.5, 0.75].map((f) => {
        const y = Math.max(r.top, 0) + (Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) * f;
        const h = document.elementFromPoint(r.left + r.width / 2, y);
        return h ? `${Math.round(y)}: ${h.tagName}.${h.className}[${h.getAttribute('data-testid') ?? ''}] row=${h.closest('[data-testid=person-row]') !== null}` : `${y}: null`;
      });
      const hit = hits.join(' | ');
      const tops = [...rows].slice(0, 6).map((row) => [row.getAttribute('aria-rowindex'), Math.round(row.getBoundingClientRect().top), row.getBoundingClientRect().height]);
      return then({
        shown_ms: shown, longest_frame_ms: longest, scroll_top: el.scrollTop,
        rows: rows.length,
        first_row: rows.length ? [rows[0].getAttribute('aria-rowindex'), rows[0].getBoundingClientRect().top] : null,
        list_top: r.top, list_bottom: r.bottom, inner_height: innerHeight,
        hit, tops, left: r.left, width: r.width,
      });
    }
    afterFrame(tick);
  };
  afterFrame(tick);
};
let last = null, n = 0;
const tick = (t) => {
  if (last !== null) {
    out.intervals.push(t - last);
    replaced();
    if (!rowInView()) out.blank++;
  }
  last = t;
  if (n++ < frames) {
    let next = el.scrollTop + step;
    if (next >= el.scrollHeight - el.clientHeight) { next = 0; out.wraps++; }
    el.scrollTop = next;
    afterFrame(tick);
    return;
  }
  settle(el.scrollHeight, (end) => {
    out.end = end;
    settle(0, (top) => {
      out.top = top;
      out.rows_in_dom = document.querySelectorAll('[data-testid=person-row]').length;
      done(out);
    });
  });
};
el.scrollTop = 0;
afterFrame(tick);
"#;
}

/// Percentile by nearest rank of sorted values (as in `benches/store.rs`).
fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx]
}

fn sorted(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    v
}

/// Creates the officer and `people` registrations in `dir`, as a device would hold them.
fn seed(dir: &Path, people: usize) -> anyhow::Result<()> {
    let mut waypoint = Waypoint::open(Config {
        data_dir: dir.to_path_buf(),
        // The app opens stores with `Config::new`, i.e. these parameters.
        kdf: KdfParams::DEVICE,
    })
    .context("cannot open a store in the temporary folder")?;
    waypoint
        .set_up(&SetUpForm {
            site_code: "BEN".into(),
            username: USERNAME.into(),
            display_name: "Bench".into(),
            passphrase: PASSPHRASE.into(),
        })
        .context("cannot set the store up")?;
    let mut registered = 0;
    while registered < people {
        let end = people.min(registered + 1_000);
        let batch: Vec<_> = (registered..end).map(form).collect();
        waypoint
            .import_people(&batch)
            .with_context(|| format!("cannot import people {registered}..{end}"))?;
        registered = end;
        if registered % 10_000 == 0 {
            eprintln!("[bench-ui] {registered} people in the store");
        }
    }
    waypoint.lock();
    Ok(())
}

/// One process as `/proc/<pid>/stat` tells it.
struct Proc {
    pid: u32,
    ppid: u32,
    comm: String,
    /// Start time, in clock ticks after boot.
    start_ticks: u64,
}

fn read_proc(pid: u32) -> Option<Proc> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // `pid (comm) state ppid …`: comm may hold spaces and parentheses.
    let open = stat.find('(')?;
    let close = stat.rfind(')')?;
    let comm = stat.get(open + 1..close)?.to_owned();
    let rest: Vec<&str> = stat.get(close + 1..)?.split_whitespace().collect();
    Some(Proc {
        pid,
        ppid: rest.get(1)?.parse().ok()?,
        comm,
        start_ticks: rest.get(19)?.parse().ok()?,
    })
}

fn processes() -> Vec<Proc> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
        .filter_map(read_proc)
        .collect()
}

/// The app process started on `data` (its `WAYPOINT_DATA_DIR`), waiting up to 10 s for it.
fn find_app(data: &Path) -> anyhow::Result<Proc> {
    let wanted = format!("WAYPOINT_DATA_DIR={}", data.display());
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let found = processes().into_iter().find(|p| {
            p.comm == "waypoint-app"
                && std::fs::read(format!("/proc/{}/environ", p.pid))
                    .is_ok_and(|env| env.split(|b| *b == 0).any(|var| var == wanted.as_bytes()))
        });
        if let Some(p) = found {
            return Ok(p);
        }
        if Instant::now() > deadline {
            bail!("no waypoint-app process with {wanted} after 10 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `pid` and every process it started, directly or not.
fn with_descendants(pid: u32) -> Vec<Proc> {
    let all = processes();
    let mut family = std::collections::HashSet::from([pid]);
    // Parents may come after their children in /proc order: repeat until nothing is added.
    loop {
        let before = family.len();
        for p in &all {
            if family.contains(&p.ppid) {
                family.insert(p.pid);
            }
        }
        if family.len() == before {
            break;
        }
    }
    all.into_iter()
        .filter(|p| family.contains(&p.pid))
        .collect()
}

/// Clock ticks per second of `/proc/<pid>/stat` times.
fn clock_ticks() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok()?.trim().parse().ok())
        .unwrap_or(100.0)
}

fn epoch_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1e3)
        .unwrap_or(0.0)
}

/// When `p` started, in ms since the Unix epoch (to 10 ms or so).
fn started_at_epoch_ms(p: &Proc) -> anyhow::Result<f64> {
    let uptime = std::fs::read_to_string("/proc/uptime").context("cannot read /proc/uptime")?;
    let now = epoch_ms();
    let uptime: f64 = uptime
        .split_whitespace()
        .next()
        .and_then(|s| s.parse().ok())
        .context("cannot parse /proc/uptime")?;
    let age = uptime - p.start_ticks as f64 / clock_ticks();
    Ok(now - age * 1e3)
}

/// Proportional and resident set sizes of a process, and the proportional size of its anonymous
/// memory (its heaps, against mapped files such as libraries), in KiB (`smaps_rollup`).
fn memory_kib(pid: u32) -> Option<(u64, u64, u64)> {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    let field = |name: &str| {
        rollup.lines().find_map(|l| {
            l.strip_prefix(name)?
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<u64>()
                .ok()
        })
    };
    Some((
        field("Pss:")?,
        field("Rss:")?,
        field("Pss_Anon:").unwrap_or(0),
    ))
}

/// Memory of the app and of every process it started, largest first.
struct Memory {
    /// `(process name, Pss KiB, Rss KiB, anonymous Pss KiB)`.
    processes: Vec<(String, u64, u64, u64)>,
}

impl Memory {
    fn of(app_pid: u32) -> Self {
        let mut processes: Vec<_> = with_descendants(app_pid)
            .into_iter()
            .filter_map(|p| memory_kib(p.pid).map(|(pss, rss, anon)| (p.comm, pss, rss, anon)))
            .collect();
        processes.sort_by_key(|p| std::cmp::Reverse(p.1));
        Self { processes }
    }

    fn pss_mib(&self) -> f64 {
        self.processes.iter().map(|p| p.1).sum::<u64>() as f64 / 1024.0
    }

    fn rss_mib(&self) -> f64 {
        self.processes.iter().map(|p| p.2).sum::<u64>() as f64 / 1024.0
    }

    fn detail(&self) -> String {
        self.processes
            .iter()
            .map(|(name, pss, _, anon)| {
                format!(
                    "{name} {:.0} (anonymous {:.0})",
                    *pss as f64 / 1024.0,
                    *anon as f64 / 1024.0
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One start of the app: ms from the process's start to the page's navigation, to its
/// `DOMContentLoaded`, to the unlock screen drawn, and from the passphrase's submission to the
/// home screen drawn with its list.
struct Start {
    to_navigation: f64,
    to_dom_content_loaded: Option<f64>,
    to_unlock_screen: f64,
    /// The unlock screen was already there when first asked: `to_unlock_screen` is an upper bound.
    already: bool,
    unlock_to_home: f64,
}

/// Runs an async page script, turning `{ error }` answers into errors.
async fn run(app: &App, script: &str, arg: Value) -> anyhow::Result<Value> {
    let value = app
        .client
        .execute_async(script, vec![arg])
        .await
        .context("cannot run a script in the page")?;
    if let Some(e) = value.get("error").and_then(Value::as_str) {
        bail!("{e}");
    }
    Ok(value)
}

fn number(v: &Value, key: &str) -> anyhow::Result<f64> {
    v.get(key)
        .and_then(Value::as_f64)
        .with_context(|| format!("the page's answer has no number {key:?}: {v}"))
}

/// Measures a start of `app` (just started on `data`) up to the unlocked home screen.
async fn start(app: &App, data: &Path) -> anyhow::Result<(Start, u32)> {
    let process = find_app(data)?;
    let started = started_at_epoch_ms(&process)?;
    app.client
        .update_timeouts(TimeoutConfiguration::new(
            Some(Duration::from_secs(120)),
            None,
            None,
        ))
        .await
        .context("cannot set the script timeout")?;
    let shown = run(app, js::UNLOCK_SCREEN, json!(null)).await?;
    let origin = number(&shown, "origin")?;
    let to_navigation = origin - started;
    let to_dom_content_loaded = shown
        .get("dom_content_loaded")
        .and_then(Value::as_f64)
        .map(|ms| to_navigation + ms);
    let to_unlock_screen = number(&shown, "at")? - started;
    let already = shown.get("already").and_then(Value::as_bool) == Some(true);
    let home = run(app, js::UNLOCK, json!([USERNAME, PASSPHRASE]))
        .await
        .context("cannot unlock")?;
    Ok((
        Start {
            to_navigation,
            to_dom_content_loaded,
            to_unlock_screen,
            already,
            unlock_to_home: number(&home, "drawn")?,
        },
        process.pid,
    ))
}

/// Frame intervals while scrolling, and the two jumps.
struct Scroll {
    intervals: Vec<f64>,
    blank: u64,
    wraps: u64,
    rows_in_dom: u64,
    /// Frames in which the app had replaced the scrolling element the script measures.
    replaced: u64,
    /// The list's visible height and its whole height, in CSS pixels.
    viewport_px: f64,
    content_px: f64,
    end: Value,
    top: Value,
}

async fn scroll(app: &App) -> anyhow::Result<Scroll> {
    let v = run(app, js::SCROLL, json!([SCROLL_FRAMES, VIEWPORTS_PER_FRAME])).await?;
    let intervals: Vec<f64> = v
        .get("intervals")
        .and_then(Value::as_array)
        .context("no frame intervals")?
        .iter()
        .filter_map(Value::as_f64)
        .collect();
    Ok(Scroll {
        intervals: sorted(intervals),
        blank: v["blank"].as_u64().unwrap_or(0),
        wraps: v["wraps"].as_u64().unwrap_or(0),
        rows_in_dom: v["rows_in_dom"].as_u64().unwrap_or(0),
        replaced: v["replaced"].as_u64().unwrap_or(0),
        viewport_px: number(&v, "client_height")?,
        content_px: number(&v, "scroll_height")?,
        end: v["end"].clone(),
        top: v["top"].clone(),
    })
}

/// Where the time from the unlock to the home screen goes: each command the home screen
/// loads, timed alone (the app runs one command at a time on its store).
async fn home_commands(app: &App) -> anyhow::Result<Vec<(String, f64, Option<String>)>> {
    let v = run(app, js::HOME_COMMANDS, json!(null)).await?;
    let calls = v
        .get("calls")
        .and_then(Value::as_array)
        .context("no command timings")?;
    Ok(calls
        .iter()
        .map(|c| {
            (
                c[0].as_str().unwrap_or_default().to_owned(),
                c[1].as_f64().unwrap_or(f64::NAN),
                c[2].as_str().map(str::to_owned),
            )
        })
        .collect())
}

/// Search samples: `(text, what the count said, ms to the DOM change, ms to the frame drawn)`.
async fn search(app: &App) -> anyhow::Result<Vec<(&'static str, String, f64, f64)>> {
    let mut samples = Vec::new();
    for _ in 0..SEARCH_ROUNDS {
        for text in QUERIES {
            run(app, js::SEARCH, json!([NOBODY, false]))
                .await
                .context("cannot empty the list before a search")?;
            let v = run(app, js::SEARCH, json!([text, true])).await?;
            samples.push((
                text,
                v["count"].as_str().unwrap_or_default().to_owned(),
                number(&v, "dom")?,
                number(&v, "drawn")?,
            ));
        }
    }
    Ok(samples)
}

/// Everything measured on the app; a step that failed is kept as its error.
struct Figures {
    starts: Vec<Start>,
    memory_unlocked: Option<Memory>,
    /// The home screen's commands one at a time: `(command, ms, error)`.
    home_commands: anyhow::Result<Vec<(String, f64, Option<String>)>>,
    scroll: anyhow::Result<Scroll>,
    search: anyhow::Result<Vec<(&'static str, String, f64, f64)>>,
    memory_after: Option<Memory>,
}

async fn measure(data: &Path, starts: usize) -> anyhow::Result<Figures> {
    let mut figures = Figures {
        starts: Vec::new(),
        memory_unlocked: None,
        home_commands: Err(anyhow::anyhow!("not run")),
        scroll: Err(anyhow::anyhow!("not run")),
        search: Err(anyhow::anyhow!("not run")),
        memory_after: None,
    };
    for n in 1..=starts {
        let app = App::start_in(data).await?;
        let result = async {
            app.client.set_window_size(1280, 800).await?;
            let (s, pid) = start(&app, data).await?;
            eprintln!(
                "[bench-ui] start {n}: unlock screen after {:.0} ms, home after {:.0} ms more",
                s.to_unlock_screen, s.unlock_to_home
            );
            figures.starts.push(s);
            if n < starts {
                return Ok(());
            }
            // The last start: let the home screen's other loads finish, then measure.
            tokio::time::sleep(Duration::from_secs(2)).await;
            figures.memory_unlocked = Some(Memory::of(pid));
            figures.home_commands = home_commands(&app).await;
            figures.scroll = scroll(&app).await;
            if let Err(e) = &figures.scroll {
                eprintln!("[bench-ui] scrolling not measured: {e:#}");
            }
            // What the list showed (after scrolling: back at the top).
            let _ = app.screenshot("bench-ui-home").await;
            figures.search = search(&app).await;
            if let Err(e) = &figures.search {
                eprintln!("[bench-ui] search not measured: {e:#}");
                let _ = app.screenshot("bench-ui-search-failed").await;
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
            figures.memory_after = Some(Memory::of(pid));
            anyhow::Ok(())
        }
        .await;
        if result.is_err() {
            let _ = app.screenshot("bench-ui-failed").await;
        }
        app.close().await?;
        result?;
    }
    Ok(figures)
}

fn met(ok: bool) -> &'static str {
    if ok { "met" } else { "**not met**" }
}

fn print(figures: &Figures, people: usize, seed_secs: f64) {
    println!("App UI, {people} people in the store (seeded in {seed_secs:.0} s)");
    println!();
    println!("| step | figure | goal |");
    println!("|---|---|---|");
    let starts = &figures.starts;
    if let Some(first) = starts.first() {
        let median =
            |f: fn(&Start) -> f64| percentile(&sorted(starts.iter().map(f).collect()), 0.5);
        let le = |s: &Start| if s.already { "≤ " } else { "" };
        let first_sum = first.to_unlock_screen + first.unlock_to_home;
        let median_sum = median(|s| s.to_unlock_screen + s.unlock_to_home);
        println!(
            "| process start → page load starts / `DOMContentLoaded` (first start) | {:.0} ms / {} | |",
            first.to_navigation,
            first
                .to_dom_content_loaded
                .map_or("?".to_owned(), |ms| format!("{ms:.0} ms"))
        );
        println!(
            "| process start → unlock screen drawn: first start / median of {} | {}{:.0} ms / {:.0} ms | |",
            starts.len(),
            le(first),
            first.to_unlock_screen,
            median(|s| s.to_unlock_screen)
        );
        println!(
            "| passphrase submitted → home screen drawn with the list (Argon2id unlock included): first / median | {:.0} ms / {:.0} ms | |",
            first.unlock_to_home,
            median(|s| s.unlock_to_home)
        );
        println!(
            "| **cold start to an unlocked home screen** (sum, without typing): first / median | {:.0} ms / {:.0} ms | ≤ 1.5 s — {} |",
            first_sum,
            median_sum,
            met(first_sum <= 1_500.0)
        );
    }
    match &figures.scroll {
        Ok(s) => {
            let over = s.intervals.iter().filter(|ms| **ms > STALL_MS).count();
            let jump = |v: &Value| {
                format!(
                    "rows after {}, longest frame {:.0} ms",
                    v["shown_ms"]
                        .as_f64()
                        .map_or("— (none within 5 s)".to_owned(), |ms| format!(
                            "{ms:.0} ms"
                        )),
                    v["longest_frame_ms"].as_f64().unwrap_or(f64::NAN)
                )
            };
            println!(
                "| scrolling, {} frames at {VIEWPORTS_PER_FRAME} viewports a frame: frame interval p50 / p95 / max | {:.1} / {:.1} / {:.1} ms | no stalls |",
                s.intervals.len(),
                percentile(&s.intervals, 0.5),
                percentile(&s.intervals, 0.95),
                percentile(&s.intervals, 1.0)
            );
            println!(
                "| frames over {STALL_MS:.0} ms / frames showing no row / back to the top on reaching the end / rows in the DOM | {over} / {} / {} / {} | {} |",
                s.blank,
                s.wraps,
                s.rows_in_dom,
                met(over == 0)
            );
            println!(
                "| the list's visible height / whole height | {:.0} px / {:.0} px | |",
                s.viewport_px, s.content_px
            );
            println!(
                "| frames in which the app had replaced the list's scrolling element | {} | |",
                s.replaced
            );
            println!("| jump to the end of the list | {} | |", jump(&s.end));
            println!("| jump back to the top | {} | |", jump(&s.top));
            eprintln!("jump to the end: {}\njump to the top: {}", s.end, s.top);
        }
        Err(e) => println!("| scrolling | not measured: {e:#} | no stalls |"),
    }
    match &figures.search {
        Ok(samples) => {
            let drawn = sorted(samples.iter().map(|s| s.3).collect());
            let without = sorted(samples.iter().map(|s| s.3 - SEARCH_DEBOUNCE_MS).collect());
            println!(
                "| search, keystroke → results drawn, {} samples: p50 / p95 / max (includes the UI's {SEARCH_DEBOUNCE_MS:.0} ms debounce) | {:.0} / {:.0} / {:.0} ms | |",
                samples.len(),
                percentile(&drawn, 0.5),
                percentile(&drawn, 0.95),
                percentile(&drawn, 1.0)
            );
            println!(
                "| the same less the debounce | {:.0} / {:.0} / {:.0} ms | |",
                percentile(&without, 0.5),
                percentile(&without, 0.95),
                percentile(&without, 1.0)
            );
        }
        Err(e) => println!("| search | not measured: {e:#} | |"),
    }
    if let Some(m) = &figures.memory_unlocked {
        println!(
            "| memory after unlocking, Pss (Rss) of app + WebKit | {:.0} MiB ({:.0} MiB): {} | |",
            m.pss_mib(),
            m.rss_mib(),
            m.detail()
        );
    }
    if let Some(m) = &figures.memory_after {
        println!(
            "| **memory after scrolling and searching**, Pss (Rss) of app + WebKit | {:.0} MiB ({:.0} MiB): {} | ≤ 200 MB — {} |",
            m.pss_mib(),
            m.rss_mib(),
            m.detail(),
            met(m.pss_mib() * 1.048_576 <= 200.0)
        );
    }
    match &figures.home_commands {
        Ok(calls) => {
            println!();
            println!("| home screen command, alone | ms |");
            println!("|---|---|");
            for (command, ms, error) in calls {
                match error {
                    None => println!("| `{command}` | {ms:.1} |"),
                    Some(e) => println!("| `{command}` | failed: {e} |"),
                }
            }
        }
        Err(e) => eprintln!("[bench-ui] home screen commands not timed: {e:#}"),
    }
    if let Ok(samples) = &figures.search {
        println!();
        println!("| text | count shown | drawn p50 (ms) | DOM p50 (ms) |");
        println!("|---|---|---|---|");
        for text in QUERIES {
            let of: Vec<_> = samples.iter().filter(|s| s.0 == text).collect();
            let count = of.first().map(|s| s.1.as_str()).unwrap_or_default();
            println!(
                "| `{text}` | {count} | {:.0} | {:.0} |",
                percentile(&sorted(of.iter().map(|s| s.3).collect()), 0.5),
                percentile(&sorted(of.iter().map(|s| s.2).collect()), 0.5)
            );
        }
    }
}

fn env_usize(name: &str, default: usize) -> anyhow::Result<usize> {
    match std::env::var(name) {
        Ok(v) => v
            .parse()
            .with_context(|| format!("{name}={v:?} is not a whole number")),
        Err(_) => Ok(default),
    }
}

fn main() -> anyhow::Result<()> {
    let people = env_usize("WAYPOINT_BENCH_MAX", 100_000)?;
    let starts = env_usize("WAYPOINT_BENCH_STARTS", 3)?.max(1);
    let data = tempfile::tempdir().context("cannot create a temporary data folder")?;
    eprintln!(
        "[bench-ui] seeding {people} people into {} with {}",
        data.path().display(),
        harness::app_binary().display()
    );
    let t = Instant::now();
    seed(data.path(), people)?;
    let seed_secs = t.elapsed().as_secs_f64();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let figures = runtime.block_on(measure(data.path(), starts))?;
    print(&figures, people, seed_secs);
    // Every figure is printed; now fail for a step that could not be measured.
    if let Err(e) = &figures.scroll {
        bail!("scrolling was not measured: {e:#}");
    }
    if let Err(e) = &figures.search {
        bail!("search was not measured: {e:#}");
    }
    Ok(())
}
