//! "What if my papers were…": another answer to the rules' `what_if` question, and side by
//! side the rights that would appear and those that would go. The engine evaluates both
//! answers; this only compares the two lists. Nothing changes in the person's answers.

use crate::i18n::t;
use crate::rules::rules;
use crate::ui::language::use_language;
use huquq_engine::model::{ChoiceId, RightId};
use huquq_engine::{Answer, Answers, Date, Evaluation, Status, Value, keys};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhatIfProps {
    pub answers: Answers,
    pub evaluation: Evaluation,
    pub today: Date,
    /// Whether the results' texts are here: the component is drawn again when they arrive.
    pub texts: bool,
}

#[function_component]
pub fn WhatIf(props: &WhatIfProps) -> Html {
    let language = use_language();
    let chosen = use_state(|| None::<ChoiceId>);
    let rules = rules();
    let Some(question) = rules.what_if else { return Html::default() };
    let choices = rules[question].kind.choices().len();
    let now = props.answers.value(question);
    let on_change = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            chosen.set(select.value().parse().ok());
        })
    };
    let options = ChoiceId::all(choices).map(|c| {
        let value = Value::Choice(c);
        let label = language.answer(question, &Answer::Given(value.clone()));
        let disabled = now == Some(&value);
        html! { <option value={c.to_string()} selected={*chosen == Some(c)} {disabled}>{ label }</option> }
    });
    let compared = chosen.map(|c| {
        let mut answers = props.answers.clone();
        let _ = answers.set(rules, question, Answer::Given(Value::Choice(c)));
        let other = huquq_engine::run(rules, &answers, props.today);
        let eligible = |e: &Evaluation, r: RightId| e.outcomes[r.index()].status == Status::Eligible;
        let ids = || RightId::all(rules.rights.len());
        let appear: Vec<RightId> = ids().filter(|&r| eligible(&other, r) && !eligible(&props.evaluation, r)).collect();
        let go: Vec<RightId> = ids().filter(|&r| !eligible(&other, r) && eligible(&props.evaluation, r)).collect();
        html! {
            <div class="what-if-sides" aria-live="polite">
                { side(language, t::WHAT_IF_APPEAR, "appear", &appear) }
                { side(language, t::WHAT_IF_GO, "go", &go) }
            </div>
        }
    });
    html! {
        <section class="what-if" id="what-if" aria-labelledby="what-if-title">
            <h2 id="what-if-title">{ language.text(t::WHAT_IF_TITLE) }</h2>
            <label>
                { language.text_of(&keys::question(&rules[question])) }
                <select data-action="what-if" onchange={on_change}>
                    <option value="" selected={chosen.is_none()}>{ language.text(t::WHAT_IF_CHOOSE) }</option>
                    { for options }
                </select>
            </label>
            { for compared }
            <p class="notice">{ language.text(t::WHAT_IF_NOTE) }</p>
        </section>
    }
}

fn side(language: crate::i18n::Language, title: crate::i18n::Text, name: &str, rights: &[RightId]) -> Html {
    let rules = rules();
    html! {
        <div class="what-if-side" data-what-if={name.to_string()}>
            <h3>{ language.text(title) }</h3>
            if rights.is_empty() {
                <p>{ language.text(t::WHAT_IF_NONE) }</p>
            } else {
                <ul>{ for rights.iter().map(|&r| html! { <li data-right-id={rules[r].id.clone()}>{ language.text_of(&keys::right(&rules[r])) }</li> }) }</ul>
            }
        </div>
    }
}
