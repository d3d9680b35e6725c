//! The results page as a summary read in two minutes: what to do today when the answers show
//! urgency, where to start (at most four actions, each with where to go, a number to call and
//! what to bring), the things to keep, then every right in one line; a line opens the right's
//! own screen, where its card is drawn (the address never changes). It only renders what the
//! engine returns (`policy` decides what comes first, which steps and papers are shown).

mod card;
mod counter;
mod lines;
mod take_away;
mod what_if;

pub use card::in_person_language;

use crate::i18n::{Language, Text, t};
use crate::rules::rules;
use crate::ui::language::use_language;
use crate::ui::listen::Listen;
use card::{Card, right_card};
use huquq_engine::model::{Domain, OfficeId, QuestionId, RightId};
use huquq_engine::places::{self, Placement};
use huquq_engine::{Answers, Date, Evaluation, Outcome, Status, keys, policy};
use lines::{OnOpen, open_button};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct ResultsProps {
    pub evaluation: Evaluation,
    pub answers: Answers,
    pub today: Date,
    pub on_back: Callback<MouseEvent>,
    pub on_change: Callback<QuestionId>,
    pub on_review: Callback<MouseEvent>,
    pub on_restart: Callback<MouseEvent>,
    /// Where "this looks wrong" writes to (the site file's `report_to`).
    pub report_to: Option<String>,
    /// Whether the results' texts could not be had (offline, never fetched).
    pub texts_missing: bool,
}

/// How many actions "Start here" offers; after "today", which comes first, fewer.
const START_HERE: usize = 4;
const START_AFTER_TODAY: usize = 1;

/// `details`: whether the offices' contacts and the sources are here (`None` while they load).
pub fn results(language: Language, props: &ResultsProps, details: Option<bool>) -> Html {
    if props.texts_missing && !language.has(2) {
        return html! {
            <section class="results" aria-labelledby="results-title">
                <h1 id="results-title" tabindex="-1">{ language.text(t::OFFLINE_RESULTS) }</h1>
                { actions(language, props) }
            </section>
        };
    }
    if !language.has(2) {
        return html! { <p class="loading" role="status">{ language.text(t::LOADING_RESULTS) }</p> };
    }
    html! { <Page results={props.clone()} {details} texts={language.has(2)} /> }
}

/// Made-up answers that draw every part of the results (today, start here, keep, the lines),
/// for [`rehearse`] only: nobody's.
const REHEARSAL: &str =
    "papers=no_papers&has_children=yes&children_ages=under_1&age=16&alone_minor=yes&homeless=yes&region=oriental";

#[derive(Properties, PartialEq)]
struct RehearsalProps {
    language: Language,
    results: ResultsProps,
}

#[function_component]
fn Rehearsal(props: &RehearsalProps) -> Html {
    html! {
        <ContextProvider<Language> context={props.language}>
            { results(props.language, &props.results, crate::rules::details().map(|_| true)) }
        </ContextProvider<Language>>
    }
}

/// Draws the results once, for made-up answers ([`REHEARSAL`]), into an element that is not on
/// the page, and takes them down four frames later. The browser compiles each WebAssembly
/// function the first time it runs: the second module, started ahead while the person answers
/// (`handover::wait_if_ahead`), runs the results' code here, so that drawing the person's
/// results at the last tap runs code already compiled. Nothing of it is seen or read aloud,
/// and the person's answers are not in this module yet.
pub fn rehearse(language: Language) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.create_element("div").ok()) else {
        return;
    };
    let today = crate::ui::today();
    let read = Answers::decode(rules(), REHEARSAL);
    let interview = crate::state::Interview::restore(rules(), today, read);
    let results = ResultsProps {
        evaluation: interview.evaluation,
        answers: interview.answers,
        today,
        on_back: Callback::noop(),
        on_change: Callback::noop(),
        on_review: Callback::noop(),
        on_restart: Callback::noop(),
        report_to: None,
        texts_missing: false,
    };
    let app = yew::Renderer::<Rehearsal>::with_root_and_props(root, RehearsalProps { language, results }).render();
    // After the lines, drawn once the first screen is painted (`Page`).
    after_paint(move || after_paint(move || app.destroy()));
}

#[derive(Properties, PartialEq)]
struct PageProps {
    results: ResultsProps,
    details: Option<bool>,
    /// Whether the results' texts are here: the page is drawn again when they arrive.
    texts: bool,
}

