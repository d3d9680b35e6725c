//! "Remember my answers on this device": only when the person ticks it, and the sensitive
//! answers only when they tick that too.

use crate::i18n::Language;
use crate::i18n::t;
use crate::state::{Action, Interview};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// "Remember my answers on this device", and under it, once ticked, the sensitive answers too.
pub fn remember(language: Language, interview: &UseReducerHandle<Interview>) -> Html {
    let tick = |action: fn(bool) -> Action| {
        let interview = interview.clone();
        Callback::from(move |event: Event| {
            interview.dispatch(action(event.target_unchecked_into::<HtmlInputElement>().checked()))
        })
    };
    html! {
        <footer class="remember">
            <label>
                <input type="checkbox" id="remember" autocomplete="off" checked={interview.remember} onchange={tick(Action::Remember)} />
                { language.text(t::REMEMBER) }
            </label>
            if interview.remember {
                <label class="sensitive">
                    <input type="checkbox" id="remember-sensitive" autocomplete="off" checked={interview.remember_sensitive}
                        onchange={tick(Action::RememberSensitive)} />
                    { language.text(t::REMEMBER_SENSITIVE) }
                </label>
            }
        </footer>
    }
}
