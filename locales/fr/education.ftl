## Education (group A): rights, offices and documents.

domain-education = Éducation

right-education-school-enrolment = L'école publique pour tous les enfants
    .summary = Tout enfant étranger peut être inscrit à l'école publique, quels que soient ses papiers ou ceux de ses parents. L'école est obligatoire de 4 à 16 ans. Si vous avez moins de 18 ans, ce droit est le vôtre : une association ou l'école peut vous aider à vous inscrire. En 2019-2020, 3 207 enfants étrangers ont été inscrits dans les écoles de 12 académies régionales.
right-education-non-formal = Éducation non formelle pour les enfants hors de l'école
    .summary = Pour les enfants qui ne vont pas à l'école ou qui l'ont quittée, l'éducation non formelle propose des cours sur trois ans pour revenir à l'école ou aller vers la formation professionnelle. Des associations la donnent avec le ministère de l'Éducation nationale, et la circulaire de 2013 l'ouvre aux enfants étrangers. En 2019-2020, 302 migrants étaient dans des classes financées par le ministère, et 125 dans des classes d'associations partenaires.
right-education-preschool = Préscolaire pour les enfants de 4 à 6 ans
    .summary = Depuis 2017, des associations soutenues par le ministère chargé des Marocains résidant à l'étranger accueillent les enfants migrants de 4 à 6 ans pour les préparer à l'école primaire : jeux, dessin, chant, et préparation à la lecture et à l'écriture en arabe. En 2019-2020, 144 enfants en ont profité, dans trois régions seulement : Casablanca-Settat (96), Béni Mellal-Khénifra (24) et Souss-Massa (24).
right-education-tayssir = Tayssir : aide en argent pour la scolarité (remplacée fin 2023)
    .summary = Tayssir était une aide sociale : de l'argent donné aux familles à condition que leurs enfants aillent à l'école. En 2019-2020, 254 enfants de familles migrantes en ont bénéficié. Selon la presse, Tayssir a été fondu en décembre 2023 dans l'aide sociale directe (loi 58-23), qui demande d'être inscrit au Registre social unifié. Nos sources ne disent pas si les familles étrangères reçoivent cette aide : demandez à l'école ou à l'autorité locale.
right-education-schoolbags = Un cartable pour l'école
    .summary = L'initiative royale « Un million de cartables » donne un cartable aux élèves de familles pauvres, y compris aux enfants de migrants, comme aux enfants marocains. En 2019-2020, 617 élèves migrants en ont reçu un (505 en 2018-2019). Depuis septembre 2024, une partie de l'initiative est versée en argent (200 ou 300 DH par enfant) aux familles qui reçoivent l'aide sociale directe ; on ne sait pas si les familles étrangères la reçoivent. Demandez à l'école.
right-education-unhcr-education-cash = Aide du HCR pour la scolarité des enfants réfugiés
    .summary = Le HCR (Haut-Commissariat des Nations unies pour les réfugiés) aide les enfants réfugiés inscrits à l'école publique : un kit scolaire, une bourse versée deux fois par mois, et, pour la moitié des élèves du primaire et du secondaire, le remboursement des cours de soutien. En 2020, il a aidé 323 enfants en crèche, 756 en primaire et 182 au secondaire. Ce programme dépend des fonds du HCR : demandez à ses partenaires.

office-unhcr-partner-association = Une association partenaire du HCR (Haut-Commissariat des Nations unies pour les réfugiés)

document-written-request = Une demande écrite (elle peut être écrite à la main)
document-passport-copy = Une copie du passeport
document-residence-card-copy-if-any = Une copie de la carte de séjour, si vous en avez une
document-identity-and-age-proof = Un acte d'état civil ou un autre document officiel qui prouve l'identité et l'âge de l'enfant
right-education-higher-education = Études supérieures et assurance maladie des étudiants
    .summary = Les étrangers qui résident au Maroc entrent à l'université publique dans les mêmes conditions que les Marocains, selon le rapport 2020 de la politique migratoire. Une convention de 2021 entre le ministère de l'Éducation nationale et le HCR porte aussi sur l'accès des réfugiés à l'enseignement supérieur. Les étudiants étrangers sont aidés à s'inscrire à l'assurance maladie obligatoire des étudiants (AMO-étudiant, loi 116-12). Demandez les conditions et les pièces à l'établissement.
right-education-school-support-classes = Cours de soutien scolaire pour les enfants migrants
    .summary = Des associations soutenues par le ministère chargé des Marocains résidant à l'étranger donnent des cours de soutien scolaire aux enfants migrants, avec le ministère de l'Éducation nationale. En 2019-2020, 11 associations ont aidé 425 élèves, surtout à Casablanca-Settat, Rabat-Salé-Kénitra et Fès-Meknès. Demandez à la direction provinciale de l'Éducation nationale s'il y a des cours près de chez vous.
right-education-iom-school-costs = Aide de l'OIM pour les frais d'école
    .summary = L'OIM (Organisation internationale pour les migrations) paie le transport, les livres et les fournitures scolaires de jeunes migrants qui vont à l'école. En 2020, 126 jeunes en ont bénéficié. L'OIM choisit qui elle aide, selon ses projets : demandez à une association partenaire de l'OIM.
right-education-summer-camps = Colonies de vacances et activités pour les jeunes
    .summary = Des places sont réservées aux enfants et aux jeunes immigrés et réfugiés dans les colonies de vacances et les voyages du ministère chargé de la Jeunesse. Chaque année, une centaine d'enfants immigrés et réfugiés y participent (les colonies ont été suspendues en 2020 à cause du COVID-19). Les maisons de jeunes et les activités sportives leur sont aussi ouvertes. Un enfant qui est au Maroc sans ses parents a besoin d'une autorisation pour participer. Demandez dans une maison de jeunes ou à la direction régionale du ministère chargé de la Jeunesse.
office-university = L'université ou l'établissement public d'enseignement supérieur de votre choix
office-school-support-association = Une association qui donne des cours de soutien scolaire aux enfants migrants
office-youth-directorate = La direction régionale ou provinciale du ministère chargé de la Jeunesse
office-youth-centre = Une maison de jeunes
