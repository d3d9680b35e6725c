## Housing (group A): rights and offices.

domain-housing = Logement

right-housing-social-housing = Logement social à 250 000 DH (terminé en 2020)
    .summary = De 2010 à 2020, les étrangers en situation régulière pouvaient acheter un logement social à 250 000 DH aux mêmes conditions que les Marocains : l'État payait la TVA à l'acheteur, qui devait y habiter au moins 4 ans. Ce programme a pris fin en 2020. L'aide directe au logement, créée en 2024, est réservée aux personnes de nationalité marocaine.
right-housing-low-value-housing = Logement à faible valeur immobilière (140 000 DH)
    .summary = Selon le rapport 2020 de la politique migratoire, les étrangers en situation régulière peuvent accéder au logement à 140 000 DH, créé par la loi de finances 2008, aux mêmes conditions que les Marocains. Il est réservé à certains groupes : familles des bidonvilles ou de logements qui menacent ruine, agents de sécurité et petits fonctionnaires, salariés du privé, petits artisans et commerçants, avec un revenu d'au plus deux fois le salaire minimum. On ne sait pas si ce programme existe encore : renseignez-vous avant de payer quoi que ce soit. Obtenir un crédit immobilier reste difficile pour les migrants.
right-housing-emergency-shelter = Hébergement d'urgence
    .summary = Si vous n'avez nulle part où dormir, l'Entraide Nationale (l'organisme public d'aide sociale) et des associations partenaires de l'OIM (Organisation internationale pour les migrations) offrent un hébergement d'urgence, quels que soient vos papiers, surtout aux femmes seules et aux femmes avec de jeunes enfants. L'UNICEF (le Fonds des Nations unies pour l'enfance) a ouvert des centres pilotes pour les enfants migrants à Oujda et Tétouan. Les places sont limitées. En 2020, les associations partenaires de l'OIM ont aidé 401 migrants, dont 207 femmes et 56 enfants seuls.
right-housing-trafficking-shelter = Logement protégé pour les victimes de traite
    .summary = L'OIM (Organisation internationale pour les migrations) avait un programme de logements protégés pour les victimes de traite des êtres humains, avec un suivi psychologique et juridique : en 2017-2018, elle gérait deux logements et a aidé 31 migrants victimes de traite. Depuis 2023, un plan national et un mécanisme national orientent les victimes vers une prise en charge, et en 2024 la commission nationale travaillait avec des associations et des organisations internationales à des hébergements provisoires et d'urgence. Appelez le numéro vert contre la traite ou l'OIM à Rabat pour savoir ce qui existe aujourd'hui.

office-entraide-nationale-reception-centre = Un centre d'accueil de l'Entraide Nationale
