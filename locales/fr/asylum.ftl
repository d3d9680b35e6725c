## Asile : s'inscrire au HCR, la reconnaissance par le BRA, la protection contre le renvoi.

domain-asylum = Asile

right-asylum-unhcr-registration = Demander l'asile auprès du HCR
    .summary = Le HCR est l'agence des Nations unies pour les réfugiés. Si vous avez peur pour votre vie ou votre sécurité dans votre pays, demandez-lui l'asile. Le Maroc n'a pas encore de loi sur l'asile : le HCR décide qui est réfugié.
right-asylum-bra-recognition = Être reconnu·e réfugié·e par le Maroc (BRA)
    .summary = Le Bureau des réfugiés et apatrides (BRA) peut reconnaître les réfugiés déjà reconnus par le HCR. Il le fait après une audition devant une commission spéciale. Vous recevez alors une carte de réfugié du Maroc, valable un an.
right-asylum-non-refoulement = Ne pas être renvoyé·e vers votre pays
    .summary = La loi 02-03 (article 29) interdit de vous renvoyer vers le pays dont vous avez la nationalité. Cela vaut si vous êtes reconnu·e réfugié·e, ou si votre demande d'asile est en cours.

office-unhcr-rabat = Le HCR à Rabat (pour l'enregistrement : la ligne d'aide ou WhatsApp)
office-protection-working-group-association = Une association partenaire du HCR (les groupes de travail de protection existent à Oujda, Tanger et Casablanca)
office-bra = Le Bureau des réfugiés et apatrides (BRA), au ministère des Affaires étrangères, à Rabat : passez par le HCR

step-contact-unhcr-to-register = Contactez le HCR par la ligne d'aide, par WhatsApp ou au bureau de Rabat. Demandez à être enregistré·e comme demandeur ou demandeuse d'asile.
step-go-to-unhcr-interviews = Allez à chaque rendez-vous du HCR : l'entretien d'enregistrement, puis l'entretien sur votre demande d'asile.
step-appeal-unhcr-decision = Si le HCR refuse, vous recevez une lettre. Vous avez 4 semaines pour faire appel auprès du HCR. Une association peut vous aider à le faire.
step-ask-unhcr-about-bra-hearing = Demandez au HCR si votre dossier peut être envoyé au Bureau des réfugiés et apatrides pour une audition, et quand. Sa commission s'est arrêtée plusieurs fois, notamment à partir de mars 2017.
step-carry-unhcr-or-bra-document = Gardez toujours sur vous votre document du HCR ou votre carte de réfugié du Maroc.
step-money-while-waiting = Pendant l'attente, le HCR ne donne pas d'argent aux demandeurs d'asile. Il le fait seulement dans des cas très rares, si leur vie est en danger.
