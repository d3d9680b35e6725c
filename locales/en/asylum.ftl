## Asylum: registering with UNHCR, recognition by the BRA, protection from being sent back.

# fr: 206d7748
domain-asylum = Asylum

# fr: 2b95a9ec
right-asylum-unhcr-registration = Applying for asylum with UNHCR
    .summary = UNHCR is the United Nations refugee agency (HCR in French). If you fear for your life or safety in your country, you can ask it for asylum. Morocco has no asylum law yet: UNHCR decides who is a refugee.
# fr: 413d71cd
right-asylum-bra-recognition = Being recognised as a refugee by Morocco (BRA)
    .summary = The Bureau for Refugees and Stateless Persons (BRA) can recognise refugees already recognised by UNHCR. It does so after a hearing before a special commission. You then receive a Moroccan refugee card, valid for one year.
# fr: 263b5b16
right-asylum-non-refoulement = Not being sent back to your country
    .summary = Law 02-03 (article 29) forbids sending you back to the country of your nationality. This applies if you are a recognised refugee, or if your asylum claim is pending.

# fr: 5c5643b1
office-unhcr-rabat = UNHCR in Rabat (for registration: the helpline or WhatsApp)
# fr: b46ed889
office-protection-working-group-association = An association working with UNHCR (protection working groups exist in Oujda, Tangier and Casablanca)
# fr: 807e0caf
office-bra = The Bureau for Refugees and Stateless Persons (BRA), at the Ministry of Foreign Affairs in Rabat: go through UNHCR

# fr: 3ec80ba4
step-contact-unhcr-to-register = Contact UNHCR by the helpline, by WhatsApp or at the Rabat office. Ask to be registered as an asylum seeker.
# fr: d7c9b495
step-go-to-unhcr-interviews = Go to every UNHCR appointment: the registration interview, then the interview about your asylum claim.
# fr: ed9276a2
step-appeal-unhcr-decision = If UNHCR says no, you receive a letter. You have 4 weeks to appeal to UNHCR. An association can help you do it.
# fr: a0fb0db3
step-ask-unhcr-about-bra-hearing = Ask UNHCR if and when your file can go to the Bureau for Refugees and Stateless Persons for a hearing. Its commission has stopped several times, in particular from March 2017.
# fr: a740256c
step-carry-unhcr-or-bra-document = Always carry your UNHCR document or your Moroccan refugee card.
# fr: 274bf8be
step-money-while-waiting = While you wait, UNHCR gives asylum seekers no money. It does so only in very rare cases, when their life is in danger.
