//! The phone's Back and Forward buttons inside the guide. Each new screen adds a browser
//! history entry with the page's own address, which holds no answer, and a step number as
//! its state; Back shows the screen of the step before. A right's screen opened over the
//! results is a step of its own the same way. The screens are kept in memory here, never in
//! the history entries, which the browser writes to its profile.

use crate::state::{Action, Interview, Screen};
use gloo_events::EventListener;
#[cfg(feature = "full")]
use huquq_engine::model::RightId;
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The screens of this visit, step by step, and the step shown.
#[derive(Default)]
struct Trail {
    screens: Vec<Screen>,
    at: usize,
    /// The next screen change comes from Back or Forward: it adds no entry.
    moving: bool,
    /// The steps that show a right's screen over the results, and which right.
    #[cfg(feature = "full")]
    opened: Vec<(usize, RightId)>,
}

thread_local! {
    /// One guide per page: its trail, which the first module hands to the second.
    static TRAIL: RefCell<Trail> = RefCell::new(Trail::default());
    /// The trail came from the first module (`carry`): the guide continues it.
    static CARRIED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

const STEP: &str = "huquqStep";

/// The screens of this visit and the step shown, for the module that takes over.
#[cfg(not(feature = "full"))]
pub fn trail() -> (Vec<Screen>, usize) {
    TRAIL.with(|trail| {
        let trail = trail.borrow();
        (trail.screens.clone(), trail.at)
    })
}

/// Continues the trail of the module before (call before the guide is drawn).
pub fn carry(screens: Vec<Screen>, at: usize) {
    TRAIL.with(|trail| {
        *trail.borrow_mut() = Trail { at: at.min(screens.len().saturating_sub(1)), screens, ..Trail::default() }
    });
    CARRIED.set(true);
}

/// Keeps the browser's history in step with the guide's screens; returns what the guide's
/// own "Back" button does (the same as the phone's).
#[hook]
pub fn use_back_button(interview: &UseReducerHandle<Interview>) -> Callback<MouseEvent> {
    let first = interview.screen.clone();
    use_state(move || {
        if !CARRIED.take() {
            TRAIL.with(|trail| *trail.borrow_mut() = Trail { screens: vec![first], ..Trail::default() });
        }
    });
    use_effect_with(interview.screen.clone(), |screen| TRAIL.with(|trail| step_to(&mut trail.borrow_mut(), screen)));
    {
        let interview = interview.clone();
        use_effect_with((), move |()| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |event| show_step(&interview, step_of(event)))
            });
            move || drop(listener)
        });
    }
    let interview = interview.clone();
    Callback::from(move |_| {
        let back_in_browser = TRAIL.with(|trail| trail.borrow().at > 0);
        match web_sys::window().and_then(|w| w.history().ok()) {
            Some(history) if back_in_browser => _ = history.back(),
            _ => interview.dispatch(Action::Back),
        }
    })
}

/// The step a Back or Forward (`popstate`) went to: the first entry has none.
fn step_of(event: &web_sys::Event) -> usize {
    let state = js_sys::Reflect::get(event, &"state".into()).unwrap_or(JsValue::NULL);
    let step = js_sys::Reflect::get(&state, &STEP.into()).ok().and_then(|s| s.as_f64());
    step.unwrap_or(0.0) as usize
}

/// A screen the person moved to: a new step, unless Back or Forward brought it.
fn step_to(trail: &mut Trail, screen: &Screen) {
    if std::mem::take(&mut trail.moving) || trail.screens.get(trail.at) == Some(screen) {
        return;
    }
    push(trail, screen.clone());
}

/// A new step after the one shown, which ends the steps Forward could go to.
fn push(trail: &mut Trail, screen: Screen) {
    trail.screens.truncate(trail.at + 1);
    trail.screens.push(screen);
    trail.at += 1;
    #[cfg(feature = "full")]
    {
        let at = trail.at;
        trail.opened.retain(|&(step, _)| step < at);
    }
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &STEP.into(), &(trail.at as f64).into());
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        // No address: the entry keeps the page's own, clean one.
        let _ = history.push_state(&state, "");
    }
}

fn show_step(interview: &UseReducerHandle<Interview>, step: usize) {
    let screen = TRAIL.with(|trail| {
        let mut trail = trail.borrow_mut();
        let screen = trail.screens.get(step).cloned()?;
        trail.at = step;
        trail.moving = screen != interview.screen;
        Some(screen)
    });
    if let Some(screen) = screen.filter(|s| *s != interview.screen) {
        interview.dispatch(Action::Show(screen));
    }
}

/// Opens `right`'s screen over the results: a step of its own, so that the phone's Back
/// closes it and shows the results where they were left.
#[cfg(feature = "full")]
pub fn open_right(right: RightId) {
    TRAIL.with(|trail| {
        let mut trail = trail.borrow_mut();
        let Some(screen) = trail.screens.get(trail.at).cloned() else { return };
        push(&mut trail, screen);
        let at = trail.at;
        trail.opened.push((at, right));
    });
}

/// The right whose screen step `step` shows, if any.
#[cfg(feature = "full")]
fn opened_at(step: usize) -> Option<RightId> {
    TRAIL.with(|trail| trail.borrow().opened.iter().find(|&&(s, _)| s == step).map(|&(_, right)| right))
}

/// The right whose screen is open over the results, kept in step with Back and Forward.
#[cfg(feature = "full")]
#[hook]
pub fn use_opened_right() -> UseStateHandle<Option<RightId>> {
    let opened = use_state(|| opened_at(TRAIL.with(|trail| trail.borrow().at)));
    {
        let opened = opened.clone();
        use_effect_with((), move |()| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |event| opened.set(opened_at(step_of(event))))
            });
            move || drop(listener)
        });
    }
    opened
}

/// Closes a right's screen the way the phone's Back does; `close` when it has no step of its
/// own (nothing in the browser's history to go back over).
#[cfg(feature = "full")]
pub fn close_right(close: impl FnOnce()) {
    let own_step = opened_at(TRAIL.with(|trail| trail.borrow().at)).is_some();
    match web_sys::window().and_then(|w| w.history().ok()) {
        Some(history) if own_step => _ = history.back(),
        _ => close(),
    }
}
