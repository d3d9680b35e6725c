//! The results: rights that probably apply, then those still open, then the others folded
//! away. Each card says what the right is, why, where to go, what to bring and the source.

use super::phone_link;
use super::question::answer_text;
use crate::i18n::Language;
use crate::i18n::{Text, t};
use crate::rules::rules;
use huquq_engine::model::{Domain, QuestionId, Source};
use huquq_engine::{Answer, Answers, Date, Evaluation, Outcome, Status, keys};
use yew::prelude::*;

pub struct ResultsProps {
    pub evaluation: Evaluation,
    pub answers: Answers,
    pub today: Date,
    pub on_back: Callback<MouseEvent>,
    pub on_change: Callback<QuestionId>,
    pub on_review: Callback<MouseEvent>,
    pub on_restart: Callback<MouseEvent>,
}

/// `details`: whether the offices' contacts and the sources are here (`None` while they load).
pub fn results(language: Language, props: &ResultsProps, details: Option<bool>) -> Html {
    let as_of = language.text_with(t::RESULTS_AS_OF, &[("date", language.date(props.today).into())]);
    html! {
        <section class="results" aria-labelledby="results-title">
            <h1 id="results-title" tabindex="-1">{ language.text(t::RESULTS_TITLE) }</h1>
            <p class="as-of">{ as_of }</p>
            { groups(language, &props.evaluation, &props.answers, &props.on_change, None, details) }
            <div class="actions">
                <button type="button" class="back" onclick={props.on_back.clone()}>{ language.text(t::BACK) }</button>
                <button type="button" class="review" onclick={props.on_review.clone()}>{ language.text(t::REVIEW) }</button>
                <button type="button" class="restart" onclick={props.on_restart.clone()}>{ language.text(t::RESTART) }</button>
            </div>
            <super::save_link::SaveLink answers={props.answers.clone()} />
        </section>
    }
}

