## Séjour : les deux régularisations (terminées), la carte de séjour des réfugiés, le renouvellement.

domain-residence = Séjour

right-residence-regularisation-2014 = Régularisation exceptionnelle de 2014 (terminée)
    .summary = Du 2 janvier au 31 décembre 2014, les étrangers sans papiers pouvaient demander une carte de séjour au bureau des étrangers de leur préfecture ou province. Il fallait entrer dans une de six catégories : conjoint d'un Marocain ou d'une Marocaine depuis au moins 2 ans ; conjoint d'un étranger en situation régulière depuis au moins 4 ans ; enfant de ces couples ; contrat de travail d'au moins 2 ans ; 5 ans de vie au Maroc ; maladie grave et présence au Maroc avant le 31 décembre 2013. Les opérations de 2014 et de 2016-2017 ont régularisé plus de 50 000 migrants. Cette opération est terminée.
right-residence-regularisation-2017 = Régularisation exceptionnelle de 2016-2017 (terminée)
    .summary = Du 15 décembre 2016 au 31 décembre 2017, une deuxième opération a permis aux étrangers sans papiers de demander une carte de séjour, avec les mêmes critères qu'en 2014 au départ. Les critères ont ensuite été assouplis (annonce du CNDH, le Conseil national des droits de l'Homme, en mars 2018) : les femmes et leurs enfants, les mineurs non accompagnés, les personnes qui travaillent sans contrat, les conjoints sans condition de durée, et le niveau collège à la place des 5 ans de vie au Maroc. Les deux opérations ont régularisé plus de 50 000 migrants. Cette opération est terminée.
right-residence-refugee-residence-card = Demander votre carte de séjour de réfugié·e
    .summary = Avec votre carte de réfugié du BRA (Bureau des réfugiés et apatrides), vous pouvez demander une carte de séjour (carte d'immatriculation) au service des étrangers de la préfecture de police. D'après le HCR, elle est valable un an et se renouvelle. La loi 02-03 (article 17) prévoit une carte de résidence de 10 ans pour les réfugiés, mais en pratique c'est la carte d'un an qui est donnée. En 2021, le HCR disait que seuls 45 % des réfugiés avaient une carte de séjour à jour : en cas de difficulté, demandez l'aide du HCR ou d'une association.
right-residence-card-renewal = Renouveler votre carte de séjour
    .summary = La carte de séjour se renouvelle au service des étrangers de la police (ou à la Gendarmerie). En janvier 2017, le Roi a demandé, en Conseil des ministres, que la carte soit valable 3 ans au lieu d'un an, un an après la régularisation. Nos sources ne disent pas si cette instruction est appliquée aujourd'hui : demandez quelle durée vous sera donnée. Une page d'ambassade indiquait un coût de 100 dirhams par année de validité : vérifiez la liste des pièces et le prix avant d'y aller.

office-prefecture-foreigners-office = Le bureau des étrangers de la préfecture ou de la province
office-police-foreigners-service = Le service des étrangers de la préfecture de police (ou la Gendarmerie là où il n'y a pas de police)

document-residence-card-form = Le formulaire de demande de carte de séjour, rempli
document-lease-or-residence-attestation = Un contrat de location ou une attestation de résidence
document-proof-of-means-or-contract = Une preuve de vos moyens de vivre, ou un contrat de travail
document-photos = Des photos d'identité
document-criminal-record-extract = Un extrait de casier judiciaire
document-medical-certificate = Un certificat médical

step-renew-every-year = Renouvelez la carte avant qu'elle expire, chaque année.
right-residence-minor-circulation-document = Le document de circulation pour vos enfants mineurs
    .summary = Les enfants mineurs des étrangers qui résident au Maroc reçoivent un « document de circulation », quel que soit leur âge ; son modèle a été fixé par le ministère de l'Intérieur en octobre 2020. Demandez au service des étrangers de la police comment l'obtenir pour vos enfants.
