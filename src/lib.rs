//! Huquq's web app. It only renders: the rules, their checks and every decision come from
//! `huquq-engine`, compiled into the app by `build.rs`. Nothing typed ever leaves the page.

pub mod i18n;
pub mod rules;
pub mod state;
pub mod ui;

/// Mounts the guide on the page's `<body>`.
pub fn start() {
    yew::Renderer::<ui::App>::new().render();
}
