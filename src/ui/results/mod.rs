//! The results page, in the order a person acts on it: what to do today when the answers
//! show urgency, where to start (at most four actions that fit the person, in the rules' order
//! of priority), one list of the papers asked of the person, then every right by domain, the
//! others folded; then "what if" and the things to keep. It only renders what the engine
//! returns (`policy` decides what comes first, which steps and papers are shown).

mod card;
mod counter;
mod take_away;
mod what_if;

pub use card::in_person_language;

use crate::i18n::{Language, Text, t};
use crate::rules::rules;
use card::{Card, list, office_line, right_card};
use huquq_engine::model::{Domain, QuestionId, RightId};
use huquq_engine::places::{self, Placement};
use huquq_engine::{Answers, Date, Evaluation, Outcome, Status, keys, policy};
use yew::prelude::*;

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

/// How many actions "Start here" offers.
const START_HERE: usize = 4;

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
    let evaluation = &props.evaluation;
    let as_of = language.text_with(t::RESULTS_AS_OF, &[("date", language.date(props.today).into())]);
    let order = crate::export::applying(evaluation);
    let (urgent, first) =
        huquq_engine::policy::urgent_and_start_here(rules(), &evaluation.outcomes, &props.answers, props.today);
    let card = |outcome| Card {
        outcome,
        answers: &props.answers,
        today: props.today,
        on_change: &props.on_change,
        person: None,
        details,
        report_to: props.report_to.as_deref(),
    };
    let shown: Vec<&Outcome> = order
        .iter()
        .map(|r| &evaluation.outcomes[r.index()])
        .chain(evaluation.outcomes.iter().filter(|o| o.status == Status::Undetermined))
        .collect();
    let domains = by_domain(&shown);
    let not_applying: Vec<&Outcome> = evaluation.outcomes.iter().filter(|o| o.status == Status::NotEligible).collect();
    html! {
        <section class="results" aria-labelledby="results-title">
            <h1 id="results-title" tabindex="-1">{ language.text(t::RESULTS_TITLE) }</h1>
            <p class="as-of">{ as_of }{ " · " }{ language.text_with(t::REPORT_VERSION, &[("date", language.date(rules().reviewed).into())]) }</p>
            { today(language, props, &urgent) }
            { start_here(language, props, &first, !urgent.is_empty()) }
            { documents(language, &order, props) }
            { contents(language, &domains, !not_applying.is_empty()) }
            { for domains.iter().map(|(domain, outcomes)| html! {
                <section class="domain" id={format!("domain-{}", domain.name())} data-domain={domain.name()}>
                    <h2>{ language.text_of(&keys::domain(*domain)) }</h2>
                    { for outcomes.iter().map(|o| right_card(language, &card(o))) }
                </section>
            }) }
            if shown.is_empty() { <p class="none">{ language.text(t::RESULTS_NONE) }</p> }
            if !not_applying.is_empty() {
                <details class="not-applying" id="not-applying" data-group="not_eligible">
                    <summary><h2>{ language.text_with(t::RESULTS_NOT_APPLYING, &[("count", not_applying.len().into())]) }</h2></summary>
                    <ul>
                        { for not_applying.iter().map(|o| html! {
                            <li><details><summary>{ language.text_of(&keys::right(&rules()[o.right])) }</summary>{ right_card(language, &card(o)) }</details></li>
                        }) }
                    </ul>
                </details>
            }
            <ol class="short-list">
                { for order.iter().map(|&r| html! { <li class={sensitive_class(evaluation, r)}>{ language.text_of(&keys::right(&rules()[r])) }</li> }) }
            </ol>
            <what_if::WhatIf answers={props.answers.clone()} today={props.today} evaluation={evaluation.clone()} texts={language.has(2)} />
            <take_away::TakeAway answers={props.answers.clone()} today={props.today} evaluation={evaluation.clone()} texts={language.has(2)} />
            { actions(language, props) }
        </section>
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

/// "Today": for the urgent rights that apply, what to do and whom to call now, then the
/// emergency numbers the rules give.
fn today(language: Language, props: &ResultsProps, urgent: &[RightId]) -> Html {
    if urgent.is_empty() {
        return Html::default();
    }
    let rules = rules();
    let report_to = props.report_to.as_deref();
    let item = |&r: &RightId| {
        let right = &rules[r];
        let what = match policy::steps(rules, r, &props.answers, props.today).first() {
            Some(step) => language.text_of(&keys::step(&step.id)),
            None => card::first_sentence(&language.attribute(&keys::right(right), keys::SUMMARY)).0.to_string(),
        };
        // Whom to call first; where to go when no number is known.
        let offices = places::offices(rules, right, &props.answers);
        let callable: Vec<_> =
            offices.iter().filter(|&&(o, _)| !crate::rules::office(o).phone.is_empty()).take(3).collect();
        let shown = if callable.is_empty() { offices.iter().take(1).collect() } else { callable };
        let offices: Vec<Html> = shown.into_iter().map(|&(o, p)| office_line(language, o, p, report_to)).collect();
        html! {
            <li class={sensitive_class(&props.evaluation, r)}>
                { jump(format!("right-{}", right.id), html! { <strong>{ language.text_of(&keys::right(right)) }</strong> }) }
                <p>{ what }</p>
                <ul class="offices">{ for offices }</ul>
            </li>
        }
    };
    let emergency = rules.emergency.iter().map(|&o| office_line(language, o, Placement::Anywhere, report_to));
    html! {
        <section class="today" id="today" aria-labelledby="today-title">
            <h2 id="today-title">{ language.text(t::TODAY_TITLE) }</h2>
            <ul class="urgent">{ for urgent.iter().map(item) }</ul>
            <h3>{ language.text(t::TODAY_EMERGENCY) }</h3>
            <ul class="offices">{ for emergency }</ul>
        </section>
    }
}

/// "Start here": the first actions by the rules' priority (the rights whose first step fits
/// the person, `policy`), each with where to go first and what to bring.
fn start_here(language: Language, props: &ResultsProps, actions: &[RightId], after_today: bool) -> Html {
    if actions.is_empty() {
        return Html::default();
    }
    let rules = rules();
    let title = if after_today { t::START_THEN } else { t::START_HERE };
    let item = |&r: &RightId| {
        let right = &rules[r];
        let key = keys::right(right);
        let first = places::offices(rules, right, &props.answers).into_iter().next();
        let documents = policy::documents(rules, r, &props.answers, props.today);
        let bring: Vec<Html> =
            documents.iter().map(|d| html! { <li>{ language.text_of(&keys::document(&d.id)) }</li> }).collect();
        html! {
            <li data-start={right.id.clone()} class={sensitive_class(&props.evaluation, r)}>
                { jump(format!("right-{}", right.id), html! { <strong>{ language.text_of(&key) }</strong> }) }
                <p>{ card::first_sentence(&language.attribute(&key, keys::SUMMARY)).0 }</p>
                if let Some((office, placement)) = first {
                    { list(language, t::CARD_WHERE, vec![office_line(language, office, placement, props.report_to.as_deref())]) }
                }
                { list(language, t::CARD_BRING, bring) }
            </li>
        }
    };
    html! {
        <section class="start-here" id="start-here" aria-labelledby="start-here-title">
            <h2 id="start-here-title">{ language.text(title) }</h2>
            <ol>{ for actions.iter().take(START_HERE).map(item) }</ol>
        </section>
    }
}

/// One list of the papers to bring for all the rights that apply, each paper once with the
/// rights it serves; only the papers asked of this person (`policy`).
fn documents(language: Language, order: &[RightId], props: &ResultsProps) -> Html {
    let rules = rules();
    let evaluation = &props.evaluation;
    let mut papers: Vec<(&str, Vec<RightId>)> = Vec::new();
    for &r in order {
        for document in policy::documents(rules, r, &props.answers, props.today) {
            match papers.iter_mut().find(|(d, _)| *d == document.id) {
                Some((_, serves)) => serves.push(r),
                None => papers.push((&document.id, vec![r])),
            }
        }
    }
    if papers.is_empty() {
        return Html::default();
    }
    let item = |(document, serves): &(&str, Vec<RightId>)| {
        let names: Vec<String> = serves.iter().map(|&r| language.text_of(&keys::right(&rules[r]))).collect();
        let sensitive = serves.iter().all(|&r| crate::export::from_sensitive(evaluation, r));
        html! {
            <li data-document={document.to_string()} class={sensitive.then_some("from-sensitive")}>
                <label><input type="checkbox" autocomplete="off" />{ " " }{ language.text_of(&keys::document(document)) }</label>
                <span class="serves">{ language.text_with(t::DOCUMENTS_FOR, &[("rights", names.join(" · ").into())]) }</span>
            </li>
        }
    };
    html! {
        <section class="documents" id="documents" aria-labelledby="documents-title">
            <h2 id="documents-title">{ language.text(t::DOCUMENTS_TITLE) }</h2>
            <ul>{ for papers.iter().map(item) }</ul>
        </section>
    }
}

/// Jump links to each part of the page.
fn contents(language: Language, domains: &[(Domain, Vec<&Outcome>)], not_applying: bool) -> Html {
    let link = |target: String, text: String| html! { <li>{ jump(target, html! { { text } }) }</li> };
    let domains = domains.iter().map(|(d, o)| {
        link(format!("domain-{}", d.name()), format!("{} ({})", language.text_of(&keys::domain(*d)), o.len()))
    });
    html! {
        <nav class="contents" aria-labelledby="contents-title">
            <h2 id="contents-title">{ language.text(t::CONTENTS) }</h2>
            <ul>
                { for domains }
                if not_applying { { link("not-applying".into(), language.text(t::RESULTS_NOT_ELIGIBLE)) } }
                { link("what-if".into(), language.text(t::WHAT_IF_TITLE)) }
                { link("keep".into(), language.text(t::KEEP_TITLE)) }
            </ul>
        </nav>
    }
}

/// A link to another part of the results: it scrolls there and moves the focus, and sets
/// no address (a right's name after `#` would stay in the browser's history).
fn jump(target: String, content: Html) -> Html {
    html! {
        <button type="button" class="link" data-jump={target.clone()} onclick={move |_| crate::ui::focus::focus_on(&target)}>{ content }</button>
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

fn sensitive_class(evaluation: &Evaluation, right: RightId) -> Option<&'static str> {
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
                    let card = |outcome| Card { outcome, answers, today, on_change, person, details, report_to: None };
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
