//! The site's own files that the guide loads after it starts: each language's texts and the
//! rules' details (offices' contacts, sources in full). Their content-hashed names come from the start script, which also
//! holds them inline in the single-file build; this module only asks it for a file by name
//! (`huquqFile("details")`), or for the site owner's file (`huquqSiteFile`), so nothing here
//! can reach another site.

use crate::globals;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The bytes of the site file called `name`; `None` when it cannot be had (offline and never
/// fetched, or no start script, as in the browser tests).
pub async fn fetch(name: &str) -> Option<Vec<u8>> {
    let promise = globals::call("huquqFile", &[name.into()])?.dyn_into::<js_sys::Promise>().ok()?;
    let buffer = JsFuture::from(promise).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The site owner's file as text (`huquq-site.toml`), asked of the start script, which asks the
/// site for it once per visit whichever module calls; `None` if there is none or it cannot be
/// reached (or there is no start script).
pub async fn site_file() -> Option<String> {
    let promise = globals::call("huquqSiteFile", &[])?.dyn_into::<js_sys::Promise>().ok()?;
    JsFuture::from(promise).await.ok()?.as_string()
}

/// Starts fetching the files the guide will need after its first screen (the second module,
/// the rules' details), so that they are here, and kept offline, when the results are due.
pub fn prefetch_after_first_screen() {
    globals::call("huquqPrefetch", &[]);
}
