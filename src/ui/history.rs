//! The phone's Back and Forward buttons inside the guide. Each new screen adds a browser
//! history entry with the page's own address, which holds no answer, and a step number as
//! its state; Back shows the screen of the step before. The screens are kept in memory here,
//! never in the history entries, which the browser writes to its profile.

use crate::state::{Action, Interview, Screen};
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The screens of this visit, step by step, and the step shown.
#[derive(Default)]
struct Trail {
    screens: Vec<Screen>,
    at: usize,
    /// The next screen change comes from Back or Forward: it adds no entry.
    moving: bool,
}

const STEP: &str = "huquqStep";

/// Keeps the browser's history in step with the guide's screens; returns what the guide's
/// own "Back" button does (the same as the phone's).
#[hook]
pub fn use_back_button(interview: &UseReducerHandle<Interview>) -> Callback<MouseEvent> {
    let trail = use_mut_ref(|| Trail { screens: vec![interview.screen.clone()], ..Trail::default() });
    {
        let trail = trail.clone();
        use_effect_with(interview.screen.clone(), move |screen| step_to(&mut trail.borrow_mut(), screen));
    }
    {
        let (trail, interview) = (trail.clone(), interview.clone());
        use_effect_with((), move |()| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |event| {
                    let state = js_sys::Reflect::get(event, &"state".into()).unwrap_or(JsValue::NULL);
                    let step = js_sys::Reflect::get(&state, &STEP.into()).ok().and_then(|s| s.as_f64());
                    show_step(&trail, &interview, step.unwrap_or(0.0) as usize);
                })
            });
            move || drop(listener)
        });
    }
    let interview = interview.clone();
    Callback::from(move |_| {
        let back_in_browser = trail.borrow().at > 0;
        match web_sys::window().and_then(|w| w.history().ok()) {
            Some(history) if back_in_browser => _ = history.back(),
            _ => interview.dispatch(Action::Back),
        }
    })
}

/// A screen the person moved to: a new step, unless Back or Forward brought it.
fn step_to(trail: &mut Trail, screen: &Screen) {
    if std::mem::take(&mut trail.moving) || trail.screens.get(trail.at) == Some(screen) {
        return;
    }
    trail.screens.truncate(trail.at + 1);
    trail.screens.push(screen.clone());
    trail.at += 1;
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &STEP.into(), &(trail.at as f64).into());
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        // No address: the entry keeps the page's own, clean one.
        let _ = history.push_state(&state, "");
    }
}

fn show_step(trail: &Rc<RefCell<Trail>>, interview: &UseReducerHandle<Interview>, step: usize) {
    let mut trail = trail.borrow_mut();
    let Some(screen) = trail.screens.get(step).cloned() else { return };
    trail.at = step;
    if screen != interview.screen {
        trail.moving = true;
        interview.dispatch(Action::Show(screen));
    }
}
