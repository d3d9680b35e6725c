## Return: assisted voluntary return and reintegration.

# fr: 1170f2ba
domain-return = Going home

# fr: aab01a5e
right-return-avrr = Going back to your country with IOM's help
    .summary = The Ministry of the Interior and IOM help migrants who want to go home, above all those without papers. They help before you leave and organise the flight. Not everyone is accepted.

# fr: c71472cd
step-contact-iom-for-return = Contact IOM in Rabat, or an association working with IOM. Say that you want to go back to your country.
# fr: 4f7ffde4
step-refugee-return-warning = If you are a refugee: going home with IOM ends your UNHCR protection. Talk to UNHCR first.
# fr: 0434b489
step-iom-return-what-help = Before you leave, the help can be psychological support, food or health care. Help to settle back home is given to only part of those who return. The 2020 report names sick people, victims of trafficking, pregnant women and single parents with their children. It also names people aged 50 and over and unaccompanied minors.
