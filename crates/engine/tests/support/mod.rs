//! Shared by the property tests, the native benchmark and the browser benchmark: the real rules,
//! a rule set many times larger built from them, a simulated interview, and the rules files
//! embedded for the browser, which cannot read them from disk.
// Each test or bench crate uses only part of this module.
#![allow(dead_code)]

pub mod embedded;
pub mod synthetic;

use huquq_engine::check::{Input, check, render};
use huquq_engine::model::{ChoiceId, DefinitionId, Expr, QuestionId, QuestionKind, RuleSet, Term};
use huquq_engine::{Answer, Answers, Date, Value, evaluate, run};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The repository's root, where `rules/` and `locales/` are.
/// Where the project is now (cargo says so when it runs a test), not where it was built.
pub fn root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("../..")
    })
}

/// The rules of the repository, checked and compiled, read once.
pub fn real() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| {
        let input = Input::read(root(), Date::from_ymd(2026, 11, 23).unwrap()).expect("rules/ can be read");
        let report = check(&input);
        report.rules.unwrap_or_else(|| panic!("the rules do not compile:\n{}", render(&input, &report.diagnostics)))
    })
}

/// `times` copies of every question, definition and right, the copies renamed and their
/// conditions pointing at their own copy's questions and definitions. Offices and sources
/// are shared. Copy 0 keeps the original names.
pub fn scaled(rules: &RuleSet, times: usize) -> RuleSet {
    let (questions, definitions) = (rules.questions.len(), rules.definitions.len());
    let index = |base: usize, copy: usize, n: usize| {
        u16::try_from(copy * n + base).expect("the scaled rules have more than 65 536 questions or definitions")
    };
    let rename = |id: &str, copy: usize| if copy == 0 { id.to_string() } else { format!("{id}_{copy}") };
    let mut out = RuleSet { questions: Vec::new(), definitions: Vec::new(), rights: Vec::new(), ..rules.clone() };
    for copy in 0..times {
        let shift = |expr: &Expr| {
            shifted(expr, &|q| index(usize::from(q), copy, questions).into(), &|d| {
                index(usize::from(d), copy, definitions).into()
            })
        };
        for q in &rules.questions {
            let mut q = q.clone();
            q.id = rename(&q.id, copy);
            q.ask_if = q.ask_if.as_ref().map(shift);
            out.questions.push(q);
        }
        for d in &rules.definitions {
            out.definitions.push(huquq_engine::model::Definition { id: rename(&d.id, copy), when: shift(&d.when) });
        }
        for r in &rules.rights {
            let mut r = r.clone();
            r.id = if copy == 0 { r.id } else { format!("{}-{copy}", r.id) };
            r.when = shift(&r.when);
            r.steps.iter_mut().for_each(|s| s.when = s.when.as_ref().map(shift));
            r.documents.iter_mut().for_each(|d| d.when = d.when.as_ref().map(shift));
            r.unknown_when = r.unknown_when.as_ref().map(shift);
            r.uses = r.uses.iter().map(|&q| index(usize::from(q), copy, questions).into()).collect();
            out.rights.push(r);
        }
    }
    out
}

fn shifted(expr: &Expr, q: &dyn Fn(QuestionId) -> QuestionId, d: &dyn Fn(DefinitionId) -> DefinitionId) -> Expr {
    let all = |items: &[Expr]| items.iter().map(|e| shifted(e, q, d)).collect();
    match expr {
        Expr::Const(b) => Expr::Const(*b),
        Expr::Flag(x) => Expr::Flag(q(*x)),
        Expr::Definition(x) => Expr::Definition(d(*x)),
        Expr::Not(inner) => Expr::Not(Box::new(shifted(inner, q, d))),
        Expr::All(items) => Expr::All(all(items)),
        Expr::Any(items) => Expr::Any(all(items)),
        Expr::Choice { question, among } => Expr::Choice { question: q(*question), among: among.clone() },
        Expr::Includes { question, choice } => Expr::Includes { question: q(*question), choice: *choice },
        Expr::Compare { op, left, right } => {
            Expr::Compare { op: *op, left: shifted_term(left, q), right: shifted_term(right, q) }
        }
    }
}

