//! "Listen": a button that reads a text aloud in the page's language, shown only where the
//! device has a voice for that language running on the device itself. While it reads, the
//! text is shown sentence by sentence with the sentence being read marked.

use super::language::use_language;
use crate::i18n::t;
use crate::speech;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ListenProps {
    pub text: AttrValue,
}

#[function_component]
pub fn Listen(props: &ListenProps) -> Html {
    let language = use_language();
    let has_voice = use_state(|| speech::has_voice(language.code()));
    let reading = use_state(|| None::<usize>);
    {
        let has_voice = has_voice.clone();
        use_effect_with(language, move |language| {
            let code = language.code();
            has_voice.set(speech::has_voice(code));
            speech::when_voices_change(move || has_voice.set(speech::has_voice(code)));
            // A new screen or language stops what was being read.
            speech::stop
        });
    }
    if !*has_voice {
        // Drawing nothing: beside it, never a part that appears on one side while one goes on
        // the other (Yew 0.23 loses its place: yewstack/yew#4092); where it is used, the part
        // before it is always there.
        return Html::default();
    }
    let sentences = speech::sentences(&props.text);
    let toggle = {
        let (reading, sentences) = (reading.clone(), sentences.clone());
        Callback::from(move |_| {
            if reading.is_some() {
                speech::stop();
                reading.set(None);
            } else {
                let reading = reading.clone();
                speech::read(&sentences, language.code(), move |at| reading.set(at));
            }
        })
    };
    let shown = reading.map(|at| {
        let spans = sentences.iter().enumerate().map(|(i, sentence)| {
            if i == at {
                html! { <mark data-reading="true">{ sentence }</mark> }
            } else {
                html! { <span>{ sentence }</span> }
            }
        });
        html! { <p class="reading">{ for spans.flat_map(|s| [s, html! { " " }]) }</p> }
    });
    html! {
        <div class="listen">
            <button type="button" data-action="listen" aria-pressed={reading.is_some().to_string()} onclick={toggle}>
                <span class="icon listen-icon" aria-hidden="true"></span>
                { language.text(if reading.is_some() { t::LISTEN_STOP } else { t::LISTEN }) }
            </button>
            { for shown }
        </div>
    }
}
