//! The release site: trunk builds it into `dist/` (running wasm-opt), then every file's size
//! is printed raw and gzipped, against the budget. `serve` then serves `dist/` locally.

use crate::setup::Tools;
use crate::{Fail, run, say};
use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

/// Everything the first screen and the whole interview need, all languages included.
pub const BUDGET_GZIP: u64 = 250 * 1024;

pub fn build(tools: &Tools) -> Result<(), Fail> {
    // trunk runs cargo offline; with Debian's Rust the standard library's own dependencies
    // must be fetched first, so build once here (trunk then reuses this build).
    say("build: cargo build --release --target wasm32-unknown-unknown (the first time: a few minutes)");
    let mut cargo = tools.command("cargo");
    cargo.args(["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", "huquq"]);
    run(&mut cargo)?;
    say("build: trunk build --release");
    let mut trunk = tools.command("trunk");
    trunk.args(["build", "--release"]);
    run(&mut trunk)?;
    let dist = tools.root.join("dist");
    finish(&dist)?;
    report(&dist)?;
    let single = single_file(&dist, &tools.root.join("dist-single"))?;
    let bytes = std::fs::read(&single)?;
    say(&format!("single file: {} ({} bytes, {} gzipped)", single.display(), bytes.len(), gzip_size(&bytes)?));
    Ok(())
}

/// The whole guide as one HTML file that opens from a phone's files or a messaging app, with
/// no network at all: the style sheet, the scripts and the WebAssembly (base64) inside it.
fn single_file(dist: &Path, out: &Path) -> Result<PathBuf, Fail> {
    let mut files = Vec::new();
    collect(dist, &mut files)?;
    let find = |prefix: &str, suffix: &str| {
        files
            .iter()
            .find(|f| {
                f.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(prefix) && n.ends_with(suffix))
            })
            .ok_or_else(|| Fail(format!("no {prefix}*{suffix} in {}", dist.display())))
    };
    let css = std::fs::read_to_string(find("style-", ".css")?)?;
    let glue = std::fs::read(find("huquq-", ".js")?)?;
    let wasm = std::fs::read(find("huquq-", "_bg.wasm")?)?;
    let index = std::fs::read_to_string(dist.join("index.html"))?;
    let noscript = index.find("<noscript>").zip(index.find("</noscript>")).map_or("", |(a, b)| &index[a..b + 11]);
    let html = format!(
        "<!doctype html>\n<html lang=\"fr\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"{SINGLE_CSP}\">\n<title>Huquq</title>\n<style>{css}</style>\n\
<script type=\"module\">\nconst bytes = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));\n\
const glue = URL.createObjectURL(new Blob([bytes(\"{}\")], {{ type: 'text/javascript' }}));\n\
const bindings = await import(glue);\nawait bindings.default({{ module_or_path: bytes(\"{}\") }});\n</script>\n\
</head>\n<body>\n{noscript}\n</body>\n</html>\n",
        base64(&glue),
        base64(&wasm)
    );
    std::fs::create_dir_all(out)?;
    let path = out.join("huquq.html");
    std::fs::write(&path, html)?;
    Ok(path)
}

/// The single file may run its own inline code and nothing from anywhere else.
const SINGLE_CSP: &str = "default-src 'none'; script-src 'unsafe-inline' blob: 'wasm-unsafe-eval'; \
style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

fn base64(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            let digit = DIGITS[(n >> (18 - 6 * i) & 63) as usize] as char;
            out.push(if i <= chunk.len() { digit } else { '=' });
        }
    }
    out
}

/// What trunk cannot do: moves its inline start-up script to a file so a strict Content
/// Security Policy can forbid inline scripts and every other site, and writes the service
/// worker that keeps the guide working offline, with the list of files to keep.
fn finish(dist: &Path) -> Result<(), Fail> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index)?;
    let open = "<script type=\"module\">";
    let start = html.find(open).ok_or("trunk's index.html has no start-up script")?;
    let end = start + html[start..].find("</script>").ok_or("unclosed start-up script")? + "</script>".len();
    let script = &html[start + open.len()..end - "</script>".len()];
    let mut files = Vec::new();
    collect(dist, &mut files)?;
    let mut digest = Fnv::default();
    for file in &files {
        digest.write(&std::fs::read(file)?);
    }
    digest.write(script.as_bytes());
    let version = format!("{:016x}", digest.0);
    let start_file = format!("start-{}.js", &version[..12]);
    std::fs::write(dist.join(&start_file), format!("{script}\n{REGISTER_WORKER}"))?;
    let html = format!(
        "{}<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n  <script type=\"module\" src=\"./{start_file}\"></script>{}",
        &html[..start],
        &html[end..]
    );
    std::fs::write(&index, html)?;
    let mut names: Vec<String> = files
        .iter()
        .filter_map(|f| f.strip_prefix(dist).ok())
        .map(|f| format!("./{}", f.display()))
        .chain([format!("./{start_file}"), "./".to_string()])
        .collect();
    names.sort();
    let list = names.iter().map(|n| format!("{n:?}")).collect::<Vec<_>>().join(", ");
    std::fs::write(dist.join("sw.js"), format!("const VERSION = {version:?};\nconst FILES = [{list}];\n{WORKER}"))?;
    Ok(())
}

