## Questions of the interview and their choices. Keys: question-<id>, choice-<id>-<choice>.

question-need = De quoi avez-vous besoin maintenant ? Cochez tout ce qui correspond.
choice-need-health = Santé
choice-need-papers = Papiers et asile
choice-need-work = Travail ou entreprise
choice-need-school = École et formation
choice-need-housing = Logement
choice-need-safety = Sécurité
choice-need-other = Autre chose

question-papers = Quels papiers avez-vous au Maroc ?
choice-papers-residence_card = Une carte de séjour valide
choice-papers-refugee_card = Une carte de réfugié du Maroc
choice-papers-unhcr_refugee = Réfugié·e reconnu·e par le HCR, sans carte du Maroc
choice-papers-asylum_seeker = Asile demandé au HCR, en attente
choice-papers-syrian_protected = Syrien·ne entendu·e par le Bureau des réfugiés, sans carte
choice-papers-short_stay = Passeport, moins de 3 mois au Maroc
choice-papers-no_papers = Pas de papiers, ou carte expirée

question-has_children = Avez-vous des enfants avec vous au Maroc ?

question-children_ages = Quel âge ont vos enfants ? Cochez tout ce qui correspond.
choice-children_ages-under_1 = Moins d'un an
choice-children_ages-age_1_to_3 = De 1 à 3 ans
choice-children_ages-age_4_to_5 = 4 ou 5 ans
choice-children_ages-age_6_to_15 = De 6 à 15 ans
choice-children_ages-age_16_to_17 = 16 ou 17 ans

question-age = Quel âge avez-vous ?
question-alone_minor = Êtes-vous au Maroc sans vos parents et sans un autre adulte qui s'occupe de vous ?
question-sex = Êtes-vous une femme ou un homme ? Cela sert à montrer les services pour les femmes et à éviter des questions qui ne vous concernent pas.
choice-sex-woman = Une femme
choice-sex-man = Un homme
choice-sex-not_said = Je préfère ne pas le dire
question-pregnant = Êtes-vous enceinte ?
question-violence = Subissez-vous de la violence, ou en avez-vous subi récemment, à la maison ou ailleurs ?
question-trafficking = Quelqu'un vous a-t-il obligé·e à travailler, à mendier ou à avoir des relations sexuelles ? Ou a-t-il pris vos papiers pour vous contrôler ?
question-wants_return = Voulez-vous rentrer dans votre pays avec une aide ?

## --- Group A (health, housing, training, work, education) ---

question-homeless = Êtes-vous sans endroit sûr où dormir ?
question-low_income = Avez-vous très peu d'argent, vous ou la famille avec qui vous vivez ? Trop peu pour payer les soins ou les besoins de base ?

## --- Group B (asylum, residence, legal, assistance, protection, return) ---

question-fears_return = Avez-vous peur d'être en danger (persécution, violence grave) si vous retournez dans votre pays ?
question-removal_order = Avez-vous reçu une décision qui vous ordonne de quitter le Maroc ou de vous reconduire à la frontière ?

## --- Where the person lives ---

question-region = Dans quelle région du Maroc vivez-vous ? Les bureaux proches de chez vous seront montrés en premier.
choice-region-tanger_tetouan_al_hoceima = Tanger-Tétouan-Al Hoceïma
choice-region-oriental = L'Oriental
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
