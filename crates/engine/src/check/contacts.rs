//! Check: the links of sources and the website, e-mail address and phone numbers of offices
//! are what they claim to be. The app turns them into links people open, so nothing but an
//! `https:`, `http:`, `tel:` or `mailto:` link may get there (never `javascript:`).

use super::diagnostic::{Code, Diagnostic, Location};
use super::lower::Parsed;
use toml::Spanned;

/// The schemes a link may have, compared without regard to case.
const SCHEMES: [&str; 4] = ["https", "http", "tel", "mailto"];

pub fn check(files: &[Parsed], diagnostics: &mut Vec<Diagnostic>) {
    for file in files {
        let mut report = |value: &Spanned<String>, problem: Option<String>, code, note| {
            if let Some(problem) = problem {
                let at = Location { file: file.file, span: value.span() };
                diagnostics.push(Diagnostic::error(code, problem).at(at, "here").note(note));
            }
        };
        for source in &file.content.source {
            if let Some(link) = &source.link {
                report(link, link_problem(link.get_ref()), Code::BadLink, LINK_NOTE);
            }
        }
        for office in &file.content.office {
            if let Some(website) = &office.website {
                report(website, link_problem(website.get_ref()), Code::BadLink, LINK_NOTE);
            }
            if let Some(email) = &office.email {
                report(email, email_problem(email.get_ref()), Code::BadEmail, EMAIL_NOTE);
            }
            for phone in office.phone.iter().chain(&office.whatsapp) {
                report(phone, phone_problem(phone.get_ref()), Code::BadPhone, PHONE_NOTE);
            }
        }
    }
}

const LINK_NOTE: &str = "write the whole address as the browser shows it, e.g. https://www.example.ma/page";
const EMAIL_NOTE: &str = "write the address alone, e.g. contact@example.ma";
const PHONE_NOTE: &str = "write the number with digits, spaces and + ( ) - . only, e.g. +212 5 37 00 00 00";

/// Why `link` may not be a link, if it may not.
fn link_problem(link: &str) -> Option<String> {
    if link.chars().any(is_invisible) {
        return Some("a link cannot contain spaces, control or invisible characters".to_string());
    }
    let Some((scheme, rest)) = link.split_once(':') else {
        return Some("this link has no scheme: it must start with https:, http:, tel: or mailto:".to_string());
    };
    if !SCHEMES.iter().any(|s| s.eq_ignore_ascii_case(scheme)) {
        return Some(format!("a link must start with https:, http:, tel: or mailto:, not `{scheme}:`"));
    }
    if rest.is_empty() {
        return Some(format!("this link has nothing after `{scheme}:`"));
    }
    None
}

/// Why `email` does not look like an e-mail address, if it does not.
fn email_problem(email: &str) -> Option<String> {
    if email.chars().any(is_invisible) {
        return Some("an e-mail address cannot contain spaces, control or invisible characters".to_string());
    }
    if email.contains(':') {
        return Some("an e-mail address is written without a scheme such as `mailto:`".to_string());
    }
    // The app makes `mailto:` links of it: after these, a mail program reads a subject, a
    // body, more recipients, or an encoded character the guide's readers would not see.
    if let Some(c) = email.chars().find(|c| "?&=,;%".contains(*c)) {
        let what = match c {
            '?' | '&' | '=' => "a subject or a message to fill in",
            ',' | ';' => "a second address",
            _ => "an encoded character",
        };
        return Some(format!(
            "an e-mail address cannot contain `{c}`, which would add {what}: write one address alone"
        ));
    }
    let looks_right = match email.split_once('@') {
        Some((name, domain)) => {
            !name.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        }
        None => false,
    };
    (!looks_right).then(|| "this is not an e-mail address: it needs one `@` between a name and a domain".to_string())
}

