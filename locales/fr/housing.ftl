## Housing (group A): rights and offices.

domain-housing = Logement

right-housing-social-housing = Logement social à 250 000 DH (terminé en 2020)
    .summary = Les étrangers en situation régulière pouvaient acheter un logement social à 250 000 DH, comme les Marocains. L'État payait la TVA, et l'acheteur devait y habiter au moins 4 ans. L'aide directe au logement de 2024 est réservée aux Marocains.
right-housing-low-value-housing = Logement à faible valeur immobilière (140 000 DH)
    .summary = Les étrangers en situation régulière peuvent accéder au logement à 140 000 DH, comme les Marocains. Il est réservé à certains groupes, avec un petit revenu. On ne sait pas s'il existe encore : ne payez rien avant de vous renseigner.
right-housing-emergency-shelter = Hébergement d'urgence
    .summary = Si vous n'avez nulle part où dormir, l'Entraide Nationale et des associations partenaires de l'OIM offrent un hébergement d'urgence. C'est quels que soient vos papiers, surtout pour les femmes seules ou avec de jeunes enfants. Les places sont limitées.
right-housing-trafficking-shelter = Logement protégé pour les victimes de traite
    .summary = L'OIM avait des logements protégés pour les victimes de traite, avec un suivi psychologique et juridique. En 2024, la commission nationale contre la traite préparait des hébergements d'urgence avec des associations.

office-entraide-nationale-reception-centre = Un centre d'accueil de l'Entraide Nationale
step-check-low-value-housing-groups = Ce logement est réservé aux familles des bidonvilles ou de logements qui menacent ruine. Il est aussi pour les agents de sécurité, petits fonctionnaires, salariés du privé, petits artisans et commerçants. Le revenu doit être au plus deux fois le salaire minimum. Obtenir un crédit immobilier reste difficile pour les migrants.
step-unicef-centres-for-children = L'UNICEF est le Fonds des Nations unies pour l'enfance. Il a ouvert des centres pilotes pour les enfants migrants à Oujda et à Tétouan.
step-call-trafficking-green-number = Depuis 2023, un plan national oriente les victimes vers une prise en charge. Appelez le numéro vert contre la traite ou l'OIM à Rabat pour savoir ce qui existe aujourd'hui.
