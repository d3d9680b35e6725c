## Asile : s'inscrire au HCR, la reconnaissance par le BRA, la protection contre le renvoi.

domain-asylum = Asile

right-asylum-unhcr-registration = Demander l'asile auprès du HCR
    .summary = Le Maroc n'a pas encore de loi sur l'asile : le HCR (Haut-Commissariat des Nations unies pour les réfugiés) enregistre les demandes d'asile et décide qui est réfugié, en lien avec les autorités marocaines. Si vous craignez pour votre vie ou votre sécurité dans votre pays, vous pouvez demander à être enregistré·e. Il y a un entretien d'enregistrement, puis un entretien sur votre demande, puis une décision. Si la réponse est non, vous pouvez faire appel. Pendant l'attente, le HCR ne donne de l'argent aux demandeurs d'asile que dans des situations vitales, très exceptionnelles.
right-asylum-bra-recognition = Être reconnu·e réfugié·e par le Maroc (BRA)
    .summary = Le BRA (Bureau des réfugiés et apatrides, au ministère des Affaires étrangères) reconnaît comme réfugiées des personnes déjà reconnues par le HCR, après une audition devant une commission spéciale (la commission interministérielle ad hoc). La personne reçoit alors une carte de réfugié du Maroc, valable un an. Au 12 mars 2020, 847 personnes avaient été reconnues ainsi. Cette commission s'est arrêtée plusieurs fois, notamment à partir de mars 2017 : demandez au HCR si elle siège aujourd'hui.
right-asylum-non-refoulement = Ne pas être renvoyé·e vers votre pays
    .summary = La loi 02-03 (article 29) interdit de renvoyer une personne vers le pays dont elle a la nationalité si elle est reconnue réfugiée ou si sa demande d'asile est en cours. Gardez toujours sur vous votre document du HCR ou votre carte du BRA.

office-unhcr-rabat = Le HCR à Rabat (10 avenue Mehdi Ben Barka, Souissi), du lundi au vendredi de 9 h à 15 h. Pour l'enregistrement : ligne d'aide +212 5 37 54 54 00, ou WhatsApp +212 6 66 04 56 06
office-protection-working-group-association = Une association partenaire du HCR (les groupes de travail de protection existent à Oujda, Tanger et Casablanca)
office-bra = Le Bureau des réfugiés et apatrides (BRA), au ministère des Affaires étrangères, à Rabat : passez par le HCR

step-contact-unhcr-to-register = Contactez le HCR par la ligne d'aide, par WhatsApp ou en allant au bureau de Rabat, et demandez à être enregistré·e comme demandeur ou demandeuse d'asile.
step-go-to-unhcr-interviews = Allez à chaque rendez-vous du HCR : l'entretien d'enregistrement, puis l'entretien sur votre demande d'asile.
step-appeal-unhcr-decision = Si le HCR refuse, vous recevez une lettre. Vous avez 4 semaines pour faire appel auprès du HCR. Une association peut vous aider à le faire.
step-ask-unhcr-about-bra-hearing = Demandez au HCR si votre dossier peut être envoyé au BRA pour une audition, et quand.
step-carry-unhcr-or-bra-document = Gardez toujours sur vous votre document du HCR ou votre carte du BRA.
