//! The first screen, and the NGO's contact shown on it and above the results. The page shows
//! the same welcome before the WebAssembly arrives (`xtask/src/first_screen.rs`); the app,
//! mounting, takes its place and acts on a tap on its Start kept by the start script.

use crate::i18n::{Language, t};
use crate::rules::rules;
use yew::prelude::*;

/// The first screen: what the guide does, that answers stay here, how to leave at once;
/// going on with a code saved before; `on_counsellor` offers counsellor mode.
pub fn welcome(
    language: Language,
    on_start: Callback<MouseEvent>,
    on_resume: Callback<MouseEvent>,
    on_counsellor: Option<Callback<MouseEvent>>,
) -> Html {
    let reviewed = language.date(rules().reviewed);
    html! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{ language.text(t::WELCOME_TITLE) }</h1>
            <p>{ language.text(t::WELCOME_INTRO) }</p>
            <p class="privacy">{ language.text(t::WELCOME_PRIVACY) }</p>
            <p class="quick-exit-hint">{ language.text(t::QUICK_EXIT_HINT) }</p>
            <p>{ language.text(t::WELCOME_NOT_A_DECISION) }</p>
            <p class="reviewed">{ language.text_with(t::WELCOME_REVIEWED, &[("date", reviewed.into())]) }</p>
            <button type="button" class="primary" data-action="start" onclick={on_start}>{ language.text(t::START) }</button>
            <p><button type="button" class="link" data-action="resume" onclick={on_resume}>{ language.text(t::WELCOME_RESUME) }</button></p>
            if let Some(on_counsellor) = on_counsellor {
                <p class="for-counsellors">
                    <button type="button" class="link" data-action="counsellor" onclick={on_counsellor}>{ language.text(t::WELCOME_COUNSELLOR) }</button>
                </p>
            }
        </section>
    }
}

/// Whether the person tapped Start on the page's own welcome before this module arrived (the
/// start script keeps the tap as `huquqStartTapped`); read once.
pub fn tapped_before_mount() -> bool {
    crate::globals::take("huquqStartTapped").is_some_and(|tapped| tapped.is_truthy())
}

/// The NGO's contact, first of all places to go; every part is plain text. A contact from
/// the address of a frame (`framed`) says who gave it.
pub fn ngo_contact(language: Language, ngo: &crate::config::Ngo, framed: bool) -> Html {
    html! {
        <aside class="ngo" aria-labelledby="ngo-title">
            <h2 id="ngo-title">{ language.text(t::NGO_TITLE) }</h2>
            <p class="ngo-name">{ &ngo.name }</p>
            if let Some(phone) = &ngo.phone {
                <p>{ phone_link(phone) }</p>
            }
            if let Some(address) = &ngo.address { <p>{ address }</p> }
            if framed {
                <p class="ngo-given-by" data-given-by="frame">{ language.text(t::NGO_FRAMED) }</p>
            }
        </aside>
    }
}

/// A phone number that dials when tapped, kept left to right inside Arabic text.
pub(crate) fn phone_link(phone: &str) -> Html {
    html! { <a href={format!("tel:{}", phone.replace([' ', '(', ')', '.', '-'], ""))} dir="ltr">{ phone }</a> }
}
