## Return: assisted voluntary return and reintegration.

domain-return = Going home

right-return-avrr = Going back to your country with IOM's help
    .summary = The Ministry of the Interior and IOM (the International Organization for Migration) help migrants who want to go back to their country, above all those in an irregular situation: help before leaving (psychological support, food, health care), preparing the journey, and the flight. Help to settle back home is given to only part of those who return, and not everyone is accepted: ask IOM. The 2020 report names sick people, victims of trafficking, pregnant women, single parents with their children, people aged 50 and over, and unaccompanied minors. In 2024, 2,196 people went home this way, to 32 countries.

step-contact-iom-for-return = Contact IOM in Rabat, or an association working with IOM, and say that you want to go back to your country.
step-refugee-return-warning = If you are a refugee: going home with IOM ends your UNHCR protection. Talk to UNHCR first.
