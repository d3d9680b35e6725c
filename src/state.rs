//! The interview as plain data and a pure transition function, so it is tested natively.
//! The screen shown follows from the answers: the engine says which question can still change
//! a result, and when none can, the results are shown.

use huquq_engine::model::QuestionId;
use huquq_engine::{Answer, AnswerError, Answers, Date, Evaluation, RuleSet, run};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Question(QuestionId),
    /// Every answer given, each one changeable.
    Review,
    Results,
    /// Typing the code saved to continue later.
    Resume,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Interview {
    pub answers: Answers,
    /// The questions answered, in the order they were asked, for "back".
    pub history: Vec<QuestionId>,
    pub screen: Screen,
    pub evaluation: Evaluation,
    /// The day the rules are evaluated on.
    pub today: Date,
    /// A saved link or the device's storage held answers that could not all be read.
    pub damaged: bool,
    /// "Remember my answers on this device", ticked by the person; off for every new person.
    pub remember: bool,
    /// With `remember`: the sensitive answers are kept on the device too.
    pub remember_sensitive: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Start,
    /// An answer to the question on screen.
    Answer(Answer),
    Back,
    /// Show every answer given, to change any of them.
    Review,
    /// Show the results with the answers so far ("see my results now"); the rights that the
    /// questions left could still decide are undetermined. Back returns to the question.
    ResultsNow,
    /// Ask this question again (from the review).
    Change(QuestionId),
    Restart,
    /// An answer to any question, in any order: the counsellor's form. The screen stays.
    Set(QuestionId, Answer),
    /// Evaluate the rules as they stood on another day, to look back at a past case.
    AsOf(Date),
    /// Show a screen seen before (the phone's Back and Forward buttons).
    Show(Screen),
    Remember(bool),
    RememberSensitive(bool),
    /// Go on with the answers of a code saved to continue later.
    Resume(Answers),
}

impl Interview {
    pub fn new(rules: &RuleSet, today: Date) -> Interview {
        let answers = Answers::new(rules);
        let evaluation = run(rules, &answers, today);
        Interview {
            answers,
            history: Vec::new(),
            screen: Screen::Welcome,
            evaluation,
            today,
            damaged: false,
            remember: false,
            remember_sensitive: false,
        }
    }

    /// The interview saved in a saved link or on the device, as `Answers::decode` read it.
    /// It opens on the welcome, with its words on privacy, the answers already given. Whatever
    /// could not be read (an outdated question, a damaged link) is dropped and flagged; a text
    /// with no answer in it at all (`#accent=…` written unencoded in an NGO's address) is not
    /// saved answers, and is ignored without a word.
    pub fn restore(rules: &RuleSet, today: Date, (answers, errors): (Answers, Vec<AnswerError>)) -> Interview {
        let mut interview = Interview::new(rules, today).with_answers(rules, answers);
        interview.damaged = !errors.is_empty() && interview.answers.answered_count() > 0;
        interview
    }

    /// These answers instead of any before, each as if answered in question order.
    fn with_answers(mut self, rules: &RuleSet, answers: Answers) -> Interview {
        self.history = answers.iter().map(|(q, _)| q).collect();
        self.evaluation = run(rules, &answers, self.today);
        self.answers = answers;
        self
    }

    pub fn apply(&self, rules: &RuleSet, action: Action) -> Interview {
        let mut next = self.clone();
        next.damaged = false;
        match action {
            Action::Start => next.screen = self.after_answers(),
            Action::Answer(answer) => {
                let Screen::Question(question) = self.screen else {
                    return next;
                };
                // The screen offers only answers the question allows; anything else is ignored.
                if next.answers.set(rules, question, answer).is_err() {
                    return next;
                }
                next.history.push(question);
                next.evaluation = run(rules, &next.answers, self.today);
                next.screen = next.after_answers();
            }
            Action::Back => {
                next.screen = match next.history.pop() {
                    Some(question) => Screen::Question(question),
                    None => Screen::Welcome,
                };
            }
            Action::Review => next.screen = Screen::Review,
            Action::ResultsNow => next.screen = Screen::Results,
            Action::Change(question) => {
                next.history.retain(|&q| q != question);
                next.screen = Screen::Question(question);
            }
            Action::Restart => next = Interview::new(rules, self.today),
            Action::Set(question, answer) => {
                if next.answers.set(rules, question, answer).is_err() {
                    return next;
                }
                if !next.history.contains(&question) {
                    next.history.push(question);
                }
                next.evaluation = run(rules, &next.answers, self.today);
            }
            Action::AsOf(day) => {
                next.today = day;
                next.evaluation = run(rules, &next.answers, day);
            }
            Action::Show(screen) => next.screen = screen,
            Action::Remember(on) => {
                next.remember = on;
                next.remember_sensitive &= on;
            }
            Action::RememberSensitive(on) => next.remember_sensitive = on && next.remember,
            Action::Resume(answers) => {
                next = next.with_answers(rules, answers);
                next.screen = next.after_answers();
            }
        }
        next
    }

