question-papers = Your papers?
choice-papers-card = A residence card
choice-papers-none = None
right-work-jobs = Help to find a job
    .summary = An agency helps you find a job.
document-contract = The work contract
step-ask-the-agency = Ask the agency.
domain-work = Work
