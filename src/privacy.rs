//! Where a person's answers may go besides memory, and leaving without a trace.
//! Answers live in the interview's memory. They reach this device's storage ("remember"), a
//! saved link, the hand-over's QR code or the clipboard only when asked, and sensitive answers
//! only when ticked for. Quick exit and a new interview undo all of it.
//! Storage goes through web-sys because gloo-storage throws where storage is blocked and
//! writes JSON; the clipboard has no stable web-sys call and is reached through `Reflect`.

use crate::rules::rules;
use huquq_engine::{AnswerError, Answers};
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue};

const REMEMBER: &str = "huquq-remember";
const ANSWERS: &str = "huquq-answers";
/// Read by the start script, to fetch that language's texts first.
const LANGUAGE: &str = "huquq-language";

/// Where quick exit leads unless the site owner's file says otherwise: a weather search, a
/// page anyone may be reading.
pub const EXIT_TO: &str = "https://www.google.com/search?q=m%C3%A9t%C3%A9o";

thread_local! {
    static EXIT: RefCell<String> = RefCell::new(EXIT_TO.to_string());
    /// Huquq put text on the clipboard: quick exit and a new interview empty it.
    static WROTE_CLIPBOARD: Cell<bool> = const { Cell::new(false) };
    /// The address's part after `#` held no saved answer.
    static NOT_ANSWERS: Cell<bool> = const { Cell::new(false) };
}

/// The answers as kept outside memory: without the sensitive ones unless asked.
pub fn kept(answers: &Answers, include_sensitive: bool) -> String {
    let rules = rules();
    if include_sensitive { answers.encode(rules) } else { answers.without_sensitive(rules).encode(rules) }
}

/// A link that opens the guide with `kept` answers: the page's address without any part
/// after `#`, then the answers there (a browser never sends that part to any server).
pub fn link(page: &str, kept: &str) -> String {
    let page = page.split('#').next().unwrap_or(page);
    format!("{page}#{kept}")
}

/// The guide's address for the person's own phone, made from the counsellor's page `page`:
/// its settings without `mode` and `admin` (so the guide, not the counsellor's page), in the
/// person's `language`, then the `kept` answers after `#`, read and cleaned from the address
/// as a saved link's are. The hand-over's QR code is the one place answers travel in an address.
pub fn for_person(page: &str, language: &str, kept: &str) -> String {
    let page = page.split('#').next().unwrap_or(page);
    let (base, query) = page.split_once('?').unwrap_or((page, ""));
    let setting =
        |pair: &&str| !pair.is_empty() && !["mode", "admin", "lang"].contains(&pair.split('=').next().unwrap_or(pair));
    let lang = format!("lang={language}");
    let settings: Vec<&str> = query.split('&').filter(setting).chain([lang.as_str()]).collect();
    link(&format!("{base}?{}", settings.join("&")), kept)
}

/// The answers to start with, read once, with what could not be read: a saved link's (then
/// the address is cleaned so it holds no answer), else those remembered on this device, else
/// none.
pub fn answers_at_start() -> (Answers, Vec<AnswerError>) {
    let rules = rules();
    let Some(window) = web_sys::window() else { return (Answers::new(rules), Vec::new()) };
    let location = window.location();
    let hash = location.hash().unwrap_or_default();
    let saved = hash.trim_start_matches('#');
    if !saved.is_empty() {
        let clean = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&clean));
        }
        let decoded = Answers::decode(rules, saved);
        // Not saved answers (`#004488` of an unencoded `accent=#004488`): for the admin view.
        NOT_ANSWERS.set(decoded.0.answered_count() == 0);
        return decoded;
    }
    let remembered = if stored(REMEMBER).is_some() { stored(ANSWERS).unwrap_or_default() } else { String::new() };
    Answers::decode(rules, &remembered)
}

/// Whether the address had a part after `#` that was not saved answers (and was ignored).
pub fn address_part_ignored() -> bool {
    NOT_ANSWERS.get()
}

/// Whether the person chose to be remembered on this device before.
pub fn remembered() -> bool {
    stored(REMEMBER).is_some()
}

/// Keeps `answers` and the language on this device, or forgets them (and the choice) when
/// `None`.
pub fn remember(kept: Option<(&str, &str)>) {
    let Some(storage) = local_storage() else { return };
    let _ = match kept {
        Some((answers, language)) => storage
            .set_item(REMEMBER, "yes")
            .and_then(|()| storage.set_item(ANSWERS, answers))
            .and_then(|()| storage.set_item(LANGUAGE, language)),
        None => [REMEMBER, ANSWERS, LANGUAGE].iter().try_for_each(|key| storage.remove_item(key)),
    };
}

