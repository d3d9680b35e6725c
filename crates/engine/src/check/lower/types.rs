//! The type checker of conditions (`when`, `ask_if`): it resolves the names of a parsed
//! condition (`expr`) and gives each part a [`Type`], so that a yes/no question is never
//! compared with a number, nor a date added to a year. What it accepts becomes an `Expr`;
//! each mistake is one located error, after which the condition is a placeholder (`false`).
//! It recurses along the parsed tree, which `expr::parse` keeps within `expr::MAX_DEPTH`.

use super::declarations::closest;
use super::{Lowering, Name, Parsed};
use crate::check::diagnostic::{Code, Diagnostic, Location};
use crate::check::expr::{self, CompareWord, Node, NodeKind};
use crate::check::syntax::YEARS;
use crate::date::Date;
use crate::model::{ChoiceId, CompareOp, DefinitionId, Expr, Question, QuestionId, QuestionKind, Term};
use std::ops::Range;

/// What a part of a condition is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    /// Yes or no: a yes/no question, a definition, `true`, a comparison, `and`, `or`, `not`.
    YesNo,
    /// The answer to a one-choice question: compared with a choice, or `in` a list of them.
    OneChoice,
    /// The answer to a several-choice question: asked whether it `contains` a choice.
    SeveralChoices,
    /// A number written in the condition (or a sum of them): it goes with numbers and years.
    Literal,
    /// The answer to a number question, or a count of years (`years_since`, a year minus a year).
    Number,
    Year,
    /// The answer to a date question, or `date('2013-12-31')`.
    Date,
    /// Text in quotes: a choice.
    Text,
    /// A name that is not declared (reported as such, never as a type error).
    Unknown,
}

impl Type {
    /// The words for it in messages.
    pub fn word(self) -> &'static str {
        match self {
            Type::YesNo => "a yes/no condition",
            Type::OneChoice => "a one-choice answer",
            Type::SeveralChoices => "a several-choice answer",
            Type::Literal | Type::Number => "a number",
            Type::Year => "a year",
            Type::Date => "a date",
            Type::Text => "a text",
            Type::Unknown => "an unknown name",
        }
    }

    /// Whether `<`, `==`… compare the two: numbers with numbers, years with years, dates with
    /// dates, and a number written in the condition with a number or a year.
    pub fn compares_with(self, other: Type) -> bool {
        let measure = |t| matches!(t, Type::Literal | Type::Number | Type::Year | Type::Date);
        measure(self)
            && measure(other)
            && (self == other
                || (self == Type::Literal && other != Type::Date)
                || (other == Type::Literal && self != Type::Date))
    }

    /// The type of `self + other` (when `adding`) or `self - other`, if it means something: a
    /// year plus or minus a number of years is a year, a year minus a year is a number of years.
    pub fn sum(self, other: Type, adding: bool) -> Option<Type> {
        use Type::*;
        match (adding, self, other) {
            (_, Literal, Literal) => Some(Literal),
            (_, Number | Literal, Number | Literal) => Some(Number),
            (true, Year, Literal) | (true, Literal, Year) | (false, Year, Literal) => Some(Year),
            (false, Year, Year) => Some(Number),
            _ => None,
        }
    }
}

/// Parses and types a condition; on error, reports it and returns a placeholder (`false`).
/// `uses` gets the definitions it names.
pub(super) fn condition(
    cx: &mut Lowering,
    file: &Parsed,
    text: &toml::Spanned<String>,
    questions: &[Question],
    uses: &mut Vec<DefinitionId>,
) -> Expr {
    let origin = Origin::new(file.file, file.text, text);
    match expr::parse(text.get_ref()) {
        Ok(node) => Typing { cx, origin: &origin, questions, uses }.condition(&node).unwrap_or(Expr::Const(false)),
        Err(error) => {
            let mut diagnostic =
                Diagnostic::error(Code::Syntax, format!("this condition cannot be read: {}", error.message))
                    .at(origin.at(&error.span), error.message.clone());
            if let Some(help) = error.help {
                diagnostic = diagnostic.note(help);
            }
            cx.error(diagnostic);
            Expr::Const(false)
        }
    }
}

