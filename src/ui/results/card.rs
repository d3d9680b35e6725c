//! One right's card. First what a person needs to act: the title, one plain sentence, where
//! to go and what to bring; then why; then, folded, how to ask, other offices, the sources
//! and the legal text to show at the counter.

use super::counter::CounterButton;
use crate::i18n::{Language, Text, t};
use crate::rules::rules;
use crate::ui::listen::Listen;
use huquq_engine::model::{OfficeId, QuestionId, Source};
use huquq_engine::places::Placement;
use huquq_engine::{Answer, Answers, Date, Outcome, Status, keys};
use yew::prelude::*;

/// What one right's card shows.
pub struct Card<'a> {
    pub outcome: &'a Outcome,
    pub answers: &'a Answers,
    /// The day the results are for: a step's or a document's condition may read it.
    pub today: Date,
    pub on_change: &'a Callback<QuestionId>,
    /// The language of the person interviewed, when it is not the interface's (counsellor).
    pub person: Option<Language>,
    /// Whether the details (offices' contacts, sources) are here: `None` while they load.
    pub details: Option<bool>,
    /// Where "this looks wrong" writes to (from the site file), if anywhere.
    pub report_to: Option<&'a str>,
    /// The level of the card's title: 1 when the card is a screen of its own (its title then
    /// takes the focus), 4 inside the counsellor's groups; its parts one level below.
    pub level: u8,
}

/// How many offices a card shows before folding the others away.
const OFFICES_SHOWN: usize = 2;

pub fn right_card(language: Language, card: &Card) -> Html {
    let rules = rules();
    let right = &rules[card.outcome.right];
    let key = keys::right(right);
    let title_id = title_id(&right.id);
    let applies = card.outcome.status != Status::NotEligible;
    let sensitive = huquq_engine::policy::reveals_sensitive(rules, card.outcome);
    let content = huquq_engine::content::for_person(rules, card.outcome.right, card.answers, card.today);
    let offices = &content.offices;
    let (shown, folded) = offices.split_at(offices.len().min(OFFICES_SHOWN));
    let summary = language.attribute(&key, keys::SUMMARY);
    let (plain, more) = first_sentence(&summary);
    let why = card.outcome.because.iter().filter_map(|&q| {
        let answer = card.answers.get(q)?;
        let question = language.text_of(&keys::question(&rules[q]));
        Some(html! { <li>{ question }{ " — " }<strong>{ language.answer(q, answer) }</strong></li> })
    });
    let open = card.outcome.open.iter().map(|&q| {
        let on_change = card.on_change.clone();
        html! {
            <li>
                { language.text_of(&keys::question(&rules[q])) }{ " " }
                <button type="button" class="answer-open" data-question={rules[q].id.clone()}
                    onclick={move |_| on_change.emit(q)}>{ language.text(t::CARD_ANSWER) }</button>
            </li>
        }
    });
    let would_change = card.outcome.would_change.iter().flat_map(|change| {
        let question = language.text_of(&keys::question(&rules[change.question]));
        change.values.iter().map(move |value| {
            let answer = language.answer(change.question, &Answer::Given(value.clone()));
            html! { <li>{ question.clone() }{ " — " }<strong>{ answer }</strong></li> }
        })
    });
    let documents: Vec<Html> = content
        .documents
        .iter()
        .map(|d| html! { <li data-document={d.id.clone()}>{ language.text_of(&keys::document(&d.id)) }</li> })
        .collect();
    let cited = &content.sources;
    let steps = content
        .steps
        .iter()
        .map(|s| html! { <li data-step={s.id.clone()}>{ language.text_of(&keys::step(&s.id)) }</li> });
    let notice = language
        .validity(card.outcome.validity)
        .or_else(|| card.outcome.open_by_source.then(|| language.text(t::CARD_OPEN_BY_SOURCE)))
        .or_else(|| right.check_with_office.then(|| language.text(t::CARD_CHECK)));
    let status = language.aged(card.outcome).unwrap_or_else(|| language.text(status_text(card.outcome.status)));
    let why_title = if applies { t::CARD_WHY } else { t::CARD_WHY_NOT };
    let part = card.level + 1;
    html! {
        <article class={classes!("right", sensitive.then_some("from-sensitive"))} id={format!("right-{}", right.id)} data-right={right.id.clone()}
                data-status={card.outcome.status.name()} data-validity={card.outcome.validity.name()}
                data-evidence={card.outcome.evidence.name()}
                aria-labelledby={title_id.clone()}>
            <@{format!("h{}", card.level)} id={title_id} tabindex={(card.level == 1).then_some("-1")}>
                { language.text_of(&key) }{ in_person_language(card.person, &key) }
            </@>
            <p class="status"><span class="icon" aria-hidden="true"></span>{ status }</p>
            <p class="summary">{ plain }</p>
            <Listen text={format!("{} {}", language.text_of(&key), summary)} />
            if let Some(notice) = notice { <p class="notice" role="note">{ notice }</p> }
            if applies {
                { list(language, part, t::CARD_WHERE, shown.iter().map(|&(o, p)| office_line(language, o, p, card.report_to)).collect()) }
                { list(language, part, t::CARD_BRING, documents) }
            }
            { list(language, part, why_title, why.collect()) }
            { list(language, part, t::CARD_OPEN, open.collect()) }
            { list(language, part, t::CARD_WOULD_CHANGE, would_change.collect()) }
            <details class="more">
                <summary>{ language.text(t::CARD_MORE) }</summary>
                if !more.is_empty() { <p class="history">{ more }</p> }
                { list(language, part, t::CARD_STEPS, steps.collect()) }
                { list(language, part, t::CARD_ELSEWHERE, folded.iter().map(|&(o, p)| office_line(language, o, p, card.report_to)).collect()) }
                { list(language, part, t::CARD_SOURCES, sources(language, cited, card.details)) }
                if let Some(from) = right.valid_from {
                    <p class="since">{ language.text_with(t::CARD_VALID_SINCE, &[("date", language.partial_date(from).into())]) }</p>
                }
                if right.kind == huquq_engine::model::RightKind::Right {
                    <CounterButton right={card.outcome.right} texts={language.has(2)} />
                }
                if let Some(to) = card.report_to {
                    { looks_wrong(language, to, card) }
                }
            </details>
        </article>
    }
}

