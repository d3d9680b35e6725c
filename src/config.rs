//! Settings read from the page address (`?lang=ar&domains=health,education&mode=counsellor`).
//! Anyone can write an address and send it by WhatsApp, so the address may only choose
//! harmless things: the language, the subjects, the mode, the admin view. The NGO's contact
//! and colour speak in the guide's voice: they come from the site owner's file (`site.rs`),
//! or from the address only inside a frame, labelled as given by the page around it.
//! Refused settings are named for the admin (known names only, never the text of an unknown
//! one) and never shown to the person.

use crate::i18n::Language;
use crate::i18n::t;
use huquq_engine::model::Domain;

static CURRENT: std::sync::OnceLock<Config> = std::sync::OnceLock::new();

/// The page's settings, read once at start-up (none before).
pub fn current() -> &'static Config {
    CURRENT.get_or_init(Config::default)
}

/// Keeps the settings for the page's whole life; only the first call counts.
pub fn set(config: Config) {
    let _ = CURRENT.set(config);
}

/// The longest address query read; anything after it is ignored, so a huge address cannot
/// freeze the page (and with it, quick exit).
pub const MAX_QUERY: usize = 2048;

/// Every setting the address may hold. Only these names are ever shown back.
pub const NAMES: [&str; 9] =
    ["lang", "domains", "mode", "admin", "ngo", "ngo_phone", "ngo_address", "accent", "counsellor_link"];

/// The longest name and address of the NGO, in characters (the address and the site file).
pub const LIMITS: [(&str, usize); 2] = [("ngo", 80), ("ngo_address", 160)];

/// The displays a person can choose (`ui::bar`), carried from one module to the other.
pub const THEMES: [&str; 4] = ["auto", "light", "dark", "contrast"];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// Only the rights of these domains are evaluated, so only their questions are asked.
    pub domains: Option<Vec<Domain>>,
    pub counsellor: bool,
    /// `?admin=1`: the site owner's view of refused settings and of the site file.
    pub admin: bool,
    /// `?counsellor_link=1`: a framing page offers counsellor mode on the welcome (outside a
    /// frame it is always offered).
    pub counsellor_link: bool,
    /// A contact and a colour written in the address: used only when the guide is framed.
    pub framed: Framed,
    /// Known settings that were refused, by name.
    pub refused: Vec<&'static str>,
    /// Of those, the texts longer than their limit: the setting's name and the limit.
    pub too_long: Vec<(&'static str, usize)>,
    /// How many settings had a name we do not know (never echoed: it could be any text).
    pub unknown: usize,
    /// The address was longer than [`MAX_QUERY`]; the rest was not read.
    pub truncated: bool,
}

/// What the page around a frame may say: its contact and its colour.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Framed {
    pub ngo: Option<Ngo>,
    pub accent: Option<String>,
}

/// An NGO's contact, shown first, as plain text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ngo {
    pub name: String,
    pub phone: Option<String>,
    pub address: Option<String>,
}

