//! The welcome written into `index.html` in every language, so the first paint needs no
//! WebAssembly: built from the texts `build.rs` compiled (`welcome.tsv`), with the classes of
//! `src/ui/welcome.rs`, each language in a `<template>` (nothing of it in the document, so
//! nothing to show after quick exit) until the start script puts in the one it chose.
//! Every text is escaped; nothing here decides what the welcome says.

use crate::Fail;

/// Where the build puts the welcome: the element `index.html` leaves empty for it.
pub const PLACE: &str = "<div id=\"first-screen\"></div>";

/// The texts the welcome shows, by id, for one language.
struct Welcome<'a> {
    language: &'a str,
    texts: Vec<(&'a str, &'a str)>,
}

impl Welcome<'_> {
    fn text(&self, id: &str) -> Result<String, Fail> {
        let text = self.texts.iter().find(|(i, _)| *i == id).map(|(_, t)| *t);
        text.map(escape).ok_or_else(|| Fail(format!("welcome.tsv has no `{id}` in {}", self.language)))
    }

    /// One language's welcome, as a template; the quick exit and the Start button keep the app's
    /// `data-action` (the start script acts on them until the app mounts). Everything sits in
    /// a landmark (axe's `region`): quick exit in a `nav` named after it.
    fn html(&self) -> Result<String, Fail> {
        let t = |id| self.text(id);
        Ok(format!(
            "<template lang=\"{language}\" dir=\"{dir}\"><nav class=\"exit\" aria-label=\"{exit}\"><button type=\"button\" \
class=\"quick-exit\" data-action=\"quick-exit\" aria-keyshortcuts=\"Escape\" title=\"{key}\">{exit}</button></nav>\
<header class=\"bar\"><span class=\"brand\">{brand}</span></header><main><section class=\"welcome\">\
<h1>{title}</h1><p>{intro}</p><p class=\"privacy\">{privacy}</p><p class=\"quick-exit-hint\">{hint}</p>\
<p>{decision}</p><p class=\"reviewed\">{reviewed}</p>\
<button type=\"button\" class=\"primary\" data-action=\"start\">{start}</button></section></main></template>",
            language = self.language,
            dir = direction(self.language),
            key = t("quick-exit-key")?,
            exit = t("quick-exit")?,
            brand = t("app-title")?,
            title = t("welcome-title")?,
            intro = t("welcome-intro")?,
            privacy = t("welcome-privacy")?,
            hint = t("quick-exit-hint")?,
            decision = t("welcome-not-a-decision")?,
            reviewed = t("welcome-reviewed")?,
            start = t("start")?,
        ))
    }
}

/// `index.html` with the welcome of every language of `tsv` (lines `language`, id, text) in
/// its place.
pub fn write_into(index: &str, tsv: &str) -> Result<String, Fail> {
    if !index.contains(PLACE) {
        return Err(Fail(format!("index.html has no `{PLACE}` for the welcome")));
    }
    let mut welcomes: Vec<Welcome> = Vec::new();
    for line in tsv.lines() {
        let mut fields = line.splitn(3, '\t');
        let (Some(language), Some(id), Some(text)) = (fields.next(), fields.next(), fields.next()) else {
            return Err(Fail(format!("welcome.tsv: a line is not `language, id, text`: {line}")));
        };
        match welcomes.iter_mut().find(|w| w.language == language) {
            Some(welcome) => welcome.texts.push((id, text)),
            None => welcomes.push(Welcome { language, texts: vec![(id, text)] }),
        }
    }
    if welcomes.is_empty() {
        return Err(Fail::from("welcome.tsv holds no language"));
    }
    let screens: Vec<String> = welcomes.iter().map(Welcome::html).collect::<Result<_, _>>()?;
    Ok(index.replacen(PLACE, &format!("<div id=\"first-screen\">{}</div>", screens.concat()), 1))
}

