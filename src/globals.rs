//! The names the app shares on the page's global object: the start script's functions and
//! values (`huquqFile`, `huquqQuickExit`, `huquqLanguage`…: `xtask/src/site/start.js`) and what
//! the first module leaves for the second (`handover`). They are looked up here and nowhere
//! else. Where there is no start script (the components' tests), nothing is found and each
//! caller does without.

use wasm_bindgen::{JsCast, JsValue};

/// The value the page holds under `name`, if any.
pub fn get(name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(&js_sys::global(), &name.into()).ok().filter(|value| !value.is_undefined())
}

/// Calls the function the page holds under `name`; what it returned, or `None` when there is
/// no such function or it threw.
pub fn call(name: &str, args: &[JsValue]) -> Option<JsValue> {
    let function = get(name)?.dyn_into::<js_sys::Function>().ok()?;
    function.apply(&JsValue::NULL, &args.iter().collect()).ok()
}

/// Calls the function left under `name` for one call only: it is removed first.
pub fn call_once(name: &str, args: &[JsValue]) -> Option<JsValue> {
    let function = take(name)?.dyn_into::<js_sys::Function>().ok()?;
    function.apply(&JsValue::NULL, &args.iter().collect()).ok()
}

/// The value under `name`, read once: it is removed.
pub fn take(name: &str) -> Option<JsValue> {
    let value = get(name);
    remove(name);
    value
}

pub fn set(name: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(&js_sys::global(), &name.into(), value);
}

pub fn remove(name: &str) {
    let _ = js_sys::Reflect::delete_property(&js_sys::global(), &name.into());
}
