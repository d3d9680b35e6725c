//! The components. They read the interview state and the language, and render; every
//! decision comes from `state` and the engine. Here: the app, the reducer it holds, and the
//! switch between screens; each concern the app draws on has its own module.

// The second module only (see `handover`): what comes after the questions.
#[cfg(feature = "full")]
mod admin;
#[cfg(feature = "full")]
mod changes;
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
#[cfg(feature = "full")]
mod to_phone;

mod bar;
mod focus;
#[cfg(not(feature = "full"))]
mod handing_over;
pub(crate) mod history;
mod keep;
pub mod language;
mod listen;
pub(crate) mod question;
mod quick_exit;
mod site_file;
mod update;
pub(crate) mod welcome;

use crate::i18n::Language;
use crate::i18n::t;
use crate::privacy;
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
    let interview = use_reducer(|| {
        CARRIED.take().unwrap_or_else(|| {
            let interview = Interview {
                remember: privacy::remembered(),
                ..Interview::restore(rules(), today(), privacy::answers_at_start())
            };
            if welcome::tapped_before_mount() { interview.apply(rules(), Action::Start) } else { interview }
        })
    });
    // The counsellor's page or the guide: switched inside the page, never by loading another,
    // so no page with answers is left behind in the browser's back-forward cache.
    let counsellor = use_state(|| config.counsellor || CARRIED_COUNSELLOR.get());
    let shown = language::use_shown_language();
    let language = shown.language;
    // The rights' texts and the details are due once the person leaves the welcome.
    let leaves_welcome = *counsellor || config.admin || interview.screen != Screen::Welcome;
    let texts_missing = language::use_rights_texts(language, leaves_welcome);
    let site = site_file::use_site_file();
    let switch_mode = |to: bool| {
        let (counsellor, interview) = (counsellor.clone(), interview.clone());
        Callback::from(move |_: MouseEvent| {
            interview.dispatch(Action::Show(Screen::Welcome));
            counsellor.set(to);
        })
    };
    let counsellor = *counsellor;
    keep::use_kept_on_device(&interview, language);
    let contact = site_file::contact(site.as_deref());
    // Texts address the person as their answers allow (before anything is drawn below).
    crate::i18n::set_person(interview.answers.choices_given(rules()));
    let on_back = history::use_back_button(&interview);
    #[cfg(feature = "full")]
    let details = results::use_details(leaves_welcome);
    #[cfg(not(feature = "full"))]
    let handing_over = handing_over::use_hand_over(&interview, language, counsellor);
    focus::use_focus_on_screen(interview.screen.clone(), language.has(2));
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
            let _ = texts_missing;
            handing_over.view(language, on_back.clone())
        }
        #[cfg(not(feature = "full"))]
        _ if counsellor || config.admin => handing_over.view(language, on_back.clone()),
        Screen::Welcome => {
            welcome::welcome(language, act(Action::Start), act(Action::Show(Screen::Resume)), offer_counsellor)
        }
        Screen::Question(question) => question::question_screen(
            language,
            &question::QuestionProps {
                question,
                current: interview.answers.get(question).cloned(),
                answered: interview.history.len(),
                remaining: interview.evaluation.remaining,
                on_answer,
                on_back: on_back.clone(),
                on_review: act(Action::Review),
                on_results_now: act(Action::ResultsNow),
            },
        ),
        #[cfg(feature = "full")]
        Screen::Review => review::review(
            language,
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
            language,
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
    let settled: Vec<String> = match interview.screen {
        Screen::Question(_) if !counsellor => {
            interview.settled().map(|o| language.text_of(&huquq_engine::keys::right(rules().right(o.right)))).collect()
        }
        _ => Vec::new(),
    };
    // Results seen before the last question: say so, and offer to go on.
    let so_far = cfg!(feature = "full")
        && !counsellor
        && interview.screen == Screen::Results
        && interview.evaluation.next.is_some();
    html! {
        <ContextProvider<Language> context={language}>
            <quick_exit::QuickExit />
            <header class="bar">
                <span class="brand">{ language.text(t::APP_TITLE) }</span>
                { bar::language_switch(language, &shown.choose) }
            </header>
            <main id="main" class={counsellor.then_some("wide")}>
                <update::UpdateNotice />
                if shown.offline {
                    <p class="notice" role="status">{ language.text(t::LANGUAGE_OFFLINE) }</p>
                }
                if interview.damaged {
                    <p class="notice" role="status">{ language.text(t::NOTICE_DAMAGED) }</p>
                }
                if cfg!(feature = "full") && config.admin {
                    { site_file::admin_view(language, site.as_deref(), contact.as_ref().map(|(_, framed)| *framed)) }
                }
                if let (Some((ngo, framed)), Screen::Welcome | Screen::Results) = (&contact, &interview.screen) {
                    { welcome::ngo_contact(language, ngo, *framed) }
                }
                if so_far {
                    <div class="notice so-far" role="status">
                        <p>{ language.text(t::RESULTS_SO_FAR) }</p>
                        <button type="button" data-action="continue-questions" onclick={act(Action::Start)}>
                            { language.text(t::RESULTS_SO_FAR_CONTINUE) }
                        </button>
                    </div>
                }
                { screen }
                { settled_aside(language, &settled) }
            </main>
            // Every part of the page in a landmark (axe's `region`): the settings close it.
            <footer>
                { keep::remember(language, &interview) }
                { bar::theme_switch(language) }
            </footer>
        </ContextProvider<Language>>
    }
}

/// "Already certain for you" while the questions go on: the first three, then "and N more",
/// so that it never grows longer than the question it sits under.
fn settled_aside(language: Language, settled: &[String]) -> Html {
    const SHOWN: usize = 3;
    let more = settled.len().saturating_sub(SHOWN);
    html! {
        <aside class="settled" aria-live="polite" hidden={settled.is_empty()}>
            <h2>{ language.text(t::SETTLED_TITLE) }</h2>
            <ul>
                { for settled.iter().take(SHOWN).map(|title| html! { <li>{ title }</li> }) }
            </ul>
            if more > 0 {
                <p class="settled-more">{ language.text_with(t::SETTLED_MORE, &[("count", more.into())]) }</p>
            }
        </aside>
    }
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

/// Today in UTC, from the device's clock.
pub(crate) fn today() -> Date {
    Date::from_days((js_sys::Date::now() / 86_400_000.0).floor() as i32)
}
