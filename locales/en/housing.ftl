## Housing (group A): rights and offices.

domain-housing = Housing

right-housing-social-housing = Social housing at 250,000 DH (ended in 2020)
    .summary = From 2010 to 2020, foreigners in a regular situation could buy social housing at 250,000 DH on the same conditions as Moroccans: the State paid the VAT to the buyer, who had to live there for at least 4 years. This programme ended in 2020. The direct housing aid created in 2024 is only for people of Moroccan nationality.
right-housing-low-value-housing = Low-cost housing (140,000 DH)
    .summary = According to the 2020 report of the migration policy, foreigners in a regular situation can get the 140,000 DH housing, created by the 2008 finance law, on the same conditions as Moroccans. It is reserved for certain groups: families from slums or from buildings at risk of collapse, security staff and low-paid civil servants, private-sector employees, small craftsmen and traders, with an income of at most twice the minimum wage. It is not known whether this programme still exists: find out before paying anything. Getting a housing loan remains hard for migrants.
right-housing-emergency-shelter = Emergency shelter
    .summary = If you have nowhere to sleep, Entraide Nationale (the public social-aid body) and associations working with IOM (the International Organization for Migration) offer emergency shelter, whatever your papers, above all to women on their own and women with young children. UNICEF (the United Nations Children's Fund) opened pilot centres for migrant children in Oujda and Tétouan. Places are limited. In 2020, the associations working with IOM helped 401 migrants, including 207 women and 56 children on their own.
right-housing-trafficking-shelter = Protected housing for victims of trafficking
    .summary = IOM (the International Organization for Migration) had a programme of protected housing for victims of human trafficking, with psychological and legal follow-up: in 2017-2018 it ran two housing units and helped 31 migrant victims. Since 2023 a national plan and a national referral mechanism guide victims to care, and in 2024 the national commission was working with associations and international organisations on temporary and emergency shelters. Call the free trafficking number or IOM in Rabat to find out what exists today.

office-entraide-nationale-reception-centre = An Entraide Nationale reception centre
