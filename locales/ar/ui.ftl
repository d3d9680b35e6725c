## Texts of the interface. Plural forms go through Fluent's selectors, never concatenation.

app-title = حقوق — حقوقك في المغرب
language-name = العربية
language-switch = اللغة

welcome-title = اعرف حقوقك في المغرب
welcome-intro = يطرح عليك هذا الدليل بعض الأسئلة، ثم يخبرك بالحقوق والبرامج والمكاتب التي يمكنك الاستفادة منها، وبما يجب أن تحضره معك.
welcome-privacy = لا يغادر أي شيء من أجوبتك هذا الجهاز.
welcome-not-a-decision = النتيجة معلومة وليست قرارًا: المكتب هو من يقرر.
welcome-reviewed = تم التحقق من القواعد بتاريخ { $date }.
start = ابدأ

answer-yes = نعم
answer-no = لا
answer-dont-know = لا أعرف
answer-prefer-not = أفضل عدم الإجابة
continue = متابعة
back = رجوع
progress = { $answered ->
        [0] السؤال الأول
        [one] تم تقديم جواب واحد
        [two] تم تقديم جوابين
        [few] تم تقديم { $answered } أجوبة
       *[other] تم تقديم { $answered } جوابًا
    }، { $remaining ->
        [one] بقي سؤال واحد على الأكثر
        [two] بقي سؤالان على الأكثر
        [few] بقيت { $remaining } أسئلة على الأكثر
       *[other] بقي { $remaining } سؤالًا على الأكثر
    }

results-title = حقوقك
results-as-of = النتائج بتاريخ { $date }
results-eligible = من المرجح أن لك هذه الحقوق
results-undetermined = ربما: يجب التحقق
results-not-eligible = حقوق أخرى
results-none = لا يوجد أي حق في هذه المجموعة.
status-eligible = على الأرجح نعم
status-undetermined = ربما
status-not_eligible = لا، حسب أجوبتك
card-where = إلى أين تذهب
card-bring = ما يجب إحضاره
card-steps = كيف تطلب ذلك
card-sources = المصادر
card-valid-since = ساري المفعول منذ { $date }
restart = ابدأ من جديد

terminal-not-understood = لم أفهم. اكتب رقم أحد الخيارات، أو ? إذا كنت لا تعرف.
card-why = لماذا
card-ended = انتهى هذا الحق بتاريخ { $date }. يُعرض هنا لتاريخ الملف.
card-check = إحدى قواعد هذا الحق غير مؤكدة أو ربما تغيرت: تحقق من ذلك لدى المكتب.
answer-invalid = هذا الجواب غير صالح. تحقق منه وحاول مرة أخرى.
review = مراجعة أجوبتي
review-title = أجوبتك
review-empty = لم تجب بعد على أي سؤال.
change = تعديل
see-results = عرض النتائج
settled-title = مؤكد بالنسبة لك حتى الآن
quick-exit = خروج سريع
notice-damaged = تعذرت قراءة بعض الأجوبة المحفوظة، فتم تجاهلها.
card-open = لمعرفة ذلك، أجب عن:
card-answer = أجب
card-would-change = ينطبق هذا الحق إذا كان جوابك:
card-more = أين تذهب، وماذا تحضر، والمصادر
remember = تذكر أجوبتي على هذا الجهاز (فقط إذا كان هذا الهاتف لك)
card-why-not = لماذا لا؟
card-not-yet = لم يكن هذا الحق ساريًا في ذلك اليوم: يبدأ في { $date }.

## The counsellor's one-page form (?mode=counsellor).
counsellor-link = وضع المستشار
counsellor-title = وضع المستشار
counsellor-intro = اطرح الأسئلة بالترتيب الذي تريده: تتغير النتائج مع كل جواب. لا تكتب اسم الشخص في أي مكان.
counsellor-person-language = لغة الشخص
counsellor-as-of = القواعد كما كانت بتاريخ
counsellor-new = مقابلة جديدة
counsellor-leave = العودة إلى الدليل
counsellor-questions = الأسئلة
counsellor-results = النتائج
counsellor-counts = على الأرجح نعم: { $eligible } · ربما: { $undetermined } · لا: { $not }
counsellor-cannot-change = لا يمكن أن يغيّر أي نتيجة الآن.
counsellor-apply = تطبيق
counsellor-summary = ملخص الملف
counsellor-copy = نسخ
counsellor-print = طباعة
counsellor-copied = تم النسخ.
counsellor-copy-failed = النص محدد: انسخه بالضغط على Ctrl+C.
summary-heading = حقوق — ملخص الملف
summary-answers = الأجوبة
summary-open = يبقى السؤال عن
summary-detail = { $what }: { $items }
notice-config = لم تُستعمل بعض الإعدادات الموجودة في عنوان هذه الصفحة: { $names }.
ngo-title = جهة الاتصال لمرافقتك
counsellor-summary-person = الملخص بلغة الشخص