    /// Decided rights are final: more answers never undo them, so they can be shown while
    /// the interview goes on; not those on aged evidence, which the results say to check first.
    pub fn settled(&self) -> impl Iterator<Item = &huquq_engine::Outcome> {
        let certain = |o: &&huquq_engine::Outcome| {
            o.status == huquq_engine::Status::Eligible && o.evidence == huquq_engine::Evidence::Current
        };
        self.evaluation.outcomes.iter().filter(certain)
    }

    fn after_answers(&self) -> Screen {
        self.evaluation.next.map_or(Screen::Results, Screen::Question)
    }
}

#[cfg(test)]
mod tests {
    //! The mechanics (screens, back, saving, the counsellor's form, another day) on a small
    //! fixture; what the real rules decide on the real rules.
    use super::*;
    use huquq_engine::model::QuestionKind;
    use huquq_engine::{Status, Value};

    fn fixture() -> &'static RuleSet {
        crate::fixture::rules()
    }

    fn real() -> &'static RuleSet {
        crate::rules::rules()
    }

    fn today() -> Date {
        Date::from_ymd(2026, 11, 23).unwrap()
    }

    fn choice(rules: &RuleSet, question: &str, choice: &str) -> Answer {
        let q = rules.question(rules.question_index(question).unwrap());
        Answer::Given(Value::Choice(q.kind.choice_id(choice).unwrap()))
    }

    fn question_on_screen<'a>(rules: &'a RuleSet, interview: &Interview) -> &'a str {
        match interview.screen {
            Screen::Question(q) => &rules.question(q).id,
            ref other => panic!("expected a question, got {other:?}"),
        }
    }

    fn status(rules: &RuleSet, interview: &Interview, right: &str) -> Status {
        let id = rules.right_index(right).unwrap();
        interview.evaluation.outcomes[usize::from(id)].status
    }

    /// An answer to every question of the real rules: no papers, sex not said, 30 years old,
    /// "I don't know" to other choices, no to the rest.
    fn plain_answer(rules: &RuleSet, q: QuestionId) -> Answer {
        match (&rules.question(q).kind, rules.question(q).id.as_str()) {
            (_, "papers") => choice(rules, "papers", "no_papers"),
            (_, "sex") => choice(rules, "sex", "not_said"),
            (QuestionKind::Number { .. }, _) => Answer::Given(Value::Number(30)),
            (QuestionKind::OneOf { .. }, _) => Answer::DontKnow,
            // What the person came for, passed.
            (QuestionKind::AnyOf { .. }, _) => Answer::Given(Value::Choices(Vec::new())),
            _ => Answer::Given(Value::Bool(false)),
        }
    }

    #[test]
    fn an_interview_asks_until_nothing_can_change_and_then_shows_results() {
        let rules = real();
        let mut interview = Interview::new(rules, today()).apply(rules, Action::Start);
        let mut asked = Vec::new();
        while let Screen::Question(q) = interview.screen {
            asked.push(rules.question(q).id.clone());
            interview = interview.apply(rules, Action::Answer(plain_answer(rules, q)));
            assert!(asked.len() <= rules.questions.len(), "the interview must end");
        }
        assert_eq!(interview.screen, Screen::Results);
        assert!(!asked.contains(&"children_ages".to_string()), "no children: their ages are not asked");
        assert_eq!(status(rules, &interview, "health.primary-care"), Status::Eligible);
        assert_eq!(status(rules, &interview, "education.school-enrolment"), Status::NotEligible);
        assert_eq!(status(rules, &interview, "work.anapec"), Status::NotEligible);
    }

    #[test]
    fn back_returns_to_the_previous_question_and_keeps_its_answer() {
        let rules = fixture();
        let mut interview = Interview::new(rules, today()).apply(rules, Action::Start);
        assert_eq!(question_on_screen(rules, &interview), "papers");
        interview = interview.apply(rules, Action::Answer(choice(rules, "papers", "card")));
        assert_eq!(question_on_screen(rules, &interview), "has_kids");
        interview = interview.apply(rules, Action::Back);
        assert_eq!(question_on_screen(rules, &interview), "papers");
        assert!(interview.answers.is_answered(rules.question_index("papers").unwrap()));
        interview = interview.apply(rules, Action::Back);
        assert_eq!(interview.screen, Screen::Welcome);
    }

    #[test]
    fn results_seen_before_the_end_leave_undecided_rights_open_and_the_interview_goes_on() {
        let rules = real();
        let asked = Interview::new(rules, today())
            .apply(rules, Action::Start)
            .apply(rules, Action::Answer(choice(rules, "papers", "no_papers")));
        let second = asked.screen.clone();
        let early = asked.apply(rules, Action::ResultsNow);
        assert_eq!(early.screen, Screen::Results);
        assert_eq!(
            (&early.answers, &early.history),
            (&asked.answers, &asked.history),
            "nothing answered for the person"
        );
        assert_eq!(status(rules, &early, "health.primary-care"), Status::Eligible);
        assert_eq!(status(rules, &early, "education.school-enrolment"), Status::Undetermined, "children not asked yet");
        assert!(early.evaluation.next.is_some(), "questions are left");
        // The phone's Back (history) shows the question seen before, as it was.
        assert_eq!(
            early.apply(rules, Action::Show(second.clone())),
            Interview { screen: second.clone(), ..early.clone() }
        );
        assert_eq!(early.apply(rules, Action::Start).screen, second, "continue: the next question");
    }

    #[test]
    fn an_answer_the_question_does_not_offer_changes_nothing() {
        let rules = fixture();
        let interview = Interview::new(rules, today()).apply(rules, Action::Start);
        let after = interview.apply(rules, Action::Answer(Answer::Given(Value::Number(7))));
        assert_eq!(after, interview);
    }

    #[test]
    fn an_interview_saved_in_the_address_comes_back_and_damage_is_flagged() {
        let rules = fixture();
        let done = Interview::new(rules, today())
            .apply(rules, Action::Start)
            .apply(rules, Action::Answer(choice(rules, "papers", "card")))
            .apply(rules, Action::Answer(Answer::Given(Value::Bool(false))));
        let saved = done.answers.encode(rules);
        assert_eq!(saved, "papers=card&has_kids=no");
        let restored = Interview::restore(rules, today(), Answers::decode(rules, &saved));
        assert_eq!(restored.answers, done.answers);
        // The welcome first, with its words on privacy; Start goes on where the link stopped.
        assert_eq!(restored.screen, Screen::Welcome);
        assert_eq!(restored.apply(rules, Action::Start).screen, done.screen);
        assert_eq!(done.screen, Screen::Question(3.into()));
        assert!(!restored.damaged);

        let damaged =
            Interview::restore(rules, today(), Answers::decode(rules, &format!("{saved}&no_such_question=1&papers=x")));
        assert!(damaged.damaged);
        assert!(damaged.answers.is_answered(rules.question_index("papers").unwrap()));
        for not_answers in ["%%%&&=", "accent=#004488", "right-health.primary-care"] {
            let ignored = Interview::restore(rules, today(), Answers::decode(rules, not_answers));
            assert_eq!((ignored.screen, ignored.damaged), (Screen::Welcome, false), "{not_answers}");
        }
    }

    #[test]
    fn a_code_saved_to_continue_later_goes_on_where_it_stopped() {
        let rules = fixture();
        let done = Interview::new(rules, today())
            .apply(rules, Action::Start)
            .apply(rules, Action::Answer(choice(rules, "papers", "card")))
            .apply(rules, Action::Answer(Answer::Given(Value::Bool(false))));
        let code = done.answers.to_code(rules);
        let answers = Answers::from_code(rules, &code).unwrap();
        let resumed = Interview::new(rules, today()).apply(rules, Action::Resume(answers));
        assert_eq!((resumed.answers, resumed.screen), (done.answers, done.screen));
    }

    #[test]
    fn a_reviewed_answer_can_be_changed_and_the_results_follow() {
        let rules = real();
        let mut interview = Interview::new(rules, today())
            .apply(rules, Action::Start)
            .apply(rules, Action::Answer(choice(rules, "papers", "no_papers")));
        while let Screen::Question(q) = interview.screen {
            interview = interview.apply(rules, Action::Answer(plain_answer(rules, q)));
        }
        assert_eq!(status(rules, &interview, "work.anapec"), Status::NotEligible);
        interview = interview
            .apply(rules, Action::Review)
            .apply(rules, Action::Change(rules.question_index("papers").unwrap()));
        assert_eq!(question_on_screen(rules, &interview), "papers");
        interview = interview.apply(rules, Action::Answer(choice(rules, "papers", "residence_card")));
        assert_eq!(status(rules, &interview, "work.anapec"), Status::Eligible);
    }

    #[test]
    fn restart_forgets_every_answer_and_every_choice_of_the_person_before() {
        let rules = fixture();
        let interview = Interview::new(rules, today())
            .apply(rules, Action::Start)
            .apply(rules, Action::Answer(choice(rules, "papers", "none")))
            .apply(rules, Action::Remember(true))
            .apply(rules, Action::RememberSensitive(true));
        assert!(interview.remember && interview.remember_sensitive);
        let next = interview.apply(rules, Action::Restart);
        assert_eq!(next, Interview::new(rules, today()));
        assert!(!next.remember && !next.remember_sensitive, "the next person chooses for themselves");
    }

    #[test]
    fn sensitive_answers_are_remembered_only_while_remembering() {
        let rules = fixture();
        let interview = Interview::new(rules, today()).apply(rules, Action::RememberSensitive(true));
        assert!(!interview.remember_sensitive, "nothing is remembered yet");
        let interview = interview.apply(rules, Action::Remember(true)).apply(rules, Action::RememberSensitive(true));
        assert!(interview.remember_sensitive);
        assert!(!interview.apply(rules, Action::Remember(false)).remember_sensitive);
    }

    #[test]
    fn only_rights_certain_on_current_evidence_are_settled_while_the_interview_goes_on() {
        let rules = real();
        let settled = |interview: &Interview| -> Vec<String> {
            interview.settled().map(|o| rules.right(o.right).id.clone()).collect()
        };
        let first = Interview::new(rules, today()).apply(rules, Action::Start);
        let before = settled(&first);
        assert!(!before.contains(&"work.contract-visa".to_string()), "open for some papers: {before:?}");
        assert!(before.contains(&"training.language-classes".to_string()), "{before:?}");
        // Years later the classes' newest source (2025) has aged: not certain any more.
        let later = first.apply(rules, Action::AsOf(Date::from_ymd(2031, 6, 1).unwrap()));
        let after = settled(&later);
        assert!(!after.contains(&"training.language-classes".to_string()), "{after:?}");
        let status = status(rules, &later, "training.language-classes");
        assert_eq!(status, Status::Eligible, "still eligible: only the mark ages");
    }

    #[test]
    fn back_and_forward_show_a_screen_seen_before_without_touching_the_answers() {
        let rules = fixture();
        let asked = Interview::new(rules, today())
            .apply(rules, Action::Start)
            .apply(rules, Action::Answer(choice(rules, "papers", "none")));
        let papers = rules.question_index("papers").unwrap();
        let back = asked.apply(rules, Action::Show(Screen::Question(papers)));
        assert_eq!(back.screen, Screen::Question(papers));
        assert_eq!(back.answers, asked.answers);
        assert_eq!(back.apply(rules, Action::Show(asked.screen.clone())), asked);
    }

    #[test]
    fn the_counsellor_answers_in_any_order_and_the_results_follow_each_answer() {
        let rules = fixture();
        let q = |id| rules.question_index(id).unwrap();
        let mut interview = Interview::new(rules, today());
        interview = interview.apply(rules, Action::Set(q("kids_ages"), Answer::Given(Value::Choices(vec![1.into()]))));
        assert_eq!(status(rules, &interview, "education.school"), Status::Undetermined);
        interview = interview.apply(rules, Action::Set(q("has_kids"), Answer::Given(Value::Bool(true))));
        assert_eq!(status(rules, &interview, "education.school"), Status::Eligible);
        assert_eq!(interview.history, [q("kids_ages"), q("has_kids")], "in the order given");
        assert_eq!(interview.screen, Screen::Welcome, "the form has no screens");
        let refused = interview.apply(rules, Action::Set(q("papers"), Answer::Given(Value::Bool(true))));
        assert_eq!(refused.answers, interview.answers, "an answer the question does not allow is ignored");
    }

    #[test]
    fn rules_evaluated_on_a_past_day_show_rights_not_yet_in_force() {
        let rules = fixture();
        let q = |id| rules.question_index(id).unwrap();
        let interview = Interview::new(rules, today())
            .apply(rules, Action::Set(q("has_kids"), Answer::Given(Value::Bool(true))))
            .apply(rules, Action::Set(q("kids_ages"), Answer::Given(Value::Choices(vec![1.into()]))))
            .apply(rules, Action::AsOf(Date::from_ymd(2013, 10, 8).unwrap()));
        let school = &interview.evaluation.outcomes[usize::from(rules.right_index("education.school").unwrap())];
        assert_eq!(school.status, Status::NotEligible);
        assert!(matches!(school.validity, huquq_engine::Validity::NotYet(_)));
        let back = interview.apply(rules, Action::AsOf(today()));
        assert_eq!(status(rules, &back, "education.school"), Status::Eligible);
    }
}
