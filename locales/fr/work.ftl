## Work and self-employment (group A): rights, offices, documents and steps.

domain-work = Emploi

right-work-anapec = L'aide de l'ANAPEC pour trouver un emploi
    .summary = L'ANAPEC, l'agence nationale pour l'emploi, aide les migrants en situation régulière et les réfugiés à chercher un emploi. Elle propose une inscription, des entretiens et des ateliers.
right-work-contract-visa = Travailler comme salarié : le visa du contrat de travail
    .summary = L'employeur qui vous embauche, même pour le travail domestique, doit faire viser votre contrat par le ministère du Travail. Sans carte de séjour ni carte de réfugié, on ne sait pas si c'est possible : demandez à une association.
right-work-auto-entrepreneur = Devenir auto-entrepreneur
    .summary = Avec une carte de séjour valide et un domicile fiscal au Maroc, vous pouvez devenir auto-entrepreneur comme un Marocain. Attention : ce statut ne garantit pas le renouvellement de la carte de séjour.
right-work-social-security = Salarié ou auto-entrepreneur : la sécurité sociale et l'assurance maladie
    .summary = Si vous êtes salarié, votre employeur doit vous déclarer à la Caisse nationale de sécurité sociale (CNSS), comme un Marocain. Les textes ne demandent pas de carte de séjour. Vous avez alors l'assurance maladie obligatoire (AMO), comme les auto-entrepreneurs.
right-work-cooperative = Créer une coopérative
    .summary = Depuis la refonte de la loi 112-12, les migrants et les réfugiés peuvent créer une coopérative. L'ANAPEC accompagne les porteurs de projets. Les conditions exactes pour les étrangers ne sont pas dans nos sources.
right-work-entrepreneurship-support = Aide pour créer votre activité
    .summary = L'ANAPEC aide les migrants en situation régulière et les réfugiés à créer une activité. Le HCR et l'association AMAPPE aident les réfugiés et les demandeurs d'asile : formations et accompagnement. D'autres projets sont terminés : demandez ce qui est ouvert.

office-anapec-agency = Une agence de l'ANAPEC
office-taechir-desk = La plateforme en ligne TAECHIR du ministère chargé du Travail, ou l'un de ses guichets
office-al-barid-bank-branch = Une agence d'Al Barid Bank

document-valid-residence-card = Votre carte de séjour valide
document-work-contract-copy = Une copie de votre contrat de travail

step-ask-cnss-registration-yourself = Si votre employeur ne vous déclare pas, vous pouvez demander vous-même votre inscription à la CNSS. Il faut prouver que vous avez un contrat de travail. C'est difficile sans contrat écrit.
step-cnss-refusals-without-card = Sans carte de séjour valide, la CNSS refuse parfois l'inscription ou les prestations. Les textes ne le prévoient pas. Une association peut vous aider.
step-cnss-proof-at-card-renewal = Pour renouveler votre carte de séjour, on peut vous demander la preuve de votre déclaration à la CNSS.

step-employer-asks-contract-visa = Votre employeur demande le visa de votre contrat en ligne, sur la plateforme TAECHIR du ministère du Travail. C'est en ligne depuis le 1er juin 2017.
right-work-iom-employability-2023 = Projet de l'OIM pour l'emploi et la création d'activité (2023-2024, terminé)
    .summary = En 2023, un projet de l'OIM aidait les migrants, même sans papiers, à trouver du travail. Il proposait orientation, recherche d'emploi, stages et compétences de vie. Il aidait aussi à préparer un plan d'affaires et finançait des projets choisis.
step-anapec-attestation-unless-exempt = L'employeur joint d'habitude une attestation de l'ANAPEC. Pour la donner, l'ANAPEC lance d'abord un appel à candidatures pour le poste. Les réfugiés n'en ont pas besoin ; selon le rapport 2020, les migrants régularisés non plus.
step-anapec-renewal-same-employer = Pour renouveler l'attestation de l'ANAPEC au même poste chez le même employeur, sans promotion, la procédure est simplifiée. Pas d'appel à candidatures, et une réponse en 48 heures ouvrables.
right-work-unhcr-job-support = Aide du HCR et de l'AMAPPE pour trouver un emploi
    .summary = Avec l'association AMAPPE, le HCR fait le bilan des compétences des réfugiés. Il les oriente vers une formation et les aide à trouver un emploi. Cette aide dépend des fonds du HCR.
right-work-subsidised-hiring = Contrats aidés : une aide à l'employeur qui vous embauche
    .summary = Un employeur qui embauche un migrant régularisé ou un réfugié peut recevoir une aide : les « contrats aidés ». Un manuel a été signé en juin 2020 pour Casablanca-Settat et Rabat-Salé-Kénitra. Demandez à l'ANAPEC si ce dispositif existe encore.
step-treaty-nationals-no-visa = Les citoyens du Sénégal, de la Tunisie et de l'Algérie sont traités comme des Marocains pour l'emploi. Leur contrat n'a pas besoin de ce visa.
step-auto-entrepreneur-limits = Le chiffre d'affaires annuel ne doit pas dépasser 500 000 DH pour le commerce, l'industrie et l'artisanat. Pour les services, c'est 200 000 DH. Depuis 2023, au-delà de 80 000 DH par an vendus à un même client, les services sont imposés à 30 %. En 2022, Al Barid Bank délivrait la carte d'auto-entrepreneur contre 200 DH.
