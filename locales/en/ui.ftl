## Texts of the interface. Plural forms go through Fluent's selectors, never concatenation.

# fr: 21e778eb
app-title = Huquq — your rights in Morocco
# fr: e714cb80
language-name = English
# fr: fa965300
language-offline = This language is not on this device yet: connect to the internet once to get it.
# fr: 4b283fd2
language-switch = Language

# fr: d7b986b8
welcome-title = Know your rights in Morocco
# fr: 4d9699a5
welcome-intro = This guide asks you a few questions, then tells you which rights, programmes and offices you can use, and what to bring.
# fr: 578451c8
welcome-privacy = Your answers stay in this page: they are gone when you close it, unless you choose to keep them.
# fr: 89c2c894
welcome-not-a-decision = The result is information, not a decision: the office decides.
# fr: 050d7869
welcome-reviewed = Rules checked on { $date }.
# fr: d696daef
start = Start

# fr: b263d20b
answer-yes = Yes
# fr: 6cccc59b
answer-no = No
# fr: 4e527c1e
answer-dont-know = I don't know
# fr: 55011ff8
answer-prefer-not = I prefer not to say
# fr: 3dcb7641
continue = Continue
# fr: a31a0ef8
listen = Listen
# fr: 623cf521
listen-stop = Stop
# fr: 4f64e0e7
back = Back
# fr: 3e58f64c
progress = { $answered ->
        [0] First question
        [one] One answer given
       *[other] { $answered } answers given
    }, { $remaining ->
        [one] at most one more question
       *[other] at most { $remaining } more questions
    }

# fr: 68548557
results-title = Your rights
# fr: ca0d352c
results-as-of = Results as of { $date }
# fr: 215b2ae2
results-changes-title = What changed in the guide since you saved your answers
# fr: 7411a55d
results-eligible = You probably have these rights
# fr: 100e9e97
results-undetermined = Maybe: to be checked
# fr: 18c217cf
results-not-eligible = Other rights
# fr: ce2fde12
results-none = No right in this group.
# fr: 1f2c6d19
results-separator = {"; "}
# fr: 4e7165d8
results-comma = {", "}
# fr: 1c093e6a
results-call = To call
# fr: 15b57cc4
status-eligible = Probably yes
# fr: f47319e9
status-undetermined = Maybe
# fr: 9e458d51
status-not_eligible = No, from your answers
# fr: 815d9c51
card-where = Where to go
# fr: 7e85e980
card-bring = What to bring
# fr: a8c75948
card-steps = How to ask
# fr: 8b4ac752
card-sources-loading = Loading the sources…
# fr: 54fa397f
card-sources-unavailable = The sources are not on this device yet: open this again when you have a connection.
# fr: 70db0b3a
card-sources = Sources
# fr: 8cc767ce
card-valid-since = In force since { $date }
# fr: eeeb2830
restart = Start again

# fr: dc96a800
terminal-not-understood = I did not understand. Type the number of a choice, or ? if you do not know.
# fr: e975f46c
card-why = Why
# fr: eeb258b3
card-ended = This right ended on { $date }. It is shown for the history of a case.
# fr: cf87de94
card-check = A rule of this right is uncertain or may have changed: check with the office.
# fr: b1d2df4c
card-open-by-source = Our sources do not say if this right is for your situation. Ask the office.
# fr: be778dd7
status-aged = { $year ->
    [none] Undated information: check first
   *[other] Information from { $year }: check first
}
# fr: 09945f96
answer-invalid = This answer is not valid. Check it and try again.
# fr: ba1ca2f9
answer-range = Write a whole number between { $min } and { $max }.
# fr: 0b0dca70
answer-range-years = Write an age between { $min } and { $max }, in years.
# fr: 4e16dfee
review = Review my answers
# fr: d3ba57ac
review-title = Your answers
# fr: d65a6d22
review-empty = You have not answered any question yet.
# fr: 60b827c1
change = Change
# fr: 39b68194
see-results = See the results
# fr: 5b937132
settled-title = Already certain for you
# fr: 3ff3eaa5
see-results-now = See my results
# fr: 742e375e
results-so-far = These are your results with your answers so far. The questions left can still change them.
# fr: 172f8e6c
results-so-far-continue = Continue the questions
# fr: 57910bdb
settled-more = { $count ->
    [one] and 1 more
   *[other] and { $count } more
}
# fr: e3216deb
quick-exit = Quick exit
# fr: 07b82466
notice-damaged = Some saved answers could not be read: they were ignored.
# fr: 084c7be0
card-open = To know, answer:
# fr: 10fcf4bc
card-answer = Answer
# fr: 75baa00f
card-would-change = This would apply if you answered:
# fr: 80304da7
card-more = More: how to ask, other offices, sources
# fr: a7da5474
theme = Display
# fr: adf4d26e
theme-auto = Like the phone
# fr: 249f2a79
theme-light = Light
# fr: 902b22c0
theme-dark = Dark
# fr: 32d2f2e2
theme-contrast = High contrast
# fr: b33d7914
remember = Remember my answers on this device (only if this phone is yours)
# fr: 56a23d71
card-why-not = Why not?
# fr: de41660a
card-not-yet = This right was not yet in force on that day: it starts on { $date }.

