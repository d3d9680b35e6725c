## Education (group A): rights, offices and documents.

domain-education = Education

right-education-school-enrolment = Public school for every child
    .summary = Every foreign child can be enrolled in public school, whatever their papers or their parents' papers. School is compulsory from 4 to 16. If you are under 18, this right is yours: an association or the school can help you enrol. In 2019-2020, 3,207 foreign children were enrolled in the schools of 12 regional academies.
right-education-non-formal = Non-formal education for children out of school
    .summary = For children who do not go to school or who have left it, non-formal education offers classes over three years to go back to school or on to vocational training. Associations give it with the Ministry of National Education, and the 2013 circular opens it to foreign children. In 2019-2020, 302 migrants were in classes paid for by the ministry, and 125 in classes of partner associations.
right-education-preschool = Preschool for children aged 4 to 6
    .summary = Since 2017, associations supported by the ministry in charge of Moroccans living abroad have taken migrant children aged 4 to 6 to prepare them for primary school: games, drawing, singing, and getting ready to read and write in Arabic. In 2019-2020, 144 children took part, in three regions only: Casablanca-Settat (96), Béni Mellal-Khénifra (24) and Souss-Massa (24).
right-education-tayssir = Tayssir: cash help for schooling (replaced at the end of 2023)
    .summary = Tayssir was social support: money given to families on condition that their children go to school. In 2019-2020, 254 children of migrant families received it. According to the press, Tayssir was merged in December 2023 into the direct social aid (law 58-23), which requires registration in the Unified Social Register. Our sources do not say whether foreign families receive that aid: ask the school or the local authority.
right-education-schoolbags = A schoolbag for school
    .summary = The royal initiative "One million schoolbags" gives a schoolbag to pupils from poor families, children of migrants included, like Moroccan children. In 2019-2020, 617 migrant pupils got one (505 in 2018-2019). Since September 2024, part of the initiative is paid in cash (200 or 300 DH per child) to families receiving the direct social aid; it is not known whether foreign families receive it. Ask the school.
right-education-unhcr-education-cash = UNHCR help for the schooling of refugee children
    .summary = UNHCR (the UN Refugee Agency) helps refugee children enrolled in public school: a school kit, a grant paid twice a month and, for half of the primary and secondary pupils, the refund of extra tutoring classes. In 2020 it helped 323 children in nursery, 756 in primary and 182 in secondary school. This programme depends on UNHCR's funds: ask its partners.

office-unhcr-partner-association = An association working with UNHCR (the UN Refugee Agency)

document-written-request = A written request (it can be handwritten)
document-passport-copy = A copy of the passport
document-residence-card-copy-if-any = A copy of the residence card, if you have one
document-identity-and-age-proof = A civil status record or another official document that proves the child's identity and age
right-education-higher-education = Higher education and student health insurance
    .summary = Foreigners who live in Morocco enter public university on the same terms as Moroccans, according to the 2020 report of the migration policy. A 2021 agreement between the Ministry of National Education and UNHCR also covers refugees' access to higher education. Foreign students are helped to join the compulsory health insurance for students (AMO-étudiant, law 116-12). Ask the university for the conditions and documents.
right-education-school-support-classes = Tutoring classes for migrant children
    .summary = Associations supported by the ministry in charge of Moroccans living abroad give tutoring classes to migrant children, together with the Ministry of National Education. In 2019-2020, 11 associations helped 425 pupils, mostly in Casablanca-Settat, Rabat-Salé-Kénitra and Fès-Meknès. Ask the provincial directorate of National Education whether there are classes near you.
right-education-iom-school-costs = IOM help with school costs
    .summary = IOM (the International Organization for Migration) pays transport, books and school supplies for young migrants who go to school. In 2020, 126 young people received this help. IOM decides whom it helps, through its projects: ask an association working with IOM.
right-education-summer-camps = Summer camps and activities for young people
    .summary = Places are reserved for immigrant and refugee children and young people in the summer camps and trips of the ministry in charge of youth. About a hundred immigrant and refugee children take part each year (the camps were suspended in 2020 because of COVID-19). Youth centres and sports activities are open to them too. A child in Morocco without their parents needs an authorisation to take part. Ask at a youth centre or at the regional directorate of the ministry in charge of youth.
office-university = The public university or higher-education establishment you choose
office-school-support-association = An association that gives tutoring classes to migrant children
office-youth-directorate = The regional or provincial directorate of the ministry in charge of youth
office-youth-centre = A youth centre (maison de jeunes)
