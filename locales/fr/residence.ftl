## Séjour : les deux régularisations (terminées), la carte de séjour des réfugiés, le renouvellement.

domain-residence = Séjour

right-residence-regularisation-2014 = Régularisation exceptionnelle de 2014 (terminée)
    .summary = Du 2 janvier au 31 décembre 2014, les étrangers sans papiers pouvaient demander une carte de séjour. Il fallait entrer dans une de six catégories. Par exemple : mariage, travail ou 5 ans de vie au Maroc.
right-residence-regularisation-2017 = Régularisation exceptionnelle de 2016-2017 (terminée)
    .summary = Du 15 décembre 2016 au 31 décembre 2017, une deuxième opération a permis de demander une carte de séjour. Au départ, les critères étaient ceux de 2014 ; ils ont été assouplis en mars 2018.
right-residence-refugee-residence-card = Demander votre carte de séjour de réfugié·e
    .summary = Avec votre carte de réfugié du Maroc, demandez une carte de séjour à la police. Selon le HCR, elle vaut un an et se renouvelle. La loi 02-03 prévoit une carte de 10 ans, mais en pratique c'est un an.
right-residence-card-renewal = Renouveler votre carte de séjour
    .summary = Vous renouvelez la carte de séjour à la police ou à la Gendarmerie. En 2017, le Roi a demandé qu'elle vaille 3 ans au lieu d'un an, un an après la régularisation. On ne sait pas si c'est appliqué aujourd'hui.

office-prefecture-foreigners-office = Le bureau des étrangers de la préfecture ou de la province
office-police-foreigners-service = Le service des étrangers de la préfecture de police (ou la Gendarmerie là où il n'y a pas de police)

document-residence-card-form = Le formulaire de demande de carte de séjour, rempli
document-lease-or-residence-attestation = Un contrat de location ou une attestation de résidence
document-proof-of-means-or-contract = Une preuve de vos moyens de vivre, ou un contrat de travail
document-photos = Des photos d'identité
document-criminal-record-extract = Un extrait de casier judiciaire
document-medical-certificate = Un certificat médical

step-renew-every-year = Renouvelez la carte avant qu'elle expire, chaque année. En cas de difficulté, demandez l'aide du HCR ou d'une association.
right-residence-minor-circulation-document = Le document de circulation pour vos enfants mineurs
    .summary = Les enfants mineurs des étrangers qui résident au Maroc reçoivent un « document de circulation », quel que soit leur âge. Son modèle a été fixé par le ministère de l'Intérieur en octobre 2020. Demandez à la police comment l'obtenir.
step-regularisation-2014-categories = Les six catégories de 2014 étaient les suivantes. Conjoint d'un Marocain ou d'une Marocaine depuis au moins 2 ans. Conjoint d'un étranger en situation régulière depuis au moins 4 ans. Enfant de ces couples. Contrat de travail d'au moins 2 ans. 5 ans de vie au Maroc. Maladie grave et présence au Maroc avant le 31 décembre 2013.
step-regularisation-2017-criteria = En mars 2018, le CNDH (Conseil national des droits de l'Homme) a annoncé des critères plus souples. Ils ouvraient la régularisation aux femmes et à leurs enfants, et aux mineurs non accompagnés. Et aussi aux personnes qui travaillent sans contrat. Les conjoints n'avaient plus de condition de durée. Le niveau collège remplaçait les 5 ans de vie au Maroc.
step-check-renewal-documents-and-price = Demandez quelle durée de carte vous sera donnée. Une page d'ambassade indiquait un coût de 100 dirhams par année de validité. Vérifiez la liste des pièces et le prix avant d'y aller.