## The counsellor's one-page form (?mode=counsellor).
# fr: f53a9919
welcome-counsellor = Counsellor mode
# fr: f53a9919
counsellor-title = Counsellor mode
# fr: d5cbe80e
counsellor-intro = Ask the questions in any order: the results follow each answer. Do not write the person's name anywhere.
# fr: e5df3a98
counsellor-person-language = Language of the person
# fr: b8b83d93
counsellor-as-of = Rules as of
# fr: 813ca261
counsellor-new = New interview
# fr: d5861de1
counsellor-leave = Back to the guide
# fr: 9953c375
counsellor-questions = Questions
# fr: 37f31efc
counsellor-results = Results
# fr: 9df01332
counsellor-counts = Probably yes: { $eligible } · Maybe: { $undetermined } · No: { $not }
# fr: 39b68194
counsellor-to-results = See the results
# fr: c9d107ed
counsellor-back-to-question = Back to the question
# fr: 6e426b9e
counsellor-cannot-change = Cannot change any result now.
# fr: 77bc0a41
counsellor-apply = Apply
# fr: 8581064d
counsellor-summary = Case summary
# fr: 00d066d6
counsellor-copy = Copy
# fr: cfb453a9
counsellor-print = Print
# fr: a10fd13d
counsellor-copied = Copied.
# fr: 633240c8
counsellor-copy-failed = The text is selected: copy it with Ctrl+C.
# fr: fb58e7c3
summary-heading = Huquq — case summary
# fr: 4ba66798
summary-answers = Answers
# fr: 996d3cb8
summary-open = Still to ask
# fr: a411976a
summary-detail = { $what }: { $items }
# fr: 7b5c72e3
ngo-title = Your contact for help
# fr: 70f8c372
counsellor-summary-person = Summary in the person's language

## Hand-over to the person's phone: a QR code of the guide with the answers (src/ui/to_phone.rs).
# fr: 5fa61e53
counsellor-handover = Hand over to the person's phone
# fr: a069a041
counsellor-handover-history = This QR code opens the guide on your phone, with your answers. The phone's history keeps this address and your answers, even after quick exit.
# fr: 6da620b6
counsellor-handover-show = Show the QR code
# fr: 9d3c9e35
counsellor-handover-code = QR code: the guide with these answers, to scan with the camera of the person's phone.
# fr: 888dfb3f
counsellor-handover-sensitive-out = The answers to sensitive questions are not in it.
# fr: a769a77e
counsellor-handover-address = The address in the code
# fr: f46d4760
counsellor-handover-too-long = These answers do not fit in a QR code.

## Leaving quickly, and what is kept of the answers (only when asked).
# fr: 8c863900
quick-exit-hint = To leave at once, press "Quick exit" at the top of the screen, or Esc three times on a keyboard.
# fr: e949cd94
quick-exit-key = Leave at once (or press Esc three times)
# fr: 619eca0b
remember-sensitive = Also keep my answers to sensitive questions (they may leave traces on this phone, even after quick exit)
# fr: e0502428
save-link = Continue later
# fr: 227ee644
save-link-warning = This code holds your answers. Anyone who has it can read them in the guide. Keep it where no one else looks.
# fr: 87f86548
save-link-sensitive = Also put my answers to sensitive questions in the code
# fr: 4ca8e699
save-link-label = Your code
# fr: 24c31626
save-link-copy = Copy the code
# fr: acb89071
save-link-copied = Copied. Quick exit empties the clipboard.
# fr: 2ec24cf7
save-link-close = Close
# fr: 3ef71555
update-ready = A newer version of these rules is ready.
# fr: 1cf81317
update-reload = Reload now (your answers will be cleared)
# fr: ee1c8b7b
ngo-framed = This contact is given by the website showing this guide, not by Huquq.
# fr: eac3093a
counsellor-summary-sensitive = Include the answers to sensitive questions, and the rights they decide
# fr: 05ca1284
counsellor-export-case = Export the case for the rule authors
# fr: 3cbef930
summary-sensitive-left-out = { $count ->
        [one] One answer to a sensitive question, or a right it decides, is left out.
       *[other] { $count } answers to sensitive questions, or rights they decide, are left out.
    }

