//! Listening instead of reading: the start script reads a text aloud with the browser's
//! speech synthesis (`huquqSpeech`), sentence by sentence, so that the sentence being read
//! can be shown; only with a voice of the page's language that runs on the device
//! (`localService`): a voice that would send the text to a server, or one of another
//! language, is never used. Nothing is read unless asked; quick exit and every new screen
//! stop the reading. This module only splits texts and calls the start script.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The sentences of `text`, each with its closing mark, for reading one at a time.
pub fn sentences(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        current.push(c);
        if matches!(c, '.' | '?' | '!' | '؟' | '…' | ':' | '\n') && !current.trim().is_empty() {
            found.push(std::mem::take(&mut current).trim().to_string());
        }
    }
    if !current.trim().is_empty() {
        found.push(current.trim().to_string());
    }
    found
}

/// Calls `huquqSpeech.<name>(args…)`; `None` where there is no start script (tests) or no
/// speech synthesis.
fn call(name: &str, args: &[JsValue]) -> Option<JsValue> {
    let speech = crate::globals::get("huquqSpeech")?;
    let function = js_sys::Reflect::get(&speech, &name.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    function.apply(&speech, &args.iter().collect()).ok()
}

/// Whether the device has a voice for `language` (`fr`, `ar`…) that runs on it.
pub fn has_voice(language: &str) -> bool {
    call("voice", &[language.into()]).is_some_and(|voice| !voice.is_null() && !voice.is_undefined())
}

/// Calls `changed` whenever the device's list of voices changes (it arrives late in some
/// browsers), for as long as the page lives.
pub fn when_voices_change(changed: impl Fn() + 'static) {
    let changed = Closure::<dyn Fn()>::new(changed);
    call("whenVoicesChange", &[changed.as_ref().clone()]);
    changed.forget();
}

/// Reads `sentences` in `language`'s local voice; `reading` hears the index of the sentence
/// being read, then `None` when done or stopped.
pub fn read(sentences: &[String], language: &str, reading: impl Fn(Option<usize>) + 'static) {
    let heard = Closure::<dyn Fn(i32)>::new(move |at: i32| reading(usize::try_from(at).ok()));
    let sentences: js_sys::Array = sentences.iter().map(|s| JsValue::from_str(s)).collect();
    call("read", &[sentences.into(), language.into(), heard.as_ref().clone()]);
    // The browser calls it back after this returns, while the page lives.
    heard.forget();
}

/// Stops any reading at once (not from a second module waiting off the page, see [`hold`]).
pub fn stop() {
    #[cfg(feature = "full")]
    if HELD.get() {
        return;
    }
    call("stop", &[]);
}

#[cfg(feature = "full")]
thread_local! {
    static HELD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether this module may stop a reading: not while it waits, started ahead, with its results
/// drawn off the page (`results::rehearse`), since the first module may be reading a question
/// aloud; again once it takes over.
#[cfg(feature = "full")]
pub fn hold(held: bool) {
    HELD.set(held);
}

#[cfg(test)]
mod tests {
    use super::sentences;

    #[test]
    fn a_text_is_read_sentence_by_sentence_in_latin_and_arabic_script() {
        assert_eq!(sentences("Do you have papers? Say which."), ["Do you have papers?", "Say which."]);
        assert_eq!(sentences("هل لديك وثائق؟ قل أيها."), ["هل لديك وثائق؟", "قل أيها."]);
        assert_eq!(sentences("No closing mark"), ["No closing mark"]);
        assert!(sentences("  ").is_empty());
    }
}