/// Forgets everything Huquq keeps outside memory: its storage and the clipboard it wrote.
pub fn forget_all() {
    remember(None);
    if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = session.clear();
    }
    let _ = empty_clipboard();
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn stored(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok()?
}

/// Sets where quick exit leads (from the site owner's file).
pub fn set_exit(address: &str) {
    EXIT.with(|exit| *exit.borrow_mut() = address.to_string());
}

/// Leaves at once, for someone who must hide what they were reading. The start script's
/// `huquqQuickExit` empties the page, forgets what this site keeps on the device (storage,
/// the offline copy and its service worker, the clipboard Huquq wrote to), leaves a mark so
/// that Back or Forward never shows the guide again, and replaces the page (and, in an
/// NGO's frame, the whole page around it) with a neutral site.
pub fn quick_exit() {
    crate::speech::stop();
    let exit = EXIT.with(|exit| exit.borrow().clone());
    let clipboard = WROTE_CLIPBOARD.replace(false);
    if crate::globals::call("huquqQuickExit", &[exit.as_str().into(), clipboard.into()]).is_none() {
        // No start script (the components' tests): forget and leave all the same.
        remember(None);
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace(&exit);
        }
    }
}

/// The guide is inside another page's frame.
pub fn is_framed() -> bool {
    let Some(window) = web_sys::window() else { return false };
    window.top().ok().flatten().is_some_and(|top| top != window)
}

/// Writes `text` to the clipboard; `done` hears whether it worked. Where the clipboard is
/// refused, the caller has selected the text for Ctrl+C.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(promise) = write_clipboard(text) else {
        done(false);
        return;
    };
    WROTE_CLIPBOARD.set(true);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Empties the clipboard if Huquq wrote to it; the promise of that write, if any.
pub fn empty_clipboard() -> Option<js_sys::Promise> {
    if !WROTE_CLIPBOARD.replace(false) {
        return None;
    }
    write_clipboard("")
}

/// `navigator.clipboard.writeText`, reached through `Reflect` since web-sys keeps the
/// clipboard behind an unstable flag.
fn write_clipboard(text: &str) -> Option<js_sys::Promise> {
    use js_sys::{Function, Reflect};
    let navigator = web_sys::window().map(|w| JsValue::from(w.navigator()))?;
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).ok()?;
    let write = Reflect::get(&clipboard, &"writeText".into()).ok()?.dyn_into::<Function>().ok()?;
    write.call1(&clipboard, &text.into()).ok()?.dyn_into::<js_sys::Promise>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use huquq_engine::{Answer, Value};

    fn answers() -> Answers {
        let rules = rules();
        let mut answers = Answers::new(rules);
        for (question, answer) in [("homeless", true), ("violence", true)] {
            let q = rules.question_index(question).unwrap();
            answers.set(rules, q, Answer::Given(Value::Bool(answer))).unwrap();
        }
        answers
    }

    #[test]
    fn what_leaves_memory_holds_sensitive_answers_only_when_asked() {
        assert_eq!(kept(&answers(), false), "homeless=yes");
        assert_eq!(kept(&answers(), true), "violence=yes&homeless=yes");
    }

    #[test]
    fn a_saved_link_is_the_page_address_with_the_answers_after_the_hash() {
        assert_eq!(
            link("https://ngo.example/huquq/?lang=ar", "homeless=yes"),
            "https://ngo.example/huquq/?lang=ar#homeless=yes"
        );
        assert_eq!(link("https://ngo.example/#old=1", "homeless=yes"), "https://ngo.example/#homeless=yes");
    }

    #[test]
    fn the_person_gets_the_guide_in_their_language_with_the_answers_after_the_hash() {
        assert_eq!(
            for_person(
                "https://ngo.example/huquq/?mode=counsellor&lang=fr&domains=health&admin=1",
                "ar",
                "homeless=yes"
            ),
            "https://ngo.example/huquq/?domains=health&lang=ar#homeless=yes"
        );
        assert_eq!(
            for_person("http://127.0.0.1:8080/?mode=counsellor", "en", "age=30"),
            "http://127.0.0.1:8080/?lang=en#age=30"
        );
        assert_eq!(for_person("https://ngo.example/", "fr", "age=30"), "https://ngo.example/?lang=fr#age=30");
    }
}
