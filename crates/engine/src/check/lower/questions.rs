//! Questions: their kind, choices and bounds, and their `ask_if` (typed once every question
//! and definition is named, since it may name any of them). Choices get their ids here; a
//! kind's fields that do not fit it (choices of a number, `min` of a yes/no…) are errors.

use super::declarations::{closest, is_snake_name};
use super::{Lowering, Name, Parsed, Spans, types};
use crate::check::diagnostic::{Code, Diagnostic, Location};
use crate::check::syntax::{ChoiceDomains, RawQuestion};
use crate::model::{ChoiceId, Domain, Question, QuestionId, QuestionKind};
use std::collections::HashMap;

/// The answers every question may offer apart from its choices.
const RESERVED_CHOICES: [&str; 2] = [crate::answers::DONT_KNOW, crate::answers::PREFER_NOT_TO_SAY];

/// The kinds of question, as rules files name them.
const KINDS: [&str; 6] = ["yes_no", "one_of", "any_of", "number", "year", "date"];

fn is_choice_name(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

impl Lowering<'_> {
    /// Every question, without its `ask_if` (see [`Lowering::ask_ifs`]).
    pub(super) fn questions(&mut self, files: &[Parsed], spans: &mut Spans) -> Vec<Question> {
        let mut questions = Vec::new();
        for file in files {
            for raw in &file.content.question {
                let at = Location { file: file.file, span: raw.id.span() };
                if !self.declare("question or definition", raw.id.get_ref(), &at, is_snake_name) {
                    continue;
                }
                let Some(index) = self.next_id(questions.len(), "questions", &at, QuestionId::from_index) else {
                    continue;
                };
                self.names.insert(raw.id.get_ref().clone(), Name::Question(index));
                let (choices, choice_spans) = self.choices(file.file, raw);
                let shown_first = self.shown_first(file.file, raw, &choices);
                let kind = self.kind(file.file, raw, choices);
                questions.push(Question {
                    id: raw.id.get_ref().clone(),
                    kind,
                    ask_if: None,
                    dont_know: raw.dont_know,
                    sensitive: raw.sensitive,
                    shown_first,
                });
                spans.questions.push(at);
                spans.choices.push(choice_spans);
            }
        }
        questions
    }

    /// Types every `ask_if`, now that every question and definition has a name.
    pub(super) fn ask_ifs(&mut self, files: &[Parsed], questions: &mut [Question], spans: &mut Spans) {
        spans.ask_ifs = vec![None; questions.len()];
        for file in files {
            for raw in &file.content.question {
                let Some(ask_if) = &raw.ask_if else { continue };
                // A question declared twice keeps the `ask_if` of its first declaration.
                let Some(Name::Question(q)) = self.names.get(raw.id.get_ref()).copied() else { continue };
                if spans.questions[q.index()] != (Location { file: file.file, span: raw.id.span() }) {
                    continue;
                }
                let condition = types::condition(self, file, ask_if, questions, &mut Vec::new());
                questions[q.index()].ask_if = Some(condition);
                spans.ask_ifs[q.index()] = Some(Location { file: file.file, span: ask_if.span() });
            }
        }
    }

    /// The question `[meta] needs` names (a several-choice question: what the person came
    /// for) with the domains each of its choices puts first (its `domains` table; a choice it
    /// does not list puts none first). `domains` on another question is an error.
    pub(super) fn needs(
        &mut self,
        files: &[Parsed],
        questions: &[Question],
        spans: &Spans,
    ) -> Option<(QuestionId, Vec<Vec<Domain>>)> {
        let named = files.iter().find_map(|f| Some((f.file, f.content.meta.as_ref()?.needs.as_ref()?)));
        let question = named.and_then(|(file, id)| self.needs_question(file, id, questions));
        let mut needs = None;
        for file in files {
            for raw in &file.content.question {
                let Some(domains) = &raw.domains else { continue };
                let at = Location { file: file.file, span: raw.id.span() };
                match question.filter(|q| spans.questions.get(q.index()) == Some(&at)) {
                    Some(q) => {
                        let choices = questions[q.index()].kind.choices();
                        let domains = self.choice_domains(file.file, domains.get_ref(), choices);
                        needs = Some((q, domains));
                    }
                    None => self.error(
                        Diagnostic::error(
                            Code::Syntax,
                            format!("question `{}` has `domains`, but `[meta] needs` does not name it", raw.id.get_ref()),
                        )
                        .at(Location { file: file.file, span: domains.span() }, "read only on the needs question")
                        .note("`domains` says which rights each choice of the question `[meta] needs` names puts first; remove it here"),
                    ),
                }
            }
        }
        needs.or_else(|| question.map(|q| (q, vec![Vec::new(); questions[q.index()].kind.choices().len()])))
    }

    /// The several-choice question `[meta] needs` names, or an error where it is named.
    fn needs_question(
        &mut self,
        file: usize,
        id: &toml::Spanned<String>,
        questions: &[Question],
    ) -> Option<QuestionId> {
        let at = Location { file, span: id.span() };
        let problem = match self.names.get(id.get_ref()) {
            Some(Name::Question(q)) if matches!(questions[q.index()].kind, QuestionKind::AnyOf { .. }) => {
                return Some(*q);
            }
            Some(Name::Question(_)) => Diagnostic::error(
                Code::Type,
                format!("`needs` names `{}`, which is not a several-choice question", id.get_ref()),
            )
            .at(at, "not an `any_of` question"),
            _ => Diagnostic::error(Code::UnknownReference, format!("there is no question `{}`", id.get_ref()))
                .at(at, "not a declared question"),
        };
        self.error(problem.note("`needs` names an `any_of` question: what the person came for, asked first"));
        None
    }

    /// For each choice in order, the domains `domains` gives it; an error at each key that is
    /// not a choice and at each domain that does not exist.
    fn choice_domains(&mut self, file: usize, domains: &ChoiceDomains, choices: &[String]) -> Vec<Vec<Domain>> {
        let mut found = vec![Vec::new(); choices.len()];
        for (choice, names) in domains {
            let Some(c) = choices.iter().position(|name| name == choice.get_ref()) else {
                self.error(
                    Diagnostic::error(
                        Code::UnknownChoice,
                        format!("`{}` is not a choice of this question", choice.get_ref()),
                    )
                    .at(Location { file, span: choice.span() }, "not in `choices`")
                    .note(format!("the choices are: {}", choices.join(", "))),
                );
                continue;
            };
            for name in names {
                match Domain::from_name(name.get_ref()) {
                    Some(domain) if !found[c].contains(&domain) => found[c].push(domain),
                    Some(_) => {}
                    None => {
                        let all: Vec<&str> = Domain::ALL.iter().map(|d| d.name()).collect();
                        let mut diagnostic = Diagnostic::error(
                            Code::UnknownReference,
                            format!("there is no domain `{}`", name.get_ref()),
                        )
                        .at(Location { file, span: name.span() }, "not a domain of the rights")
                        .note(format!("the domains are the first part of the rights' ids: {}", all.join(", ")));
                        if let Some(near) = closest(name.get_ref(), all.into_iter()) {
                            diagnostic = diagnostic.note(format!("did you mean `{near}`?"));
                        }
                        self.error(diagnostic);
                    }
                }
            }
        }
        found
    }

    /// The question's choices that are well written and listed once, with where each is.
    fn choices(&mut self, file: usize, raw: &RawQuestion) -> (Vec<String>, Vec<Location>) {
        let mut choices: Vec<String> = Vec::new();
        let mut spans: Vec<Location> = Vec::new();
        let mut listed: HashMap<&str, usize> = HashMap::new();
        for choice in &raw.choices {
            let here = Location { file, span: choice.span() };
            let name = choice.get_ref();
            if !is_choice_name(name) || RESERVED_CHOICES.contains(&name.as_str()) {
                self.error(
                    Diagnostic::error(Code::BadId, format!("`{name}` is not a valid choice"))
                        .at(here, "this choice")
                        .note("choices are lowercase letters, digits and `_`; `dont_know` and `prefer_not_to_say` are reserved: use `dont_know = true` or `sensitive = true` instead"),
                );
            } else if let Some(&first) = listed.get(name.as_str()) {
                self.error(
                    Diagnostic::error(Code::DuplicateId, format!("the choice `{name}` is listed twice"))
                        .at(here, "listed again here")
                        .also(spans[first].clone(), "first listed here"),
                );
            } else if self.next_id(choices.len(), "choices in one question", &here, ChoiceId::from_index).is_some() {
                listed.insert(name, choices.len());
                choices.push(name.clone());
                spans.push(here);
            }
        }
        (choices, spans)
    }

    /// The ids of the choices `shown_first` names, each once and each a choice of the question.
    fn shown_first(&mut self, file: usize, raw: &RawQuestion, choices: &[String]) -> Vec<ChoiceId> {
        let mut shown = Vec::new();
        for name in &raw.shown_first {
            let here = Location { file, span: name.span() };
            let Some(id) = choices.iter().position(|c| c == name.get_ref()).and_then(ChoiceId::from_index) else {
                self.error(
                    Diagnostic::error(
                        Code::UnknownChoice,
                        format!("`{}` is not a choice of this question", name.get_ref()),
                    )
                    .at(here, "not in `choices`")
                    .note(format!("the choices are: {}", choices.join(", "))),
                );
                continue;
            };
            if shown.contains(&id) {
                self.error(
                    Diagnostic::error(Code::DuplicateId, format!("`{}` is shown first twice", name.get_ref()))
                        .at(here, "listed again here"),
                );
                continue;
            }
            shown.push(id);
        }
        shown
    }

    /// The question's kind with its fields; errors for fields its kind does not have.
    fn kind(&mut self, file: usize, raw: &RawQuestion, choices: Vec<String>) -> QuestionKind {
        let kind_at = Location { file, span: raw.kind.span() };
        let bound = |b: &Option<toml::Spanned<i64>>| b.as_ref().map(|v| *v.get_ref());
        let kind = match raw.kind.get_ref().as_str() {
            "yes_no" => QuestionKind::YesNo,
            "one_of" => QuestionKind::OneOf { choices },
            "any_of" => QuestionKind::AnyOf { choices },
            "number" => QuestionKind::Number {
                min: bound(&raw.min),
                max: bound(&raw.max),
                unit: raw.unit.as_ref().map(|u| u.get_ref().clone()),
            },
            "year" => QuestionKind::Year { min: bound(&raw.min), max: bound(&raw.max) },
            "date" => QuestionKind::Date,
            other => {
                let mut diagnostic =
                    Diagnostic::error(Code::UnknownKind, format!("`{other}` is not a kind of question"))
                        .at(kind_at, "unknown kind")
                        .note(format!("the kinds are: {}", KINDS.join(", ")));
                if let Some(near) = closest(other, KINDS.into_iter()) {
                    diagnostic = diagnostic.note(format!("did you mean `{near}`?"));
                }
                self.error(diagnostic);
                return QuestionKind::YesNo;
            }
        };
        self.fields_fit(file, raw, &kind, kind_at);
        kind
    }

    /// Errors for choices, bounds and units that the question's kind does not take.
    fn fields_fit(&mut self, file: usize, raw: &RawQuestion, kind: &QuestionKind, kind_at: Location) {
        let at = |span| Location { file, span };
        let id = raw.id.get_ref();
        match kind {
            QuestionKind::OneOf { choices } | QuestionKind::AnyOf { choices } if choices.len() < 2 => {
                self.error(
                    Diagnostic::error(Code::FewChoices, format!("question `{id}` needs at least two choices"))
                        .at(kind_at, "a choice question"),
                );
            }
            QuestionKind::OneOf { .. } | QuestionKind::AnyOf { .. } => {}
            _ if !raw.choices.is_empty() => {
                self.error(
                    Diagnostic::error(
                        Code::ChoicesNotAllowed,
                        format!("question `{id}` is not a choice question but lists choices"),
                    )
                    .at(kind_at, "this kind has no choices")
                    .note("use `one_of` or `any_of`, or remove `choices`"),
                );
            }
            _ => {}
        }
        let numeric = matches!(kind, QuestionKind::Number { .. } | QuestionKind::Year { .. });
        for (name, value) in [("min", &raw.min), ("max", &raw.max)] {
            if let (Some(v), false) = (value, numeric) {
                self.error(
                    Diagnostic::error(
                        Code::BoundNotAllowed,
                        format!("`{name}` only applies to number and year questions"),
                    )
                    .at(at(v.span()), "remove this"),
                );
            }
        }
        if let (Some(min), Some(max)) = (&raw.min, &raw.max)
            && min.get_ref() > max.get_ref()
        {
            self.error(
                Diagnostic::error(Code::BadBounds, format!("question `{id}` has `min` above `max`"))
                    .at(at(max.span()), "smaller than `min`")
                    .also(at(min.span()), "`min`"),
            );
        }
        if let (Some(unit), false) = (&raw.unit, matches!(kind, QuestionKind::Number { .. })) {
            self.error(
                Diagnostic::error(Code::UnitNotAllowed, "`unit` only applies to number questions")
                    .at(at(unit.span()), "remove this"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{codes, lowered};
    use crate::model::{Expr, LIMIT, QuestionKind};

    #[test]
    fn kinds_take_their_own_fields_and_no_others() {
        let (lowered, diagnostics) = lowered(
            "[[question]]\nid = \"age\"\nkind = \"number\"\nmin = 0\nmax = 110\nunit = \"years\"\n\
             [[question]]\nid = \"card\"\nkind = \"yes_no\"\nchoices = [\"a\", \"b\"]\nmin = 1\nunit = \"x\"\n\
             [[question]]\nid = \"arrival\"\nkind = \"year\"\nmin = 2030\nmax = 2000\n",
        );
        assert_eq!(
            lowered.rules.questions[0].kind,
            QuestionKind::Number { min: Some(0), max: Some(110), unit: Some("years".into()) }
        );
        assert_eq!(codes(&diagnostics), ["choices-not-allowed", "bound-not-allowed", "unit-not-allowed", "bad-bounds"]);
    }

    #[test]
    fn choices_are_well_written_listed_once_and_at_least_two() {
        let (lowered, diagnostics) = lowered(
            "[[question]]\nid = \"papers\"\nkind = \"one_of\"\nchoices = [\"card\", \"Card\", \"card\", \"dont_know\"]\n",
        );
        assert_eq!(lowered.rules.questions[0].kind.choices(), ["card"]);
        assert_eq!(codes(&diagnostics), ["bad-id", "duplicate-id", "bad-id", "few-choices"]);
        assert_eq!(diagnostics[1].also[0].message, "first listed here");
    }

    #[test]
    fn an_ask_if_may_name_a_question_declared_after_it() {
        let (lowered, diagnostics) = lowered(
            "[[question]]\nid = \"ages\"\nkind = \"number\"\nask_if = \"has_children\"\n\
             [[question]]\nid = \"has_children\"\nkind = \"yes_no\"\n",
        );
        assert_eq!(codes(&diagnostics), Vec::<&str>::new());
        assert_eq!(lowered.rules.questions[0].ask_if, Some(Expr::Flag(1.into())));
        assert!(lowered.spans.ask_ifs[0].is_some() && lowered.spans.ask_ifs[1].is_none());
    }

    #[test]
    fn choices_past_the_limit_are_one_located_error() {
        let choices: Vec<String> = (0..=LIMIT).map(|i| format!("\"c{i}\"")).collect();
        let (lowered, diagnostics) =
            lowered(&format!("[[question]]\nid = \"many\"\nkind = \"one_of\"\nchoices = [{}]\n", choices.join(", ")));
        assert_eq!(codes(&diagnostics), ["too-many"]);
        assert_eq!(lowered.rules.questions[0].kind.choices().len(), LIMIT);
        assert_eq!(diagnostics[0].message, format!("the rules may hold at most {LIMIT} choices in one question"));
    }
}
