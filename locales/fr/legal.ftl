## Droit et justice : assistance judiciaire, aide juridique pour les réfugiés, déclaration des naissances.

domain-legal = Droit et justice

right-legal-legal-aid = L'assistance judiciaire gratuite (avocat, traduction, frais de justice)
    .summary = Si vous avez peu d'argent, l'assistance judiciaire donne un avocat et un interprète, et dispense des frais de justice. La loi 27-14 la prévoit pour les victimes de traite. Pour les autres étrangers, les textes ne sont pas d'accord.
right-legal-unhcr-legal-assistance = L'aide juridique gratuite pour les demandeurs d'asile et les réfugiés
    .summary = Les demandeurs d'asile et les réfugiés ont droit à une aide juridique gratuite par le partenaire du HCR. Il aide à porter plainte et à obtenir des documents. Il donne un avocat face à un procès pénal ou une expulsion.
right-legal-birth-registration = Déclarer la naissance de votre enfant à l'état civil
    .summary = Un enfant né au Maroc peut être inscrit à l'état civil, même de parents étrangers. Si on refuse votre déclaration, une association peut vous aider ; le HCR aussi, pour les réfugiés et les demandeurs d'asile.

office-court-legal-aid-bureau = Le bureau d'assistance judiciaire du tribunal qui traite votre affaire
office-legal-aid-association = Une association d'aide juridique aux migrants (par exemple l'OMDH, Droits et Justice, la Clinique juridique Hijra)
office-civil-status-office = Le bureau d'état civil de la commune où l'enfant est né
office-court-of-first-instance = Le tribunal de première instance du lieu de naissance

document-birth-certificate-from-doctor = Le certificat de naissance donné par le médecin, la sage-femme ou l'autorité locale, qui dit où l'enfant est né
document-parents-identity-document = Un document, quel qu'il soit, qui prouve l'identité des parents

step-ask-legal-aid-at-court = Demandez l'assistance judiciaire au bureau d'assistance judiciaire du tribunal, ou faites-vous aider par une association pour la demande.
step-declare-birth-within-30-days = Déclarez la naissance au bureau d'état civil de la commune dans les 30 jours qui suivent la naissance. Ce délai vient d'anciens textes : vérifiez-le sur place.
step-late-birth-judgment = Si les 30 jours sont passés, demandez un jugement au tribunal de première instance du lieu de naissance.
right-legal-migrant-legal-help = Conseils juridiques pour les migrants
    .summary = Des associations et des partenaires de l'OIM donnent des conseils juridiques aux migrants, avec ou sans papiers. Par exemple Droits et Justice, ou l'OMDH. Ces aides dépendent de projets : demandez ce qui existe près de chez vous.
right-legal-removal-appeal = Contester une reconduite à la frontière dans les 48 heures
    .summary = Si vous recevez une décision de reconduite à la frontière, vous avez 48 heures pour la contester. Le recours va au président du tribunal administratif, qui décide dans les 4 jours. Pendant ce recours, on ne peut pas vous renvoyer.
office-administrative-court = Le président du tribunal administratif
step-appeal-removal-within-48-hours = Dans les 48 heures après avoir reçu la décision, déposez un recours auprès du président du tribunal administratif. Demandez tout de suite l'aide d'une association ou d'un avocat.
step-ask-interpreter-and-lawyer = Dites au tribunal que vous voulez un interprète et un avocat.
step-rights-in-retention = Si vous êtes retenu en attendant le renvoi, vous pouvez demander un interprète, un médecin ou un avocat. Vous pouvez aussi contacter votre consulat ou une personne de votre choix. C'est à vous de le demander.
step-consulate-is-your-choice = Contacter votre consulat est votre choix. Si vous demandez l'asile, un lien avec les autorités de votre pays peut vous mettre en danger. Demandez d'abord conseil au HCR ou à une association.
step-unhcr-partner-omdh = L'OMDH (Organisation marocaine des droits humains), partenaire du HCR, fait ce travail à Oujda, Nador, Tanger, Rabat et Casablanca. Elle suit aussi les personnes arrêtées et donne des conseils.
