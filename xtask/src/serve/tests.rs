//! The server's MIME table, its refusal to leave its folder, and its answers over a real
//! connection: gzip, validators, HEAD, long addresses, several browsers' requests at once.

use super::*;
use std::net::SocketAddr;

/// A folder to serve, `site/`, beside a file it must never send, `secret.txt`.
fn site(name: &str) -> PathBuf {
    let top = std::env::temp_dir().join(format!("huquq-serve-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&top);
    let site = top.join("site");
    std::fs::create_dir_all(site.join("demo")).unwrap();
    std::fs::write(site.join("index.html"), "<!doctype html><p>guide</p>".repeat(20)).unwrap();
    std::fs::write(site.join("demo/index.html"), "<p>demo</p>").unwrap();
    std::fs::write(site.join("a b.txt"), "spaced").unwrap();
    std::fs::write(top.join("secret.txt"), "secret").unwrap();
    site
}

#[test]
fn each_kind_of_file_of_the_site_has_its_type() {
    for (name, expected) in [
        ("index.html", "text/html; charset=utf-8"),
        ("start-0a1b.js", "text/javascript; charset=utf-8"),
        ("huquq-0a1b_bg.wasm", "application/wasm"),
        ("style-0a1b.css", "text/css; charset=utf-8"),
        ("sizes.json", "application/json"),
        ("manifest.webmanifest", "application/manifest+json"),
        ("icon.svg", "image/svg+xml"),
        ("icon-192.png", "image/png"),
        ("texts-fr-1-0a1b.bin", "application/octet-stream"),
        ("huquq-site.toml", "text/plain; charset=utf-8"),
        ("sizes.md", "text/markdown; charset=utf-8"),
        ("LICENSE", "application/octet-stream"),
    ] {
        assert_eq!(content_type(Path::new(name)), expected, "{name}");
    }
}

#[test]
fn an_address_names_a_file_under_the_folder_and_never_one_outside() {
    let dir = site("paths");
    let file = |path: &str| Ok(Found::File(dir.join(path).canonicalize().unwrap()));
    for (target, expected) in [
        ("/", file("index.html")),
        ("/?lang=ar&mode=counsellor", file("index.html")),
        ("/index.html#top", file("index.html")),
        ("/a%20b.txt", file("a b.txt")),
        ("/demo/", file("demo/index.html")),
        ("/demo", Ok(Found::Folder)),
        ("/missing.js", Err(404)),
        ("/demo/missing/", Err(404)),
        ("/../secret.txt", Err(403)),
        ("/%2e%2e/secret.txt", Err(403)),
        ("/..%2Fsecret.txt", Err(403)),
        ("/demo/../../secret.txt", Err(403)),
        ("/demo/./index.html", file("demo/index.html")),
        ("/..%5Csecret.txt", Err(403)),
        ("/index.html%00.js", Err(403)),
        ("index.html", Err(403)),
        ("/%zz", Err(400)),
        ("/%C3.html", Err(400)),
    ] {
        assert_eq!(resolve(&dir, target), expected, "{target}");
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.join("../secret.txt"), dir.join("link.txt")).unwrap();
        assert_eq!(resolve(&dir, "/link.txt"), Err(403), "a link pointing out of the folder");
    }
}

#[test]
fn gzip_is_sent_only_to_a_browser_that_takes_it() {
    for (header, expected) in [
        ("gzip, deflate, br, zstd", true),
        (" GZIP;q=0.5", true),
        ("br", false),
        ("gzip;q=0", false),
        ("gzip; q=0.0, br", false),
        ("x-gzip", false),
    ] {
        assert_eq!(accepts_gzip(header), expected, "{header}");
    }
}

#[test]
fn a_head_over_one_mebibyte_is_refused_and_one_under_it_is_read() {
    let head = |length: usize| format!("GET /?{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(length));
    let Head::Request(request) = read_head(head(1_000_000).as_bytes()).unwrap() else { panic!("refused") };
    assert_eq!((request.method.as_str(), request.target.len()), ("GET", 1_000_002));
    assert!(matches!(read_head(head(1 << 20).as_bytes()).unwrap(), Head::Refused(431)));
    assert!(matches!(read_head(&b"GET /\r\n\r\n"[..]).unwrap(), Head::Refused(400)));
    assert!(matches!(read_head(&b"GET / HTTP/1.1\r\nHost"[..]).unwrap(), Head::Refused(400)));
    assert!(matches!(read_head(&b""[..]).unwrap(), Head::Nothing));
}

/// A server on a free port of the loopback interface, serving `dir` until the tests end.
fn start(dir: PathBuf) -> SocketAddr {
    start_on(dir, Link::fast())
}

fn start_on(dir: PathBuf, link: Link) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || accept(listener, dir, false, Arc::new(link)));
    address
}

