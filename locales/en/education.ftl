## Education (group A): rights, offices and documents.

# fr: 11c1729d
domain-education = Education

# fr: 4044df91
right-education-school-enrolment = Public school for every child
    .summary = Every child can be enrolled at a public school, whatever their papers or their parents' papers. School is compulsory from 4 to 16. Under 18? An association or the school can help you enrol.
# fr: b38c6c52
right-education-non-formal = Non-formal education for children out of school
    .summary = Non-formal education helps children who do not go to school, or who have left it. After three years of classes, they can go back to school or on to vocational training. It has been open to foreign children since 2013.
# fr: 85c9a4b1
right-education-preschool = Preschool for children aged 4 to 6
    .summary = Associations take in migrant children aged 4 to 6 to prepare them for primary school. Games, drawing, singing, and first steps in reading and writing Arabic. In 2019-2020 this was in three regions only.
# fr: 33cb3fd0
right-education-tayssir = Tayssir: cash help for schooling (replaced at the end of 2023)
    .summary = Tayssir gave money to families if their children went to school. In December 2023 it was replaced by direct social aid, which requires registration in the Unified Social Register. Whether foreign families get it is not known.
# fr: 684e5736
right-education-schoolbags = A schoolbag for school
    .summary = The royal initiative "One million schoolbags" gives a schoolbag to pupils from poor families. Migrants' children have the same right as Moroccan children.
# fr: e4787ad0
right-education-unhcr-education-cash = UNHCR help for the schooling of refugee children
    .summary = UNHCR helps refugee children enrolled at a public school. It gives a school kit and a grant twice a month. It pays back tutoring classes for half of the primary and secondary pupils.

# fr: 46762674
office-unhcr-partner-association = An association working with UNHCR (the UN Refugee Agency)

# fr: 84f70592
document-written-request = A written request (it can be handwritten)
# fr: e8c2a592
document-passport-copy = A copy of the passport
# fr: ef21dd9f
document-residence-card-copy-if-any = A copy of the residence card, if you have one
# fr: 254d33c8
document-identity-and-age-proof = A civil status record or another official document that proves the child's identity and age
# fr: 2a346f96
right-education-higher-education = Higher education and student health insurance
    .summary = Foreigners who live in Morocco enter public universities on the same conditions as Moroccans. A 2021 agreement with UNHCR also covers refugees. They get help to join the students' health insurance (AMO-étudiant).
# fr: 89c7514e
right-education-school-support-classes = Tutoring classes for migrant children
    .summary = Associations, with the State's support, give tutoring classes to migrant children. Ask the provincial directorate of national education whether there are classes near you.
# fr: daafe53c
right-education-iom-school-costs = IOM help with school costs
    .summary = IOM (the International Organization for Migration) helps young migrants who go to school. It pays for their transport, books and school supplies. IOM chooses whom it helps, through its projects: ask a partner association.
# fr: 781243d9
right-education-summer-camps = Summer camps and activities for young people
    .summary = The summer camps and trips of the Ministry of Youth keep places for young immigrants and refugees. Youth centres and sports are open to them too. A child without their parents needs an authorisation to take part.
# fr: bfad73e1
office-university = The public university or higher-education establishment you choose
# fr: 1eff41b6
office-school-support-association = An association that gives tutoring classes to migrant children
# fr: 0cb25dcd
office-youth-directorate = The regional or provincial directorate of the ministry in charge of youth
# fr: c3b582c6
office-youth-centre = A youth centre (maison de jeunes)
# fr: 656eea97
step-ask-school-about-schoolbag-cash = Since September 2024, part of the initiative is paid in cash: 200 or 300 DH per child. It goes to families who receive direct social aid. Whether foreign families get it is not known: ask the school.
