## Work and self-employment (group A): rights, offices, documents and steps.

domain-work = Work

right-work-anapec = Help from ANAPEC to find a job
    .summary = ANAPEC (the national employment agency) helps migrants with a residence card and refugees look for work: registration, interviews, workshops. In 2020, 680 migrants registered with it and 20 found a job.
right-work-contract-visa = Working as an employee: the work-contract visa
    .summary = To hire a foreigner, the employer must have the work contract stamped with a visa by the ministry in charge of labour (Labour Code, article 516). Since 1 June 2017 the request is made online, on the TAECHIR platform. Refugees do not need the ANAPEC (national employment agency) certificate that usually goes with the request; according to the 2020 report of the migration policy, regularised migrants do not either. Citizens of Senegal, Tunisia and Algeria are treated like Moroccans for employment: their contract needs no visa. Without a residence card or a refugee card, our sources do not say whether the visa can be obtained: ask an association for advice. In 2020, 271 contracts of foreigners received a visa, 44 of them for domestic workers (law 19-12).
right-work-auto-entrepreneur = Becoming a self-employed entrepreneur (auto-entrepreneur)
    .summary = With a valid residence card and a tax address in Morocco, a foreigner can take the auto-entrepreneur status like a Moroccan (law 114-13 of 2015). Yearly turnover must not go above 500,000 DH for trade, industry and crafts, and 200,000 DH for services. In 2022, Al Barid Bank issued the auto-entrepreneur card for 200 DH. Since 2023, services sold to one client above 80,000 DH a year are taxed at 30%. Careful: this status does not guarantee that your residence card will be renewed. In 2020, ANAPEC helped 77 migrants and refugees take this status.
right-work-cooperative = Setting up a cooperative
    .summary = Since law 112-12 on cooperatives was recast, migrants and refugees can join together in a cooperative. ANAPEC (the national employment agency) supports people with a project. From 2018 to 2020, the Work 4 Integration project helped migrants set up 5 cooperatives. The exact conditions for foreigners are not in our sources: ask ANAPEC.
right-work-entrepreneurship-support = Help to start your own activity
    .summary = Several services help you start an activity: the self-employment service of ANAPEC (the national employment agency) for migrants in a regular situation and refugees, and UNHCR (the UN Refugee Agency) with the association AMAPPE for refugees and asylum seekers: training and support towards an activity that brings an income. In 2020, ANAPEC registered 251 migrant and refugee project holders. Projects such as Work 4 Integration (2018-2020) have ended: ask what is open today.

office-anapec-agency = An ANAPEC agency
office-taechir-desk = The TAECHIR online platform of the ministry in charge of labour, or one of its desks
office-al-barid-bank-branch = An Al Barid Bank branch

document-valid-residence-card = Your valid residence card

step-employer-asks-contract-visa = Your employer asks for the visa of your work contract online, on the TAECHIR platform of the ministry in charge of labour.
right-work-iom-employability-2023 = IOM project for jobs and starting an activity (2023-2024, ended)
    .summary = From January 2023 to January 2024, a project of IOM (the International Organization for Migration) helped migrants, including those without papers, to find work: career guidance, job search, internships, life-skills training. It also helped write a business plan and gave grants to selected projects. This project is over: ask IOM whether a new project is open.
step-anapec-attestation-unless-exempt = Unless you are exempt (for example as a refugee or a regularised migrant), the employer adds an ANAPEC certificate: ANAPEC first calls for candidates for the job.
step-anapec-renewal-same-employer = To renew the ANAPEC certificate for the same job with the same employer (no promotion), the procedure is simpler: no call for candidates, and an answer within 48 working hours.
right-work-unhcr-job-support = Help from UNHCR and AMAPPE to find a job
    .summary = With the association AMAPPE, UNHCR (the UN Refugee Agency) assesses refugees' skills, guides them towards suitable training and supports them in finding a job. In 2020, 545 skills assessments were made. This help depends on UNHCR's funds: ask AMAPPE or a UNHCR partner.
right-work-subsidised-hiring = Subsidised contracts: help for the employer who hires you
    .summary = An employer who hires a regularised migrant or a refugee can receive a contribution under the "contrats aidés" (subsidised contracts). A procedures manual was signed in June 2020 for the Casablanca-Settat and Rabat-Salé-Kénitra regions, in the AMUDDU project. In 2020, 5 migrants got a subsidised contract. Ask ANAPEC whether this still exists, and in which region.
