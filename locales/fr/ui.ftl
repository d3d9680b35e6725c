## Texts of the interface. Plural forms go through Fluent's selectors, never concatenation.

app-title = Huquq — vos droits au Maroc
language-name = Français
language-offline = Cette langue n'est pas encore sur cet appareil : connectez-vous une fois à internet pour l'avoir.
language-switch = Langue

welcome-title = Connaître vos droits au Maroc
welcome-intro = Ce guide vous pose quelques questions, puis vous dit quels droits, programmes et bureaux vous pouvez utiliser, et ce qu'il faut apporter.
welcome-privacy = Vos réponses restent dans cette page : elles disparaissent quand vous la fermez, sauf si vous choisissez de les garder.
welcome-not-a-decision = Le résultat est une information, pas une décision : c'est le bureau qui décide.
welcome-reviewed = Règles vérifiées le { $date }.
start = Commencer

answer-yes = Oui
answer-no = Non
answer-dont-know = Je ne sais pas
answer-prefer-not = Je préfère ne pas répondre
continue = Continuer
listen = Écouter
listen-stop = Arrêter
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
results-changes-title = Ce qui a changé dans le guide depuis que vous avez gardé vos réponses
results-eligible = Vous y avez probablement droit
results-undetermined = Peut-être : à vérifier
results-not-eligible = Les autres droits
results-none = Aucun droit dans ce groupe.
# Between the items of a list in a text that leaves the page (papers, offices), and between
# the parts of an office's line: in Arabic, Arabic punctuation.
results-separator = {" ; "}
results-comma = {", "}
results-call = À appeler
status-eligible = Probablement oui
status-undetermined = Peut-être
status-not_eligible = Non, d'après vos réponses
card-where = Où aller
card-bring = À apporter
card-steps = Comment faire
card-sources-loading = Chargement des sources…
card-sources-unavailable = Les sources ne sont pas encore sur cet appareil : ouvrez ceci à nouveau quand vous avez une connexion.
card-sources = Sources
card-valid-since = En vigueur depuis { $date }
restart = Recommencer

terminal-not-understood = Je n'ai pas compris. Tapez le numéro d'un choix, ou ? si vous ne savez pas.
card-why = Pourquoi
card-ended = Ce droit a pris fin le { $date }. Il est montré pour l'histoire d'un dossier.
card-check = Une règle de ce droit est incertaine ou a pu changer : vérifiez auprès du bureau.
card-open-by-source = Nos sources ne disent pas si ce droit est pour votre situation. Demandez au bureau.
status-aged = { $year ->
    [none] Information sans date : vérifiez d'abord
   *[other] Information de { $year } : vérifiez d'abord
}
answer-invalid = Cette réponse n'est pas valable. Vérifiez-la et réessayez.
answer-range = Écrivez un nombre entier entre { $min } et { $max }.
answer-range-years = Écrivez un âge entre { $min } et { $max } ans.
review = Revoir mes réponses
review-title = Vos réponses
review-empty = Vous n'avez encore répondu à aucune question.
change = Modifier
see-results = Voir les résultats
settled-title = Déjà certain pour vous
see-results-now = Voir mes résultats
results-so-far = Voici vos résultats avec vos réponses jusqu'ici. Les questions restantes peuvent encore les changer.
results-so-far-continue = Continuer les questions
settled-more = { $count ->
    [one] et 1 autre
   *[other] et { $count } autres
}
quick-exit = Sortie rapide
notice-damaged = Certaines réponses enregistrées n'ont pas pu être lues : elles ont été ignorées.
card-open = Pour le savoir, répondez à :
card-answer = Répondre
card-would-change = Ce droit s'appliquerait si vous répondiez :
card-more = Plus : comment demander, autres bureaux, sources
theme = Affichage
theme-auto = Comme le téléphone
theme-light = Clair
theme-dark = Sombre
theme-contrast = Contraste élevé
remember = Se souvenir de mes réponses sur cet appareil (seulement si ce téléphone est à vous)
card-why-not = Pourquoi pas ?
card-not-yet = Ce droit n'était pas encore en vigueur ce jour-là : il commence le { $date }.

## Le formulaire d'une page des conseillers (?mode=counsellor).
welcome-counsellor = Mode conseiller
counsellor-title = Mode conseiller
counsellor-intro = Posez les questions dans l'ordre voulu : les résultats suivent chaque réponse. N'écrivez nulle part le nom de la personne.
counsellor-person-language = Langue de la personne
counsellor-as-of = Règles à la date du
counsellor-new = Nouvel entretien
counsellor-leave = Revenir au guide
counsellor-questions = Questions
counsellor-results = Résultats
counsellor-counts = Probablement oui : { $eligible } · Peut-être : { $undetermined } · Non : { $not }
counsellor-to-results = Voir les résultats
counsellor-back-to-question = Revenir à la question
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
ngo-title = Votre contact pour être accompagné·e
counsellor-summary-person = Résumé dans la langue de la personne

