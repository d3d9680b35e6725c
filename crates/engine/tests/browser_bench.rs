//! The benchmark of `benches/evaluate.rs`, in headless Chromium: the web app evaluates in
//! the browser, so that is the time people wait. Run with
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver
//! cargo test --release --target wasm32-unknown-unknown -p huquq-engine --test browser_bench -- --nocapture`.
//! The rules come from `support::embedded`, since a browser cannot read the disk.
#![cfg(target_arch = "wasm32")]

mod support;

use huquq_engine::Date;
use huquq_engine::check::check;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn time_per_answer() {
    let today = Date::from_ymd(2026, 11, 23).expect("a valid date");
    let report = check(&support::embedded::input(today));
    let rules = report.rules.expect("the embedded rules compile");
    let performance = web_sys::window().and_then(|w| w.performance()).expect("the page has `performance`");
    let now = || performance.now();
    console_log!("{}", support::measure("real", &rules, today, 20, 2_000.0, &now));
    console_log!("{}", support::measure("100x", &support::scaled(&rules, 100), today, 1, 5_000.0, &now));
}
