## Health (group A): rights, offices, documents and steps.

domain-health = Santé

right-health-primary-care = Soins de santé de base gratuits
    .summary = Les centres de santé publics soignent gratuitement les migrants, avec ou sans papiers. Une circulaire du ministère de la Santé de 2008 le prévoit. En 2020, les centres de santé ont donné 6 212 consultations à des migrants.
right-health-communicable-diseases = Soins gratuits contre les maladies transmissibles
    .summary = Depuis une circulaire du ministère de la Santé de 2003, les migrants, même sans papiers, reçoivent gratuitement la prévention et les soins des programmes contre les maladies transmissibles, comme la tuberculose ou le sida. En 2020, 448 migrants ont été suivis pour les infections sexuellement transmissibles et le sida, et 115 dans le programme contre la tuberculose.
right-health-hospital-care = Être admis·e à l'hôpital public comme les Marocains
    .summary = L'hôpital public doit admettre les patients étrangers quel que soit leur statut, dans les mêmes conditions que les Marocains (règlement intérieur des hôpitaux de 2011, article 57). Ce n'est pas gratuit : vous payez les mêmes tarifs qu'un Marocain. Certains hôpitaux demandent une preuve d'adresse ou gardent une pièce d'identité en garantie du paiement. Si on vous refuse, demandez l'aide d'une association.
right-health-emergency-care = Soins d'urgence à l'hôpital public
    .summary = En urgence, l'hôpital public doit recevoir, examiner et admettre tout malade, tout blessé et toute femme qui accouche, même s'il n'a plus de lit libre (règlement intérieur des hôpitaux, article 42). La facture ne vient qu'après le début des soins. En 2020, les urgences ont donné 853 consultations à des migrants.
right-health-maternal-care = Suivi de grossesse et accouchement
    .summary = Le suivi de grossesse se fait au centre de santé public, comme les autres soins de base, gratuits pour les migrantes (circulaire de 2008). L'accouchement, normal ou par césarienne, est gratuit dans les hôpitaux publics depuis 2008 environ. Aucun texte trouvé ne dit clairement que cette gratuité vaut pour les étrangères : demandez-le à l'hôpital. En 2020, 511 migrantes ont eu un suivi de grossesse et d'accouchement, et 94 ont été admises en maternité.
right-health-child-immunisation = Vaccination de vos enfants
    .summary = Les migrants et leurs enfants peuvent se faire vacciner au centre de santé public, dans le Programme national d'immunisation. En 2020, 1 408 migrants en ont bénéficié. Aucun texte trouvé ne dit que les vaccins sont gratuits pour eux : demandez au centre de santé.
right-health-ramed = RAMED : soins pour les personnes à faibles revenus (terminé)
    .summary = Le RAMED (Régime d'assistance médicale) donnait des soins dans les hôpitaux publics, sans payer au moment des soins, aux personnes sans assurance maladie et sans ressources suffisantes. Une convention du 26 octobre 2015 prévoyait de l'ouvrir aux immigrés et réfugiés en situation régulière qui ont peu de ressources, et à leur famille ; mais en 2020 le rapport officiel demandait encore de « poursuivre la réflexion » sur la couverture santé de ces migrants, et on ne sait pas si des migrants ont vraiment reçu la carte RAMED. Le RAMED a pris fin le 30 novembre 2022 et a été remplacé par l'AMO Tadamon ; on ne sait pas si les étrangers peuvent y entrer : demandez au HCR (Haut-Commissariat des Nations unies pour les réfugiés) ou à l'autorité locale.
right-health-psychosocial-support = Soutien psychologique
    .summary = L'OIM (Organisation internationale pour les migrations) et des associations offrent une écoute et un soutien psychologique aux migrants, quels que soient leurs papiers : écoute par téléphone, séances de groupe, aussi pour les enfants seuls. En 2020, 1 225 migrants ont reçu ce soutien de l'OIM, et 3 600 d'associations aidées par l'OIM. Ces services dépendent de projets : demandez ce qui existe près de chez vous.

office-public-hospital = L'hôpital public le plus proche
office-hospital-emergency-department = Les urgences de l'hôpital public le plus proche
office-iom-partner-association = Une association partenaire de l'OIM (Organisation internationale pour les migrations)

step-go-to-health-centre = Allez au centre de santé public le plus proche de chez vous. Les soins de base y sont gratuits, même sans papiers.
step-bring-any-identity-document = Apportez une pièce d'identité si vous en avez une. L'hôpital doit vous admettre quel que soit votre statut.
step-ask-unhcr-partner-for-care = Pour un médecin spécialiste, une hospitalisation ou des médicaments, demandez d'abord au HCR ou à l'AMPF comment ils peuvent vous aider.
office-ampf-centre = Un centre de l'AMPF (Association marocaine de planification familiale), partenaire santé du HCR
right-health-unhcr-care = Soins spécialisés avec l'aide du HCR pour les réfugiés
    .summary = Les consultations de spécialistes et les soins à l'hôpital ne sont pas gratuits. Pour les réfugiés reconnus par le HCR (Haut-Commissariat des Nations unies pour les réfugiés), ces soins spécialisés sont pris en charge par son partenaire médical, l'AMPF (Association marocaine de planification familiale), après l'orientation du centre de santé public. L'AMPF distribue aussi des médicaments donnés pour les réfugiés (2024-2026), et son programme avec le HCR est prévu jusqu'en 2028. Appelez l'AMPF de votre ville ou le HCR pour savoir ce qui est possible pour vous.
right-health-violence-care-unit = Unités pour les femmes victimes de violence à l'hôpital
    .summary = Des hôpitaux publics ont une unité pour les femmes victimes de violence, où l'on peut notamment obtenir un certificat médical. En 2020, ces unités ont reçu 27 femmes migrantes ; en 2023, une étude en a visité dans 14 hôpitaux de plusieurs villes. Demandez à l'hôpital public le plus proche s'il a une telle unité.
right-health-amo-achamil = AMO Achamil : l'assurance maladie pour qui peut payer les cotisations
    .summary = Depuis janvier 2024, les personnes sans activité (ni salariée ni indépendante) qui peuvent payer des cotisations peuvent s'inscrire à l'assurance maladie obligatoire AMO Achamil, gérée par la CNSS. Le formulaire en ligne demande aux étrangers le numéro de leur carte de séjour. Il faut d'abord être inscrit, avec sa famille, au Registre social unifié (RSU), avec un score au-dessus du seuil de l'AMO Tadamon. La cotisation est mensuelle et dépend de ce score ; les soins ne sont couverts qu'une fois les cotisations payées. Les salariés et les auto-entrepreneurs ont leur propre assurance.
office-hospital-violence-unit = L'unité de prise en charge des femmes victimes de violence de l'hôpital public
office-cnss-agency = La CNSS (Caisse nationale de sécurité sociale) : portail www.macnss.ma
document-idcs-number = Votre identifiant digital civil et social (IDCS)
document-bank-account-rib = Le relevé d'identité bancaire (RIB) du compte sur lequel la cotisation sera prélevée
step-register-household-rsu = Inscrivez ensuite votre foyer au Registre social unifié (RSU) ; l'autorité locale vous dit comment.
step-apply-on-macnss-portal = Faites la demande AMO Achamil sur le portail de la CNSS (www.macnss.ma) avec le numéro de votre carte de séjour, votre IDCS et votre RIB. Pour toute question : 39 39.
document-no-papers-needed = Rien : avec ou sans papiers, vous êtes reçu
