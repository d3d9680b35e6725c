//! `huquq-rules pages --out DIR`: every right as its own page in each language, which needs no
//! JavaScript (`DIR/<lang>/<id>.html`), an index by domain (`DIR/<lang>/index.html`) and the
//! questions with the rights each can decide (`DIR/<lang>/questions.html`). The content is the
//! engine's (`content::for_everyone`), the words the app's texts. It writes only under `DIR`.

use crate::texts::Texts;
use huquq_engine::check::Input;
use huquq_engine::content::{self, Plain, Said};
use huquq_engine::model::{CompareOp, Domain, Expr, Office, QuestionKind, Right, RightId, Source};
use huquq_engine::{PartialDate, RuleSet, keys};
use huquq_texts::Value as Arg;
use std::path::Path;
use std::process::ExitCode;

/// Where quick exit leads: the app's neutral site (`EXIT_TO` in `src/privacy.rs`).
const EXIT_TO: &str = "https://www.google.com/search?q=m%C3%A9t%C3%A9o";

/// Its own files only; no inline code or style.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
base-uri 'none'; form-action 'none'";

/// Quick exit replaces the page in the history where JavaScript runs; the link works without.
const EXIT_SCRIPT: &str = "document.querySelector('[data-action=quick-exit]').addEventListener('click', (event) => {
  event.preventDefault();
  location.replace(event.currentTarget.href);
});
";

