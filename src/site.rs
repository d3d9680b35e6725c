//! The site owner's settings: `huquq-site.toml`, placed next to `index.html` on the host.
//! Only what the owner controls may speak in the guide's voice, so the NGO's contact, its
//! colour and where quick exit leads come from here, never from an address anyone can write.
//! The file is a small part of TOML: `key = "text"` lines and `#` comments. Its mistakes are
//! for the owner: they go to the console and the admin view (`?admin=1`), never to the person.

use crate::config::{LIMITS, Ngo, accent, phone_number, plain};
use crate::i18n::{Text, t};

/// The file's name, beside `index.html`.
pub const FILE: &str = "huquq-site.toml";

/// Every key the file may hold.
pub const KEYS: [&str; 6] = ["ngo", "ngo_phone", "ngo_address", "accent", "exit_to", "report_to"];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SiteFile {
    pub ngo: Option<Ngo>,
    pub accent: Option<String>,
    /// Where quick exit goes: an `https:` address.
    pub exit_to: Option<String>,
    /// Where "this looks wrong" writes to: `mailto:` and an address, or a WhatsApp number.
    pub report_to: Option<String>,
}

/// A mistake in the site file, at a line and column (from 1).
#[derive(Clone, Debug, PartialEq)]
pub struct SiteError {
    pub line: usize,
    pub column: usize,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Not `key = "text"`.
    Syntax,
    UnknownKey,
    Repeated(&'static str),
    /// The value is not what this key takes (e.g. a light colour, a phone with letters).
    BadValue(&'static str),
    /// `ngo_phone` or `ngo_address` without `ngo`.
    NoName,
    /// A text longer than its key allows (`ngo`: 80 characters, `ngo_address`: 160).
    TooLong(&'static str, usize),
}

impl Problem {
    /// The text of the message, the key it is about and, for a text too long, its limit.
    pub fn message(&self) -> (Text, &'static str, usize) {
        match self {
            Problem::Syntax => (t::ADMIN_SITE_SYNTAX, "", 0),
            Problem::UnknownKey => (t::ADMIN_SITE_UNKNOWN_KEY, "", 0),
            Problem::Repeated(key) => (t::ADMIN_SITE_REPEATED, key, 0),
            Problem::BadValue(key) => (t::ADMIN_SITE_BAD_VALUE, key, 0),
            Problem::NoName => (t::ADMIN_SITE_NO_NAME, "ngo", 0),
            Problem::TooLong(key, limit) => (t::ADMIN_SITE_TOO_LONG, key, *limit),
        }
    }
}

/// How many mistakes are reported; the others are only counted, so a file of any length
/// cannot flood the console or slow the guide.
pub const MAX_ERRORS: usize = 20;

/// The site file as fetched at start-up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SiteLoad {
    pub found: bool,
    pub file: SiteFile,
    /// The first [`MAX_ERRORS`] mistakes.
    pub errors: Vec<SiteError>,
    /// How many more there are.
    pub more_errors: usize,
}

impl SiteLoad {
    /// Fetches `huquq-site.toml` beside the page. None there (or no network, or the single
    /// file opened from the phone) is not a mistake: the guide then shows no NGO contact.
    pub async fn fetch() -> SiteLoad {
        match crate::files::site_file().await {
            Some(text) => SiteLoad::read(&text),
            None => SiteLoad::default(),
        }
    }

    /// The file's settings and its first mistakes.
    pub fn read(text: &str) -> SiteLoad {
        let (file, mut errors) = parse(text);
        let more_errors = errors.len().saturating_sub(MAX_ERRORS);
        errors.truncate(MAX_ERRORS);
        SiteLoad { found: true, file, errors, more_errors }
    }
}

/// Reads the site file: every valid setting is kept, every mistake reported.
pub fn parse(text: &str) -> (SiteFile, Vec<SiteError>) {
    let mut site = SiteFile::default();
    let mut errors = Vec::new();
    let (mut name, mut phone, mut address) = (None, None, None);
    let mut seen = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let at = |column: usize, problem| SiteError { line: index + 1, column, problem };
        let trimmed = line.trim_start();
        // Columns count characters, as an editor shows them.
        let indent = line.chars().count() - trimmed.chars().count();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = setting(trimmed) else {
            errors.push(at(indent + 1, Problem::Syntax));
            continue;
        };
        let Some(key) = KEYS.iter().copied().find(|k| *k == key) else {
            errors.push(at(indent + 1, Problem::UnknownKey));
            continue;
        };
        if seen.contains(&key) {
            errors.push(at(indent + 1, Problem::Repeated(key)));
            continue;
        }
        seen.push(key);
        let too_long = LIMITS.iter().find(|(k, limit)| *k == key && value.trim().chars().count() > *limit);
        if let Some(&(key, limit)) = too_long {
            errors.push(at(indent + 1, Problem::TooLong(key, limit)));
            continue;
        }
        let kept = match key {
            "ngo" => plain(&value, LIMITS[0].1).map(|v| name = Some(v)),
            "ngo_phone" => phone_number(&value).map(|v| phone = Some(v)),
            "ngo_address" => plain(&value, LIMITS[1].1).map(|v| address = Some(v)),
            "accent" => accent(&value).map(|v| site.accent = Some(v)),
            "exit_to" => exit_address(&value).map(|v| site.exit_to = Some(v)),
            _ => report_address(&value).map(|v| site.report_to = Some(v)),
        };
        if kept.is_none() {
            let column = indent + trimmed.find('"').map_or(0, |at| trimmed[..at].chars().count()) + 1;
            errors.push(at(column, Problem::BadValue(key)));
        }
    }
    match name {
        Some(name) => site.ngo = Some(Ngo { name, phone, address }),
        None if phone.is_some() || address.is_some() => {
            errors.push(SiteError { line: 1, column: 1, problem: Problem::NoName })
        }
        None => {}
    }
    (site, errors)
}

/// `key = "text"`, with an optional `# comment` after it; `\"` and `\\` in the text.
fn setting(line: &str) -> Option<(&str, String)> {
    let (key, rest) = line.split_once('=')?;
    let key = key.trim();
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    let mut chars = rest.trim_start().strip_prefix('"')?.chars();
    let mut value = String::new();
    loop {
        match chars.next()? {
            '"' => break,
            '\\' => match chars.next()? {
                c @ ('"' | '\\') => value.push(c),
                _ => return None,
            },
            c => value.push(c),
        }
    }
    let after = chars.as_str().trim();
    (after.is_empty() || after.starts_with('#')).then_some((key, value))
}

/// An `https:` address with nothing deceptive in it: quick exit must not lead anywhere odd.
fn exit_address(text: &str) -> Option<String> {
    let text = plain(text, 300)?;
    let fine = text.starts_with("https://") && text.len() > "https://".len() && !text.contains(char::is_whitespace);
    fine.then_some(text)
}

/// `mailto:` and one plain e-mail address, or a phone number (for WhatsApp).
fn report_address(text: &str) -> Option<String> {
    match text.strip_prefix("mailto:") {
        Some(address) => {
            let (user, host) = address.split_once('@')?;
            let fine =
                |part: &str| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c));
            (fine(user) && fine(host) && host.contains('.')).then(|| text.to_string())
        }
        None => phone_number(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_owner_sets_the_contact_the_colour_and_where_quick_exit_goes() {
        let (site, errors) = parse(
            "# Our contact\nngo = \"Association Al Amal\"\nngo_phone = \"+212 5 37 00 00 00\"  # the desk\n\
             ngo_address = \"12 rue \\\"Oued\\\", Rabat\"\naccent = \"#004488\"\nexit_to = \"https://www.example.org/meteo\"\n\
             report_to = \"mailto:corrections@example.org\"\n",
        );
        assert_eq!(errors, []);
        let ngo = site.ngo.unwrap();
        assert_eq!(ngo.name, "Association Al Amal");
        assert_eq!(ngo.phone.as_deref(), Some("+212 5 37 00 00 00"));
        assert_eq!(ngo.address.as_deref(), Some("12 rue \"Oued\", Rabat"));
        assert_eq!(site.accent.as_deref(), Some("#004488"));
        assert_eq!(site.exit_to.as_deref(), Some("https://www.example.org/meteo"));
        assert_eq!(site.report_to.as_deref(), Some("mailto:corrections@example.org"));
        assert_eq!(parse("report_to = \"+212 600 000 000\"\n").0.report_to.as_deref(), Some("+212 600 000 000"));
    }

    #[test]
    fn a_report_address_cannot_carry_a_message_or_another_scheme() {
        for bad in ["mailto:a@b.org?body=hello", "mailto:a@b.org,c@d.org", "https://wa.me/212600", "mailto:nobody"] {
            let (site, errors) = parse(&format!("report_to = \"{bad}\"\n"));
            assert_eq!((site.report_to, errors[0].problem.clone()), (None, Problem::BadValue("report_to")), "{bad}");
        }
    }

    #[test]
    fn each_mistake_is_located_and_the_rest_is_kept() {
        let (site, errors) = parse(
            "ngo = \"Amal\"\ncolour = \"red\"\n  accent = \"#ffff00\"\nngo = \"Other\"\nngo_phone = 5\nexit_to = \"javascript:alert(1)\"\n",
        );
        assert_eq!(site.ngo.map(|n| n.name).as_deref(), Some("Amal"));
        let found: Vec<_> = errors.iter().map(|e| (e.line, e.column, e.problem.clone())).collect();
        assert_eq!(
            found,
            [
                (2, 1, Problem::UnknownKey),
                (3, 12, Problem::BadValue("accent")),
                (4, 1, Problem::Repeated("ngo")),
                (5, 1, Problem::Syntax),
                (6, 11, Problem::BadValue("exit_to")),
            ]
        );
    }

    #[test]
    fn a_file_of_many_mistakes_reports_the_first_twenty_and_counts_the_rest() {
        let load = SiteLoad::read(&"colour = \"red\"\n".repeat(100_000));
        assert_eq!((load.errors.len(), load.more_errors), (MAX_ERRORS, 100_000 - MAX_ERRORS));
        assert_eq!(load.errors[19].line, 20);
    }

    #[test]
    fn a_name_too_long_is_refused_naming_the_limit_and_columns_count_characters() {
        let name = "A".repeat(91);
        let (site, errors) = parse(&format!("ngo = \"{name}\"\n\u{a0}accent = \"é\"\n"));
        assert_eq!(site.ngo, None);
        assert_eq!(errors[0].problem, Problem::TooLong("ngo", 80));
        assert_eq!(errors[0].problem.message().2, 80);
        // A no-break space, then `accent = "`: the value's quote is the 11th character.
        assert_eq!((errors[1].line, errors[1].column), (2, 11));
    }

    #[test]
    fn deceptive_names_and_a_contact_without_a_name_are_refused() {
        let (site, errors) = parse("ngo = \"HCR\u{202E}\"\n");
        assert_eq!(site.ngo, None);
        assert_eq!(errors[0].problem, Problem::BadValue("ngo"));
        let (_, errors) = parse("ngo_phone = \"+212 600 000 000\"\n");
        assert_eq!(errors[0].problem, Problem::NoName);
    }
}
