//! A small HTTP/1.1 proxy that injects faults between a device and the sync server: it can
//! lose a response, cut one short, send a request twice, cut a request short, damage its body,
//! or add latency. It also keeps every request it forwarded, so that a test can replay them in
//! another order.
//!
//! Written by hand (on `httparse`) because the faults live below what HTTP libraries let you do:
//! a proxy built on one would always deliver whole messages. Each request goes upstream on its
//! own connection with `connection: close`, and the answer to the device carries the server's
//! `connection: close`, so one connection is one exchange and a fault never leaks into the next.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// What to do to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Forward the request, let the server answer, then close the device's connection without
    /// a byte: the server did the work, the device never hears of it.
    DropResponse,
    /// Forward the request and send the device only the first half of the answer.
    TruncateResponse,
    /// Send the request to the server twice; the device gets the second answer.
    DuplicateRequest,
    /// Send the server the head and half the body, then hang up; the device gets no answer.
    TruncateRequest,
    /// Flip bytes in the middle of the body before forwarding; the device gets the answer.
    CorruptRequest,
    /// Do not forward: answer `503 service_unavailable` with `Retry-After: 1`, as a server
    /// too busy to take a push does.
    Busy,
}

struct Rule {
    path: String,
    remaining_skips: usize,
    every: bool,
    fault: Fault,
}

/// Something to do before forwarding the `nth` request to `path` (a hook).
struct Hook {
    path: String,
    remaining_skips: usize,
    run: Box<dyn FnOnce() + Send>,
}

#[derive(Default)]
struct Shared {
    upstream: Option<SocketAddr>,
    rules: Vec<Rule>,
    hooks: Vec<Hook>,
    /// Every request forwarded: path and raw bytes (head and body).
    log: Vec<(String, Vec<u8>)>,
    latency: Duration,
    bytes_up: u64,
    bytes_down: u64,
}

/// A running proxy; stops accepting when dropped.
pub struct Proxy {
    /// `http://127.0.0.1:<port>`: give this to devices instead of the server's URL.
    pub url: String,
    shared: Arc<Mutex<Shared>>,
}

fn lock(shared: &Mutex<Shared>) -> std::sync::MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

fn address_of(url: &str) -> SocketAddr {
    url.trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()
        .unwrap_or_else(|e| panic!("{url} is not http://host:port: {e}"))
}

impl Proxy {
    /// Starts a proxy in front of `upstream` (`http://127.0.0.1:<port>`).
    pub fn start(upstream: &str) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let shared = Arc::new(Mutex::new(Shared {
            upstream: Some(address_of(upstream)),
            ..Shared::default()
        }));
        let weak = Arc::downgrade(&shared);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Some(shared) = weak.upgrade() else { return };
                let Ok(stream) = stream else { continue };
                std::thread::spawn(move || {
                    let _ = handle(stream, &shared);
                });
            }
        });
        Self { url, shared }
    }

    /// Points the proxy at another server address (after a restart on a new port).
    pub fn set_upstream(&self, upstream: &str) {
        lock(&self.shared).upstream = Some(address_of(upstream));
    }

    /// Adds `round_trip` to every exchange: half before forwarding, half before answering.
    pub fn set_latency(&self, round_trip: Duration) {
        lock(&self.shared).latency = round_trip;
    }

    /// The `nth` (1-based) request to `path` from now on gets `fault`, once.
    pub fn fail_nth(&self, path: &str, nth: usize, fault: Fault) {
        lock(&self.shared).rules.push(Rule {
            path: path.to_owned(),
            remaining_skips: nth.saturating_sub(1),
            every: false,
            fault,
        });
    }

    /// Every request to `path` from now on gets `fault`, until [`Self::clear`].
    pub fn fail_every(&self, path: &str, fault: Fault) {
        lock(&self.shared).rules.push(Rule {
            path: path.to_owned(),
            remaining_skips: 0,
            every: true,
            fault,
        });
    }

    /// Runs `hook` before forwarding the `nth` (1-based) request to `path` from now on, once:
    /// the request waits until it returns. For changing the server between two requests of
    /// one sync.
    pub fn before_nth(&self, path: &str, nth: usize, hook: impl FnOnce() + Send + 'static) {
        lock(&self.shared).hooks.push(Hook {
            path: path.to_owned(),
            remaining_skips: nth.saturating_sub(1),
            run: Box::new(hook),
        });
    }

    /// Removes every planned fault.
    pub fn clear(&self) {
        lock(&self.shared).rules.clear();
    }

    /// The raw bytes of every request to `path` forwarded so far, oldest first.
    pub fn requests(&self, path: &str) -> Vec<Vec<u8>> {
        lock(&self.shared)
            .log
            .iter()
            .filter(|(p, _)| p == path)
            .map(|(_, bytes)| bytes.clone())
            .collect()
    }

    /// Bytes received from devices and sent back to them so far.
    pub fn traffic(&self) -> (u64, u64) {
        let shared = lock(&self.shared);
        (shared.bytes_up, shared.bytes_down)
    }

    /// Sends a raw request (as [`Self::requests`] returned it) to the server directly and
    /// returns the status code of its answer.
    pub fn replay(&self, raw: &[u8]) -> u16 {
        let upstream = lock(&self.shared).upstream.expect("an upstream");
        let response = exchange(upstream, raw, None).expect("replay");
        status_of(&response).unwrap_or(0)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        // Wake the accept loop so that it sees the shared state is gone and returns.
        let _ = TcpStream::connect(self.url.trim_start_matches("http://"));
    }
}

