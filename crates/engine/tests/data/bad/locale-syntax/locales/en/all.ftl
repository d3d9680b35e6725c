question-papers = Your papers?
choice-papers-card = A residence card
choice-papers-none = None
question-has_kids = Do you have children?
right-work-jobs = Help to find a job
    .summary = An agency helps you find a job.
right-education-school = School
    .summary = Children go to school.
domain-work Work
domain-education = Education
