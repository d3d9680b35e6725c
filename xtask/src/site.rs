//! The release site: cargo builds the app (and `build.rs` its texts and bibliography), trunk
//! builds `dist/` (running wasm-opt), then this module adds what trunk cannot: the site files
//! under content-hashed names, the start script and the style sheet inside the page (allowed
//! by their hashes in a strict Content Security Policy), the welcome in every language
//! (`first_screen.rs`), the modules' imports under short names (`imports.rs`), the service
//! worker, the size report against the first-load budget, and the single-file build.

use crate::setup::Tools;
use crate::{Fail, first_screen, fs, imports, run, say, size};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The site owner's file (`src/site.rs`): the build writes one that sets nothing, which the
/// owner edits. It is theirs, not the guide's: not part of the version, nor kept with it.
pub const SITE_FILE_NAME: &str = "huquq-site.toml";

/// A file the guide loads after start (`sources`, `texts-fr-1`) and its address in `dist/`.
pub struct SiteFile {
    pub name: String,
    pub address: String,
}

pub fn build(tools: &Tools) -> Result<(), Fail> {
    let out = build_app(tools.command("cargo"), GUIDE)?;
    say("build: trunk build --release (the first module)");
    run(tools.command("trunk").args(["build", "--release"]))?;
    let dist = tools.root.join("dist");
    let index = dist.join("index.html");
    let welcome = fs::read_to_string(out.join("welcome.tsv"))?;
    fs::write(&index, first_screen::write_into(&fs::read_to_string(&index)?, &welcome)?)?;
    let glue = |f: &&PathBuf| {
        f.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("huquq-") && n.ends_with(".js"))
    };
    for glue in sorted(&dist)?.iter().filter(glue) {
        minify(tools, glue)?;
        let stem = glue.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        imports::shorten_files(glue, &glue.with_file_name(format!("{stem}_bg.wasm")))?;
    }
    // Every install has a site file, so the guide never asks for one that is missing.
    fs::write(dist.join(SITE_FILE_NAME), crate::package::SITE_FILE)?;
    let mut files = copy_site_files(&out.join("site"), &dist)?;
    files.push(copy_hashed(&tools.root.join("assets/results.css"), &dist, "results", "css")?);
    let full_glue = build_full(tools, &dist, &mut files)?;
    embedding(&tools.root, &out, &dist)?;
    static_pages(tools, &dist)?;
    finish(tools, &dist, &files, &full_glue)?;
    size::report(&dist, &files)?;
    let single = single_file(&dist, &files, &full_glue, &tools.root.join("dist-single"))?;
    let bytes = fs::read(&single)?;
    say(&format!("single file: {} ({} bytes, {} gzipped)", single.display(), bytes.len(), size::gzip(&bytes)));
    Ok(())
}

/// wasm-opt's arguments for both modules: smallest, and without the sections only tools read
/// (`index.html` gives trunk the same for the first module). `--low-memory-unused` lets it fold
/// constant offsets into loads and stores, true of Rust's modules: their stack comes first and
/// grows down from 1 MB to 0, so only a stack 1023 KB deep would reach the low 1 KB (about 400
/// bytes less of the first load, gzipped).
pub const WASM_OPT: &[&str] =
    &["-Oz", "--converge", "--low-memory-unused", "--strip-producers", "--strip-target-features"];

/// Minifies a module's JavaScript in place (wasm-bindgen writes it for reading): about 1.7 KB
/// less of each module's first download, gzipped. trunk's own minifier cannot read it.
pub fn minify(tools: &Tools, file: &Path) -> Result<(), Fail> {
    run(tools
        .command("esbuild")
        .arg(file)
        .args(["--minify", "--format=esm", "--allow-overwrite", "--log-level=warning"])
        .arg(format!("--outfile={}", file.display())))
}

/// Cargo's arguments for the first module (src/handover.rs): the feature `full` off.
pub const GUIDE: &[&str] = &["--no-default-features"];
/// And for the second: every feature.
const FULL: &[&str] = &[];

