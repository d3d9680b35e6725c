## Texts of the interface. Plural forms go through Fluent's selectors, never concatenation.

app-title = Huquq — vos droits au Maroc
language-name = Français
language-switch = Langue

welcome-title = Connaître vos droits au Maroc
welcome-intro = Ce guide vous pose quelques questions, puis vous dit quels droits, programmes et bureaux vous pouvez utiliser, et ce qu'il faut apporter.
welcome-privacy = Rien de ce que vous répondez ne quitte cet appareil.
welcome-not-a-decision = Le résultat est une information, pas une décision : c'est le bureau qui décide.
welcome-reviewed = Règles vérifiées le { $date }.
start = Commencer

answer-yes = Oui
answer-no = Non
answer-dont-know = Je ne sais pas
answer-prefer-not = Je préfère ne pas répondre
continue = Continuer
back = Retour
progress = { $answered ->
        [0] Première question
        [one] Une réponse donnée
       *[other] { $answered } réponses données
    }, { $remaining ->
        [one] encore une question au plus
       *[other] encore { $remaining } questions au plus
    }

results-title = Vos droits
results-as-of = Résultats au { $date }
results-eligible = Vous y avez probablement droit
results-undetermined = Peut-être : à vérifier
results-not-eligible = Les autres droits
results-none = Aucun droit dans ce groupe.
status-eligible = Probablement oui
status-undetermined = Peut-être
status-not_eligible = Non, d'après vos réponses
card-where = Où aller
card-bring = À apporter
card-steps = Comment faire
card-sources = Sources
card-valid-since = En vigueur depuis { $date }
restart = Recommencer

terminal-not-understood = Je n'ai pas compris. Tapez le numéro d'un choix, ou ? si vous ne savez pas.
card-why = Pourquoi
card-ended = Ce droit a pris fin le { $date }. Il est montré pour l'histoire d'un dossier.
card-check = Une règle de ce droit est incertaine ou a pu changer : vérifiez auprès du bureau.
answer-invalid = Cette réponse n'est pas valable. Vérifiez-la et réessayez.
review = Revoir mes réponses
review-title = Vos réponses
review-empty = Vous n'avez encore répondu à aucune question.
change = Modifier
see-results = Voir les résultats
settled-title = Déjà certain pour vous
quick-exit = Sortie rapide
notice-damaged = Certaines réponses enregistrées n'ont pas pu être lues : elles ont été ignorées.
card-open = Pour le savoir, répondez à :
card-answer = Répondre
card-would-change = Ce droit s'appliquerait si vous répondiez :
card-more = Où aller, quoi apporter, sources
remember = Se souvenir de mes réponses sur cet appareil (seulement si ce téléphone est à vous)
card-why-not = Pourquoi pas ?
card-not-yet = Ce droit n'était pas encore en vigueur ce jour-là : il commence le { $date }.

## Le formulaire d'une page des conseillers (?mode=counsellor).
counsellor-link = Mode conseiller
counsellor-title = Mode conseiller
counsellor-intro = Posez les questions dans l'ordre voulu : les résultats suivent chaque réponse. N'écrivez nulle part le nom de la personne.
counsellor-person-language = Langue de la personne
counsellor-as-of = Règles à la date du
counsellor-new = Nouvel entretien
counsellor-leave = Revenir au guide
counsellor-questions = Questions
counsellor-results = Résultats
counsellor-counts = Probablement oui : { $eligible } · Peut-être : { $undetermined } · Non : { $not }
counsellor-cannot-change = Ne peut changer aucun résultat pour l'instant.
counsellor-apply = Appliquer
counsellor-summary = Résumé du dossier
counsellor-copy = Copier
counsellor-print = Imprimer
counsellor-copied = Copié.
counsellor-copy-failed = Le texte est sélectionné : copiez-le avec Ctrl+C.
summary-heading = Huquq — résumé du dossier
summary-answers = Réponses
summary-open = Reste à demander
summary-detail = { $what } : { $items }
notice-config = Certains réglages de l'adresse de cette page n'ont pas été utilisés : { $names }.
ngo-title = Votre contact pour être accompagné·e
counsellor-summary-person = Résumé dans la langue de la personne
