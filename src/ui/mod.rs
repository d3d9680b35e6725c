//! The components. They read the interview state and the language, and render; every
//! decision comes from `state` and the engine.

mod counsellor;
pub(crate) mod question;
pub(crate) mod results;
mod review;

use crate::i18n::Language;
use crate::rules::rules;
use crate::state::{Action, Interview, Screen};
use huquq_engine::Date;
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for Interview {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(rules(), action))
    }
}

#[function_component]
pub fn App() -> Html {
    let config = crate::config::current();
    let language = use_state(|| {
        config.language.unwrap_or_else(|| Language::preferred(browser_languages().iter().map(String::as_str)))
    });
    let remember = use_state(|| stored(REMEMBER).is_some());
    let interview = use_reducer(|| Interview::restore(rules(), today(), &saved_answers()));
    let counsellor = config.counsellor;
    use_effect_with(*language, |language| show_language(*language));
    use_effect_with((interview.answers.clone(), *remember), |(answers, remember)| {
        let encoded = answers.encode(rules());
        save_answers(&encoded);
        remember_on_device(remember.then_some(&encoded));
    });
    let toggle_remember = {
        let remember = remember.clone();
        Callback::from(move |_| remember.set(!*remember))
    };
    let act = |action: Action| {
        let interview = interview.clone();
        Callback::from(move |_| interview.dispatch(action.clone()))
    };
    let on_answer = {
        let interview = interview.clone();
        Callback::from(move |answer| interview.dispatch(Action::Answer(answer)))
    };
    let on_change = {
        let interview = interview.clone();
        Callback::from(move |q| interview.dispatch(Action::Change(q)))
    };
    let screen = match interview.screen {
        _ if counsellor => html! { <counsellor::Counsellor interview={interview.clone()} /> },
        Screen::Welcome => html! { <Welcome on_start={act(Action::Start)} /> },
        Screen::Question(question) => html! {
            <question::QuestionScreen
                key={question}
                {question}
                current={interview.answers.get(question).cloned()}
                answered={interview.history.len()}
                remaining={interview.evaluation.remaining}
                {on_answer}
                on_back={act(Action::Back)}
                on_review={act(Action::Review)} />
        },
        Screen::Review => html! {
            <review::Review
                answers={interview.answers.clone()}
                on_change={on_change.clone()}
                on_continue={act(Action::Start)} />
        },
        Screen::Results => html! {
            <results::Results
                evaluation={interview.evaluation.clone()}
                answers={interview.answers.clone()}
                today={interview.today}
                on_back={act(Action::Back)}
                on_change={on_change.clone()}
                on_review={act(Action::Review)}
                on_restart={act(Action::Restart)} />
        },
    };
    let settled: Vec<Html> = match interview.screen {
        Screen::Question(_) if !counsellor => interview
            .settled()
            .map(|o| html! { <li>{ language.text(&huquq_engine::keys::right(rules().right(o.right))) }</li> })
            .collect(),
        _ => Vec::new(),
    };
    let choose = {
        let language = language.clone();
        Callback::from(move |chosen| language.set(chosen))
    };
    html! {
        <ContextProvider<Language> context={*language}>
            <header class="bar">
                <span class="brand">{ language.text("app-title") }</span>
                <LanguageSwitch current={*language} on_choose={choose} />
                <button type="button" class="quick-exit" onclick={|_| quick_exit()}>{ language.text("quick-exit") }</button>
            </header>
            <main id="main" class={counsellor.then_some("wide")}>
                if interview.damaged {
                    <p class="notice" role="status">{ language.text("notice-damaged") }</p>
                }
                if !config.refused.is_empty() {
                    <p class="notice" role="status" data-refused={config.refused.join(",")}>
                        { language.text_with("notice-config", &[("names", config.refused.join(", ").into())]) }
                    </p>
                }
                if let (Some(ngo), Screen::Welcome | Screen::Results) = (&config.ngo, &interview.screen) {
                    <NgoContact ngo={ngo.clone()} />
                }
                { screen }
                <aside class="settled" aria-live="polite" hidden={settled.is_empty()}>
                    <h2>{ language.text("settled-title") }</h2>
                    <ul>{ for settled }</ul>
                </aside>
            </main>
            <footer class="remember">
                <label>
                    <input type="checkbox" checked={*remember} onchange={toggle_remember} />
                    { language.text("remember") }
                </label>
            </footer>
        </ContextProvider<Language>>
    }
}

#[derive(Properties, PartialEq)]
struct NgoProps {
    ngo: crate::config::Ngo,
}

