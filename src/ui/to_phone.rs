//! "Hand over to the person's phone", on the counsellor's page: a QR code of the guide's
//! address for the person (`privacy::for_person`: their language, not the counsellor's page)
//! with the answers after `#`, sensitive ones only if the counsellor ticked for them. Before
//! the code is shown, the screen says in both languages that the phone's history keeps that
//! address. The code is made here, on the device (`qrcodegen`, in the second module only),
//! and drawn as SVG without any style attribute, which the page's policy forbids. A page
//! opened from a file (the single-file guide) has no address a phone could open: no hand-over.

use super::language::use_language;
use crate::i18n::{Language, Text, t};
use crate::privacy;
use crate::rules::rules;
use huquq_engine::Answers;
use std::fmt::Write;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToPhoneProps {
    pub answers: Answers,
    /// The counsellor ticked "include the answers to sensitive questions".
    pub sensitive: bool,
    /// The person's language (the interface's when none was chosen).
    pub person: Language,
}

#[function_component]
pub fn ToPhone(props: &ToPhoneProps) -> Html {
    let language = use_language();
    let open = use_state(|| false);
    let shown = use_state(|| false);
    // Closed, then opened again: the warning comes first again.
    let toggle = {
        let (open, shown) = (open.clone(), shown.clone());
        Callback::from(move |_| {
            open.set(!*open);
            shown.set(false);
        })
    };
    let show = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(true))
    };
    // The keyboard's focus follows: to the heading, to the code once shown, back to the button.
    let was_open = use_mut_ref(|| false);
    use_effect_with((*open, *shown), move |&(open, shown)| {
        let closed = was_open.replace(open) && !open;
        match (open, shown) {
            (true, true) => super::focus::focus_on("qr"),
            (true, false) => super::focus::focus_on("to-phone-title"),
            _ if closed => super::focus::focus_on("to-phone-open"),
            _ => {}
        }
    });
    let location = web_sys::window().map(|w| w.location());
    if location.and_then(|l| l.protocol().ok()).as_deref() == Some("file:") {
        return Html::default();
    }
    if !*open {
        return html! {
            <button type="button" id="to-phone-open" class="to-phone" data-action="hand-over" onclick={toggle.clone()}>
                { language.text(t::COUNSELLOR_HANDOVER) }
            </button>
        };
    }
    // Said in the counsellor's language, and in the person's when it is another.
    let both = |id: Text| {
        let person = (props.person != language).then_some(props.person);
        html! { <>
            <p class="notice" role="note">{ language.text(id) }</p>
            if let Some(person) = person {
                <p class="notice" role="note" lang={person.code()} dir={person.direction()}>{ person.text(id) }</p>
            }
        </> }
    };
    let left_out = !props.sensitive && props.answers.iter().any(|(q, _)| rules().question(q).sensitive);
    let code = shown.then(|| {
        let page = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        // The code says which rules' version it was made with, as a saved link does.
        let mut answers = props.answers.clone();
        answers.set_saved_with(Some(rules().version));
        let address = privacy::for_person(&page, props.person.code(), &privacy::kept(&answers, props.sensitive));
        let Some((side, path)) = qr_path(&address) else {
            return html! { <p class="error" role="alert">{ language.text(t::COUNSELLOR_HANDOVER_TOO_LONG) }</p> };
        };
        html! {
            <figure class="qr" id="qr">
                <svg xmlns="http://www.w3.org/2000/svg" viewBox={format!("0 0 {side} {side}")} role="img"
                    aria-labelledby="qr-caption" shape-rendering="crispEdges" data-qr="">
                    <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
                    <path d={path} fill="#000" />
                </svg>
                <figcaption id="qr-caption">{ language.text(t::COUNSELLOR_HANDOVER_CODE) }</figcaption>
                if left_out {
                    <p class="sensitive-out">{ language.text(t::COUNSELLOR_HANDOVER_SENSITIVE_OUT) }</p>
                }
                <details>
                    <summary>{ language.text(t::COUNSELLOR_HANDOVER_ADDRESS) }</summary>
                    <p class="address" dir="ltr">{ address }</p>
                </details>
            </figure>
        }
    });
    html! {
        <section class="to-phone" aria-labelledby="to-phone-title">
            <h2 id="to-phone-title">{ language.text(t::COUNSELLOR_HANDOVER) }</h2>
            { both(t::COUNSELLOR_HANDOVER_HISTORY) }
            if let Some(code) = code {
                { code }
            } else {
                <button type="button" class="primary" data-action="show-qr" onclick={show}>
                    { language.text(t::COUNSELLOR_HANDOVER_SHOW) }
                </button>
            }
            <button type="button" onclick={toggle}>{ language.text(t::SAVE_LINK_CLOSE) }</button>
        </section>
    }
}

/// Light modules around the code, as scanners expect.
const QUIET: i32 = 4;

/// The QR code of `text` as bytes (error correction M, the smallest version it fits): its
/// side in modules, quiet zone included, and an SVG path of its dark modules, a run of a row
/// at a time. `None` when it fits in no version.
fn qr_path(text: &str) -> Option<(i32, String)> {
    use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
    let segments = [QrSegment::make_bytes(text.as_bytes())];
    let code =
        QrCode::encode_segments_advanced(&segments, QrCodeEcc::Medium, Version::MIN, Version::MAX, None, false).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            if x > start {
                let _ = write!(path, "M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start);
            }
            x += 1;
        }
    }
    Some((size + 2 * QUIET, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_grows_with_the_address_and_a_quiet_zone_surrounds_it() {
        // Version 1 is 21 modules a side and holds 14 bytes at M, version 2 is 25; 2,331
        // bytes is version 40's most.
        let (side, path) = qr_path("https://a.ma/").unwrap();
        assert_eq!(side, 21 + 2 * QUIET);
        assert_eq!(qr_path("https://ngo.example/").unwrap().0, 25 + 2 * QUIET);
        assert!(path.starts_with("M4 4h7v1h-7z"), "the finder pattern's top row: {path}");
        let (longer, _) = qr_path(&"a".repeat(300)).unwrap();
        assert!(longer > side);
        assert_eq!(qr_path(&"a".repeat(2331)).unwrap().0, 177 + 2 * QUIET);
        assert_eq!(qr_path(&"a".repeat(2332)), None);
    }
}