impl Config {
    /// Reads the query part of an address (with or without its `?`).
    pub fn from_query(query: &str) -> Config {
        let mut config = Config::default();
        let query = query.trim_start_matches('?');
        let query = match query.char_indices().nth(MAX_QUERY) {
            Some((end, _)) => {
                config.truncated = true;
                &query[..end]
            }
            None => query,
        };
        let (mut name, mut phone, mut address) = (None, None, None);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(known) = NAMES.iter().copied().find(|n| *n == key) else {
                config.unknown += 1;
                continue;
            };
            let value = decode(raw);
            let accepted = match (known, value.as_deref()) {
                // Only checked, for the admin view: the start script chooses the language.
                ("lang", Some(code)) => Language::from_code(code).is_some(),
                ("domains", Some(list)) => {
                    let domains: Option<Vec<Domain>> = list.split(',').map(|d| Domain::from_name(d.trim())).collect();
                    domains.filter(|d| !d.is_empty()).map(|d| config.domains = Some(d)).is_some()
                }
                ("mode", Some("counsellor")) => {
                    config.counsellor = true;
                    true
                }
                ("mode", Some("guide")) => true,
                ("admin", Some("1")) => {
                    config.admin = true;
                    true
                }
                ("counsellor_link", Some("1")) => {
                    config.counsellor_link = true;
                    true
                }
                ("ngo", Some(text)) => plain(text, LIMITS[0].1).map(|t| name = Some(t)).is_some(),
                ("ngo_phone", Some(text)) => phone_number(text).map(|t| phone = Some(t)).is_some(),
                ("ngo_address", Some(text)) => plain(text, LIMITS[1].1).map(|t| address = Some(t)).is_some(),
                ("accent", Some(text)) => accent(text).map(|t| config.framed.accent = Some(t)).is_some(),
                _ => false,
            };
            if !accepted {
                config.refused.push(known);
                let limit = LIMITS.iter().find(|(k, limit)| {
                    *k == known && value.as_deref().is_some_and(|v| v.trim().chars().count() > *limit)
                });
                config.too_long.extend(limit.copied());
            }
        }
        match name {
            Some(name) => config.framed.ngo = Some(Ngo { name, phone, address }),
            None if phone.is_some() || address.is_some() => config.refused.push("ngo"),
            None => {}
        }
        config
    }

    /// The notice for the site owner (console and admin view), or `None` when every
    /// setting was used. Names only known settings; unknown ones are counted.
    pub fn admin_notice(&self, language: Language) -> Option<String> {
        let mut notes = Vec::new();
        if !self.refused.is_empty() {
            notes.push(language.text_with(t::ADMIN_ADDRESS_REFUSED, &[("names", self.refused.join(", ").into())]));
        }
        for &(key, limit) in &self.too_long {
            notes.push(language.text_with(t::ADMIN_TOO_LONG, &[("key", key.into()), ("limit", limit.into())]));
        }
        if self.unknown > 0 {
            notes.push(language.text_with(t::ADMIN_ADDRESS_UNKNOWN, &[("count", self.unknown.into())]));
        }
        if self.truncated {
            notes.push(language.text(t::ADMIN_ADDRESS_TRUNCATED));
        }
        (!notes.is_empty()).then(|| notes.join(" "))
    }
}

/// Percent-decoding (`+` is a space); `None` if the bytes are not UTF-8 or a `%` is broken.
fn decode(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        rest = tail;
        match byte {
            b'+' => bytes.push(b' '),
            b'%' => {
                let hex = std::str::from_utf8(rest.get(..2)?).ok()?;
                bytes.push(u8::from_str_radix(hex, 16).ok()?);
                rest = &rest[2..];
            }
            other => bytes.push(other),
        }
    }
    String::from_utf8(bytes).ok()
}

/// Characters that can make a text lie about itself: controls, direction overrides and
/// isolates (U+202E turns "gpj.exe" into "exe.jpg"), and invisible zero-width characters.
fn deceptive(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}')
}

/// A short text with nothing deceptive in it, trimmed.
pub fn plain(text: &str, max_chars: usize) -> Option<String> {
    let text = text.trim();
    let fine = !text.is_empty() && text.chars().count() <= max_chars && !text.chars().any(deceptive);
    fine.then(|| text.to_string())
}

pub fn phone_number(text: &str) -> Option<String> {
    let text = text.trim();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let fine = (6..=20).contains(&digits) && text.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c));
    fine.then(|| text.to_string())
}

/// `#rgb` or `#rrggbb`, with a contrast of at least 4.5:1 against white (WCAG AA), since
/// the accent is the background of white text.
pub fn accent(text: &str) -> Option<String> {
    let hex = text.strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize, width: usize| -> Option<f64> {
        let value = u8::from_str_radix(hex.get(i * width..i * width + width)?, 16).ok()?;
        let value = if width == 1 { value * 17 } else { value };
        let c = f64::from(value) / 255.0;
        Some(if c <= 0.039_28 { c / 12.92 } else { power((c + 0.055) / 1.055, 2.4) })
    };
    let width = match hex.len() {
        3 => 1,
        6 => 2,
        _ => return None,
    };
    let luminance = 0.2126 * channel(0, width)? + 0.7152 * channel(1, width)? + 0.0722 * channel(2, width)?;
    let contrast = 1.05 / (luminance + 0.05);
    (contrast >= 4.5).then(|| format!("#{}", hex.to_ascii_lowercase()))
}