/// Builds the app for the browser with `features` and returns its build script's output
/// directory. trunk runs cargo offline; with Debian's Rust the standard library's own
/// dependencies must be fetched first, so build once here (trunk then reuses this build).
pub fn build_app(mut cargo: Command, features: &[&str]) -> Result<PathBuf, Fail> {
    say(&format!(
        "build: cargo build --release --target wasm32-unknown-unknown {} (the first time: a few minutes)",
        features.join(" ")
    ));
    cargo
        .args(["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", "huquq"])
        .args(features)
        .args(["--message-format", "json-render-diagnostics"])
        .stdout(Stdio::piped());
    let mut child = cargo.spawn().map_err(|e| Fail(format!("cannot run cargo: {e}")))?;
    let mut messages = String::new();
    if let Some(mut stdout) = child.stdout.take() {
        stdout.read_to_string(&mut messages).map_err(|e| Fail(format!("cannot read cargo's messages: {e}")))?;
    }
    if !child.wait().is_ok_and(|status| status.success()) {
        return Err(Fail::from("cargo build of the app failed"));
    }
    let id = package_id(cargo.get_current_dir().unwrap_or(Path::new(".")), "huquq")?;
    out_dir(&messages, &id)
        .ok_or_else(|| Fail(format!("cargo did not say where the build script of {id} wrote its files")))
}

/// The id cargo gives the workspace's package `name`, whatever its shape (it depends on the
/// folder's name and cargo's version).
fn package_id(root: &Path, name: &str) -> Result<String, Fail> {
    let mut cargo = Command::new("cargo");
    cargo.args(["metadata", "--format-version", "1", "--no-deps"]).current_dir(root);
    let output = cargo.output().map_err(|e| Fail(format!("cannot run cargo metadata: {e}")))?;
    if !output.status.success() {
        return Err(Fail(format!("cargo metadata failed: {}", String::from_utf8_lossy(&output.stderr))));
    }
    let metadata: Value = serde_json::from_slice(&output.stdout).map_err(|e| Fail(format!("cargo metadata: {e}")))?;
    metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["name"] == name)
        .and_then(|p| p["id"].as_str())
        .map(str::to_string)
        .ok_or_else(|| Fail(format!("cargo metadata names no package `{name}`")))
}

/// The output folder of the build script of package `id`, from cargo's JSON messages.
fn out_dir(messages: &str, id: &str) -> Option<PathBuf> {
    messages
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|m| m["reason"] == "build-script-executed" && m["package_id"] == id)
        .find_map(|m| m["out_dir"].as_str().map(PathBuf::from))
}

/// The second module, built as trunk builds the first (wasm-bindgen, then wasm-opt), into
/// `dist/` under content-hashed names; its WebAssembly joins the site files as `full-wasm`.
/// Returns the address of its JavaScript.
fn build_full(tools: &Tools, dist: &Path, files: &mut Vec<SiteFile>) -> Result<String, Fail> {
    build_app(tools.command("cargo"), FULL)?;
    say("build: wasm-bindgen and wasm-opt (the second module)");
    let work = dist.join(".full");
    fs::create_dir_all(&work)?;
    let wasm = tools.root.join("target/wasm32-unknown-unknown/release/huquq.wasm");
    run(tools
        .command("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--out-name", "huquq-full", "--out-dir"])
        .arg(&work)
        .arg(&wasm))?;
    let optimised = work.join("optimised.wasm");
    run(tools.command("wasm-opt").args(WASM_OPT).arg(work.join("huquq-full_bg.wasm")).arg("-o").arg(&optimised))?;
    minify(tools, &work.join("huquq-full.js"))?;
    imports::shorten_files(&work.join("huquq-full.js"), &optimised)?;
    let (glue, wasm) = (fs::read(work.join("huquq-full.js"))?, fs::read(&optimised)?);
    let stem = format!("huquq-full-{}", &hash(&[&glue, &wasm])[..16]);
    fs::write(dist.join(format!("{stem}.js")), glue)?;
    fs::write(dist.join(format!("{stem}_bg.wasm")), wasm)?;
    fs::remove_dir_all(&work)?;
    files.push(SiteFile { name: "full-wasm".into(), address: format!("./{stem}_bg.wasm") });
    Ok(format!("./{stem}.js"))
}

