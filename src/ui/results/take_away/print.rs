//! The two printouts of the results, drawn only when the person asks for one and shown only
//! on paper: the short one (today, start here with where to go, a number to call and what to
//! bring, then a line per other right) and the whole one (each right that applies with where
//! to go, what to bring, the steps and its sources by title and date; the rights to check in
//! a line each). Drawn from the engine's results, never from what the screen shows; what
//! follows from a sensitive answer only when ticked (`export::to_keep`).

use crate::export::{self, has_phone};
use crate::i18n::{Language, t};
use crate::rules::rules;
use crate::ui::results::card;
use huquq_engine::model::{OfficeId, RightId, SourceId};
use huquq_engine::places::{self, Placement};
use huquq_engine::{Answers, Date, Evaluation, Status, keys, policy};
use yew::prelude::*;

/// Which printout the person asked for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Printout {
    Short,
    Whole,
}

/// What a printout is drawn from.
pub struct Printed<'a> {
    pub language: Language,
    pub evaluation: &'a Evaluation,
    pub answers: &'a Answers,
    pub today: Date,
    /// Whether what follows from sensitive answers goes on paper (ticked by the person).
    pub sensitive: bool,
}

/// How many actions "Start here" prints, as the results show.
const START_HERE: usize = 4;
/// How many offices of a right the whole printout names.
const OFFICES: usize = 3;

pub fn printout(kind: Printout, asked: &Printed) -> Html {
    // Drawn from the answers that may leave the screen (`export::answers_out`): unticked, no
    // order, step, paper or office on paper follows from a sensitive answer.
    let answers = export::answers_out(asked.answers, asked.sensitive);
    let printed = &Printed { answers: &answers, ..*asked };
    let language = printed.language;
    let rules = rules();
    let kept = export::to_keep(printed.evaluation, printed.sensitive);
    let (urgent, first) = export::first_out(printed.evaluation, asked.answers, printed.today, printed.sensitive);
    let as_of = language.text_with(t::RESULTS_AS_OF, &[("date", language.date(printed.today).into())]);
    let version = language.text_with(t::REPORT_VERSION, &[("date", language.date(rules.reviewed).into())]);
    let body = match kind {
        Printout::Short => {
            let start: Vec<RightId> = first.into_iter().take(START_HERE).collect();
            short(printed, &kept, &urgent, &start)
        }
        Printout::Whole => whole(printed, &kept),
    };
    let name = match kind {
        Printout::Short => "short",
        Printout::Whole => "whole",
    };
    html! {
        <div class="printout" data-print={name}>
            <h1>{ language.text(t::APP_TITLE) }</h1>
            <p>{ as_of }{ " · " }{ version }</p>
            { today(printed, &urgent) }
            { body }
        </div>
    }
}

/// "Today": for each urgent right, what to do and whom to call, then the emergency numbers.
fn today(printed: &Printed, urgent: &[RightId]) -> Html {
    if urgent.is_empty() {
        return Html::default();
    }
    let (language, rules) = (printed.language, rules());
    let item = |&r: &RightId| {
        let right = &rules[r];
        let what = match policy::steps(rules, r, printed.answers, printed.today).first() {
            Some(step) => language.text_of(&keys::step(&step.id)),
            None => card::first_sentence(&language.attribute(&keys::right(right), keys::SUMMARY)).0.to_string(),
        };
        let shown = crate::ui::results::whom_to_call(right, printed.answers);
        html! {
            <li>
                <strong>{ language.text_of(&keys::right(right)) }</strong>{ " — " }{ what }
                <ul>{ for shown.into_iter().map(|(o, p)| office(language, o, p)) }</ul>
            </li>
        }
    };
    let emergency = rules.emergency.iter().map(|&o| office(language, o, Placement::Anywhere));
    html! {
        <section class="print-today">
            <h2>{ language.text(t::TODAY_TITLE) }</h2>
            <ul>{ for urgent.iter().map(item) }</ul>
            <h3>{ language.text(t::TODAY_EMERGENCY) }</h3>
            <ul>{ for emergency }</ul>
        </section>
    }
}

