//! "A new version is ready", with a button to show it: the service worker
//! (`xtask/src/site/worker.js`) installed a newer guide while this one was open. The guide
//! never reloads by itself: the person may be in the middle of an answer.

use super::language::use_language;
use crate::i18n::t;
use gloo_events::EventListener;
use std::cell::Cell;
use yew::prelude::*;

#[function_component]
pub(super) fn UpdateNotice() -> Html {
    let language = use_language();
    if !use_update_ready() {
        // Drawing nothing, it must stay `<main>`'s first child: a part that appears before it
        // while one after it goes would make Yew 0.23 lose its place (yewstack/yew#4092).
        return Html::default();
    }
    html! {
        <p class="notice update" role="status">
            { language.text(t::UPDATE_READY) }{ " " }
            <button type="button" data-action="reload" onclick={|_| reload()}>{ language.text(t::UPDATE_RELOAD) }</button>
        </p>
    }
}

/// Whether a newer version of the guide took over while this one was open.
#[hook]
fn use_update_ready() -> bool {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |()| {
            let workers = web_sys::window().map(|w| w.navigator().service_worker());
            // On the first visit the first worker takes over too: that is no update.
            let controlled = Cell::new(workers.as_ref().is_some_and(|w| w.controller().is_some()));
            let listener = workers.map(|workers| {
                EventListener::new(&workers, "controllerchange", move |_| {
                    if controlled.replace(true) {
                        ready.set(true);
                    }
                })
            });
            move || drop(listener)
        });
    }
    *ready
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
