//! Texts in the person's language. `build.rs` compiles `locales/` into one pair of files per
//! language (interface and questions first, the rights' texts after the first screen); this
//! module loads a language when it is needed and formats its texts with `huquq-texts`. The
//! interface names its texts by the constants of [`t`], so a wrong id does not compile; the
//! texts of the rules are found by their id. A text not loaded yet is empty, never an id.

use huquq_engine::{Date, PartialDate, Validity};
use huquq_texts::{Category, Part, Texts, Value};
use std::cell::RefCell;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// A text, by its index in the sorted list of every text's id (`build.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(pub u32);

/// The guide's own language: the one every other is translated from, shown when none of the
/// person's is available.
pub const DEFAULT: &str = "fr";

/// An argument of a text: a number (plural forms follow it) or some text.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// One of the languages of `locales/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language(usize);

/// The title of a group of results (their order is the engine's `policy::GROUPS`).
#[cfg(feature = "full")]
pub fn group_title(status: huquq_engine::Status) -> Text {
    match status {
        huquq_engine::Status::Eligible => t::RESULTS_ELIGIBLE,
        huquq_engine::Status::Undetermined => t::RESULTS_UNDETERMINED,
        huquq_engine::Status::NotEligible => t::RESULTS_NOT_ELIGIBLE,
    }
}

thread_local! {
    /// Each language's texts loaded so far, and which of its two files are in.
    static LOADED: RefCell<Vec<(Option<Texts>, [bool; 2])>> = RefCell::new(LANGUAGES.iter().map(|_| (None, [false; 2])).collect());
    /// The person's answers to one-choice questions (question id, choice id), which the
    /// texts of the rules may select on.
    static PERSON: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
    /// Called when a language file arrives, so what shows its texts is drawn again.
    static LISTENERS: RefCell<Vec<Box<dyn Fn()>>> = RefCell::new(Vec::new());
}

impl Default for Language {
    /// French, the guide's own language ([`DEFAULT`]).
    fn default() -> Language {
        Language::from_code(DEFAULT).unwrap_or(Language(0))
    }
}

impl Language {
    pub fn all() -> impl Iterator<Item = Language> {
        (0..LANGUAGES.len()).map(Language)
    }

    pub fn from_code(code: &str) -> Option<Language> {
        LANGUAGES.iter().position(|(c, _)| c.eq_ignore_ascii_case(code)).map(Language)
    }

    /// The language the start script chose to start in (`huquqLanguage`). The start script
    /// (`xtask/src/site/start.js`) is the one place that decides, since it fetches that
    /// language's first texts before the WebAssembly runs: the language remembered on this
    /// device, else the address's `lang`, else the first of the browser's languages that the
    /// guide has, else French. Without a start script (the components' tests): French.
    pub fn chosen_at_start() -> Language {
        let chosen = crate::globals::get("huquqLanguage").and_then(|code| code.as_string());
        chosen.and_then(|code| Language::from_code(&code)).unwrap_or_default()
    }

