//! Every kind of problem the checker reports, each with its stable name (shown as
//! `error[name]`) and one line saying what it means and what to do. The rule authors' guide
//! lists them from here (`huquq-rules codes --write rules/README.md`), and each has a test case in
//! `tests/data/bad/`. Adding a kind of problem is adding a line here; nothing here reports.

macro_rules! codes {
    ($($(#[$attr:meta])* $variant:ident = $name:literal: $doc:literal,)*) => {
        /// A kind of problem, as [`super::Diagnostic`] carries it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(#[doc = $doc] $(#[$attr])* $variant,)*
        }

        impl Code {
            /// Every code, in the order of the guide's list.
            pub const ALL: &[Code] = &[$(Code::$variant),*];

            /// The stable name, e.g. `unknown-name`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// What it means and what to do, in one line.
            pub fn doc(self) -> &'static str {
                match self {
                    $(Code::$variant => $doc,)*
                }
            }
        }
    };
}

codes! {
    // Files and their syntax.
    Encoding = "encoding": "A file is not UTF-8. Save it as UTF-8 in your editor (\"Save as\" or \"Encoding\"); the message names the first bad byte.",
    Syntax = "syntax": "A rules file is not valid TOML, a key is misspelt, or a condition cannot be read. Fix the spelling at the caret; the allowed keys are in the guide's table.",
    // Declarations.
    BadId = "bad-id": "An id is not written as ids are: questions and definitions in `snake_case`, rights as `domain.name-in-words`, others in `words-with-hyphens`. Rename it.",
    DuplicateId = "duplicate-id": "Two things of the same kind have the same id (or a choice or a text is listed twice). Give one of them another id.",
    TooMany = "too-many": "More than 65,536 things of one kind (or choices in one question): the compiled rules number each with 16 bits. Split the guide or merge what repeats.",
    DuplicateMeta = "duplicate-meta": "More than one file has a `[meta]` table. Keep one.",
    MissingMeta = "missing-meta": "No file says when the rules were last reviewed. Add `[meta]` with `reviewed = YYYY-MM-DD` to one rules file.",
    BadVersion = "bad-version": "`[meta] version` is missing or not a whole number from 1, or `rules/changes.toml` does not list every version from 1 to it once. Raise `version` with every change to a right and list that version's changes.",
    BadDate = "bad-date": "A date is not a real year, month or day from 1900 to 2100. Write `2013`, `\"2013-10\"` or `2013-10-09` (a scenario's `date` and `reviewed` are days).",
    UnknownKind = "unknown-kind": "A question's or a right's `kind` is not one the rules know. Use one of the kinds the message lists.",
    FewChoices = "few-choices": "A choice question offers fewer than two choices. Add the missing choices, or make it a `yes_no` question.",
    ChoicesNotAllowed = "choices-not-allowed": "A question that is not `one_of` or `any_of` lists `choices`. Remove them, or change its `kind`.",
    BoundNotAllowed = "bound-not-allowed": "`min` or `max` is given to a question that is not a number or a year. Remove it.",
    BadBounds = "bad-bounds": "A question's `min` is above its `max`. Swap or fix them.",
    UnitNotAllowed = "unit-not-allowed": "`unit` is given to a question that is not a number. Remove it.",
    EmptyField = "empty-field": "A source has an empty `title`, `issuer` or `reference`, or a search record an empty `searched` or `found`. Write what a lawyer, or the next author, needs to find it.",
    InternalNote = "internal-note": "A source's `title`, `issuer` or `reference`, shown to people, holds a research note: a seed file, public-facts, `§`, or a date written 2021-08-22. Move it to `note`; write dates as the document does.",
    BadLink = "bad-link": "A link is not an `https:`, `http:`, `tel:` or `mailto:` address, or has spaces or invisible characters. Write the address as the browser shows it.",
    BadEmail = "bad-email": "An office's `email` is not one e-mail address. Write the address alone, without `mailto:`, a `?subject=` or a second address.",
    BadPhone = "bad-phone": "An office's phone number has something other than digits, spaces and `+ ( ) - .`. Write the number alone.",
    UnknownRegion = "unknown-region": "An office's `region` is not a choice of the `region` question. Use one of its choices.",
    BadHours = "bad-hours": "An office's `hours` are not days and times as the guide writes them: `days` from `mon` to `sun`, `part = \"morning\"` or `\"afternoon\"`, or `from` and `to` as `\"09:00\"`, and `for = \"calls\"` for a phone's hours. Write only what the source says.",
    MissingNeeds = "missing-needs": "An office does not say what a person can come to it for. Add `needs = [...]` from the list in the guide (`needs = []` if none fits).",
    UnknownNeed = "unknown-need": "An office's `needs` or a search record's `need` is not one of the needs the guide lists (`health`, `asylum`, `legal`, `shelter`, `children`, `violence`). Use one of them.",
    UnknownCity = "unknown-city": "A search record names a city that no office is in and `coverage_cities` in `[meta]` does not list. Fix the id, or add the city to `coverage_cities`.",
    UnsourcedOffice = "unsourced-office": "An office gives a name, an address or a phone number without `sources`. Cite where it comes from; never write one from memory.",
    UnsourcedRight = "unsourced-right": "A right cites no source. Add `sources = [...]` naming `[[source]]` tables.",
    BadNumber = "bad-number": "A number in a rules file is outside what it can be: a right's `within_days` is a deadline from 1 to 3650 days. Fix the number.",
    BadValidity = "bad-validity": "A right's `valid_until` is before its `valid_from`. Fix one of the dates.",
    UnknownReference = "unknown-reference": "An office, a source, a right (in `exclusive_with` or a scenario) a question (in a scenario's `because` or `open`, or in `[meta]`) or a domain (in the needs question's `domains`) is named but not declared. Fix the id, or declare it.",
    // Conditions.
    UnknownName = "unknown-name": "A condition names a question or definition that does not exist. Fix the spelling (the message suggests the closest name) or declare it.",
    Type = "type": "A condition mixes kinds of values: a yes/no question compared with a number, a choice question used as yes/no, a date added to a year… The message says what each side is and how to write it.",
    UnknownChoice = "unknown-choice": "A condition, a `shown_first` or the needs question's `domains` names a choice its question does not offer. Use one of the choices the message lists.",
    UnknownFunction = "unknown-function": "A condition calls a function that does not exist. The functions are `years_since(question)` and `date('YYYY-MM-DD')`.",
    Cycle = "cycle": "Definitions that depend on themselves, or questions whose `ask_if` waits for themselves. Break the cycle the message lists.",
    DefinitionDepth = "definition-depth": "More than 32 definitions chain, each naming the next. Write part of the chain out in the condition of the definition the message points at, or merge definitions that only rename another.",
    ConditionSize = "condition-size": "A condition has more than 10,000 parts once the definitions it names are written out, each as many times as it is named. Name fewer definitions more than once, or split the condition between rights.",
    NeverApplies = "never-applies": "A right's condition is false for every possible answer, so nobody ever gets it. Fix the condition (an `and` that should be an `or`?).",
    NeverMatters = "never-matters": "A question can never change any result, so it is never asked (a warning). Use it in a right, or remove it.",
    HeldBack = "held-back": "A right reads a question that `ask_if` holds back, without testing that `ask_if`: for people never asked, the right would stay undetermined for ever. Make the right test the same condition, e.g. `sex != 'man' and pregnant`.",
    // Interviews, walked one by one (the audit).
    NeverEligible = "never-eligible": "A right whose condition can be true is eligible at the end of no interview: the answers that make it apply are never asked together (an `ask_if` skips one of them). Make the `ask_if` and the condition agree.",
    Stuck = "stuck": "An interview ends with a right undetermined, waiting for a question it never asks (its `ask_if` is false). The message gives the answers; make the right test the same `ask_if`, as for `held-back`.",
    TooLong = "too-long": "An interview can ask more questions than `max_questions` in `[meta]` allows. The message gives the answers of the longest; hold questions back with `ask_if`, merge questions, or raise the limit.",
    Exclusive = "exclusive": "Two rights declared `exclusive_with` each other both apply to someone. The message gives the answers; fix one of the conditions, or remove the claim.",
    Audit = "audit": "The walk over every interview could not finish (more than 200 questions on one path, or a million states), or found the guide breaking its own rules (a decided result changing, fewer questions announced than asked, a question asked twice): a bug to report with the answers shown.",
    Unused = "unused": "A definition, an office or a source is declared but never used (a warning). Refer to it, or remove it.",
    Due = "due": "`huquq-rules review` only: a programme or an office's contact rests on evidence older than its age (`programme_months`, `contact_months` in `[meta]`) on the review's day. Confirm it with `checked` on a source (or a newer source), end it with `valid_until`, or record a search that found nothing newer with `searched`.",
    // Texts.
    MissingLocales = "missing-locales": "There is no `locales/<language>/` folder with texts. Add one per language.",
    MissingText = "missing-text": "A language lacks a text the rules need, or a message another language has. Add it under the key the message names.",
    UnusedText = "unused-text": "A text is named like the text of a question, choice, right, office, city, document or step that does not exist (a warning). Remove it or fix its key.",
    UnknownMessage = "unknown-message": "A text refers to `{ message }` that its language does not have. Add it, or fix the reference.",
    LocaleSyntax = "locale-syntax": "A Fluent file cannot be read. A message is `key = text`, continuation lines are indented, and every `{` is closed before the next message.",
    LocaleDepth = "locale-depth": "Placeables `{ }` nest more than 8 deep. Texts need two or three levels at most: remove the extra ones.",
    UncompilableText = "uncompilable-text": "A text uses a Fluent feature the guide cannot format (functions, terms with arguments…). Keep to variables `{ $name }` and selects on them.",
    // Plain words (limits in `rules/plain-words.toml`) and translations.
    LongSentence = "long-sentence": "A sentence of a text of the rules has more words than `rules/plain-words.toml` allows for its language (a warning). Split it: one idea per sentence.",
    LongSummary = "long-summary": "A right's summary has more words than `rules/plain-words.toml` allows for its language (a warning). Say what the right gives and to whom in one or two short sentences; steps say what to do.",
    AvoidedWord = "avoided-word": "A text of the rules uses a word that `rules/plain-words.toml` lists to avoid: jargon, an internal abbreviation, legal Latin (a warning). Say it in plain words.",
    StaleTranslation = "stale-translation": "A translation was made from an older French text, or does not say which (`# fr: <hash>` above it; a warning). Update it, then run `huquq-rules translations --stamp <id>`.",
    // Scenarios.
    BadAnswer = "bad-answer": "A scenario's answer does not fit its question: an unknown question, a choice it does not offer, a number out of bounds. The message says what the question expects.",
    BadStatus = "bad-status": "A scenario expects a status that does not exist, or a table with keys other than `status`, `because` (the answers that decide it, or leave it open by its sources), `open` (for undetermined), `evidence` (`aged` or `current`), `start_here` (true or false) and `steps` or `documents` (lists of the right's ids). Write `eligible`, `not_eligible` or `undetermined`, or e.g. `{ status = \"not_eligible\", because = [\"papers\"] }`.",
}

#[cfg(test)]
mod tests {
    use super::Code;

    #[test]
    fn names_are_unique_kebab_words_and_docs_say_what_to_do() {
        let mut names: Vec<&str> = Code::ALL.iter().map(|c| c.name()).collect();
        assert!(names.iter().all(|n| n.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))));
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Code::ALL.len(), "a name is used twice");
        for code in Code::ALL {
            assert!(code.doc().ends_with('.') && !code.doc().contains('|'), "{}", code.name());
        }
    }
}
