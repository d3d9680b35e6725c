## Law and justice: legal aid, legal help for refugees, birth registration.

# fr: 2ee9205a
domain-legal = Law and justice

# fr: 52321308
right-legal-legal-aid = Free legal aid (lawyer, translation, court fees)
    .summary = If you have little money, legal aid gives you a lawyer and an interpreter, and spares you the court fees. Law 27-14 provides it for victims of trafficking. For other foreigners, the texts disagree.
# fr: dce8017f
right-legal-unhcr-legal-assistance = Free legal help for asylum seekers and refugees
    .summary = Asylum seekers and refugees have the right to free legal help from UNHCR's partner. It helps you file a complaint and get documents. It gives you a lawyer in a criminal case or against expulsion.
# fr: bc47eaa9
right-legal-birth-registration = Registering your child's birth
    .summary = A child born in Morocco can be registered in the civil register, even if the parents are foreigners. If your declaration is refused, an association can help you; so can UNHCR, for refugees and asylum seekers.

# fr: ac7857e5
office-court-legal-aid-bureau = The legal aid office of the court dealing with your case
# fr: f9337c1b
office-legal-aid-association = An association giving legal help to migrants (for example OMDH, Droits et Justice, the Clinique juridique Hijra)
# fr: 879654f2
office-civil-status-office = The civil status office of the commune where the child was born
# fr: cd42ecd7
office-court-of-first-instance = The court of first instance of the place of birth

# fr: e805077d
document-birth-certificate-from-doctor = The birth certificate from the doctor, the midwife or the local authority, saying where the child was born
# fr: 25f3e6e5
document-parents-identity-document = Any document that proves the parents' identity

# fr: 958e3ad8
step-ask-legal-aid-at-court = Ask for legal aid at the court's legal aid office, or get an association to help you with the request.
# fr: e52923d0
step-declare-birth-within-30-days = Declare the birth at the civil status office of the commune within 30 days of the birth. This deadline comes from older texts: check it there.
# fr: 6da262e8
step-late-birth-judgment = If the 30 days have passed, ask the court of first instance of the place of birth for a judgment.
# fr: f939cb12
right-legal-migrant-legal-help = Legal advice for migrants
    .summary = Associations and partners of IOM give legal advice to migrants, with or without papers. For example Droits et Justice, or OMDH. The help depends on projects: ask what exists near you.
# fr: a99b0356
right-legal-removal-appeal = Challenging a removal to the border within 48 hours
    .summary = If you receive a decision to take you to the border, you have 48 hours to challenge it. The president of the administrative court decides within 4 days. Until then, you cannot be sent away.
# fr: ed9e3e1b
office-administrative-court = The president of the administrative court
# fr: 0614ca47
step-appeal-removal-within-48-hours = Within 48 hours of receiving the decision, lodge an appeal with the president of the administrative court. Ask an association or a lawyer for help straight away.
# fr: 428aa6a2
step-ask-interpreter-and-lawyer = Tell the court that you want an interpreter and a lawyer.
# fr: e4f1b1cf
step-rights-in-retention = If you are held before being sent away, you can ask for an interpreter, a doctor or a lawyer. You can also contact your consulate or a person of your choice. You have to ask for this.
# fr: ec176c4f
step-consulate-is-your-choice = Contacting your consulate is your choice. If you are seeking asylum, a link with your country's authorities can put you in danger. First ask UNHCR or an association for advice.
# fr: edd0740a
step-unhcr-partner-omdh = OMDH (the Moroccan Organisation for Human Rights), UNHCR's partner, does this in Oujda, Nador, Tangier, Rabat and Casablanca. It also follows people who are arrested and gives advice.
