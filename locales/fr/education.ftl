## Education (group A): rights, offices and documents.

domain-education = Éducation

right-education-school-enrolment = L'école publique pour tous les enfants
    .summary = Tout enfant peut être inscrit à l'école publique, quels que soient ses papiers ou ceux de ses parents. L'école est obligatoire de 4 à 16 ans. Moins de 18 ans ? Une association ou l'école peut vous aider à vous inscrire.
right-education-non-formal = Éducation non formelle pour les enfants hors de l'école
    .summary = L'éducation non formelle aide les enfants qui ne vont pas à l'école, ou qui l'ont quittée. En trois ans de cours, ils peuvent revenir à l'école ou aller vers la formation professionnelle. Elle est ouverte aux enfants étrangers depuis 2013.
right-education-preschool = Préscolaire pour les enfants de 4 à 6 ans
    .summary = Des associations accueillent les enfants migrants de 4 à 6 ans pour les préparer à l'école primaire. Jeux, dessin, chant, et début de la lecture et de l'écriture en arabe. En 2019-2020, c'était dans trois régions seulement.
right-education-tayssir = Tayssir : aide en argent pour la scolarité (remplacée fin 2023)
    .summary = Tayssir donnait de l'argent aux familles si leurs enfants allaient à l'école. En décembre 2023, il a été remplacé par l'aide sociale directe, qui demande d'être au Registre social unifié. On ne sait pas si les familles étrangères la reçoivent.
right-education-schoolbags = Un cartable pour l'école
    .summary = L'initiative royale « Un million de cartables » donne un cartable aux élèves de familles pauvres. Les enfants de migrants y ont droit comme les enfants marocains.
right-education-unhcr-education-cash = Aide du HCR pour la scolarité des enfants réfugiés
    .summary = Le HCR aide les enfants réfugiés inscrits à l'école publique. Il donne un kit scolaire et une bourse deux fois par mois. Il rembourse les cours de soutien de la moitié des élèves du primaire et du secondaire.

office-unhcr-partner-association = Une association partenaire du HCR (Haut-Commissariat des Nations unies pour les réfugiés)

document-written-request = Une demande écrite (elle peut être écrite à la main)
document-passport-copy = Une copie du passeport
document-residence-card-copy-if-any = Une copie de la carte de séjour, si vous en avez une
document-identity-and-age-proof = Un acte d'état civil ou un autre document officiel qui prouve l'identité et l'âge de l'enfant
right-education-higher-education = Études supérieures et assurance maladie des étudiants
    .summary = Les étrangers qui résident au Maroc entrent à l'université publique aux mêmes conditions que les Marocains. Une convention de 2021 avec le HCR vise aussi les réfugiés. Ils sont aidés à s'inscrire à l'assurance maladie des étudiants (AMO-étudiant).
right-education-school-support-classes = Cours de soutien scolaire pour les enfants migrants
    .summary = Des associations, avec l'aide de l'État, donnent des cours de soutien scolaire aux enfants migrants. Demandez à la direction provinciale de l'Éducation nationale s'il y en a près de chez vous.
right-education-iom-school-costs = Aide de l'OIM pour les frais d'école
    .summary = L'OIM (Organisation internationale pour les migrations) aide de jeunes migrants qui vont à l'école. Elle paie leur transport, leurs livres et leurs fournitures. Elle choisit qui elle aide, selon ses projets : demandez à une association partenaire.
right-education-summer-camps = Colonies de vacances et activités pour les jeunes
    .summary = Le ministère de la Jeunesse réserve des places aux jeunes immigrés et réfugiés dans ses colonies de vacances et voyages. Ils ont aussi accès aux maisons de jeunes et au sport. Un enfant sans ses parents a besoin d'une autorisation.
office-university = L'université ou l'établissement public d'enseignement supérieur de votre choix
office-school-support-association = Une association qui donne des cours de soutien scolaire aux enfants migrants
office-youth-directorate = La direction régionale ou provinciale du ministère chargé de la Jeunesse
office-youth-centre = Une maison de jeunes
step-ask-school-about-schoolbag-cash = Depuis septembre 2024, une partie de l'initiative est versée en argent : 200 ou 300 DH par enfant. Elle va aux familles qui reçoivent l'aide sociale directe. On ne sait pas si les familles étrangères la reçoivent : demandez à l'école.
