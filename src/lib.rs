//! Huquq's web app. It only renders: the rules, their checks and every decision come from
//! `huquq-engine`, compiled into the app by `build.rs`. Nothing typed ever leaves the page:
//! answers live in memory, and reach storage, a link or the clipboard only when asked
//! (`privacy`).

#[cfg(feature = "full")]
pub mod case;
pub mod config;
#[cfg(feature = "full")]
pub mod counsellor;
pub mod digits;
#[cfg(feature = "full")]
pub mod export;
pub mod files;
#[cfg(test)]
mod fixture;
pub mod globals;
pub mod handover;
pub mod i18n;
pub mod privacy;
pub mod rules;
pub mod site;
pub mod speech;
pub mod state;
pub mod ui;

use wasm_bindgen::JsCast;

/// Mounts the guide on the page's `<body>`.
pub fn start() {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    // Measured, so a test can show that no address, however long, holds the page up.
    let performance = web_sys::window().and_then(|w| w.performance());
    if let Some(performance) = &performance {
        let _ = performance.mark("huquq-settings-start");
    }
    let config = config::Config::from_query(&search);
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark("huquq-settings", "huquq-settings-start");
    }
    if let Some(domains) = &config.domains {
        rules::keep_only(domains);
    }
    config::set(config);
    // The second module started ahead, while the first asks the questions: its rules read,
    // the texts of the start script's language and the details taken in, the results drawn
    // once off the page (`rehearse`); it waits for the hand-over.
    #[cfg(feature = "full")]
    if handover::wait_if_ahead(begin) {
        speech::hold(true);
        let _ = rules::rules();
        let language = i18n::Language::chosen_at_start();
        wasm_bindgen_futures::spawn_local(async move {
            if i18n::load(language, 1).await && i18n::load(language, 2).await && rules::load_details().await {
                ui::results::rehearse(language);
            }
        });
        return;
    }
    begin();
}

/// Draws the guide: with the interview the first module handed over, if this is the second.
fn begin() {
    #[cfg(feature = "full")]
    speech::hold(false);
    let carried = handover::take(rules::rules());
    // The language the first module was in, else the start script's choice.
    let wanted = carried.as_ref().map_or_else(i18n::Language::chosen_at_start, |c| c.language);
    wasm_bindgen_futures::spawn_local(async move {
        // Nothing to show without texts: the WebAssembly and the first texts arrive together.
        let Some(shown) = i18n::load_first(wanted).await else {
            web_sys::console::error_1(&"huquq: no language file could be loaded".into());
            return;
        };
        ui::language::set_first_language(shown);
        if let Some(carried) = carried {
            // What comes after the questions is drawn once, whole, with the rights' texts,
            // while the first module still says it is coming (none of "loading" drawn again).
            #[cfg(feature = "full")]
            let _ = i18n::load(shown, 2).await;
            ui::history::carry(carried.trail.0.clone(), carried.trail.1);
            ui::carry(carried);
            handover::take_over();
        }
        APP.set(Some(yew::Renderer::<ui::App>::new().render()));
        open_folded_parts_when_printing();
    });
}

thread_local! {
    /// The guide on the page, so the first module can take it off before handing over.
    static APP: std::cell::Cell<Option<yew::AppHandle<ui::App>>> = const { std::cell::Cell::new(None) };
}

/// Takes the guide off the page (its listeners go with it): the first module does so before
/// the second takes over.
pub fn take_off_page() {
    if let Some(app) = APP.take() {
        app.destroy();
    }
}

/// A printed page cannot be unfolded: print every folded part of the results.
fn open_folded_parts_when_printing() {
    let Some(window) = web_sys::window() else { return };
    let listener = gloo_events::EventListener::new(&window, "beforeprint", |_| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Ok(folded) = document.query_selector_all("details") else { return };
        for i in 0..folded.length() {
            if let Some(details) = folded.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                details.set_open(true);
            }
        }
    });
    // Lives as long as the page.
    listener.forget();
}
