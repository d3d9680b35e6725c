//! The components. They read the interview state and the language, and render; every
//! decision comes from `state` and the engine.

// The second module only (see `handover`): what comes after the questions.
#[cfg(feature = "full")]
mod admin;
#[cfg(feature = "full")]
mod counsellor;
#[cfg(feature = "full")]
pub(crate) mod results;

#[cfg(feature = "full")]
mod resume;
#[cfg(feature = "full")]
mod review;
#[cfg(feature = "full")]
mod save_link;

mod bar;
#[cfg(not(feature = "full"))]
mod handing_over;
pub(crate) mod history;
mod keep;
mod listen;
pub(crate) mod question;
mod welcome;

use crate::i18n::Language;
use crate::i18n::t;
use crate::privacy;
use crate::rules::rules;
use crate::site::SiteLoad;
use crate::state::{Action, Interview, Screen};
use gloo_events::EventListener;
use huquq_engine::Date;
use std::rc::Rc;
use wasm_bindgen::JsCast;
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
    let interview = use_reducer(|| {
        CARRIED.take().unwrap_or_else(|| Interview {
            remember: privacy::remembered(),
            ..Interview::restore(rules(), today(), &privacy::answers_at_start())
        })
    });
    // The counsellor's page or the guide: switched inside the page, never by loading another,
    // so no page with answers is left behind in the browser's back-forward cache.
    let counsellor = use_state(|| config.counsellor || CARRIED_COUNSELLOR.get());
    let language = use_state(|| FIRST_LANGUAGE.get().or(config.language).unwrap_or_else(first_language));
    let offline_language = use_state(|| false);
    use_texts_arriving();
    let texts_missing = use_rights_texts(*language, *counsellor || interview_leaves_welcome(&interview));
    let site = use_site_file();
    let update_ready = use_update_ready();
    use_quick_exit_keys();
    let switch_mode = |to: bool| {
        let (counsellor, interview) = (counsellor.clone(), interview.clone());
        Callback::from(move |_: MouseEvent| {
            interview.dispatch(Action::Show(Screen::Welcome));
            counsellor.set(to);
        })
    };
    let counsellor = *counsellor;
    use_effect_with(*language, |language| show_language(*language));
    use_effect_with(
        (interview.answers.clone(), interview.remember, interview.remember_sensitive, *language),
        |(answers, remember, sensitive, language)| {
            let kept = remember.then(|| privacy::kept(answers, *sensitive));
            privacy::remember(kept.as_deref().map(|answers| (answers, language.code())));
        },
    );
    // Shown once the site file has answered, so one contact never replaces another.
    let contact = site.as_ref().and_then(|site| match &site.file.ngo {
        Some(ngo) => Some((ngo.clone(), false)),
        None => config.framed.ngo.clone().filter(|_| privacy::is_framed()).map(|ngo| (ngo, true)),
    });
    // Texts address the person as their answers allow (before anything is drawn below).
    crate::i18n::set_person(interview.answers.choices_given(rules()));
    let on_back = history::use_back_button(&interview);
    let details = use_details(counsellor || interview_leaves_welcome(&interview));
    #[cfg(not(feature = "full"))]
    let handing_over = handing_over::use_hand_over(&interview, *language, counsellor);
    use_focus_on_screen(interview.screen.clone(), language.has(2));
    let act = |action: Action| {
        let interview = interview.clone();
        Callback::from(move |_| interview.dispatch(action.clone()))
    };
    let on_answer = {
        let interview = interview.clone();
        Callback::from(move |answer| interview.dispatch(Action::Answer(answer)))
    };
    // The review and the results are the second module's.
    #[cfg_attr(not(feature = "full"), allow(unused_variables))]
    let on_change = {
        let interview = interview.clone();
        Callback::from(move |q| interview.dispatch(Action::Change(q)))
    };
    // Counsellor mode is offered on the welcome, but inside an NGO's frame only when the
    // framing page asks for it.
    let offer_counsellor = (!privacy::is_framed() || config.counsellor_link).then(|| switch_mode(true));
    let screen = match interview.screen {
        #[cfg(feature = "full")]
        _ if counsellor => {
            html! { <counsellor::Counsellor interview={interview.clone()} on_leave={switch_mode(false)} /> }
        }
        // The first module hands over (`use_hand_over`) and stays until the second takes over.
        #[cfg(not(feature = "full"))]
        Screen::Results | Screen::Review | Screen::Resume => {
            let _ = (details, texts_missing);
            handing_over.view(*language, on_back.clone())
        }
        #[cfg(not(feature = "full"))]
        _ if counsellor || config.admin => handing_over.view(*language, on_back.clone()),
        Screen::Welcome => {
            welcome::welcome(*language, act(Action::Start), act(Action::Show(Screen::Resume)), offer_counsellor)
        }
        Screen::Question(question) => question::question_screen(
            *language,
            &question::QuestionProps {
                question,
                current: interview.answers.get(question).cloned(),
                answered: interview.history.len(),
                remaining: interview.evaluation.remaining,
                on_answer,
                on_back: on_back.clone(),
                on_review: act(Action::Review),
            },
        ),
        #[cfg(feature = "full")]
        Screen::Review => review::review(
            *language,
            &review::ReviewProps {
                answers: interview.answers.clone(),
                on_change: on_change.clone(),
                on_continue: act(Action::Start),
            },
        ),
        #[cfg(feature = "full")]
        Screen::Resume => html! { <resume::Resume interview={interview.clone()} on_back={on_back.clone()} /> },
        #[cfg(feature = "full")]
        Screen::Results => results::results(
            *language,
            &results::ResultsProps {
                evaluation: interview.evaluation.clone(),
                answers: interview.answers.clone(),
                today: interview.today,
                on_back: on_back.clone(),
                on_change: on_change.clone(),
                on_review: act(Action::Review),
                on_restart: act(Action::Restart),
                report_to: site.as_ref().and_then(|s| s.file.report_to.clone()),
                texts_missing,
            },
            details,
        ),
    };
    let settled: Vec<Html> = match interview.screen {
        Screen::Question(_) if !counsellor => interview
            .settled()
            .map(|o| html! { <li>{ language.text_of(&huquq_engine::keys::right(rules().right(o.right))) }</li> })
            .collect(),
        _ => Vec::new(),
    };
    // A language is shown once its texts are here; one never fetched, offline, says so.
    let choose = {
        let (language, offline_language) = (language.clone(), offline_language.clone());
        Callback::from(move |chosen: Language| {
            let (language, offline_language) = (language.clone(), offline_language.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let here = crate::i18n::load(chosen, 1).await;
                offline_language.set(!here);
                if here {
                    language.set(chosen);
                    // A language used once works offline later: its rights' texts too.
                    crate::i18n::load(chosen, 2).await;
                }
            });
        })
    };
    html! {
        <ContextProvider<Language> context={*language}>
            <div class="exit">
                <button type="button" class="quick-exit" data-action="quick-exit" aria-keyshortcuts="Escape"
                    title={language.text(t::QUICK_EXIT_KEY)} onclick={|_| privacy::quick_exit()}>
                    { language.text(t::QUICK_EXIT) }
                </button>
            </div>
            <header class="bar">
                <span class="brand">{ language.text(t::APP_TITLE) }</span>
                { bar::language_switch(*language, &choose) }
            </header>
            <main id="main" class={counsellor.then_some("wide")}>
                if update_ready {
                    <p class="notice update" role="status">
                        { language.text(t::UPDATE_READY) }{ " " }
                        <button type="button" data-action="reload" onclick={|_| reload()}>{ language.text(t::UPDATE_RELOAD) }</button>
                    </p>
                }
                if *offline_language {
                    <p class="notice" role="status">{ language.text(t::LANGUAGE_OFFLINE) }</p>
                }
                if interview.damaged {
                    <p class="notice" role="status">{ language.text(t::NOTICE_DAMAGED) }</p>
                }
                if cfg!(feature = "full") && config.admin {
                    { admin_view(*language, site.as_deref(), contact.as_ref().map(|(_, framed)| *framed)) }
                }
                if let (Some((ngo, framed)), Screen::Welcome | Screen::Results) = (&contact, &interview.screen) {
                    { welcome::ngo_contact(*language, ngo, *framed) }
                }
                { screen }
                <aside class="settled" aria-live="polite" hidden={settled.is_empty()}>
                    <h2>{ language.text(t::SETTLED_TITLE) }</h2>
                    <ul>{ for settled }</ul>
                </aside>
            </main>
            { keep::remember(*language, &interview) }
            { bar::theme_switch(*language) }
        </ContextProvider<Language>>
    }
}

