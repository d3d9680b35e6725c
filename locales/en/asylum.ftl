## Asylum: registering with UNHCR, recognition by the BRA, protection from being sent back.

domain-asylum = Asylum

right-asylum-unhcr-registration = Applying for asylum with UNHCR
    .summary = Morocco has no asylum law yet: UNHCR (the United Nations refugee agency, called HCR in French) registers asylum claims and decides who is a refugee, together with the Moroccan authorities. If you fear for your life or your safety in your country, you can ask to be registered. There is a registration interview, then an interview about your claim, then a decision. If the answer is no, you can appeal. While you wait, UNHCR gives asylum seekers money only in life-threatening, very exceptional cases.
right-asylum-bra-recognition = Being recognised as a refugee by Morocco (BRA)
    .summary = The BRA (Bureau for Refugees and Stateless Persons, at the Ministry of Foreign Affairs) recognises as refugees people already recognised by UNHCR, after a hearing before a special commission (the interministerial ad hoc commission). The person then receives a Moroccan refugee card, valid for one year. By 12 March 2020, 847 people had been recognised this way. This commission has stopped several times, in particular from March 2017: ask UNHCR whether it meets today.
right-asylum-non-refoulement = Not being sent back to your country
    .summary = Law 02-03 (article 29) forbids sending a person back to the country of their nationality if they are a recognised refugee or if their asylum claim is pending. Always carry your UNHCR document or your BRA card.

office-unhcr-rabat = UNHCR in Rabat (10 avenue Mehdi Ben Barka, Souissi), Monday to Friday, 9:00 to 15:00. For registration: helpline +212 5 37 54 54 00, or WhatsApp +212 6 66 04 56 06
office-protection-working-group-association = An association working with UNHCR (protection working groups exist in Oujda, Tangier and Casablanca)
office-bra = The Bureau for Refugees and Stateless Persons (BRA), at the Ministry of Foreign Affairs in Rabat: go through UNHCR

step-contact-unhcr-to-register = Contact UNHCR by the helpline, by WhatsApp or at the Rabat office, and ask to be registered as an asylum seeker.
step-go-to-unhcr-interviews = Go to every UNHCR appointment: the registration interview, then the interview about your asylum claim.
step-appeal-unhcr-decision = If UNHCR says no, you receive a letter. You have 4 weeks to appeal to UNHCR. An association can help you do it.
step-ask-unhcr-about-bra-hearing = Ask UNHCR whether your file can be sent to the BRA for a hearing, and when.
step-carry-unhcr-or-bra-document = Always carry your UNHCR document or your BRA card.
