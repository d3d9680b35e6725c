## Vocational training and language classes (group A): rights and offices.

domain-training = Formation

right-training-ofppt = Formation professionnelle à l'OFPPT
    .summary = L'OFPPT (Office de la formation professionnelle et de la promotion du travail) accueille les migrants en situation régulière et les réfugiés au même titre que les Marocains, depuis une convention de 2014. Les conditions d'âge et de niveau d'études sont les mêmes que pour les Marocains. En 2019-2020, 26 migrants et réfugiés y étaient inscrits ; en 2020-2021, 24, et 15 ont obtenu leur diplôme.
right-training-entraide-nationale = Formation dans les centres de l'Entraide Nationale
    .summary = Les centres de formation de l'Entraide Nationale (l'organisme public d'aide sociale) accueillent les migrants au même titre que les Marocains, depuis une convention de 2014 : formation qualifiante ou apprentissage. Le HCR (Haut-Commissariat des Nations unies pour les réfugiés) aide aussi les réfugiés et les demandeurs d'asile à suivre une formation professionnelle, notamment dans ces centres, avec l'association AMAPPE. En 2019-2020, 355 migrants et réfugiés y étaient inscrits (283 en formation qualifiante, 72 en apprentissage) ; en 2020-2021, 109.
right-training-artisanat = Formation aux métiers de l'artisanat
    .summary = Depuis des conventions régionales de décembre 2016, 5 % des places des centres de formation du département de l'Artisanat sont réservées aux migrants et aux réfugiés. Cette règle n'est connue que par le rapport 2020 de la politique migratoire : vérifiez-la auprès du centre.
right-training-language-classes = Cours de darija et de culture marocaine
    .summary = Des associations donnent des cours de langues et de culture marocaines aux migrants et aux réfugiés, avec le ministère chargé des Marocains résidant à l'étranger et l'ANLCA (Agence nationale de lutte contre l'analphabétisme). L'OIM (Organisation internationale pour les migrations) a donné des cours de darija (l'arabe parlé au Maroc) à Nador et Casablanca. En 2020, 1 080 jeunes et adultes ont suivi les cours de langues et cultures, et 257 jeunes les cours de darija de l'OIM.

office-ofppt-centre = Un établissement de formation de l'OFPPT
office-entraide-nationale-training-centre = Un centre de formation de l'Entraide Nationale
office-artisanat-training-centre = Un centre de formation du département de l'Artisanat
office-language-class-association = Une association qui donne des cours de langue aux migrants
office-amappe = L'association AMAPPE, partenaire du HCR et de projets pour l'emploi des migrants
right-training-training-grant = Bourse pour suivre une formation professionnelle (projet AMUDDU, terminé en 2022)
    .summary = Dans le projet AMUDDU (2018-2022, régions de Rabat et de Casablanca), des bourses ont été données aux migrants vulnérables qui suivaient une formation professionnelle, pour les aider à ne pas l'abandonner. Selon le rapport 2020 de la politique migratoire, l'association AMAPPE en a versé 85 aux migrants jugés éligibles. Ce projet s'est terminé en 2022 : demandez à l'AMAPPE ou au centre de formation s'il existe une autre aide.
