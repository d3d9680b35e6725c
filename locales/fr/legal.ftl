## Droit et justice : assistance judiciaire, aide juridique pour les réfugiés, déclaration des naissances.

domain-legal = Droit et justice

right-legal-legal-aid = L'assistance judiciaire gratuite (avocat, traduction, frais de justice)
    .summary = Si vous avez une affaire devant un tribunal et peu d'argent, l'assistance judiciaire peut vous donner un avocat, un interprète, et vous dispenser des frais de justice. Le rapport officiel de 2020 dit que les migrants et les réfugiés y ont droit, d'après le décret du 16 novembre 1966. Mais le texte de ce décret, tel qu'il est cité ailleurs, parle des personnes de nationalité marocaine. Les sources ne sont donc pas d'accord : demandez au bureau d'assistance judiciaire du tribunal, ou à une association, avant de compter dessus.
right-legal-unhcr-legal-assistance = L'aide juridique du HCR et des associations
    .summary = Le HCR (Haut-Commissariat des Nations unies pour les réfugiés) aide les demandeurs d'asile et les réfugiés : porter plainte, obtenir des documents civils ou administratifs, avoir un avocat dans une affaire pénale, être suivi en cas d'arrestation, recevoir des conseils. 354 réfugiés et demandeurs d'asile ont reçu cette aide en 2017-2018. En 2020, les associations Droits et Justice et OMDH (Organisation marocaine des droits humains) ont accompagné 678 personnes dans quatre régions (Casablanca-Settat, Rabat-Salé-Kénitra, Tanger-Tétouan-Al Hoceïma, l'Oriental).
right-legal-birth-registration = Déclarer la naissance de votre enfant à l'état civil
    .summary = Un enfant né au Maroc peut être inscrit à l'état civil, même si ses parents sont étrangers : la loi 37-99 (article 3) applique les mêmes règles aux étrangers. Déclarez la naissance au bureau d'état civil de la commune dans les 30 jours. Après 30 jours, il faut un jugement du tribunal de première instance. Si on refuse votre déclaration, le HCR (pour les réfugiés et demandeurs d'asile) ou une association peut vous aider.

office-court-legal-aid-bureau = Le bureau d'assistance judiciaire du tribunal qui traite votre affaire
office-legal-aid-association = Une association d'aide juridique aux migrants (par exemple l'OMDH, Droits et Justice, la Clinique juridique Hijra)
office-civil-status-office = Le bureau d'état civil de la commune où l'enfant est né
office-court-of-first-instance = Le tribunal de première instance du lieu de naissance

document-birth-certificate-from-doctor = Le certificat de naissance donné par le médecin, la sage-femme ou l'autorité locale, qui dit où l'enfant est né
document-parents-identity-document = Un document, quel qu'il soit, qui prouve l'identité des parents

step-ask-legal-aid-at-court = Demandez l'assistance judiciaire au bureau d'assistance judiciaire du tribunal, ou faites-vous aider par une association pour la demande.
step-declare-birth-within-30-days = Déclarez la naissance au bureau d'état civil de la commune dans les 30 jours qui suivent.
step-late-birth-judgment = Si les 30 jours sont passés, demandez un jugement au tribunal de première instance du lieu de naissance.
