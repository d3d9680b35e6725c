//! "What changed in the guide since you saved your answers": shown with the results when the
//! answers came from a saved link or code made with an older version of the rules. The list
//! is the engine's (`huquq_engine::changes::since`); here it is only drawn, each right's title
//! with its sentence (`keys::change`).

use crate::i18n::{Language, t};
use crate::privacy;
use crate::rules::rules;
use huquq_engine::outcome::Outcome;
use huquq_engine::{changes, keys};
use yew::prelude::*;

/// The notice, or nothing when the answers were not opened from an older link or code, or
/// when nothing changed since for these answers.
pub fn since_notice(language: Language, outcomes: &[Outcome]) -> Html {
    let Some(version) = privacy::opened_version() else { return Html::default() };
    let rules = rules();
    let changed = changes::since(rules, version, outcomes);
    if changed.is_empty() {
        return Html::default();
    }
    let items = changed.iter().map(|change| {
        let right = rules.right(change.right);
        html! {
            <li data-change-right={right.id.clone()} data-change-version={change.version.to_string()}>
                <strong>{ language.text_of(&keys::right(right)) }</strong>{ " " }
                { language.text_of(&keys::change(change.version, &right.id)) }
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
