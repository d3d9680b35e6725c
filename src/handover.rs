//! The guide comes as two WebAssembly modules, so that a phone downloads before the first
//! screen only what the first screens need. The first (welcome and questions) is built
//! without the feature `full`; the second (the whole app: the review, the results, the
//! counsellor's page, the admin view) is fetched after the first screen and takes over when
//! the review or the results are due. This module carries the interview across, in the
//! page's memory only: the first writes it to a JavaScript variable, the second reads it once
//! and deletes it. The first stays on screen until the second takes over, so a second module
//! that fails to load never leaves a blank page.

use crate::config::THEMES;
use crate::globals;
use crate::i18n::Language;
use crate::state::{Interview, Screen};
use huquq_engine::model::QuestionId;
use huquq_engine::{Answers, Date, RuleSet};

/// What the second module needs to go on where the first stopped.
#[derive(Clone, Debug, PartialEq)]
pub struct Carried {
    pub interview: Interview,
    pub language: Language,
    /// The screens of the visit so far and the step shown (the phone's Back button).
    pub trail: (Vec<Screen>, usize),
    /// The display chosen (an index of [`THEMES`]).
    pub theme: usize,
    /// The counsellor's page rather than the guide.
    pub counsellor: bool,
}

/// The interview as text: one field a line (answers hold no line break).
pub fn encode(rules: &RuleSet, carried: &Carried) -> String {
    let interview = &carried.interview;
    let history: Vec<String> = interview.history.iter().map(ToString::to_string).collect();
    let trail: Vec<String> = carried.trail.0.iter().map(screen_code).collect();
    let flags = [interview.remember, interview.remember_sensitive, carried.counsellor]
        .map(|f| if f { "1" } else { "0" })
        .concat();
    [
        interview.answers.encode(rules),
        history.join("."),
        screen_code(&interview.screen),
        trail.join("."),
        carried.trail.1.to_string(),
        carried.language.code().to_string(),
        interview.today.to_string(),
        flags,
        THEMES[carried.theme.min(THEMES.len() - 1)].to_string(),
    ]
    .join("\n")
}

/// Reads what `encode` wrote; `None` if anything is off (the second module then starts as
/// the first would have).
pub fn decode(rules: &RuleSet, text: &str) -> Option<Carried> {
    let mut lines = text.split('\n');
    let (answers, errors) = Answers::decode(rules, lines.next()?);
    let ids = |line: &str| -> Option<Vec<QuestionId>> {
        line.split('.')
            .filter(|p| !p.is_empty())
            .map(|p| p.parse().ok().filter(|&q: &QuestionId| usize::from(q) < rules.questions.len()))
            .collect()
    };
    let history = ids(lines.next()?)?;
    let screen = screen_of(rules, lines.next()?)?;
    let screens: Vec<Screen> = lines.next()?.split('.').map(|code| screen_of(rules, code)).collect::<Option<_>>()?;
    let at: usize = lines.next()?.parse().ok()?;
    let language = Language::from_code(lines.next()?)?;
    let today = Date::parse(lines.next()?)?;
    let flags = lines.next()?.as_bytes();
    let theme = lines.next().and_then(|name| THEMES.iter().position(|t| *t == name))?;
    if !errors.is_empty() || flags.len() != 3 || lines.next().is_some() || at >= screens.len() {
        return None;
    }
    let mut interview = Interview::new(rules, today);
    interview.evaluation = huquq_engine::run(rules, &answers, today);
    interview.answers = answers;
    interview.history = history;
    interview.screen = screen;
    interview.remember = flags[0] == b'1';
    interview.remember_sensitive = flags[1] == b'1';
    Some(Carried { interview, language, trail: (screens, at), theme, counsellor: flags[2] == b'1' })
}

fn screen_code(screen: &Screen) -> String {
    match screen {
        Screen::Welcome => "w".into(),
        Screen::Question(q) => format!("q{q}"),
        Screen::Review => "v".into(),
        Screen::Results => "r".into(),
        Screen::Resume => "c".into(),
    }
}

fn screen_of(rules: &RuleSet, code: &str) -> Option<Screen> {
    match code {
        "w" => Some(Screen::Welcome),
        "v" => Some(Screen::Review),
        "r" => Some(Screen::Results),
        "c" => Some(Screen::Resume),
        _ => {
            let q: QuestionId = code.strip_prefix('q')?.parse().ok()?;
            (usize::from(q) < rules.questions.len()).then_some(Screen::Question(q))
        }
    }
}

/// The variable the first module leaves for the second.
const VARIABLE: &str = "huquqHandover";
/// What the second module calls, once its texts are here, to take the first off the page.
const TAKE_OVER: &str = "huquqTakeOver";

/// Set by the start script when it starts the second module ahead of the hand-over.
#[cfg(feature = "full")]
const AHEAD: &str = "huquqAhead";
/// What the start script calls to hand over to a second module started ahead.
#[cfg(feature = "full")]
const RESUME: &str = "huquqResume";

/// Whether the start script started this (the second) module ahead, while the first still
/// asks the questions: then `begin` waits to be called by the hand-over ([`hand_over`],
/// through the start script), when the interview is there to [`take`].
#[cfg(feature = "full")]
pub fn wait_if_ahead(begin: fn()) -> bool {
    if globals::take(AHEAD).is_none() {
        return false;
    }
    globals::set(RESUME, &wasm_bindgen::closure::Closure::once_into_js(begin));
    true
}

/// The interview the first module handed over, read once: the variable is deleted.
pub fn take(rules: &RuleSet) -> Option<Carried> {
    decode(rules, &globals::take(VARIABLE)?.as_string()?)
}

