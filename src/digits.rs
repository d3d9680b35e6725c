//! Numbers as people type them: Latin digits (`35`), Arabic-Indic digits (`٣٥`, used in
//! much of the Arab world) and Eastern Arabic-Indic digits (`۳۵`, Persian and Urdu keyboards)
//! are all the same number. Pure, so it is tested natively.

/// The whole number written in `text` (spaces around it allowed), in any of those digits,
/// even mixed; `None` for anything else (a sign, a decimal point, letters, no digit).
pub fn whole_number(text: &str) -> Option<i64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    text.chars().try_fold(0i64, |number, c| number.checked_mul(10)?.checked_add(digit(c)?.into()))
}

fn digit(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        _ => return None,
    };
    u8::try_from(u32::from(c) - u32::from(zero)).ok()
}

#[cfg(test)]
mod tests {
    use super::whole_number;

    #[test]
    fn latin_arabic_indic_and_eastern_arabic_indic_digits_are_the_same_number() {
        assert_eq!(whole_number("35"), Some(35));
        assert_eq!(whole_number("٣٥"), Some(35));
        assert_eq!(whole_number("۳۵"), Some(35));
        assert_eq!(whole_number(" ٣5 "), Some(35));
        assert_eq!(whole_number("٠"), Some(0));
    }

    #[test]
    fn anything_else_is_not_a_number() {
        for text in ["", "  ", "-3", "+3", "3.5", "٣٫٥", "thirty", "3 5", "99999999999999999999"] {
            assert_eq!(whole_number(text), None, "{text:?}");
        }
    }
}
