## Retour : aide au retour volontaire et à la réintégration.

domain-return = Retour au pays

right-return-avrr = Rentrer dans votre pays avec l'aide de l'OIM
    .summary = Le ministère de l'Intérieur et l'OIM aident les migrants qui veulent rentrer dans leur pays, surtout ceux sans papiers. Ils aident avant le départ et organisent le voyage en avion. Tout le monde n'est pas accepté.

step-contact-iom-for-return = Contactez l'OIM à Rabat, ou une association partenaire de l'OIM, et dites que vous voulez rentrer dans votre pays.
step-refugee-return-warning = Si vous êtes réfugié·e : en rentrant avec l'OIM, vous perdez la protection du HCR. Parlez-en d'abord au HCR.
step-iom-return-what-help = Avant le départ, l'aide peut être un soutien psychologique, de la nourriture ou des soins. L'aide pour se réinstaller au pays n'est donnée qu'à une partie des personnes qui rentrent. Le rapport de 2020 cite les malades, les victimes de traite et les femmes enceintes. Il cite aussi les parents seuls avec leurs enfants et les personnes de 50 ans et plus. Et les mineurs non accompagnés.
