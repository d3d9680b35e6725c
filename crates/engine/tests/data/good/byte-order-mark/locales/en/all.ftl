# fr: 352b8575
question-papers = Your papers?
# fr: b2f6308b
choice-papers-card = A residence card
# fr: 048f16fc
choice-papers-none = None
# fr: 318f50a8
question-has_kids = Do you have children?
# fr: 6fe60714
right-work-jobs = Help to find a job
    .summary = An agency helps you find a job.
# fr: e25ff9d1
right-education-school = School
    .summary = Children go to school.
# fr: 4dee9bd1
domain-work = Work
# fr: 11c1729d
domain-education = Education
