//! `cargo xtask serve`: a folder on the loopback interface, as a real host serves it: gzip
//! when the browser asks, validators (ETag) so that a browser asking again for a file it has
//! gets "not modified", `no-cache` so that it always asks. The end-to-end tests serve the site
//! with it too (`--dir DIR --port 0 --log`), so that they test what `cargo xtask serve` shows.
//! It answers GET and HEAD with the files under its folder, and reads nothing else. For
//! measures, `--rate` and `--delay` make it a slow shared link (`tests/bench/engines.mjs`).

use crate::site::hash;
use crate::{Fail, say};
use flate2::Compression;
use flate2::write::GzEncoder;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

pub const USAGE: &str = "cargo xtask serve [--dir DIR] [--port PORT] [--log] [--rate BYTES_PER_SECOND] [--delay MS]";

/// What to serve, where, and whether to say what was sent.
pub struct Options {
    /// A folder served as it is; without it, `dist/` once built.
    pub dir: Option<PathBuf>,
    /// 0 for any free port.
    pub port: u16,
    /// For a program that starts the server (the end-to-end tests): the address as a first
    /// line of JSON on standard output, then one line per answer (`path`, `status`, `bytes`
    /// of body sent); the server stops when its standard input closes.
    pub log: bool,
    /// A slow link: bytes per second shared by every answer (0: as fast as the machine).
    pub rate: u64,
    /// A slow link: milliseconds before each answer starts.
    pub delay: u64,
}

impl Options {
    /// The words after `serve`.
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, Fail> {
        let mut options = Options { dir: None, port: 8080, log: false, rate: 0, delay: 0 };
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let mut value = |name: &str| args.next().ok_or_else(|| Fail(format!("`{name}` needs a value ({USAGE})")));
            match arg.as_str() {
                "--dir" => options.dir = Some(PathBuf::from(value("--dir")?)),
                "--port" => {
                    let port = value("--port")?;
                    options.port = port.parse().map_err(|_| Fail(format!("`{port}` is not a port ({USAGE})")))?;
                }
                "--log" => options.log = true,
                "--rate" | "--delay" => {
                    let number = value(&arg)?;
                    let number = number.parse().map_err(|_| Fail(format!("`{number}` is not a number ({USAGE})")))?;
                    *(if arg == "--rate" { &mut options.rate } else { &mut options.delay }) = number;
                }
                other => return Err(Fail(format!("`serve` does not take `{other}` ({USAGE})"))),
            }
        }
        Ok(options)
    }
}

/// The longest request head read, request line and headers together: 1 MiB, as hosts that
/// allow long addresses do (the guide must cope with a very long address).
const MAX_HEAD: u64 = 1 << 20;

/// Serves `dir` until stopped (Ctrl-C, or standard input closed with `--log`).
pub fn serve(dir: &Path, options: &Options) -> Result<(), Fail> {
    let listener = TcpListener::bind(("127.0.0.1", options.port))
        .map_err(|e| Fail(format!("cannot listen on 127.0.0.1:{} ({e}); is another server running?", options.port)))?;
    let address = listener.local_addr().map_err(|e| Fail(format!("no address: {e}")))?;
    let origin = format!("http://{address}");
    if options.log {
        println!("{}", serde_json::json!({ "origin": origin }));
        std::thread::spawn(|| {
            let _ = std::io::copy(&mut std::io::stdin(), &mut std::io::sink());
            std::process::exit(0);
        });
    } else {
        say(&format!("serving {} at {origin} (Ctrl-C to stop)", dir.display()));
    }
    let link =
        Link { rate: options.rate, delay: Duration::from_millis(options.delay), free_at: Mutex::new(Instant::now()) };
    accept(listener, dir.to_path_buf(), options.log, Arc::new(link));
    Ok(())
}

/// The link answers go through: as fast as the machine, or slow for a measure.
struct Link {
    rate: u64,
    delay: Duration,
    /// When the bytes already handed to the link will all have gone.
    free_at: Mutex<Instant>,
}

impl Link {
    #[cfg(test)]
    fn fast() -> Link {
        Link { rate: 0, delay: Duration::ZERO, free_at: Mutex::new(Instant::now()) }
    }

    /// Writes `bytes`: on a slow link after every byte before them, at its rate.
    fn send(&self, stream: &mut TcpStream, bytes: &[u8]) -> std::io::Result<()> {
        if self.rate == 0 {
            return stream.write_all(bytes);
        }
        for chunk in bytes.chunks(1024) {
            let takes = Duration::from_secs_f64(chunk.len() as f64 / self.rate as f64);
            let sent_at = {
                let mut free_at = self.free_at.lock().unwrap_or_else(PoisonError::into_inner);
                *free_at = (*free_at).max(Instant::now()) + takes;
                *free_at
            };
            std::thread::sleep(sent_at.saturating_duration_since(Instant::now()));
            stream.write_all(chunk)?;
        }
        Ok(())
    }
}