/// The id of a right's title, which its card is labelled by (and which takes the focus when
/// the card is a screen of its own).
pub fn title_id(right: &str) -> String {
    format!("title-{}", right.replace('.', "-"))
}

/// A text's first sentence, and the rest (figures, history) for the card's details.
pub fn first_sentence(text: &str) -> (&str, &str) {
    match text.find(". ") {
        Some(end) => (&text[..=end], text[end + 1..].trim_start()),
        None => (text, ""),
    }
}

/// A heading of `level` and a list, or nothing when the list is empty.
pub fn list(language: Language, level: u8, title: Text, items: Vec<Html>) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    html! { <><@{format!("h{level}")}>{ language.text(title) }</@><ul>{ for items }</ul></> }
}

/// An office in one line: its name (or kind), its city if it is in another region, its
/// address, hours, numbers to tap (each kept left to right inside Arabic), the date of its
/// source, and "this looks wrong?" when the site owner gave somewhere to write.
pub fn office_line(language: Language, office: OfficeId, placement: Placement, report_to: Option<&str>) -> Html {
    let known = crate::rules::office(office);
    let city =
        known.city.as_ref().filter(|_| placement == Placement::Elsewhere).map(|c| language.text_of(&keys::city(c)));
    let hours = language.hours(&known.hours);
    let checked = crate::rules::details().and_then(|d| {
        known.sources.iter().filter_map(|&s| d.sources[s.index()].date).max_by_key(|d| (d.year, d.month, d.day))
    });
    html! {
        <li class="office" data-office={known.id.clone()}>
            <span class="office-name">{ language.text_of(&keys::office(&known.id)) }</span>
            if let Some(city) = city { { " — " }<bdi>{ city }</bdi> }
            if let Some(address) = &known.address { { ", " }<bdi class="address">{ address }</bdi> }
            { for known.phone.iter().map(|number| html! { <>{ " " }{ crate::ui::welcome::phone_link(number) }</> }) }
            if let Some(number) = &known.whatsapp {
                { " " }{ language.text(t::CARD_WHATSAPP) }{ " " }<a href={whatsapp_link(number)} dir="ltr" rel="noopener noreferrer">{ number }</a>
            }
            if let Some(hours) = hours { { " · " }<bdi class="hours">{ hours }</bdi> }
            if let Some(email) = &known.email { { " " }<a href={format!("mailto:{email}")} dir="ltr">{ email }</a> }
            if let Some(site) = &known.website { { " " }<a href={site.clone()} dir="ltr" rel="noopener noreferrer">{ site }</a> }
            if let Some(date) = checked {
                <span class="checked">{ " " }{ language.text_with(t::CARD_CHECKED, &[("date", language.partial_date(date).into())]) }</span>
            }
            if let Some(to) = report_to {
                { " " }<a class="looks-wrong" data-action="looks-wrong" href={report_link(to, &crate::export::report_office(language, office))}>{ language.text(t::REPORT_WRONG) }</a>
            }
        </li>
    }
}

