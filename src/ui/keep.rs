//! "Remember my answers on this device": only when the person ticks it, and the sensitive
//! answers only when they tick that too.

use crate::i18n::Language;
use crate::i18n::t;
use crate::privacy;
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
        <div class="remember">
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
        </div>
    }
}

/// While "remember" is ticked, the answers (the sensitive ones only if ticked too) and the
/// language are kept on this device after every change; once unticked, all of it is forgotten.
#[hook]
pub(super) fn use_kept_on_device(interview: &Interview, language: Language) {
    use_effect_with(
        (interview.answers.clone(), interview.remember, interview.remember_sensitive, language),
        |(answers, remember, sensitive, language)| {
            let kept = remember.then(|| privacy::kept(answers, *sensitive));
            privacy::remember(kept.as_deref().map(|answers| (answers, language.code())));
        },
    );
}
