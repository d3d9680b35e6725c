## Texts of the interface. Plural forms go through Fluent's selectors, never concatenation.

app-title = Huquq — your rights in Morocco
language-name = English
language-switch = Language

welcome-title = Know your rights in Morocco
welcome-intro = This guide asks you a few questions, then tells you which rights, programmes and offices you can use, and what to bring.
welcome-privacy = Nothing you answer leaves this device.
welcome-not-a-decision = The result is information, not a decision: the office decides.
welcome-reviewed = Rules checked on { $date }.
start = Start

answer-yes = Yes
answer-no = No
answer-dont-know = I don't know
answer-prefer-not = I prefer not to say
continue = Continue
back = Back
progress = { $answered ->
        [0] First question
        [one] One answer given
       *[other] { $answered } answers given
    }, { $remaining ->
        [one] at most one more question
       *[other] at most { $remaining } more questions
    }

results-title = Your rights
results-as-of = Results as of { $date }
results-eligible = You probably have these rights
results-undetermined = Maybe: to be checked
results-not-eligible = Other rights
results-none = No right in this group.
status-eligible = Probably yes
status-undetermined = Maybe
status-not_eligible = No, from your answers
card-where = Where to go
card-bring = What to bring
card-steps = How to ask
card-sources = Sources
card-valid-since = In force since { $date }
restart = Start again

terminal-not-understood = I did not understand. Type the number of a choice, or ? if you do not know.
card-why = Why
card-ended = This right ended on { $date }. It is shown for the history of a case.
card-check = A rule of this right is uncertain or may have changed: check with the office.
answer-invalid = This answer is not valid. Check it and try again.
review = Review my answers
review-title = Your answers
review-empty = You have not answered any question yet.
change = Change
see-results = See the results
settled-title = Already certain for you
quick-exit = Quick exit
notice-damaged = Some saved answers could not be read: they were ignored.
card-open = To know, answer:
card-answer = Answer
card-would-change = This would apply if you answered:
card-more = Where to go, what to bring, sources
remember = Remember my answers on this device (only if this phone is yours)
card-why-not = Why not?
card-not-yet = This right was not yet in force on that day: it starts on { $date }.

## The counsellor's one-page form (?mode=counsellor).
counsellor-link = Counsellor mode
counsellor-title = Counsellor mode
counsellor-intro = Ask the questions in any order: the results follow each answer. Do not write the person's name anywhere.
counsellor-person-language = Language of the person
counsellor-as-of = Rules as of
counsellor-new = New interview
counsellor-leave = Back to the guide
counsellor-questions = Questions
counsellor-results = Results
counsellor-counts = Probably yes: { $eligible } · Maybe: { $undetermined } · No: { $not }
counsellor-cannot-change = Cannot change any result now.
counsellor-apply = Apply
counsellor-summary = Case summary
counsellor-copy = Copy
counsellor-print = Print
counsellor-copied = Copied.
counsellor-copy-failed = The text is selected: copy it with Ctrl+C.
summary-heading = Huquq — case summary
summary-answers = Answers
summary-open = Still to ask
summary-detail = { $what }: { $items }
notice-config = Some settings in this page's address were not used: { $names }.
ngo-title = Your contact for help
counsellor-summary-person = Summary in the person's language
