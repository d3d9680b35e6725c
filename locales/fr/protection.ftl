## Protection : enfants non accompagnés, victimes de traite, victimes de violence, pas d'éloignement des mineurs et des femmes enceintes.

domain-protection = Protection

right-protection-unaccompanied-child = Protection des enfants seuls au Maroc
    .summary = Un enfant de moins de 18 ans qui est au Maroc sans ses parents peut être protégé. En 2020, 12 unités de protection de l'enfance (Casablanca, Agadir, Tanger, Meknès, Essaouira, Oujda, Tétouan, Sidi Kacem, Béni Mellal, Salé, Taza, Marrakech) recevaient aussi les enfants migrants ; la protection de l'enfance est en train d'être réorganisée dans chaque province. Le numéro gratuit 2511 reçoit les signalements sur tout enfant en danger, et son centre donne un avocat gratuit aux enfants victimes. En 2024, l'OIM a repéré 1 024 enfants non accompagnés, dont 639 étrangers.
right-protection-trafficking-victim = Protection des victimes de traite
    .summary = Si quelqu'un vous force à travailler, à mendier ou à avoir des relations sexuelles, ou garde vos papiers pour vous contrôler, vous êtes peut-être victime de traite. La loi 27-14 prévoit pour les victimes une protection, des soins médicaux, un soutien psychologique et social, et l'assistance judiciaire gratuite. La justice peut aussi vous protéger (article 82-1-5 du code de procédure pénale).
right-protection-trafficking-refugee-fund = L'aide du HCR pour les réfugiés victimes de traite
    .summary = Le HCR (Haut-Commissariat des Nations unies pour les réfugiés) a créé un fonds pour les réfugiés et demandeurs d'asile victimes de traite : une aide financière chaque mois, et un accompagnement juridique et médical. 247 personnes l'ont reçue en 2017-2018. Demandez au HCR si ce fonds existe encore.
right-protection-violence-victim = Écoute et aide pour les victimes de violence
    .summary = Les femmes victimes de violence, migrantes comprises, peuvent être écoutées et aidées dans les centres d'assistance sociale de l'Entraide Nationale et dans les 40 espaces multifonctionnels pour les femmes. Selon le HCR, les femmes victimes de violence ont droit à une aide médicale et peuvent porter plainte dans les commissariats spécialisés dans la lutte contre la violence faite aux femmes. Des associations formées par le HCR, à Oujda, Tanger et Casablanca, accompagnent aussi les victimes de violence. Ces lieux sont prévus pour les femmes : un homme victime de violence peut demander où trouver de l'aide.
right-protection-no-removal-minor-pregnant = Pas d'éloignement pour les mineurs et les femmes enceintes
    .summary = La loi 02-03 (article 29) interdit d'éloigner du Maroc un étranger mineur (moins de 18 ans) ou une femme étrangère enceinte.

office-child-protection-unit = Une unité de protection de l'enfance
office-women-multifunctional-space = Un espace multifonctionnel pour les femmes (EMF)
office-public-prosecutor = Le procureur du Roi au tribunal de première instance