## Hand-over to the person's phone: a QR code of the guide with the answers (src/ui/to_phone.rs).
counsellor-handover = Donner les résultats sur le téléphone de la personne
counsellor-handover-history = Ce code QR ouvre le guide sur votre téléphone, avec vos réponses. L'historique du téléphone garde cette adresse et vos réponses, même après la sortie rapide.
counsellor-handover-show = Montrer le code QR
counsellor-handover-code = Code QR : le guide avec ces réponses, à scanner avec l'appareil photo du téléphone de la personne.
counsellor-handover-sensitive-out = Les réponses aux questions sensibles n'y sont pas.
counsellor-handover-address = L'adresse dans le code
counsellor-handover-too-long = Ces réponses ne tiennent pas dans un code QR.

## Leaving quickly, and what is kept of the answers (only when asked).
quick-exit-hint = Pour partir tout de suite, appuyez sur « Sortie rapide » en haut de l'écran, ou trois fois sur Échap sur un clavier.
quick-exit-key = Partir tout de suite (ou trois fois Échap)
remember-sensitive = Garder aussi mes réponses aux questions sensibles (elles peuvent laisser des traces sur ce téléphone, même après la sortie rapide)
save-link = Continuer plus tard
save-link-warning = Ce code contient vos réponses. Toute personne qui l'a peut les lire dans le guide. Gardez-le là où personne d'autre ne regarde.
save-link-sensitive = Mettre aussi dans le code mes réponses aux questions sensibles
save-link-label = Votre code
save-link-copy = Copier le code
save-link-copied = Copié. La sortie rapide vide le presse-papiers.
save-link-close = Fermer
update-ready = Une version plus récente de ces règles est prête.
update-reload = Recharger maintenant (vos réponses seront effacées)
ngo-framed = Ce contact est donné par le site qui montre ce guide, pas par Huquq.
counsellor-summary-sensitive = Inclure les réponses aux questions sensibles, et les droits qu'elles décident
counsellor-export-case = Exporter le cas pour les auteurs des règles
summary-sensitive-left-out = { $count ->
        [one] Une réponse à une question sensible, ou un droit qu'elle décide, n'est pas incluse.
       *[other] { $count } réponses à des questions sensibles, ou droits qu'elles décident, ne sont pas inclus.
    }

## The site owner's view (?admin=1): never shown to the person using the guide.
admin-title = Pour le responsable du site
admin-site-read = Le fichier du site { $file } a été lu.
admin-site-missing = Il n'y a pas de fichier du site { $file } à côté de cette page : aucun contact de votre part n'est montré, et la sortie rapide va vers la page par défaut.
admin-site-syntax = Ligne { $line }, colonne { $column } : écrivez chaque réglage sous la forme clé = "texte".
admin-site-unknown-key = Ligne { $line }, colonne { $column } : cette clé n'existe pas. Les clés sont : { $keys }.
admin-site-repeated = Ligne { $line }, colonne { $column } : { $key } est donné une deuxième fois ; le premier est utilisé.
admin-site-bad-value = Ligne { $line }, colonne { $column } : cette valeur n'est pas valable pour { $key }.
admin-site-no-name = ngo_phone et ngo_address ne sont montrés qu'avec ngo, le nom de l'organisation.
admin-contact-site = Le contact montré vient du fichier du site.
admin-contact-frame = Le contact montré vient de l'adresse du cadre : il est présenté comme donné par le site autour du guide.
admin-contact-none = Aucun contact n'est montré.
admin-address-refused = Réglages de l'adresse qui n'ont pas été utilisés : { $names }.
admin-address-unknown = { $count ->
        [one] Un réglage au nom inconnu a été ignoré.
       *[other] { $count } réglages aux noms inconnus ont été ignorés.
    }
admin-address-truncated = L'adresse était trop longue : seul son début a été lu.
admin-address-frame-only = Un contact ou une couleur dans l'adresse n'est utilisé que lorsque le guide est dans le cadre d'un autre site. Pour montrer le vôtre ici, mettez-le dans le fichier du site.

