//! Whole numbers as fluent-bundle 0.16 writes them and compares them: it turns every number
//! into an `f64`. Up to 2^53 that changes nothing; beyond, `Display` prints the shortest digits
//! that read back as the same `f64`, then zeros. Must not format floats: leaving that code out
//! of the wasm is why this runtime exists.

/// `n` as fluent-bundle sees it: rounded to the nearest `f64`. Plural rules and number keys
/// are applied to this value, so that `9007199254740993` is what fluent-bundle takes it for.
pub(crate) fn as_fluent(n: i64) -> i64 {
    // Saturates only at 2^63, which no i64 equals and whose categories are those of i64::MAX.
    n as f64 as i64
}

/// Whether a number argument equals a variant's number key, as fluent-bundle decides it.
pub(crate) fn same_number(argument: i64, key: i64) -> bool {
    argument as f64 == key as f64
}

/// Appends `n` as fluent-bundle's `FluentNumber::as_string` writes an integer.
pub(crate) fn push_integer(out: &mut String, n: i64) {
    // Exact: every f64 made from an i64 is a whole number of magnitude at most 2^63.
    let magnitude = (n as f64).abs() as u64;
    if n < 0 {
        out.push('-');
    }
    let digits = if magnitude <= 1 << 53 { magnitude } else { shortest(magnitude) };
    out.push_str(&digits.to_string());
}

/// Above 2^53, the multiple of the largest power of ten that converts to the same `f64` as
/// `magnitude`, and of two such multiples the nearer: what `Display` prints. (Two cannot be
/// equally near: an f64 this large is a multiple of a power of two too coarse for that.)
fn shortest(magnitude: u64) -> u64 {
    let target = magnitude as f64;
    let mut power: u64 = 10_000_000_000_000_000_000;
    while power > 1 {
        let below = magnitude / power * power;
        let fits = |candidate: Option<u64>| candidate.filter(|c| *c != 0 && *c as f64 == target);
        let chosen = match (fits(Some(below)), fits(below.checked_add(power))) {
            (Some(below), Some(above)) if above - magnitude < magnitude - below => Some(above),
            (Some(below), _) => Some(below),
            (None, above) => above,
        };
        if let Some(chosen) = chosen {
            return chosen;
        }
        power /= 10;
    }
    magnitude
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(n: i64) -> String {
        let mut out = String::new();
        push_integer(&mut out, n);
        out
    }

    /// What fluent-bundle writes: `FluentNumber::as_string` is `f64::to_string` for an integer.
    fn reference(n: i64) -> String {
        (n as f64).to_string()
    }

    #[test]
    fn small_numbers_are_written_as_they_are() {
        for n in [0, 1, -1, 12, 1000, 1_000_000, -987_654_321, 1 << 53, -(1 << 53)] {
            assert_eq!(written(n), n.to_string());
        }
    }

    #[test]
    fn large_numbers_are_written_as_fluent_bundle_writes_their_f64() {
        let mut samples = vec![i64::MAX, i64::MIN, i64::MAX - 1, i64::MIN + 1, (1 << 53) + 1, (1 << 53) + 3];
        samples.extend((0..64).flat_map(|shift| [1_i64 << shift.min(62), (1_i64 << shift.min(62)) - 1]));
        samples.extend((0..19).map(|power| 10_i64.pow(power) + 1));
        // A fixed xorshift sequence over every magnitude.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let n = state as i64;
            samples.push(n);
            samples.push(n >> (state % 63));
        }
        for n in samples {
            assert_eq!(written(n), reference(n), "{n}");
        }
    }

    #[test]
    fn plural_rules_and_keys_see_the_rounded_value() {
        assert_eq!(as_fluent(9_007_199_254_740_993), 9_007_199_254_740_992);
        assert_eq!(as_fluent(i64::MAX), i64::MAX);
        assert_eq!(as_fluent(-5), -5);
        assert!(same_number(9_007_199_254_740_993, 9_007_199_254_740_992));
        assert!(!same_number(3, 4));
    }
}
