//! The rights of the results in one line each: the title, the status word with its icon and
//! where in a few words (the first office's city); a tap opens the right's own screen. Those
//! that do not apply sit in one folded line. No card is drawn here: a line is cheap.

use super::card::status_text;
use crate::i18n::{Language, group_title, t};
use crate::rules::rules;
use huquq_engine::model::RightId;
use huquq_engine::{Answers, Evaluation, Status, keys, places, policy};
use yew::prelude::*;

/// Opens a right's screen: the right, and which button asked (focused again on the way back).
pub type OnOpen = Callback<(RightId, &'static str)>;

/// The rights that apply or may apply, by group in the policy's order; then the others folded.
pub fn lines(language: Language, evaluation: &Evaluation, answers: &Answers, on_open: &OnOpen) -> Html {
    let rules = rules();
    let group = |status: Status| policy::group(rules, &evaluation.outcomes, status);
    let shown = [Status::Eligible, Status::Undetermined].map(|status| (status, group(status)));
    let not_applying = group(Status::NotEligible);
    let line = |&r: &RightId| line(language, evaluation, answers, r, on_open);
    html! {
        <>
            { for shown.iter().filter(|(_, rights)| !rights.is_empty()).map(|(status, rights)| html! {
                <section class="lines" data-group={status.name()} aria-labelledby={format!("lines-{}", status.name())}>
                    <h2 id={format!("lines-{}", status.name())}>{ language.text(group_title(*status)) }</h2>
                    <ul>{ for rights.iter().map(line) }</ul>
                </section>
            }) }
            if shown.iter().all(|(_, rights)| rights.is_empty()) { <p class="none">{ language.text(t::RESULTS_NONE) }</p> }
            if !not_applying.is_empty() {
                <details class="not-applying" id="not-applying" data-group="not_eligible">
                    <summary><h2>{ language.text_with(t::RESULTS_NOT_APPLYING, &[("count", not_applying.len().into())]) }</h2></summary>
                    <ul>{ for not_applying.iter().map(line) }</ul>
                </details>
            }
        </>
    }
}

/// One right in one line: a button that opens its screen.
fn line(language: Language, evaluation: &Evaluation, answers: &Answers, r: RightId, on_open: &OnOpen) -> Html {
    let outcome = &evaluation.outcomes[r.index()];
    let right = &rules()[r];
    let status = language.aged(outcome).unwrap_or_else(|| language.text(status_text(outcome.status)));
    let city = (outcome.status != Status::NotEligible)
        .then(|| places::offices(rules(), right, answers).into_iter().next())
        .flatten()
        .and_then(|(office, _)| crate::rules::office(office).city.as_ref())
        .map(|city| language.text_of(&keys::city(city)));
    html! {
        <li class={classes!("line", super::sensitive_class(evaluation, r))} data-right={right.id.clone()}
                data-status={outcome.status.name()} data-validity={outcome.validity.name()} data-evidence={outcome.evidence.name()}>
            { open_button(on_open, r, "line", html! {
                <span class="line-text">
                    <span class="line-title">{ language.text_of(&keys::right(right)) }</span>{ " " }
                    <span class="status"><span class="icon" aria-hidden="true"></span>{ status }</span>
                    if let Some(city) = city { <span class="line-where">{ " · " }<bdi>{ city }</bdi></span> }
                </span>
            }) }
        </li>
    }
}

/// A button that opens a right's screen; `from` names where it is, to come back to it.
pub fn open_button(on_open: &OnOpen, right: RightId, from: &'static str, content: Html) -> Html {
    let on_open = on_open.clone();
    html! {
        <button type="button" class="open-right" data-open={rules()[right].id.clone()} data-from={from}
            onclick={move |_| on_open.emit((right, from))}>{ content }</button>
    }
}
