//! When an office is open or answers, as data: days, and a part of the day or a time range,
//! exactly as the source gives them ("Monday morning" stays a morning, never 09:00-12:00).
//! [`say`] chooses the texts (Fluent message ids, [`Phrase::id`]) and their values; the app
//! and the CLI format each in the person's language. No text and no clock here.

/// A day of the week, as the rules write it (`mon` … `sun`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] =
        [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

    pub fn name(self) -> &'static str {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][self as usize]
    }

    pub fn from_name(name: &str) -> Option<Weekday> {
        Weekday::ALL.into_iter().find(|d| d.name() == name)
    }
}

/// A time of day, in minutes after midnight (`09:30` is 570).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Clock(pub u16);

impl Clock {
    /// `HH:MM`, from `00:00` to `23:59`, with two digits each.
    pub fn parse(text: &str) -> Option<Clock> {
        let (hour, minute) = text.split_once(':')?;
        let two =
            |part: &str| (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse().ok())?;
        let (hour, minute): (u16, u16) = (two(hour)?, two(minute)?);
        (hour < 24 && minute < 60).then_some(Clock(hour * 60 + minute))
    }

    pub fn hour(self) -> u16 {
        self.0 / 60
    }

    pub fn minute(self) -> u16 {
        self.0 % 60
    }
}

impl std::fmt::Display for Clock {
    /// As the rules write it: `09:30`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

/// When in the day: what the source says, no more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Time {
    /// The source names days only.
    #[default]
    Unsaid,
    Morning,
    Afternoon,
    Range {
        from: Clock,
        to: Clock,
    },
}

impl Time {
    /// The parts of the day the rules may name (`part = "morning"`).
    pub const PARTS: [&'static str; 2] = ["morning", "afternoon"];

    pub fn part(name: &str) -> Option<Time> {
        match name {
            "morning" => Some(Time::Morning),
            "afternoon" => Some(Time::Afternoon),
            _ => None,
        }
    }
}

/// One line of an office's hours: `{ days = ["tue", "wed"], from = "09:00", to = "13:00" }`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Opening {
    /// In the order written; empty when the source names no day.
    pub days: Vec<Weekday>,
    pub time: Time,
    /// The hours of phone calls (`for = "calls"`), not of a desk.
    pub calls: bool,
}

/// What an [`Opening`] may be for (`for = "calls"`).
pub const FOR: [&str; 1] = ["calls"];

/// A text hours are said with. Each is a Fluent message of every language ([`Phrase::id`]),
/// with the values [`say`] gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phrase {
    /// `lundi`: no value.
    Day(Weekday),
    /// `{ $days }, { $day }`: one more day of a list.
    DaysNext,
    /// `{ $days } et { $day }`: the last day of a list.
    DaysLast,
    /// `du { $first } au { $last }`: three days or more in a row.
    DaysThrough,
    /// A time: `$hour` and `$minute` (numbers), `$minutes` (two digits, `05`) and `$clock`
    /// (`9:00`, one piece, so that it reads left to right inside Arabic).
    Clock,
    /// `{ $days } matin`
    DaysMorning,
    /// `{ $days } après-midi`
    DaysAfternoon,
    /// `{ $days } de { $from } à { $to }`
    DaysRange,
    /// `le matin`
    Morning,
    /// `l'après-midi`
    Afternoon,
    /// `de { $from } à { $to }`
    Range,
    /// `par téléphone { $hours }`
    Calls,
    /// `{ $hours } ; { $more }`: one more line of hours.
    Next,
}

impl Phrase {
    /// Its Fluent message id.
    pub fn id(self) -> &'static str {
        match self {
            Phrase::Day(day) => [
                "hours-day-mon",
                "hours-day-tue",
                "hours-day-wed",
                "hours-day-thu",
                "hours-day-fri",
                "hours-day-sat",
                "hours-day-sun",
            ][day as usize],
            Phrase::DaysNext => "hours-days-next",
            Phrase::DaysLast => "hours-days-last",
            Phrase::DaysThrough => "hours-days-through",
            Phrase::Clock => "hours-clock",
            Phrase::DaysMorning => "hours-days-morning",
            Phrase::DaysAfternoon => "hours-days-afternoon",
            Phrase::DaysRange => "hours-days-range",
            Phrase::Morning => "hours-morning",
            Phrase::Afternoon => "hours-afternoon",
            Phrase::Range => "hours-range",
            Phrase::Calls => "hours-calls",
            Phrase::Next => "hours-next",
        }
    }
}

/// A value given to a phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(i64),
}

/// The hours in words: each phrase formatted by `format` in the person's language; `None`
/// when there are no hours.
pub fn say(hours: &[Opening], format: &mut Format<'_>) -> Option<String> {
    let (first, rest) = hours.split_first()?;
    let mut said = line(first, format);
    for opening in rest {
        let more = line(opening, format);
        said = format(Phrase::Next, &[("hours", Value::Text(said)), ("more", Value::Text(more))]);
    }
    Some(said)
}

/// Formats one phrase with its values, in the person's language.
pub type Format<'a> = dyn FnMut(Phrase, &[(&'static str, Value)]) -> String + 'a;

fn line(opening: &Opening, format: &mut Format<'_>) -> String {
    let days = days(&opening.days, format);
    let said = match (days, opening.time) {
        (Some(days), Time::Unsaid) => days,
        (None, Time::Unsaid) => String::new(),
        (Some(days), Time::Morning) => format(Phrase::DaysMorning, &[("days", Value::Text(days))]),
        (Some(days), Time::Afternoon) => format(Phrase::DaysAfternoon, &[("days", Value::Text(days))]),
        (Some(days), Time::Range { from, to }) => {
            let (from, to) = (clock(from, format), clock(to, format));
            format(Phrase::DaysRange, &[("days", Value::Text(days)), ("from", from), ("to", to)])
        }
        (None, Time::Morning) => format(Phrase::Morning, &[]),
        (None, Time::Afternoon) => format(Phrase::Afternoon, &[]),
        (None, Time::Range { from, to }) => {
            let (from, to) = (clock(from, format), clock(to, format));
            format(Phrase::Range, &[("from", from), ("to", to)])
        }
    };
    if opening.calls { format(Phrase::Calls, &[("hours", Value::Text(said))]) } else { said }
}

