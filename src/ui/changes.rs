//! "What changed in the guide since you saved your answers": shown at the top of the results
//! when the answers came from a saved link or code made with an older version of the rules.
//! The list is the engine's (`huquq_engine::changes::since`), from the changes the details
//! carry; here it is only drawn, each right's title with its sentence (`keys::change`).
//!
//! A plain function inside the results' section, not a component of its own: Yew 0.23 loses
//! its place when a component that draws nothing sits between a part that appears (the NGO's
//! contact, once the site file is read) and one that goes (yewstack/yew#4092), and stops.

use crate::i18n::{Language, t};
use crate::rules::{details, rules};
use huquq_engine::outcome::Outcome;
use huquq_engine::{changes, keys};
use yew::prelude::*;

/// The notice, or nothing when the answers were not opened from an older link or code (the
/// rules' version they were `saved_with`), when the details (which hold the changes) are not
/// here yet, or when nothing changed since for these answers.
pub fn changes_since(language: Language, saved_with: Option<u32>, outcomes: &[Outcome]) -> Html {
    let older = saved_with.filter(|&v| v < rules().version);
    let (Some(version), Some(details)) = (older, details()) else { return Html::default() };
    let changed = changes::since(rules(), &details.changes, version, outcomes);
    if changed.is_empty() {
        return Html::default();
    }
    let items = changed.iter().map(|change| {
        let title = rules().right_index(&change.right).map(|r| language.text_of(&keys::right(rules().right(r))));
        html! {
            <li data-change-right={change.right.clone()} data-change-version={change.version.to_string()}>
                <strong>{ title.unwrap_or_default() }</strong>{ " " }
                { language.text_of(&keys::change(change.version, &change.right)) }
            </li>
        }
    });
    html! {
        <section class="changes-since notice" role="note" aria-labelledby="changes-since-title">
            <h2 id="changes-since-title">{ language.text(t::RESULTS_CHANGES_TITLE) }</h2>
            <ul>{ for items }</ul>
        </section>
    }
}
