## Protection : enfants non accompagnés, victimes de traite, victimes de violence, pas d'éloignement des mineurs et des femmes enceintes.

domain-protection = Protection

right-protection-unaccompanied-child = Protection des enfants seuls au Maroc
    .summary = Un enfant de moins de 18 ans au Maroc sans ses parents peut être protégé. Des unités de protection de l'enfance reçoivent aussi les enfants migrants. La protection de l'enfance est réorganisée dans chaque province.
right-protection-child-in-danger = Protection d'un enfant en danger
    .summary = Un enfant de moins de 18 ans victime de violence, même chez lui, peut être protégé. Le 2511 reçoit les signalements. Des unités de protection de l'enfance reçoivent aussi les enfants migrants.
right-protection-trafficking-victim = Protection des victimes de traite
    .summary = Vous êtes peut-être victime de traite. La loi 27-14 vous donne une protection, des soins, un soutien psychologique et social, et l'assistance judiciaire gratuite. La justice peut aussi vous protéger (code de procédure pénale, article 82-1-5).
right-protection-trafficking-refugee-fund = L'aide du HCR pour les réfugiés victimes de traite
    .summary = Le HCR a créé un fonds pour les réfugiés et demandeurs d'asile victimes de traite. Il donne une aide financière chaque mois, et un accompagnement juridique et médical. Demandez au HCR si ce fonds existe encore.
right-protection-violence-victim = Écoute et aide pour les victimes de violence
    .summary = Les femmes victimes de violence, migrantes comprises, peuvent être écoutées et aidées. Elles peuvent aller dans un centre de l'Entraide Nationale ou un espace multifonctionnel pour les femmes. Un homme victime de violence peut y demander où trouver de l'aide.
right-protection-no-removal-minor-pregnant = Pas d'éloignement pour les mineurs et les femmes enceintes
    .summary = La loi 02-03 (article 29) interdit d'éloigner du Maroc un étranger de moins de 18 ans ou une étrangère enceinte.

office-child-protection-unit = Une unité de protection de l'enfance
office-women-multifunctional-space = Un espace multifonctionnel pour les femmes (EMF)
office-public-prosecutor = Le procureur du Roi au tribunal de première instance
step-call-2511-child-in-danger = Le 2511 est un numéro gratuit pour signaler un enfant en danger. Son centre donne un avocat gratuit aux enfants victimes.
step-violence-medical-help-and-complaint = Les femmes victimes de violence ont droit à une aide médicale. Elles peuvent porter plainte dans un commissariat spécialisé dans la violence faite aux femmes. À Oujda, Tanger et Casablanca, des associations formées par le HCR accompagnent aussi les victimes.
