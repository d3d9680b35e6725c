## Vocational training and language classes (group A): rights and offices.

domain-training = Formation

right-training-ofppt = Formation professionnelle à l'OFPPT
    .summary = L'OFPPT accueille les migrants en situation régulière et les réfugiés comme les Marocains, depuis une convention de 2014. Les conditions d'âge et de niveau d'études sont les mêmes.
right-training-entraide-nationale = Formation dans les centres de l'Entraide Nationale
    .summary = Les centres de formation de l'Entraide Nationale accueillent les migrants comme les Marocains, en formation qualifiante ou en apprentissage. Le HCR et l'association AMAPPE aident aussi les réfugiés et les demandeurs d'asile à suivre une formation.
right-training-artisanat = Formation aux métiers de l'artisanat
    .summary = Depuis décembre 2016, 5 % des places des centres de formation de l'Artisanat sont réservées aux migrants et aux réfugiés. Seul le rapport 2020 de la politique migratoire le dit.
right-training-language-classes = Cours de darija et de culture marocaine
    .summary = Des associations donnent des cours de langues et de culture marocaines aux migrants et aux réfugiés. L'OIM a donné des cours de darija, l'arabe parlé au Maroc, à Nador et à Casablanca.

office-ofppt-centre = Un établissement de formation de l'OFPPT
office-entraide-nationale-training-centre = Un centre de formation de l'Entraide Nationale
office-artisanat-training-centre = Un centre de formation du département de l'Artisanat
office-language-class-association = Une association qui donne des cours de langue aux migrants
office-amappe = L'association AMAPPE, partenaire du HCR et de projets pour l'emploi des migrants
right-training-training-grant = Bourse pour suivre une formation professionnelle (projet AMUDDU, terminé en 2022)
    .summary = Le projet AMUDDU (2018-2022, Rabat et Casablanca) donnait des bourses aux migrants vulnérables en formation professionnelle. Elles les aidaient à ne pas abandonner. Ce projet est terminé : demandez à l'AMAPPE ou au centre s'il existe une autre aide.