## The site owner's view (?admin=1): never shown to the person using the guide.
# fr: b4bdb893
admin-title = For the site owner
# fr: d456105f
admin-site-read = The site file { $file } was read.
# fr: 996c623b
admin-site-missing = There is no site file { $file } beside this page: no contact of yours is shown, and quick exit goes to the default page.
# fr: ce5ee931
admin-site-syntax = Line { $line }, column { $column }: write each setting as key = "text".
# fr: a85f9058
admin-site-unknown-key = Line { $line }, column { $column }: this key is not known. The keys are: { $keys }.
# fr: c39b464a
admin-site-repeated = Line { $line }, column { $column }: { $key } is set a second time; the first one is used.
# fr: dc9257fc
admin-site-bad-value = Line { $line }, column { $column }: this value is not valid for { $key }.
# fr: d99fc0dc
admin-site-no-name = ngo_phone and ngo_address are shown only with ngo, the name of the organisation.
# fr: f70f888e
admin-contact-site = The contact shown comes from the site file.
# fr: 5133c3cd
admin-contact-frame = The contact shown comes from the frame's address: it is labelled as given by the website around the guide.
# fr: 3a5eb575
admin-contact-none = No contact is shown.
# fr: c583eca0
admin-address-refused = Settings in the address that were not used: { $names }.
# fr: 25cd49d2
admin-address-unknown = { $count ->
        [one] One setting with an unknown name was ignored.
       *[other] { $count } settings with an unknown name were ignored.
    }
# fr: 0553eca5
admin-address-truncated = The address was too long: only its beginning was read.
# fr: cf173e67
admin-address-frame-only = A contact or a colour in the address is used only when the guide is inside another website's frame. To show yours here, put it in the site file.

## Dates, written the way each language writes them (Arabic: month names used in Morocco).
# fr: 1451f837
date-day = { $day } { $month } { $year }
# fr: f72e4fa1
date-month = { $month } { $year }
# fr: b4ba1a23
month-1 = January
# fr: d3552b7e
month-2 = February
# fr: 2c488701
month-3 = March
# fr: 84bd09ea
month-4 = April
# fr: 7861e0d9
month-5 = May
# fr: d1d0c77a
month-6 = June
# fr: 40086879
month-7 = July
# fr: ba0e16a2
month-8 = August
# fr: aeb82a4d
month-9 = September
# fr: 56983ba6
month-10 = October
# fr: 28ecdd78
month-11 = November
# fr: 916e85f6
month-12 = December

## An office's hours, from the rules' `hours` (days, then a part of the day or times), in
## one line; `huquq_engine::hours::say` chooses the text. Numbers stay in Latin digits.
# fr: eb3a34b8
hours-day-mon = Monday
# fr: 2606d177
hours-day-tue = Tuesday
# fr: 7023d1ef
hours-day-wed = Wednesday
# fr: 5938a77b
hours-day-thu = Thursday
# fr: 08a4f975
hours-day-fri = Friday
# fr: d2c5c55d
hours-day-sat = Saturday
# fr: 264509d5
hours-day-sun = Sunday
# fr: a3d6192b
hours-days-next = { $days }, { $day }
# fr: 402b0430
hours-days-last = { $days } and { $day }
# fr: f481d89d
hours-days-through = { $first } to { $last }
# fr: dd9ebbfe
hours-clock = { $clock }
# fr: f56d28d4
hours-days-morning = { $days } morning
# fr: b73d145e
hours-days-afternoon = { $days } afternoon
# fr: 0dac43d6
hours-days-range = { $days }, { $from } to { $to }
# fr: b60a4632
hours-morning = in the morning
# fr: e5575d7c
hours-afternoon = in the afternoon
# fr: c8db02b7
hours-range = { $from } to { $to }
# fr: 887e887e
hours-calls = by phone: { $hours }
# fr: 12c37831
hours-next = { $hours }; { $more }

