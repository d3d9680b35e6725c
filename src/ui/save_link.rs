//! "Save a link to continue later": the link is made only when asked, shown with what it
//! reveals, copied only on a tap; sensitive answers go in only when ticked.

use super::use_language;
use crate::i18n::t;
use crate::privacy;
use crate::rules::rules;
use huquq_engine::Answers;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SaveLinkProps {
    pub answers: Answers,
}

/// "Save a link to continue later": the link is made only when asked, shown with what it
/// reveals, copied only on a tap; sensitive answers go in only when ticked.
#[function_component]
pub fn SaveLink(props: &SaveLinkProps) -> Html {
    let language = use_language();
    let open = use_state(|| false);
    let sensitive = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    let field = use_node_ref();
    if !*open {
        return html! {
            <button type="button" class="save-link" data-action="save-link" onclick={toggle(&open, &copied)}>
                { language.text(t::SAVE_LINK) }
            </button>
        };
    }
    let page = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let link = privacy::link(&page, &privacy::kept(&props.answers, *sensitive));
    let any_sensitive = props.answers.iter().any(|(q, _)| rules().question(q).sensitive);
    let copy = {
        let (link, field, copied) = (link.clone(), field.clone(), copied.clone());
        Callback::from(move |_| {
            if let Some(field) = field.cast::<HtmlInputElement>() {
                field.select();
            }
            let copied = copied.clone();
            privacy::copy(&link, move |done| copied.set(Some(done)));
        })
    };
    let status = match *copied {
        Some(true) => language.text(t::SAVE_LINK_COPIED),
        Some(false) => language.text(t::COUNSELLOR_COPY_FAILED),
        None => String::new(),
    };
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
            <label for="saved-link">{ language.text(t::SAVE_LINK_LABEL) }</label>
            <input id="saved-link" ref={field} type="text" readonly=true autocomplete="off" dir="ltr" value={link} />
            <div class="actions">
                <button type="button" class="primary" data-action="copy-link" onclick={copy}>{ language.text(t::SAVE_LINK_COPY) }</button>
                <button type="button" onclick={toggle(&open, &copied)}>{ language.text(t::SAVE_LINK_CLOSE) }</button>
            </div>
            <p class="copy-status" role="status">{ status }</p>
        </section>
    }
}

/// Flips `state`; whatever was copied before no longer describes the link shown.
fn toggle<E>(state: &UseStateHandle<bool>, copied: &UseStateHandle<Option<bool>>) -> Callback<E> {
    let (state, copied) = (state.clone(), copied.clone());
    Callback::from(move |_| {
        state.set(!*state);
        copied.set(None);
    })
}
