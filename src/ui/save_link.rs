//! "Continue later": a short code with the answers, made only when asked, shown with what it
//! reveals and copied only on a tap; sensitive answers go in only when ticked. The code is
//! typed back on the welcome ("I have a code"), so it never passes through the address and
//! the browser's history keeps nothing. A link with the answers is still offered, behind a
//! warning that the phone's history keeps it.

use super::language::use_language;
use crate::i18n::{Text, t};
use crate::privacy;
use crate::rules::rules;
use huquq_engine::Answers;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SaveLinkProps {
    pub answers: Answers,
}

#[function_component]
pub fn SaveLink(props: &SaveLinkProps) -> Html {
    let language = use_language();
    let open = use_state(|| false);
    let sensitive = use_state(|| false);
    let link_shown = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    let (code_field, link_field) = (use_node_ref(), use_node_ref());
    if !*open {
        return html! {
            <button type="button" class="save-link" data-action="save-link" onclick={toggle(&open, &copied)}>
                { language.text(t::SAVE_LINK) }
            </button>
        };
    }
    let mut kept = if *sensitive { props.answers.clone() } else { props.answers.without_sensitive(rules()) };
    // The link says which rules' version it was saved with, as the code does.
    kept.set_saved_with(Some(rules().version));
    let code = kept.to_code(rules());
    let any_sensitive = props.answers.iter().any(|(q, _)| rules().question(q).sensitive);
    let copy = |text: String, field: &NodeRef| {
        let (field, copied) = (field.clone(), copied.clone());
        Callback::from(move |_| {
            if let Some(field) = field.cast::<HtmlInputElement>() {
                field.select();
            }
            let copied = copied.clone();
            privacy::copy(&text, move |done| copied.set(Some(done)));
        })
    };
    let status = match *copied {
        Some(true) => language.text(t::SAVE_LINK_COPIED),
        Some(false) => language.text(t::COUNSELLOR_COPY_FAILED),
        None => String::new(),
    };
    let field = |id: &str, label: Text, value: &str, node: &NodeRef, action: &str, button: Text| {
        html! { <>
            <label for={id.to_string()}>{ language.text(label) }</label>
            <input id={id.to_string()} ref={node.clone()} type="text" readonly=true autocomplete="off" dir="ltr" value={value.to_string()} />
            <div class="actions">
                <button type="button" class="primary" data-action={action.to_string()} onclick={copy(value.to_string(), node)}>{ language.text(button) }</button>
            </div>
        </> }
    };
    let link = link_shown.then(|| {
        let page = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        privacy::link(&page, &kept.encode(rules()))
    });
    html! {
        <section class="saved-link" aria-labelledby="saved-link-title">
            <h2 id="saved-link-title">{ language.text(t::SAVE_LINK) }</h2>
            <p class="notice" role="note">{ language.text(t::SAVE_LINK_WARNING) }</p>
            if any_sensitive {
                <label class="sensitive">
                    <input type="checkbox" autocomplete="off" checked={*sensitive} onchange={toggle(&sensitive, &copied)} />
                    { language.text(t::SAVE_LINK_SENSITIVE) }
                </label>
            }
            { field("saved-code", t::SAVE_LINK_LABEL, &code, &code_field, "copy-code", t::SAVE_LINK_COPY) }
            <p>{ language.text(t::SAVE_LINK_HOW) }</p>
            <details class="as-link">
                <summary>{ language.text(t::SAVE_LINK_AS_LINK) }</summary>
                <p class="notice" role="note">{ language.text(t::SAVE_LINK_HISTORY) }</p>
                if let Some(link) = link {
                    { field("saved-link", t::SAVE_LINK_LINK_LABEL, &link, &link_field, "copy-link", t::SAVE_LINK_COPY_LINK) }
                } else {
                    <button type="button" data-action="show-link" onclick={toggle(&link_shown, &copied)}>{ language.text(t::SAVE_LINK_SHOW_LINK) }</button>
                }
            </details>
            <p class="copy-status" role="status">{ status }</p>
            <button type="button" onclick={toggle(&open, &copied)}>{ language.text(t::SAVE_LINK_CLOSE) }</button>
        </section>
    }
}

/// Flips `state`; whatever was copied before no longer describes what is shown.
fn toggle<E>(state: &UseStateHandle<bool>, copied: &UseStateHandle<Option<bool>>) -> Callback<E> {
    let (state, copied) = (state.clone(), copied.clone());
    Callback::from(move |_| {
        state.set(!*state);
        copied.set(None);
    })
}
