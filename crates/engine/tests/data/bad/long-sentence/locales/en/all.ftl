question-papers = Your papers?
choice-papers-card = A residence card
choice-papers-none = None
question-has_kids = Do you have children, or children of your partner, who live with you here in Morocco now?
right-work-jobs = Help to find a job
    .summary = An agency helps you find a job.
right-education-school = School
    .summary = Children go to school. { $sex ->
        [woman] Enrol them.
       *[other] The parent who lives with them enrols them at the public school that is the nearest to home.
    }
domain-work = Work
domain-education = Education
