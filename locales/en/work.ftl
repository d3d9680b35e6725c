## Work and self-employment (group A): rights, offices, documents and steps.

# fr: 7e4048ea
domain-work = Work

# fr: 631adaae
right-work-anapec = Help from ANAPEC to find a job
    .summary = ANAPEC, the national employment agency, helps migrants in a regular situation and refugees look for a job. It offers registration, interviews and workshops.
# fr: 87ec87be
right-work-contract-visa = Working as an employee: the work-contract visa
    .summary = Even for domestic work, the employer who hires you needs a visa on your contract from the Ministry of Labour. Without a residence card or a refugee card, it is not known whether this is possible: ask an association.
# fr: ee0713eb
right-work-auto-entrepreneur = Becoming a self-employed entrepreneur (auto-entrepreneur)
    .summary = With a valid residence card and a tax address in Morocco, you can become an auto-entrepreneur like a Moroccan. Beware: this status does not guarantee that your residence card will be renewed.
# fr: 0b860972
right-work-social-security = Employee or auto-entrepreneur: social security and health insurance
    .summary = If you are an employee, your employer must register you with the National Social Security Fund (CNSS), like Moroccans. The texts do not require a residence card. You then have compulsory health insurance (AMO), like auto-entrepreneurs.
# fr: e860d871
right-work-cooperative = Setting up a cooperative
    .summary = Since law 112-12 was reformed, migrants and refugees can set up a cooperative. ANAPEC supports people with projects. The exact conditions for foreigners are not in our sources.
# fr: 86c31484
right-work-entrepreneurship-support = Help to start your own activity
    .summary = ANAPEC helps migrants in a regular situation and refugees start an activity. UNHCR and the association AMAPPE help refugees and asylum seekers, with training and support. Other projects have ended: ask what is open.

# fr: e0314c57
office-anapec-agency = An ANAPEC agency
# fr: bdd623ba
office-taechir-desk = The TAECHIR online platform of the ministry in charge of labour, or one of its desks
# fr: 5ba1f737
office-al-barid-bank-branch = An Al Barid Bank branch

# fr: 10a505c2
document-valid-residence-card = Your valid residence card
# fr: 71482a64
document-work-contract-copy = A copy of your work contract
# fr: 83190699
step-ask-cnss-registration-yourself = If your employer does not register you, you can ask the CNSS to register you yourself. You must prove that you have a work contract. This is hard without a written contract.
# fr: 159b64f3
step-cnss-refusals-without-card = Without a valid residence card, the CNSS sometimes refuses registration or benefits. The texts do not provide for this. An association can help you.
# fr: 759fd45b
step-cnss-proof-at-card-renewal = To renew your residence card, you may be asked for proof that you are registered with the CNSS.

# fr: 40c51a16
step-employer-asks-contract-visa = Your employer asks for the visa of your work contract on the TAECHIR platform of the Ministry of Labour. This has been online since 1 June 2017.
# fr: ea848af3
right-work-iom-employability-2023 = IOM project for jobs and starting an activity (2023-2024, ended)
    .summary = In 2023, an IOM project helped migrants, even without papers, to find work. It offered guidance, job search, internships and life skills. It also helped prepare a business plan and funded selected projects.
# fr: 1a4904cd
step-anapec-attestation-unless-exempt = The employer usually adds an ANAPEC certificate. To give it, ANAPEC first calls for candidates for the job. Refugees do not need it; according to the 2020 report, regularised migrants do not either.
# fr: c065c944
step-anapec-renewal-same-employer = To renew the ANAPEC certificate for the same job with the same employer, without promotion, the procedure is simpler. There is no call for candidates, and an answer within 48 working hours.
# fr: b13ed1a6
right-work-unhcr-job-support = Help from UNHCR and AMAPPE to find a job
    .summary = With the association AMAPPE, UNHCR assesses refugees' skills. It guides them to training and helps them find a job. This help depends on UNHCR's funds.
# fr: b991026f
right-work-subsidised-hiring = Subsidised contracts: help for the employer who hires you
    .summary = An employer who hires a regularised migrant or a refugee can get help: the "subsidised contracts". A manual was signed in June 2020 for Casablanca-Settat and Rabat-Salé-Kénitra. Ask ANAPEC whether this still exists.
# fr: acba14f3
step-treaty-nationals-no-visa = Citizens of Senegal, Tunisia and Algeria are treated like Moroccans for work. Their contract does not need this visa.
# fr: 7c62dc8d
step-auto-entrepreneur-limits = The yearly turnover must not exceed 500,000 DH for trade, industry and crafts. For services, it is 200,000 DH. Since 2023, services sold to one client above 80,000 DH a year are taxed at 30%. In 2022, Al Barid Bank issued the auto-entrepreneur card for 200 DH.
