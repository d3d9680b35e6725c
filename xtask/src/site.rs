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
    report(&tools.root.join("dist"))
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
