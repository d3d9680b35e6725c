//! "I have a code to continue": the code saved with "Continue later" (`save_link`) is typed
//! or pasted here, never read from the address, so the browser's history keeps no answer.

use crate::i18n::t;
use crate::rules::rules;
use crate::state::{Action, Interview};
use huquq_engine::Answers;
use huquq_engine::code::CodeError;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResumeProps {
    pub interview: UseReducerHandle<Interview>,
    pub on_back: Callback<MouseEvent>,
}

#[function_component]
pub fn Resume(props: &ResumeProps) -> Html {
    let language = super::language::use_language();
    let input = use_node_ref();
    let error = use_state(|| None::<CodeError>);
    let submit = {
        let (input, error, interview) = (input.clone(), error.clone(), props.interview.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            match Answers::from_code_with_version(rules(), &typed) {
                Ok((mut answers, version)) => {
                    answers.set_saved_with(Some(version));
                    interview.dispatch(Action::Resume(answers));
                }
                Err(why) => error.set(Some(why)),
            }
        })
    };
    let message = (*error).map(|why| match why {
        CodeError::Unreadable => language.text(t::RESUME_UNREADABLE),
        CodeError::OtherQuestions => language.text(t::RESUME_OTHER_VERSION),
    });
    html! {
        <section class="resume" aria-labelledby="resume-title">
            <h1 id="resume-title" tabindex="-1">{ language.text(t::WELCOME_RESUME) }</h1>
            <form class="typed" onsubmit={submit} novalidate=true>
                <label for="resume-code">{ language.text(t::RESUME_LABEL) }</label>
                <input ref={input} id="resume-code" type="text" dir="ltr" autocomplete="off" autocapitalize="characters"
                    spellcheck="false" aria-invalid={error.is_some().to_string()}
                    aria-describedby={message.is_some().then_some("resume-error")} />
                if let Some(message) = message {
                    <p id="resume-error" class="error" role="alert">{ message }</p>
                }
                <button type="submit" class="primary" data-action="resume-go">{ language.text(t::RESUME_GO) }</button>
            </form>
            <div class="actions">
                <button type="button" class="back" onclick={props.on_back.clone()}>{ language.text(t::BACK) }</button>
            </div>
        </section>
    }
}
