# fr: c08a6e1d
question-papers = Which papers do you have?
# fr: b2f6308b
choice-papers-residence_card = A residence card
# fr: b1102fe1
choice-papers-refugee_card = A refugee card
# fr: 59a098c7
choice-papers-asylum_seeker = I have asked for asylum
# fr: af21bdc3
choice-papers-no_papers = No papers
# fr: b3532ace
question-has_children = Do you have children in Morocco?
# fr: 1bd70c29
question-children_ages = How old are they?
# fr: ab6e4701
choice-children_ages-under_1 = Under 1
# fr: e28ab72a
choice-children_ages-age_1_to_3 = 1 to 3
# fr: 1f116452
choice-children_ages-age_6_to_15 = 6 to 15
# fr: 477bf5e3
choice-children_ages-age_16_to_17 = 16 or 17
# fr: 0c57f1f5
question-age = How old are you?
# fr: da06b585
question-sex = Are you a woman or a man?
# fr: 784fe1e4
choice-sex-woman = A woman
# fr: 6fe1c60d
choice-sex-man = A man
# fr: 7cf90e0b
choice-sex-not_said = I prefer not to say
# fr: 9ba4d829
question-pregnant = Are you pregnant?
# fr: cfcfb425
question-arrival = On which day did you arrive in Morocco?
# fr: 8135868f
right-work-anapec = Help to find a job
    .summary = The employment agency helps people with a residence card find a job.
# fr: bbfe3f40
right-education-school-enrolment = School
    .summary = Every child of 6 to 15 can be enrolled at a public school.
# fr: c41cf00f
right-health-maternal-care = Care during pregnancy
    .summary = Care before and after birth at a public health centre.
# fr: 6787cc32
right-residence-regularisation = Asking for a residence card
    .summary = People who arrived before the end of November 2022 may ask for a residence card.
# fr: aff298e2
office-anapec-rabat = ANAPEC in Rabat
# fr: 3a551ad4
document-birth-certificate = The child's birth certificate
# fr: 16792f72
step-go-to-the-school = Go to the nearest public school with the child
# fr: 4dee9bd1
domain-work = Work
# fr: 11c1729d
domain-education = Education
# fr: 3cad4986
domain-health = Health
# fr: 6e6afef9
domain-residence = Residence
# fr: f04aee9a
right-legal-birth-registration = Declaring a birth
    .summary = A child born in Morocco is registered, even of foreign parents.
# fr: 92994d87
document-birth-certificate-from-doctor = The birth certificate of the doctor or the midwife
# fr: dc94ca4d
step-declare-birth-within-30-days = Declare the birth within 30 days.
# fr: 0d943124
step-late-birth-judgment = After 30 days, ask a court for a judgment.
# fr: 8f92e93a
domain-legal = Law
# fr: 71c66a60
city-rabat = Rabat
# fr: 08fb7725
right-work-contract-visa = The work contract visa
    .summary = The employer of a foreigner has the work contract visaed.
