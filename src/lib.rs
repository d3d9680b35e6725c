//! Huquq's web app. It only renders: the rules, their checks and every decision come from
//! `huquq-engine`, compiled into the app by `build.rs`. Nothing typed ever leaves the page.

pub mod config;
pub mod counsellor;
pub mod i18n;
pub mod rules;
pub mod state;
pub mod ui;

/// Mounts the guide on the page's `<body>`.
pub fn start() {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let config = config::Config::from_query(&search);
    if let Some(domains) = &config.domains {
        rules::keep_only(domains);
    }
    if let Some(accent) = &config.accent {
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
        if let Some(root) = root.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
            // Through the style object, which the page's policy allows, never as markup.
            let _ = root.style().set_property("--accent", accent);
        }
    }
    config::set(config);
    yew::Renderer::<ui::App>::new().render();
    open_folded_parts_when_printing();
}

use wasm_bindgen::JsCast;

/// A printed page cannot be unfolded: print every folded part of the results.
fn open_folded_parts_when_printing() {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else { return };
    let open_all = Closure::<dyn Fn()>::new(|| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Ok(folded) = document.query_selector_all("details") else { return };
        for i in 0..folded.length() {
            if let Some(details) = folded.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                details.set_open(true);
            }
        }
    });
    let _ = window.add_event_listener_with_callback("beforeprint", open_all.as_ref().unchecked_ref());
    // Lives as long as the page.
    open_all.forget();
}
