## Rights (title, and .summary in plain words), their domains, documents and steps.

domain-health = Santé
domain-education = Éducation
domain-work = Emploi

right-health-primary-care = Soins de santé de base gratuits
    .summary = Les centres de santé publics soignent gratuitement les migrants, avec ou sans papiers. Une circulaire du ministère de la Santé de 2008 le prévoit.
right-education-school-enrolment = Inscrire vos enfants à l'école publique
    .summary = Les enfants étrangers peuvent être inscrits à l'école publique, quels que soient les papiers de leurs parents. L'école est obligatoire de 4 à 16 ans.
right-work-anapec = L'aide de l'ANAPEC pour trouver un emploi
    .summary = L'ANAPEC (l'agence nationale pour l'emploi) aide les migrants en situation régulière et les réfugiés à chercher un emploi : inscription, entretiens, ateliers. En 2020, 680 migrants s'y sont inscrits et 20 ont trouvé un emploi.

document-written-request = Une demande écrite (elle peut être écrite à la main)
document-passport-copy = Une copie du passeport
document-residence-card-copy-if-any = Une copie de la carte de séjour, si vous en avez une
document-identity-and-age-proof = Un acte d'état civil ou un autre document officiel qui prouve l'identité et l'âge de l'enfant

step-go-to-health-centre = Allez au centre de santé public le plus proche de chez vous. Les soins de base y sont gratuits, même sans papiers.
