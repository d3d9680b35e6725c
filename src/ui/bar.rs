//! The choices around every screen: the language (in the bar at the top) and the display
//! (at the bottom).

use crate::config::THEMES;
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
/// (`:has`); the choice is also kept in memory, so that a new drawing of the page and the
/// second module (`set_theme`, from the hand-over) tick it again.
pub fn theme_switch(language: Language) -> Html {
    let texts = [t::THEME_AUTO, t::THEME_LIGHT, t::THEME_DARK, t::THEME_CONTRAST];
    let options = THEMES.iter().zip(texts).enumerate().map(|(index, (name, text))| {
        html! {
            <label>
                <input type="radio" name="theme" id={format!("theme-{name}")} value={*name} autocomplete="off"
                    checked={index == chosen_theme()} onchange={move |_| set_theme(index)} />
                { language.text(text) }
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

thread_local! {
    static THEME: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The display ticked now, as an index in [`THEMES`] (0: the system's).
pub fn chosen_theme() -> usize {
    THEME.get()
}

pub fn set_theme(index: usize) {
    THEME.set(index.min(THEMES.len() - 1));
}