/// A built `index.html` with its welcome taken out again, `PLACE` as in the source: for the
/// size checks on other texts (`scale.rs`). The templates hold no `</div>`.
pub fn emptied(index: &str) -> Result<String, Fail> {
    let open = "<div id=\"first-screen\">";
    let start = index.find(open).ok_or_else(|| Fail(format!("the built index.html has no `{open}`")))?;
    let end = index[start..].find("</div>").map(|at| start + at + "</div>".len()).ok_or("an unclosed first screen")?;
    Ok(format!("{}{PLACE}{}", &index[..start], &index[end..]))
}

/// `rtl` or `ltr`, as `Language::direction` in `src/i18n.rs` says it (the end-to-end test
/// `tests/e2e/first-screen.test.mjs` compares the two).
fn direction(language: &str) -> &'static str {
    if matches!(language, "ar" | "fa" | "he" | "ur") { "rtl" } else { "ltr" }
}

/// A text as HTML text or attribute value.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 10] = [
        "app-title",
        "quick-exit",
        "quick-exit-key",
        "welcome-title",
        "welcome-intro",
        "welcome-privacy",
        "quick-exit-hint",
        "welcome-not-a-decision",
        "welcome-reviewed",
        "start",
    ];

    fn tsv(language: &str, text: &str) -> String {
        IDS.iter().map(|id| format!("{language}\t{id}\t{text} {id}\n")).collect()
    }

    #[test]
    fn each_language_is_written_as_a_template_in_its_place_with_its_direction_and_texts_escaped() {
        let page = format!("<body>\n  {PLACE}\n  <noscript>x</noscript>");
        let written = write_into(&page, &(tsv("fr", "<b>\"Oui\" & non</b>") + &tsv("ar", "نعم"))).unwrap();
        assert!(written.starts_with("<body>\n  <div id=\"first-screen\"><template lang=\"fr\" dir=\"ltr\"><nav"));
        assert!(written.contains("</template><template lang=\"ar\" dir=\"rtl\">"));
        assert!(written.contains("<h1>&lt;b&gt;&quot;Oui&quot; &amp; non&lt;/b&gt; welcome-title</h1>"));
        assert!(written.contains("title=\"نعم quick-exit-key\">نعم quick-exit</button>"));
        assert_eq!(written.matches("data-action=\"start\"").count(), 2, "one Start a language");
        assert!(written.ends_with("</main></template></div>\n  <noscript>x</noscript>"));
        assert!(!written.contains("<b>"), "no markup from a text");
    }

    #[test]
    fn a_built_page_emptied_is_the_source_again() {
        let page = format!("<body>\n  {PLACE}\n  <noscript><div>x</div></noscript>");
        let written = write_into(&page, &(tsv("fr", "a") + &tsv("ar", "b"))).unwrap();
        assert_eq!(emptied(&written).unwrap(), page);
        assert!(emptied("<body></body>").is_err());
    }

    #[test]
    fn a_missing_text_or_place_is_said() {
        let without_start: String =
            tsv("en", "x").lines().filter(|l| !l.contains("\tstart\t")).map(|l| l.to_string() + "\n").collect();
        let error = write_into(PLACE, &without_start).err().unwrap();
        assert_eq!(error.0, "welcome.tsv has no `start` in en");
        assert!(write_into("<body></body>", &tsv("en", "x")).is_err());
        assert!(write_into(PLACE, "").is_err());
        assert!(write_into(PLACE, "en\tstart").is_err());
    }

    #[test]
    fn the_start_script_leaves_for_the_app_s_default_address() {
        let privacy = include_str!("../../src/privacy.rs");
        let line = privacy.lines().find_map(|l| l.strip_prefix("pub const EXIT_TO: &str = ")).unwrap();
        let address = line.trim_end_matches(';').trim_matches('"');
        assert!(include_str!("site/start.js").contains(&format!("const EXIT = '{address}';")));
    }
}
