## Law and justice: legal aid, legal help for refugees, birth registration.

domain-legal = Law and justice

right-legal-legal-aid = Free legal aid (lawyer, translation, court fees)
    .summary = If you have a case before a court and little money, legal aid can give you a lawyer and an interpreter, and spare you the court fees. For victims of trafficking, law 27-14 makes it free. For other foreigners the sources disagree (the official 2020 report says yes; the 1966 decree, as quoted elsewhere, speaks of Moroccans): ask the court's legal aid office or an association.
right-legal-unhcr-legal-assistance = Free legal help for asylum seekers and refugees
    .summary = Asylum seekers and refugees have the right to free legal help from UNHCR's partner (UNHCR is the United Nations refugee agency): filing a complaint, getting civil or administrative documents, having a lawyer in a criminal case or when facing expulsion, follow-up after an arrest, advice. OMDH (Moroccan Organisation for Human Rights), UNHCR's partner since 2007, does this in Oujda, Nador, Tangier, Rabat and Casablanca. 354 refugees and asylum seekers received this help in 2017-2018.
right-legal-birth-registration = Registering your child's birth
    .summary = A child born in Morocco can be registered in the civil register, even if the parents are foreigners: law 37-99 (article 3) applied the same rules to foreigners, and law 36-21, which replaced it in 2021, gives an identifier at the registration of the birth of any Moroccan or foreigner living in Morocco. Declare the birth at the civil status office of the commune within 30 days of the birth. After that, a judgment of the court of first instance is needed. These deadlines come from the older texts: check them at the civil status office. If your declaration is refused, UNHCR (for refugees and asylum seekers) or an association can help you.

office-court-legal-aid-bureau = The legal aid office of the court dealing with your case
office-legal-aid-association = An association giving legal help to migrants (for example OMDH, Droits et Justice, the Clinique juridique Hijra)
office-civil-status-office = The civil status office of the commune where the child was born
office-court-of-first-instance = The court of first instance of the place of birth

document-birth-certificate-from-doctor = The birth certificate from the doctor, the midwife or the local authority, saying where the child was born
document-parents-identity-document = Any document that proves the parents' identity

step-ask-legal-aid-at-court = Ask for legal aid at the court's legal aid office, or get an association to help you with the request.
step-declare-birth-within-30-days = Declare the birth at the civil status office of the commune within 30 days of the birth.
step-late-birth-judgment = If the 30 days have passed, ask the court of first instance of the place of birth for a judgment.
right-legal-migrant-legal-help = Legal advice for migrants
    .summary = Associations such as Droits et Justice and OMDH (Moroccan Organisation for Human Rights), and partners of IOM (the International Organization for Migration), give legal advice to migrants, with or without papers. In 2020 one of these projects helped 678 people; the help depends on projects, so ask what exists near you.
right-legal-removal-appeal = Challenging a removal to the border within 48 hours
    .summary = If you receive a decision to take you to the border (reconduite à la frontière), you have 48 hours to challenge it before the president of the administrative court, who decides within 4 days; while the appeal is pending, the decision cannot be carried out. You can ask for an interpreter and a lawyer (law 02-03, articles 23 and 24).
office-administrative-court = The president of the administrative court
step-appeal-removal-within-48-hours = Within 48 hours of receiving the decision, lodge an appeal with the president of the administrative court. Ask an association or a lawyer for help straight away.
step-ask-interpreter-and-lawyer = Tell the court that you want an interpreter and a lawyer.