    pub fn code(self) -> &'static str {
        LANGUAGES[self.0].0
    }

    /// The language's name in itself, for the language menu (known before its texts load).
    pub fn name(self) -> &'static str {
        LANGUAGES[self.0].1
    }

    /// `rtl` or `ltr`, for the document's `dir`.
    pub fn direction(self) -> &'static str {
        match self.code() {
            "ar" | "fa" | "he" | "ur" => "rtl",
            _ => "ltr",
        }
    }

    pub fn text(self, id: Text) -> String {
        self.format(id.0, &[])
    }

    pub fn text_with(self, id: Text, args: &[(&str, Arg)]) -> String {
        self.format(id.0, args)
    }

    /// The text of something the rules declare, by its id (`keys::right(…)`). It may select
    /// on the person's answers to one-choice questions (`{ $sex -> [woman] … }`): Arabic
    /// addresses a woman and a man differently.
    pub fn text_of(self, id: &str) -> String {
        let Some(index) = index_of(id) else { return String::new() };
        PERSON.with(|person| {
            let person = person.borrow();
            let args: Vec<(&str, Arg)> = person.iter().map(|(q, c)| (q.as_str(), c.as_str().into())).collect();
            self.format(index, &args)
        })
    }

    /// An attribute of a rules text, e.g. a right's `summary`.
    pub fn attribute(self, id: &str, attribute: &str) -> String {
        self.text_of(&format!("{id}.{attribute}"))
    }

    /// Whether file `part` (1: interface and questions; 2: rights) of this language is in.
    pub fn has(self, part: usize) -> bool {
        LOADED.with(|loaded| loaded.borrow()[self.0].1[part - 1])
    }

    fn format(self, index: u32, args: &[(&str, Arg)]) -> String {
        #[cfg(test)]
        tests::install_embedded();
        let args: Vec<(&str, Value)> = args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => Value::Text(text),
                    Arg::Number(n) => Value::Number(*n),
                };
                (*name, value)
            })
            .collect();
        LOADED.with(|loaded| {
            loaded.borrow()[self.0].0.as_ref().and_then(|texts| texts.format(index, &args)).unwrap_or_default()
        })
    }

    /// A day written the way this language writes it, e.g. `23 novembre 2026`, or in
    /// Arabic with the month names used in Morocco (`23 نونبر 2026`), never as `2026-11-23`.
    pub fn date(self, date: Date) -> String {
        let (year, month, day) = date.ymd();
        let args =
            [("day", Arg::Number(day.into())), ("month", self.month(month).into()), ("year", Arg::Number(year.into()))];
        self.text_with(t::DATE_DAY, &args)
    }

    /// An answer as the review, the results and the case summary show it.
    #[cfg(feature = "full")]
    pub fn answer(self, question: huquq_engine::model::QuestionId, answer: &huquq_engine::Answer) -> String {
        use huquq_engine::{Answer, Value as Given};
        let q = crate::rules::rules().question(question);
        let choice = |c: &huquq_engine::model::ChoiceId| {
            self.text_of(&huquq_engine::keys::choice(q, &q.kind.choices()[usize::from(*c)]))
        };
        match answer {
            Answer::DontKnow => self.text(t::ANSWER_DONT_KNOW),
            Answer::PreferNotToSay => self.text(t::ANSWER_PREFER_NOT),
            Answer::Given(Given::Bool(true)) => self.text(t::ANSWER_YES),
            Answer::Given(Given::Bool(false)) => self.text(t::ANSWER_NO),
            Answer::Given(Given::Choice(c)) => choice(c),
            Answer::Given(Given::Choices(cs)) => cs.iter().map(choice).collect::<Vec<_>>().join(", "),
            Answer::Given(Given::Number(n)) => n.to_string(),
            Answer::Given(Given::Date(d)) => self.date(*d),
        }
    }

    /// A date with the precision its source gives: a year stays a year, a month a month.
    pub fn partial_date(self, date: PartialDate) -> String {
        match (date.month, date.day) {
            (0, _) => date.year.to_string(),
            (month, 0) => {
                let args = [("month", self.month(month.into()).into()), ("year", Arg::Number(date.year.into()))];
                self.text_with(t::DATE_MONTH, &args)
            }
            _ => self.date(date.first_day()),
        }
    }

    fn month(self, month: u32) -> String {
        const MONTHS: [Text; 12] = [
            t::MONTH_1,
            t::MONTH_2,
            t::MONTH_3,
            t::MONTH_4,
            t::MONTH_5,
            t::MONTH_6,
            t::MONTH_7,
            t::MONTH_8,
            t::MONTH_9,
            t::MONTH_10,
            t::MONTH_11,
            t::MONTH_12,
        ];
        MONTHS.get(month.wrapping_sub(1) as usize).map_or_else(String::new, |&m| self.text(m))
    }

    /// An office's hours in words (`huquq_engine::hours::say`): day names from the texts,
    /// times in Latin digits as the page writes every number.
    #[cfg(feature = "full")]
    pub fn hours(self, hours: &[huquq_engine::hours::Opening]) -> Option<String> {
        use huquq_engine::hours::{Phrase, Value, say};
        const DAYS: [Text; 7] = [
            t::HOURS_DAY_MON,
            t::HOURS_DAY_TUE,
            t::HOURS_DAY_WED,
            t::HOURS_DAY_THU,
            t::HOURS_DAY_FRI,
            t::HOURS_DAY_SAT,
            t::HOURS_DAY_SUN,
        ];
        say(hours, &mut |phrase, values| {
            let text = match phrase {
                Phrase::Day(day) => DAYS[day as usize],
                Phrase::DaysNext => t::HOURS_DAYS_NEXT,
                Phrase::DaysLast => t::HOURS_DAYS_LAST,
                Phrase::DaysThrough => t::HOURS_DAYS_THROUGH,
                Phrase::Clock => t::HOURS_CLOCK,
                Phrase::DaysMorning => t::HOURS_DAYS_MORNING,
                Phrase::DaysAfternoon => t::HOURS_DAYS_AFTERNOON,
                Phrase::DaysRange => t::HOURS_DAYS_RANGE,
                Phrase::Morning => t::HOURS_MORNING,
                Phrase::Afternoon => t::HOURS_AFTERNOON,
                Phrase::Range => t::HOURS_RANGE,
                Phrase::Calls => t::HOURS_CALLS,
                Phrase::Next => t::HOURS_NEXT,
            };
            let args: Vec<(&str, Arg)> = values
                .iter()
                .map(|(name, value)| match value {
                    Value::Text(text) => (*name, Arg::Text(text.clone())),
                    Value::Number(n) => (*name, Arg::Number(*n)),
                })
                .collect();
            self.text_with(text, &args)
        })
    }

    /// "Information from 2020: check first", instead of "probably yes", for a right that
    /// applies on evidence older than its age on the day of the results.
    pub fn aged(self, outcome: &huquq_engine::Outcome) -> Option<String> {
        let huquq_engine::Evidence::Aged(confirmed) = outcome.evidence else { return None };
        let year = confirmed.map_or("none".to_string(), |d| d.year.to_string());
        (outcome.status == huquq_engine::Status::Eligible)
            .then(|| self.text_with(t::STATUS_AGED, &[("year", year.into())]))
    }

    /// "Ended on …" or "in force from …" for a right outside its validity dates.
    pub fn validity(self, validity: Validity) -> Option<String> {
        let (id, day) = match validity {
            Validity::InForce => return None,
            Validity::Ended(day) => (t::CARD_ENDED, day),
            Validity::NotYet(day) => (t::CARD_NOT_YET, day),
        };
        Some(self.text_with(id, &[("date", self.partial_date(day).into())]))
    }
}