## What the person takes away, and "this looks wrong".
# fr: 4f327d98
report-body = This looks wrong in Huquq: { $right }
# fr: c01fcbbd
report-version = Rules checked on { $date }
# fr: e27f4815
report-wrong = This looks wrong?
# fr: d268161e
card-elsewhere = Other offices
# fr: e9433358
card-checked = (source: { $date })
# fr: 6a9f78ce
card-whatsapp = WhatsApp
# fr: 531f2f23
results-not-applying = { $count ->
        [one] One right does not apply from your answers
       *[other] { $count } rights do not apply from your answers
    }
# fr: 5c2be857
today-title = Today
# fr: 990612cc
today-emergency = Emergency numbers
# fr: a5a15004
start-here = Start here
# fr: 842606cd
start-then = Then
# fr: 51f07e14
documents-title = Papers to bring
# fr: 1a9ae5d9
documents-for = For: { $rights }
# fr: 64dce4a0
contents = On this page
# fr: edc43454
what-if-title = What if my situation changed?
# fr: 7c377ff2
what-if-choose = Choose another answer
# fr: cfa710b2
what-if-appear = You would also have
# fr: 172e857a
what-if-go = You would no longer have
# fr: f8272db1
what-if-none = Nothing changes.
# fr: 0bf5abae
what-if-note = This is only a test: your answers stay as they are.
# fr: be6cc29c
keep-title = Things to keep
# fr: d1ccf884
keep-sensitive = Also keep what comes from my sensitive answers (violence, trafficking, pregnancy…)
# fr: 66a89e43
print-short = Print the short version (2 pages)
# fr: 0ee00ba9
print-all = Print everything
# fr: 4ce7db77
share-text = Share as text
# fr: 8bada105
share-read = Read it before you send it:
# fr: bb7a0939
share-whatsapp = Open in WhatsApp
# fr: 51171d1f
share-sms = Open in messages
# fr: fa5ad8ee
calendar = Add the deadlines to my calendar
# fr: 9c6f56cc
counter-open = Show this at the counter
# fr: 2ec24cf7
counter-close = Close
# fr: 1b853b13
counter-print = Print this card
# fr: c4ff07e6
counter-to = To the official at the counter
# fr: b738ec99
counter-asks = This person asks for: { $right }
# fr: a724952c
counter-basis = The text that grants it
# fr: 08814328
counter-check = To check, you can call
# fr: 35caf26c
calendar-counted = Counted from { $date }: { $days ->
        [one] one day
       *[other] { $days } days
    }. If it started on another day, count the days from that day.
# fr: b1bc6d50
loading-results = Loading the results…
# fr: 6d7e86ff
offline-results = The results are not on this device yet: connect to the internet once, then come back here. Your answers stay on this screen.
# fr: ef958c8c
save-link-how = To continue, open the guide and tap “I have a code to continue”.
# fr: 18de7f21
save-link-as-link = A link instead of a code?
# fr: 8ebd28c0
save-link-history = A link is easier to open, but the phone's history keeps it, with your answers, even after quick exit.
# fr: 95a32ccd
save-link-show-link = Show the link anyway
# fr: 44d55d5c
save-link-link-label = Your link
# fr: 30c8543b
save-link-copy-link = Copy the link
# fr: 980223bc
welcome-resume = I have a code to continue
# fr: ab39d3a6
resume-label = Your code (letters and numbers)
# fr: 3883f579
resume-go = Continue
# fr: 8e48f79a
resume-unreadable = This code cannot be read. Check each letter and each number.
# fr: 634e413d
resume-other-version = This code comes from another version of the guide. Please answer the questions again.
# fr: 94541db3
load-failed = The results could not load. Your answers are still here.
# fr: 877c9c06
try-again = Try again
# fr: ba199793
admin-site-too-long = Line { $line }, column { $column }: { $key } may have at most { $limit } characters; this setting is not used.
# fr: 06cd1887
admin-site-more = { $count ->
        [one] And one more mistake in this file.
       *[other] And { $count } more mistakes in this file.
    }
# fr: 3377af7c
admin-too-long = In the address, { $key } may have at most { $limit } characters.
# fr: 55057d76
admin-address-hash = The text after # in the address is not saved answers: it is ignored. In a setting, write # as %23, for example accent=%23004488.
# fr: c032e7f5
counsellor-bad-day = This day does not exist: choose a date from the calendar.
