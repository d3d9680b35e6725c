//! The counsellor's page (`?mode=counsellor`): every question on one form, in the rules'
//! order, beside results that follow each answer (on a phone, below them: `phone`); each
//! question, answer and right also in the person's language; a case summary to copy or print;
//! a day to read the rules on.
//! It keeps nothing of a person after "New interview".

mod phone;

use super::language::use_language;
use super::question::{InputProps, answer_input};
use super::results::{groups, in_person_language, use_details};
use super::today;
use crate::counsellor::{can_change, case_summary};
use crate::i18n::Language;
use crate::i18n::t;
use crate::privacy;
use crate::rules::rules;
use crate::state::{Action, Interview};
use huquq_engine::model::QuestionId;
use huquq_engine::{Date, Status, keys};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CounsellorProps {
    pub interview: UseReducerHandle<Interview>,
    /// Back to the guide, in the same page.
    pub on_leave: Callback<MouseEvent>,
}

#[function_component]
pub fn Counsellor(props: &CounsellorProps) -> Html {
    let language = use_language();
    let interview = &props.interview;
    // Chosen for each person; `None` follows the interface.
    let person = use_state(|| None::<Language>);
    // Bumped by "New interview" so every field is built anew, typed text included.
    let generation = use_state(|| 0u32);
    let summary_area = use_node_ref();
    let place = phone::use_place();
    let details = use_details(true);
    // Drawn again when the results' texts arrive (the props do not change then).
    super::language::use_texts_arriving();
    let copied = use_state(|| None::<bool>);
    let shown_person = person.filter(|&p| p != language);
    // The case summary in the person's language, for them to keep, instead of the interface's.
    let summary_for_person = use_state(|| false);
    let summary_language = shown_person.filter(|_| *summary_for_person).unwrap_or(language);
    // The summary leaves out sensitive answers and what they decide unless ticked.
    let summary_sensitive = use_state(|| false);
    let toggle = |state: &UseStateHandle<bool>| {
        let state = state.clone();
        Callback::from(move |_| state.set(!*state))
    };

    let choose_person = {
        let person = person.clone();
        Callback::from(move |event: Event| {
            let code = event.target_unchecked_into::<HtmlSelectElement>().value();
            let Some(chosen) = Language::from_code(&code) else { return };
            let person = person.clone();
            // Shown once both of its files are here: questions, rights and the summary.
            wasm_bindgen_futures::spawn_local(async move {
                if crate::i18n::load(chosen, 1).await && crate::i18n::load(chosen, 2).await {
                    person.set(Some(chosen));
                }
            });
        })
    };
    // A day that does not exist (2026-02-30) is refused beside the field, never read as today.
    let bad_day = use_state(|| false);
    let as_of = {
        let (interview, bad_day) = (interview.clone(), bad_day.clone());
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let text = input.value();
            // The browser empties a date field holding a day that does not exist, and says so.
            let day = match text.trim() {
                _ if input.validity().bad_input() => None,
                "" => Some(today()),
                text => Date::parse(text),
            };
            bad_day.set(day.is_none());
            if let Some(day) = day {
                interview.dispatch(Action::AsOf(day));
            }
        })
    };
    // Every choice made for the person before goes too: nothing of theirs is kept,
    // and the next person decides for themselves what to keep.
    let new_interview = {
        let (interview, person, generation, copied) =
            (interview.clone(), person.clone(), generation.clone(), copied.clone());
        let (summary_for_person, summary_sensitive) = (summary_for_person.clone(), summary_sensitive.clone());
        Callback::from(move |_| {
            interview.dispatch(Action::Restart);
            interview.dispatch(Action::AsOf(today()));
            person.set(None);
            copied.set(None);
            summary_for_person.set(false);
            summary_sensitive.set(false);
            generation.set(*generation + 1);
            privacy::forget_all();
        })
    };
    let person_options = Language::all().map(|l| {
        html! {
            <option value={l.code()} lang={l.code()} selected={l == person.unwrap_or(language)}>{ l.name() }</option>
        }
    });
    let questions = rules().question_ids().map(|q| form_question(language, interview, q, shown_person));
    let count = |status: Status| interview.evaluation.outcomes.iter().filter(|o| o.status == status).count();
    let counts = language.text_with(
        t::COUNSELLOR_COUNTS,
        &[
            ("eligible", count(Status::Eligible).into()),
            ("undetermined", count(Status::Undetermined).into()),
            ("not", count(Status::NotEligible).into()),
        ],
    );
    // The case as a scenario file for the rule authors, made on the device, with the sensitive
    // answers only when ticked, as in the summary.
    let case = crate::case::case_file(&interview.answers, interview.today, *summary_sensitive, "", None);
    // The page's texts come with the results' (`build.rs`).
    if !language.has(2) {
        return html! { <p class="loading" role="status">{ language.text(t::LOADING_RESULTS) }</p> };
    }
    html! {
        <section class="counsellor" aria-labelledby="counsellor-title">
            <h1 id="counsellor-title">{ language.text(t::COUNSELLOR_TITLE) }</h1>
            <p>{ language.text(t::COUNSELLOR_INTRO) }</p>
            <div class="settings">
                <label>
                    { language.text(t::COUNSELLOR_PERSON_LANGUAGE) }
                    <select id="person-language" onchange={choose_person}>{ for person_options }</select>
                </label>
                <label>
                    { language.text(t::COUNSELLOR_AS_OF) }
                    <input type="date" id="as-of" value={interview.today.to_string()} onchange={as_of}
                        aria-invalid={bad_day.to_string()} aria-describedby={bad_day.then_some("as-of-error")} />
                    if *bad_day {
                        <span id="as-of-error" class="error" role="alert">{ language.text(t::COUNSELLOR_BAD_DAY) }</span>
                    }
                </label>
                <button type="button" class="new-interview" onclick={new_interview}>{ language.text(t::COUNSELLOR_NEW) }</button>
                <button type="button" class="link" data-action="leave-counsellor" onclick={props.on_leave.clone()}>{ language.text(t::COUNSELLOR_LEAVE) }</button>
            </div>
            <div class="columns" key={*generation}>
                <section class="case-form" aria-labelledby="case-form-title" onfocusin={place.track()} onclick={place.track()}>
                    <h2 id="case-form-title">{ language.text(t::COUNSELLOR_QUESTIONS) }</h2>
                    { phone::to_results(language, counts.clone(), &place) }
                    { for questions }
                </section>
                <section class="case-results" aria-labelledby="case-results-title">
                    <h2 id="case-results-title">{ language.text(t::COUNSELLOR_RESULTS) }</h2>
                    { phone::back_to_question(language, &place) }
                    if language.has(2) {
                        <p class="as-of">{ language.text_with(t::RESULTS_AS_OF, &[("date", language.date(interview.today).into())]) }</p>
                        <p class="counts" role="status">{ counts }</p>
                        { groups(language, &interview.evaluation, &interview.answers, interview.today, &Callback::from(focus_question), shown_person, details) }
                    } else {
                        <p class="loading" role="status">{ language.text(t::LOADING_RESULTS) }</p>
                    }
                </section>
            </div>
            if shown_person.is_some() {
                <label class="summary-language">
                    <input type="checkbox" autocomplete="off" checked={*summary_for_person} onchange={toggle(&summary_for_person)} />
                    { language.text(t::COUNSELLOR_SUMMARY_PERSON) }
                </label>
            }
            <label class="summary-sensitive">
                <input type="checkbox" autocomplete="off" checked={*summary_sensitive} onchange={toggle(&summary_sensitive)} />
                { language.text(t::COUNSELLOR_SUMMARY_SENSITIVE) }
            </label>
            <super::to_phone::ToPhone key={*generation} answers={interview.answers.clone()} sensitive={*summary_sensitive} person={person.unwrap_or(language)} />
            <p class="export-case">
                <a class="button" data-action="export-case" href={crate::case::download_address(&case)}
                    download={crate::case::file_name(interview.today)}>{ language.text(t::COUNSELLOR_EXPORT_CASE) }</a>
            </p>
            if language.has(2) && summary_language.has(2) {
                { summary(language, summary_language, case_summary(rules(), summary_language, interview, *summary_sensitive), summary_area, copied) }
            }
            if language.has(2) {
                <RightPages {language} />
            }
        </section>
    }
}

