//! Texts in every language of `locales/`, through Fluent. `build.rs` has already checked that
//! every language has every text and that the files parse, so a missing text here is a bug;
//! it shows its id rather than nothing.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use huquq_engine::{Date, PartialDate, Validity};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language shown when none of the browser's preferences is available.
pub const DEFAULT: &str = "fr";

/// One of the languages of `locales/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language(usize);

impl Language {
    pub fn all() -> impl Iterator<Item = Language> {
        (0..LOCALES.len()).map(Language)
    }

    pub fn from_code(code: &str) -> Option<Language> {
        LOCALES.iter().position(|(c, _)| c.eq_ignore_ascii_case(code)).map(Language)
    }

    /// The first of the user's preferred languages (e.g. `ar-MA`, `en`) that we have.
    pub fn preferred<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Language {
        preferences
            .into_iter()
            .find_map(|tag| Language::from_code(tag.split(['-', '_']).next().unwrap_or(tag)))
            .or_else(|| Language::from_code(DEFAULT))
            .unwrap_or(Language(0))
    }

    pub fn code(self) -> &'static str {
        LOCALES[self.0].0
    }

    /// `rtl` or `ltr`, for the document's `dir`.
    pub fn direction(self) -> &'static str {
        match self.code() {
            "ar" | "fa" | "he" | "ur" => "rtl",
            _ => "ltr",
        }
    }

    pub fn text(self, id: &str) -> String {
        self.format(id, None, None)
    }

    pub fn text_with(self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: FluentArgs = args.iter().cloned().collect();
        self.format(id, None, Some(&args))
    }

    pub fn attribute(self, id: &str, attribute: &str) -> String {
        self.format(id, Some(attribute), None)
    }

    fn format(self, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> String {
        BUNDLES.with(|bundles| {
            let bundle = &bundles[self.0];
            let message = bundle.get_message(id);
            let pattern = match attribute {
                Some(name) => message.and_then(|m| m.get_attribute(name)).map(|a| a.value()),
                None => message.and_then(|m| m.value()),
            };
            let Some(pattern) = pattern else {
                return attribute.map_or_else(|| id.to_string(), |a| format!("{id}.{a}"));
            };
            let mut errors = Vec::new();
            bundle.format_pattern(pattern, args, &mut errors).into_owned()
        })
    }

    /// A day written the way this language writes it, e.g. `23 novembre 2026`.
    pub fn date(self, date: Date) -> String {
        let (year, month, day) = date.ymd();
        #[cfg(target_arch = "wasm32")]
        {
            let options = js_sys::Object::new();
            for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric"), ("timeZone", "UTC")] {
                let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
            }
            let utc = js_sys::Date::utc(f64::from(year), f64::from(month - 1)) + f64::from(day - 1) * 86_400_000.0;
            js_sys::Date::new(&utc.into()).to_locale_date_string(self.code(), &options).into()
        }
        #[cfg(not(target_arch = "wasm32"))]
        format!("{year:04}-{month:02}-{day:02}")
    }

    /// A date with the precision its source gives: a year stays a year.
    pub fn partial_date(self, date: PartialDate) -> String {
        if date.day == 0 { date.to_string() } else { self.date(date.first_day()) }
    }

    /// "Ended on …" or "in force from …" for a right outside its validity dates.
    pub fn validity(self, validity: Validity) -> Option<String> {
        let (id, day) = match validity {
            Validity::InForce => return None,
            Validity::Ended(day) => ("card-ended", day),
            Validity::NotYet(day) => ("card-not-yet", day),
        };
        Some(self.text_with(id, &[("date", self.partial_date(day).into())]))
    }
}

thread_local! {
    static BUNDLES: Vec<FluentBundle<FluentResource>> = LOCALES.iter().map(|(code, text)| bundle(code, text)).collect();
}

fn bundle(code: &str, text: &str) -> FluentBundle<FluentResource> {
    let language: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![language]);
    // The checker refused syntax errors and duplicate ids; keep whatever parses regardless.
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, _)| resource);
    let _ = bundle.add_resource(resource);
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferred_language_follows_the_browser_and_falls_back_to_french() {
        assert_eq!(Language::preferred(["ar-MA", "fr"]).code(), "ar");
        assert_eq!(Language::preferred(["de-DE", "en-GB"]).code(), "en");
        assert_eq!(Language::preferred(["de"]).code(), "fr");
        assert_eq!(Language::preferred([]).code(), "fr");
    }

    #[test]
    fn arabic_is_right_to_left_and_uses_its_plural_forms() {
        let arabic = Language::from_code("ar").unwrap();
        assert_eq!(arabic.direction(), "rtl");
        assert_eq!(Language::from_code("fr").unwrap().direction(), "ltr");
        let two = arabic.text_with("progress", &[("answered", 2.into()), ("remaining", 2.into())]);
        let three = arabic.text_with("progress", &[("answered", 3.into()), ("remaining", 3.into())]);
        assert_ne!(two, three, "Arabic has a dual form distinct from 3-10");
    }

    #[test]
    fn every_language_has_the_interface_texts() {
        for language in Language::all() {
            let title = language.text("app-title");
            assert!(!title.is_empty() && title != "app-title", "{}", language.code());
        }
    }
}