/// The summary, or one right's screen in its place: a step of the browser's history of its
/// own (`history::open_right`), so that the phone's Back, like the screen's, comes back to
/// the summary where it was left.
#[function_component]
fn Page(props: &PageProps) -> Html {
    let language = use_language();
    let open = crate::ui::history::use_opened_right();
    // The first screen (today, start here, keep) is painted before the lines below it are
    // drawn (`drawing`): the person waits for what they see first only.
    let drawing = use_state(|| true);
    {
        let drawing = drawing.clone();
        use_effect_with((), move |()| after_paint(move || drawing.set(false)));
    }
    // Where the summary was when a right's screen opened, and which button opened it; kept,
    // for Forward then Back to come back to it again.
    let left_at = use_mut_ref(|| None::<(RightId, &'static str, f64)>);
    {
        let left_at = left_at.clone();
        use_effect_with(*open, move |open| match open {
            Some(right) => {
                scroll_to(0.0);
                focus(&format!("#{}", card::title_id(&rules()[*right].id)));
            }
            None => {
                if let Some((right, from, y)) = *left_at.borrow() {
                    focus(&format!("button[data-open=\"{}\"][data-from=\"{from}\"]", rules()[right].id));
                    scroll_to(y);
                }
            }
        });
    }
    let on_open: OnOpen = {
        let (open, left_at) = (open.clone(), left_at.clone());
        Callback::from(move |(right, from)| {
            let y = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
            *left_at.borrow_mut() = Some((right, from, y));
            crate::ui::history::open_right(right);
            open.set(Some(right));
        })
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| {
            let open = open.clone();
            crate::ui::history::close_right(move || open.set(None));
        })
    };
    match *open {
        Some(right) => right_screen(language, props, right, close),
        None => summary(language, props, &on_open, *drawing),
    }
}

/// Calls `then` once the next frame is painted: at the start of the frame after it.
fn after_paint(then: impl FnOnce() + 'static) {
    let frame = |then: Box<dyn FnOnce()>| {
        let then = wasm_bindgen::closure::Closure::once_into_js(then);
        web_sys::window().map(|w| w.request_animation_frame(then.unchecked_ref()))
    };
    frame(Box::new(move || _ = frame(Box::new(then))));
}

fn summary(language: Language, props: &PageProps, on_open: &OnOpen, drawing: bool) -> Html {
    let p = &props.results;
    let evaluation = &p.evaluation;
    let as_of = language.text_with(t::RESULTS_AS_OF, &[("date", language.date(p.today).into())]);
    let (urgent, first) = policy::urgent_and_start_here(rules(), &evaluation.outcomes, &p.answers, p.today);
    html! {
        <section class="results" aria-labelledby="results-title" data-details={details_state(props.details)}
            data-saved-with={p.answers.saved_with().map(|v| v.to_string())}>
            <h1 id="results-title" tabindex="-1">{ language.text(t::RESULTS_TITLE) }</h1>
            <p class="as-of">{ as_of }{ " · " }{ language.text_with(t::REPORT_VERSION, &[("date", language.date(rules().reviewed).into())]) }</p>
            // What changed since an older saved link or code comes first.
            { crate::ui::changes::changes_since(language, p.answers.saved_with(), &evaluation.outcomes) }
            { today(language, p, &urgent, on_open) }
            { start_here(language, p, &first, !urgent.is_empty(), on_open) }
            <take_away::TakeAway answers={p.answers.clone()} today={p.today} evaluation={evaluation.clone()} texts={props.texts} />
            if !drawing {
                { lines::lines(language, evaluation, &p.answers, on_open) }
                <what_if::WhatIf answers={p.answers.clone()} today={p.today} evaluation={evaluation.clone()} texts={props.texts} />
                { actions(language, p) }
            }
        </section>
    }
}

/// One right's screen: its card, whole, with Back to the summary.
fn right_screen(language: Language, props: &PageProps, right: RightId, close: Callback<MouseEvent>) -> Html {
    let p = &props.results;
    let outcome = &p.evaluation.outcomes[right.index()];
    let domain = rules()[right].domain;
    let card = Card {
        outcome,
        answers: &p.answers,
        today: p.today,
        on_change: &p.on_change,
        person: None,
        details: props.details,
        report_to: p.report_to.as_deref(),
        level: 1,
    };
    let back = html! {
        <p class="right-back"><button type="button" class="back" data-action="results-back" onclick={close}>{ language.text(t::BACK) }</button></p>
    };
    html! {
        <div class="results right-screen">
            { back.clone() }
            <p class="domain-name" data-domain={domain.name()}>{ language.text_of(&keys::domain(domain)) }</p>
            { right_card(language, &card) }
            { back }
        </div>
    }
}

/// Whether the offices' numbers and the sources are here, for the tests to wait on.
fn details_state(details: Option<bool>) -> &'static str {
    match details {
        None => "loading",
        Some(true) => "loaded",
        Some(false) => "missing",
    }
}