/// Where a condition's text is in its file, to turn positions in the text into locations.
struct Origin {
    file: usize,
    /// The whole TOML string, quotes included.
    whole: Range<usize>,
    /// Where the text's first character is, when the file holds it as written (no escapes).
    start: Option<usize>,
}

impl Origin {
    fn new(file: usize, text: &str, value: &toml::Spanned<String>) -> Origin {
        let whole = value.span();
        let raw = text.get(whole.clone()).unwrap_or("");
        let mut start = if raw.starts_with("\"\"\"") || raw.starts_with("'''") {
            let mut s = whole.start + 3;
            if text[s..].starts_with("\r\n") {
                s += 2;
            } else if text[s..].starts_with('\n') {
                s += 1;
            }
            Some(s)
        } else if raw.starts_with('"') || raw.starts_with('\'') {
            Some(whole.start + 1)
        } else {
            None
        };
        // With escapes the text differs from its source: point at the whole string instead.
        if start.is_some_and(|s| !text[s..].starts_with(value.get_ref().as_str())) {
            start = None;
        }
        Origin { file, whole, start }
    }

    fn at(&self, span: &Range<usize>) -> Location {
        let span = match self.start {
            Some(s) => s + span.start..s + span.end.max(span.start),
            None => self.whole.clone(),
        };
        Location { file: self.file, span }
    }
}

/// Types one condition. Every method reports its own errors and returns `None` after one.
struct Typing<'c, 'd, 'o> {
    cx: &'c mut Lowering<'d>,
    origin: &'o Origin,
    questions: &'o [Question],
    uses: &'c mut Vec<DefinitionId>,
}

