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
