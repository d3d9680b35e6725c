//! The first module's part in `handover`: once the review or the results are due (or the
//! counsellor's page or the admin view), it hands the interview to the second module and
//! stays on the page, saying so, until the second takes over; if the second cannot be had
//! (offline, a broken file), it says so and offers to try again. The second never hands over.
//! Only in the first module.

use super::{bar, history};
use crate::i18n::{Language, t};
use crate::rules::rules;
use crate::state::{Interview, Screen};
use yew::prelude::*;

#[hook]
pub(super) fn use_hand_over(interview: &Interview, language: Language, counsellor: bool) -> HandingOver {
    let later = matches!(interview.screen, Screen::Review | Screen::Results | Screen::Resume);
    let due = later || counsellor || crate::config::current().admin;
    let failed = use_state(|| false);
    let pending = due.then(|| (interview.clone(), language, counsellor));
    {
        let failed = failed.clone();
        // Once this render and its effects are over (the trail has its last step).
        use_effect_with(pending, move |pending| {
            if let Some(pending) = pending.clone() {
                hand_over(pending, failed);
            }
        });
    }
    let retry = {
        let (interview, failed) = (interview.clone(), failed.clone());
        Callback::from(move |_| hand_over((interview.clone(), language, counsellor), failed.clone()))
    };
    HandingOver { failed: *failed, retry }
}

thread_local! {
    /// How many times the second module was asked for.
    static ATTEMPT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Asks for the second module; `failed` hears whether it could not be had.
fn hand_over((interview, language, counsellor): (Interview, Language, bool), failed: UseStateHandle<bool>) {
    failed.set(false);
    let attempt = ATTEMPT.replace(ATTEMPT.get() + 1);
    let carried = crate::handover::Carried {
        interview,
        language,
        trail: history::trail(),
        theme: bar::chosen_theme(),
        counsellor,
    };
    crate::handover::hand_over(rules(), &carried, attempt, move || failed.set(true));
}

/// The first module's screen while the second loads, or once it could not.
pub(super) struct HandingOver {
    failed: bool,
    retry: Callback<MouseEvent>,
}

impl HandingOver {
    pub(super) fn view(&self, language: Language, on_back: Callback<MouseEvent>) -> Html {
        if !self.failed {
            return html! { <p class="loading" role="status">{ language.text(t::LOADING_RESULTS) }</p> };
        }
        html! {
            <section class="load-failed" role="alert">
                <p>{ language.text(t::LOAD_FAILED) }</p>
                <div class="actions">
                    <button type="button" class="primary" data-action="retry" onclick={self.retry.clone()}>{ language.text(t::TRY_AGAIN) }</button>
                    <button type="button" class="back" onclick={on_back}>{ language.text(t::BACK) }</button>
                </div>
            </section>
        }
    }
}
