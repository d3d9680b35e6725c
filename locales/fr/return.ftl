## Retour : aide au retour volontaire et à la réintégration.

domain-return = Retour au pays

right-return-avrr = Rentrer dans votre pays avec l'aide de l'OIM
    .summary = Le ministère de l'Intérieur et l'OIM (Organisation internationale pour les migrations) aident les migrants qui veulent rentrer dans leur pays, surtout ceux qui sont en situation irrégulière : aide avant le départ (soutien psychologique, nourriture, soins), préparation du voyage et voyage en avion. L'aide pour se réinstaller au pays n'est donnée qu'à une partie des personnes qui rentrent, et tout le monde n'est pas accepté : demandez à l'OIM. Le rapport de 2020 cite les malades, les victimes de traite, les femmes enceintes, les parents seuls avec leurs enfants, les personnes de 50 ans et plus et les mineurs non accompagnés. En 2024, 2 196 personnes sont rentrées ainsi, vers 32 pays.

step-contact-iom-for-return = Contactez l'OIM à Rabat, ou une association partenaire de l'OIM, et dites que vous voulez rentrer dans votre pays.
step-refugee-return-warning = Si vous êtes réfugié·e : en rentrant avec l'OIM, vous perdez la protection du HCR. Parlez-en d'abord au HCR.