/// Sets the answers the texts of the rules may select on; an answer not given leaves their
/// default wording, which addresses everyone.
pub fn set_person(choices: Vec<(String, String)>) {
    PERSON.with(|person| *person.borrow_mut() = choices);
}

/// The index of a text of the rules, by its id.
fn index_of(id: &str) -> Option<u32> {
    let hash = huquq_texts::id_hash(id);
    RULE_TEXTS.binary_search_by_key(&hash, |(h, _)| *h).ok().map(|at| RULE_TEXTS[at].1)
}

/// Takes in the bytes of file `part` (1 or 2) of `language`; whether they were that
/// language's and this build's (a file cached from another version is refused, not shown
/// wrongly).
pub fn install(language: Language, part: usize, bytes: &[u8]) -> bool {
    let Ok(file) = Part::from_bytes(bytes) else { return false };
    let added = LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        let (texts, parts) = &mut loaded[language.0];
        let texts = texts.get_or_insert_with(|| Texts::new(language.code(), plural_rule(language.code())));
        let added = file.catalogue == CATALOGUE && texts.add(file).is_ok();
        parts[part - 1] |= added;
        added
    });
    if added {
        LISTENERS.with(|listeners| listeners.borrow().iter().for_each(|listen| listen()));
    }
    added
}

