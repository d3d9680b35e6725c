//! The checked, compiled rules: what the browser embeds and the evaluator reads.
//! Names are resolved to indices and expressions are typed, so nothing here can fail to
//! evaluate. Only the checker builds these values; nothing here parses text.

mod ids;
pub mod text;
pub mod walk;

use crate::date::{Date, PartialDate};
use crate::hours::Opening;
use huquq_wire::Malformed;
pub use ids::{ChoiceId, DefinitionId, LIMIT, OfficeId, QuestionId, RightId, SourceId};

#[derive(Clone, Debug, PartialEq)]
pub struct RuleSet {
    /// The day the rules were last reviewed against their sources.
    pub reviewed: Date,
    /// The rules' version (`[meta] version`), raised with every change to a right; saved
    /// links, codes and exported cases carry it.
    pub version: u32,
    pub questions: Vec<Question>,
    pub definitions: Vec<Definition>,
    pub rights: Vec<Right>,
    pub offices: Vec<Office>,
    pub sources: Vec<Source>,
    /// The order in which rights are offered as the first things to do ("start here"):
    /// protection before health before school before work… Rights not listed come after.
    pub priority: Vec<RightId>,
    /// The emergency numbers shown whenever something urgent applies (police, ambulance…).
    pub emergency: Vec<OfficeId>,
    /// The one-choice question whose choices are the regions of offices (`Office::region`),
    /// if the rules place offices: it decides no right, it orders the offices (`places`).
    pub placement: Option<QuestionId>,
    /// The one-choice question the results offer to try other answers to ("What if my papers
    /// were…"), if any.
    pub what_if: Option<QuestionId>,
    /// The several-choice question of what the person came for (`[meta] needs`), if the rules
    /// ask it: asked first, it decides no right; the rights its ticked choices name
    /// (`Right::needed_for`) come first in "start here" (`policy`).
    pub needs: Option<QuestionId>,
}

/// Rules with nothing in them, reviewed on day 0: a base for tests and tools to fill in.
impl Default for RuleSet {
    fn default() -> Self {
        RuleSet {
            reviewed: Date::from_days(0),
            version: 1,
            questions: Vec::new(),
            definitions: Vec::new(),
            rights: Vec::new(),
            offices: Vec::new(),
            sources: Vec::new(),
            priority: Vec::new(),
            emergency: Vec::new(),
            placement: None,
            what_if: None,
            needs: None,
        }
    }
}

/// A right added, ended or changed in a version of the rules; its sentence is the text
/// `keys::change`. The right is named by its id, which stays true when an NGO's guide keeps
/// only some domains (`keep_domains` numbers the rights anew).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RightChange {
    pub version: u32,
    pub right: String,
    pub kind: ChangeKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Ended,
    Changed,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 3] = [ChangeKind::Added, ChangeKind::Ended, ChangeKind::Changed];

    /// As `rules/changes.toml` writes it.
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Ended => "ended",
            ChangeKind::Changed => "changed",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    /// Asked only when this is not false; see `interview`.
    pub ask_if: Option<Expr>,
    /// "I don't know" is offered.
    pub dont_know: bool,
    /// A sensitive question: "I prefer not to say" is offered.
    pub sensitive: bool,
    /// The choices shown before the others, in this order (`shown_first`); the others
    /// follow in their declared order, which alone codes the answers (`code`).
    pub shown_first: Vec<ChoiceId>,
}

