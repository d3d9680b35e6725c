## Protection: unaccompanied children, trafficking victims, victims of violence, no removal of minors and pregnant women.

domain-protection = Protection

right-protection-unaccompanied-child = Protection for children alone in Morocco
    .summary = A child under 18 who is in Morocco without their parents can be protected. In 2020, 12 child protection units (Casablanca, Agadir, Tanger, Meknès, Essaouira, Oujda, Tétouan, Sidi Kacem, Béni Mellal, Salé, Taza, Marrakech) also took in migrant children; child protection is now being reorganised province by province. The free number 2511 takes reports about any child in danger, and its centre gives child victims a free lawyer. In 2024, IOM identified 1,024 unaccompanied children, 639 of them foreign.
right-protection-trafficking-victim = Protection for victims of trafficking
    .summary = If someone forces you to work, to beg or to have sex, or keeps your papers to control you, you may be a victim of trafficking. Law 27-14 gives victims protection, medical care, psychological and social support, and free legal aid. The courts can also protect you (article 82-1-5 of the code of criminal procedure).
right-protection-trafficking-refugee-fund = UNHCR help for refugees who are victims of trafficking
    .summary = UNHCR (the United Nations refugee agency) set up a fund for refugees and asylum seekers who are victims of trafficking: money every month, and legal and medical support. 247 people received it in 2017-2018. Ask UNHCR whether this fund still exists.
right-protection-violence-victim = Listening and help for victims of violence
    .summary = Women victims of violence, migrants included, can be listened to and helped in Entraide Nationale social assistance centres and in the 40 multifunctional spaces for women. According to UNHCR, women victims of violence have the right to medical help and can report the violence at police stations specialised in violence against women. Associations trained by UNHCR, in Oujda, Tangier and Casablanca, also support victims of violence. These places are meant for women: a man who suffers violence can ask them where to find help.
right-protection-no-removal-minor-pregnant = No removal of minors and pregnant women
    .summary = Law 02-03 (article 29) forbids removing from Morocco a foreign minor (under 18) or a pregnant foreign woman.

office-child-protection-unit = A child protection unit
office-women-multifunctional-space = A multifunctional space for women (EMF)
office-public-prosecutor = The King's prosecutor at the court of first instance