/// `x` to the power `y`: the browser's `Math.pow` in the app (Rust's would add its own
/// code to the download), Rust's in native tests.
fn power(x: f64, y: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Math::pow(x, y);
    #[cfg(not(target_arch = "wasm32"))]
    x.powf(y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_chooses_domains_and_mode_and_names_a_known_language() {
        let config = Config::from_query("?lang=ar&domains=health,education&mode=counsellor&admin=1");
        assert_eq!(config.domains, Some(vec![Domain::Health, Domain::Education]));
        assert!(config.counsellor && config.admin);
        assert!(config.refused.is_empty() && config.unknown == 0);
    }

    #[test]
    fn a_contact_in_the_address_is_kept_only_as_what_a_frame_may_say() {
        let config = Config::from_query(
            "ngo=Association+Al%20Amal&ngo_phone=%2B212+5+37+00+00+00&ngo_address=Rabat&accent=%23004488",
        );
        let ngo = config.framed.ngo.unwrap();
        assert_eq!(ngo.name, "Association Al Amal");
        assert_eq!(ngo.phone.as_deref(), Some("+212 5 37 00 00 00"));
        assert_eq!(ngo.address.as_deref(), Some("Rabat"));
        assert_eq!(config.framed.accent.as_deref(), Some("#004488"));
    }

    #[test]
    fn wrong_settings_are_refused_by_known_name_and_unknown_names_are_only_counted() {
        let config = Config::from_query(
            "accent=red;background:url(https://evil.example/x)&domains=health,spaceships&lang=xx&mode=admin&ngo_phone=call-me&%zz=1&Votre+dossier+HCR+est+ferm%C3%A9=1",
        );
        assert_eq!(config.framed.accent, None);
        assert_eq!(config.domains, None);
        assert!(!config.counsellor);
        assert_eq!(config.refused, ["accent", "domains", "lang", "mode", "ngo_phone"]);
        assert_eq!(config.unknown, 2);
        let english = Language::from_code("en").unwrap();
        let notice = config.admin_notice(english).unwrap();
        assert!(!notice.contains("dossier") && !notice.contains("zz"), "{notice}");
        assert!(notice.contains("ngo_phone"), "{notice}");
    }

    #[test]
    fn an_ngo_name_too_long_is_refused_with_its_limit() {
        let config = Config::from_query(&format!("ngo={}", "A".repeat(91)));
        assert_eq!((config.refused, config.too_long), (vec!["ngo"], vec![("ngo", 80)]));
        assert!(Config::from_query(&format!("ngo={}", "A".repeat(80))).framed.ngo.is_some());
    }

    #[test]
    fn a_huge_address_is_cut_and_never_echoed() {
        let name = "A".repeat(300_000);
        let started = std::time::Instant::now();
        let config = Config::from_query(&format!("lang=en&{name}=1"));
        assert!(started.elapsed().as_millis() < 100);
        assert!(config.truncated);
        assert!(config.refused.is_empty(), "the setting before the cut is read");
        let notice = config.admin_notice(Language::from_code("en").unwrap()).unwrap();
        assert!(notice.len() < 400, "{notice}");
    }

    #[test]
    fn markup_stays_text_and_deceptive_characters_are_refused() {
        let config = Config::from_query("ngo=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assert_eq!(config.framed.ngo.unwrap().name, "<script>alert(1)</script>");
        assert_eq!(Config::from_query("ngo=a%0Ab").refused, ["ngo"]);
        assert_eq!(Config::from_query("ngo=HCR%E2%80%AE").refused, ["ngo"], "U+202E right-to-left override");
        assert_eq!(Config::from_query("ngo=H%E2%80%8BCR").refused, ["ngo"], "U+200B zero width space");
        assert_eq!(Config::from_query("ngo_address=Rabat").refused, ["ngo"], "a contact needs a name");
    }

    #[test]
    fn a_light_accent_that_white_text_cannot_be_read_on_is_refused() {
        assert_eq!(Config::from_query("accent=%23ffff00").framed.accent, None);
        assert_eq!(Config::from_query("accent=%23eee").refused, ["accent"]);
        assert_eq!(Config::from_query("accent=%23036").framed.accent.as_deref(), Some("#036"));
    }
}
