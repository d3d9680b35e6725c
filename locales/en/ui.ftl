## Texts of the interface. Plural forms go through Fluent's selectors, never concatenation.

app-title = Huquq — your rights in Morocco
language-name = English
language-offline = This language is not on this device yet: connect to the internet once to get it.
language-switch = Language

welcome-title = Know your rights in Morocco
welcome-intro = This guide asks you a few questions, then tells you which rights, programmes and offices you can use, and what to bring.
welcome-privacy = Your answers stay in this page: they are gone when you close it, unless you choose to keep them.
welcome-not-a-decision = The result is information, not a decision: the office decides.
welcome-reviewed = Rules checked on { $date }.
start = Start

answer-yes = Yes
answer-no = No
answer-dont-know = I don't know
answer-prefer-not = I prefer not to say
continue = Continue
listen = Listen
listen-stop = Stop
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
card-sources-loading = Loading the sources…
card-sources-unavailable = The sources are not on this device yet: open this again when you have a connection.
card-sources = Sources
card-valid-since = In force since { $date }
restart = Start again

terminal-not-understood = I did not understand. Type the number of a choice, or ? if you do not know.
card-why = Why
card-ended = This right ended on { $date }. It is shown for the history of a case.
card-check = A rule of this right is uncertain or may have changed: check with the office.
answer-invalid = This answer is not valid. Check it and try again.
answer-range = Write a whole number between { $min } and { $max }.
answer-range-years = Write an age between { $min } and { $max }, in years.
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
card-more = More: how to ask, other offices, sources
theme = Display
theme-auto = Like the phone
theme-light = Light
theme-dark = Dark
theme-contrast = High contrast
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
ngo-title = Your contact for help
counsellor-summary-person = Summary in the person's language

## Leaving quickly, and what is kept of the answers (only when asked).
quick-exit-hint = To leave at once, press "Quick exit" at the top of the screen, or Esc three times on a keyboard.
quick-exit-key = Leave at once (or press Esc three times)
remember-sensitive = Also remember my answers to the sensitive questions
save-link = Save a link to continue later
save-link-warning = This link holds your answers. Anyone who sees it or opens it can read them. Keep it only where nobody else looks.
save-link-sensitive = Also put my answers to the sensitive questions in the link
save-link-label = Your link
save-link-copy = Copy the link
save-link-copied = Copied. Quick exit empties the clipboard.
save-link-close = Hide the link
update-ready = A newer version of these rules is ready.
update-reload = Reload now (your answers will be cleared)
ngo-framed = This contact is given by the website showing this guide, not by Huquq.
counsellor-summary-sensitive = Include the answers to sensitive questions, and the rights they decide
summary-sensitive-left-out = { $count ->
        [one] One answer to a sensitive question, or a right it decides, is left out.
       *[other] { $count } answers to sensitive questions, or rights they decide, are left out.
    }

## The site owner's view (?admin=1): never shown to the person using the guide.
admin-title = For the site owner
admin-site-read = The site file { $file } was read.
admin-site-missing = There is no site file { $file } beside this page: no contact of yours is shown, and quick exit goes to the default page.
admin-site-syntax = Line { $line }, column { $column }: write each setting as key = "text".
admin-site-unknown-key = Line { $line }, column { $column }: this key is not known. The keys are ngo, ngo_phone, ngo_address, accent and exit_to.
admin-site-repeated = Line { $line }, column { $column }: { $key } is set a second time; the first one is used.
admin-site-bad-value = Line { $line }, column { $column }: this value is not valid for { $key }.
admin-site-no-name = ngo_phone and ngo_address are shown only with ngo, the name of the organisation.
admin-contact-site = The contact shown comes from the site file.
admin-contact-frame = The contact shown comes from the frame's address: it is labelled as given by the website around the guide.
admin-contact-none = No contact is shown.
admin-address-refused = Settings in the address that were not used: { $names }.
admin-address-unknown = { $count ->
        [one] One setting with an unknown name was ignored.
       *[other] { $count } settings with an unknown name were ignored.
    }
admin-address-truncated = The address was too long: only its beginning was read.
admin-address-frame-only = A contact or a colour in the address is used only when the guide is inside another website's frame. To show yours here, put it in the site file.

## Dates, written the way each language writes them (Arabic: month names used in Morocco).
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## What the person takes away, and "this looks wrong".
report-body = This looks wrong in Huquq: { $right }
report-version = Rules checked on { $date }
report-wrong = This looks wrong?
card-elsewhere = Other offices
card-checked = (source: { $date })
results-not-applying = { $count ->
        [one] One right does not apply from your answers
       *[other] { $count } rights do not apply from your answers
    }
today-title = Today
today-emergency = Emergency numbers
start-here = Start here
start-then = Then
documents-title = Papers to bring
documents-for = For: { $rights }
contents = On this page
what-if-title = What if my situation changed?
what-if-choose = Choose another answer
what-if-appear = You would also have
what-if-go = You would no longer have
what-if-none = Nothing changes.
what-if-note = This is only a test: your answers stay as they are.
keep-title = Things to keep
keep-sensitive = Also keep what comes from my sensitive answers (violence, trafficking, pregnancy…)
print-short = Print the short version (2 pages)
print-all = Print everything
share-text = Share as text
share-read = Read it before you send it:
share-whatsapp = Open in WhatsApp
share-sms = Open in messages
calendar = Add the deadlines to my calendar
counter-open = Show this at the counter
counter-close = Close
counter-print = Print this card
counter-to = To the official at the counter
counter-asks = This person asks for: { $right }
counter-basis = The text that grants it
counter-check = To check, you can call
calendar-counted = Counted from { $date }: { $days ->
        [one] one day
       *[other] { $days } days
    }. If it started on another day, count the days from that day.
