//! The site owner's view (`?admin=1`): which address settings were not used, whether the
//! site file was read and its mistakes, and where the contact shown comes from. The same
//! notes go to the browser's console. The person using the guide never sees them.

use crate::i18n::Language;
use crate::i18n::t;
use crate::site::{self, SiteError, SiteLoad};
use yew::prelude::*;

/// The site file's mistakes and the refused settings of the address, in English, for the
/// site owner's console.
pub fn report_to_console(site: &SiteLoad) {
    let english = Language::from_code("en").unwrap_or_else(|| Language::preferred([]));
    let notes = site.errors.iter().map(|error| error_text(english, error));
    for note in notes.chain(crate::config::current().admin_notice(english)) {
        web_sys::console::warn_1(&format!("huquq: {note}").into());
    }
}

fn error_text(language: Language, error: &SiteError) -> String {
    let (id, key) = error.problem.message();
    let args = [("line", error.line.into()), ("column", error.column.into()), ("key", key.into())];
    format!("{}: {}", site::FILE, language.text_with(id, &args))
}

/// The site owner's notes; `contact_from_frame`: `Some(true)` when the contact shown comes
/// from a frame's address, `Some(false)` from the site file.
pub fn admin(language: Language, site: Option<&SiteLoad>, contact_from_frame: Option<bool>) -> Html {
    let file = [("file", site::FILE.into())];
    let site = match site {
        None => Html::default(),
        Some(load) if !load.found => html! { <li>{ language.text_with(t::ADMIN_SITE_MISSING, &file) }</li> },
        Some(load) => {
            let errors =
                load.errors.iter().map(|error| html! { <li class="error">{ error_text(language, error) }</li> });
            html! { <>
                <li>{ language.text_with(t::ADMIN_SITE_READ, &file) }</li>
                { for errors }
            </> }
        }
    };
    let contact = match contact_from_frame {
        Some(true) => t::ADMIN_CONTACT_FRAME,
        Some(false) => t::ADMIN_CONTACT_SITE,
        None => t::ADMIN_CONTACT_NONE,
    };
    let config = crate::config::current();
    let address = config.admin_notice(language);
    let frame_only = (config.framed.ngo.is_some() || config.framed.accent.is_some()) && !crate::privacy::is_framed();
    html! {
        <section class="admin" aria-labelledby="admin-title" data-admin="true">
            <h2 id="admin-title">{ language.text(t::ADMIN_TITLE) }</h2>
            <ul>
                { site }
                <li>{ language.text(contact) }</li>
                if let Some(address) = address {
                    <li class="error" data-refused={config.refused.join(",")}>{ address }</li>
                }
                if frame_only {
                    <li class="error">{ language.text(t::ADMIN_ADDRESS_FRAME_ONLY) }</li>
                }
            </ul>
        </section>
    }
}