/// What an NGO needs to put the guide in its own page: `embed.js` with its quick exit
/// labelled in every language (from the texts `build.rs` compiled), and the example page
/// `demo/embed.html`, served beside the guide.
fn embedding(root: &Path, out: &Path, dist: &Path) -> Result<(), Fail> {
    let labels = exit_labels(&fs::read_to_string(out.join("quick-exit.tsv"))?)?;
    let script = fs::read_to_string(root.join("assets/embed.js"))?;
    let empty = "var LABELS = {};";
    if !script.contains(empty) {
        return Err(Fail(format!("assets/embed.js has no `{empty}` for the build to fill in")));
    }
    fs::write(dist.join("embed.js"), script.replace(empty, &format!("var LABELS = {labels};")))?;
    fs::create_dir_all(dist.join("demo"))?;
    fs::write(dist.join("demo/embed.html"), fs::read_to_string(root.join("demo/embed.html"))?)?;
    Ok(())
}

/// `embed.js`'s table of each language's "quick exit", from `build.rs`'s `quick-exit.tsv` (a
/// line per language of the guide; a language without that text fails `build.rs`). It must
/// hold French, the guide's fallback language: `embed.js` has no label of its own.
fn exit_labels(tsv: &str) -> Result<String, Fail> {
    let labels: Vec<(&str, &str)> = tsv.lines().filter_map(|line| line.split_once('\t')).collect();
    if !labels.iter().any(|(code, label)| *code == "fr" && !label.trim().is_empty()) {
        return Err(Fail::from("no French \"quick exit\" for embed.js: locales/fr/ must have `quick-exit`"));
    }
    let labels: Vec<String> = labels.iter().map(|(code, label)| format!("{code:?}: {label:?}")).collect();
    Ok(format!("{{ {} }}", labels.join(", ")))
}

/// Each right's own page in each language, which needs no JavaScript, written by the rule
/// authors' tool (`huquq-rules pages`) into `dist/rights/`; the guide never links to them, the
/// welcome's `noscript` does.
fn static_pages(tools: &Tools, dist: &Path) -> Result<(), Fail> {
    say("build: huquq-rules pages (each right's page, without the app)");
    let out = dist.join(RIGHTS);
    if out.exists() {
        fs::remove_dir_all(&out)?;
    }
    run(tools.command("cargo").args(["run", "--quiet", "-p", "huquq-rules", "--", "pages", "--out"]).arg(&out))
}

/// The folder of `dist/` that holds the rights' own pages: not part of the guide's shell.
pub const RIGHTS: &str = "rights";

/// Copies each file `build.rs` wrote for the site as `<name>-<hash>.bin`, so a browser or a
/// cache never mixes two versions of it.
fn copy_site_files(from: &Path, dist: &Path) -> Result<Vec<SiteFile>, Fail> {
    let mut files = Vec::new();
    for path in sorted(from)? {
        let bytes = fs::read(&path)?;
        let name = path.file_stem().and_then(|s| s.to_str()).ok_or("a site file has no name")?.to_string();
        let address = format!("./{name}-{}.bin", &hash(&[&bytes])[..12]);
        fs::write(dist.join(address.trim_start_matches("./")), bytes)?;
        files.push(SiteFile { name, address });
    }
    Ok(files)
}

/// Copies `from` into `dist/` as `<stem>-<hash>.<extension>`, a site file named `<stem>-<extension>`.
fn copy_hashed(from: &Path, dist: &Path, stem: &str, extension: &str) -> Result<SiteFile, Fail> {
    let bytes = fs::read(from)?;
    let file = format!("{stem}-{}.{extension}", &hash(&[&bytes])[..12]);
    fs::write(dist.join(&file), bytes)?;
    Ok(SiteFile { name: format!("{stem}-{extension}"), address: format!("./{file}") })
}