/// The sources of a right as a lawyer cites them, once the details are here.
fn sources(language: Language, ids: &[huquq_engine::model::SourceId], details: Option<bool>) -> Vec<Html> {
    match crate::rules::details() {
        Some(loaded) => ids.iter().map(|&s| source(language, &loaded.sources[s.index()])).collect(),
        None if details == Some(false) => vec![html! { <li>{ language.text(t::CARD_SOURCES_UNAVAILABLE) }</li> }],
        None => vec![html! { <li>{ language.text(t::CARD_SOURCES_LOADING) }</li> }],
    }
}

/// A citation as a lawyer writes it: the title (a link where public), the issuer, the date,
/// the reference. The sources are French: inside another language the whole citation is
/// one French, left-to-right block, its date written the French way.
pub fn source(language: Language, source: &Source) -> Html {
    let title = match &source.link {
        Some(link) => html! { <a href={link.clone()} rel="noopener noreferrer">{ &source.title }</a> },
        None => html! { { &source.title } },
    };
    let date = source.date.map(|d| source_date(language, d));
    html! {
        <li class="source" lang="fr" dir="ltr">
            <cite>{ title }</cite>{ ", " }{ &source.issuer }
            { for date.map(|d| html! { <>{ ", " }{ d }</> }) }
            { " — " }{ &source.reference }
        </li>
    }
}

/// A source's date: in words in French, the sources' language; inside another language, as
/// French legal texts write it in figures, so that the citation stays one French block.
pub fn source_date(language: Language, date: huquq_engine::PartialDate) -> String {
    if language.code() == "fr" { language.partial_date(date) } else { french_date(date) }
}

/// A date as French legal texts write it in figures: `09/10/2013`, `10/2013`, `2013`.
fn french_date(date: huquq_engine::PartialDate) -> String {
    match (date.month, date.day) {
        (0, _) => date.year.to_string(),
        (month, 0) => format!("{month:02}/{}", date.year),
        (month, day) => format!("{day:02}/{month:02}/{}", date.year),
    }
}

/// "This looks wrong?": a message the person's own mail or messaging app opens, to the
/// address the site owner gave, with the case as a scenario file for the rule authors
/// (`case::report_body_with_case`: no sensitive answer); Huquq sends nothing.
fn looks_wrong(language: Language, to: &str, card: &Card) -> Html {
    let right = &rules()[card.outcome.right];
    let report = crate::export::report(language, right, &card.outcome.because, card.answers);
    let body = crate::case::report_body_with_case(&report, card.answers, card.today, card.outcome.right);
    let body = crate::export::leave(&body);
    html! {
        <p><a class="looks-wrong" href={report_link(to, &body)} data-action="looks-wrong">{ language.text(t::REPORT_WRONG) }</a></p>
    }
}

/// `mailto:` with the message, or a WhatsApp link when the site owner gave a phone number.
pub fn report_link(to: &str, body: &str) -> String {
    let encoded = js_sys::encode_uri_component(body).as_string().unwrap_or_default();
    match to.strip_prefix("mailto:") {
        Some(address) => format!("mailto:{address}?subject=Huquq&body={encoded}"),
        None => format!("{}?text={encoded}", whatsapp_link(to)),
    }
}

/// The address that opens a chat with `number` in WhatsApp (its digits, country first).
pub fn whatsapp_link(number: &str) -> String {
    format!("https://wa.me/{}", number.chars().filter(char::is_ascii_digit).collect::<String>())
}

/// `text` in the person's language, marked as such so that Arabic reads right to left
/// inside a page in French, and screen readers switch voice.
pub fn in_person_language(person: Option<Language>, id: &str) -> Html {
    let Some(person) = person else { return Html::default() };
    html! { <span class="person-language" lang={person.code()} dir={person.direction()}>{ person.text_of(id) }</span> }
}

/// "Probably yes", "Maybe", "No, from your answers".
pub fn status_text(status: Status) -> Text {
    match status {
        Status::Eligible => t::STATUS_ELIGIBLE,
        Status::Undetermined => t::STATUS_UNDETERMINED,
        Status::NotEligible => t::STATUS_NOT_ELIGIBLE,
    }
}
