//! "Show this at the counter": a full-screen card addressed to the official, in Arabic and
//! French side by side whatever the person's language, saying what is asked, the text that
//! grants it and whom to call to check. Staff often do not know the circulars that open
//! their service to migrants (seed 001, health challenges). Printable on its own.

use crate::i18n::{Language, t};
use crate::rules::rules;
use crate::ui::language::use_language;
use huquq_engine::keys;
use huquq_engine::model::RightId;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CounterProps {
    pub right: RightId,
    /// Whether the results' texts are here: the component is drawn again when they arrive.
    pub texts: bool,
}

/// The languages of the card: those of Moroccan administration.
const OFFICIAL: [&str; 2] = ["ar", "fr"];

#[function_component]
pub fn CounterButton(props: &CounterProps) -> Html {
    let language = use_language();
    let open = use_state(|| false);
    let ready = use_state(|| false);
    let close_button = use_node_ref();
    let show = {
        let (open, ready) = (open.clone(), ready.clone());
        Callback::from(move |_| {
            open.set(true);
            let ready = ready.clone();
            // Both languages' rights texts, whatever the person reads.
            wasm_bindgen_futures::spawn_local(async move {
                for code in OFFICIAL {
                    if let Some(language) = Language::from_code(code) {
                        crate::i18n::load(language, 1).await;
                        crate::i18n::load(language, 2).await;
                    }
                }
                ready.set(true);
            });
        })
    };
    {
        let close_button = close_button.clone();
        use_effect_with((*open, *ready), move |_| {
            if let Some(button) = close_button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let close = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    let open_button = use_node_ref();
    {
        // Escape closes the card wherever the focus is (a tap on its text leaves none inside);
        // once closed, the focus goes back to the button that opened it.
        let (open, open_button) = (open.clone(), open_button.clone());
        use_effect_with(*open, move |&shown| {
            let listener = shown.then(|| {
                let document = web_sys::window().and_then(|w| w.document());
                document.map(|d| {
                    gloo_events::EventListener::new(&d, "keydown", move |event| {
                        let escape = event.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|e| e.key() == "Escape");
                        if escape {
                            open.set(false);
                        }
                    })
                })
            });
            move || {
                if listener.is_some()
                    && let Some(button) = open_button.cast::<web_sys::HtmlElement>()
                {
                    let _ = button.focus();
                }
            }
        });
    }
    let button = html! {
        <button type="button" class="counter-open" data-action="counter" ref={open_button} onclick={show}>{ language.text(t::COUNTER_OPEN) }</button>
    };
    if !*open {
        return button;
    }
    let title_id = format!("counter-{}", usize::from(props.right));
    let sides = OFFICIAL.iter().filter_map(|code| Language::from_code(code)).map(|l| side(l, props.right));
    let card = html! {
        <div class="counter-card" role="dialog" aria-modal="true" aria-labelledby={title_id.clone()} tabindex="-1">
            <p class="counter-tools">
                <button type="button" ref={close_button} data-action="counter-close" onclick={close}>{ language.text(t::COUNTER_CLOSE) }</button>
                <button type="button" data-action="counter-print" onclick={|_| print()}>{ language.text(t::COUNTER_PRINT) }</button>
            </p>
            <h2 id={title_id} class="visually-hidden">{ language.text(t::COUNTER_OPEN) }</h2>
            if *ready {
                <div class="counter-sides">{ for sides }</div>
            } else {
                <p role="status">{ language.text(t::CARD_SOURCES_LOADING) }</p>
            }
        </div>
    };
    // Straight in the page's body, over everything: printed alone, without the results.
    let body = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body());
    html! {
        <>
            { button }
            { for body.map(|body| create_portal(card, body.into())) }
        </>
    }
}

/// One language's half: to the official, what is asked, on what basis, whom to call.
fn side(language: Language, right: RightId) -> Html {
    let rules = rules();
    let right = &rules[right];
    let details = crate::rules::details();
    // The rule's first source is the text that grants it; the others are reports about it.
    let basis = right.sources.first().and_then(|&s| details.map(|d| &d.sources[s.index()]));
    let checks: Vec<Html> = right
        .offices
        .iter()
        .map(|&o| crate::rules::office(o))
        .filter(|o| !o.phone.is_empty())
        .map(|office| {
            let phones = office.phone.iter().map(|p| html! { <>{ " " }{ crate::ui::welcome::phone_link(p) }</> });
            html! { <li>{ language.text_of(&keys::office(&office.id)) }{ for phones }</li> }
        })
        .collect();
    html! {
        <section class="counter-side" lang={language.code()} dir={language.direction()}>
            <p class="counter-to">{ language.text(t::COUNTER_TO) }</p>
            <p class="counter-asks">{ language.text_with(t::COUNTER_ASKS, &[("right", language.text_of(&keys::right(right)).into())]) }</p>
            <p>{ super::card::first_sentence(&language.attribute(&keys::right(right), keys::SUMMARY)).0 }</p>
            <h3>{ language.text(t::COUNTER_BASIS) }</h3>
            <ul>{ for basis.map(|s| super::card::source(language, s)) }</ul>
            { super::card::list(language, 3, t::COUNTER_CHECK, checks) }
        </section>
    }
}

/// Prints the counter card alone (the print style shows only it while it is open).
fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
