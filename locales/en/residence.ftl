## Residence: the two regularisations (closed), the refugee's residence card, renewal.

# fr: 6e6afef9
domain-residence = Residence

# fr: dace2d6f
right-residence-regularisation-2014 = Exceptional regularisation of 2014 (closed)
    .summary = From 2 January to 31 December 2014, foreigners without papers could ask for a residence card. They had to fit one of six groups, for example through marriage, work or 5 years living in Morocco.
# fr: 0dfea52b
right-residence-regularisation-2017 = Exceptional regularisation of 2016-2017 (closed)
    .summary = From 15 December 2016 to 31 December 2017, a second operation let foreigners without papers ask for a residence card. At first the criteria were those of 2014; they were relaxed in March 2018.
# fr: 4e536fa9
right-residence-refugee-residence-card = Applying for your refugee residence card
    .summary = With your Moroccan refugee card, ask the police for a residence card. According to UNHCR, it is valid for one year and can be renewed. Law 02-03 provides a 10-year card, but in practice it is one year.
# fr: 31a6907b
right-residence-card-renewal = Renewing your residence card
    .summary = You renew the residence card at the police or the Gendarmerie. In 2017, the King asked that it be valid for 3 years instead of one, one year after regularisation. Whether this is applied today is not known.

# fr: c9dfc98d
office-prefecture-foreigners-office = The foreigners' office of the prefecture or province
# fr: fe0bbda9
office-police-foreigners-service = The foreigners' service of the police prefecture (or the Gendarmerie where there is no police)

# fr: 9780bd81
document-residence-card-form = The residence card application form, filled in
# fr: 925d3de2
document-lease-or-residence-attestation = A rental contract or a certificate of residence
# fr: 94827e00
document-proof-of-means-or-contract = Proof of how you support yourself, or a work contract
# fr: de517c7d
document-photos = Passport photos
# fr: 2b4fdddf
document-criminal-record-extract = A criminal record extract
# fr: 23359247
document-medical-certificate = A medical certificate

# fr: 2425a263
step-renew-every-year = Renew the card before it expires, every year. If you have difficulties, ask UNHCR or an association for help.
# fr: 33cd98e9
right-residence-minor-circulation-document = The circulation document for your minor children
    .summary = Minor children of foreigners who live in Morocco are given a "document de circulation" (circulation document), whatever their age. Its model was set by the Ministry of the Interior in October 2020. Ask the police how to get it.
# fr: a29695d8
step-regularisation-2014-categories = The six groups of 2014 were these. Spouse of a Moroccan for at least 2 years. Spouse of a foreigner with papers for at least 4 years. Child of these couples. Work contract of at least 2 years. 5 years living in Morocco. Serious illness and presence in Morocco before 31 December 2013.
# fr: 27331e9c
step-regularisation-2017-criteria = In March 2018, the CNDH (National Human Rights Council) announced more flexible criteria. They opened regularisation to women and their children, unaccompanied minors and people working without a contract. Spouses no longer needed a minimum length of marriage. Lower secondary school level replaced the 5 years living in Morocco.
# fr: 2f914070
step-check-renewal-documents-and-price = Ask which length of card you will be given. An embassy page gave a fee of 100 dirhams per year of validity. Check the list of documents and the price before you go.