/// Gzipped bodies by their file's validator: each version of a file compressed once, as hosts
/// that keep compressed copies do, so that the tests' many visits cost the machine little.
type Gzipped = Arc<Mutex<HashMap<String, Vec<u8>>>>;

/// Answers each connection in its own thread, so that a slow one holds no other up.
fn accept(listener: TcpListener, dir: PathBuf, log: bool, link: Arc<Link>) {
    let gzipped = Gzipped::default();
    for stream in listener.incoming().flatten() {
        let (dir, gzipped, link) = (dir.clone(), gzipped.clone(), link.clone());
        std::thread::spawn(move || {
            let _ = answer(stream, &dir, &gzipped, log, &link);
        });
    }
}

/// What a browser asked.
#[derive(Debug, Default)]
struct Request {
    method: String,
    /// The address's path and query, as sent.
    target: String,
    gzip: bool,
    /// The validators of `If-None-Match`.
    known: Vec<String>,
}

/// A request head as read: a request, one that cannot be answered (with its status), or none
/// (a connection opened and closed, as browsers do to be ready).
enum Head {
    Request(Request),
    Refused(u16),
    Nothing,
}

fn read_head(stream: impl Read) -> std::io::Result<Head> {
    let mut reader = BufReader::new(stream.take(MAX_HEAD));
    let mut lines = Vec::new();
    loop {
        let mut line = Vec::new();
        let read = reader.read_until(b'\n', &mut line)?;
        if !line.ends_with(b"\n") {
            // The limit or the end of the connection, before the blank line ending the head.
            let used = reader.into_inner().limit() == 0;
            return Ok(match (read, lines.is_empty()) {
                _ if used => Head::Refused(431),
                (0, true) => Head::Nothing,
                _ => Head::Refused(400),
            });
        }
        let line = String::from_utf8_lossy(&line).trim_end().to_string();
        if line.is_empty() {
            break;
        }
        lines.push(line);
    }
    let mut words = lines.first().map(|line| line.split(' ')).into_iter().flatten();
    let (Some(method), Some(target), Some(_version)) = (words.next(), words.next(), words.next()) else {
        return Ok(Head::Refused(400));
    };
    let mut request = Request { method: method.to_string(), target: target.to_string(), ..Request::default() };
    for header in &lines[1..] {
        let (name, value) = header.split_once(':').unwrap_or((header, ""));
        match name.trim().to_ascii_lowercase().as_str() {
            "accept-encoding" => request.gzip = accepts_gzip(value),
            "if-none-match" => request.known.extend(value.split(',').map(|tag| tag.trim().to_string())),
            _ => {}
        }
    }
    Ok(Head::Request(request))
}

/// Whether `Accept-Encoding` lists gzip without refusing it (`gzip;q=0`).
fn accepts_gzip(value: &str) -> bool {
    value.split(',').any(|coding| {
        let mut parts = coding.split(';').map(str::trim);
        let named = parts.next().is_some_and(|name| name.eq_ignore_ascii_case("gzip"));
        named && parts.filter_map(|p| p.strip_prefix("q=")).all(|q| q.parse::<f32>().is_ok_and(|q| q > 0.0))
    })
}

