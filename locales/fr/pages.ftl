# The static pages of each right (`huquq-rules pages`), which need no JavaScript, and the
# counsellor's button that copies a page's address.
card-page-who = Pour qui
card-page-everyone = Nos règles ne posent aucune condition.
card-page-all-of = Tout ceci :
card-page-one-of = Une de ces situations :
card-page-or = ou
card-page-less-than = moins de { $n }
card-page-at-most = { $n } ou moins
card-page-more-than = plus de { $n }
card-page-at-least = { $n } ou plus
card-page-equal = { $n }
card-page-not-equal = autre que { $n }
card-page-depends = Cela dépend de vos réponses à ces questions :
card-page-only-if = Seulement si :
card-page-confirmed = Dernière confirmation par une source : { $date }.
card-page-valid-until = En vigueur jusqu'au { $date }.
card-page-index = Vos droits au Maroc, domaine par domaine
card-page-index-intro = Chaque page dit pour qui est un droit, où aller et quoi apporter. Pour savoir ce qui vous concerne, répondez aux questions du guide.
card-page-guide = Ouvrir le guide
card-page-all = Tous les droits
card-page-questions = Les questions du guide et les droits qu'elles décident
card-page-decides = Peut décider :
card-page-languages = Langues
card-page-copy = Copier l'adresse de la page de ce droit
card-page-copied = Adresse copiée
