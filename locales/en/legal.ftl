## Law and justice: legal aid, legal help for refugees, birth registration.

domain-legal = Law and justice

right-legal-legal-aid = Free legal aid (lawyer, translation, court fees)
    .summary = If you have little money, legal aid gives you a lawyer and an interpreter, and spares you the court fees. Law 27-14 provides it for victims of trafficking. For other foreigners, the texts disagree.
right-legal-unhcr-legal-assistance = Free legal help for asylum seekers and refugees
    .summary = Asylum seekers and refugees have the right to free legal help from UNHCR's partner. It helps you file a complaint and get documents. It gives you a lawyer in a criminal case or against expulsion.
right-legal-birth-registration = Registering your child's birth
    .summary = A child born in Morocco can be registered in the civil register, even if the parents are foreigners. If your declaration is refused, an association can help you; so can UNHCR, for refugees and asylum seekers.

office-court-legal-aid-bureau = The legal aid office of the court dealing with your case
office-legal-aid-association = An association giving legal help to migrants (for example OMDH, Droits et Justice, the Clinique juridique Hijra)
office-civil-status-office = The civil status office of the commune where the child was born
office-court-of-first-instance = The court of first instance of the place of birth

document-birth-certificate-from-doctor = The birth certificate from the doctor, the midwife or the local authority, saying where the child was born
document-parents-identity-document = Any document that proves the parents' identity

step-ask-legal-aid-at-court = Ask for legal aid at the court's legal aid office, or get an association to help you with the request.
step-declare-birth-within-30-days = Declare the birth at the civil status office of the commune within 30 days of the birth. This deadline comes from older texts: check it there.
step-late-birth-judgment = If the 30 days have passed, ask the court of first instance of the place of birth for a judgment.
right-legal-migrant-legal-help = Legal advice for migrants
    .summary = Associations and partners of IOM give legal advice to migrants, with or without papers. For example Droits et Justice, or OMDH. The help depends on projects: ask what exists near you.
right-legal-removal-appeal = Challenging a removal to the border within 48 hours
    .summary = If you receive a decision to take you to the border, you have 48 hours to challenge it. The president of the administrative court decides within 4 days. Until then, you cannot be sent away.
office-administrative-court = The president of the administrative court
step-appeal-removal-within-48-hours = Within 48 hours of receiving the decision, lodge an appeal with the president of the administrative court. Ask an association or a lawyer for help straight away.
step-ask-interpreter-and-lawyer = Tell the court that you want an interpreter and a lawyer.
step-unhcr-partner-omdh = OMDH (the Moroccan Organisation for Human Rights), UNHCR's partner, does this in Oujda, Nador, Tangier, Rabat and Casablanca. It also follows people who are arrested and gives advice.
