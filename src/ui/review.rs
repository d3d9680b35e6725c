//! "Review my answers": every answer given, in question order, each one changeable. The
//! results follow any change at once, since they are computed from the answers alone.

use crate::i18n::Language;
use crate::i18n::t;
use crate::rules::rules;
use huquq_engine::model::QuestionId;
use huquq_engine::{Answers, keys};
use yew::prelude::*;

pub struct ReviewProps {
    pub answers: Answers,
    pub on_change: Callback<QuestionId>,
    pub on_continue: Callback<MouseEvent>,
}

pub fn review(language: Language, props: &ReviewProps) -> Html {
    let rows: Vec<Html> = props
        .answers
        .iter()
        .map(|(question, answer)| {
            let q = rules().question(question);
            let on_change = props.on_change.clone();
            html! {
                <div class="answered" data-question={q.id.clone()}>
                    <dt>{ language.text_of(&keys::question(q)) }</dt>
                    <dd>
                        <strong>{ language.answer(question, answer) }</strong>{ " " }
                        <button type="button" class="change" onclick={move |_| on_change.emit(question)}>
                            { language.text(t::CHANGE) }
                        </button>
                    </dd>
                </div>
            }
        })
        .collect();
    html! {
        <section class="review" aria-labelledby="review-title">
            <h1 id="review-title" tabindex="-1">{ language.text(t::REVIEW_TITLE) }</h1>
            if rows.is_empty() {
                <p>{ language.text(t::REVIEW_EMPTY) }</p>
            } else {
                <dl>{ for rows }</dl>
            }
            <button type="button" class="primary" onclick={props.on_continue.clone()}>{ language.text(t::CONTINUE) }</button>
            if props.answers.answered_count() > 0 {
                // Its texts come with the results' (offline, they may not be here yet).
                if language.has(2) {
                    <super::save_link::SaveLink answers={props.answers.clone()} />
                }
            }
        </section>
    }
}