thread_local! {
    /// The language whose texts were loaded before the guide was first drawn.
    static FIRST_LANGUAGE: std::cell::Cell<Option<Language>> = const { std::cell::Cell::new(None) };
}

/// The language to draw the guide in first (its texts are loaded).
pub fn set_first_language(language: Language) {
    FIRST_LANGUAGE.set(Some(language));
}

/// The language the guide was first drawn in (the browser's before that).
fn first_language() -> Language {
    FIRST_LANGUAGE.get().unwrap_or_else(|| Language::preferred(browser_languages().iter().map(String::as_str)))
}

thread_local! {
    /// What the first module handed over, for the guide to go on with: the interview (taken
    /// once) and whether the counsellor's page was open (the display: `bar::set_theme`).
    static CARRIED: std::cell::RefCell<Option<Interview>> = const { std::cell::RefCell::new(None) };
    static CARRIED_COUNSELLOR: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Goes on where the first module stopped instead of starting afresh.
pub fn carry(carried: crate::handover::Carried) {
    CARRIED.set(Some(carried.interview));
    bar::set_theme(carried.theme);
    CARRIED_COUNSELLOR.set(carried.counsellor);
}

/// Draws the guide again whenever a language file arrives (the rights' texts, after the
/// first screen).
#[hook]
fn use_texts_arriving() {
    let update = use_force_update();
    use_effect_with((), move |()| crate::i18n::when_loaded(move || update.force_update()));
}

/// The rights' texts of `language` (and, in the first module, the second module and the
/// rules' details): fetched once the person leaves the welcome (or opens the counsellor's
/// page, or comes back to saved answers), or a few seconds after the first screen, so that
/// they are on the device for later, offline.
/// Whether they could not be had (offline, never fetched).
#[hook]
fn use_rights_texts(language: Language, needed_now: bool) -> bool {
    let missing = use_state(|| false);
    let flag = missing.clone();
    use_effect_with((language, needed_now), move |&(language, needed_now)| {
        let fetch = move |flag: UseStateHandle<bool>| {
            if !cfg!(feature = "full") {
                crate::files::prefetch_after_first_screen();
            }
            wasm_bindgen_futures::spawn_local(async move { flag.set(!crate::i18n::load(language, 2).await) });
        };
        let later = (!needed_now).then(|| {
            let flag = flag.clone();
            gloo_timers::callback::Timeout::new(3_000, move || fetch(flag))
        });
        if needed_now {
            fetch(flag);
        }
        // Leaving the welcome before the timer fetches at once; the timer is then dropped.
        move || drop(later)
    });
    *missing
}

fn interview_leaves_welcome(interview: &Interview) -> bool {
    crate::config::current().admin || interview.screen != Screen::Welcome
}

/// A phone number that dials when tapped, kept left to right inside Arabic text.
fn phone_link(phone: &str) -> Html {
    html! { <a href={format!("tel:{}", phone.replace([' ', '(', ')', '.', '-'], ""))} dir="ltr">{ phone }</a> }
}

/// The site owner's file, once fetched: its settings and mistakes. `None` while loading.
#[hook]
fn use_site_file() -> Option<Rc<SiteLoad>> {
    let site = use_state(|| None::<Rc<SiteLoad>>);
    {
        let site = site.clone();
        use_effect_with((), move |()| {
            wasm_bindgen_futures::spawn_local(async move {
                let load = SiteLoad::fetch().await;
                if let Some(exit) = &load.file.exit_to {
                    privacy::set_exit(exit);
                }
                let accent =
                    load.file.accent.clone().or_else(|| {
                        privacy::is_framed().then(|| crate::config::current().framed.accent.clone()).flatten()
                    });
                if let Some(accent) = accent {
                    set_accent(&accent);
                }
                let load = Rc::new(load);
                #[cfg(feature = "full")]
                wasm_bindgen_futures::spawn_local(admin::report_to_console(first_language(), load.clone()));
                site.set(Some(load));
            });
        });
    }
    (*site).clone()
}

/// The site owner's notes (`?admin=1`), in the second module only; the first hands over.
fn admin_view(language: Language, site: Option<&SiteLoad>, contact_from_frame: Option<bool>) -> Html {
    #[cfg(feature = "full")]
    return admin::admin(language, site, contact_from_frame);
    #[cfg(not(feature = "full"))]
    {
        let _ = (language, site, contact_from_frame);
        Html::default()
    }
}

#[cfg(feature = "full")]
use results::use_details;

/// The first module shows no results: it needs no details.
#[cfg(not(feature = "full"))]
#[hook]
fn use_details(_needed: bool) -> Option<bool> {
    None
}

/// The NGO's colour, through the style object, which the page's policy allows, never as markup.
fn set_accent(accent: &str) {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    if let Some(root) = root.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = root.style().set_property("--accent", accent);
    }
}

