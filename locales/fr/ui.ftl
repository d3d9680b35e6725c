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