## Dates, written the way each language writes them (Arabic: month names used in Morocco).
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## An office's hours, from the rules' `hours` (days, then a part of the day or times), in
## one line; `huquq_engine::hours::say` chooses the text. Numbers stay in Latin digits.
hours-day-mon = lundi
hours-day-tue = mardi
hours-day-wed = mercredi
hours-day-thu = jeudi
hours-day-fri = vendredi
hours-day-sat = samedi
hours-day-sun = dimanche
# One more day of a list, then the last one; three days or more in a row.
hours-days-next = { $days }, { $day }
hours-days-last = { $days } et { $day }
hours-days-through = du { $first } au { $last }
# A time: $hour and $minute are numbers, $minutes has two digits (05), $clock is 9:00.
hours-clock = { $minute ->
        [0] { $hour } h
       *[other] { $hour } h { $minutes }
    }
hours-days-morning = { $days } matin
hours-days-afternoon = { $days } après-midi
hours-days-range = { $days } de { $from } à { $to }
hours-morning = le matin
hours-afternoon = l'après-midi
hours-range = de { $from } à { $to }
hours-calls = par téléphone { $hours }
hours-next = { $hours } ; { $more }

## What the person takes away, and "this looks wrong".
report-body = Ceci semble faux dans Huquq : { $right }
report-version = Règles vérifiées le { $date }
report-wrong = Quelque chose semble faux ?
card-elsewhere = Autres bureaux
card-checked = (source : { $date })
card-whatsapp = WhatsApp
results-not-applying = { $count ->
        [one] Un droit ne s'applique pas d'après vos réponses
       *[other] { $count } droits ne s'appliquent pas d'après vos réponses
    }
today-title = Aujourd'hui
today-emergency = Numéros d'urgence
start-here = Commencez ici
start-then = Ensuite
documents-title = Papiers à apporter
documents-for = Pour : { $rights }
contents = Sur cette page
what-if-title = Et si ma situation changeait ?
what-if-choose = Choisissez une autre réponse
what-if-appear = Vous auriez aussi
what-if-go = Vous n'auriez plus
what-if-none = Rien ne change.
what-if-note = C'est seulement un essai : vos réponses restent les mêmes.
keep-title = À garder
keep-sensitive = Garder aussi ce qui vient de mes réponses sensibles (violence, traite, grossesse…)
print-short = Imprimer la version courte (2 pages)
print-all = Tout imprimer
share-text = Partager en texte
share-read = Lisez-le avant de l'envoyer :
share-whatsapp = Ouvrir dans WhatsApp
share-sms = Ouvrir dans les messages
calendar = Ajouter les délais à mon agenda
counter-open = Montrer ceci au guichet
counter-close = Fermer
counter-print = Imprimer cette fiche
counter-to = À l'attention de l'agent au guichet
counter-asks = Cette personne demande : { $right }
counter-basis = Le texte qui l'accorde
counter-check = Pour vérifier, vous pouvez appeler
calendar-counted = Compté à partir du { $date } : { $days ->
        [one] un jour
       *[other] { $days } jours
    }. Si cela a commencé un autre jour, comptez à partir de ce jour-là.
loading-results = Chargement des résultats…
offline-results = Les résultats ne sont pas encore sur cet appareil : connectez-vous une fois à internet, puis revenez ici. Vos réponses restent sur cet écran.
save-link-how = Pour reprendre, ouvrez le guide et touchez « J'ai un code pour reprendre ».
save-link-as-link = Un lien plutôt qu'un code ?
save-link-history = Un lien est plus simple à ouvrir, mais l'historique du téléphone le garde, avec vos réponses, même après la sortie rapide.
save-link-show-link = Montrer le lien quand même
save-link-link-label = Votre lien
save-link-copy-link = Copier le lien
welcome-resume = J'ai un code pour reprendre
resume-label = Votre code (lettres et chiffres)
resume-go = Reprendre
resume-unreadable = Ce code ne peut pas être lu. Vérifiez chaque lettre et chaque chiffre.
resume-other-version = Ce code vient d'une autre version du guide. Répondez de nouveau aux questions.
load-failed = Les résultats n'ont pas pu se charger. Vos réponses sont toujours là.
try-again = Réessayer
admin-site-too-long = Ligne { $line }, colonne { $column } : { $key } peut avoir au plus { $limit } caractères ; ce réglage n'est pas utilisé.
admin-site-more = { $count ->
        [one] Et une autre erreur dans ce fichier.
       *[other] Et { $count } autres erreurs dans ce fichier.
    }
admin-too-long = Dans l'adresse, { $key } peut avoir au plus { $limit } caractères.
admin-address-hash = Le texte après # dans l'adresse n'est pas des réponses enregistrées : il est ignoré. Dans un réglage, écrivez # sous la forme %23, par exemple accent=%23004488.
counsellor-bad-day = Ce jour n'existe pas : choisissez une date du calendrier.
