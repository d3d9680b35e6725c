# The static pages of each right (`huquq-rules pages`), which need no JavaScript, and the
# counsellor's button that copies a page's address.
# fr: 439caea7
card-page-who = Who it is for
# fr: 55a4994a
card-page-everyone = Our rules set no condition.
# fr: 5d9a7e4a
card-page-all-of = All of these:
# fr: 89d5ab47
card-page-one-of = One of these situations:
# fr: cc3ecaa0
card-page-or = or
# fr: c0007857
card-page-less-than = less than { $n }
# fr: c5a4b9aa
card-page-at-most = { $n } or less
# fr: 89564c63
card-page-more-than = more than { $n }
# fr: 8265d8c2
card-page-at-least = { $n } or more
# fr: f75775b2
card-page-equal = { $n }
# fr: a80f69f0
card-page-not-equal = other than { $n }
# fr: 289865d6
card-page-depends = It depends on your answers to these questions:
# fr: 1aac2fca
card-page-only-if = Only if:
# fr: 62f7d931
card-page-confirmed = Last confirmed by a source: { $date }.
# fr: 16c8dce1
card-page-valid-until = In force until { $date }.
# fr: 7c2fce44
card-page-index = Your rights in Morocco, area by area
# fr: ae8eb419
card-page-index-intro = Each page says who a right is for, where to go and what to bring. To know what concerns you, answer the guide's questions.
# fr: a3c17b62
card-page-guide = Open the guide
# fr: dd66c6cc
card-page-all = All the rights
# fr: 2335e443
card-page-questions = The guide's questions and the rights they decide
# fr: 104c9df7
card-page-decides = Can decide:
# fr: f15c2a73
card-page-languages = Languages
# fr: 3bedee1a
card-page-copy = Copy the address of this right's page
# fr: ba0408e1
card-page-copied = Address copied