/// A time in words, e.g. `9 h` in French.
fn clock(clock: Clock, format: &mut Format<'_>) -> Value {
    let values = [
        ("hour", Value::Number(clock.hour().into())),
        ("minute", Value::Number(clock.minute().into())),
        ("minutes", Value::Text(format!("{:02}", clock.minute()))),
        ("clock", Value::Text(format!("{}:{:02}", clock.hour(), clock.minute()))),
    ];
    Value::Text(format(Phrase::Clock, &values))
}

/// The days as a list (`lundi`, `mardi et jeudi`), or from the first to the last when there
/// are three or more in a row (`du mardi au jeudi`).
fn days(days: &[Weekday], format: &mut Format<'_>) -> Option<String> {
    let (&first, rest) = days.split_first()?;
    let in_a_row = days.windows(2).all(|pair| pair[1] as usize == pair[0] as usize + 1);
    if days.len() >= 3 && in_a_row {
        let (first, last) = (format(Phrase::Day(first), &[]), format(Phrase::Day(days[days.len() - 1]), &[]));
        return Some(format(Phrase::DaysThrough, &[("first", Value::Text(first)), ("last", Value::Text(last))]));
    }
    let mut said = format(Phrase::Day(first), &[]);
    for (i, &day) in rest.iter().enumerate() {
        let phrase = if i + 1 == rest.len() { Phrase::DaysLast } else { Phrase::DaysNext };
        let day = Value::Text(format(Phrase::Day(day), &[]));
        said = format(phrase, &[("days", Value::Text(said)), ("day", day)]);
    }
    Some(said)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each phrase written as its id and its values, so the test reads what `say` chose.
    fn plain(phrase: Phrase, values: &[(&'static str, Value)]) -> String {
        let values: Vec<String> = values
            .iter()
            .map(|(name, value)| match value {
                Value::Text(text) => format!("{name}={text}"),
                Value::Number(n) => format!("{name}={n}"),
            })
            .collect();
        if values.is_empty() { phrase.id().to_string() } else { format!("{}({})", phrase.id(), values.join(" ")) }
    }

    fn said(hours: &[Opening]) -> Option<String> {
        say(hours, &mut plain)
    }

    fn opening(days: &[Weekday], time: Time, calls: bool) -> Opening {
        Opening { days: days.to_vec(), time, calls }
    }

    #[test]
    fn a_morning_stays_a_morning_and_calls_say_so() {
        use Weekday::*;
        let nine_to_five = Time::Range { from: Clock::parse("09:00").unwrap(), to: Clock::parse("17:00").unwrap() };
        let foo = [opening(&[Mon], Time::Morning, false), opening(&[], nine_to_five, true)];
        assert_eq!(
            said(&foo).unwrap(),
            "hours-next(hours=hours-days-morning(days=hours-day-mon) more=hours-calls(hours=hours-range(\
             from=hours-clock(hour=9 minute=0 minutes=00 clock=9:00) \
             to=hours-clock(hour=17 minute=0 minutes=00 clock=17:00))))"
        );
        assert_eq!(said(&[]), None);
        assert_eq!(said(&[opening(&[Sat], Time::Unsaid, false)]).unwrap(), "hours-day-sat");
        assert_eq!(said(&[opening(&[], Time::Afternoon, false)]).unwrap(), "hours-afternoon");
    }

    #[test]
    fn three_days_in_a_row_go_from_the_first_to_the_last_and_others_are_a_list() {
        use Weekday::*;
        let days = |days: &[Weekday]| said(&[opening(days, Time::Unsaid, false)]).unwrap();
        assert_eq!(days(&[Tue, Wed, Thu]), "hours-days-through(first=hours-day-tue last=hours-day-thu)");
        assert_eq!(days(&[Mon, Tue]), "hours-days-last(days=hours-day-mon day=hours-day-tue)");
        assert_eq!(
            days(&[Mon, Wed, Fri]),
            "hours-days-last(days=hours-days-next(days=hours-day-mon day=hours-day-wed) day=hours-day-fri)"
        );
    }

    #[test]
    fn times_are_two_digits_each_within_a_day() {
        assert_eq!(Clock::parse("09:30"), Some(Clock(570)));
        assert_eq!(Clock::parse("23:59").map(|c| c.to_string()).as_deref(), Some("23:59"));
        for wrong in ["9:00", "24:00", "12:60", "12h00", "12:0", "", "ab:cd", "+1:00", "12:00:00"] {
            assert_eq!(Clock::parse(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn every_phrase_has_its_own_message() {
        let mut ids: Vec<&str> = Weekday::ALL.iter().map(|&d| Phrase::Day(d).id()).collect();
        ids.extend(
            [
                Phrase::DaysNext,
                Phrase::DaysLast,
                Phrase::DaysThrough,
                Phrase::Clock,
                Phrase::DaysMorning,
                Phrase::DaysAfternoon,
                Phrase::DaysRange,
                Phrase::Morning,
                Phrase::Afternoon,
                Phrase::Range,
                Phrase::Calls,
                Phrase::Next,
            ]
            .map(Phrase::id),
        );
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count);
        assert!(Weekday::ALL.iter().all(|&d| Weekday::from_name(d.name()) == Some(d)));
    }
}
