//! Components and browser-only code in headless Chromium (`cargo xtask test` runs these with
//! wasm-bindgen-test-runner and chromedriver).
#![cfg(target_arch = "wasm32")]

use huquq::i18n::Language;
use huquq::ui::App;
use huquq_engine::Date;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Waits one timer tick.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `check` holds, as a person waits for the screen: Yew 0.23 yields to the browser
/// every 16 ms of work, so on a busy machine a render can end after any fixed wait. Fails, naming
/// `what`, if it does not hold within 5 seconds.
async fn until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..250 {
        if check() {
            return;
        }
        tick().await;
    }
    panic!("after 5 seconds, still not: {what}");
}

fn mount() -> Element {
    // No start script here to fetch the language files: take those build.rs compiled.
    huquq::i18n::install_embedded();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}")).dyn_into().unwrap()
}

/// The element `selector` matches, once it is drawn.
async fn drawn(root: &Element, selector: &str) -> HtmlElement {
    until(&format!("something matches {selector}"), || root.query_selector(selector).ok().flatten().is_some()).await;
    find(root, selector)
}

fn html() -> Element {
    web_sys::window().unwrap().document().unwrap().document_element().unwrap()
}

#[wasm_bindgen_test]
fn dates_are_written_the_way_each_language_writes_them() {
    huquq::i18n::install_embedded();
    let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
    let day = Date::from_ymd(2026, 11, 23).unwrap();
    assert_eq!(plain(Language::from_code("fr").unwrap().date(day)), "23 novembre 2026");
    assert_eq!(plain(Language::from_code("en").unwrap().date(day)), "23 November 2026");
    assert_eq!(plain(Language::from_code("ar").unwrap().date(day)), "23 نونبر 2026");
}

#[wasm_bindgen_test]
async fn switching_to_arabic_turns_the_whole_document_right_to_left_and_keeps_the_screen() {
    let root = mount();
    drawn(&root, "button.primary").await.click();
    let question = drawn(&root, "[data-question]").await.get_attribute("data-question").unwrap();
    find(&root, "button.language[lang=ar]").click();
    until("the document is right to left", || html().get_attribute("dir").as_deref() == Some("rtl")).await;
    assert_eq!(html().get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(find(&root, "[data-question]").get_attribute("data-question").unwrap(), question);
    assert_eq!(find(&root, "button.language[lang=ar]").get_attribute("aria-pressed").as_deref(), Some("true"));
    find(&root, "button.language[lang=fr]").click();
    until("the document is left to right again", || html().get_attribute("dir").as_deref() == Some("ltr")).await;
    root.remove();
}

#[wasm_bindgen_test]
async fn the_question_heading_takes_the_focus() {
    let root = mount();
    drawn(&root, "button.primary").await.click();
    drawn(&root, "[data-question]").await;
    let focused = || web_sys::window().unwrap().document().unwrap().active_element().map(|e| e.id());
    until("the question's heading has the focus", || focused().as_deref() == Some("question-title")).await;
    root.remove();
}
