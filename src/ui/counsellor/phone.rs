//! Counsellor mode on a phone, where the results come below the whole form: a bar pinned
//! under the questions shows the counts and opens the results in one tap, and one pinned
//! under the results goes back to the question where the counsellor was, its focus too.
//! A wide screen shows the form and the results side by side and hides both bars
//! (`assets/results.css`). Nothing here decides anything: it moves the view and the focus.

use crate::i18n::{Language, t};
use crate::ui::focus::focus_on;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};
use yew::prelude::*;

/// Where the counsellor was in the form, kept outside rendering: it changes nothing on screen.
#[derive(Clone)]
pub struct Place(Rc<RefCell<Option<Spot>>>);

#[derive(Clone)]
struct Spot {
    /// The question's element id (`q-<id>`).
    question: String,
    /// The control last used in it, if any.
    control: Option<HtmlElement>,
}

#[hook]
pub fn use_place() -> Place {
    Place(use_mut_ref(|| None))
}

impl Place {
    /// On the form (`onfocusin`, and `onclick` for browsers where a tap gives a button no
    /// focus): keeps the question used and its control (the button around a tapped text).
    pub fn track<E: AsRef<web_sys::Event> + 'static>(&self) -> Callback<E> {
        let place = self.0.clone();
        Callback::from(move |event: E| {
            let target = event.as_ref().target().and_then(|t| t.dyn_into::<Element>().ok());
            let Some(question) = target.as_ref().and_then(|t| t.closest("[data-question]").ok().flatten()) else {
                return;
            };
            // What has the focus (a field that Enter submitted), else the button tapped.
            let focused = document().and_then(|d| d.active_element()).filter(|f| question.contains(Some(f)));
            let control = focused.or_else(|| target.and_then(|t| t.closest("button, input").ok().flatten()));
            let control = control.and_then(|c| c.dyn_into::<HtmlElement>().ok());
            *place.borrow_mut() = Some(Spot { question: question.id(), control });
        })
    }

    /// Before leaving for the results: the question last used if it is still in view, else
    /// the first question in view (the counsellor may have scrolled without touching any).
    fn settle(&self, document: &Document) {
        let kept = self.0.borrow().as_ref().and_then(|spot| document.get_element_by_id(&spot.question));
        if kept.is_some_and(|question| in_view(document, &question)) {
            return;
        }
        let questions = document.query_selector_all(".case-form [data-question]").ok();
        let first = questions
            .into_iter()
            .flat_map(|list| (0..list.length()).filter_map(move |i| list.item(i)))
            .find_map(|node| node.dyn_into::<Element>().ok().filter(|question| in_view(document, question)));
        if let Some(question) = first {
            *self.0.borrow_mut() = Some(Spot { question: question.id(), control: None });
        }
    }

    /// Back from the results: the control last used when it can still take the focus, else
    /// the question's text (its legend, which takes the focus even in a greyed-out question).
    fn go_back(&self, document: &Document) {
        if self.0.borrow().is_none() {
            self.settle(document);
        }
        let Some(Spot { question: id, control }) = self.0.borrow().clone() else { return };
        let Some(question) = document.get_element_by_id(&id) else { return };
        question.scroll_into_view();
        if let Some(control) = control.filter(|c| c.is_connected()) {
            let _ = control.focus();
            if document.active_element().as_ref() == Some(control.as_ref()) {
                return;
            }
        }
        focus_on(&format!("{id}-text"));
    }
}

/// At least a line of `element` shows between the pinned quick exit and the bar at the bottom.
fn in_view(document: &Document, element: &Element) -> bool {
    const LINE: f64 = 24.0;
    let top =
        document.query_selector(".exit").ok().flatten().map_or(0.0, |exit| exit.get_bounding_client_rect().bottom());
    let bottom = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
    let shown = element.get_bounding_client_rect();
    shown.bottom() > top + LINE && shown.top() < bottom - LINE
}

fn document() -> Option<Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Under the questions: the counts, and the results in one tap.
pub fn to_results(language: Language, counts: String, place: &Place) -> Html {
    let place = place.clone();
    let open = Callback::from(move |_: MouseEvent| {
        if let Some(document) = document() {
            place.settle(&document);
        }
        focus_on("case-results-title");
    });
    html! {
        <div class="phone-bar">
            <button type="button" class="primary" data-action="to-results" onclick={open}>
                <span class="phone-bar-title">{ language.text(t::COUNSELLOR_TO_RESULTS) }</span>
                <span class="phone-bar-counts">{ counts }</span>
            </button>
        </div>
    }
}

/// Under the results: back to the question where the counsellor was, in one tap.
pub fn back_to_question(language: Language, place: &Place) -> Html {
    let place = place.clone();
    let back = Callback::from(move |_: MouseEvent| {
        if let Some(document) = document() {
            place.go_back(&document);
        }
    });
    html! {
        <div class="phone-bar">
            <button type="button" class="primary" data-action="back-to-question" onclick={back}>
                { language.text(t::COUNSELLOR_BACK_TO_QUESTION) }
            </button>
        </div>
    }
}