fn shifted_term(term: &Term, q: &dyn Fn(QuestionId) -> QuestionId) -> Term {
    match term {
        Term::Literal(n) => Term::Literal(*n),
        Term::Answer(x) => Term::Answer(q(*x)),
        Term::YearsSince(x) => Term::YearsSince(q(*x)),
        Term::Add(a, b) => Term::Add(Box::new(shifted_term(a, q)), Box::new(shifted_term(b, q))),
        Term::Sub(a, b) => Term::Sub(Box::new(shifted_term(a, q)), Box::new(shifted_term(b, q))),
    }
}

/// The fixed answer the simulated person gives: yes, the first choice, every choice, or a
/// middle value, so that interviews are long and the same every time.
pub fn fixed_answer(rules: &RuleSet, question: QuestionId, today: Date) -> Answer {
    let clamp = |n: i64, min: &Option<i64>, max: &Option<i64>| n.max(min.unwrap_or(n)).min(max.unwrap_or(n));
    let value = match &rules.question(question).kind {
        QuestionKind::YesNo => Value::Bool(true),
        QuestionKind::OneOf { .. } => Value::Choice(0.into()),
        QuestionKind::AnyOf { choices } => Value::Choices(ChoiceId::all(choices.len()).collect()),
        QuestionKind::Number { min, max, .. } => Value::Number(clamp(30, min, max)),
        QuestionKind::Year { min, max } => Value::Number(clamp(i64::from(today.year()) - 5, min, max)),
        QuestionKind::Date => Value::Date(Date::from_days(today.days() - 5 * 365)),
    };
    Answer::Given(value)
}

/// Milliseconds per call of each operation, one sample per answer of an interview.
#[derive(Default)]
pub struct Samples {
    pub evaluate: Vec<f64>,
    pub run: Vec<f64>,
}

/// Runs one whole interview, answering each next question with [`fixed_answer`], and times
/// `evaluate` and `run` after each answer. Each is called `repeat` times per answer and the
/// mean kept, so that a coarse clock (the browser's) still measures fast steps.
pub fn interview(rules: &RuleSet, today: Date, repeat: u32, now: &dyn Fn() -> f64, samples: &mut Samples) -> usize {
    let mut answers = Answers::new(rules);
    let mut steps = 0;
    loop {
        let start = now();
        for _ in 0..repeat {
            std::hint::black_box(evaluate(rules, std::hint::black_box(&answers), today));
        }
        let middle = now();
        let mut evaluation = None;
        for _ in 0..repeat {
            evaluation = Some(run(rules, std::hint::black_box(&answers), today));
        }
        let end = now();
        samples.evaluate.push((middle - start) / f64::from(repeat));
        samples.run.push((end - middle) / f64::from(repeat));
        let Some(next) = evaluation.and_then(|e| e.next) else {
            return steps;
        };
        answers.set(rules, next, fixed_answer(rules, next, today)).expect("the fixed answer is allowed");
        steps += 1;
    }
}

/// The median and the 95th percentile.
pub fn median_p95(samples: &[f64]) -> (f64, f64) {
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    let at = |q: f64| sorted.get(((sorted.len() as f64 - 1.0) * q).round() as usize).copied().unwrap_or(f64::NAN);
    (at(0.5), at(0.95))
}

/// Warms up, then repeats interviews until `budget_ms` have passed (at least `min_runs`),
/// and returns one printable line per operation.
pub fn measure(
    label: &str,
    rules: &RuleSet,
    today: Date,
    repeat: u32,
    budget_ms: f64,
    now: &dyn Fn() -> f64,
) -> String {
    let mut warm = Samples::default();
    interview(rules, today, repeat, now, &mut warm);
    let mut samples = Samples::default();
    let (start, mut runs, mut steps) = (now(), 0, 0);
    while runs < 3 || now() - start < budget_ms {
        steps = interview(rules, today, repeat, now, &mut samples);
        runs += 1;
    }
    let line = |op: &str, s: &[f64]| {
        let (median, p95) = median_p95(s);
        format!("{label:<12} {op:<9} median {median:9.4} ms   p95 {p95:9.4} ms   ({} samples)\n", s.len())
    };
    format!(
        "{label}: {} questions, {} rights, {steps} answers per interview, {runs} interviews\n{}{}",
        rules.questions.len(),
        rules.rights.len(),
        line("evaluate", &samples.evaluate),
        line("run", &samples.run)
    )
}
