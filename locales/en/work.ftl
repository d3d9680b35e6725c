## Work and self-employment (group A): rights, offices, documents and steps.

domain-work = Work

right-work-anapec = Help from ANAPEC to find a job
    .summary = ANAPEC (the national employment agency) helps migrants with a residence card and refugees look for work: registration, interviews, workshops. In 2020, 680 migrants registered with it and 20 found a job.
right-work-contract-visa = Working as an employee: the work-contract visa
    .summary = To hire a foreigner, the employer must have the work contract stamped with a visa by the ministry in charge of labour (Labour Code, article 516). Since 1 June 2017 the request is made online, on the TAECHIR platform. Refugees do not need the ANAPEC (national employment agency) certificate that usually goes with the request; according to the 2020 report of the migration policy, regularised migrants do not either. In 2020, 271 contracts of foreigners received a visa; from 2015 to 2020, 749, of which 12 for refugees.
right-work-auto-entrepreneur = Becoming a self-employed entrepreneur (auto-entrepreneur)
    .summary = With a valid residence card and a tax address in Morocco, a foreigner can take the auto-entrepreneur status like a Moroccan (law 114-13 of 2015). Yearly turnover must not go above 500,000 DH for trade, industry and crafts, and 200,000 DH for services. In 2022, Al Barid Bank issued the auto-entrepreneur card for 200 DH. Since 2023, services sold to one client above 80,000 DH a year are taxed at 30%. Careful: this status does not guarantee that your residence card will be renewed. In 2020, ANAPEC helped 77 migrants and refugees take this status.
right-work-cooperative = Setting up a cooperative
    .summary = Since law 112-12 on cooperatives was recast, migrants and refugees can join together in a cooperative. ANAPEC (the national employment agency) supports people with a project. From 2018 to 2020, the Work 4 Integration project helped migrants set up 5 cooperatives. The exact conditions for foreigners are not in our sources: ask ANAPEC.
right-work-entrepreneurship-support = Help to start your own activity
    .summary = Several programmes help migrants in a regular situation and refugees start an activity: the self-employment service of ANAPEC (the national employment agency), UNHCR (the UN Refugee Agency) with the association AMAPPE for refugees, and projects of IOM (the International Organization for Migration) that help write a business plan and give grants to selected projects. In 2020, ANAPEC registered 251 migrant and refugee project holders. These projects have an end date: ask what is open today.

office-anapec-agency = An ANAPEC agency
office-taechir-desk = The TAECHIR online platform of the ministry in charge of labour, or one of its desks
office-al-barid-bank-branch = An Al Barid Bank branch

document-valid-residence-card = Your valid residence card

step-employer-asks-contract-visa = Your employer asks for the visa of your work contract online, on the TAECHIR platform of the ministry in charge of labour.
