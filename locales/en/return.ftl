## Return: assisted voluntary return and reintegration.

domain-return = Going home

right-return-avrr = Going back to your country with IOM's help
    .summary = The Ministry of the Interior and IOM (the International Organization for Migration) help migrants who want to go back to their country: help before leaving (psychological support, food, health care), preparing the journey (guidance, money), then help to settle back home. Priority goes to sick people, victims of trafficking, pregnant women, single parents with their children, people aged 50 and over, and unaccompanied minors. 13,654 people went home this way from 2005 to 2020, 796 of them in 2020.

step-contact-iom-for-return = Contact IOM in Rabat, or an association working with IOM, and say that you want to go back to your country.
step-refugee-return-warning = If you are a refugee: going home with IOM ends your UNHCR protection. Talk to UNHCR first.
