//! The site owner's file (`huquq-site.toml`, read by `crate::site`), fetched once when the
//! guide starts: where quick exit leads and the accent colour take effect, the NGO's contact
//! is shown, and with `?admin=1` its mistakes go to the console. The address never speaks in
//! the guide's voice: only inside a frame may it give a contact and a colour, labelled so.

use crate::config::Ngo;
use crate::i18n::Language;
use crate::privacy;
use crate::site::SiteLoad;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The site owner's file, once fetched: its settings and mistakes. `None` while loading.
#[hook]
pub(super) fn use_site_file() -> Option<Rc<SiteLoad>> {
    let site = use_state(|| None::<Rc<SiteLoad>>);
    {
        let site = site.clone();
        use_effect_with((), move |()| {
            wasm_bindgen_futures::spawn_local(async move {
                let load = SiteLoad::fetch().await;
                if let Some(exit) = &load.file.exit_to {
                    privacy::set_exit(exit);
                }
                let accent =
                    load.file.accent.clone().or_else(|| {
                        privacy::is_framed().then(|| crate::config::current().framed.accent.clone()).flatten()
                    });
                if let Some(accent) = accent {
                    set_accent(&accent);
                }
                let load = Rc::new(load);
                #[cfg(feature = "full")]
                wasm_bindgen_futures::spawn_local(super::admin::report_to_console(
                    super::language::first_language(),
                    load.clone(),
                ));
                site.set(Some(load));
            });
        });
    }
    (*site).clone()
}

/// The NGO's contact to show, and whether it comes from a frame's address: `None` until the
/// site file has answered, so one contact never replaces another.
pub(super) fn contact(site: Option<&SiteLoad>) -> Option<(Ngo, bool)> {
    site.and_then(|site| match &site.file.ngo {
        Some(ngo) => Some((ngo.clone(), false)),
        None => crate::config::current().framed.ngo.clone().filter(|_| privacy::is_framed()).map(|ngo| (ngo, true)),
    })
}

/// The site owner's notes (`?admin=1`), in the second module only; the first hands over.
pub(super) fn admin_view(language: Language, site: Option<&SiteLoad>, contact_from_frame: Option<bool>) -> Html {
    #[cfg(feature = "full")]
    return super::admin::admin(language, site, contact_from_frame);
    #[cfg(not(feature = "full"))]
    {
        let _ = (language, site, contact_from_frame);
        Html::default()
    }
}

/// The NGO's colour, through the style object, which the page's policy allows, never as markup.
fn set_accent(accent: &str) {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    if let Some(root) = root.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = root.style().set_property("--accent", accent);
    }
}
