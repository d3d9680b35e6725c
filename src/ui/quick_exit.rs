//! Quick exit, above every screen: the button, and Escape pressed three times within two
//! seconds. Both only call `privacy::quick_exit`; the leaving itself is the start script's,
//! so that it works whatever the modules do.

use super::language::use_language;
use crate::i18n::t;
use crate::privacy;
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[function_component]
pub(super) fn QuickExit() -> Html {
    let language = use_language();
    use_escape_three_times();
    html! {
        <div class="exit">
            <button type="button" class="quick-exit" data-action="quick-exit" aria-keyshortcuts="Escape"
                title={language.text(t::QUICK_EXIT_KEY)} onclick={|_| privacy::quick_exit()}>
                { language.text(t::QUICK_EXIT) }
            </button>
        </div>
    }
}

/// Quick exit from the keyboard. (The start script leaves again if the browser brings the
/// page back after a quick exit.)
#[hook]
fn use_escape_three_times() {
    use_effect_with((), |()| {
        let presses = Rc::new(RefCell::new(Vec::<f64>::new()));
        let window = web_sys::window();
        let keys = window.as_ref().map(|window| {
            EventListener::new(window, "keydown", move |event| {
                let key = js_sys::Reflect::get(event, &"key".into()).ok().and_then(|k| k.as_string());
                if key.as_deref() != Some("Escape") {
                    return;
                }
                let now = js_sys::Date::now();
                let mut presses = presses.borrow_mut();
                presses.retain(|&at| now - at < 2000.0);
                presses.push(now);
                if presses.len() >= 3 {
                    privacy::quick_exit();
                }
            })
        });
        move || drop(keys)
    });
}