/// Fetches and takes in file `part` of `language` unless it is already in; whether it is.
pub async fn load(language: Language, part: usize) -> bool {
    if language.has(part) {
        return true;
    }
    let name = format!("texts-{}-{part}", language.code());
    match crate::files::fetch(&name).await {
        Some(bytes) => install(language, part, &bytes),
        None => false,
    }
}

/// Loads the first texts of `wanted`, or if they cannot be had (offline, never fetched), of
/// any other language that can, French first; the language shown, if any.
pub async fn load_first(wanted: Language) -> Option<Language> {
    let others = std::iter::once(Language::default()).chain(Language::all());
    for language in std::iter::once(wanted).chain(others) {
        if load(language, 1).await {
            return Some(language);
        }
    }
    None
}

/// Calls `listen` whenever a language file arrives (for as long as the page lives).
pub fn when_loaded(listen: impl Fn() + 'static) {
    LISTENERS.with(|listeners| listeners.borrow_mut().push(Box::new(listen)));
}

/// CLDR's plural rule for the languages we ship; the browser's `Intl.PluralRules` for any
/// other (a new language needs no code).
fn plural_rule(code: &str) -> huquq_texts::PluralRule {
    if let Some(rule) = huquq_texts::plural::rules_for(code) {
        return Box::new(rule);
    }
    #[cfg(target_arch = "wasm32")]
    {
        let locales = js_sys::Array::of1(&code.into());
        let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
        Box::new(move |n| {
            let name = rules.select(n as f64).as_string().unwrap_or_default();
            Category::from_name(&name).unwrap_or(Category::Other)
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    Box::new(|_| Category::Other)
}

/// Every language's files as `build.rs` compiled them, for the tests (native and in the
/// browser), which have no start script to fetch them with.
pub fn install_embedded() {
    let embedded: &[(&str, &[u8], &[u8])] = include!(concat!(env!("OUT_DIR"), "/texts_embedded.rs"));
    for (code, first, later) in embedded {
        if let Some(language) = Language::from_code(code) {
            install(language, 1, first);
            install(language, 2, later);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Native tests read texts as if both files of every language had been fetched.
    pub fn install_embedded() {
        thread_local!(static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
        if !DONE.replace(true) {
            super::install_embedded();
        }
    }

    #[test]
    fn the_language_of_last_resort_is_french() {
        assert_eq!(Language::default().code(), "fr");
    }

    #[test]
    fn arabic_is_right_to_left_and_uses_its_plural_forms() {
        let arabic = Language::from_code("ar").unwrap();
        assert_eq!(arabic.direction(), "rtl");
        assert_eq!(Language::from_code("fr").unwrap().direction(), "ltr");
        let two = arabic.text_with(t::PROGRESS, &[("answered", 2.into()), ("remaining", 2.into())]);
        let three = arabic.text_with(t::PROGRESS, &[("answered", 3.into()), ("remaining", 3.into())]);
        assert_ne!(two, three, "Arabic has a dual form distinct from 3-10");
    }

    #[test]
    fn every_language_has_the_interface_and_the_rules_texts_and_its_own_name() {
        for language in Language::all() {
            assert!(!language.text(t::APP_TITLE).is_empty(), "{}", language.code());
            assert!(!language.text_of("right-health-primary-care").is_empty(), "{}", language.code());
            assert!(!language.attribute("right-health-primary-care", "summary").is_empty(), "{}", language.code());
            assert_eq!(language.name(), language.text(t::LANGUAGE_NAME));
        }
        assert_eq!(Language::from_code("fr").unwrap().text_of("no-such-text"), "", "never an id on screen");
    }

    #[test]
    fn arabic_addresses_a_woman_and_a_man_each_in_their_own_form_and_everyone_by_default() {
        let arabic = Language::from_code("ar").unwrap();
        let neutral = arabic.text_of("question-violence");
        set_person(vec![("sex".into(), "woman".into())]);
        let woman = arabic.text_of("question-violence");
        set_person(vec![("sex".into(), "man".into())]);
        let man = arabic.text_of("question-violence");
        set_person(Vec::new());
        assert!(woman != man && neutral != woman && neutral != man, "{woman} / {man} / {neutral}");
        assert_eq!(arabic.text_of("question-violence"), neutral);
    }

    #[test]
    fn dates_are_written_in_words_with_moroccan_month_names_in_arabic() {
        let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
        let day = Date::from_ymd(2026, 11, 23).unwrap();
        assert_eq!(plain(Language::from_code("fr").unwrap().date(day)), "23 novembre 2026");
        assert_eq!(plain(Language::from_code("ar").unwrap().date(day)), "23 نونبر 2026");
        let october = PartialDate::parse("2013-10").unwrap();
        assert_eq!(plain(Language::from_code("en").unwrap().partial_date(october)), "October 2013");
        assert_eq!(Language::from_code("ar").unwrap().partial_date(PartialDate::parse("2008").unwrap()), "2008");
    }

    #[test]
    #[cfg(feature = "full")]
    fn hours_are_said_in_each_language_a_morning_stays_a_morning_and_times_read_left_to_right() {
        use huquq_engine::hours::{Clock, Opening, Time, Weekday};
        let plain = |text: Option<String>| text.unwrap_or_default().replace(['\u{2068}', '\u{2069}'], "");
        let language = |code| Language::from_code(code).unwrap();
        // FOO's social workers: "Monday morning", called from 9:00 to 17:00 (UNHCR Help).
        let foo = [
            Opening { days: vec![Weekday::Mon], time: Time::Morning, calls: false },
            Opening { days: vec![], time: Time::Range { from: Clock(9 * 60), to: Clock(17 * 60) }, calls: true },
        ];
        assert_eq!(plain(language("fr").hours(&foo)), "lundi matin ; par téléphone de 9 h à 17 h");
        assert_eq!(plain(language("ar").hours(&foo)), "صباح الاثنين؛ بالهاتف من 9:00 إلى 17:00");
        assert_eq!(plain(language("en").hours(&foo)), "Monday morning; by phone: 9:00 to 17:00");
        let week = [Opening {
            days: vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri],
            time: Time::Range { from: Clock(8 * 60 + 30), to: Clock(16 * 60 + 5) },
            calls: false,
        }];
        assert_eq!(plain(language("fr").hours(&week)), "du lundi au vendredi de 8 h 30 à 16 h 05");
        assert_eq!(plain(language("en").hours(&week)), "Monday to Friday, 8:30 to 16:05");
        // In Arabic a time is one isolated piece, so that 8:30 never shows as 30:8.
        assert!(language("ar").hours(&week).unwrap().contains("\u{2068}8:30\u{2069}"));
        let two = [Opening { days: vec![Weekday::Tue, Weekday::Thu], time: Time::Afternoon, calls: false }];
        assert_eq!(plain(language("ar").hours(&two)), "بعد ظهر الثلاثاء والخميس");
        assert_eq!(language("fr").hours(&[]), None);
    }

    #[test]
    fn a_file_of_another_language_or_another_build_is_refused() {
        let embedded: &[(&str, &[u8], &[u8])] = include!(concat!(env!("OUT_DIR"), "/texts_embedded.rs"));
        let (code, first, _) = embedded[0];
        let other = Language::all().find(|l| l.code() != code).unwrap();
        assert!(!install(other, 1, first), "{code}'s file is not {}'s", other.code());
        assert!(!install(Language::from_code(code).unwrap(), 1, b"not a texts file"));
    }
}
