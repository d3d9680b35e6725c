//! The choices around every screen: the language (in the bar at the top) and the display
//! (at the bottom).

use crate::i18n::{Language, t};
use yew::prelude::*;

/// Each language named in itself, so a reader finds theirs whatever is shown.
pub fn language_switch(current: Language, on_choose: &Callback<Language>) -> Html {
    let buttons = Language::all().map(|language| {
        let on_choose = on_choose.clone();
        html! {
            <li>
                <button type="button" class="language" lang={language.code()} dir={language.direction()}
                    aria-pressed={(language == current).to_string()}
                    onclick={move |_| on_choose.emit(language)}>
                    { language.name() }
                </button>
            </li>
        }
    });
    html! {
        <nav class="languages" aria-label={current.text(t::LANGUAGE_SWITCH)}>
            <ul>{ for buttons }</ul>
        </nav>
    }
}

/// "Display": the system's choice, light, dark or high contrast, for this visit only (a
/// shared phone keeps no trace of it). The style sheet follows the ticked choice by itself
/// (`:has`), so no code runs for it.
pub fn theme_switch(language: Language) -> Html {
    let themes =
        [("auto", t::THEME_AUTO), ("light", t::THEME_LIGHT), ("dark", t::THEME_DARK), ("contrast", t::THEME_CONTRAST)];
    let options = themes.iter().map(|(name, text)| {
        html! {
            <label>
                <input type="radio" name="theme" id={format!("theme-{name}")} value={*name} checked={*name == "auto"} autocomplete="off" />
                { language.text(*text) }
            </label>
        }
    });
    html! {
        <fieldset class="theme">
            <legend>{ language.text(t::THEME) }</legend>
            { for options }
        </fieldset>
    }
}
