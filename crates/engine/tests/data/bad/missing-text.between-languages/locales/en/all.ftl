# fr: 819141ff
question-papers = Your papers?
# fr: 06f33237
choice-papers-card = A residence card
# fr: 445baeda
choice-papers-none = None
# fr: 5b60c200
question-has_kids = Do you have children?
# fr: 96e8463a
right-work-jobs = Help to find a job
    .summary = An agency helps you find a job.
# fr: a6af2339
right-education-school = School
    .summary = Children go to school.
# fr: e38fc4e5
domain-work = Work
# fr: ef3d150e
domain-education = Education
answer-yes = Yes
