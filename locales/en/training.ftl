## Vocational training and language classes (group A): rights and offices.

# fr: 633d396f
domain-training = Training

# fr: 9ce13714
right-training-ofppt = Vocational training at OFPPT
    .summary = Since a 2014 convention, OFPPT, the public vocational training office, takes in legally resident migrants and refugees like Moroccans. The conditions of age and school level are the same.
# fr: 43779b41
right-training-entraide-nationale = Training in Entraide Nationale centres
    .summary = Entraide Nationale training centres take in migrants like Moroccans, for qualifying courses or apprenticeship. UNHCR and the association AMAPPE also help refugees and asylum seekers follow vocational training.
# fr: 86a83b54
right-training-artisanat = Training in handicraft trades
    .summary = Since December 2016, 5% of the places in the Handicraft department's training centres are reserved for migrants and refugees. Only the 2020 report of the migration policy says so.
# fr: 1aec76f7
right-training-language-classes = Classes in Darija and Moroccan culture
    .summary = Associations give classes in Moroccan languages and culture to migrants and refugees. IOM gave classes in Darija, the Arabic spoken in Morocco, in Nador and Casablanca.

# fr: 62017c0f
office-ofppt-centre = An OFPPT training centre
# fr: 6ff12e37
office-entraide-nationale-training-centre = An Entraide Nationale training centre
# fr: 33252eb6
office-artisanat-training-centre = A training centre of the Handicraft department
# fr: 253b0c94
office-language-class-association = An association that gives language classes to migrants
# fr: eb447910
office-amappe = The association AMAPPE, a partner of UNHCR and of job projects for migrants
# fr: 76b0590d
right-training-training-grant = Grant to follow vocational training (AMUDDU project, ended in 2022)
    .summary = The AMUDDU project (2018-2022, Rabat and Casablanca) gave grants to vulnerable migrants in vocational training. The grants helped them not to drop out. The project is over: ask AMAPPE or the centre whether other help exists.