fn scroll_to(y: f64) {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, y);
    }
}

/// Moves the keyboard and screen reader focus to the element `selector` finds.
fn focus(selector: &str) {
    let document = web_sys::window().and_then(|w| w.document());
    let element = document.and_then(|d| d.query_selector(selector).ok().flatten());
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Back, review the answers, start again.
fn actions(language: Language, props: &ResultsProps) -> Html {
    html! {
        <div class="actions">
            <button type="button" class="back" onclick={props.on_back.clone()}>{ language.text(t::BACK) }</button>
            <button type="button" class="review" onclick={props.on_review.clone()}>{ language.text(t::REVIEW) }</button>
            <button type="button" class="restart" onclick={props.on_restart.clone()}>{ language.text(t::RESTART) }</button>
        </div>
    }
}

/// An office in a few words, to act on at once: its name, its city when in another region,
/// its numbers to tap. The right's screen has the rest (address, hours, source).
fn contact_line(language: Language, office: OfficeId, placement: Placement) -> Html {
    let known = crate::rules::office(office);
    let city =
        known.city.as_ref().filter(|_| placement == Placement::Elsewhere).map(|c| language.text_of(&keys::city(c)));
    html! {
        <li class="office" data-office={known.id.clone()}>
            <span class="office-name">{ language.text_of(&keys::office(&known.id)) }</span>
            if let Some(city) = city { { " — " }<bdi>{ city }</bdi> }
            { for known.phone.iter().map(|number| html! { <>{ " " }{ crate::ui::welcome::phone_link(number) }</> }) }
        </li>
    }
}

/// Where to go first for a right, and a number to call when that office has none: the first
/// office in the person's region or a national line (never one elsewhere) that has a phone.
fn where_and_call(right: RightId, answers: &Answers) -> Vec<(OfficeId, Placement)> {
    let offices = places::offices(rules(), &rules()[right], answers);
    let has_phone = |o: &OfficeId| !crate::rules::office(*o).phone.is_empty();
    let Some(&first) = offices.first() else { return Vec::new() };
    let call = offices.iter().find(|(o, p)| *p != Placement::Elsewhere && has_phone(o));
    match call {
        Some(&call) if !has_phone(&first.0) => vec![first, call],
        _ => vec![first],
    }
}

/// For an urgent right ("today", on screen and on paper): whom to call first, up to two
/// offices with a phone; where to go when no number is known.
pub(crate) fn whom_to_call(right: &huquq_engine::model::Right, answers: &Answers) -> Vec<(OfficeId, Placement)> {
    let offices = places::offices(rules(), right, answers);
    let callable: Vec<_> = offices.iter().copied().filter(|&(o, _)| crate::export::has_phone(o)).take(2).collect();
    if callable.is_empty() { offices.into_iter().take(1).collect() } else { callable }
}

/// "Today": for the urgent rights that apply, what to do and whom to call now, then the
/// emergency numbers the rules give.
fn today(language: Language, props: &ResultsProps, urgent: &[RightId], on_open: &OnOpen) -> Html {
    if urgent.is_empty() {
        return Html::default();
    }
    let rules = rules();
    let what = |r: RightId| match policy::steps(rules, r, &props.answers, props.today).first() {
        Some(step) => card::first_sentence(&language.text_of(&keys::step(&step.id))).0.to_string(),
        None => card::first_sentence(&language.attribute(&keys::right(&rules[r]), keys::SUMMARY)).0.to_string(),
    };
    let item = |&r: &RightId| {
        let right = &rules[r];
        let offices: Vec<Html> =
            whom_to_call(right, &props.answers).into_iter().map(|(o, p)| contact_line(language, o, p)).collect();
        html! {
            <li class={sensitive_class(&props.evaluation, r)}>
                { open_button(on_open, r, "today", html! { <strong>{ language.text_of(&keys::right(right)) }</strong> }) }
                <p>{ what(r) }</p>
                <ul class="offices">{ for offices }</ul>
            </li>
        }
    };
    let emergency = rules.emergency.iter().map(|&o| contact_line(language, o, Placement::Anywhere));
    let spoken: Vec<String> = std::iter::once(language.text(t::TODAY_TITLE))
        .chain(urgent.iter().flat_map(|&r| [language.text_of(&keys::right(&rules[r])), what(r)]))
        .collect();
    html! {
        <section class="today" id="today" aria-labelledby="today-title">
            <h2 id="today-title">{ language.text(t::TODAY_TITLE) }</h2>
            <Listen text={spoken.join(". ")} />
            <ul class="urgent">{ for urgent.iter().map(item) }</ul>
            <h3>{ language.text(t::TODAY_EMERGENCY) }</h3>
            <ul class="offices emergency">{ for emergency }</ul>
        </section>
    }
}

/// "Start here": the first actions by the rules' priority (the rights whose first step fits
/// the person, `policy`), by the place they are taken to: where to go, a number to call, what
/// to bring there.
fn start_here(
    language: Language,
    props: &ResultsProps,
    actions: &[RightId],
    after_today: bool,
    on_open: &OnOpen,
) -> Html {
    if actions.is_empty() {
        return Html::default();
    }
    let rules = rules();
    let title = if after_today { t::START_THEN } else { t::START_HERE };
    let actions = &actions[..actions.len().min(if after_today { START_AFTER_TODAY } else { START_HERE })];
    let papers = |r: RightId| -> Vec<String> {
        policy::documents(rules, r, &props.answers, props.today)
            .iter()
            .map(|d| language.text_of(&keys::document(&d.id)))
            .collect()
    };
    // The actions by the place they are taken to (their first office), each paper once; a
    // right from a sensitive answer keeps a place of its own, which a print may leave out.
    let mut places: Vec<(Option<OfficeId>, bool, Vec<RightId>)> = Vec::new();
    for &r in actions {
        let office = where_and_call(r, &props.answers).first().map(|&(o, _)| o);
        let sensitive = crate::export::from_sensitive(&props.evaluation, r);
        match places.iter_mut().find(|(o, s, _)| office.is_some() && (*o, *s) == (office, sensitive)) {
            Some((_, _, rights)) => rights.push(r),
            None => places.push((office, sensitive, vec![r])),
        }
    }
    let bring = |rights: &[RightId]| {
        let mut all: Vec<String> = Vec::new();
        for paper in rights.iter().flat_map(|&r| papers(r)) {
            if !all.contains(&paper) {
                all.push(paper);
            }
        }
        all
    };
    let item = |(_, sensitive, rights): &(Option<OfficeId>, bool, Vec<RightId>)| {
        let offices = where_and_call(rights[0], &props.answers);
        let bring = bring(rights);
        html! {
            <li class={sensitive.then_some("from-sensitive")}>
                { for rights.iter().map(|&r| html! {
                    <p class="start-right" data-start={rules[r].id.clone()}>
                        { open_button(on_open, r, "start", html! { <strong>{ language.text_of(&keys::right(&rules[r])) }</strong> }) }
                    </p>
                }) }
                if !offices.is_empty() {
                    <ul class="offices">{ for offices.iter().map(|&(o, p)| contact_line(language, o, p)) }</ul>
                }
                if !bring.is_empty() {
                    <p class="bring"><strong>{ language.text(t::CARD_BRING) }</strong>{ " — " }{ bring.join(" · ") }</p>
                }
            </li>
        }
    };
    let spoken: Vec<String> = std::iter::once(language.text(title))
        .chain(places.iter().flat_map(|(office, _, rights)| {
            let office = office.map(|o| language.text_of(&keys::office(&crate::rules::office(o).id)));
            let bring = bring(rights);
            let bring = (!bring.is_empty()).then(|| format!("{}, {}", language.text(t::CARD_BRING), bring.join(", ")));
            rights
                .iter()
                .map(|&r| language.text_of(&keys::right(&rules[r])))
                .chain(office)
                .chain(bring)
                .collect::<Vec<_>>()
        }))
        .collect();
    html! {
        <section class="start-here" id="start-here" aria-labelledby="start-here-title">
            <h2 id="start-here-title">{ language.text(title) }</h2>
            <Listen text={spoken.join(". ")} />
            <ol>{ for places.iter().map(item) }</ol>
        </section>
    }
}

/// The rights shown, by domain, domains in the order of their first right.
fn by_domain<'a>(shown: &[&'a Outcome]) -> Vec<(Domain, Vec<&'a Outcome>)> {
    let mut domains: Vec<(Domain, Vec<&Outcome>)> = Vec::new();
    for &outcome in shown {
        let domain = rules()[outcome.right].domain;
        match domains.iter_mut().find(|(d, _)| *d == domain) {
            Some((_, outcomes)) => outcomes.push(outcome),
            None => domains.push((domain, vec![outcome])),
        }
    }
    domains
}