/// Quick exit from the keyboard: Escape three times within two seconds. (The start script
/// leaves again if the browser brings the page back after a quick exit.)
#[hook]
fn use_quick_exit_keys() {
    use_effect_with((), |()| {
        let presses = Rc::new(std::cell::RefCell::new(Vec::<f64>::new()));
        let window = web_sys::window();
        let keys = window.as_ref().map(|window| {
            EventListener::new(window, "keydown", move |event| {
                let key = js_sys::Reflect::get(event, &"key".into()).ok().and_then(|k| k.as_string());
                if key.as_deref() != Some("Escape") {
                    return;
                }
                let now = js_sys::Date::now();
                let mut presses = presses.borrow_mut();
                presses.retain(|&at| now - at < 2000.0);
                presses.push(now);
                if presses.len() >= 3 {
                    privacy::quick_exit();
                }
            })
        });
        move || drop(keys)
    });
}

/// Whether a newer version of the guide took over while this one was open: the service
/// worker installed it; a reload shows it.
#[hook]
fn use_update_ready() -> bool {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |()| {
            let workers = web_sys::window().map(|w| w.navigator().service_worker());
            // On the first visit the first worker takes over too: that is no update.
            let controlled = std::cell::Cell::new(workers.as_ref().is_some_and(|w| w.controller().is_some()));
            let listener = workers.map(|workers| {
                EventListener::new(&workers, "controllerchange", move |_| {
                    if controlled.replace(true) {
                        ready.set(true);
                    }
                })
            });
            move || drop(listener)
        });
    }
    *ready
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// The language chosen in the switch, for any component below `App`.
#[hook]
fn use_language() -> Language {
    use_context::<Language>().unwrap_or_else(|| Language::preferred([]))
}

/// Moves keyboard and screen reader focus to the heading of each new screen (a question, the
/// review, the results), so that it is read first; the welcome keeps the page's own start.
#[hook]
fn use_focus_on_screen(screen: Screen, texts: bool) {
    // The results' heading comes once their texts are here: focused then.
    let results_drawn = screen == Screen::Results && texts;
    use_effect_with((screen, results_drawn), |(screen, _)| {
        if *screen == Screen::Welcome {
            return;
        }
        let document = web_sys::window().and_then(|w| w.document());
        let heading = document.and_then(|d| d.query_selector("main h1[tabindex]").ok().flatten());
        if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = heading.focus();
        }
    });
}

/// Scrolls to the element with this id and moves the keyboard and screen reader focus there.
#[cfg(feature = "full")]
pub(crate) fn focus_on(id: &str) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if element.tab_index() < 0 && !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        element.scroll_into_view();
        let _ = element.focus();
    }
}

pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| window.navigator().languages().iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default()
}

/// Today in UTC, from the device's clock.
fn today() -> Date {
    Date::from_days((js_sys::Date::now() / 86_400_000.0).floor() as i32)
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
    document.set_title(&language.text(t::APP_TITLE));
}
