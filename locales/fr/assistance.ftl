## Aide sociale et humanitaire : Entraide Nationale, aide financière du HCR, aide de l'OIM.

domain-assistance = Aide sociale et humanitaire

right-assistance-entraide-nationale = L'aide sociale de l'Entraide Nationale
    .summary = Les programmes nationaux de solidarité et d'aide sociale sont ouverts aux migrants et aux réfugiés. Ils comprennent des programmes pour les femmes, les enfants et les personnes handicapées.
right-assistance-unhcr-cash = L'aide financière du HCR pour les réfugiés
    .summary = Le HCR peut donner une aide financière exceptionnelle, pour un temps limité. Elle est pour les réfugiés reconnus par le HCR, avec un document du HCR valide. Les demandeurs d'asile la reçoivent seulement dans des cas vitaux, très rares.
right-assistance-iom-humanitarian = L'aide humanitaire de l'OIM et de ses associations partenaires
    .summary = L'OIM (Organisation internationale pour les migrations) et ses associations partenaires aident les migrants, avec ou sans papiers. Elles donnent un hébergement d'urgence, des soins, des paniers alimentaires, des kits d'hygiène et un soutien psychologique. Cette aide dépend de projets.

office-entraide-nationale-centre = Une délégation ou un centre d'assistance sociale de l'Entraide Nationale
right-assistance-rnp-registration = S'inscrire au Registre national de la population (RNP)
    .summary = Avec une carte de séjour, vous pouvez vous inscrire au Registre national de la population. Puis votre foyer peut entrer au Registre social unifié, qui sert à choisir qui reçoit les aides. Pour les étrangers, on ne sait pas lesquelles.
office-local-administrative-authority = L'autorité administrative locale du lieu où vous habitez
office-foo-centre = La Fondation Orient-Occident (FOO), à Rabat, Casablanca, Oujda, Tanger, Fès, Marrakech ou Larache
document-residence-card-copy = Une copie de votre carte de séjour
document-birth-certificate-extract = Un extrait de votre acte de naissance
step-ask-local-authority-rnp = Demandez votre inscription au Registre national de la population à l'autorité administrative locale du lieu où vous habitez. Le HCR encourage les réfugiés qui ont une carte à s'inscrire. Ils peuvent poser leurs questions à la Fondation Orient-Occident.
step-two-witnesses-if-no-documents = Si vous n'avez pas ces documents, l'autorité locale peut accepter le témoignage de deux personnes déjà inscrites au registre.
step-ask-entraide-what-it-offers = Demandez au centre ce qu'il offre aujourd'hui. Pendant le Covid-19 en 2020, l'Entraide Nationale a donné à des migrants un hébergement, des repas ou des vêtements. Elle a aussi donné des couvertures, des produits d'hygiène, un suivi médical, une formation ou une aide sociale.
step-ask-foo-social-worker = Faites la demande auprès des travailleurs sociaux de la Fondation Orient-Occident, partenaire du HCR. Un comité examine chaque mois la situation de chaque personne.
