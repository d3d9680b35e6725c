//! One language's texts, compiled from `locales/` and formatted by huquq-texts as the browser
//! formats them: for the terminal interview, and for `huquq-rules texts`, which prints every
//! text of a language for the end-to-end tests to expect. It reads what the checker read and
//! writes no file.

use huquq_engine::check::Input;
use huquq_texts::Value as Arg;
use std::process::ExitCode;

/// One language's texts, compiled and formatted by huquq-texts as in the browser.
pub struct Texts {
    /// Every message id of the language, sorted: a text's index in this list names it.
    ids: Vec<String>,
    texts: huquq_texts::Texts,
    /// The person's one-choice answers, which texts may select on (`$sex`).
    pub person: Vec<(String, String)>,
}

impl Texts {
    /// `language`'s files as the checker read them, joined as `build.rs` joins them.
    pub fn load(input: &Input, language: &str) -> Result<Texts, String> {
        if !input.languages().contains(&language) {
            return Err(format!("no locale `{language}`: the languages are {}", input.languages().join(", ")));
        }
        let text: String = input.locale_texts(Some(language)).flat_map(|t| [t, "\n"]).collect();
        let plural = huquq_texts::plural::rules_for(language)
            .ok_or_else(|| format!("no plural rules for `{language}`: French, Arabic and English are known"))?;
        let ids = huquq_texts::compile::ids(&[&text]);
        let messages = huquq_texts::compile::compile(&text, &ids)
            .map_err(|_| format!("the texts of `{language}` have errors; run `huquq-rules check`"))?;
        let mut texts = huquq_texts::Texts::new(language, Box::new(plural));
        texts
            .add(huquq_texts::Part::new(language, huquq_texts::catalogue(&ids), messages))
            .map_err(|e| format!("the texts of `{language}`: {e:?}"))?;
        Ok(Texts { ids, texts, person: Vec::new() })
    }

    /// A message (`id`) or an attribute (`id.attribute`) as the browser writes it, isolation
    /// marks included, with the person's answers and `args`; `None` if there is no such text.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let index = self.ids.binary_search_by(|i| i.as_str().cmp(id)).ok()?;
        let mut all: Vec<(&str, Arg)> = self.person.iter().map(|(q, c)| (q.as_str(), Arg::Text(c))).collect();
        all.extend_from_slice(args);
        self.texts.format(u32::try_from(index).ok()?, &all)
    }

    /// A text for a terminal, or its id if there is none. Isolation marks help browsers lay
    /// out mixed directions; a terminal shows them as junk.
    pub fn get(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let text = self.format(id, args);
        text.map(|t| t.replace(['\u{2068}', '\u{2069}'], "")).unwrap_or_else(|| id.to_string())
    }

    pub fn text(&self, id: &str) -> String {
        self.get(id, &[])
    }

    /// An office's hours in words, as the app says them (`huquq_engine::hours::say`).
    pub fn hours(&self, hours: &[huquq_engine::hours::Opening]) -> Option<String> {
        use huquq_engine::hours::{Value, say};
        say(hours, &mut |phrase, values| {
            let args: Vec<(&str, Arg)> = values
                .iter()
                .map(|(name, value)| match value {
                    Value::Text(text) => (*name, Arg::Text(text)),
                    Value::Number(n) => (*name, Arg::Number(*n)),
                })
                .collect();
            self.get(phrase.id(), &args)
        })
    }

    /// Every text as the page shows it before any answer: no argument (a missing one is
    /// written `{$name}` between isolation marks, as fluent-bundle writes it), the default
    /// variant of each selection, the marks kept. By id, `id.attribute` after `id`.
    pub fn every(&self) -> impl Iterator<Item = (&str, String)> {
        self.ids.iter().filter_map(|id| Some((id.as_str(), self.format(id, &[])?)))
    }
}

/// `huquq-rules texts`: every text of `language` as one JSON object, id → text.
pub fn print(input: &Input, language: &str) -> Result<ExitCode, String> {
    let texts = Texts::load(input, language)?;
    let object: serde_json::Map<String, serde_json::Value> =
        texts.every().map(|(id, text)| (id.to_string(), text.into())).collect();
    println!("{}", serde_json::to_string_pretty(&object).map_err(|e| e.to_string())?);
    Ok(ExitCode::SUCCESS)
}
