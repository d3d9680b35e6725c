## Social and humanitarian help: Entraide Nationale, UNHCR cash, IOM help.

domain-assistance = Social and humanitarian help

right-assistance-entraide-nationale = Social help from Entraide Nationale
    .summary = National solidarity and social aid programmes are open to migrants and refugees. They include programmes for women, children and people with disabilities.
right-assistance-unhcr-cash = Financial help from UNHCR for refugees
    .summary = UNHCR can give exceptional financial help, for a limited time. It is for refugees recognised by UNHCR who hold a valid UNHCR document. Asylum seekers get it only in life-threatening, very rare cases.
right-assistance-iom-humanitarian = Humanitarian help from IOM and its partner associations
    .summary = IOM (the International Organization for Migration) and its partner associations help migrants, with or without papers. They give emergency shelter, health care, food baskets, hygiene kits and psychological support. This help depends on projects.

office-entraide-nationale-centre = An Entraide Nationale delegation or social assistance centre
right-assistance-rnp-registration = Registering in the National Population Register (RNP)
    .summary = With a residence card, you can register in the National Population Register. Then your household can join the Unified Social Register, which is used to choose who gets aid. Which aid is open to foreigners is not known.
office-local-administrative-authority = The local administrative authority where you live
office-foo-centre = The Fondation Orient-Occident (FOO), in Rabat, Casablanca, Oujda, Tangier, Fès, Marrakech or Larache
document-residence-card-copy = A copy of your residence card
document-birth-certificate-extract = An extract of your birth certificate
step-ask-local-authority-rnp = Ask the local administrative authority where you live to register you in the National Population Register. UNHCR encourages refugees with a card to register. They can take their questions to the Fondation Orient-Occident.
step-two-witnesses-if-no-documents = Without these documents, the local authority can accept the word of two people already in the register.
step-ask-entraide-what-it-offers = Ask the centre what it offers today. During Covid-19 in 2020, Entraide Nationale gave migrants shelter, meals or clothes. It also gave blankets, hygiene products, medical follow-up, training or social help.
step-ask-foo-social-worker = Ask the social workers of the Fondation Orient-Occident, UNHCR's partner. A committee looks at each person's situation every month.
