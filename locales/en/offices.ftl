## Offices: kinds of places, or the names of specific ones. Keys: office-<id>.

# fr: ebbac92a
office-primary-health-centre = The nearest public health centre
# fr: ee7911cb
office-public-school = The nearest public school
# fr: b7b9b0ba
office-provincial-education-directorate = The provincial directorate of National Education
# fr: 710d86e0
office-iom-rabat = The International Organization for Migration (IOM), Rabat office
# fr: 08fde249
office-ampf-rabat = AMPF (the Moroccan Family Planning Association), UNHCR's medical partner — Rabat
# fr: 1ca2e0d2
office-ampf-casablanca = AMPF (the Moroccan Family Planning Association), UNHCR's medical partner — Casablanca
# fr: d295e6ff
office-ampf-fes-meknes = AMPF (the Moroccan Family Planning Association), UNHCR's medical partner — Fès and Meknès
# fr: 5bb3be55
office-ampf-tanger-larache = AMPF (the Moroccan Family Planning Association), UNHCR's medical partner — Tangier and Larache
# fr: 1a61b0df
office-ampf-marrakech = AMPF (the Moroccan Family Planning Association), UNHCR's medical partner — Marrakech
# fr: e3a2c99d
office-ampf-agadir = AMPF (the Moroccan Family Planning Association), UNHCR's medical partner — Agadir
# fr: c1cb8384
office-ampf-oujda = AMPF (the Moroccan Family Planning Association), UNHCR's medical partner — Oujda
# fr: 9c61e7ff
office-ampf-nador = AMPF (the Moroccan Family Planning Association), UNHCR's medical partner — Nador
# fr: d60371b0
office-foo-rabat = Fondation Orient-Occident, UNHCR's partner — Rabat: social workers for refugees' social and financial help
# fr: 5c9b136d
office-foo-casablanca = Fondation Orient-Occident, UNHCR's partner — Casablanca: social workers for refugees' social and financial help
# fr: 1074c466
office-foo-fes-meknes = Fondation Orient-Occident, UNHCR's partner — Fès and Meknès: social workers for refugees' social and financial help
# fr: dbbea127
office-foo-tanger-tetouan = Fondation Orient-Occident, UNHCR's partner — Tangier and Tétouan: social workers for refugees' social and financial help
# fr: b19ea71a
office-gadem-rabat = GADEM, an association defending the rights of foreigners and migrants, in Rabat
# fr: 2ff59937
office-cndh = The CNDH (National Human Rights Council), in Rabat; complaints also by e-mail: chikaya@cndh.org.ma
# fr: ab290d4c
office-listening-cell-oujda = The psychosocial listening unit of the Al-Andalous health centre, in Oujda (opened in 2020)
# fr: cfe8c67b
office-listening-cell-berkane = The psychosocial listening unit of the Al-Moukamawa health centre, in Berkane (opened in 2020)
# fr: 08554535
office-ms2-association = The association Maroc Solidarité Médico-Sociale (MS2), in the Oriental region
# fr: f7d381c7
office-alcs-association = The Association de Lutte Contre le Sida (ALCS), in the Tanger-Tétouan-Al Hoceïma region
# fr: 46c2b58c
office-legal-clinic-fes = Legal clinic of the Fès law faculty: legal help for migrants, refugees and asylum seekers. Number from 2021.
# fr: 68682f76
office-acodec-oujda = ACODEC, an association in Oujda: a 2022 project helped migrant children go to public school. Ask if it still runs.
# fr: 12bb6b22
office-asticude-nador = ASTICUDE, an association in Nador: reception, guidance and psychological and social support for migrants, mainly women and girls. A 2022 project: ask if it still runs.
# fr: 4ccbe8cc
office-helpline-police = Police: free call
# fr: c011e360
office-helpline-gendarmerie = Royal Gendarmerie, where there is no police
# fr: 8f74c6fd
office-helpline-civil-protection = Civil protection: fire brigade and rescue
# fr: bf947df6
office-helpline-child = ONDE listening centre to report violence, abuse or exploitation of a child: free call
# fr: 13df5e62
office-helpline-women-violence = Kolonamaak: listening and guidance for women victims of violence (National Union of Moroccan Women; number launched in 2020)
# fr: 0cb1c9d5
office-helpline-trafficking = Free number to report human trafficking (National Commission, Ministry of Justice)
# fr: 68f403da
office-helpline-foo-psychological-support = Fondation Orient-Occident: free psychological support line (number and hours announced in 2022)

## Cities, as the rules name them (`city = "fes"`): shown beside an office of another region.
# fr: 71c66a60
city-rabat = Rabat
# fr: 6b9adab5
city-casablanca = Casablanca
# fr: f328692e
city-fes = Fès
# fr: fab2a9bb
city-tanger = Tangier
# fr: 4bb6be8e
city-marrakech = Marrakech
# fr: 99d271ce
city-agadir = Agadir
# fr: 4bebae3d
city-oujda = Oujda
# fr: 6469b41e
city-nador = Nador
# fr: d961212c
city-berkane = Berkane
