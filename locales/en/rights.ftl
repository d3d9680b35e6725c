## Rights (title, and .summary in plain words), their domains, documents and steps.

domain-health = Health
domain-education = Education
domain-work = Work

right-health-primary-care = Free basic health care
    .summary = Public health centres treat migrants free of charge, with or without papers. A 2008 circular of the Ministry of Health provides for it.
right-education-school-enrolment = Enrolling your children in public school
    .summary = Foreign children can be enrolled in public school, whatever their parents' papers. School is compulsory from 4 to 16.
right-work-anapec = Help from ANAPEC to find a job
    .summary = ANAPEC (the national employment agency) helps migrants with a residence card and refugees look for work: registration, interviews, workshops. In 2020, 680 migrants registered with it and 20 found a job.

document-written-request = A written request (it can be handwritten)
document-passport-copy = A copy of the passport
document-residence-card-copy-if-any = A copy of the residence card, if you have one
document-identity-and-age-proof = A civil status record or another official document that proves the child's identity and age

step-go-to-health-centre = Go to the public health centre nearest to where you live. Basic care there is free, even without papers.
