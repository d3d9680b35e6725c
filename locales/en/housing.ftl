## Housing (group A): rights and offices.

# fr: 7ae085c5
domain-housing = Housing

# fr: 26dde038
right-housing-social-housing = Social housing at 250,000 DH (ended in 2020)
    .summary = Foreigners in a regular situation could buy social housing at 250,000 DH, like Moroccans. The State paid the VAT, and the buyer had to live there for at least 4 years. The 2024 direct housing aid is only for Moroccans.
# fr: 8f4d7708
right-housing-low-value-housing = Low-cost housing (140,000 DH)
    .summary = Foreigners in a regular situation can get the 140,000 DH housing, like Moroccans. It is only for certain groups with a low income. It is not known whether it still exists: pay nothing before you find out.
# fr: e6711f02
right-housing-emergency-shelter = Emergency shelter
    .summary = If you have nowhere to sleep, Entraide Nationale and associations working with IOM offer emergency shelter. This is whatever your papers, above all for women on their own or with young children. Places are limited.
# fr: af60e3ba
right-housing-trafficking-shelter = Protected housing for victims of trafficking
    .summary = IOM had protected housing for victims of trafficking, with psychological and legal follow-up. In 2024, the national commission against trafficking was preparing emergency shelters with associations.

# fr: 2a23cca6
office-entraide-nationale-reception-centre = An Entraide Nationale reception centre
# fr: dac4808f
step-check-low-value-housing-groups = This housing is for families from slums or from buildings at risk of collapse. It is also for security staff, low-paid civil servants, private-sector employees, small craftsmen and traders. The income must be at most twice the minimum wage. Getting a housing loan remains hard for migrants.
# fr: e7d75497
step-unicef-centres-for-children = For migrant children, UNICEF (the United Nations Children's Fund) opened pilot centres in Oujda and Tétouan.
# fr: 0e2a8ee9
step-call-trafficking-green-number = Since 2023, a national plan guides victims to care. Call the free trafficking number or IOM in Rabat to find out what exists today.