pub(super) fn sensitive_class(evaluation: &Evaluation, right: RightId) -> Option<&'static str> {
    crate::export::from_sensitive(evaluation, right).then_some("from-sensitive")
}

/// The rights by status ("probably yes", "maybe", the others folded away), then by domain:
/// the counsellor's form. `person` is the language of the person interviewed when it is not
/// the interface's: each right's title is shown in it too.
pub fn groups(
    language: Language,
    evaluation: &Evaluation,
    answers: &Answers,
    today: Date,
    on_change: &Callback<QuestionId>,
    person: Option<Language>,
    details: Option<bool>,
) -> Html {
    let group = |status: Status, title: Text| {
        let outcomes: Vec<&Outcome> = evaluation.outcomes.iter().filter(|o| o.status == status).collect();
        let body: Html = if outcomes.is_empty() {
            html! { <p class="none">{ language.text(t::RESULTS_NONE) }</p> }
        } else {
            let mut domains = by_domain(&outcomes);
            domains.sort_by_key(|(d, _)| Domain::ALL.iter().position(|x| x == d));
            domains
                .iter()
                .map(|(domain, outcomes)| {
                    let card = |outcome| Card {
                        outcome,
                        answers,
                        today,
                        on_change,
                        person,
                        details,
                        report_to: None,
                        level: 4,
                    };
                    html! {
                        <section class="domain" data-domain={domain.name()}>
                            <h3>{ language.text_of(&keys::domain(*domain)) }</h3>
                            { for outcomes.iter().map(|o| right_card(language, &card(o))) }
                        </section>
                    }
                })
                .collect()
        };
        let title = language.text(title);
        html! {
            <section class="group" data-group={status.name()}>
                if status == Status::NotEligible {
                    <details><summary><h2>{ title }</h2></summary>{ body }</details>
                } else {
                    <h2>{ title }</h2>{ body }
                }
            </section>
        }
    };
    huquq_engine::policy::GROUPS.into_iter().map(|status| group(status, crate::i18n::group_title(status))).collect()
}

