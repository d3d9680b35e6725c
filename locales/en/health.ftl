## Health (group A): rights, offices, documents and steps.

domain-health = Health

right-health-primary-care = Free basic health care
    .summary = Public health centres treat migrants free of charge, with or without papers. A 2008 circular of the Ministry of Health provides for it. In 2020, health centres gave 6,212 consultations to migrants.
right-health-communicable-diseases = Free care for communicable diseases
    .summary = Since a 2003 circular of the Ministry of Health, migrants, even without papers, get prevention and care free of charge in the programmes against communicable diseases, such as tuberculosis or AIDS. In 2020, 448 migrants were followed for sexually transmitted infections and AIDS, and 115 in the tuberculosis programme.
right-health-hospital-care = Admission to a public hospital like a Moroccan
    .summary = A public hospital must admit foreign patients whatever their status, on the same conditions as Moroccans (internal rules of hospitals, 2011, article 57). It is not free: you pay the same prices as a Moroccan. Some hospitals ask for proof of address or keep an identity document as a guarantee of payment. If you are turned away, ask an association for help.
right-health-emergency-care = Emergency care in a public hospital
    .summary = In an emergency, a public hospital must receive, examine and admit every patient, every injured person and every woman giving birth, even when it has no free bed (internal rules of hospitals, article 42). The bill comes only after care has started. In 2020, emergency departments gave 853 consultations to migrants.
right-health-maternal-care = Pregnancy follow-up and childbirth
    .summary = Pregnancy follow-up is done at the public health centre, like the other basic care that is free for migrant women (2008 circular). Childbirth, normal or by caesarean, has been free in public hospitals since about 2008. No text found says clearly that this applies to foreign women: ask the hospital. In 2020, 511 migrant women had pregnancy and childbirth follow-up, and 94 were admitted to a maternity ward.
right-health-child-immunisation = Vaccinating your children
    .summary = Migrants and their children can be vaccinated at the public health centre, in the National Immunisation Programme. In 2020, 1,408 migrants used it. No text found says the vaccines are free for them: ask the health centre.
right-health-ramed = RAMED: care for people with low income (ended)
    .summary = RAMED (the medical assistance scheme) gave care in public hospitals, with nothing to pay at the time of care, to people without health insurance and without enough income. A convention of 26 October 2015 planned to open it to immigrants and refugees in a regular situation with low income, and to their families; but in 2020 the official report still called for "continuing to reflect" on health coverage for these migrants, and it is not known whether any migrant really got a RAMED card. RAMED ended on 30 November 2022 and was replaced by AMO Tadamon; it is not known whether foreigners can join it: ask UNHCR (the UN Refugee Agency) or the local authority.
right-health-psychosocial-support = Psychological support
    .summary = IOM (the International Organization for Migration) and associations offer listening and psychological support to migrants, whatever their papers: listening by phone, group sessions, also for children on their own. In 2020, 1,225 migrants got this support from IOM, and 3,600 from associations helped by IOM. These services depend on projects: ask what exists near you.

office-public-hospital = The nearest public hospital
office-hospital-emergency-department = The emergency department of the nearest public hospital
office-iom-partner-association = An association working with IOM (the International Organization for Migration)

step-go-to-health-centre = Go to the public health centre nearest to where you live. Basic care there is free, even without papers.
step-bring-any-identity-document = Bring an identity document if you have one. The hospital must admit you whatever your status.
step-ask-unhcr-partner-for-care = For a specialist doctor, a hospital stay or medicines, first ask UNHCR or AMPF how they can help you.
office-ampf-centre = A centre of AMPF (the Moroccan Family Planning Association), UNHCR's health partner
right-health-unhcr-care = Specialised care with UNHCR's help for refugees
    .summary = Specialist consultations and hospital care are not free. For refugees recognised by UNHCR (the UN Refugee Agency), this specialised care is covered by its medical partner, AMPF (the Moroccan Family Planning Association), after the public health centre refers you. AMPF also hands out medicines donated for refugees (2024-2026), and its programme with UNHCR is planned until 2028. Call AMPF in your city or UNHCR to find out what is possible for you.
right-health-violence-care-unit = Hospital units for women victims of violence
    .summary = Some public hospitals have a unit for women victims of violence, where you can get, among other things, a medical certificate. In 2020 these units received 27 migrant women; in 2023 a study visited them in 14 hospitals in several cities. Ask the nearest public hospital whether it has one.
right-health-amo-achamil = AMO Achamil: health insurance for people who can pay contributions
    .summary = Since January 2024, people with no work (neither employed nor self-employed) who can pay contributions can join the compulsory health insurance AMO Achamil, run by the CNSS. The online form asks foreigners for their residence card number. You must first be registered, with your family, in the Unified Social Register (RSU), with a score above the AMO Tadamon threshold. The contribution is paid every month and depends on that score; care is covered only once contributions are paid. Employees and auto-entrepreneurs have their own insurance.
office-hospital-violence-unit = The unit for women victims of violence at the public hospital
office-cnss-agency = The CNSS (national social security fund): portal www.macnss.ma
document-idcs-number = Your digital civil and social identifier (IDCS)
document-bank-account-rib = The bank details (RIB) of the account the contribution will be taken from
step-register-household-rsu = Then register your household in the Unified Social Register (RSU); the local authority tells you how.
step-apply-on-macnss-portal = Apply for AMO Achamil on the CNSS portal (www.macnss.ma) with your residence card number, your IDCS and your RIB. For questions: 39 39.
document-no-papers-needed = Nothing: papers or not, you are received
