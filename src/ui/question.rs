//! One question per screen. Yes/no and single choices answer with one tap; several choices,
//! numbers and dates are confirmed with "Continue". The question is the heading, which takes
//! the focus when the screen appears (`App`). The answer widgets also serve the counsellor's form.

use super::language::use_language;
use crate::i18n::Language;
use crate::i18n::{Arg, Text, t};
use crate::rules::rules;
use huquq_engine::model::{QuestionId, QuestionKind};
use huquq_engine::{Answer, Date, Value, keys};
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct QuestionProps {
    pub question: QuestionId,
    /// The answer given before, when the user came back to this question.
    pub current: Option<Answer>,
    pub answered: usize,
    pub remaining: usize,
    pub on_answer: Callback<Answer>,
    pub on_back: Callback<MouseEvent>,
    pub on_review: Callback<MouseEvent>,
    /// "See my results now": the results with the answers so far.
    pub on_results_now: Callback<MouseEvent>,
}

pub fn question_screen(language: Language, props: &QuestionProps) -> Html {
    let question = rules().question(props.question);
    let progress =
        language.text_with(t::PROGRESS, &[("answered", props.answered.into()), ("remaining", props.remaining.into())]);
    let asked = language.text_of(&keys::question(question));
    // Read aloud: the question, then each answer it offers, each a sentence of its own.
    let choices = question.shown_choices().into_iter().map(|(_, c)| language.text_of(&keys::choice(question, c)));
    let spoken: String = choices.fold(asked.clone(), |text, choice| format!("{text} {choice}."));
    // What the person came for, asked first, is no answer to review on its own: the next
    // question (papers) keeps its one row of actions on a phone.
    let after_need = rules().needs.is_some_and(|q| q != props.question);
    html! {
        <section class="question" data-question={question.id.clone()} aria-labelledby="question-title">
            <p class="progress">{ progress }</p>
            <h1 id="question-title" tabindex="-1">{ &asked }</h1>
            <super::listen::Listen key={question.id.clone()} text={spoken} />
            <div class="answers" role="group" aria-labelledby="question-title">
                { answer_input(language, &InputProps::new(props.question, props.current.clone(), props.on_answer.clone())) }
            </div>
            <div class="actions">
                <button type="button" class="back" onclick={props.on_back.clone()}>{ language.text(t::BACK) }</button>
                <button type="button" class="results-now" data-action="results-now" onclick={props.on_results_now.clone()}>
                    { language.text(t::SEE_RESULTS_NOW) }
                </button>
                if props.answered > usize::from(after_need) {
                    <button type="button" class="review" onclick={props.on_review.clone()}>{ language.text(t::REVIEW) }</button>
                }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct InputProps {
    pub question: QuestionId,
    pub current: Option<Answer>,
    pub on_answer: Callback<Answer>,
    /// The id of the element that holds the question's text, which labels typed answers.
    pub labelled_by: AttrValue,
    /// The text of the button that confirms several choices or a typed answer.
    pub confirm: Text,
    /// The person's language in the counsellor's form (the second module's): every answer is
    /// written in it too.
    #[cfg(feature = "full")]
    pub person: Option<Language>,
}

impl InputProps {
    pub fn new(question: QuestionId, current: Option<Answer>, on_answer: Callback<Answer>) -> InputProps {
        let (labelled_by, confirm) = (AttrValue::Static("question-title"), t::CONTINUE);
        InputProps {
            question,
            current,
            on_answer,
            labelled_by,
            confirm,
            #[cfg(feature = "full")]
            person: None,
        }
    }
}

/// Every answer a question offers, in the widget its kind needs; the guide's screen and the
/// counsellor's form both use it, so they answer the same way.
pub fn answer_input(language: Language, props: &InputProps) -> Html {
    let question = rules().question(props.question);
    let button = |answer: Answer, name: String, text: Html| {
        let pressed = props.current.as_ref() == Some(&answer);
        let on_answer = props.on_answer.clone();
        html! {
            <button type="button" class="answer" data-answer={name} aria-pressed={pressed.to_string()}
                onclick={move |_| on_answer.emit(answer.clone())}>{ text }</button>
        }
    };
    let answers = match &question.kind {
        QuestionKind::YesNo => html! { <>
            { button(Answer::Given(Value::Bool(true)), "yes".into(), answer_words(language, props, |l| l.text(t::ANSWER_YES))) }
            { button(Answer::Given(Value::Bool(false)), "no".into(), answer_words(language, props, |l| l.text(t::ANSWER_NO))) }
        </> },
        QuestionKind::OneOf { .. } => question
            .shown_choices()
            .into_iter()
            .map(|(i, choice)| {
                let key = keys::choice(question, choice);
                button(
                    Answer::Given(Value::Choice(i)),
                    choice.clone(),
                    answer_words(language, props, |l| l.text_of(&key)),
                )
            })
            .collect(),
        // Keyed by question: what was ticked or typed for one question never shows on the next.
        QuestionKind::AnyOf { .. } => html! { <SeveralChoices key={props.question.get()} ..props.clone() /> },
        QuestionKind::Number { .. } | QuestionKind::Year { .. } | QuestionKind::Date => html! {
            <Typed key={props.question.get()} ..props.clone() />
        },
    };
    let dont_know = question.dont_know.then(|| {
        button(Answer::DontKnow, "dont_know".into(), answer_words(language, props, |l| l.text(t::ANSWER_DONT_KNOW)))
    });
    let prefer_not = question.sensitive.then(|| {
        button(
            Answer::PreferNotToSay,
            "prefer_not_to_say".into(),
            answer_words(language, props, |l| l.text(t::ANSWER_PREFER_NOT)),
        )
    });
    html! { <>{ answers }{ dont_know }{ prefer_not }</> }
}

/// An answer's words; in the counsellor's form (the second module) also in the person's
/// language, one part each with its `lang`, inside the one control of that answer.
#[cfg_attr(not(feature = "full"), allow(unused_variables))]
fn answer_words(language: Language, props: &InputProps, text: impl Fn(Language) -> String) -> Html {
    #[cfg(feature = "full")]
    if let Some(person) = props.person {
        return html! { <>
            <span lang={language.code()}>{ text(language) }</span>
            <span class="person-language" lang={person.code()} dir={person.direction()}>{ text(person) }</span>
        </> };
    }
    html! { { text(language) } }
}

/// Checkboxes and "Continue"; ticking none is an answer too ("none of these").
#[function_component]
fn SeveralChoices(props: &InputProps) -> Html {
    let language = use_language();
    let question = rules().question(props.question);
    let ticked = use_state(|| match &props.current {
        Some(Answer::Given(Value::Choices(choices))) => choices.clone(),
        _ => Vec::new(),
    });
    let boxes = question.shown_choices().into_iter().map(|(i, choice)| {
        let toggle = {
            let ticked = ticked.clone();
            Callback::from(move |_| {
                let mut now = (*ticked).clone();
                match now.iter().position(|&c| c == i) {
                    Some(at) => _ = now.remove(at),
                    None => now.push(i),
                }
                ticked.set(now);
            })
        };
        html! {
            <label class="option">
                <input type="checkbox" autocomplete="off" data-answer={choice.clone()} checked={ticked.contains(&i)} onchange={toggle} />
                <span>{ answer_words(language, props, |l| l.text_of(&keys::choice(question, choice))) }</span>
            </label>
        }
    });
    let confirm = {
        let on_answer = props.on_answer.clone();
        let ticked = ticked.clone();
        Callback::from(move |_| on_answer.emit(Answer::Given(Value::Choices((*ticked).clone()))))
    };
    html! { <>
        { for boxes }
        <button type="button" class="primary" data-answer="continue" onclick={confirm}>{ language.text(props.confirm) }</button>
    </> }
}

/// A number, a year or a date, typed and checked before it is accepted.
#[function_component]
fn Typed(props: &InputProps) -> Html {
    let language = use_language();
    let question = rules().question(props.question);
    let input = use_node_ref();
    let invalid = use_state(|| false);
    // Numbers are typed as text: a number field would silently empty "٣٥" (Arabic-Indic
    // digits); `digits` reads every kind of digit.
    let (kind, value) = match (&question.kind, &props.current) {
        (QuestionKind::Date, Some(Answer::Given(Value::Date(d)))) => ("date", d.to_string()),
        (QuestionKind::Date, _) => ("date", String::new()),
        (_, Some(Answer::Given(Value::Number(n)))) => ("text", n.to_string()),
        _ => ("text", String::new()),
    };
    let (min, max) = question.kind.bounds();
    let years = matches!(&question.kind, QuestionKind::Number { unit: Some(unit), .. } if unit == "years");
    // What is typed stays what is typed: an error does not wipe it.
    let typed = use_state(move || value);
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| typed.set(event.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let submit = {
        let (input, invalid, on_answer) = (input.clone(), invalid.clone(), props.on_answer.clone());
        let is_date = kind == "date";
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let value = if is_date {
                Date::parse(text.trim()).map(Value::Date)
            } else {
                // Out of bounds is refused here, where it can be said, not silently later.
                crate::digits::whole_number(&text).filter(|&n| question.kind.accepts(n)).map(Value::Number)
            };
            // The counsellor's form stays on screen after an answer: clear an earlier error.
            invalid.set(value.is_none());
            if let Some(value) = value {
                on_answer.emit(Answer::Given(value));
            }
        })
    };
    let error = format!("{}-error", props.labelled_by);
    html! {
        <form class="typed" onsubmit={submit} novalidate=true>
            <input ref={input} type={kind} autocomplete="off" inputmode={(kind == "text").then_some("numeric")}
                value={(*typed).clone()} oninput={on_input}
                aria-labelledby={props.labelled_by.clone()} aria-invalid={invalid.to_string()}
                aria-describedby={invalid.then(|| error.clone())} />
            if *invalid {
                <p id={error} class="error" role="alert">{ invalid_text(language, min, max, years) }</p>
            }
            <button type="submit" class="primary">{ language.text(props.confirm) }</button>
        </form>
    }
}

/// What a typed answer must be: "an age between 0 and 110, in years", "a number between…".
fn invalid_text(language: Language, min: Option<i64>, max: Option<i64>, years: bool) -> String {
    let Some((min, max)) = min.zip(max) else { return language.text(t::ANSWER_INVALID) };
    let id = if years { t::ANSWER_RANGE_YEARS } else { t::ANSWER_RANGE };
    language.text_with(id, &[("min", Arg::Number(min)), ("max", Arg::Number(max))])
}
