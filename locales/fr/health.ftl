## Health (group A): rights, offices, documents and steps.

domain-health = Santé

right-health-primary-care = Soins de santé de base gratuits
    .summary = Les centres de santé publics soignent gratuitement les migrants, avec ou sans papiers. Une circulaire du ministère de la Santé de 2008 le prévoit.
right-health-communicable-diseases = Soins gratuits contre les maladies transmissibles
    .summary = Les migrants, même sans papiers, ont droit à la prévention et aux soins gratuits contre les maladies transmissibles. Par exemple, la tuberculose ou le sida. Une circulaire du ministère de la Santé de 2003 le prévoit.
right-health-hospital-care = Être admis·e à l'hôpital public comme les Marocains
    .summary = L'hôpital public doit vous admettre aux mêmes conditions qu'un Marocain, quel que soit votre statut. Ce n'est pas gratuit : vous payez les mêmes tarifs qu'un Marocain. Si on vous refuse, demandez l'aide d'une association.
right-health-emergency-care = Soins d'urgence à l'hôpital public
    .summary = En urgence, l'hôpital public doit recevoir, examiner et admettre tout malade ou blessé, et toute femme qui accouche. Il le doit même sans lit libre. La facture ne vient qu'après le début des soins.
right-health-maternal-care = Suivi de grossesse et accouchement
    .summary = Le suivi de grossesse au centre de santé public est gratuit, comme les autres soins de base. L'accouchement, normal ou par césarienne, est gratuit à l'hôpital public depuis 2008 environ. Pour les étrangères, aucun texte ne le dit clairement.
right-health-child-immunisation = Vaccination de vos enfants
    .summary = Les migrants et leurs enfants peuvent se faire vacciner au centre de santé public, dans le Programme national d'immunisation. Aucun texte ne dit que les vaccins sont gratuits pour eux.
right-health-ramed = RAMED : soins pour les personnes à faibles revenus (terminé)
    .summary = Le RAMED soignait à l'hôpital public, sans payer au moment des soins, les personnes sans assurance. Un accord de 2015 devait l'ouvrir aux immigrés et réfugiés en situation régulière et à leur famille. On ne sait pas s'ils l'ont eu.
right-health-psychosocial-support = Soutien psychologique
    .summary = L'OIM (Organisation internationale pour les migrations) et des associations écoutent et soutiennent les migrants, même sans papiers. Par téléphone ou en groupe, aussi pour les enfants seuls. Ces services dépendent de projets : demandez ce qui existe près de chez vous.
right-health-iom-medical-help = Aide de l'OIM pour payer des soins : analyses, médicaments, spécialistes
    .summary = Les associations partenaires de l'OIM aident les migrants dans le besoin, avec ou sans papiers. Elles peuvent payer des analyses, des médicaments ou une consultation chez un spécialiste. Cette aide dépend de projets.

office-public-hospital = L'hôpital public le plus proche
office-hospital-emergency-department = Les urgences de l'hôpital public le plus proche
office-iom-partner-association = Une association partenaire de l'OIM (Organisation internationale pour les migrations)

step-go-to-health-centre = Allez au centre de santé public le plus proche de chez vous. Les soins de base y sont gratuits, même sans papiers.
step-bring-any-identity-document = Apportez une pièce d'identité si vous en avez une. Certains hôpitaux demandent une preuve d'adresse, ou gardent la pièce d'identité jusqu'au paiement. L'hôpital doit vous admettre quel que soit votre statut.
step-ask-iom-partner-for-medical-costs = Demandez à une association partenaire de l'OIM si elle peut payer vos analyses, vos médicaments ou un spécialiste. Elle peut aussi vous accompagner à l'hôpital public.
step-ask-unhcr-partner-for-care = Besoin d'un médecin spécialiste, d'une hospitalisation ou de médicaments ? Demandez d'abord au HCR ou à l'AMPF comment ils peuvent vous aider.
office-ampf-centre = Un centre de l'AMPF (Association marocaine de planification familiale), partenaire santé du HCR
right-health-unhcr-care = Soins spécialisés avec l'aide du HCR pour les réfugiés
    .summary = Les consultations de spécialistes et l'hôpital ne sont pas gratuits. Pour les réfugiés reconnus par le HCR, son partenaire l'AMPF couvre ces soins, sur orientation du centre de santé public. L'AMPF donne aussi des médicaments offerts aux réfugiés.
right-health-violence-care-unit = Unités pour les femmes victimes de violence à l'hôpital
    .summary = Des hôpitaux publics ont une unité pour les femmes victimes de violence. On peut y obtenir, par exemple, un certificat médical. Demandez à l'hôpital public le plus proche s'il en a une.
right-health-amo-achamil = AMO Achamil : l'assurance maladie pour qui peut payer les cotisations
    .summary = Depuis janvier 2024, l'assurance maladie AMO Achamil est ouverte aux personnes sans travail qui peuvent payer une cotisation chaque mois. Il faut être inscrit au Registre social unifié (RSU), avec un score au-dessus du seuil de l'AMO Tadamon.
office-hospital-violence-unit = L'unité de prise en charge des femmes victimes de violence de l'hôpital public
office-cnss-agency = La CNSS (Caisse nationale de sécurité sociale) : portail www.macnss.ma
document-idcs-number = Votre identifiant digital civil et social (IDCS)
document-bank-account-rib = Le relevé d'identité bancaire (RIB) du compte sur lequel la cotisation sera prélevée
step-register-household-rsu = Inscrivez ensuite votre foyer au Registre social unifié (RSU) ; l'autorité locale vous dit comment.
step-apply-on-macnss-portal = Faites la demande AMO Achamil sur le portail de la CNSS, www.macnss.ma. Donnez le numéro de votre carte de séjour, votre IDCS et votre RIB. Pour toute question : 39 39.
step-pay-amo-achamil-contributions = Payez la cotisation chaque mois : son montant dépend de votre score au RSU. Les soins ne sont couverts qu'une fois les cotisations payées. Les salariés et les auto-entrepreneurs ont leur propre assurance.
step-ask-about-amo-tadamon = Le RAMED a été remplacé par l'AMO Tadamon. On ne sait pas si les étrangers peuvent y entrer. Demandez au HCR, l'agence des Nations unies pour les réfugiés, ou à l'autorité locale.
document-no-papers-needed = Rien : avec ou sans papiers, vous êtes reçu
right-health-amo-tadamon = AMO Tadamon : l'assurance maladie pour qui ne peut pas payer
    .summary = Depuis décembre 2022, l'AMO Tadamon couvre les soins des personnes qui ne peuvent pas payer de cotisation. L'État paie pour elles. Nos sources ne disent pas si les foyers étrangers y ont droit.
step-ask-unhcr-partner-about-amo-tadamon = Demandez à la Fondation Orient-Occident, partenaire du HCR, ou à l'autorité locale si votre foyer peut avoir l'AMO Tadamon.
