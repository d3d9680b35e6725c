//! Settings an NGO puts in the address of the page it embeds (`?lang=ar&domains=health,education
//! &ngo=...`). Everything here comes from an address anyone can write, so every value is
//! checked, kept only if it is valid, shown as text and never as HTML, and a setting that is
//! refused is named to the reader rather than silently dropped.

use crate::i18n::Language;
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

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    pub language: Option<Language>,
    /// Only the rights of these domains are evaluated, so only their questions are asked.
    pub domains: Option<Vec<Domain>>,
    pub counsellor: bool,
    pub ngo: Option<Ngo>,
    /// A colour `#rgb` or `#rrggbb` dark enough for white text on it.
    pub accent: Option<String>,
    /// The names of the settings that were refused.
    pub refused: Vec<String>,
}

/// The embedding NGO's own contact, shown first, as plain text.
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
        let (mut name, mut phone, mut address) = (None, None, None);
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(raw);
            let accepted = match (key, value.as_deref()) {
                ("lang", Some(code)) => Language::from_code(code).map(|l| config.language = Some(l)).is_some(),
                ("domains", Some(list)) => {
                    let domains: Option<Vec<Domain>> = list.split(',').map(|d| Domain::from_name(d.trim())).collect();
                    domains.filter(|d| !d.is_empty()).map(|d| config.domains = Some(d)).is_some()
                }
                ("mode", Some("counsellor")) => {
                    config.counsellor = true;
                    true
                }
                ("mode", Some("guide")) => true,
                ("ngo", Some(text)) => plain(text, 80).map(|t| name = Some(t)).is_some(),
                ("ngo_phone", Some(text)) => phone_number(text).map(|t| phone = Some(t)).is_some(),
                ("ngo_address", Some(text)) => plain(text, 160).map(|t| address = Some(t)).is_some(),
                ("accent", Some(text)) => accent(text).map(|t| config.accent = Some(t)).is_some(),
                _ => false,
            };
            if !accepted {
                config.refused.push(decode(key).unwrap_or_else(|| "?".to_string()));
            }
        }
        match name {
            Some(name) => config.ngo = Some(Ngo { name, phone, address }),
            None if phone.is_some() || address.is_some() => config.refused.push("ngo".to_string()),
            None => {}
        }
        config
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

/// A short text with no control characters, trimmed.
fn plain(text: &str, max_chars: usize) -> Option<String> {
    let text = text.trim();
    let fine = !text.is_empty() && text.chars().count() <= max_chars && !text.chars().any(char::is_control);
    fine.then(|| text.to_string())
}

fn phone_number(text: &str) -> Option<String> {
    let text = text.trim();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let fine = (6..=20).contains(&digits) && text.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c));
    fine.then(|| text.to_string())
}

/// `#rgb` or `#rrggbb`, with a contrast of at least 4.5:1 against white (WCAG AA), since
/// the accent is the background of white text.
fn accent(text: &str) -> Option<String> {
    let hex = text.strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize, width: usize| -> Option<f64> {
        let value = u8::from_str_radix(hex.get(i * width..i * width + width)?, 16).ok()?;
        let value = if width == 1 { value * 17 } else { value };
        let c = f64::from(value) / 255.0;
        Some(if c <= 0.039_28 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ngo_sets_language_domains_contact_and_colour() {
        let config = Config::from_query(
            "?lang=ar&domains=health,education&ngo=Association+Al%20Amal&ngo_phone=%2B212+5+37+00+00+00&ngo_address=Rabat&accent=%23004488",
        );
        assert_eq!(config.language.map(Language::code), Some("ar"));
        assert_eq!(config.domains, Some(vec![Domain::Health, Domain::Education]));
        let ngo = config.ngo.unwrap();
        assert_eq!(ngo.name, "Association Al Amal");
        assert_eq!(ngo.phone.as_deref(), Some("+212 5 37 00 00 00"));
        assert_eq!(ngo.address.as_deref(), Some("Rabat"));
        assert_eq!(config.accent.as_deref(), Some("#004488"));
        assert!(config.refused.is_empty());
    }

    #[test]
    fn hostile_or_wrong_settings_are_refused_by_name() {
        let config = Config::from_query(
            "accent=red;background:url(https://evil.example/x)&domains=health,spaceships&lang=xx&mode=admin&ngo_phone=call-me&%zz=1&theme=dark",
        );
        assert_eq!(config.accent, None);
        assert_eq!(config.domains, None);
        assert_eq!(config.language, None);
        assert!(!config.counsellor);
        assert_eq!(config.refused, ["accent", "domains", "lang", "mode", "ngo_phone", "?", "theme"]);
    }

    #[test]
    fn markup_in_the_ngo_name_stays_text_and_control_characters_are_refused() {
        let config = Config::from_query("ngo=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assert_eq!(config.ngo.unwrap().name, "<script>alert(1)</script>");
        assert_eq!(Config::from_query("ngo=a%0Ab").refused, ["ngo"]);
        assert_eq!(Config::from_query("ngo_address=Rabat").refused, ["ngo"], "a contact needs a name");
    }

    #[test]
    fn a_light_accent_that_white_text_cannot_be_read_on_is_refused() {
        assert_eq!(Config::from_query("accent=%23ffff00").accent, None);
        assert_eq!(Config::from_query("accent=%23eee").refused, ["accent"]);
        assert_eq!(Config::from_query("accent=%23036").accent.as_deref(), Some("#036"));
    }
}