/// An answer: its status, its headers besides the length, and its body (empty for HEAD).
struct Response {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl Response {
    fn status(status: u16) -> Response {
        Response { status, headers: Vec::new(), body: reason(status).as_bytes().to_vec() }
    }
}

fn answer(mut stream: TcpStream, dir: &Path, gzipped: &Gzipped, log: bool, link: &Link) -> std::io::Result<()> {
    let (path, mut response, head_only) = match read_head(&stream)? {
        Head::Nothing => return Ok(()),
        Head::Refused(status) => (String::new(), Response::status(status), false),
        Head::Request(request) => {
            let path = path_of(&request.target).unwrap_or_else(|| request.target.clone());
            (path, respond(dir, &request, gzipped), request.method == "HEAD")
        }
    };
    let length = response.body.len();
    if head_only {
        response.body.clear();
    }
    // Said before it is sent: whoever reads the log knows of a file before the browser has it.
    if log {
        let line = serde_json::json!({ "path": path, "status": response.status, "bytes": response.body.len() });
        println!("{line}");
    }
    let mut head = format!("HTTP/1.1 {} {}\r\nContent-Length: {length}\r\n", response.status, reason(response.status));
    for (name, value) in &response.headers {
        head += &format!("{name}: {value}\r\n");
    }
    head += "Connection: close\r\n\r\n";
    std::thread::sleep(link.delay);
    link.send(&mut stream, &[head.as_bytes(), &response.body].concat())?;
    stream.flush()
}

fn respond(dir: &Path, request: &Request, gzipped: &Gzipped) -> Response {
    if !matches!(request.method.as_str(), "GET" | "HEAD") {
        let mut response = Response::status(405);
        response.headers.push(("Allow", "GET, HEAD".into()));
        return response;
    }
    let file = match resolve(dir, &request.target) {
        Ok(Found::File(file)) => file,
        Ok(Found::Folder) => {
            // As hosts do, so that the folder's page finds its files by relative addresses.
            let (path, query) = request.target.split_once('?').unwrap_or((&request.target, ""));
            let query = if query.is_empty() { String::new() } else { format!("?{query}") };
            let mut response = Response::status(301);
            response.headers.push(("Location", format!("{path}/{query}")));
            return response;
        }
        Err(status) => return Response::status(status),
    };
    let Ok(body) = std::fs::read(&file) else { return Response::status(404) };
    let tag = format!("\"{}\"", &hash(&[&body])[..16]);
    let mut headers =
        vec![("ETag", tag.clone()), ("Cache-Control", "no-cache".into()), ("Vary", "Accept-Encoding".into())];
    if request.known.iter().any(|known| *known == tag || known.strip_prefix("W/") == Some(&tag) || known == "*") {
        return Response { status: 304, headers, body: Vec::new() };
    }
    headers.push(("Content-Type", content_type(&file).into()));
    let body = if request.gzip {
        headers.push(("Content-Encoding", "gzip".into()));
        let known = gzipped.lock().ok().and_then(|kept| kept.get(&tag).cloned());
        known.unwrap_or_else(|| {
            let packed = gzip(&body);
            if let Ok(mut kept) = gzipped.lock() {
                kept.insert(tag, packed.clone());
            }
            packed
        })
    } else {
        body
    };
    Response { status: 200, headers, body }
}

/// Compressed as `xtask/src/size.rs` counts it, so that both measure the same bytes.
fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

/// The path of an address, percent-decoded, without its query: `None` if it does not decode
/// to UTF-8 text.
fn path_of(target: &str) -> Option<String> {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let bytes = path.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = bytes.get(at + 1..at + 3).and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
        let (byte, width) = match (bytes[at], hex) {
            (b'%', Some(byte)) => (byte, 3),
            (b'%', None) => return None,
            (byte, _) => (byte, 1),
        };
        decoded.push(byte);
        at += width;
    }
    String::from_utf8(decoded).ok()
}

/// What an address names under `dir`.
#[derive(Debug, PartialEq)]
enum Found {
    File(PathBuf),
    /// A folder asked for without its final `/`.
    Folder,
}

/// The file `target` names under `dir` (a folder's `index.html` for a path ending in `/`), or
/// the status saying why not: 400 for a path that does not decode, 403 for one that leaves
/// `dir` (`..`, a backslash, a link pointing out), 404 for nothing there.
fn resolve(dir: &Path, target: &str) -> Result<Found, u16> {
    let path = path_of(target).ok_or(400u16)?;
    let relative = Path::new(path.trim_start_matches('/'));
    let plain = relative.components().all(|part| matches!(part, Component::Normal(_)));
    if !path.starts_with('/') || !plain || path.contains(['\\', '\0']) {
        return Err(403);
    }
    let mut file = dir.join(relative);
    if path.ends_with('/') {
        file.push("index.html");
    } else if file.is_dir() {
        return Ok(Found::Folder);
    }
    let (Ok(inside), Ok(root)) = (file.canonicalize(), dir.canonicalize()) else { return Err(404) };
    match (inside.starts_with(root), inside.is_file()) {
        (false, _) => Err(403),
        (true, false) => Err(404),
        (true, true) => Ok(Found::File(inside)),
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        // As the W3C manifest specification registers it.
        Some("webmanifest") => "application/manifest+json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        // The site owner's file: shown as text if opened, as hosts commonly send it.
        Some("toml") => "text/plain; charset=utf-8",
        Some("md") => "text/markdown; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        304 => "Not Modified",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        431 => "Request Header Fields Too Large",
        _ => "Error",
    }
}

#[cfg(test)]
mod tests;
