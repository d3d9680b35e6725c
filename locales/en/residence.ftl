## Residence: the two regularisations (closed), the refugee's residence card, renewal.

domain-residence = Residence

right-residence-regularisation-2014 = Exceptional regularisation of 2014 (closed)
    .summary = From 2 January to 31 December 2014, foreigners without papers could ask for a residence card at the foreigners' office of their prefecture or province. They had to fit one of six groups: spouse of a Moroccan for at least 2 years; spouse of a foreigner with papers for at least 4 years; child of these couples; work contract of at least 2 years; 5 years living in Morocco; serious illness and presence in Morocco before 31 December 2013. The operations of 2014 and 2016-2017 regularised more than 50,000 migrants. This operation is over.
right-residence-regularisation-2017 = Exceptional regularisation of 2016-2017 (closed)
    .summary = From 15 December 2016 to 31 December 2017, a second operation let foreigners without papers ask for a residence card, at first with the same criteria as in 2014. The criteria were later relaxed (announced by the CNDH, the National Human Rights Council, in March 2018): women and their children, unaccompanied minors, people working without a contract, spouses with no minimum length of marriage, and lower secondary school level instead of 5 years living in Morocco. The two operations regularised more than 50,000 migrants. This operation is over.
right-residence-refugee-residence-card = Applying for your refugee residence card
    .summary = With your refugee card from the BRA (Bureau for Refugees and Stateless Persons), you can ask for a residence card (carte d'immatriculation) at the foreigners' service of the police prefecture. According to UNHCR, it is valid for one year and can be renewed. Law 02-03 (article 17) provides a 10-year residence card for refugees, but in practice the one-year card is given. In 2021, UNHCR said that only 45% of refugees had an up-to-date residence card: if you have difficulties, ask UNHCR or an association for help.
right-residence-card-renewal = Renewing your residence card
    .summary = The residence card is renewed at the foreigners' service of the police (or the Gendarmerie). In January 2017, the King asked, in the Council of Ministers, that the card be valid for 3 years instead of one, one year after regularisation. Our sources do not say whether this instruction is applied today: ask which length you will be given. An embassy page gave a fee of 100 dirhams per year of validity: check the list of documents and the price before you go.

office-prefecture-foreigners-office = The foreigners' office of the prefecture or province
office-police-foreigners-service = The foreigners' service of the police prefecture (or the Gendarmerie where there is no police)

document-residence-card-form = The residence card application form, filled in
document-lease-or-residence-attestation = A rental contract or a certificate of residence
document-proof-of-means-or-contract = Proof of how you support yourself, or a work contract
document-photos = Passport photos
document-criminal-record-extract = A criminal record extract
document-medical-certificate = A medical certificate

step-renew-every-year = Renew the card before it expires, every year.
right-residence-minor-circulation-document = The circulation document for your minor children
    .summary = Minor children of foreigners who live in Morocco are given a "document de circulation" (circulation document), whatever their age; its model was set by the Ministry of the Interior in October 2020. Ask the police foreigners' service how to get it for your children.
