## Vocational training and language classes (group A): rights and offices.

domain-training = Training

right-training-ofppt = Vocational training at OFPPT
    .summary = OFPPT (the public vocational training office) has taken migrants in a regular situation and refugees on the same basis as Moroccans since a 2014 convention. The conditions of age and school level are the same as for Moroccans. In 2019-2020, 26 migrants and refugees were enrolled; in 2020-2021, 24, and 15 earned their diploma.
right-training-entraide-nationale = Training in Entraide Nationale centres
    .summary = The training centres of Entraide Nationale (the public social-aid body) have taken migrants on the same basis as Moroccans since a 2014 convention: qualifying courses or apprenticeship. UNHCR (the UN Refugee Agency) also helps refugees and asylum seekers follow vocational training, in these centres among others, with the association AMAPPE. In 2019-2020, 355 migrants and refugees were enrolled (283 in qualifying courses, 72 in apprenticeship); in 2020-2021, 109.
right-training-artisanat = Training in handicraft trades
    .summary = Since regional conventions of December 2016, 5% of the places in the training centres of the Handicraft department are reserved for migrants and refugees. This rule is known only from the 2020 report of the migration policy: check it with the centre.
right-training-language-classes = Classes in Darija and Moroccan culture
    .summary = Associations give classes in Moroccan languages and culture to migrants and refugees, with the ministry in charge of Moroccans living abroad and ANLCA (the national agency against illiteracy). IOM (the International Organization for Migration) gave classes in Darija (the Arabic spoken in Morocco) in Nador and Casablanca. In 2020, 1,080 young people and adults took the language and culture classes, and 257 young people took IOM's Darija classes.

office-ofppt-centre = An OFPPT training centre
office-entraide-nationale-training-centre = An Entraide Nationale training centre
office-artisanat-training-centre = A training centre of the Handicraft department
office-language-class-association = An association that gives language classes to migrants
office-amappe = The association AMAPPE, a partner of UNHCR and of job projects for migrants
right-training-training-grant = Grant to follow vocational training (AMUDDU project, ended in 2022)
    .summary = In the AMUDDU project (2018-2022, Rabat and Casablanca regions), grants were given to vulnerable migrants following vocational training, to help them not to drop out. According to the 2020 report of the migration policy, the association AMAPPE paid 85 grants to migrants found eligible. The project ended in 2022: ask AMAPPE or the training centre whether other help exists.