#[test]
fn a_slow_link_delays_each_answer_and_shares_its_rate() {
    let dir = site("slow");
    std::fs::write(dir.join("ten.bin"), vec![7u8; 10_000]).unwrap();
    let link = Link { rate: 20_000, delay: Duration::from_millis(100), free_at: Mutex::new(Instant::now()) };
    let address = start_on(dir, link);
    let started = Instant::now();
    let askers: Vec<_> =
        (0..2).map(|_| std::thread::spawn(move || ask(address, "GET /ten.bin HTTP/1.1\r\nHost: x\r\n\r\n"))).collect();
    for asker in askers {
        assert_eq!(asker.join().unwrap().1.len(), 10_000);
    }
    // 20,000 bytes and two heads at 20,000 bytes per second, after 100 ms.
    let took = started.elapsed();
    assert!(took >= Duration::from_millis(1_100) && took < Duration::from_secs(3), "{took:?}");
}

/// Sends `head` (ending in a blank line) and returns the answer's head and body.
fn ask(address: SocketAddr, head: &str) -> (String, Vec<u8>) {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.write_all(head.as_bytes()).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let end = answer.windows(4).position(|w| w == b"\r\n\r\n").expect("a blank line after the head");
    (String::from_utf8(answer[..end].to_vec()).unwrap(), answer[end + 4..].to_vec())
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|line| line.strip_prefix(&format!("{name}: ")))
}

#[test]
fn a_browser_gets_gzip_validators_and_not_modified_as_from_a_host() {
    let dir = site("answers");
    let address = start(dir.clone());
    let page = std::fs::read(dir.join("index.html")).unwrap();

    let (head, body) = ask(address, "GET /?lang=ar HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, br\r\n\r\n");
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    assert_eq!(header(&head, "Content-Type"), Some("text/html; charset=utf-8"));
    assert_eq!(header(&head, "Cache-Control"), Some("no-cache"));
    assert_eq!((header(&head, "Content-Encoding"), body.len()), (Some("gzip"), gzip(&page).len()));
    assert!(body.len() < page.len(), "compressed");
    let mut unzipped = Vec::new();
    flate2::read::GzDecoder::new(&body[..]).read_to_end(&mut unzipped).unwrap();
    assert_eq!(unzipped, page);
    let tag = header(&head, "ETag").unwrap().to_string();

    let (head, body) = ask(address, &format!("GET / HTTP/1.1\r\nIf-None-Match: {tag}\r\n\r\n"));
    assert!(head.starts_with("HTTP/1.1 304 Not Modified\r\n") && body.is_empty(), "{head}");
    assert_eq!(header(&head, "ETag"), Some(tag.as_str()));

    let (head, body) = ask(address, "HEAD /index.html HTTP/1.1\r\n\r\n");
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n") && body.is_empty(), "{head}");
    assert_eq!(header(&head, "Content-Length"), Some(page.len().to_string().as_str()));
    assert_eq!(header(&head, "Content-Encoding"), None);

    let (head, _) = ask(address, &format!("GET /?{}=1 HTTP/1.1\r\n\r\n", "A".repeat(900_000)));
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "a long address: {head}");
    let (head, _) = ask(address, "GET /demo?x=1 HTTP/1.1\r\n\r\n");
    assert!(head.starts_with("HTTP/1.1 301 ") && header(&head, "Location") == Some("/demo/?x=1"), "{head}");
    for (request, status) in [
        ("GET /../secret.txt HTTP/1.1", "403 Forbidden"),
        ("GET /missing.wasm HTTP/1.1", "404 Not Found"),
        ("POST / HTTP/1.1", "405 Method Not Allowed"),
    ] {
        let (head, _) = ask(address, &format!("{request}\r\n\r\n"));
        assert!(head.starts_with(&format!("HTTP/1.1 {status}\r\n")), "{request}: {head}");
    }
}

#[test]
fn requests_at_once_are_each_answered() {
    let address = start(site("together"));
    let askers: Vec<_> =
        (0..12).map(|_| std::thread::spawn(move || ask(address, "GET /a%20b.txt HTTP/1.1\r\n\r\n"))).collect();
    for asker in askers {
        let (head, body) = asker.join().unwrap();
        assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
        assert_eq!(body, b"spaced");
    }
}

#[test]
fn serve_takes_a_folder_a_port_and_the_log() {
    let parse = |words: &[&str]| Options::parse(words.iter().map(|w| w.to_string()));
    let people = parse(&[]).unwrap();
    assert_eq!((people.dir, people.port, people.log), (None, 8080, false));
    assert_eq!((people.rate, people.delay), (0, 0));
    let tests = parse(&["--dir", "dist", "--port", "0", "--log"]).unwrap();
    assert_eq!((tests.dir, tests.port, tests.log), (Some(PathBuf::from("dist")), 0, true));
    let slow = parse(&["--rate", "50000", "--delay", "150"]).unwrap();
    assert_eq!((slow.rate, slow.delay), (50_000, 150));
    for (words, said) in [
        (&["--port", "eighty"][..], "`eighty` is not a port"),
        (&["--rate", "fast"][..], "`fast` is not a number"),
        (&["--dir"][..], "`--dir` needs a value"),
        (&["--verbose"][..], "`serve` does not take `--verbose`"),
    ] {
        let Err(Fail(message)) = parse(words) else { panic!("{words:?} accepted") };
        assert!(message.starts_with(said) && message.ends_with(&format!("({USAGE})")), "{message}");
    }
}