const STYLE: &str = "body { font: 1.125rem/1.5 system-ui, sans-serif; max-width: 42rem; margin: 0 auto; padding: 0 1rem 2rem; color: #111; background: #fff; }
header { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: space-between; padding: 0.5rem 0; }
.quick-exit { background: #8a1010; color: #fff; padding: 0.75rem 1rem; border-radius: 0.5rem; font-weight: bold; }
a { color: #0b4f9c; text-decoration: underline; }
a:focus-visible { outline: 3px solid #111; outline-offset: 2px; }
.quick-exit:focus-visible { outline-color: #8a1010; }
li { margin-block: 0.4rem; }
.notice { border-inline-start: 4px solid #8a5a00; padding-inline-start: 0.75rem; }
.if { display: block; font-size: 0.95em; }
.source, .muted { color: #333; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
";

/// Writes every page of every language under `out`; prints how many.
pub fn write(input: &Input, rules: &RuleSet, out: &Path) -> Result<ExitCode, String> {
    let save = |path: &Path, text: &str| {
        std::fs::create_dir_all(path.parent().unwrap_or(out))
            .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    save(&out.join("page.css"), STYLE)?;
    save(&out.join("exit.js"), EXIT_SCRIPT)?;
    let languages = input.languages();
    let all: Vec<Texts> = languages.iter().map(|l| Texts::load(input, l)).collect::<Result<_, _>>()?;
    let names: Vec<(&str, String)> = languages.iter().zip(&all).map(|(&l, t)| (l, t.text("language-name"))).collect();
    let mut pages = 0;
    for (language, texts) in languages.iter().zip(all) {
        let page = Page { rules, texts, language, languages: &names };
        for (index, right) in rules.rights.iter().enumerate() {
            let id = RightId::from_index(index).ok_or("too many rights")?;
            save(&out.join(language).join(format!("{}.html", right.id)), &page.right(id))?;
            pages += 1;
        }
        save(&out.join(language).join("index.html"), &page.index())?;
        save(&out.join(language).join("questions.html"), &page.questions())?;
    }
    let counts = format!("{} rights × {} languages", rules.rights.len(), languages.len());
    println!("pages: {pages} pages of rights ({counts}), with an index and the questions in each language");
    Ok(ExitCode::SUCCESS)
}

/// One language's pages.
struct Page<'a> {
    rules: &'a RuleSet,
    texts: Texts,
    language: &'a str,
    /// Every language's code and name in itself.
    languages: &'a [(&'a str, String)],
}

impl Page<'_> {
    /// A text as the browser writes it (isolation marks kept), escaped for HTML.
    fn text(&self, id: &str) -> String {
        self.with(id, &[])
    }

    fn with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        escape(&self.texts.format(id, args).unwrap_or_else(|| id.to_string()))
    }

    fn right(&self, id: RightId) -> String {
        let rules = self.rules;
        let right = rules.right(id);
        let key = keys::right(right);
        let content = content::for_everyone(rules, id);
        // A right that follows from a sensitive answer says nothing in the tab or the history.
        let sensitive = right.uses.iter().any(|&q| rules.question(q).sensitive);
        let title = if sensitive { "Huquq".to_string() } else { format!("{} — Huquq", self.text(&key)) };
        let mut body = format!(
            "<article data-right=\"{}\">\n<h1>{}</h1>\n<p>{}</p>\n",
            escape(&right.id),
            self.text(&key),
            self.text(&format!("{key}.{}", keys::SUMMARY))
        );
        body += &self.notices(right);
        body += &format!(
            "<h2>{}</h2>\n{}",
            self.text("card-page-who"),
            self.conditions(&content::plain(rules, &right.when))
        );
        let steps = content.steps.iter().map(|s| {
            format!(
                "<li data-step=\"{}\">{}{}</li>",
                escape(&s.id),
                self.text(&keys::step(&s.id)),
                self.only_if(&s.when)
            )
        });
        body += &section(&self.text("card-steps"), "ol", steps.collect());
        let offices = content.offices.iter().map(|&(o, _)| self.office(&rules.offices[o.index()]));
        body += &section(&self.text("card-where"), "ul", offices.collect());
        let documents = content.documents.iter().map(|d| {
            format!(
                "<li data-document=\"{}\">{}{}</li>",
                escape(&d.id),
                self.text(&keys::document(&d.id)),
                self.only_if(&d.when)
            )
        });
        body += &section(&self.text("card-bring"), "ul", documents.collect());
        let sources = content.sources.iter().map(|s| self.source(&rules.sources[s.index()]));
        body += &section(&self.text("card-sources"), "ul", sources.collect());
        if let Some(date) = right.confirmed {
            body += &format!("<p>{}</p>\n", self.with("card-page-confirmed", &[("date", Arg::Text(&self.date(date)))]));
        }
        body += "</article>\n";
        self.document(&title, &format!("{}.html", right.id), &body)
    }

    /// Validity, and "check with the office" or "our sources do not say".
    fn notices(&self, right: &Right) -> String {
        let mut notices = Vec::new();
        if let Some(from) = right.valid_from {
            notices.push(self.with("card-valid-since", &[("date", Arg::Text(&self.date(from)))]));
        }
        if let Some(until) = right.valid_until {
            notices.push(self.with("card-page-valid-until", &[("date", Arg::Text(&self.date(until)))]));
        }
        if right.unknown_when.is_some() {
            notices.push(self.text("card-open-by-source"));
        }
        if right.check_with_office {
            notices.push(self.text("card-check"));
        }
        notices.iter().map(|n| format!("<p class=\"notice\">{n}</p>\n")).collect()
    }

    /// Who a right is for: its condition in plain pieces.
    fn conditions(&self, plain: &Plain) -> String {
        match plain {
            Plain::All(items) if items.is_empty() => format!("<p>{}</p>\n", self.text("card-page-everyone")),
            Plain::All(items) => self.list(items),
            Plain::Any(items) => format!("<p>{}</p>\n{}", self.text("card-page-one-of"), self.list(items)),
            piece => format!("<p>{}</p>\n", self.piece(piece)),
        }
    }

    fn list(&self, items: &[Plain]) -> String {
        let items: Vec<String> = items.iter().map(|i| format!("<li>{}</li>", self.piece(i))).collect();
        format!("<ul>\n{}\n</ul>\n", items.join("\n"))
    }

    fn piece(&self, plain: &Plain) -> String {
        let question = |q| self.question(q);
        match plain {
            Plain::All(items) => format!("{}\n{}", self.text("card-page-all-of"), self.list(items)),
            Plain::Any(items) => format!("{}\n{}", self.text("card-page-one-of"), self.list(items)),
            Plain::Answer { question: q, answers } => {
                let said: Vec<String> = answers.iter().map(|&a| self.said(*q, a)).collect();
                format!(
                    "{} — <strong>{}</strong>",
                    question(*q),
                    said.join(&format!(" {} ", self.text("card-page-or")))
                )
            }
            Plain::Number { question: q, op, value }
                if matches!(self.rules.question(*q).kind, QuestionKind::Number { .. }) =>
            {
                let id = match op {
                    CompareOp::Lt => "card-page-less-than",
                    CompareOp::Le => "card-page-at-most",
                    CompareOp::Gt => "card-page-more-than",
                    CompareOp::Ge => "card-page-at-least",
                    CompareOp::Eq => "card-page-equal",
                    CompareOp::Ne => "card-page-not-equal",
                };
                format!("{} — <strong>{}</strong>", question(*q), self.with(id, &[("n", Arg::Number(*value))]))
            }
            Plain::Number { question: q, .. } => self.piece(&Plain::Depends(vec![*q])),
            Plain::Depends(questions) => {
                let items: Vec<String> = questions.iter().map(|&q| format!("<li>{}</li>", question(q))).collect();
                format!("{}\n<ul>\n{}\n</ul>", self.text("card-page-depends"), items.join("\n"))
            }
        }
    }

    /// A question's first sentence, up to its question mark: what it asks, not why.
    fn question(&self, question: huquq_engine::model::QuestionId) -> String {
        let text = self.text(&keys::question(self.rules.question(question)));
        match text.find(['?', '؟']) {
            Some(end) => text[..end + text[end..].chars().next().map_or(1, char::len_utf8)].to_string(),
            None => text,
        }
    }

    fn said(&self, question: huquq_engine::model::QuestionId, said: Said) -> String {
        match said {
            Said::Yes => self.text("answer-yes"),
            Said::No => self.text("answer-no"),
            Said::Choice(c) => {
                let q = self.rules.question(question);
                self.text(&keys::choice(q, q.kind.choices().get(c.index()).map_or("", String::as_str)))
            }
        }
    }

    /// "Only if: …" after a step or a document that not everyone is shown.
    fn only_if(&self, when: &Option<Expr>) -> String {
        let Some(when) = when else { return String::new() };
        let said = self.piece(&content::plain(self.rules, when));
        format!("<div class=\"if\">{} {said}</div>", self.text("card-page-only-if"))
    }

    /// An office as a card shows it, with its city: its address, numbers to tap, WhatsApp,
    /// hours, e-mail address, website, and the date of its newest source.
    fn office(&self, office: &Office) -> String {
        let mut line = format!(
            "<li class=\"office\" data-office=\"{}\">{}",
            escape(&office.id),
            self.text(&keys::office(&office.id))
        );
        if let Some(city) = &office.city {
            line += &format!(" — <bdi>{}</bdi>", self.text(&keys::city(city)));
        }
        if let Some(address) = &office.address {
            line += &format!(", <bdi class=\"address\">{}</bdi>", escape(address));
        }
        for number in &office.phone {
            let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
            line += &format!(" <a href=\"tel:{digits}\" dir=\"ltr\">{}</a>", escape(number));
        }
        if let Some(number) = &office.whatsapp {
            let digits: String = number.chars().filter(char::is_ascii_digit).collect();
            line += &format!(
                " {} <a href=\"https://wa.me/{digits}\" dir=\"ltr\" rel=\"noopener noreferrer\">{}</a>",
                self.text("card-whatsapp"),
                escape(number)
            );
        }
        if let Some(hours) = self.texts.hours(&office.hours) {
            line += &format!(" · <bdi class=\"hours\">{}</bdi>", escape(&hours));
        }
        if let Some(email) = &office.email {
            line += &format!(" <a href=\"mailto:{0}\" dir=\"ltr\">{0}</a>", escape(email));
        }
        if let Some(site) = &office.website {
            line += &format!(" <a href=\"{0}\" dir=\"ltr\" rel=\"noopener noreferrer\">{0}</a>", escape(site));
        }
        let checked = office
            .sources
            .iter()
            .filter_map(|&s| self.rules.sources[s.index()].date)
            .max_by_key(|d| (d.year, d.month, d.day));
        if let Some(date) = checked {
            line += &format!(
                " <span class=\"muted\">{}</span>",
                self.with("card-checked", &[("date", Arg::Text(&self.date(date)))])
            );
        }
        line + "</li>"
    }

    /// A citation as a lawyer writes it; the sources are French.
    fn source(&self, source: &Source) -> String {
        let title = match &source.link {
            Some(link) => {
                format!("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", escape(link), escape(&source.title))
            }
            None => escape(&source.title),
        };
        let date = source.date.map(|d| format!(", {}", french_date(d))).unwrap_or_default();
        format!(
            "<li class=\"source\" lang=\"fr\" dir=\"ltr\"><cite>{title}</cite>, {}{date} — {}</li>",
            escape(&source.issuer),
            escape(&source.reference)
        )
    }

    /// A date as the app writes it in this language: a year, a month and year, or a day.
    fn date(&self, date: PartialDate) -> String {
        let month = |m: u8| self.texts.format(&format!("month-{m}"), &[]).unwrap_or_default();
        let year = Arg::Number(i64::from(date.year));
        let text = match (date.month, date.day) {
            (0, _) => Some(date.year.to_string()),
            (m, 0) => self.texts.format("date-month", &[("month", Arg::Text(&month(m))), ("year", year)]),
            (m, d) => self.texts.format(
                "date-day",
                &[("day", Arg::Number(i64::from(d))), ("month", Arg::Text(&month(m))), ("year", year)],
            ),
        };
        text.unwrap_or_default()
    }

    /// The rights of each domain, linked.
    fn index(&self) -> String {
        let mut body =
            format!("<h1>{}</h1>\n<p>{}</p>\n", self.text("card-page-index"), self.text("card-page-index-intro"));
        for domain in Domain::ALL {
            let rights: Vec<String> = self
                .rules
                .rights
                .iter()
                .filter(|r| r.domain == domain)
                .map(|r| format!("<li><a href=\"{}.html\">{}</a></li>", escape(&r.id), self.text(&keys::right(r))))
                .collect();
            body += &section(&self.text(&keys::domain(domain)), "ul", rights);
        }
        body += &format!("<p><a href=\"questions.html\">{}</a></p>\n", self.text("card-page-questions"));
        self.document(&format!("{} — Huquq", self.text("card-page-index")), "index.html", &body)
    }

    /// Each question, its answers, and the rights whose conditions read it.
    fn questions(&self) -> String {
        let mut body = format!("<h1>{}</h1>\n", self.text("card-page-questions"));
        for question in &self.rules.questions {
            let index = self.rules.question_index(&question.id);
            body += &format!("<h2>{}</h2>\n", self.text(&keys::question(question)));
            let choices: Vec<String> = question
                .kind
                .choices()
                .iter()
                .map(|c| format!("<li>{}</li>", self.text(&keys::choice(question, c))))
                .collect();
            if !choices.is_empty() {
                body += &format!("<ul>\n{}\n</ul>\n", choices.join("\n"));
            }
            let decides: Vec<String> = self
                .rules
                .rights
                .iter()
                .filter(|r| index.is_some_and(|q| r.uses.contains(&q)))
                .map(|r| format!("<li><a href=\"{}.html\">{}</a></li>", escape(&r.id), self.text(&keys::right(r))))
                .collect();
            if !decides.is_empty() {
                body += &format!("<p>{}</p>\n<ul>\n{}\n</ul>\n", self.text("card-page-decides"), decides.join("\n"));
            }
        }
        self.document(&format!("{} — Huquq", self.text("card-page-questions")), "questions.html", &body)
    }

    /// A whole page: quick exit first, the languages, `body` as the main part, then the way
    /// back to the index and to the guide.
    fn document(&self, title: &str, file: &str, body: &str) -> String {
        let direction = if self.language == "ar" { "rtl" } else { "ltr" };
        // For search engines: the same page in the other languages.
        let alternates: String = self
            .languages
            .iter()
            .map(|(l, _)| format!("<link rel=\"alternate\" hreflang=\"{l}\" href=\"../{l}/{file}\">\n"))
            .collect();
        let languages: Vec<String> = self
            .languages
            .iter()
            .filter(|(l, _)| *l != self.language)
            .map(|(l, name)| {
                format!("<li><a href=\"../{l}/{file}\" hreflang=\"{l}\" lang=\"{l}\">{}</a></li>", escape(name))
            })
            .collect();
        format!(
            "<!doctype html>\n<html lang=\"{lang}\" dir=\"{direction}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n<meta name=\"referrer\" content=\"no-referrer\">\n\
<title>{title}</title>\n{alternates}<link rel=\"stylesheet\" href=\"../page.css\">\n<script src=\"../exit.js\" defer></script>\n</head>\n<body>\n\
<header>\n<a class=\"quick-exit\" data-action=\"quick-exit\" href=\"{EXIT_TO}\" rel=\"noreferrer\">{exit}</a>\n\
<nav aria-label=\"{languages_label}\"><ul>\n{languages}\n</ul></nav>\n</header>\n<main>\n{body}</main>\n\
<footer><nav aria-label=\"Huquq\"><ul>\n<li><a href=\"index.html\">{all}</a></li>\n<li><a href=\"../../?lang={lang}\">{guide}</a></li>\n</ul></nav></footer>\n\
</body>\n</html>\n",
            lang = self.language,
            exit = self.text("quick-exit"),
            languages_label = self.text("card-page-languages"),
            languages = languages.join("\n"),
            all = self.text("card-page-all"),
            guide = self.text("card-page-guide"),
        )
    }
}

/// A heading and a list, or nothing when the list is empty.
fn section(title: &str, list: &str, items: Vec<String>) -> String {
    if items.is_empty() {
        return String::new();
    }
    format!("<h2>{title}</h2>\n<{list}>\n{}\n</{list}>\n", items.join("\n"))
}

/// A date as French legal texts write it in figures: `09/10/2013`, `10/2013`, `2013`.
fn french_date(date: PartialDate) -> String {
    match (date.month, date.day) {
        (0, _) => date.year.to_string(),
        (month, 0) => format!("{month:02}/{}", date.year),
        (month, day) => format!("{day:02}/{month:02}/{}", date.year),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_is_never_markup() {
        assert_eq!(super::escape("<a href=\"x\">&</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    }
}
