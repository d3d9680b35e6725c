//! "What changed in the guide since you saved your answers": shown above the results when the
//! answers came from a saved link or code made with an older version of the rules. The list
//! is the engine's (`huquq_engine::changes::since`), from the changes the details carry; here
//! it is only drawn, each right's title with its sentence (`keys::change`).

use super::language::use_language;
use crate::i18n::t;
use crate::rules::{details, load_details, rules};
use huquq_engine::outcome::Outcome;
use huquq_engine::{changes, keys};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangesSinceProps {
    /// The rules' version the answers were saved with (`Answers::saved_with`), if any.
    pub version: Option<u32>,
    pub outcomes: Vec<Outcome>,
}

/// The notice, or nothing when the answers were not opened from an older link or code, or
/// when nothing changed since for these answers.
#[function_component]
pub fn ChangesSince(props: &ChangesSinceProps) -> Html {
    let language = use_language();
    let older = props.version.filter(|&v| v < rules().version);
    // Only an older link or code needs the details, which the results fetch too.
    let loaded = use_state(|| details().is_some());
    {
        let loaded = loaded.clone();
        use_effect_with(older.is_some(), move |&older| {
            if older && !*loaded {
                wasm_bindgen_futures::spawn_local(async move { loaded.set(load_details().await) });
            }
        });
    }
    let (Some(version), Some(details)) = (older, details()) else { return Html::default() };
    let changed = changes::since(rules(), &details.changes, version, &props.outcomes);
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