/// Only this site's own files; WebAssembly may be compiled; nothing inline, nothing else.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/// After start-up: the offline worker. The guide tells the page around a frame nothing but
/// "quick exit" (its height would say what was answered: `embed.js` sizes the frame itself).
const REGISTER_WORKER: &str = "if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
";

/// Keeps every file of this version; answers from the cache first, so the guide opens with
/// no network; a new version (a new sw.js) replaces the old files once installed.
const WORKER: &str = "const CACHE = 'huquq-' + VERSION;
self.addEventListener('install', (event) => {
  // `reload`: the files of this version from the site, never older ones from the HTTP cache.
  const files = FILES.map((file) => new Request(file, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(files)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  // `caches.match` with a cache name never creates it: a replaced worker finishing a request
  // cannot bring its deleted files back.
  const kept = (what) => caches.match(what, { ignoreSearch: true, cacheName: CACHE });
  event.respondWith(kept(request)
    .then((hit) => hit || (request.mode === 'navigate' ? kept('./') : undefined))
    .then((hit) => hit || fetch(request)));
});
";

/// FNV-1a: enough to tell one build from another.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

fn report(dist: &Path) -> Result<(), Fail> {
    let mut files = Vec::new();
    collect(dist, &mut files)?;
    files.sort();
    let (mut raw_total, mut gzip_total) = (0, 0);
    say(&format!("{:<44} {:>10} {:>10}", "file", "bytes", "gzipped"));
    for file in &files {
        let bytes = std::fs::read(file)?;
        let gzipped = gzip_size(&bytes)?;
        let name = file.strip_prefix(dist).unwrap_or(file).display().to_string();
        say(&format!("{name:<44} {:>10} {gzipped:>10}", bytes.len()));
        raw_total += bytes.len() as u64;
        gzip_total += gzipped;
    }
    say(&format!("{:<44} {raw_total:>10} {gzip_total:>10}", "total"));
    say(&format!("size budget: {gzip_total} of {BUDGET_GZIP} bytes gzipped"));
    if gzip_total > BUDGET_GZIP {
        return Err(Fail(format!("the site is {gzip_total} bytes gzipped, over the budget of {BUDGET_GZIP}")));
    }
    Ok(())
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

fn gzip_size(bytes: &[u8]) -> std::io::Result<u64> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?.len() as u64)
}

/// Serves `dist/` on the loopback interface only, until stopped with Ctrl-C.
pub fn serve(dist: &Path) -> Result<(), Fail> {
    let listener = TcpListener::bind("127.0.0.1:8080")
        .map_err(|e| Fail(format!("cannot listen on 127.0.0.1:8080 ({e}); is another server running?")))?;
    say("serving the guide at http://127.0.0.1:8080 (Ctrl-C to stop)");
    for stream in listener.incoming().flatten() {
        let dist = dist.to_path_buf();
        std::thread::spawn(move || {
            let _ = answer(stream, &dist);
        });
    }
    Ok(())
}

fn answer(mut stream: TcpStream, dist: &Path) -> std::io::Result<()> {
    let mut request = String::new();
    BufReader::new(&stream).read_line(&mut request)?;
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/").trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    let file = dist.join(path);
    let safe = !path.split('/').any(|part| part == ".." || part.contains('\\'));
    let (status, body, kind) = match std::fs::read(&file) {
        Ok(body) if safe && file.is_file() => ("200 OK", body, content_type(&file)),
        _ => ("404 Not Found", b"not found".to_vec(), "text/plain; charset=utf-8"),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(&body)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json" | "webmanifest") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_pads_like_the_standard() {
        assert_eq!(super::base64(b""), "");
        assert_eq!(super::base64(b"f"), "Zg==");
        assert_eq!(super::base64(b"fo"), "Zm8=");
        assert_eq!(super::base64(b"foo"), "Zm9v");
        assert_eq!(super::base64(&[0xfb, 0xff]), "+/8=");
    }
}
