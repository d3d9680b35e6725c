//! Cardinal plural categories of whole numbers, after CLDR, for the languages we ship (French,
//! English, Arabic). Any other language brings its own rule (in the browser, `Intl.PluralRules`).
//! Must not grow into a general CLDR table: each rule here is a few comparisons.

/// A CLDR plural category: the key of a variant such as `[one]` or `[few]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    /// In declaration order, which is the order of their tags in compiled parts.
    pub const ALL: [Category; 6] =
        [Category::Zero, Category::One, Category::Two, Category::Few, Category::Many, Category::Other];

    /// The name Fluent uses for this category in a variant key.
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    /// The category a variant key names, if it names one.
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|category| category.name() == name)
    }
}

/// The cardinal rule of a language we ship, by its code (`fr`, `en`, `ar`; a region such as
/// `ar-MA` is ignored), or `None` for a language whose rule the caller must give.
pub fn rules_for(code: &str) -> Option<fn(i64) -> Category> {
    let language = code.split(['-', '_']).next().unwrap_or(code);
    match language.to_ascii_lowercase().as_str() {
        "fr" => Some(french),
        "en" => Some(english),
        "ar" => Some(arabic),
        _ => None,
    }
}

/// `one: i = 0,1`; `many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0` (CLDR 38 and later).
fn french(n: i64) -> Category {
    match n.unsigned_abs() {
        0 | 1 => Category::One,
        i if i.is_multiple_of(1_000_000) => Category::Many,
        _ => Category::Other,
    }
}

/// `one: i = 1 and v = 0`.
fn english(n: i64) -> Category {
    if n.unsigned_abs() == 1 { Category::One } else { Category::Other }
}

/// `zero: n = 0`; `one: n = 1`; `two: n = 2`; `few: n % 100 = 3..10`; `many: n % 100 = 11..99`.
fn arabic(n: i64) -> Category {
    match n.unsigned_abs() {
        0 => Category::Zero,
        1 => Category::One,
        2 => Category::Two,
        i if (3..=10).contains(&(i % 100)) => Category::Few,
        i if (11..=99).contains(&(i % 100)) => Category::Many,
        _ => Category::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

    fn category(intl: PluralCategory) -> Category {
        match intl {
            PluralCategory::ZERO => Category::Zero,
            PluralCategory::ONE => Category::One,
            PluralCategory::TWO => Category::Two,
            PluralCategory::FEW => Category::Few,
            PluralCategory::MANY => Category::Many,
            PluralCategory::OTHER => Category::Other,
        }
    }

    /// Where intl_pluralrules 7 (CLDR 37, what fluent-bundle 0.16 uses) and CLDR today part,
    /// by design: its Arabic rule reads `i = 3..10` and `i = 11..99` where CLDR says
    /// `n % 100`, and French `many` came with CLDR 38. Browsers follow CLDR today.
    fn known_difference(code: &str, n: i64, ours: Category, intl: Category) -> bool {
        let i = n.unsigned_abs();
        match code {
            "ar" => {
                i >= 100
                    && intl == Category::Other
                    && ((ours == Category::Few && (3..=10).contains(&(i % 100)))
                        || (ours == Category::Many && (11..=99).contains(&(i % 100))))
            }
            "fr" => i != 0 && i.is_multiple_of(1_000_000) && ours == Category::Many && intl == Category::Other,
            _ => false,
        }
    }

    /// Every integer 0..=10,000, their negatives, and samples up to 10^9.
    fn numbers() -> Vec<i64> {
        let mut numbers: Vec<i64> = (0..=10_000).collect();
        numbers.extend((1..=10_000).map(|n| -n));
        let mut n: i64 = 10_001;
        while n <= 1_000_000_000 {
            numbers.extend([n, n + 1, n + 2, n + 3, n + 11, n + 99, n + 100]);
            n = n * 3 / 2 + 7;
        }
        for power in 4..=9 {
            let p = 10_i64.pow(power);
            numbers.extend([p, p + 1, p + 2, p + 3, p + 10, p + 11, p + 99, 2 * p, 7 * p + 5]);
        }
        numbers
    }

    #[test]
    fn our_rules_agree_with_intl_pluralrules_but_where_cldr_moved_on() {
        for code in ["fr", "en", "ar"] {
            let rule = rules_for(code).expect("a shipped language");
            let intl =
                PluralRules::create(code.parse::<unic_langid::LanguageIdentifier>().unwrap(), PluralRuleType::CARDINAL)
                    .expect("intl_pluralrules knows the language");
            let mut differences = 0;
            for n in numbers() {
                // fluent-bundle hands intl_pluralrules an f64, as it does here.
                let theirs = category(intl.select(n as f64).expect("a number"));
                let ours = rule(n);
                if ours != theirs {
                    assert!(
                        known_difference(code, n, ours, theirs),
                        "{code} {n}: ours {ours:?}, intl_pluralrules {theirs:?}"
                    );
                    differences += 1;
                }
            }
            println!("{code}: {} numbers compared, {differences} known differences", numbers().len());
        }
    }

    #[test]
    fn arabic_follows_cldr_for_hundreds() {
        let names: Vec<&str> = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1000].map(|n| arabic(n).name()).to_vec();
        assert_eq!(
            names,
            ["zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many", "other"]
        );
    }

    #[test]
    fn french_has_many_for_millions_and_counts_zero_as_one() {
        assert_eq!([0, 1, 2, 1_000_000, 2_000_000, 1_000_001].map(french), {
            use Category::*;
            [One, One, Other, Many, Many, Other]
        });
    }

    #[test]
    fn regions_and_case_do_not_matter_and_unknown_languages_bring_their_own_rule() {
        assert_eq!(rules_for("ar-MA").map(|rule| rule(3)), Some(Category::Few));
        assert_eq!(rules_for("EN_gb").map(|rule| rule(1)), Some(Category::One));
        assert!(rules_for("de").is_none());
        assert!(rules_for("").is_none());
    }

    #[test]
    fn category_names_round_trip() {
        for name in ["zero", "one", "two", "few", "many", "other"] {
            assert_eq!(Category::from_name(name).map(Category::name), Some(name));
        }
        assert_eq!(Category::from_name("masculine"), None);
    }
}
