## Questions of the interview and their choices. Keys: question-<id>, choice-<id>-<choice>.

# fr: 83c94127
question-need = What do you need help with now? Tick all that apply.
# fr: 3cad4986
choice-need-health = Health
# fr: a631e7c9
choice-need-papers = Papers and asylum
# fr: b1a3031c
choice-need-work = Work or a business
# fr: 877482b9
choice-need-school = School and training
# fr: 7ae085c5
choice-need-housing = Housing
# fr: 39456aa8
choice-need-safety = Safety
# fr: 4fe8359f
choice-need-other = Something else

# fr: fc4e87d5
question-papers = Which papers do you have in Morocco?
# fr: fa2c0808
choice-papers-residence_card = A valid residence card
# fr: 444ec7aa
choice-papers-refugee_card = A Moroccan refugee card
# fr: 124e84db
choice-papers-unhcr_refugee = Refugee recognised by UNHCR, no Moroccan card
# fr: 2b3328f6
choice-papers-asylum_seeker = Asylum asked of UNHCR, waiting
# fr: dcf34ef5
choice-papers-syrian_protected = Syrian, heard by the Refugee Bureau, no card
# fr: 618c6949
choice-papers-short_stay = Passport, less than 3 months in Morocco
# fr: bc487699
choice-papers-no_papers = No papers, or an expired card

# fr: 9a985754
question-has_children = Do you have children with you in Morocco?

# fr: e4dbc49b
question-children_ages = How old are your children? Tick all that apply.
# fr: ab6e4701
choice-children_ages-under_1 = Under 1 year old
# fr: e28ab72a
choice-children_ages-age_1_to_3 = 1 to 3 years old
# fr: 5661a63b
choice-children_ages-age_4_to_5 = 4 or 5 years old
# fr: 1f116452
choice-children_ages-age_6_to_15 = 6 to 15 years old
# fr: 477bf5e3
choice-children_ages-age_16_to_17 = 16 or 17 years old

# fr: 0c57f1f5
question-age = How old are you?
# fr: cc77de07
question-alone_minor = Are you in Morocco without your parents and without another adult who looks after you?
# fr: 85e3da22
question-sex = Are you a woman or a man? This helps us show services for women and skip questions that do not concern you.
# fr: 784fe1e4
choice-sex-woman = A woman
# fr: 6fe1c60d
choice-sex-man = A man
# fr: 7cf90e0b
choice-sex-not_said = I prefer not to say
# fr: 9ba4d829
question-pregnant = Are you pregnant?
# fr: d5f5abef
question-violence = Are you suffering violence, or did you suffer violence recently, at home or elsewhere?
# fr: d242565b
question-trafficking = Has someone forced you to work, to beg or to have sex, or taken your papers to control you?
# fr: c8e33bc7
question-wants_return = Do you want to go back to your country, with help?

## --- Group A (health, housing, training, work, education) ---

# fr: 49e750bb
question-homeless = Do you have nowhere safe to sleep?
# fr: 3e4c9160
question-low_income = Do you, or the family you live with, have very little money: too little for health care or basic needs?

## --- Group B (asylum, residence, legal, assistance, protection, return) ---

# fr: 57867059
question-fears_return = Are you afraid of being in danger (persecution, serious violence) if you go back to your country?
# fr: 7551a8a5
question-removal_order = Have you received a decision ordering you to leave Morocco or to be taken to the border?

## --- Where the person lives ---

# fr: 99ce077e
question-region = In which region of Morocco do you live? Offices near you will be shown first.
# fr: 5b4e2892
choice-region-tanger_tetouan_al_hoceima = Tanger-Tétouan-Al Hoceïma
# fr: 5627771d
choice-region-oriental = Oriental
# fr: 26b2836e
choice-region-fes_meknes = Fès-Meknès
# fr: 88722371
choice-region-rabat_sale_kenitra = Rabat-Salé-Kénitra
# fr: 707a1aae
choice-region-beni_mellal_khenifra = Béni Mellal-Khénifra
# fr: a32f40a1
choice-region-casablanca_settat = Casablanca-Settat
# fr: 64eef008
choice-region-marrakech_safi = Marrakech-Safi
# fr: 149d25c5
choice-region-draa_tafilalet = Drâa-Tafilalet
# fr: 08335679
choice-region-souss_massa = Souss-Massa
# fr: 5e0d4cf4
choice-region-guelmim_oued_noun = Guelmim-Oued Noun
# fr: d2a39c20
choice-region-laayoune_sakia_el_hamra = Laâyoune-Sakia El Hamra
# fr: 44f6cfb7
choice-region-dakhla_oued_ed_dahab = Dakhla-Oued Ed-Dahab
