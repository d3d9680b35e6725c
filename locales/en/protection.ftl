## Protection: unaccompanied children, trafficking victims, victims of violence, no removal of minors and pregnant women.

# fr: 01d13f43
domain-protection = Protection

# fr: 1a6cb723
right-protection-unaccompanied-child = Protection for children alone in Morocco
    .summary = A child under 18 who is in Morocco without their parents can be protected. Child protection units also take in migrant children. Child protection is being reorganised province by province.
# fr: 0caf9b34
right-protection-child-in-danger = Protection for a child in danger
    .summary = A child under 18 who suffers violence, even at home, can be protected. 2511 takes reports. Child protection units also take in migrant children.
# fr: a757063a
right-protection-trafficking-victim = Protection for victims of trafficking
    .summary = You may be a victim of trafficking. Law 27-14 gives you protection, medical care, psychological and social support, and free legal aid. The courts can also protect you (code of criminal procedure, article 82-1-5).
# fr: b831584b
right-protection-trafficking-refugee-fund = UNHCR help for refugees who are victims of trafficking
    .summary = UNHCR set up a fund for refugees and asylum seekers who are victims of trafficking. It gives money every month, and legal and medical support. Ask UNHCR whether this fund still exists.
# fr: 5d0b4b6e
right-protection-violence-victim = Listening and help for victims of violence
    .summary = Women victims of violence, migrants included, can be listened to and helped. They can go to an Entraide Nationale centre or a multifunctional space for women. A man who suffers violence can ask there where to find help.
# fr: 04eb7845
right-protection-no-removal-minor-pregnant = No removal of minors and pregnant women
    .summary = Law 02-03 (article 29) forbids removing from Morocco a foreign minor (under 18) or a pregnant foreign woman.

# fr: c83ede6e
office-child-protection-unit = A child protection unit
# fr: 759642d2
office-women-multifunctional-space = A multifunctional space for women (EMF)
# fr: 33a5d6cf
office-public-prosecutor = The King's prosecutor at the court of first instance
# fr: b0bf1671
step-call-2511-child-in-danger = 2511 is a free number to report a child in danger. Its centre gives child victims a free lawyer.
# fr: 84087814
step-violence-medical-help-and-complaint = Women victims of violence have the right to medical help. They can report the violence at a police station specialised in violence against women. In Oujda, Tangier and Casablanca, associations trained by UNHCR also support victims.
