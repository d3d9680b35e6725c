//! Where the keyboard and screen reader focus goes: to the heading of each new screen, so that
//! it is read first, and to a part of the page a link jumps to (never through the address's
//! `#`, which the browser's history would keep).

use crate::state::Screen;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Moves the focus to the heading of each new screen (a question, the review, the results);
/// the welcome keeps the page's own start.
#[hook]
pub(super) fn use_focus_on_screen(screen: Screen, texts: bool) {
    // The results' heading comes once their texts are here: focused then.
    let results_drawn = screen == Screen::Results && texts;
    use_effect_with((screen, results_drawn), |(screen, _)| {
        if *screen == Screen::Welcome {
            return;
        }
        let document = web_sys::window().and_then(|w| w.document());
        let heading = document.and_then(|d| d.query_selector("main h1[tabindex]").ok().flatten());
        if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = heading.focus();
        }
    });
}

/// Scrolls to the element with this id and moves the keyboard and screen reader focus there.
#[cfg(feature = "full")]
pub(crate) fn focus_on(id: &str) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if element.tab_index() < 0 && !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        element.scroll_into_view();
        let _ = element.focus();
    }
}
