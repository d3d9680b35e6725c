//! The site owner's view (`?admin=1`): which address settings were not used, whether the
//! site file was read and its mistakes, and where the contact shown comes from. The same
//! notes go to the browser's console. The person using the guide never sees them.

use crate::i18n::Language;
use crate::i18n::t;
use crate::site::{self, SiteError, SiteLoad};
use std::rc::Rc;
use yew::prelude::*;

/// The site file's mistakes and the refused settings of the address, for the site owner's
/// console, in `language` once its texts for this view are here.
pub async fn report_to_console(language: Language, site: Rc<SiteLoad>) {
    crate::i18n::load(language, 2).await;
    for note in notes(language, &site).into_iter().chain(crate::config::current().admin_notice(language)) {
        web_sys::console::warn_1(&format!("huquq: {note}").into());
    }
}

/// The site file's mistakes as sentences: the first [`site::MAX_ERRORS`], then how many more.
fn notes(language: Language, site: &SiteLoad) -> Vec<String> {
    let mut notes: Vec<String> = site.errors.iter().map(|error| error_text(language, error)).collect();
    if site.more_errors > 0 {
        notes.push(language.text_with(t::ADMIN_SITE_MORE, &[("count", site.more_errors.into())]));
    }
    notes
}

fn error_text(language: Language, error: &SiteError) -> String {
    let (id, key, limit) = error.problem.message();
    let keys = site::KEYS.join(", ");
    let args = [
        ("line", error.line.into()),
        ("column", error.column.into()),
        ("key", key.into()),
        ("limit", limit.into()),
        ("keys", keys.into()),
    ];
    format!("{}: {}", site::FILE, language.text_with(id, &args))
}

/// The site owner's notes; `contact_from_frame`: `Some(true)` when the contact shown comes
/// from a frame's address, `Some(false)` from the site file.
pub fn admin(language: Language, site: Option<&SiteLoad>, contact_from_frame: Option<bool>) -> Html {
    if !language.has(2) {
        // Its texts are in the second part: drawn again when they arrive, never half empty.
        return Html::default();
    }
    let file = [("file", site::FILE.into())];
    let site = match site {
        None => Html::default(),
        Some(load) if !load.found => html! { <li>{ language.text_with(t::ADMIN_SITE_MISSING, &file) }</li> },
        Some(load) => {
            let errors = notes(language, load).into_iter().map(|note| html! { <li class="error">{ note }</li> });
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
                if crate::privacy::address_part_ignored() {
                    <li class="error" data-ignored="hash">{ language.text(t::ADMIN_ADDRESS_HASH) }</li>
                }
            </ul>
        </section>
    }
}
