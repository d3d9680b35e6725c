## Social and humanitarian help: Entraide Nationale, UNHCR cash, IOM help.

domain-assistance = Social and humanitarian help

right-assistance-entraide-nationale = Social help from Entraide Nationale
    .summary = National solidarity and social aid programmes, including those for women, children and people with disabilities, are open to migrants and refugees. During the Covid-19 crisis in 2020, Entraide Nationale (the public social aid body) gave about 2,140 migrants shelter, meals, clothes, blankets, hygiene products, medical follow-up, training or social help. This list dates from 2020: ask the centre what it offers today.
right-assistance-unhcr-cash = Financial help from UNHCR for refugees
    .summary = UNHCR (the United Nations refugee agency) can give financial help, exceptional and for a limited time, to refugees it has recognised who hold a valid UNHCR document. A committee meets every month and looks at each person's situation. Asylum seekers get it only in life-threatening, very exceptional cases. Requests go through the social workers of the Fondation Orient-Occident, UNHCR's partner. In the first half of 2018, 1,297 families received it.
right-assistance-iom-humanitarian = Humanitarian help from IOM and its partner associations
    .summary = IOM (the International Organization for Migration) works with associations in 8 regions of Morocco. They give migrants, with or without papers, emergency shelter, health care, food baskets, hygiene kits and psychological support. From January to November 2020, more than 50,000 acts of help went to 26,039 migrants. This help depends on projects that start and end: ask what exists near you.

office-entraide-nationale-centre = An Entraide Nationale delegation or social assistance centre
right-assistance-rnp-registration = Registering in the National Population Register (RNP)
    .summary = Foreigners who live in Morocco with a residence card can register in the National Population Register, then register their household in the Unified Social Register (RSU), which is used to decide who gets social aid. UNHCR encourages refugees with a card to do it; what aid a registered foreigner can get is not yet known.
office-local-administrative-authority = The local administrative authority where you live
office-foo-centre = The Fondation Orient-Occident (FOO), in Rabat, Casablanca, Oujda, Tangier, Fès, Marrakech or Larache
document-residence-card-copy = A copy of your residence card
document-birth-certificate-extract = An extract of your birth certificate
step-ask-local-authority-rnp = Ask the local administrative authority where you live to register you in the National Population Register. Refugees can take their questions to the Fondation Orient-Occident.
step-two-witnesses-if-no-documents = If you do not have these documents, the local authority can accept the word of two people who are already in the register.