impl Typing<'_, '_, '_> {
    fn fail<T>(&mut self, code: Code, message: String, node: &Node, label: &str, note: Option<String>) -> Option<T> {
        let mut diagnostic = Diagnostic::error(code, message).at(self.origin.at(&node.span), label);
        if let Some(note) = note {
            diagnostic = diagnostic.note(note);
        }
        self.cx.error(diagnostic);
        None
    }

    fn type_error<T>(&mut self, message: String, node: &Node, label: &str, note: Option<&str>) -> Option<T> {
        self.fail(Code::Type, message, node, label, note.map(str::to_string))
    }

    fn name(&mut self, name: &str, node: &Node) -> Option<Name> {
        if let Some(found) = self.cx.names.get(name) {
            return Some(*found);
        }
        let near = closest(name, self.cx.names.keys().map(String::as_str)).map(|n| format!("did you mean `{n}`?"));
        self.fail(
            Code::UnknownName,
            format!("there is no question or definition named `{name}`"),
            node,
            "not declared",
            near.or(Some("declare it with `[[question]]` or `[[definition]]`".to_string())),
        )
    }

    fn question(&self, q: QuestionId) -> &Question {
        &self.questions[q.index()]
    }

    fn type_of(&self, node: &Node) -> Type {
        match &node.kind {
            NodeKind::Bool(_)
            | NodeKind::Not(_)
            | NodeKind::And(_)
            | NodeKind::Or(_)
            | NodeKind::Compare { .. }
            | NodeKind::In { .. }
            | NodeKind::Contains { .. } => Type::YesNo,
            NodeKind::Int(_) => Type::Literal,
            NodeKind::Add(..) | NodeKind::Sub(..) => Type::Number,
            NodeKind::Text(_) => Type::Text,
            NodeKind::Call { name, .. } if name == "date" => Type::Date,
            NodeKind::Call { .. } => Type::Number,
            NodeKind::Name(n) => match self.cx.names.get(n) {
                Some(Name::Definition(_)) => Type::YesNo,
                Some(Name::Question(q)) => match self.question(*q).kind {
                    QuestionKind::YesNo => Type::YesNo,
                    QuestionKind::OneOf { .. } => Type::OneChoice,
                    QuestionKind::AnyOf { .. } => Type::SeveralChoices,
                    QuestionKind::Number { .. } => Type::Number,
                    QuestionKind::Year { .. } => Type::Year,
                    QuestionKind::Date => Type::Date,
                },
                None => Type::Unknown,
            },
        }
    }

    fn condition(&mut self, node: &Node) -> Option<Expr> {
        match &node.kind {
            NodeKind::Bool(b) => Some(Expr::Const(*b)),
            NodeKind::Name(name) => self.named_condition(name, node),
            NodeKind::Not(inner) => Some(Expr::Not(Box::new(self.condition(inner)?))),
            NodeKind::And(items) => self.junction(items, true),
            NodeKind::Or(items) => self.junction(items, false),
            NodeKind::Compare { op, left, right } => self.compare(*op, left, right, node),
            NodeKind::In { left, items } => {
                let q = self.choice_question(left, false)?;
                if items.is_empty() {
                    return self.type_error("the list after `in` is empty".to_string(), node, "empty list", None);
                }
                let among = items.iter().map(|item| self.choice(q, item)).collect::<Option<_>>()?;
                Some(Expr::Choice { question: q, among })
            }
            NodeKind::Contains { left, right } => {
                let q = self.choice_question(left, true)?;
                let choice = self.choice(q, right)?;
                Some(Expr::Includes { question: q, choice })
            }
            _ => {
                let what = self.type_of(node).word();
                self.type_error(
                    format!("expected a yes/no condition, found {what}"),
                    node,
                    "not a condition",
                    Some("compare it with something, e.g. `age >= 18`"),
                )
            }
        }
    }

    /// A name used as a condition: a definition, or a yes/no question.
    fn named_condition(&mut self, name: &str, node: &Node) -> Option<Expr> {
        let q = match self.name(name, node)? {
            Name::Definition(d) => {
                self.uses.push(d);
                return Some(Expr::Definition(d));
            }
            Name::Question(q) => q,
        };
        let hint = match self.question(q).kind {
            QuestionKind::YesNo => return Some(Expr::Flag(q)),
            QuestionKind::OneOf { .. } => {
                format!("compare it with its choices: `{name} == 'choice'` or `{name} in ['a', 'b']`")
            }
            QuestionKind::AnyOf { .. } => format!("ask whether it includes a choice: `{name} contains 'choice'`"),
            _ => format!("compare it, e.g. `{name} >= 18`"),
        };
        let what = self.type_of(node).word();
        self.fail(
            Code::Type,
            format!("`{name}` is {what}, not a yes/no condition"),
            node,
            "needs a comparison",
            Some(hint),
        )
    }

    /// `and` or `or`, flattened: `a and (b and c)` is one list.
    fn junction(&mut self, items: &[Node], is_and: bool) -> Option<Expr> {
        let mut lowered = Vec::new();
        let mut failed = false;
        for item in items {
            match self.condition(item) {
                Some(Expr::All(inner)) if is_and => lowered.extend(inner),
                Some(Expr::Any(inner)) if !is_and => lowered.extend(inner),
                Some(expr) => lowered.push(expr),
                None => failed = true,
            }
        }
        if failed {
            return None;
        }
        Some(if is_and { Expr::All(lowered) } else { Expr::Any(lowered) })
    }

    /// The question a node names, which must be a one-choice (or several-choice) question.
    fn choice_question(&mut self, node: &Node, several: bool) -> Option<QuestionId> {
        let (word, op) = if several { ("several-choice", "contains") } else { ("one-choice", "in") };
        if let NodeKind::Name(name) = &node.kind
            && let Name::Question(q) = self.name(name, node)?
            && self.type_of(node) == (if several { Type::SeveralChoices } else { Type::OneChoice })
        {
            return Some(q);
        }
        let what = self.type_of(node).word();
        let hint = if several {
            "`contains` asks whether a several-choice answer includes a choice; for one choice, write `==` or `in`"
        } else {
            "`in` asks whether a one-choice answer is one of a list; for several choices, write `contains`"
        };
        self.type_error(
            format!("`{op}` needs a {word} question on its left, found {what}"),
            node,
            "not a suitable question",
            Some(hint),
        )
    }

    fn choice(&mut self, q: QuestionId, node: &Node) -> Option<ChoiceId> {
        let question = &self.questions[q.index()];
        let NodeKind::Text(text) = &node.kind else {
            let what = self.type_of(node).word();
            let message = format!("expected one of the choices of `{}`, found {what}", question.id);
            return self.type_error(message, node, "not a choice", Some("write the choice as text: 'no_papers'"));
        };
        if let Some(choice) = question.kind.choice_id(text) {
            return Some(choice);
        }
        let choices = question.kind.choices();
        let mut note = format!("its choices are: {}", choices.join(", "));
        if let Some(near) = closest(text, choices.iter().map(String::as_str)) {
            note = format!("did you mean '{near}'? {note}");
        }
        let message = format!("question `{}` has no choice '{text}'", question.id);
        self.fail(Code::UnknownChoice, message, node, "not a choice of this question", Some(note))
    }

    fn compare(&mut self, word: CompareWord, left: &Node, right: &Node, node: &Node) -> Option<Expr> {
        let op = match word {
            CompareWord::Eq => CompareOp::Eq,
            CompareWord::Ne => CompareOp::Ne,
            CompareWord::Lt => CompareOp::Lt,
            CompareWord::Le => CompareOp::Le,
            CompareWord::Gt => CompareOp::Gt,
            CompareWord::Ge => CompareOp::Ge,
        };
        let equality = matches!(op, CompareOp::Eq | CompareOp::Ne);
        let negate = |e: Expr| if op == CompareOp::Ne { Expr::Not(Box::new(e)) } else { e };
        let (left_type, right_type) = (self.type_of(left), self.type_of(right));
        // A name that is not declared is reported as such, and nothing else about it.
        for (side, side_type) in [(left, left_type), (right, right_type)] {
            if side_type == Type::Unknown {
                return self.term(side).and(None);
            }
        }
        for (a, b, a_type, b_type) in [(left, right, left_type, right_type), (right, left, right_type, left_type)] {
            match (a_type, b_type, &b.kind) {
                (Type::OneChoice, Type::Text, _) => {
                    if !equality {
                        let message = "a choice can only be compared with `==` or `!=`".to_string();
                        return self.type_error(message, node, "ordering choices has no meaning", None);
                    }
                    let q = self.choice_question(a, false)?;
                    let choice = self.choice(q, b)?;
                    return Some(negate(Expr::Choice { question: q, among: vec![choice] }));
                }
                (Type::YesNo, Type::YesNo, NodeKind::Bool(value)) => {
                    if !equality {
                        let message = "`true` and `false` can only be compared with `==` or `!=`".to_string();
                        return self.type_error(message, node, "yes and no are not ordered", None);
                    }
                    let condition = self.condition(a)?;
                    let condition = if *value { condition } else { Expr::Not(Box::new(condition)) };
                    return Some(negate(condition));
                }
                _ => {}
            }
        }
        match (left_type, right_type) {
            (Type::YesNo, Type::YesNo) => {
                return self.type_error(
                    "`==`, `!=`, `<` and the like do not compare two yes/no conditions".to_string(),
                    node,
                    "two yes/no conditions",
                    Some("combine yes/no conditions with `and`, `or` and `not`: e.g. `a and b`, or `a and not b`"),
                );
            }
            (Type::YesNo, other) | (other, Type::YesNo) => {
                return self.type_error(
                    format!("cannot compare a yes/no condition with {}", other.word()),
                    node,
                    "these do not compare",
                    Some("a yes/no question is already a condition: write its name alone, or `not` and its name"),
                );
            }
            _ => {}
        }
        let (left_term, left_type) = self.term(left)?;
        let (right_term, right_type) = self.term(right)?;
        if !left_type.compares_with(right_type) {
            let note = if Type::Date == left_type || Type::Date == right_type {
                "write a day as date('2013-12-31'); years_since(question) turns a date into a number of years"
            } else {
                "years_since(question) turns a year or a date into a number of years"
            };
            return self.type_error(
                format!("cannot compare {} with {}", left_type.word(), right_type.word()),
                node,
                "these do not compare",
                Some(note),
            );
        }
        Some(Expr::Compare { op, left: left_term, right: right_term })
    }

    /// A number, a year or a date, with its type.
    fn term(&mut self, node: &Node) -> Option<(Term, Type)> {
        match &node.kind {
            NodeKind::Int(n) => Some((Term::Literal(*n), Type::Literal)),
            NodeKind::Name(name) => {
                if let Name::Question(q) = self.name(name, node)?
                    && let found @ (Type::Number | Type::Year | Type::Date) = self.type_of(node)
                {
                    return Some((Term::Answer(q), found));
                }
                let what = self.type_of(node).word();
                let message = format!("`{name}` is {what}, not a number, a year or a date");
                self.type_error(message, node, "cannot be compared as a number", None)
            }
            NodeKind::Call { name, args } => self.call(name, args, node),
            NodeKind::Add(a, b) | NodeKind::Sub(a, b) => {
                let adding = matches!(node.kind, NodeKind::Add(..));
                let (ta, a_type) = self.term(a)?;
                let (tb, b_type) = self.term(b)?;
                let Some(found) = a_type.sum(b_type, adding) else {
                    let verb = if adding { "add" } else { "subtract" };
                    return self.type_error(
                        format!("cannot {verb} {} and {}", a_type.word(), b_type.word()),
                        node,
                        "not a valid calculation",
                        Some("for a duration, write years_since(question)"),
                    );
                };
                let (ta, tb) = (Box::new(ta), Box::new(tb));
                Some((if adding { Term::Add(ta, tb) } else { Term::Sub(ta, tb) }, found))
            }
            _ => {
                let what = self.type_of(node).word();
                self.type_error(
                    format!("expected a number, a year or a date, found {what}"),
                    node,
                    "not a number",
                    None,
                )
            }
        }
    }

    /// `years_since(question)` or `date('YYYY-MM-DD')`.
    fn call(&mut self, name: &str, args: &[Node], node: &Node) -> Option<(Term, Type)> {
        let [arg] = args else {
            let message = format!("`{name}` takes exactly one argument");
            return self.type_error(message, node, "wrong number of arguments", None);
        };
        match name {
            "years_since" => {
                if let NodeKind::Name(question) = &arg.kind
                    && let Name::Question(q) = self.name(question, arg)?
                    && matches!(self.type_of(arg), Type::Year | Type::Date)
                {
                    return Some((Term::YearsSince(q), Type::Number));
                }
                let what = self.type_of(arg).word();
                let message = format!("`years_since` needs a year or date question, found {what}");
                self.type_error(message, arg, "not a year or a date", None)
            }
            "date" => match &arg.kind {
                NodeKind::Text(text) => match Date::parse(text).filter(|d| YEARS.contains(&d.year())) {
                    Some(date) => Some((Term::Literal(i64::from(date.days())), Type::Date)),
                    None => self.fail(
                        Code::BadDate,
                        format!("'{text}' is not a day from {} to {}", YEARS.start(), YEARS.end()),
                        arg,
                        "not a date",
                        Some("write it as 'YYYY-MM-DD'".to_string()),
                    ),
                },
                _ => self.type_error("`date` needs a text such as '2013-12-31'".to_string(), arg, "not a text", None),
            },
            other => {
                let mut note = "the functions are years_since(question) and date('YYYY-MM-DD')".to_string();
                if let Some(near) = closest(other, ["years_since", "date"].into_iter()) {
                    note = format!("did you mean `{near}`? {note}");
                }
                let message = format!("there is no function `{other}`");
                self.fail(Code::UnknownFunction, message, node, "unknown function", Some(note))
            }
        }
    }
}

#[cfg(test)]
mod tests;
