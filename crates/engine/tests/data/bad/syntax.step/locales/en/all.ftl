question-papers = Your papers?
choice-papers-card = A residence card
choice-papers-none = None
right-work-jobs = Help to find a job
    .summary = An agency helps you find a job.
step-ask-the-agency = Ask the agency.
step-bring-the-contract = Bring the contract.
domain-work = Work
