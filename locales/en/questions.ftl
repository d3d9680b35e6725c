## Questions of the interview and their choices. Keys: question-<id>, choice-<id>-<choice>.

question-papers = Which papers do you have in Morocco?
choice-papers-residence_card = I have a valid residence card (carte d'immatriculation or carte de résidence)
choice-papers-refugee_card = I am a recognised refugee with a refugee card from the Bureau for Refugees and Stateless Persons (BRA)
choice-papers-unhcr_refugee = UNHCR recognised me as a refugee, but I do not have a Moroccan refugee card yet
choice-papers-asylum_seeker = I asked UNHCR (the United Nations refugee agency) for asylum and I am waiting for the answer
choice-papers-syrian_protected = I am Syrian. The Bureau for Refugees and Stateless Persons heard me: I am protected, but have no refugee card
choice-papers-short_stay = I have a passport and I have been in Morocco for less than three months
choice-papers-no_papers = I have no papers, or my card has expired

question-has_children = Do you have children with you in Morocco?

question-children_ages = How old are your children? Tick all that apply.
choice-children_ages-under_4 = Under 4
choice-children_ages-age_4_to_5 = 4 or 5 years old
choice-children_ages-age_6_to_15 = 6 to 15 years old
choice-children_ages-age_16_to_17 = 16 or 17 years old

question-age = How old are you?
question-alone_minor = Are you in Morocco without your parents and without another adult who looks after you?
question-sex = Are you a woman or a man? This helps us show services for women and skip questions that do not concern you.
choice-sex-woman = A woman
choice-sex-man = A man
choice-sex-not_said = I prefer not to say
question-pregnant = Are you pregnant?
question-violence = Are you suffering violence, or did you suffer violence recently, at home or elsewhere?
question-trafficking = Has someone forced you to work, to beg or to have sex, or taken your papers to control you?
question-wants_return = Do you want to go back to your country, with help?

## --- Group A (health, housing, training, work, education) ---

question-homeless = Do you have nowhere safe to sleep?
question-low_income = Do you, or the family you live with, have very little money: too little for health care or basic needs?

## --- Group B (asylum, residence, legal, assistance, protection, return) ---

question-fears_return = Are you afraid of being in danger (persecution, serious violence) if you go back to your country?
question-removal_order = Have you received a decision ordering you to leave Morocco or to be taken to the border?

## --- Where the person lives ---

question-region = In which region of Morocco do you live? Offices near you will be shown first.
choice-region-tanger_tetouan_al_hoceima = Tanger-Tétouan-Al Hoceïma
choice-region-oriental = Oriental
choice-region-fes_meknes = Fès-Meknès
choice-region-rabat_sale_kenitra = Rabat-Salé-Kénitra
choice-region-beni_mellal_khenifra = Béni Mellal-Khénifra
choice-region-casablanca_settat = Casablanca-Settat
choice-region-marrakech_safi = Marrakech-Safi
choice-region-draa_tafilalet = Drâa-Tafilalet
choice-region-souss_massa = Souss-Massa
choice-region-guelmim_oued_noun = Guelmim-Oued Noun
choice-region-laayoune_sakia_el_hamra = Laâyoune-Sakia El Hamra
choice-region-dakhla_oued_ed_dahab = Dakhla-Oued Ed-Dahab