/// Why `phone` is not a phone number, if it is not.
fn phone_problem(phone: &str) -> Option<String> {
    if let Some(c) = phone.chars().find(|c| !c.is_ascii_digit() && !" +()-.".contains(*c)) {
        return Some(format!("a phone number cannot contain {c:?}"));
    }
    if !phone.chars().any(|c| c.is_ascii_digit()) {
        return Some("this phone number has no digits".to_string());
    }
    None
}

/// Spaces, control characters, and the invisible marks that can make a link read as
/// another (zero-width spaces, direction overrides, byte order mark).
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_phone_and_mail_links_are_accepted() {
        for link in ["https://help.unhcr.org/morocco/", "HTTP://morocco.iom.int", "tel:+212537545400", "mailto:a@b.ma"]
        {
            assert_eq!(link_problem(link), None, "{link}");
        }
        for (link, problem) in [
            ("javascript:alert(1)", "a link must start with https:, http:, tel: or mailto:, not `javascript:`"),
            ("JavaScript:alert(1)", "a link must start with https:, http:, tel: or mailto:, not `JavaScript:`"),
            ("data:text/html,<script>", "a link must start with https:, http:, tel: or mailto:, not `data:`"),
            ("www.example.ma", "this link has no scheme: it must start with https:, http:, tel: or mailto:"),
            ("https:", "this link has nothing after `https:`"),
            ("https://example.ma/a b", "a link cannot contain spaces, control or invisible characters"),
            ("java\tscript:alert(1)", "a link cannot contain spaces, control or invisible characters"),
            ("https://example.ma/\u{202E}fdp.exe", "a link cannot contain spaces, control or invisible characters"),
        ] {
            assert_eq!(link_problem(link).as_deref(), Some(problem), "{link}");
        }
    }

    #[test]
    fn an_email_is_one_name_one_at_and_a_domain() {
        assert_eq!(email_problem("iomrabat@iom.int"), None);
        for email in
            ["mailto:iomrabat@iom.int", "iom rabat@iom.int", "iomrabat", "a@b@iom.int", "@iom.int", "a@iom", "a@.iom"]
        {
            assert!(email_problem(email).is_some(), "{email}");
        }
    }

    #[test]
    fn an_email_cannot_carry_a_message_another_address_or_hidden_characters() {
        for (email, problem) in [
            ("a@b.ma?subject=&body=", "cannot contain `?`, which would add a subject or a message to fill in"),
            ("a@b.ma&body=x", "cannot contain `&`, which would add a subject or a message to fill in"),
            ("a=b@b.ma", "cannot contain `=`, which would add a subject or a message to fill in"),
            ("a@b.ma,c@d.ma", "cannot contain `,`, which would add a second address"),
            ("a@b.ma;c@d.ma", "cannot contain `;`, which would add a second address"),
            ("a%40x@b.ma", "cannot contain `%`, which would add an encoded character"),
        ] {
            let found = email_problem(email).unwrap_or_default();
            assert_eq!(found, format!("an e-mail address {problem}: write one address alone"), "{email}");
        }
        for email in ["a@b.ma\n", "a@b.ma\tx", "a\u{0}@b.ma", "a@b.ma\u{2028}", "a\u{200B}@b.ma"] {
            let found = email_problem(email).unwrap_or_default();
            assert!(found.contains("cannot contain spaces, control or invisible characters"), "{email:?}: {found}");
        }
    }

    #[test]
    fn a_phone_number_is_digits_and_a_few_signs() {
        for phone in ["+212 5 37 54 54 00", "(0537) 54-54.00"] {
            assert_eq!(phone_problem(phone), None, "{phone}");
        }
        assert_eq!(phone_problem("+212 5 37 54 54 00 ext. 3").as_deref(), Some("a phone number cannot contain 'e'"));
        assert_eq!(phone_problem("tel:+212537545400").as_deref(), Some("a phone number cannot contain 't'"));
        assert_eq!(phone_problem("+ -").as_deref(), Some("this phone number has no digits"));
    }
}
