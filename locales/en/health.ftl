## Health (group A): rights, offices, documents and steps.

# fr: 3cad4986
domain-health = Health

# fr: 29b3c031
right-health-primary-care = Free basic health care
    .summary = Public health centres treat migrants free of charge, with or without papers. A 2008 circular of the Ministry of Health provides for it.
# fr: 30d1f0f8
right-health-communicable-diseases = Free care for communicable diseases
    .summary = Migrants, even without papers, have free prevention and care for communicable diseases. For example, tuberculosis or AIDS. A 2003 circular of the Ministry of Health provides for it.
# fr: 8ad42955
right-health-hospital-care = Admission to a public hospital like a Moroccan
    .summary = A public hospital must admit you on the same conditions as a Moroccan, whatever your status. It is not free: you pay the same prices as a Moroccan. If you are turned away, ask an association for help.
# fr: a134a796
right-health-emergency-care = Emergency care in a public hospital
    .summary = In an emergency, a public hospital must receive, examine and admit anyone sick or injured, and any woman giving birth. It must do so even with no free bed. The bill comes only after care has started.
# fr: e9fa5875
right-health-maternal-care = Pregnancy follow-up and childbirth
    .summary = Pregnancy follow-up at the public health centre is free, like other basic care. Childbirth, normal or by caesarean, has been free in public hospitals since about 2008. No text says clearly that this applies to foreign women.
# fr: be41f04c
right-health-child-immunisation = Vaccinating your children
    .summary = Migrants and their children can be vaccinated at the public health centre, in the National Immunisation Programme. No text says the vaccines are free for them.
# fr: 9c208f88
right-health-ramed = RAMED: care for people with low income (ended)
    .summary = RAMED gave care in public hospitals, with nothing to pay at the time, to people without insurance. A 2015 agreement planned to open it to legally resident immigrants and refugees and their families. Whether they got it is not known.
# fr: ce9e1c4d
right-health-psychosocial-support = Psychological support
    .summary = IOM (the International Organization for Migration) and associations listen to and support migrants, even without papers. By phone or in groups, also for children on their own. These services depend on projects: ask what exists near you.
# fr: c4f0e5bf
right-health-iom-medical-help = IOM help to pay for care: medical tests, medicines, specialists
    .summary = IOM's partner associations help migrants in need, with or without papers. They can pay for medical tests, medicines or a visit to a specialist doctor. This help depends on projects.

# fr: dde26ecb
office-public-hospital = The nearest public hospital
# fr: 8f9cc4f6
office-hospital-emergency-department = The emergency department of the nearest public hospital
# fr: e681b240
office-iom-partner-association = An association working with IOM (the International Organization for Migration)

# fr: fe170d0c
step-go-to-health-centre = Go to the public health centre nearest to where you live. Basic care there is free, even without papers.
# fr: 99aa1070
step-bring-any-identity-document = Bring an identity document if you have one. Some hospitals ask for proof of address, or keep the identity document until you pay. The hospital must admit you whatever your status.
# fr: 347da13e
step-ask-iom-partner-for-medical-costs = Ask an association working with IOM whether it can pay for your tests, medicines or a specialist. It can also go with you to the public hospital.
# fr: 4079d660
step-ask-unhcr-partner-for-care = Do you need a specialist doctor, a hospital stay or medicines? First ask UNHCR or AMPF how they can help you.
# fr: 4c6f7fd0
office-ampf-centre = A centre of AMPF (the Moroccan Family Planning Association), UNHCR's health partner
# fr: e1158ffa
right-health-unhcr-care = Specialised care with UNHCR's help for refugees
    .summary = Specialist consultations and hospital care are not free. For refugees recognised by UNHCR, its partner AMPF covers this care, after the public health centre refers you. AMPF also gives out medicines donated for refugees.
# fr: 87caa38a
right-health-violence-care-unit = Hospital units for women victims of violence
    .summary = Some public hospitals have a unit for women victims of violence. There you can get, for example, a medical certificate. Ask the nearest public hospital whether it has one.
# fr: 476ea84b
right-health-amo-achamil = AMO Achamil: health insurance for people who can pay contributions
    .summary = Since January 2024, people with no work who can pay a monthly contribution can join the AMO Achamil health insurance. You must be in the Unified Social Register (RSU), with a score above the AMO Tadamon threshold.
# fr: 480cca13
office-hospital-violence-unit = The unit for women victims of violence at the public hospital
# fr: f5568794
office-cnss-agency = The CNSS (national social security fund): portal www.macnss.ma
# fr: 2aba8bbc
document-idcs-number = Your digital civil and social identifier (IDCS)
# fr: c394a3d4
document-bank-account-rib = The bank details (RIB) of the account the contribution will be taken from
# fr: d03b464a
step-register-household-rsu = Then register your household in the Unified Social Register (RSU); the local authority tells you how.
# fr: 130751fa
step-apply-on-macnss-portal = Apply for AMO Achamil on the CNSS portal, www.macnss.ma. Give your residence card number, your IDCS and your RIB. For questions: 39 39.
# fr: 5708e1bb
step-pay-amo-achamil-contributions = Pay the contribution every month: the amount depends on your RSU score. Care is covered only once the contributions are paid. Employees and auto-entrepreneurs have their own insurance.
# fr: 902868c2
step-ask-about-amo-tadamon = RAMED was replaced by AMO Tadamon. Whether foreigners can join it is not known. Ask UNHCR, the UN Refugee Agency, or the local authority.
# fr: 596e428a
document-no-papers-needed = Nothing: papers or not, you are received
# fr: 8999b4c3
right-health-amo-tadamon = AMO Tadamon: health insurance for people who cannot pay
    .summary = Since December 2022, AMO Tadamon covers the care of people who cannot pay a contribution. The State pays for them. Our sources do not say if foreign households can join it.
# fr: a56d0206
step-ask-unhcr-partner-about-amo-tadamon = Ask the Fondation Orient-Occident, UNHCR's partner, or the local authority whether your household can have AMO Tadamon.