/// The embedding NGO's contact, first of all places to go; every part is plain text.
#[function_component]
fn NgoContact(props: &NgoProps) -> Html {
    let language = use_language();
    let ngo = &props.ngo;
    html! {
        <aside class="ngo" aria-labelledby="ngo-title">
            <h2 id="ngo-title">{ language.text("ngo-title") }</h2>
            <p class="ngo-name">{ &ngo.name }</p>
            if let Some(phone) = &ngo.phone {
                <p>{ phone_link(phone) }</p>
            }
            if let Some(address) = &ngo.address { <p>{ address }</p> }
        </aside>
    }
}

/// A phone number that dials when tapped, kept left to right inside Arabic text.
fn phone_link(phone: &str) -> Html {
    html! { <a href={format!("tel:{}", phone.replace([' ', '(', ')', '.', '-'], ""))} dir="ltr">{ phone }</a> }
}

#[derive(Properties, PartialEq)]
struct LanguageSwitchProps {
    current: Language,
    on_choose: Callback<Language>,
}

/// Each language named in itself, so a reader finds theirs whatever is shown.
#[function_component]
fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let buttons = Language::all().map(|language| {
        let on_choose = props.on_choose.clone();
        html! {
            <li>
                <button type="button" class="language" lang={language.code()} dir={language.direction()}
                    aria-pressed={(language == props.current).to_string()}
                    onclick={move |_| on_choose.emit(language)}>
                    { language.text("language-name") }
                </button>
            </li>
        }
    });
    html! {
        <nav class="languages" aria-label={props.current.text("language-switch")}>
            <ul>{ for buttons }</ul>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct WelcomeProps {
    on_start: Callback<MouseEvent>,
}

#[function_component]
fn Welcome(props: &WelcomeProps) -> Html {
    let language = use_language();
    let reviewed = language.date(rules().reviewed);
    html! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{ language.text("welcome-title") }</h1>
            <p>{ language.text("welcome-intro") }</p>
            <p class="privacy">{ language.text("welcome-privacy") }</p>
            <p>{ language.text("welcome-not-a-decision") }</p>
            <p class="reviewed">{ language.text_with("welcome-reviewed", &[("date", reviewed.into())]) }</p>
            <button type="button" class="primary" onclick={props.on_start.clone()}>{ language.text("start") }</button>
            <p class="for-counsellors"><a href="?mode=counsellor">{ language.text("counsellor-link") }</a></p>
        </section>
    }
}

/// The language chosen in the switch, for any component below `App`.
#[hook]
fn use_language() -> Language {
    use_context::<Language>().unwrap_or_else(|| Language::preferred([]))
}

/// Moves keyboard and screen reader focus to a heading when `key` changes (a new screen).
#[hook]
fn use_focus_on<K: PartialEq + 'static>(key: K) -> NodeRef {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(key, move |_| {
            if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    heading
}

fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| window.navigator().languages().iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default()
}

/// Today in UTC, from the device's clock.
fn today() -> Date {
    Date::from_days((js_sys::Date::now() / 86_400_000.0).floor() as i32)
}

/// The answers kept after `#` in the page address: never sent to any server, restored by
/// a bookmark or a shared link.
/// With "remember on this device", the answers are also kept in local storage, for a
/// person who comes back without the link; never without that explicit choice.
fn saved_answers() -> String {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    match hash.strip_prefix('#').unwrap_or(&hash) {
        "" if stored(REMEMBER).is_some() => stored(ANSWERS).unwrap_or_default(),
        saved => saved.to_string(),
    }
}

const REMEMBER: &str = "huquq-remember";
const ANSWERS: &str = "huquq-answers";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// Keeps `answers` on this device, or forgets them (and the choice) when `None`.
fn remember_on_device(answers: Option<&str>) {
    let Some(storage) = storage() else { return };
    let _ = match answers {
        Some(answers) => storage.set_item(REMEMBER, "yes").and_then(|()| storage.set_item(ANSWERS, answers)),
        None => storage.remove_item(REMEMBER).and_then(|()| storage.remove_item(ANSWERS)),
    };
}

fn save_answers(encoded: &str) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let hash = if encoded.is_empty() { String::new() } else { format!("#{encoded}") };
    let address = format!("{}{}{hash}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

/// Forgets the answers kept outside memory: in the address and in any storage.
fn forget_answers() {
    let Some(window) = web_sys::window() else { return };
    save_answers("");
    for storage in [window.local_storage(), window.session_storage()].into_iter().flatten().flatten() {
        let _ = storage.clear();
    }
}

/// Leaves at once, for someone who must hide what they were reading: forgets the answers
/// (memory, address, storage) and replaces the page, so "back" does not return to it.
fn quick_exit() {
    forget_answers();
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace("about:blank");
    }
}

/// Sets `lang`, `dir` and the title of the whole document, so screen readers pronounce the
/// texts in the right language and Arabic reads right to left everywhere.
fn show_language(language: Language) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", language.code());
        let _ = root.set_attribute("dir", language.direction());
    }
    document.set_title(&language.text("app-title"));
}