/// Start here (where to go first, a number to call while none is on the paper yet, what to
/// bring), then the other rights that apply, a line each.
fn short(printed: &Printed, kept: &[RightId], urgent: &[RightId], start: &[RightId]) -> Html {
    let (language, rules) = (printed.language, rules());
    // The emergency numbers are on the paper already when something is urgent.
    let mut called = !urgent.is_empty();
    let mut items = Vec::new();
    for &r in start {
        let right = &rules[r];
        let (first, call) = export::contacts(right, printed.answers, called);
        called |= first.is_some_and(has_phone) || call.is_some();
        let where_to = first.map(|o| {
            line(language, t::CARD_WHERE, html! { <ul>{ office(language, o, placement(printed, r, o)) }</ul> })
        });
        let to_call = call.map(|o| {
            line(language, t::RESULTS_CALL, html! { <ul>{ office(language, o, placement(printed, r, o)) }</ul> })
        });
        items.push(html! {
            <li>
                <strong>{ language.text_of(&keys::right(right)) }</strong>
                { for where_to }
                { for to_call }
                { bring(printed, r) }
            </li>
        });
    }
    let mut others = Vec::new();
    for &r in kept.iter().filter(|r| !urgent.contains(r) && !start.contains(r)) {
        let right = &rules[r];
        let call = (!called).then(|| export::first_phone(right, printed.answers)).flatten();
        called |= call.is_some();
        others.push(html! {
            <li>
                { language.text_of(&keys::right(right)) }
                if let Some(o) = call { <ul>{ office(language, o, placement(printed, r, o)) }</ul> }
            </li>
        });
    }
    let title = if urgent.is_empty() { t::START_HERE } else { t::START_THEN };
    html! {
        <>
            if !items.is_empty() {
                <section class="print-start">
                    <h2>{ language.text(title) }</h2>
                    <ol>{ for items }</ol>
                </section>
            }
            if !others.is_empty() {
                <h2>{ language.text(t::RESULTS_ELIGIBLE) }</h2>
                <ol class="short-list">{ for others }</ol>
            }
        </>
    }
}

/// Each right that applies with where to go, what to bring, the steps and the sources; then
/// the rights to check, a line each.
fn whole(printed: &Printed, kept: &[RightId]) -> Html {
    let (language, rules) = (printed.language, rules());
    let evaluation = printed.evaluation;
    let right = |&r: &RightId| {
        let right = &rules[r];
        let steps = policy::steps(rules, r, printed.answers, printed.today);
        // The right's sources, then those of the steps shown, each once.
        let mut cited: Vec<SourceId> = right.sources.clone();
        for &source in steps.iter().flat_map(|s| &s.sources) {
            if !cited.contains(&source) {
                cited.push(source);
            }
        }
        let steps: Vec<Html> =
            steps.iter().map(|s| html! { <li>{ language.text_of(&keys::step(&s.id)) }</li> }).collect();
        let aged = language.aged(&evaluation.outcomes[r.index()]);
        html! {
            <section class="print-right" data-right={right.id.clone()}>
                <h3>{ language.text_of(&keys::right(right)) }</h3>
                <p>{ card::first_sentence(&language.attribute(&keys::right(right), keys::SUMMARY)).0 }</p>
                if let Some(aged) = aged { <p>{ aged }</p> }
                { line(language, t::CARD_WHERE, html! { <ul>{ for offices(printed, r) }</ul> }) }
                { bring(printed, r) }
                if !steps.is_empty() { { line(language, t::CARD_STEPS, html! { <ol>{ for steps }</ol> }) } }
                { sources(language, &cited) }
            </section>
        }
    };
    let to_check: Vec<Html> = policy::group(rules, &evaluation.outcomes, Status::Undetermined)
        .into_iter()
        .filter(|&r| printed.sensitive || !export::from_sensitive(evaluation, r))
        .map(|r| html! { <li>{ language.text_of(&keys::right(&rules[r])) }</li> })
        .collect();
    html! {
        <>
            if !kept.is_empty() {
                <h2>{ language.text(t::RESULTS_ELIGIBLE) }</h2>
                { for kept.iter().map(right) }
            }
            if !to_check.is_empty() {
                <h2>{ language.text(t::RESULTS_UNDETERMINED) }</h2>
                <ul class="short-list">{ for to_check }</ul>
            }
        </>
    }
}