/// What trunk cannot do: replaces its inline start-up script by our own start (language,
/// texts, site files, the two modules), puts it and the style sheet inside the page (two
/// requests less before the first paint) and lets the Content Security Policy run those two
/// by their SHA-256 alone, nothing else inline and nothing from another site; and writes the
/// service worker that keeps the guide offline.
fn finish(tools: &Tools, dist: &Path, files: &[SiteFile], full_glue: &str) -> Result<(), Fail> {
    let index = dist.join("index.html");
    let (html, css) = inline_style(dist, &fs::read_to_string(&index)?)?;
    let open = "<script type=\"module\">";
    let start = html.find(open).ok_or("trunk's index.html has no start-up script")?;
    let end = start + html[start..].find("</script>").ok_or("unclosed start-up script")? + "</script>".len();
    let trunk_script = &html[start + open.len()..end - "</script>".len()];
    let quoted = |suffix: &str| {
        trunk_script
            .split('\'')
            .find(|part| part.starts_with("./huquq-") && part.ends_with(suffix))
            .map(str::to_string)
            .ok_or_else(|| Fail(format!("trunk's start-up script names no huquq-*{suffix}")))
    };
    let (guide_glue, guide_wasm) = (quoted(".js")?, quoted("_bg.wasm")?);
    let modules = format!(
        "const GUIDE = {{ glue: {guide_glue:?}, wasm: {guide_wasm:?} }};\nconst FULL = {{ glue: {full_glue:?} }};\n"
    );
    let script = format!("{}{modules}{START}\n{REGISTER_WORKER}", start_script(files, &[]));
    // Kept offline once used, handed over by the page that fetched them (start.js): each
    // language's texts, and the first module, which the counsellor's page never runs. The rest
    // is kept at the first visit, the second module and the details included, so that the
    // guide gives results offline (the service worker installs after the page has loaded);
    // the page as `./` only.
    let texts = files.iter().filter(|f| f.name.starts_with("texts-")).map(|f| f.address.as_str());
    let optional: Vec<&str> = texts.chain([guide_glue.as_str(), guide_wasm.as_str()]).collect();
    // The example page for NGOs is not part of the guide, nor is the site owner's file.
    // Nor are the rights' own pages, which the worker keeps as they are visited.
    let ours = |f: &PathBuf| {
        !f.ends_with("sw.js")
            && !f.ends_with(SITE_FILE_NAME)
            && !f.starts_with(dist.join("demo"))
            && !f.starts_with(dist.join(RIGHTS))
    };
    let shell_files: Vec<PathBuf> = sorted(dist)?.into_iter().filter(ours).collect();
    let contents: Vec<Vec<u8>> = shell_files.iter().map(fs::read).collect::<Result<_, _>>()?;
    let mut parts: Vec<&[u8]> = contents.iter().map(Vec::as_slice).collect();
    parts.extend([script.as_bytes(), css.as_bytes()]);
    let version = hash(&parts);
    // Minified in a file of its own, which then goes: the page carries it.
    let start_file = dist.join(".start.js");
    fs::write(&start_file, script)?;
    minify(tools, &start_file)?;
    let script = fs::read_to_string(&start_file)?;
    fs::remove_file(&start_file)?;
    if script.to_ascii_lowercase().contains("</script") || script.contains("<!--") {
        return Err(Fail::from("the start script holds `</script` or `<!--`: it cannot go inside the page"));
    }
    let html = format!(
        "{}<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n  <script type=\"module\">{script}</script>{}",
        without_preloads(&html[..start]),
        policy(&script, &css),
        without_preloads(&html[end..])
    );
    fs::write(&index, html)?;
    let mut shell: Vec<String> = shell_files
        .iter()
        .filter_map(|f| f.strip_prefix(dist).ok())
        .map(|f| format!("./{}", f.display()))
        .filter(|f| !optional.contains(&f.as_str()) && f != "./index.html")
        .chain(["./".to_string()])
        .collect();
    shell.sort();
    let worker = format!(
        "const VERSION = {version:?};\nconst SHELL = {};\nconst OPTIONAL = {};\n{}",
        js_list(&shell),
        js_list(&optional),
        without_comments(WORKER)
    );
    fs::write(dist.join("sw.js"), worker)?;
    Ok(())
}

/// The page with trunk's link to its style sheet replaced by the sheet itself, and the
/// sheet's file gone; and the sheet.
fn inline_style(dist: &Path, html: &str) -> Result<(String, String), Fail> {
    let at = html.find("<link rel=\"stylesheet\" href=\"./style-").ok_or("trunk's index.html links no style-*.css")?;
    let end = at + html[at..].find('>').ok_or("an unclosed link to the style sheet")? + 1;
    let address = html[at..end].split('"').nth(3).ok_or("a link to the style sheet without its address")?;
    let file = dist.join(address.trim_start_matches("./"));
    let css = fs::read_to_string(&file)?;
    if css.to_ascii_lowercase().contains("</style") {
        return Err(Fail(format!("{} holds `</style`: it cannot go inside the page", file.display())));
    }
    fs::remove_file(&file)?;
    Ok((format!("{}<style>{css}</style>{}", &html[..at], &html[end..]), css))
}

