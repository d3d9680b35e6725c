## Vocational training and language classes (group A): rights and offices.

domain-training = Training

right-training-ofppt = Vocational training at OFPPT
    .summary = Since a 2014 convention, OFPPT, the public vocational training office, takes in legally resident migrants and refugees like Moroccans. The conditions of age and school level are the same.
right-training-entraide-nationale = Training in Entraide Nationale centres
    .summary = Entraide Nationale training centres take in migrants like Moroccans, for qualifying courses or apprenticeship. UNHCR and the association AMAPPE also help refugees and asylum seekers follow vocational training.
right-training-artisanat = Training in handicraft trades
    .summary = Since December 2016, 5% of the places in the Handicraft department's training centres are reserved for migrants and refugees. Only the 2020 report of the migration policy says so.
right-training-language-classes = Classes in Darija and Moroccan culture
    .summary = Associations give classes in Moroccan languages and culture to migrants and refugees. IOM gave classes in Darija, the Arabic spoken in Morocco, in Nador and Casablanca.

office-ofppt-centre = An OFPPT training centre
office-entraide-nationale-training-centre = An Entraide Nationale training centre
office-artisanat-training-centre = A training centre of the Handicraft department
office-language-class-association = An association that gives language classes to migrants
office-amappe = The association AMAPPE, a partner of UNHCR and of job projects for migrants
right-training-training-grant = Grant to follow vocational training (AMUDDU project, ended in 2022)
    .summary = The AMUDDU project (2018-2022, Rabat and Casablanca) gave grants to vulnerable migrants in vocational training. The grants helped them not to drop out. The project is over: ask AMAPPE or the centre whether other help exists.
