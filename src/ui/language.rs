//! The language the guide is shown in: first the one whose texts were loaded before it was
//! drawn, then the one chosen in the bar once its texts are here. It sets the document's
//! `lang`, `dir` and title, fetches the rights' texts when they are due, and draws the guide
//! again when a language file arrives. Which texts say what is `crate::i18n`'s business.

use crate::i18n::{self, Language, t};
use std::cell::Cell;
use yew::prelude::*;

thread_local! {
    /// The language whose texts were loaded before the guide was first drawn.
    static FIRST_LANGUAGE: Cell<Option<Language>> = const { Cell::new(None) };
}

/// The language to draw the guide in first (its texts are loaded).
pub fn set_first_language(language: Language) {
    FIRST_LANGUAGE.set(Some(language));
}

/// The language the guide was first drawn in (the start script's choice before that).
pub(super) fn first_language() -> Language {
    FIRST_LANGUAGE.get().unwrap_or_else(Language::chosen_at_start)
}

/// The language shown, and what the bar's language switch calls.
pub(super) struct Shown {
    pub language: Language,
    /// The language chosen last could not be had (offline, never fetched).
    pub offline: bool,
    pub choose: Callback<Language>,
}

/// The language of the whole guide: the first, then each one chosen, once its texts are here.
#[hook]
pub(super) fn use_shown_language() -> Shown {
    let language = use_state(first_language);
    let offline = use_state(|| false);
    use_texts_arriving();
    use_effect_with(*language, |language| show_language(*language));
    // A language is shown once its texts are here; one never fetched, offline, says so.
    let choose = {
        let (language, offline) = (language.clone(), offline.clone());
        Callback::from(move |chosen: Language| {
            let (language, offline) = (language.clone(), offline.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let here = i18n::load(chosen, 1).await;
                offline.set(!here);
                if here {
                    language.set(chosen);
                    // A language used once works offline later: its rights' texts too.
                    i18n::load(chosen, 2).await;
                }
            });
        })
    };
    Shown { language: *language, offline: *offline, choose }
}

/// The language chosen in the switch, for any component below `App`.
#[hook]
pub(crate) fn use_language() -> Language {
    use_context::<Language>().unwrap_or_default()
}

/// Draws the component again whenever a language file arrives (the rights' texts, after the
/// first screen).
#[hook]
pub(super) fn use_texts_arriving() {
    let update = use_force_update();
    use_effect_with((), move |()| i18n::when_loaded(move || update.force_update()));
}

/// The rights' texts of `language` (and, in the first module, the second module and the
/// rules' details): fetched once the person leaves the welcome (or opens the counsellor's
/// page, or comes back to saved answers), or a few seconds after the first screen, so that
/// they are on the device for later, offline.
/// Whether they could not be had (offline, never fetched).
#[hook]
pub(super) fn use_rights_texts(language: Language, needed_now: bool) -> bool {
    let missing = use_state(|| false);
    let flag = missing.clone();
    use_effect_with((language, needed_now), move |&(language, needed_now)| {
        let fetch = move |flag: UseStateHandle<bool>| {
            if !cfg!(feature = "full") {
                crate::files::prefetch_after_first_screen();
            }
            wasm_bindgen_futures::spawn_local(async move { flag.set(!i18n::load(language, 2).await) });
        };
        let later = (!needed_now).then(|| {
            let flag = flag.clone();
            gloo_timers::callback::Timeout::new(3_000, move || fetch(flag))
        });
        if needed_now {
            fetch(flag);
        }
        // Leaving the welcome before the timer fetches at once; the timer is then dropped.
        move || drop(later)
    });
    *missing
}

/// Sets `lang`, `dir` and the title of the whole document, so screen readers pronounce the
/// texts in the right language and Arabic reads right to left everywhere.
fn show_language(language: Language) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", language.code());
        let _ = root.set_attribute("dir", language.direction());
    }
    document.set_title(&language.text(t::APP_TITLE));
}
