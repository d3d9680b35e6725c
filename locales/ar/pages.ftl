# The static pages of each right (`huquq-rules pages`), which need no JavaScript, and the
# counsellor's button that copies a page's address.
# fr: 439caea7
card-page-who = لمن هذا الحق
# fr: 55a4994a
card-page-everyone = قواعدنا لا تضع أي شرط.
# fr: 5d9a7e4a
card-page-all-of = كل ما يلي:
# fr: 89d5ab47
card-page-one-of = إحدى هذه الحالات:
# fr: cc3ecaa0
card-page-or = أو
# fr: c0007857
card-page-less-than = أقل من { $n }
# fr: c5a4b9aa
card-page-at-most = { $n } أو أقل
# fr: 89564c63
card-page-more-than = أكثر من { $n }
# fr: 8265d8c2
card-page-at-least = { $n } أو أكثر
# fr: f75775b2
card-page-equal = { $n }
# fr: a80f69f0
card-page-not-equal = غير { $n }
# fr: 289865d6
card-page-depends = هذا يتوقف على أجوبتك عن هذه الأسئلة:
# fr: 1aac2fca
card-page-only-if = فقط إذا:
# fr: 62f7d931
card-page-confirmed = آخر تأكيد من مصدر: { $date }.
# fr: 16c8dce1
card-page-valid-until = ساري المفعول حتى { $date }.
# fr: 7c2fce44
card-page-index = حقوقك في المغرب، مجالا بمجال
# fr: ae8eb419
card-page-index-intro = كل صفحة تقول لمن هذا الحق، وإلى أين تذهب، وماذا تحمل معك. لتعرف ما يخصك، أجب عن أسئلة الدليل.
# fr: a3c17b62
card-page-guide = افتح الدليل
# fr: dd66c6cc
card-page-all = كل الحقوق
# fr: 2335e443
card-page-questions = أسئلة الدليل والحقوق التي تقررها
# fr: 104c9df7
card-page-decides = يمكن أن يقرر:
# fr: f15c2a73
card-page-languages = اللغات
# fr: 3bedee1a
card-page-copy = انسخ عنوان صفحة هذا الحق
# fr: ba0408e1
card-page-copied = تم نسخ العنوان
