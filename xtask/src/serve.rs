//! `cargo xtask serve`: `dist/` on the loopback interface, as a real host serves it: gzip
//! when the browser asks, and validators (ETag) so that a browser asking again for a file it
//! has gets "not modified" rather than the file twice.

use crate::site::hash;
use crate::{Fail, fs, say};
use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;

/// Serves `dist/` until stopped with Ctrl-C.
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
    let mut reader = BufReader::new(&stream);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    let (mut gzip_ok, mut known) = (false, None);
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
        let (name, value) = header.split_once(':').unwrap_or((&header, ""));
        match name.trim().to_ascii_lowercase().as_str() {
            "accept-encoding" => gzip_ok = value.contains("gzip"),
            "if-none-match" => known = Some(value.trim().to_string()),
            _ => {}
        }
    }
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/").trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    let file = dist.join(path);
    let safe = !path.split('/').any(|part| part == ".." || part.contains('\\'));
    let Ok(body) = fs::read(&file).map_err(|_| ()).and_then(|b| if safe && file.is_file() { Ok(b) } else { Err(()) })
    else {
        return stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
    };
    let tag = format!("\"{}\"", &hash(&[&body])[..16]);
    if known.as_deref() == Some(tag.as_str()) {
        let head =
            format!("HTTP/1.1 304 Not Modified\r\nETag: {tag}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n");
        return stream.write_all(head.as_bytes());
    }
    let (body, encoding) = if gzip_ok {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
        encoder.write_all(&body)?;
        (encoder.finish()?, "Content-Encoding: gzip\r\n")
    } else {
        (body, "")
    };
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\n{encoding}ETag: {tag}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        content_type(&file),
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
        Some("json") => "application/json",
        // As the W3C manifest specification registers it (and tests/e2e/support.mjs serves it).
        Some("webmanifest") => "application/manifest+json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}