/// The page's policy, which runs the start script and applies the style sheet inside it by
/// their hashes.
fn policy(script: &str, css: &str) -> String {
    let hash = |text: &str| format!("'sha256-{}'", base64(&Sha256::digest(text.as_bytes())));
    CSP.replacen("script-src 'self'", &format!("script-src 'self' {}", hash(script)), 1).replacen(
        "style-src 'self'",
        &format!("style-src 'self' {}", hash(css)),
        1,
    )
}

/// The page without trunk's preload links: the start script asks for the first module itself,
/// and only on a page that runs it (WebKit downloads a preloaded module twice, and the
/// counsellor's page runs the second module only).
fn without_preloads(html: &str) -> String {
    let mut kept = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<link ") {
        let end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
        let link = &rest[at..end];
        kept.push_str(&rest[..at]);
        rest = &rest[end..];
        if link.contains("rel=\"preload\"") || link.contains("rel=\"modulepreload\"") {
            // Its line goes with it.
            kept.truncate(kept.trim_end_matches([' ', '\t']).len());
            rest = rest.strip_prefix('\n').unwrap_or(rest);
        } else {
            kept.push_str(link);
        }
    }
    kept.push_str(rest);
    kept
}

/// The start of the start script: the site files' addresses, the languages, and in the single
/// file the files themselves (`inline`: name and base64).
fn start_script(files: &[SiteFile], inline: &[(String, String)]) -> String {
    let table: Vec<String> = files.iter().map(|f| format!("{:?}: {:?}", f.name, f.address)).collect();
    let mut languages: Vec<&str> =
        files.iter().filter_map(|f| f.name.strip_prefix("texts-")?.split('-').next()).collect();
    languages.dedup();
    let inline: Vec<String> = inline.iter().map(|(name, data)| format!("{name:?}: {data:?}")).collect();
    format!(
        "const FILES = {{ {} }};\nconst LANGUAGES = {};\nconst INLINE = {{ {} }};\n",
        table.join(", "),
        js_list(&languages),
        inline.join(", ")
    )
}

fn js_list<S: AsRef<str>>(items: &[S]) -> String {
    format!("[{}]", items.iter().map(|i| format!("{:?}", i.as_ref())).collect::<Vec<_>>().join(", "))
}

/// The whole guide as one HTML file that opens from a phone's files or a messaging app, with
/// no network at all: the style sheet, the scripts, the second module (which holds the whole
/// guide) and every site file (base64) inside it.
fn single_file(dist: &Path, files: &[SiteFile], full_glue: &str, out: &Path) -> Result<PathBuf, Fail> {
    let read = |address: &str| fs::read(dist.join(address.trim_start_matches("./")));
    let index = fs::read_to_string(dist.join("index.html"))?;
    let css = index.split_once("<style>").and_then(|(_, rest)| rest.split_once("</style>")).map(|(css, _)| css);
    let css = css.ok_or("the page holds no <style>")?.to_string()
        + &fs::read_to_string(dist.join("..").join("assets/results.css"))?;
    // The second module's style sheet is inside the page's own `<style>` here.
    let files: Vec<SiteFile> = files
        .iter()
        .filter(|f| f.name != "results-css")
        .map(|f| SiteFile { name: f.name.clone(), address: f.address.clone() })
        .collect();
    let inline =
        files.iter().map(|f| Ok((f.name.clone(), base64(&read(&f.address)?)))).collect::<Result<Vec<_>, Fail>>()?;
    let noscript = index.find("<noscript>").zip(index.find("</noscript>")).map_or("", |(a, b)| &index[a..b + 11]);
    // The rights' own pages are not beside the single file: their links go.
    let noscript = without_links(noscript);
    let modules = format!(
        "const bytes = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));\nconst GUIDE = null;\n\
const FULL = {{ glue: URL.createObjectURL(new Blob([bytes(\"{}\")], {{ type: 'text/javascript' }})) }};\n",
        base64(&read(full_glue)?)
    );
    let html = format!(
        "<!doctype html>\n<html lang=\"fr\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"{SINGLE_CSP}\">\n<title>Huquq</title>\n<style>{css}</style>\n\
<script type=\"module\">\n{}{modules}{}\n</script>\n</head>\n<body>\n{noscript}\n</body>\n</html>\n",
        start_script(&files, &inline),
        without_comments(START),
    );
    fs::create_dir_all(out)?;
    let path = out.join("huquq.html");
    fs::write(&path, html)?;
    Ok(path)
}