/// In the second module, just before it draws: the first module's guide leaves the page.
pub fn take_over() {
    globals::call_once(TAKE_OVER, &[]);
}

/// Leaves the interview for the second module and starts it (`attempt` counts the tries, so
/// a try after a failure fetches its script again). The first module's guide stays until the
/// second calls [`take_over`]. If the second module cannot be had, the variable is deleted,
/// the first module's guide is still on the page, and `failed` is called.
pub fn hand_over(rules: &RuleSet, carried: &Carried, attempt: u32, failed: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    globals::set(VARIABLE, &encode(rules, carried).into());
    globals::set(TAKE_OVER, &Closure::once_into_js(crate::take_off_page));
    let on_failure = Closure::once(move |_: wasm_bindgen::JsValue| {
        globals::remove(VARIABLE);
        globals::remove(TAKE_OVER);
        failed();
    });
    let started = match globals::call("huquqFull", &[attempt.into()]) {
        Some(promise) => js_sys::Promise::resolve(&promise),
        None => js_sys::Promise::reject(&wasm_bindgen::JsValue::NULL),
    };
    let _ = started.catch(&on_failure);
    // Called once, when the promise settles; freed with the page.
    on_failure.forget();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::rules;
    use crate::state::Action;
    use huquq_engine::{Answer, Value};

    fn carried() -> Carried {
        let rules = rules();
        let today = Date::from_ymd(2026, 11, 30).unwrap();
        let papers = rules.question_index("papers").unwrap();
        let violence = rules.question_index("violence").unwrap();
        let mut interview = Interview::new(rules, today)
            .apply(rules, Action::Start)
            .apply(rules, Action::Answer(Answer::Given(Value::Choice(1.into()))))
            .apply(rules, Action::Set(violence, Answer::Given(Value::Bool(true))))
            .apply(rules, Action::Remember(true));
        interview.screen = Screen::Results;
        let trail = (vec![Screen::Welcome, Screen::Question(papers), Screen::Results], 2);
        Carried { interview, language: Language::from_code("ar").unwrap(), trail, theme: 2, counsellor: true }
    }

    #[test]
    fn the_interview_crosses_whole_sensitive_answers_included() {
        let carried = carried();
        let text = encode(rules(), &carried);
        assert_eq!(text, "papers=none&violence=yes\n0.3\nr\nw.q0.r\n2\nar\n2026-11-30\n101\ndark");
        assert_eq!(decode(rules(), &text), Some(carried));
    }

    #[test]
    fn the_version_of_a_saved_link_crosses_with_the_answers() {
        let mut carried = carried();
        carried.interview.answers.set_saved_with(Some(0));
        let text = encode(rules(), &carried);
        assert!(text.starts_with("v=0&papers=none&violence=yes\n"), "{text:?}");
        assert_eq!(decode(rules(), &text), Some(carried));
    }

    #[test]
    fn anything_off_is_refused_rather_than_half_read() {
        let text = encode(rules(), &carried());
        for broken in [
            text.replacen('\n', "\nx", 1),
            text.replace("\nar\n", "\nzz\n"),
            format!("{text}\nmore"),
            text.replace("\n2\n", "\n9\n"),
            text.replace("\ndark", "\npurple"),
            text.replace("\n101\n", "\n10\n"),
            "papers=spaceship\n\nw\n0\nfr\n2026-11-30\n000\nauto".to_string(),
            String::new(),
        ] {
            assert_eq!(decode(rules(), &broken), None, "{broken:?}");
        }
    }

    /// Any text, as a damaged or forged variable could hold: decoding never panics, and what
    /// it accepts is a whole interview, written back the same. On the real rules, with texts
    /// made from a real handover by cutting, repeating and inserting.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;
        use proptest::test_runner::FileFailurePersistence;

        fn real() -> &'static RuleSet {
            crate::rules::rules()
        }

        fn handed_over() -> String {
            let rules = real();
            let today = Date::from_ymd(2026, 11, 30).unwrap();
            let mut interview = Interview::new(rules, today).apply(rules, Action::Start);
            for _ in 0..3 {
                interview = interview.apply(rules, Action::Answer(Answer::DontKnow));
            }
            let trail = (vec![Screen::Welcome, interview.screen.clone()], 1);
            encode(
                rules,
                &Carried {
                    interview,
                    language: Language::from_code("fr").unwrap(),
                    trail,
                    theme: 0,
                    counsellor: false,
                },
            )
        }

        fn texts() -> impl Strategy<Value = String> {
            let text = handed_over();
            let edited = (0..=text.len(), 0..=text.len(), ".{0,12}").prop_map(move |(a, b, inserted)| {
                let (from, to) = (a.min(b), a.max(b));
                let (from, to) = (floor(&text, from), floor(&text, to));
                format!("{}{inserted}{}", &text[..from], &text[to..])
            });
            prop_oneof![any::<String>(), "[a-z_=&.\n0-9q-]{0,80}", edited]
        }

        /// The largest character boundary at or before `at`.
        fn floor(text: &str, mut at: usize) -> usize {
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        }

        proptest! {
            #![proptest_config(ProptestConfig {
                cases: 512,
                // A failure's seed is kept in src/handover.proptest-regressions, to commit.
                failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
                ..ProptestConfig::default()
            })]

            #[test]
            fn any_text_is_refused_or_read_whole(text in texts()) {
                if let Some(carried) = decode(real(), &text) {
                    let again = encode(real(), &carried);
                    prop_assert_eq!(decode(real(), &again), Some(carried));
                }
            }
        }

        #[test]
        fn the_real_handover_is_read() {
            assert!(decode(real(), &handed_over()).is_some());
        }
    }
}
