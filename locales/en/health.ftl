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