/// One question of the form, answerable in place; greyed out (disabled) while no answer to
/// it can change any result, so the counsellor sees what is left to ask.
fn form_question(
    language: Language,
    interview: &UseReducerHandle<Interview>,
    id: QuestionId,
    person: Option<Language>,
) -> Html {
    let question = rules().question(id);
    let live = can_change(rules(), interview, id);
    let key = keys::question(question);
    let text_id = format!("q-{}-text", question.id);
    let on_answer = {
        let interview = interview.clone();
        Callback::from(move |answer| interview.dispatch(Action::Set(id, answer)))
    };
    let input = InputProps {
        question: id,
        current: interview.answers.get(id).cloned(),
        on_answer,
        labelled_by: text_id.clone().into(),
        confirm: t::COUNSELLOR_APPLY,
        person,
    };
    html! {
        <fieldset class="form-question" id={format!("q-{}", question.id)} tabindex="-1" data-question={question.id.clone()}
            data-can-change={live.to_string()} disabled={!live}>
            <legend id={text_id}>{ language.text_of(&key) }{ in_person_language(person, &key) }</legend>
            if !live {
                <p class="cannot-change">{ language.text(t::COUNSELLOR_CANNOT_CHANGE) }</p>
            }
            <div class="answers">{ answer_input(language, &input) }</div>
        </fieldset>
    }
}

