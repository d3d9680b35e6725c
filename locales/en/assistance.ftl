## Social and humanitarian help: Entraide Nationale, UNHCR cash, IOM help.

# fr: 8aae8027
domain-assistance = Social and humanitarian help

# fr: 6cf4a0f3
right-assistance-entraide-nationale = Social help from Entraide Nationale
    .summary = National solidarity and social aid programmes are open to migrants and refugees. They include programmes for women, children and people with disabilities.
# fr: c63c20c5
right-assistance-unhcr-cash = Financial help from UNHCR for refugees
    .summary = UNHCR can give exceptional financial help, for a limited time. It is for refugees recognised by UNHCR who hold a valid UNHCR document. Asylum seekers get it only in life-threatening, very rare cases.
# fr: 8c347d4f
right-assistance-iom-humanitarian = Humanitarian help from IOM and its partner associations
    .summary = IOM (the International Organization for Migration) and its partner associations help migrants, with or without papers. They give emergency shelter, health care, food baskets, hygiene kits and psychological support. This help depends on projects.

# fr: 39ab2be8
office-entraide-nationale-centre = An Entraide Nationale delegation or social assistance centre
# fr: 75f0c64f
right-assistance-rnp-registration = Registering in the National Population Register (RNP)
    .summary = With a residence card, you can register in the National Population Register. Then your household can join the Unified Social Register, which is used to choose who gets aid. Which aid is open to foreigners is not known.
# fr: 25493b5a
office-local-administrative-authority = The local administrative authority where you live
# fr: 34603d23
office-foo-centre = The Fondation Orient-Occident (FOO), in Rabat, Casablanca, Oujda, Tangier, Fès, Marrakech or Larache
# fr: 1fe57e32
document-residence-card-copy = A copy of your residence card
# fr: a1cf3b24
document-birth-certificate-extract = An extract of your birth certificate
# fr: 62a6af96
step-ask-local-authority-rnp = Ask the local administrative authority where you live to register you in the National Population Register. UNHCR encourages refugees with a card to register. They can take their questions to the Fondation Orient-Occident.
# fr: 7db8bb29
step-two-witnesses-if-no-documents = Without these documents, the local authority can accept the word of two people already in the register.
# fr: 8bbcebd5
step-ask-entraide-what-it-offers = Ask the centre what it offers today. During Covid-19 in 2020, Entraide Nationale gave migrants shelter, meals or clothes. It also gave blankets, hygiene products, medical follow-up, training or social help.
# fr: 05b51f4b
step-ask-foo-social-worker = Ask the social workers of the Fondation Orient-Occident, UNHCR's partner. A committee looks at each person's situation every month.