/// The details (offices' contacts, sources in full), loaded after the first screen
/// (`needed`): `None` while loading, then whether they could be had.
#[hook]
pub fn use_details(needed: bool) -> Option<bool> {
    let loaded = use_state(|| crate::rules::details().map(|_| true));
    {
        let loaded = loaded.clone();
        use_effect_with(needed, move |&needed| {
            if needed && loaded.is_none() {
                wasm_bindgen_futures::spawn_local(async move { loaded.set(Some(crate::rules::load_details().await)) });
            }
        });
    }
    *loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rehearsal only helps if its made-up answers still read and still draw every part
    /// of the results: a renamed question or choice would leave part of the code to compile
    /// at the person's last tap.
    #[test]
    fn the_rehearsals_answers_read_and_draw_today_start_here_and_each_group() {
        let (answers, errors) = Answers::decode(rules(), REHEARSAL);
        assert_eq!(errors, vec![], "{REHEARSAL}");
        let today = Date::from_ymd(2026, 12, 6).unwrap();
        let evaluation = huquq_engine::run(rules(), &answers, today);
        let (urgent, first) = policy::urgent_and_start_here(rules(), &evaluation.outcomes, &answers, today);
        assert!(!urgent.is_empty() && !first.is_empty(), "today {urgent:?}, start here {first:?}");
        for status in policy::GROUPS {
            assert!(!policy::group(rules(), &evaluation.outcomes, status).is_empty(), "{status:?}");
        }
    }
}
