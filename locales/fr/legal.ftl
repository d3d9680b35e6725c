## Droit et justice : assistance judiciaire, aide juridique pour les réfugiés, déclaration des naissances.

domain-legal = Droit et justice

right-legal-legal-aid = L'assistance judiciaire gratuite (avocat, traduction, frais de justice)
    .summary = Si vous avez une affaire devant un tribunal et peu d'argent, l'assistance judiciaire peut vous donner un avocat et un interprète, et vous dispenser des frais de justice. Pour les victimes de traite, la loi 27-14 la prévoit gratuitement. Pour les autres étrangers, les sources ne sont pas d'accord (le rapport officiel de 2020 dit oui, le décret de 1966 tel qu'il est cité ailleurs parle des Marocains) : demandez au bureau d'assistance judiciaire du tribunal ou à une association.
right-legal-unhcr-legal-assistance = L'aide juridique gratuite pour les demandeurs d'asile et les réfugiés
    .summary = Les demandeurs d'asile et les réfugiés ont droit à une aide juridique gratuite par le partenaire du HCR (Haut-Commissariat des Nations unies pour les réfugiés) : porter plainte, obtenir des documents civils ou administratifs, avoir un avocat dans une affaire pénale ou face à une expulsion, être suivi·e en cas d'arrestation, recevoir des conseils. L'OMDH (Organisation marocaine des droits humains), partenaire du HCR depuis 2007, le fait à Oujda, Nador, Tanger, Rabat et Casablanca. 354 réfugiés et demandeurs d'asile ont reçu cette aide en 2017-2018.
right-legal-birth-registration = Déclarer la naissance de votre enfant à l'état civil
    .summary = Un enfant né au Maroc peut être inscrit à l'état civil, même si ses parents sont étrangers : la loi 37-99 (article 3) appliquait les mêmes règles aux étrangers, et la loi 36-21, qui l'a remplacée en 2021, donne un identifiant à l'enregistrement de la naissance de tout Marocain ou étranger résidant au Maroc. Déclarez la naissance au bureau d'état civil de la commune dans les 30 jours qui suivent la naissance. Après ce délai, il faut un jugement du tribunal de première instance. Ces délais viennent des anciens textes : vérifiez-les au bureau d'état civil. Si on refuse votre déclaration, le HCR (pour les réfugiés et demandeurs d'asile) ou une association peut vous aider.

office-court-legal-aid-bureau = Le bureau d'assistance judiciaire du tribunal qui traite votre affaire
office-legal-aid-association = Une association d'aide juridique aux migrants (par exemple l'OMDH, Droits et Justice, la Clinique juridique Hijra)
office-civil-status-office = Le bureau d'état civil de la commune où l'enfant est né
office-court-of-first-instance = Le tribunal de première instance du lieu de naissance

document-birth-certificate-from-doctor = Le certificat de naissance donné par le médecin, la sage-femme ou l'autorité locale, qui dit où l'enfant est né
document-parents-identity-document = Un document, quel qu'il soit, qui prouve l'identité des parents

step-ask-legal-aid-at-court = Demandez l'assistance judiciaire au bureau d'assistance judiciaire du tribunal, ou faites-vous aider par une association pour la demande.
step-declare-birth-within-30-days = Déclarez la naissance au bureau d'état civil de la commune dans les 30 jours qui suivent la naissance.
step-late-birth-judgment = Si les 30 jours sont passés, demandez un jugement au tribunal de première instance du lieu de naissance.
right-legal-migrant-legal-help = Conseils juridiques pour les migrants
    .summary = Des associations, comme Droits et Justice et l'OMDH (Organisation marocaine des droits humains), et des partenaires de l'OIM (Organisation internationale pour les migrations) donnent des conseils juridiques aux migrants, avec ou sans papiers. En 2020, un de ces projets a aidé 678 personnes ; ces aides dépendent de projets : demandez ce qui existe près de chez vous.
right-legal-removal-appeal = Contester une reconduite à la frontière dans les 48 heures
    .summary = Si vous recevez une décision de reconduite à la frontière, vous avez 48 heures pour la contester devant le président du tribunal administratif, qui décide dans les 4 jours ; pendant ce recours, la décision ne peut pas être exécutée. Vous pouvez demander un interprète et un avocat (loi 02-03, articles 23 et 24).
office-administrative-court = Le président du tribunal administratif
step-appeal-removal-within-48-hours = Dans les 48 heures après avoir reçu la décision, déposez un recours auprès du président du tribunal administratif. Demandez tout de suite l'aide d'une association ou d'un avocat.
step-ask-interpreter-and-lawyer = Dites au tribunal que vous voulez un interprète et un avocat.
