## Work and self-employment (group A): rights, offices, documents and steps.

domain-work = Emploi

right-work-anapec = L'aide de l'ANAPEC pour trouver un emploi
    .summary = L'ANAPEC (l'agence nationale pour l'emploi) aide les migrants en situation régulière et les réfugiés à chercher un emploi : inscription, entretiens, ateliers. En 2020, 680 migrants s'y sont inscrits et 20 ont trouvé un emploi.
right-work-contract-visa = Travailler comme salarié : le visa du contrat de travail
    .summary = Pour embaucher un étranger, l'employeur doit faire viser le contrat de travail par le ministère chargé du Travail (Code du travail, article 516). Depuis le 1er juin 2017, la demande se fait en ligne, sur la plateforme TAECHIR. Les réfugiés n'ont pas besoin de l'attestation de l'ANAPEC (l'agence nationale pour l'emploi) qui accompagne d'habitude la demande ; selon le rapport 2020 de la politique migratoire, les migrants régularisés non plus. Les citoyens du Sénégal, de la Tunisie et de l'Algérie sont traités comme des Marocains pour l'emploi : leur contrat n'a pas besoin de ce visa. Sans carte de séjour ni carte de réfugié, nos sources ne disent pas si le visa peut être obtenu : demandez conseil à une association. En 2020, 271 contrats d'étrangers ont été visés, dont 44 de travailleuses et travailleurs domestiques (loi 19-12).
right-work-auto-entrepreneur = Devenir auto-entrepreneur
    .summary = Avec une carte de séjour valide et un domicile fiscal au Maroc, un étranger peut prendre le statut d'auto-entrepreneur comme un Marocain (loi 114-13 de 2015). Le chiffre d'affaires annuel ne doit pas dépasser 500 000 DH pour le commerce, l'industrie et l'artisanat, et 200 000 DH pour les services. En 2022, Al Barid Bank délivrait la carte d'auto-entrepreneur contre 200 DH. Depuis 2023, les services vendus à un même client au-delà de 80 000 DH par an sont imposés à 30 %. Attention : ce statut ne garantit pas le renouvellement de la carte de séjour. En 2020, l'ANAPEC a aidé 77 migrants et réfugiés à prendre ce statut.
right-work-cooperative = Créer une coopérative
    .summary = Depuis la refonte de la loi 112-12 sur les coopératives, les migrants et les réfugiés peuvent se regrouper en coopérative. L'ANAPEC (l'agence nationale pour l'emploi) accompagne les porteurs de projets. De 2018 à 2020, le projet Work 4 Integration a aidé des migrants à créer 5 coopératives. Les conditions exactes pour les étrangers ne sont pas dans nos sources : demandez à l'ANAPEC.
right-work-entrepreneurship-support = Aide pour créer votre activité
    .summary = Plusieurs services aident à créer une activité : le service d'auto-emploi de l'ANAPEC (l'agence nationale pour l'emploi) pour les migrants en situation régulière et les réfugiés, et le HCR (Haut-Commissariat des Nations unies pour les réfugiés) avec l'association AMAPPE pour les réfugiés et les demandeurs d'asile : formations et accompagnement vers une activité qui rapporte un revenu. En 2020, l'ANAPEC a inscrit 251 porteurs de projets migrants et réfugiés. Des projets comme Work 4 Integration (2018-2020) sont terminés : demandez ce qui est ouvert aujourd'hui.

office-anapec-agency = Une agence de l'ANAPEC
office-taechir-desk = La plateforme en ligne TAECHIR du ministère chargé du Travail, ou l'un de ses guichets
office-al-barid-bank-branch = Une agence d'Al Barid Bank

document-valid-residence-card = Votre carte de séjour valide

step-employer-asks-contract-visa = Votre employeur demande le visa de votre contrat de travail en ligne, sur la plateforme TAECHIR du ministère chargé du Travail.
right-work-iom-employability-2023 = Projet de l'OIM pour l'emploi et la création d'activité (2023-2024, terminé)
    .summary = De janvier 2023 à janvier 2024, un projet de l'OIM (Organisation internationale pour les migrations) aidait les migrants, y compris sans papiers, à trouver du travail : orientation, recherche d'emploi, stages, formation aux compétences de vie. Il aidait aussi à préparer un plan d'affaires et donnait des subventions à des projets choisis. Ce projet est terminé : demandez à l'OIM si un nouveau projet est ouvert.
step-anapec-attestation-unless-exempt = Sauf si vous en êtes dispensé·e (par exemple réfugié·e ou migrant·e régularisé·e), l'employeur joint une attestation de l'ANAPEC : l'ANAPEC lance d'abord un appel à candidatures pour le poste.
step-anapec-renewal-same-employer = Pour renouveler l'attestation de l'ANAPEC au même poste chez le même employeur (sans promotion), la procédure est simplifiée : pas d'appel à candidatures, et une réponse en 48 heures ouvrables.
right-work-unhcr-job-support = Aide du HCR et de l'AMAPPE pour trouver un emploi
    .summary = Avec l'association AMAPPE, le HCR (Haut-Commissariat des Nations unies pour les réfugiés) fait le bilan des compétences des réfugiés, les oriente vers une formation adaptée et les accompagne pour trouver un emploi. En 2020, 545 bilans de compétences ont été faits. Cette aide dépend des fonds du HCR : demandez à l'AMAPPE ou à un partenaire du HCR.
right-work-subsidised-hiring = Contrats aidés : une aide à l'employeur qui vous embauche
    .summary = Un employeur qui embauche un migrant régularisé ou un réfugié peut recevoir une contribution dans le cadre des « contrats aidés ». Un manuel de procédures a été signé en juin 2020 pour les régions Casablanca-Settat et Rabat-Salé-Kénitra, dans le projet AMUDDU. En 2020, 5 migrants ont eu un contrat aidé. Demandez à l'ANAPEC si ce dispositif existe encore, et dans quelle région.