/// Reads one request: its path and raw bytes, with `connection: close` set for the upstream.
fn read_request(stream: &mut TcpStream) -> std::io::Result<Option<(String, Vec<u8>, usize)>> {
    let mut buffer = Vec::with_capacity(64 * 1024);
    let mut chunk = [0u8; 64 * 1024];
    loop {
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut request = httparse::Request::new(&mut headers);
        if let httparse::Status::Complete(head_len) = request
            .parse(&buffer)
            .map_err(|e| std::io::Error::other(e.to_string()))?
        {
            let path = request.path.unwrap_or("/").to_owned();
            let method = request.method.unwrap_or("GET").to_owned();
            let mut body_len = 0usize;
            let mut head = format!("{method} {path} HTTP/1.1\r\n");
            for header in request.headers.iter() {
                let name = header.name.to_ascii_lowercase();
                if name == "transfer-encoding" {
                    return Err(std::io::Error::other("chunked requests are not supported"));
                }
                if name == "content-length" {
                    body_len = std::str::from_utf8(header.value)
                        .ok()
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(0);
                }
                if name == "connection" {
                    continue;
                }
                head.push_str(header.name);
                head.push_str(": ");
                head.push_str(&String::from_utf8_lossy(header.value));
                head.push_str("\r\n");
            }
            head.push_str("connection: close\r\n\r\n");
            while buffer.len() < head_len + body_len {
                let n = stream.read(&mut chunk)?;
                if n == 0 {
                    return Ok(None);
                }
                buffer.extend_from_slice(&chunk[..n]);
            }
            let mut raw = head.into_bytes();
            let body_start = raw.len();
            raw.extend_from_slice(&buffer[head_len..head_len + body_len]);
            return Ok(Some((path, raw, body_start)));
        }
        let n = stream.read(&mut chunk)?;
        if n == 0 {
            return Ok(None);
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
}

/// Sends `raw` (or only its first `cut` bytes, then hangs up) and reads the answer to the end.
fn exchange(upstream: SocketAddr, raw: &[u8], cut: Option<usize>) -> std::io::Result<Vec<u8>> {
    let mut server = TcpStream::connect(upstream)?;
    server.set_read_timeout(Some(Duration::from_secs(120)))?;
    match cut {
        Some(n) => {
            server.write_all(&raw[..n])?;
            server.shutdown(Shutdown::Write)?;
        }
        None => server.write_all(raw)?,
    }
    let mut response = Vec::new();
    // A server that hangs up on a cut request may reset the connection: that is an answer too.
    let _ = server.read_to_end(&mut response);
    Ok(response)
}

fn status_of(response: &[u8]) -> Option<u16> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut parsed = httparse::Response::new(&mut headers);
    parsed.parse(response).ok()?;
    parsed.code
}

fn handle(mut device: TcpStream, shared: &Mutex<Shared>) -> std::io::Result<()> {
    let Some((path, mut raw, body_start)) = read_request(&mut device)? else {
        return Ok(());
    };
    let (upstream, latency, fault, hook) = {
        let mut shared = lock(shared);
        shared.bytes_up += raw.len() as u64;
        shared.log.push((path.clone(), raw.clone()));
        let mut fault = None;
        let mut spent = None;
        for (i, rule) in shared.rules.iter_mut().enumerate() {
            if rule.path != path {
                continue;
            }
            if rule.remaining_skips > 0 {
                rule.remaining_skips -= 1;
                continue;
            }
            fault = Some(rule.fault);
            if !rule.every {
                spent = Some(i);
            }
            break;
        }
        if let Some(i) = spent {
            shared.rules.remove(i);
        }
        let mut hook = None;
        for (i, h) in shared.hooks.iter_mut().enumerate() {
            if h.path != path {
                continue;
            }
            if h.remaining_skips > 0 {
                h.remaining_skips -= 1;
                continue;
            }
            hook = Some(i);
            break;
        }
        let hook = hook.map(|i| shared.hooks.remove(i).run);
        (shared.upstream, shared.latency, fault, hook)
    };
    if let Some(hook) = hook {
        hook();
    }
    let upstream = upstream.ok_or_else(|| std::io::Error::other("no upstream"))?;
    std::thread::sleep(latency / 2);
    let response = match fault {
        Some(Fault::Busy) => {
            let body = br#"{"code":"service_unavailable","message":"busy"}"#;
            let mut answer = format!(
                "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\
                 retry-after: 1\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            )
            .into_bytes();
            answer.extend_from_slice(body);
            answer
        }
        None | Some(Fault::DropResponse | Fault::TruncateResponse) => {
            exchange(upstream, &raw, None)?
        }
        Some(Fault::DuplicateRequest) => {
            exchange(upstream, &raw, None)?;
            exchange(upstream, &raw, None)?
        }
        Some(Fault::TruncateRequest) => {
            let cut = body_start + (raw.len() - body_start) / 2;
            exchange(upstream, &raw, Some(cut))?;
            device.shutdown(Shutdown::Both)?;
            return Ok(());
        }
        Some(Fault::CorruptRequest) => {
            let body = raw.len() - body_start;
            for i in 0..body.min(16) {
                let at = body_start + body / 2 + i;
                if at < raw.len() {
                    raw[at] ^= 0xA5;
                }
            }
            exchange(upstream, &raw, None)?
        }
    };
    std::thread::sleep(latency / 2);
    let answer: &[u8] = match fault {
        Some(Fault::DropResponse) => &[],
        Some(Fault::TruncateResponse) => &response[..response.len() / 2],
        _ => &response,
    };
    lock(shared).bytes_down += answer.len() as u64;
    device.write_all(answer)?;
    device.flush()?;
    device.shutdown(Shutdown::Both)
}