impl Question {
    /// Each choice with its id, in the order a person sees them: `shown_first`, then the rest.
    pub fn shown_choices(&self) -> Vec<(ChoiceId, &String)> {
        let choices: Vec<(ChoiceId, &String)> = self.kind.choice_list().collect();
        let first = self.shown_first.iter().filter_map(|id| choices.iter().find(|(c, _)| c == id).copied());
        let rest = choices.iter().filter(|(c, _)| !self.shown_first.contains(c)).copied();
        first.chain(rest).collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum QuestionKind {
    YesNo,
    OneOf { choices: Vec<String> },
    AnyOf { choices: Vec<String> },
    Number { min: Option<i64>, max: Option<i64>, unit: Option<String> },
    Year { min: Option<i64>, max: Option<i64> },
    Date,
}

impl QuestionKind {
    pub fn choices(&self) -> &[String] {
        match self {
            QuestionKind::OneOf { choices } | QuestionKind::AnyOf { choices } => choices,
            _ => &[],
        }
    }

    /// Each choice with its id, in order.
    pub fn choice_list(&self) -> impl Iterator<Item = (ChoiceId, &String)> {
        ChoiceId::all(usize::MAX).zip(self.choices())
    }

    /// The id of the choice named `name`, if the question offers it.
    pub fn choice_id(&self, name: &str) -> Option<ChoiceId> {
        self.choice_list().find(|(_, choice)| *choice == name).map(|(id, _)| id)
    }

    /// The smallest and largest answers a number or year question accepts, if it sets them.
    pub fn bounds(&self) -> (Option<i64>, Option<i64>) {
        match self {
            QuestionKind::Number { min, max, .. } | QuestionKind::Year { min, max } => (*min, *max),
            _ => (None, None),
        }
    }

    /// Whether `n` is an answer this question accepts: a number or a year within its bounds.
    /// The one bounds check: answers, explanations, the checker and the app's form use it.
    pub fn accepts(&self, n: i64) -> bool {
        let (min, max) = self.bounds();
        matches!(self, QuestionKind::Number { .. } | QuestionKind::Year { .. })
            && min.is_none_or(|m| n >= m)
            && max.is_none_or(|m| n <= m)
    }

    /// The name used in rules files.
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::YesNo => "yes_no",
            QuestionKind::OneOf { .. } => "one_of",
            QuestionKind::AnyOf { .. } => "any_of",
            QuestionKind::Number { .. } => "number",
            QuestionKind::Year { .. } => "year",
            QuestionKind::Date => "date",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Definition {
    pub id: String,
    pub when: Expr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Domain {
    Health,
    Housing,
    Training,
    Work,
    Asylum,
    Residence,
    Education,
    Legal,
    Assistance,
    Protection,
    Return,
}

impl Domain {
    /// In declaration order.
    pub const ALL: [Domain; 11] = [
        Domain::Health,
        Domain::Housing,
        Domain::Training,
        Domain::Work,
        Domain::Asylum,
        Domain::Residence,
        Domain::Education,
        Domain::Legal,
        Domain::Assistance,
        Domain::Protection,
        Domain::Return,
    ];

    /// The first part of a right's id, e.g. `health` in `health.primary-care`.
    pub fn name(self) -> &'static str {
        match self {
            Domain::Health => "health",
            Domain::Housing => "housing",
            Domain::Training => "training",
            Domain::Work => "work",
            Domain::Asylum => "asylum",
            Domain::Residence => "residence",
            Domain::Education => "education",
            Domain::Legal => "legal",
            Domain::Assistance => "assistance",
            Domain::Protection => "protection",
            Domain::Return => "return",
        }
    }

    pub fn from_name(name: &str) -> Option<Domain> {
        Domain::ALL.into_iter().find(|d| d.name() == name)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RightKind {
    Right,
    Programme,
    Procedure,
}

impl RightKind {
    /// In declaration order.
    pub const ALL: [RightKind; 3] = [RightKind::Right, RightKind::Programme, RightKind::Procedure];

    pub fn name(self) -> &'static str {
        match self {
            RightKind::Right => "right",
            RightKind::Programme => "programme",
            RightKind::Procedure => "procedure",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Right {
    /// `domain.name`, e.g. `health.primary-care`.
    pub id: String,
    pub domain: Domain,
    pub kind: RightKind,
    pub when: Expr,
    /// For whom its sources leave the answer open: where `when` is not false and this is true,
    /// the right is undetermined whatever else is answered ("our sources do not say; ask the
    /// office"), never "probably yes".
    pub unknown_when: Option<Expr>,
    /// Every question its conditions read (`when`, `unknown_when`), through definitions too,
    /// in declaration order.
    pub uses: Vec<QuestionId>,
    pub offices: Vec<OfficeId>,
    /// Documents to bring; their texts are `document-<id>` in the locales.
    pub documents: Vec<Document>,
    /// Steps, the first being what to do first; their texts are `step-<id>` in the locales.
    pub steps: Vec<Step>,
    pub sources: Vec<SourceId>,
    pub valid_from: Option<PartialDate>,
    pub valid_until: Option<PartialDate>,
    /// A fact behind this right is uncertain or may be outdated: tell people to check.
    pub check_with_office: bool,
    /// Urgent when it applies (a child alone, violence, trafficking, nowhere to sleep…): the
    /// results say first what to do now and whom to call.
    pub urgent: bool,
    /// Its first step has a deadline, in days (e.g. a birth is declared within 30 days):
    /// the person may put a reminder in their calendar.
    pub within_days: Option<u16>,
    /// When its evidence was last confirmed: the newest `checked` (else date) among its sources.
    pub confirmed: Option<PartialDate>,
    /// Months after `confirmed` when its evidence ages: a programme's `[meta] programme_months`;
    /// none for a right or a procedure resting on a legal text, which ends (`valid_until`).
    pub ages_after: Option<u16>,
    /// The choices of the needs question (`RuleSet::needs`) that put it first in "start here":
    /// those whose `domains` name its domain. Only the results read it.
    pub needed_for: Vec<ChoiceId>,
}

/// A step of a right: its text is `step-<id>` in the locales. Shown only when its `when` is not
/// false for the answers; `policy` decides whether the right's first shown step fits the
/// person, for "start here" and the calendar.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Step {
    pub id: String,
    pub when: Option<Expr>,
    /// Sources of this step alone, besides the right's.
    pub sources: Vec<SourceId>,
    /// False when the step fits nobody the answers describe: it needs something no question
    /// asks (a case before a court). A right whose first shown step is such is not in "start
    /// here".
    pub start_here: bool,
}

impl Step {
    /// A step that everyone is shown and that fits everyone, with no sources of its own.
    pub fn plain(id: &str) -> Step {
        Step { id: id.into(), when: None, sources: Vec::new(), start_here: true }
    }
}

/// A document to bring for a right: its text is `document-<id>` in the locales. Asked only
/// of those for whom its `when` is not false (a paper the source asks only of some people).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    pub id: String,
    pub when: Option<Expr>,
}

/// A right of health with no id that always applies, and nothing else: a base for tests and
/// tools to fill in.
impl Default for Right {
    fn default() -> Self {
        Right {
            id: String::new(),
            domain: Domain::Health,
            kind: RightKind::Right,
            when: Expr::Const(true),
            unknown_when: None,
            uses: Vec::new(),
            offices: Vec::new(),
            documents: Vec::new(),
            steps: Vec::new(),
            sources: Vec::new(),
            valid_from: None,
            valid_until: None,
            check_with_office: false,
            urgent: false,
            within_days: None,
            confirmed: None,
            ages_after: None,
            needed_for: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Office {
    pub id: String,
    /// Only set for a specific place; an office kind ("the nearest health centre") has none.
    pub name: Option<String>,
    /// The city's id: its name in each language is the text `city-<id>` (`keys::city`).
    pub city: Option<String>,
    /// A choice of the placement question (`RuleSet::placement`): offices elsewhere come last.
    pub region: Option<String>,
    pub address: Option<String>,
    pub phone: Vec<String>,
    /// A WhatsApp number, shown as a link that opens WhatsApp (never a `tel:` link).
    pub whatsapp: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// When it is open or answers, as the source says (`crate::hours::say` puts it in words).
    pub hours: Vec<Opening>,
    pub sources: Vec<SourceId>,
}

impl Office {
    /// Whether it gives a way to reach it: an address, a phone or WhatsApp number, an e-mail
    /// address or a website.
    pub fn has_contact(&self) -> bool {
        self.address.is_some()
            || !self.phone.is_empty()
            || self.whatsapp.is_some()
            || self.email.is_some()
            || self.website.is_some()
    }

    /// Its address, phone numbers, WhatsApp number (after `whatsapp`, the word in the
    /// person's language) and hours (already in words), in that order: the parts of an
    /// office's line in plain text (a shared text, the terminal).
    pub fn contact_parts(&self, whatsapp: &str, hours: Option<String>) -> Vec<String> {
        let whatsapp = self.whatsapp.iter().map(|n| format!("{whatsapp} {n}"));
        let address = self.address.iter().chain(&self.phone).cloned();
        address.chain(whatsapp).chain(hours).collect()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub issuer: String,
    pub date: Option<PartialDate>,
    /// Law or circular number, section, page or lines.
    pub reference: String,
    pub link: Option<String>,
}

/// A typed condition. It reads answers and yields yes, no or unknown.
///
/// The passes over it ([`walk`], and evaluation in `eval`) recurse once per level. They cannot
/// go deep: the checker's parser refuses a condition nested more than `check::expr::MAX_DEPTH`
/// levels, and lowering only flattens (`and` and `or` become one list). Through `Definition`
/// they also recurse once per definition in a chain, which the number of definitions bounds
/// (a chain of over ten thousand would be needed to matter).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Expr {
    Const(bool),
    /// The answer to a yes/no question.
    Flag(QuestionId),
    Definition(DefinitionId),
    Not(Box<Expr>),
    All(Vec<Expr>),
    Any(Vec<Expr>),
    /// The answer to a one-choice question is one of these choices.
    Choice {
        question: QuestionId,
        among: Vec<ChoiceId>,
    },
    /// The answer to a several-choice question includes this choice.
    Includes {
        question: QuestionId,
        choice: ChoiceId,
    },
    Compare {
        op: CompareOp,
        left: Term,
        right: Term,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompareOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CompareOp {
    pub fn holds(self, left: i64, right: i64) -> bool {
        match self {
            CompareOp::Eq => left == right,
            CompareOp::Ne => left != right,
            CompareOp::Lt => left < right,
            CompareOp::Le => left <= right,
            CompareOp::Gt => left > right,
            CompareOp::Ge => left >= right,
        }
    }
}

/// An integer-valued term: numbers, years, and dates as day numbers.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Term {
    Literal(i64),
    /// The answer to a number, year or date question (a date as its day number).
    Answer(QuestionId),
    /// Whole years from the answer to a year or date question until the reference date.
    YearsSince(QuestionId),
    Add(Box<Term>, Box<Term>),
    Sub(Box<Term>, Box<Term>),
}

impl RuleSet {
    /// The compact form embedded in the web app; its layout is in [`crate::bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        huquq_wire::to_bytes(self)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<RuleSet, Malformed> {
        huquq_wire::from_bytes(bytes)
    }

    /// The rules without their details, and the details apart: the browser loads the first
    /// at start, and the second (how to reach each office, every source in full) after the
    /// first screen. Offices keep their id and region, sources their id and date, so indices,
    /// office placement and validity notices are unchanged.
    pub fn split_details(&self) -> (RuleSet, Details) {
        let mut shell = self.clone();
        for office in &mut shell.offices {
            *office = Office { id: std::mem::take(&mut office.id), region: office.region.take(), ..Office::default() };
        }
        for source in &mut shell.sources {
            *source = Source { id: std::mem::take(&mut source.id), date: source.date, ..Source::default() };
        }
        (shell, Details { offices: self.offices.clone(), sources: self.sources.clone(), changes: Vec::new() })
    }

    /// The rules the first module needs to ask the questions (the welcome and the questions,
    /// before the results, see `build.rs`): each right's conditions, dates, urgency and offices
    /// (the region question is asked to place them), without what only the results show (its
    /// documents, steps, sources and `needed_for`), and offices and sources without their ids. Evaluation and
    /// the next question are unchanged (`tests/bytes.rs`).
    pub fn for_questions(&self) -> RuleSet {
        let mut rules = self.clone();
        for right in &mut rules.rights {
            right.documents.clear();
            right.steps.clear();
            right.sources.clear();
            right.needed_for.clear();
        }
        for office in &mut rules.offices {
            office.id.clear();
        }
        for source in &mut rules.sources {
            source.id.clear();
        }
        rules
    }

    /// Only the rights of `domains` (an NGO's page about health and school, say). The rights
    /// are numbered anew, so the order of priority is renumbered with them.
    pub fn keep_domains(&mut self, domains: &[Domain]) {
        let kept: Vec<bool> = self.rights.iter().map(|r| domains.contains(&r.domain)).collect();
        let new_ids: Vec<Option<RightId>> = kept
            .iter()
            .scan(0usize, |next, &keep| {
                let id = keep.then(|| RightId::from_index(*next)).flatten();
                *next += usize::from(keep);
                Some(id)
            })
            .collect();
        self.priority = self.priority.iter().filter_map(|r| new_ids[r.index()]).collect();
        let mut index = 0;
        self.rights.retain(|_| {
            index += 1;
            kept[index - 1]
        });
    }

    /// The question whose id (its name in the rules) is `id`.
    pub fn question_index(&self, id: &str) -> Option<QuestionId> {
        self.questions.iter().position(|q| q.id == id).and_then(QuestionId::from_index)
    }

    /// The right whose id (`domain.name`) is `id`.
    pub fn right_index(&self, id: &str) -> Option<RightId> {
        self.rights.iter().position(|r| r.id == id).and_then(RightId::from_index)
    }

    pub fn question(&self, id: QuestionId) -> &Question {
        &self[id]
    }

    pub fn right(&self, id: RightId) -> &Right {
        &self[id]
    }
}

/// What a right's card needs beyond its texts, loaded after the first screen: each office
/// in full (address, phones, hours) and each source in full (title, issuer, reference,
/// link), in the order of [`RuleSet::offices`] and [`RuleSet::sources`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Details {
    pub offices: Vec<Office>,
    pub sources: Vec<Source>,
    /// What each version of the rules changed (`rules/changes.toml`, `check::Report::changes`):
    /// only the results read them, so they are not in the rules the first module decodes.
    pub changes: Vec<RightChange>,
}

impl Details {
    /// The compact form, as `RuleSet::to_bytes` writes the rules.
    pub fn to_bytes(&self) -> Vec<u8> {
        huquq_wire::to_bytes(self)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Details, Malformed> {
        huquq_wire::from_bytes(bytes)
    }
}

impl Right {
    /// The conditions of its steps and documents, steps first.
    pub fn entry_conditions(&self) -> impl Iterator<Item = &Expr> {
        let steps = self.steps.iter().filter_map(|s| s.when.as_ref());
        steps.chain(self.documents.iter().filter_map(|d| d.when.as_ref()))
    }

    /// Its conditions: `when`, then `unknown_when` if it has one.
    pub fn conditions(&self) -> impl Iterator<Item = &Expr> {
        std::iter::once(&self.when).chain(&self.unknown_when)
    }

    /// Whether its evidence has aged on `day`: a programme whose newest source is older than
    /// its age (or undated); see `check::evidence`, which says the same of it as due.
    pub fn evidence_on(&self, day: Date) -> Evidence {
        match (self.ages_after, self.confirmed) {
            (Some(months), Some(confirmed)) if day < confirmed.months_later(months) => Evidence::Current,
            (Some(_), confirmed) => Evidence::Aged(confirmed),
            (None, _) => Evidence::Current,
        }
    }

    /// Whether the right exists on `day`.
    pub fn validity_on(&self, day: Date) -> Validity {
        match (self.valid_from, self.valid_until) {
            (Some(from), _) if day < from.first_day() => Validity::NotYet(from),
            (_, Some(until)) if day > until.last_day() => Validity::Ended(until),
            _ => Validity::InForce,
        }
    }
}

/// Whether a right exists on a given day, by its `valid_from` and `valid_until`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validity {
    InForce,
    /// The right ended on that date: it is historical.
    Ended(PartialDate),
    /// The right starts on that date.
    NotYet(PartialDate),
}

impl Validity {
    pub fn name(self) -> &'static str {
        match self {
            Validity::InForce => "in_force",
            Validity::Ended(_) => "ended",
            Validity::NotYet(_) => "not_yet",
        }
    }
}

/// How old a right's evidence is on a given day, beside its status and validity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// Confirmed recently enough, or resting on a legal text that does not age.
    Current,
    /// Older than its age on that day: last confirmed then (`None`: no source is dated).
    Aged(Option<PartialDate>),
}

impl Evidence {
    /// The stable name used in JSON output, scenario files and the page's `data-evidence`.
    pub fn name(self) -> &'static str {
        match self {
            Evidence::Current => "current",
            Evidence::Aged(_) => "aged",
        }
    }
}

/// Sorts the short lists the engine builds (ids, thresholds) by insertion: for a few dozen
/// items it is as fast as the standard sort, and far smaller in the browser's download than
/// the standard sort's code, which is emitted again for every type it sorts.
pub fn sort_small<T: Ord + Copy>(items: &mut [T]) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j - 1] > items[j] {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests;
