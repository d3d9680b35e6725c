//! "Things to keep": a short print (what to do, papers, offices, the rights in a line each),
//! the full print, the results as text for a messaging app, reminders as a calendar file and
//! a link to continue later. All made on the device, each only when the person taps for it;
//! what follows from a sensitive answer only when they tick for it. The printouts are drawn
//! here (`print`), not taken from the results on screen.

mod print;

use crate::export;
use crate::i18n::t;
use crate::rules::rules;
use crate::ui::language::use_language;
use crate::ui::save_link::SaveLink;
use huquq_engine::{Answer, Answers, Date, Evaluation, Value};
use print::Printout;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TakeAwayProps {
    pub answers: Answers,
    pub evaluation: Evaluation,
    pub today: Date,
    /// Whether the results' texts are here: the component is drawn again when they arrive.
    pub texts: bool,
}

#[function_component]
pub fn TakeAway(props: &TakeAwayProps) -> Html {
    let language = use_language();
    let sensitive = use_state(|| false);
    let sharing = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    // The printout asked for, and how many times: each tap prints once it is drawn.
    let asked = use_state(|| None::<(Printout, u32)>);
    let evaluation = &props.evaluation;
    // The tick when it changes what leaves: a sensitive answer given (what the person came
    // for orders "start here"; a right or a reminder may follow from one).
    let any_sensitive = props.answers.iter().any(|(q, answer)| {
        rules().question(q).sensitive && matches!(answer, Answer::Given(v) if *v != Value::Choices(Vec::new()))
    });
    {
        let sensitive = *sensitive;
        use_effect_with(*asked, move |asked| {
            if let Some((kind, _)) = *asked {
                print(kind, sensitive);
            }
        });
    }
    let printer = |kind: Printout| {
        let asked = asked.clone();
        Callback::from(move |_| {
            let (asked, round) = (asked.clone(), asked.map_or(1, |(_, n)| n + 1));
            // The offices' numbers and the sources go on paper: wait for them if they are not here.
            wasm_bindgen_futures::spawn_local(async move {
                crate::rules::load_details().await;
                asked.set(Some((kind, round)));
            });
        })
    };
    let printed = asked.map(|(kind, _)| {
        let printed =
            print::Printed { language, evaluation, answers: &props.answers, today: props.today, sensitive: *sensitive };
        print::printout(kind, &printed)
    });
    let tick = {
        let (sensitive, copied) = (sensitive.clone(), copied.clone());
        Callback::from(move |_| {
            sensitive.set(!*sensitive);
            copied.set(None);
        })
    };
    let text = sharing.then(|| export::share_text(language, evaluation, &props.answers, props.today, *sensitive));
    let calendar = export::has_deadlines(evaluation, &props.answers, props.today, *sensitive).then(|| {
        let ics = export::calendar(language, evaluation, &props.answers, props.today, *sensitive);
        format!("data:text/calendar;charset=utf-8,{}", encode(&ics))
    });
    let share = {
        let sharing = sharing.clone();
        Callback::from(move |_| sharing.set(!*sharing))
    };
    html! {
        <section class="keep" id="keep" aria-labelledby="keep-title">
            <h2 id="keep-title">{ language.text(t::KEEP_TITLE) }</h2>
            if any_sensitive {
                <label class="sensitive-tick">
                    <input type="checkbox" autocomplete="off" data-action="keep-sensitive" checked={*sensitive} onchange={tick} />
                    { language.text(t::KEEP_SENSITIVE) }
                </label>
            }
            <p class="keep-actions">
                <button type="button" data-action="print-short" onclick={printer(Printout::Short)}>{ language.text(t::PRINT_SHORT) }</button>
                <button type="button" data-action="print-all" onclick={printer(Printout::Whole)}>{ language.text(t::PRINT_ALL) }</button>
                <button type="button" data-action="share-text" aria-expanded={sharing.to_string()} onclick={share}>{ language.text(t::SHARE_TEXT) }</button>
                if let Some(href) = calendar {
                    <a class="button" data-action="calendar" href={href} download="huquq.ics">{ language.text(t::CALENDAR) }</a>
                }
            </p>
            if let Some(text) = text {
                { shared(language, &text, &copied) }
            }
            <SaveLink answers={props.answers.clone()} />
            { for printed }
        </section>
    }
}

/// The text to send, to read before sending, with a copy button and links that open the
/// person's own WhatsApp or messages with it.
fn shared(language: crate::i18n::Language, text: &str, copied: &UseStateHandle<Option<bool>>) -> Html {
    let copy = {
        let (text, copied) = (text.to_string(), copied.clone());
        Callback::from(move |_| {
            let copied = copied.clone();
            crate::privacy::copy(&text, move |done| copied.set(Some(done)));
        })
    };
    let status = match **copied {
        Some(true) => language.text(t::SAVE_LINK_COPIED),
        Some(false) => language.text(t::COUNSELLOR_COPY_FAILED),
        None => String::new(),
    };
    let encoded = encode(text);
    html! {
        <div class="share">
            <label for="share-text">{ language.text(t::SHARE_READ) }</label>
            <textarea id="share-text" readonly=true rows="8" value={text.to_string()} />
            <p>
                <button type="button" data-action="share-copy" onclick={copy}>{ language.text(t::COUNSELLOR_COPY) }</button>
                <a class="button" href={format!("https://wa.me/?text={encoded}")} rel="noopener noreferrer">{ language.text(t::SHARE_WHATSAPP) }</a>
                <a class="button" href={format!("sms:?body={encoded}")}>{ language.text(t::SHARE_SMS) }</a>
            </p>
            <p role="status">{ status }</p>
        </div>
    }
}

fn encode(text: &str) -> String {
    js_sys::encode_uri_component(text).as_string().unwrap_or_default()
}

/// Prints the printout asked for: a mark on the page makes the print style show it alone
/// (`print-short` or `print-all`). What follows from a sensitive answer is in the printout
/// only if ticked; `print-sensitive` tells the browser's own print of the page the same.
/// The marks go once printing is over: at `afterprint`, or at the person's next key or touch
/// on the page, for a browser that fires no `afterprint` (WebKit may not), so that a later
/// print from the browser's menu prints the page itself.
fn print(kind: Printout, sensitive: bool) {
    let Some(window) = web_sys::window() else { return };
    let Some(body) = window.document().and_then(|d| d.body()) else { return };
    let classes = body.class_list();
    let _ = classes.toggle_with_force("print-short", kind == Printout::Short);
    let _ = classes.toggle_with_force("print-all", kind == Printout::Whole);
    let _ = classes.toggle_with_force("print-sensitive", sensitive);
    for over in ["afterprint", "keydown", "pointerdown"] {
        let classes = classes.clone();
        let listener = gloo_events::EventListener::once(&window, over, move |_| {
            let _ = classes.remove_3("print-short", "print-all", "print-sensitive");
        });
        listener.forget();
    }
    let _ = window.print();
}