/// The rights by status ("probably yes", "maybe", the others folded away), then by domain.
/// `person` is the language of the person interviewed when it is not the interface's: each
/// right's title is shown in it too (the counsellor's form).
pub fn groups(
    language: Language,
    evaluation: &Evaluation,
    answers: &Answers,
    on_change: &Callback<QuestionId>,
    person: Option<Language>,
    details: Option<bool>,
) -> Html {
    let group = |status: Status, title: Text| {
        let in_group = |o: &&Outcome| o.status == status;
        let domains = Domain::ALL.into_iter().filter_map(|domain| {
            let cards: Vec<Html> = evaluation
                .outcomes
                .iter()
                .filter(in_group)
                .filter(|o| rules().right(o.right).domain == domain)
                .map(|o| {
                    html! {
                        { right_card(language, &Card { outcome: o, answers, on_change, person, details }) }
                    }
                })
                .collect();
            (!cards.is_empty()).then(|| {
                html! {
                    <section class="domain" data-domain={domain.name()}>
                        <h3>{ language.text_of(&keys::domain(domain)) }</h3>
                        { for cards }
                    </section>
                }
            })
        });
        let domains: Vec<Html> = domains.collect();
        let body = if domains.is_empty() {
            html! { <p class="none">{ language.text(t::RESULTS_NONE) }</p> }
        } else {
            domains.into_iter().collect()
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
    GROUPS.into_iter().map(|(status, title)| group(status, title)).collect()
}

/// The results' groups, in the order shown, with their titles' text ids.
pub const GROUPS: [(Status, Text); 3] = [
    (Status::Eligible, t::RESULTS_ELIGIBLE),
    (Status::Undetermined, t::RESULTS_UNDETERMINED),
    (Status::NotEligible, t::RESULTS_NOT_ELIGIBLE),
];

/// `text` in the person's language, marked as such so that Arabic reads right to left
/// inside a page in French, and screen readers switch voice.
pub fn in_person_language(person: Option<Language>, id: &str) -> Html {
    let Some(person) = person else { return Html::default() };
    html! { <span class="person-language" lang={person.code()} dir={person.direction()}>{ person.text_of(id) }</span> }
}

/// What one right's card shows.
struct Card<'a> {
    outcome: &'a Outcome,
    answers: &'a Answers,
    on_change: &'a Callback<QuestionId>,
    person: Option<Language>,
    /// Whether the details (offices' contacts, sources) are here: `None` while they load.
    details: Option<bool>,
}

fn right_card(language: Language, props: &Card) -> Html {
    let rules = rules();
    let right = rules.right(props.outcome.right);
    let key = keys::right(right);
    let title_id = format!("title-{}", right.id.replace('.', "-"));
    let list = |title: Text, items: Vec<Html>| {
        (!items.is_empty()).then(|| html! { <><h5>{ language.text(title) }</h5><ul>{ for items }</ul></> })
    };
    let why = props.outcome.because.iter().filter_map(|&q| {
        let answer = props.answers.get(q)?;
        let question = language.text_of(&keys::question(rules.question(q)));
        Some(html! { <li>{ question }{ " — " }<strong>{ answer_text(language, q, answer) }</strong></li> })
    });
    let open = props.outcome.open.iter().map(|&q| {
        let on_change = props.on_change.clone();
        html! {
            <li>
                { language.text_of(&keys::question(rules.question(q))) }{ " " }
                <button type="button" class="answer-open" data-question={rules.question(q).id.clone()}
                    onclick={move |_| on_change.emit(q)}>{ language.text(t::CARD_ANSWER) }</button>
            </li>
        }
    });
    let would_change = props.outcome.would_change.iter().flat_map(|change| {
        let question = language.text_of(&keys::question(rules.question(change.question)));
        change.values.iter().map(move |value| {
            let answer = answer_text(language, change.question, &Answer::Given(value.clone()));
            html! { <li>{ question.clone() }{ " — " }<strong>{ answer }</strong></li> }
        })
    });
    let offices = crate::state::offices_near(rules, right, props.answers).into_iter().map(|o| {
        let office = crate::rules::office(o);
        let phones = office.phone.iter().map(|p| html! { <>{ " " }{ phone_link(p) }</> });
        html! { <li class="office">{ language.text_of(&keys::office(&office.id)) }{ for office.address.iter().map(|a| html! { <>{ ", " }{ a }</> }) }{ for phones }</li> }
    });
    let documents = right.documents.iter().map(|d| html! { <li>{ language.text_of(&keys::document(d)) }</li> });
    let steps = right.steps.iter().map(|s| html! { <li>{ language.text_of(&keys::step(s)) }</li> });
    let sources: Vec<Html> = match crate::rules::details() {
        Some(details) => right.sources.iter().map(|&s| source(language, &details.sources[usize::from(s)])).collect(),
        None if props.details == Some(false) => {
            vec![html! { <li>{ language.text(t::CARD_SOURCES_UNAVAILABLE) }</li> }]
        }
        None => vec![html! { <li>{ language.text(t::CARD_SOURCES_LOADING) }</li> }],
    };
    let notice = language
        .validity(props.outcome.validity)
        .or_else(|| right.check_with_office.then(|| language.text(t::CARD_CHECK)));
    html! {
        <article class="right" data-right={right.id.clone()} data-status={props.outcome.status.name()}
                data-validity={props.outcome.validity.name()} aria-labelledby={title_id.clone()}>
            <h4 id={title_id}>{ language.text_of(&key) }{ in_person_language(props.person, &key) }</h4>
            <p class="status">{ language.text(status_text(props.outcome.status)) }</p>
            <p>{ language.attribute(&key, keys::SUMMARY) }</p>
            if let Some(notice) = notice { <p class="notice" role="note">{ notice }</p> }
            { list(if props.outcome.status == Status::NotEligible { t::CARD_WHY_NOT } else { t::CARD_WHY }, why.collect()) }
            { list(t::CARD_OPEN, open.collect()) }
            { list(t::CARD_WOULD_CHANGE, would_change.collect()) }
            <details class="more">
                <summary>{ language.text(t::CARD_MORE) }</summary>
                { list(t::CARD_WHERE, offices.collect()) }
                { list(t::CARD_BRING, documents.collect()) }
                { list(t::CARD_STEPS, steps.collect()) }
                { list(t::CARD_SOURCES, sources) }
                if let Some(from) = right.valid_from {
                    <p class="since">{ language.text_with(t::CARD_VALID_SINCE, &[("date", language.partial_date(from).into())]) }</p>
                }
            </details>
        </article>
    }
}

fn source(language: Language, source: &Source) -> Html {
    let title = match &source.link {
        Some(link) => {
            html! { <a href={link.clone()} rel="noopener noreferrer">{ &source.title }</a> }
        }
        None => html! { { &source.title } },
    };
    html! {
        <li lang="fr"><cite>{ title }</cite>{ ", " }{ &source.issuer }{ for source.date.map(|d| format!(", {}", language.partial_date(d))) }{ " — " }{ &source.reference }</li>
    }
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

/// "Probably yes", "Maybe", "No, from your answers".
pub fn status_text(status: Status) -> Text {
    match status {
        Status::Eligible => t::STATUS_ELIGIBLE,
        Status::Undetermined => t::STATUS_UNDETERMINED,
        Status::NotEligible => t::STATUS_NOT_ELIGIBLE,
    }
}