/// `html` without its links (`<a …>…</a>`) and the space before each.
fn without_links(html: &str) -> String {
    let mut kept = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<a ") {
        kept.push_str(rest[..at].trim_end_matches(' '));
        rest = rest[at..].find("</a>").map_or("", |end| &rest[at + end + "</a>".len()..]);
    }
    kept.push_str(rest);
    kept
}

/// The single file may run its own inline code and nothing from anywhere else.
const SINGLE_CSP: &str = "default-src 'none'; script-src 'unsafe-inline' blob: 'wasm-unsafe-eval'; \
style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// Only this site's own files; WebAssembly may be compiled; nothing else, and nothing inline
/// but the start script and the style sheet (`policy` adds their hashes).
/// Only directives that Chromium, Firefox and WebKit all know: requests, the manifest and the
/// worker fall back to `default-src` (WebKit logs `manifest-src` as a security error).
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
object-src 'none'; base-uri 'none'; form-action 'none'";

/// A script without its comment lines, which are for people reading the source, not for
/// phones downloading it.
fn without_comments(script: &str) -> String {
    script.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// Our own start, in place of trunk's: see `site/start.js`.
const START: &str = include_str!("site/start.js");

/// After start-up: the offline worker. The guide tells the page around a frame nothing but
/// "quick exit" (its height would say what was answered: `embed.js` sizes the frame itself).
const REGISTER_WORKER: &str = "if (!leaving && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
";

/// The service worker, after its lists: see `site/worker.js`.
const WORKER: &str = include_str!("site/worker.js");

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

/// FNV-1a over `parts`, in hex: enough to tell one build or one file from another.
pub fn hash(parts: &[&[u8]]) -> String {
    let mut state: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in parts.iter().flat_map(|p| p.iter()) {
        state = (state ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{state:016x}")
}

/// The files under `dir`, in name order.
pub fn sorted(dir: &Path) -> Result<Vec<PathBuf>, Fail> {
    let mut files = Vec::new();
    collect(dir, &mut files)?;
    files.sort();
    Ok(files)
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), Fail> {
    for path in fs::read_dir(dir)? {
        if path.is_dir() {
            collect(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
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

    #[test]
    fn embed_js_has_every_language_s_quick_exit_and_french_always() {
        let labels = super::exit_labels("ar\tخروج سريع\nen\tQuick exit\nfr\tSortie rapide\n").unwrap();
        assert_eq!(labels, "{ \"ar\": \"خروج سريع\", \"en\": \"Quick exit\", \"fr\": \"Sortie rapide\" }");
        assert!(super::exit_labels("ar\tخروج سريع\nen\tQuick exit\n").is_err());
        assert!(super::exit_labels("fr\t \n").is_err());
    }

    #[test]
    fn the_page_keeps_its_links_but_no_preload() {
        let head = "<head>\n  <link rel=\"stylesheet\" href=\"./style.css\">\n  <link rel=\"modulepreload\" href=\"./huquq-1.js\" crossorigin=\"anonymous\">\n  \
<link rel=\"preload\" href=\"./huquq-1_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">\n  <link rel=\"manifest\" href=\"manifest.webmanifest\">\n";
        let kept = super::without_preloads(head);
        assert_eq!(
            kept,
            "<head>\n  <link rel=\"stylesheet\" href=\"./style.css\">\n  <link rel=\"manifest\" href=\"manifest.webmanifest\">\n"
        );
    }

    #[test]
    fn the_policy_names_only_directives_every_engine_knows() {
        // CSP level 2's, which Chromium, Firefox and WebKit all read.
        let known = ["default-src", "script-src", "style-src", "img-src", "object-src", "base-uri", "form-action"];
        for policy in [super::CSP, super::SINGLE_CSP] {
            for directive in policy.split(';').filter_map(|d| d.split_whitespace().next()) {
                assert!(known.contains(&directive), "{directive}");
            }
        }
    }

    #[test]
    fn the_policy_runs_the_page_s_own_script_and_style_by_their_hashes_alone() {
        let policy = super::policy("", "p{}");
        // SHA-256 of nothing and of `p{}`, in base64.
        let script = "script-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' 'wasm-unsafe-eval';";
        assert!(policy.contains(script), "{policy}");
        assert!(policy.contains("style-src 'self' 'sha256-"), "{policy}");
        assert!(!policy.contains("unsafe-inline"));
    }

    #[test]
    fn the_style_sheet_goes_inside_the_page_and_its_file_goes() {
        let dist = std::env::temp_dir().join(format!("huquq-inline-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("style-1.css"), "p{color:red}").unwrap();
        let page = "<head>\n  <link rel=\"stylesheet\" href=\"./style-1.css\" integrity=\"sha384-x\"/>\n</head>";
        let (html, css) = super::inline_style(&dist, page).unwrap();
        assert_eq!(html, "<head>\n  <style>p{color:red}</style>\n</head>");
        assert_eq!(css, "p{color:red}");
        assert!(!dist.join("style-1.css").exists());
        std::fs::write(dist.join("style-2.css"), "p{}</STYLE>").unwrap();
        assert!(super::inline_style(&dist, &page.replace("style-1", "style-2")).is_err());
        assert!(super::inline_style(&dist, "<head></head>").is_err());
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn the_single_file_s_noscript_loses_its_links_to_pages_it_does_not_carry() {
        let noscript =
            "<noscript>\n<p lang=\"fr\">Texte. <a href=\"./rights/fr/index.html\">Vos droits</a></p>\n</noscript>";
        assert_eq!(super::without_links(noscript), "<noscript>\n<p lang=\"fr\">Texte.</p>\n</noscript>");
    }

    #[test]
    fn comment_lines_leave_the_script_and_code_stays() {
        let script = "// why\nconst a = 'http://x'; // kept\n  // indented\nrun();";
        assert_eq!(super::without_comments(script), "const a = 'http://x'; // kept\nrun();");
    }

    #[test]
    fn the_build_script_output_folder_is_that_of_the_package_id_whatever_its_shape() {
        let messages = concat!(
            "{\"reason\":\"compiler-artifact\",\"package_id\":\"path+file:///home/a/huquq#0.1.0\"}\n",
            "{\"reason\":\"build-script-executed\",\"package_id\":\"path+file:///home/a/huquq/crates/engine#huquq-engine@0.1.0\",\"out_dir\":\"/t/engine\"}\n",
            "not json\n",
            "{\"reason\":\"build-script-executed\",\"package_id\":\"path+file:///home/a/huquq#0.1.0\",\"out_dir\":\"/t/app \\\"x\\\"\"}\n",
        );
        let out = |id| super::out_dir(messages, id);
        assert_eq!(out("path+file:///home/a/huquq#0.1.0"), Some("/t/app \"x\"".into()));
        assert_eq!(out("path+file:///home/a/huquq/crates/engine#huquq-engine@0.1.0"), Some("/t/engine".into()));
        assert_eq!(out("path+file:///w/main#huquq@0.1.0"), None);
    }

    #[test]
    fn cargo_metadata_gives_the_app_s_id() {
        let root = std::path::Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").unwrap()).join("..");
        let id = super::package_id(&root, "huquq").unwrap();
        assert!(id.ends_with("#0.1.0") || id.ends_with("#huquq@0.1.0"), "{id}");
        assert!(super::package_id(&root, "no-such-package").is_err());
    }

    #[test]
    fn trunk_optimises_the_first_module_as_the_second() {
        let page = include_str!("../../index.html");
        assert!(
            page.contains(&format!("data-wasm-opt=\"z\" data-wasm-opt-params=\"{}\"", super::WASM_OPT[1..].join(" ")))
        );
    }
}