/// "Answer" under a right that is still open: go to that question in the form.
fn focus_question(question: QuestionId) {
    super::focus::focus_on(&format!("q-{}", rules().question(question).id));
}

/// The case as plain text: read-only, copied with one button (or selected for the keyboard
/// where the clipboard is refused), and printed alone. `copied` says how the last copy went.
fn summary(
    language: Language,
    written_in: Language,
    text: String,
    area: NodeRef,
    copied: UseStateHandle<Option<bool>>,
) -> Html {
    let status = match *copied {
        Some(true) => language.text(t::COUNSELLOR_COPIED),
        Some(false) => language.text(t::COUNSELLOR_COPY_FAILED),
        None => String::new(),
    };
    let copy = {
        let (area, text) = (area.clone(), text.clone());
        Callback::from(move |_| {
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                area.select();
            }
            let copied = copied.clone();
            privacy::copy(&text, move |done| copied.set(Some(done)));
        })
    };
    let print = Callback::from(|_| {
        let _ = web_sys::window().map(|window| window.print());
    });
    html! {
        <section class="case-summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{ language.text(t::COUNSELLOR_SUMMARY) }</h2>
            <textarea ref={area} readonly=true rows="12" aria-labelledby="summary-title" value={text.clone()}
                lang={written_in.code()} dir={written_in.direction()} />
            <pre class="print-summary" aria-hidden="true" lang={written_in.code()} dir={written_in.direction()}>{ text }</pre>
            <div class="actions">
                <button type="button" class="copy" onclick={copy}>{ language.text(t::COUNSELLOR_COPY) }</button>
                <button type="button" class="print" onclick={print}>{ language.text(t::COUNSELLOR_PRINT) }</button>
            </div>
            <p class="copy-status" role="status">{ status }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct RightPagesProps {
    language: Language,
}

/// Every right with a button that copies the address of its own page (`rights/<lang>/<id>.html`
/// beside the guide, written by `cargo xtask build`): a link a counsellor can send, which
/// holds no answer. The guide's own screens never lead there.
#[function_component]
fn RightPages(props: &RightPagesProps) -> Html {
    let language = props.language;
    let copied = use_state(|| None::<String>);
    let rights = rules().rights.iter().map(|right| {
        let copy = {
            let (copied, id) = (copied.clone(), right.id.clone());
            Callback::from(move |_| {
                let copied = copied.clone();
                let id2 = id.clone();
                privacy::copy(&page_address(language, &id), move |done| copied.set(done.then_some(id2)));
            })
        };
        let status = (copied.as_deref() == Some(right.id.as_str())).then(|| language.text(t::CARD_PAGE_COPIED));
        html! {
            <li>
                { language.text_of(&keys::right(right)) }{ " " }
                <button type="button" class="link" data-action="copy-page" data-page={right.id.clone()} onclick={copy}>
                    { language.text(t::CARD_PAGE_COPY) }
                </button>
                { " " }<span role="status">{ status }</span>
            </li>
        }
    });
    html! {
        <details class="right-pages">
            <summary>{ language.text(t::CARD_PAGE_ALL) }</summary>
            <ul>{ for rights }</ul>
        </details>
    }
}

/// `<origin>/<folder of this page>/rights/<lang>/<id>.html`: no answer, no setting.
fn page_address(language: Language, right: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let origin = location.as_ref().and_then(|l| l.origin().ok()).unwrap_or_default();
    let path = location.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |end| end + 1)];
    format!("{origin}{folder}rights/{}/{right}.html", language.code())
}