/// The offices the whole printout names for a right: those near the person or anywhere (at
/// most [`OFFICES`]), else the first others; and one with a phone when none of those has one.
fn offices(printed: &Printed, right: RightId) -> Vec<Html> {
    let all = places::offices(rules(), &rules()[right], printed.answers);
    let near: Vec<_> = all.iter().copied().filter(|&(_, p)| p != Placement::Elsewhere).take(OFFICES).collect();
    let mut shown = if near.is_empty() { all.iter().copied().take(2).collect() } else { near };
    if !shown.iter().any(|&(o, _)| has_phone(o))
        && let Some(&callable) = all.iter().find(|&&(o, _)| has_phone(o))
    {
        shown.push(callable);
    }
    shown.into_iter().map(|(o, p)| office(printed.language, o, p)).collect()
}

fn placement(printed: &Printed, right: RightId, office: OfficeId) -> Placement {
    let offices = places::offices(rules(), &rules()[right], printed.answers);
    offices.into_iter().find(|&(o, _)| o == office).map_or(Placement::Anywhere, |(_, p)| p)
}

/// "What to bring" and the papers on one line, or nothing.
fn bring(printed: &Printed, right: RightId) -> Html {
    let language = printed.language;
    let papers: Vec<String> = policy::documents(rules(), right, printed.answers, printed.today)
        .into_iter()
        .map(|d| language.text_of(&keys::document(&d.id)))
        .collect();
    if papers.is_empty() {
        return Html::default();
    }
    let args = [
        ("what", language.text(t::CARD_BRING).into()),
        ("items", papers.join(&language.text(t::RESULTS_SEPARATOR)).into()),
    ];
    html! { <p>{ language.text_with(t::SUMMARY_DETAIL, &args) }</p> }
}

/// A heading in bold above a list.
fn line(language: Language, title: crate::i18n::Text, content: Html) -> Html {
    html! { <div class="print-line"><strong>{ language.text(title) }</strong>{ content }</div> }
}

/// An office on paper: its name, its city when in another region, address, numbers (each left
/// to right), WhatsApp and hours.
fn office(language: Language, id: OfficeId, placement: Placement) -> Html {
    let known = crate::rules::office(id);
    let comma = language.text(t::RESULTS_COMMA);
    let city =
        known.city.as_ref().filter(|_| placement == Placement::Elsewhere).map(|c| language.text_of(&keys::city(c)));
    let hours = language.hours(&known.hours);
    html! {
        <li class="office" data-office={known.id.clone()}>
            { language.text_of(&keys::office(&known.id)) }
            if let Some(city) = city { { " — " }<bdi>{ city }</bdi> }
            if let Some(address) = &known.address { { comma.clone() }<bdi>{ address }</bdi> }
            { for known.phone.iter().map(|number| html! { <>{ " " }{ crate::ui::welcome::phone_link(number) }</> }) }
            if let Some(number) = &known.whatsapp {
                { " " }{ language.text(t::CARD_WHATSAPP) }{ " " }<bdi dir="ltr">{ number }</bdi>
            }
            if let Some(hours) = hours { { comma }<bdi>{ hours }</bdi> }
        </li>
    }
}

/// A right's sources by title and date, once the details are here (left out before).
fn sources(language: Language, ids: &[SourceId]) -> Html {
    let Some(details) = crate::rules::details() else { return Html::default() };
    let cited = ids.iter().map(|&s| {
        let source = &details.sources[s.index()];
        let date = source.date.map(|d| card::source_date(language, d));
        html! { <li lang="fr" dir="ltr"><cite>{ &source.title }</cite>{ for date.map(|d| format!(", {d}")) }</li> }
    });
    line(language, t::CARD_SOURCES, html! { <ul class="sources">{ for cited }</ul> })
}
