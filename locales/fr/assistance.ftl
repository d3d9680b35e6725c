## Aide sociale et humanitaire : Entraide Nationale, aide financière du HCR, aide de l'OIM.

domain-assistance = Aide sociale et humanitaire

right-assistance-entraide-nationale = L'aide sociale de l'Entraide Nationale
    .summary = Les programmes nationaux de solidarité et d'aide sociale, y compris ceux pour les femmes, les enfants et les personnes en situation de handicap, sont ouverts aux migrants et aux réfugiés. Pendant la crise du Covid-19 en 2020, l'Entraide Nationale (l'organisme public d'aide sociale) a donné à près de 2 140 migrants un hébergement, des repas, des vêtements, des couvertures, des produits d'hygiène, un suivi médical, une formation ou une aide sociale. Cette liste date de 2020 : demandez au centre ce qu'il offre aujourd'hui.
right-assistance-unhcr-cash = L'aide financière du HCR pour les réfugiés
    .summary = Le HCR (Haut-Commissariat des Nations unies pour les réfugiés) peut donner une aide financière, exceptionnelle et pour un temps limité, aux réfugiés qu'il a reconnus et qui ont un document du HCR valide. Un comité se réunit chaque mois et examine la situation de chaque personne. Les demandeurs d'asile ne la reçoivent que dans des situations vitales, très exceptionnelles. Les demandes passent par les travailleurs sociaux de la Fondation Orient-Occident, partenaire du HCR. Au premier semestre 2018, 1 297 familles l'ont reçue.
right-assistance-iom-humanitarian = L'aide humanitaire de l'OIM et de ses associations partenaires
    .summary = L'OIM (Organisation internationale pour les migrations) travaille avec des associations dans 8 régions du Maroc. Elles donnent aux migrants, avec ou sans papiers, un hébergement d'urgence, des soins, des paniers alimentaires, des kits d'hygiène et un soutien psychologique. De janvier à novembre 2020, plus de 50 000 aides ont été données à 26 039 migrants. Cette aide dépend de projets qui commencent et finissent : demandez ce qui existe près de chez vous.

office-entraide-nationale-centre = Une délégation ou un centre d'assistance sociale de l'Entraide Nationale
right-assistance-rnp-registration = S'inscrire au Registre national de la population (RNP)
    .summary = Les étrangers qui résident au Maroc avec une carte de séjour peuvent s'inscrire au Registre national de la population, puis inscrire leur foyer au Registre social unifié (RSU), qui sert à choisir qui reçoit les aides sociales. Le HCR encourage les réfugiés qui ont une carte à le faire ; on ne sait pas encore quelles aides un étranger inscrit peut recevoir.
office-local-administrative-authority = L'autorité administrative locale du lieu où vous habitez
office-foo-centre = La Fondation Orient-Occident (FOO), à Rabat, Casablanca, Oujda, Tanger, Fès, Marrakech ou Larache
document-residence-card-copy = Une copie de votre carte de séjour
document-birth-certificate-extract = Un extrait de votre acte de naissance
step-ask-local-authority-rnp = Demandez votre inscription au Registre national de la population à l'autorité administrative locale du lieu où vous habitez. Les réfugiés peuvent poser leurs questions à la Fondation Orient-Occident.
step-two-witnesses-if-no-documents = Si vous n'avez pas ces documents, l'autorité locale peut accepter le témoignage de deux personnes déjà inscrites au registre.
