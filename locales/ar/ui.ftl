## Texts of the interface. Plural forms go through Fluent's selectors, never concatenation.

app-title = حقوق — حقوقك في المغرب
language-name = العربية
language-offline = هذه اللغة ليست على هذا الجهاز بعد: اتصل بالإنترنت مرة واحدة للحصول عليها.
language-switch = اللغة

welcome-title = اعرف حقوقك في المغرب
welcome-intro = يطرح عليك هذا الدليل بعض الأسئلة، ثم يخبرك بالحقوق والبرامج والمكاتب التي يمكنك الاستفادة منها، وبما يجب أن تحضره معك.
welcome-privacy = تبقى أجوبتك في هذه الصفحة فقط: تختفي عندما تغلقها، إلا إذا اخترت الاحتفاظ بها.
welcome-not-a-decision = النتيجة معلومة وليست قرارًا: المكتب هو من يقرر.
welcome-reviewed = تم التحقق من القواعد بتاريخ { $date }.
start = ابدأ

answer-yes = نعم
answer-no = لا
answer-dont-know = لا أعرف
answer-prefer-not = أفضل عدم الإجابة
continue = متابعة
listen = استمع
listen-stop = توقف
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
card-sources-loading = جارٍ تحميل المصادر…
card-sources-unavailable = المصادر ليست على هذا الجهاز بعد: افتح هذا مرة أخرى عندما يكون لديك اتصال.
card-sources = المصادر
card-valid-since = ساري المفعول منذ { $date }
restart = ابدأ من جديد

terminal-not-understood = لم أفهم. اكتب رقم أحد الخيارات، أو ? إذا كنت لا تعرف.
card-why = لماذا
card-ended = انتهى هذا الحق بتاريخ { $date }. يُعرض هنا لتاريخ الملف.
card-check = إحدى قواعد هذا الحق غير مؤكدة أو ربما تغيرت: تحقق من ذلك لدى المكتب.
answer-invalid = هذا الجواب غير صالح. تحقق منه وحاول مرة أخرى.
answer-range = اكتب عددًا صحيحًا بين { $min } و{ $max }.
answer-range-years = اكتب عمرًا بين { $min } و{ $max } سنة.
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
card-more = المزيد: كيف تطلب، ومكاتب أخرى، والمصادر
theme = العرض
theme-auto = مثل الهاتف
theme-light = فاتح
theme-dark = داكن
theme-contrast = تباين عالٍ
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
ngo-title = جهة الاتصال لمرافقتك
counsellor-summary-person = الملخص بلغة الشخص

## Leaving quickly, and what is kept of the answers (only when asked).
quick-exit-hint = للمغادرة فورًا، اضغط على «خروج سريع» في أعلى الشاشة، أو اضغط على زر Esc ثلاث مرات في لوحة المفاتيح.
quick-exit-key = المغادرة فورًا (أو اضغط Esc ثلاث مرات)
remember-sensitive = تذكر أيضًا أجوبتي على الأسئلة الحساسة
save-link = حفظ رابط للمتابعة لاحقًا
save-link-warning = يحتوي هذا الرابط على أجوبتك. كل من يراه أو يفتحه يستطيع قراءتها. احتفظ به فقط حيث لا ينظر أحد غيرك.
save-link-sensitive = ضع في الرابط أيضًا أجوبتي على الأسئلة الحساسة
save-link-label = رابطك
save-link-copy = نسخ الرابط
save-link-copied = تم النسخ. الخروج السريع يفرغ الحافظة.
save-link-close = إخفاء الرابط
update-ready = نسخة أحدث من هذه القواعد جاهزة.
update-reload = إعادة التحميل الآن (ستُمحى أجوبتك)
ngo-framed = جهة الاتصال هذه يقدمها الموقع الذي يعرض هذا الدليل، وليس «حقوق».
counsellor-summary-sensitive = إدراج الأجوبة على الأسئلة الحساسة، والحقوق التي تحددها
summary-sensitive-left-out = { $count ->
        [zero] لم يُحذف أي جواب.
        [one] حُذف جواب واحد على سؤال حساس، أو حق يحدده.
        [two] حُذف جوابان على أسئلة حساسة، أو حقان تحددهما.
        [few] حُذفت { $count } أجوبة على أسئلة حساسة، أو حقوق تحددها.
       *[other] حُذف { $count } جوابًا على أسئلة حساسة، أو حقًا تحدده.
    }

## The site owner's view (?admin=1): never shown to the person using the guide.
admin-title = لمسؤول الموقع
admin-site-read = تمت قراءة ملف الموقع { $file }.
admin-site-missing = لا يوجد ملف الموقع { $file } بجانب هذه الصفحة: لا تظهر أي جهة اتصال خاصة بكم، والخروج السريع يذهب إلى الصفحة الافتراضية.
admin-site-syntax = السطر { $line }، العمود { $column }: اكتب كل إعداد على شكل key = "text".
admin-site-unknown-key = السطر { $line }، العمود { $column }: هذا المفتاح غير معروف. المفاتيح هي ngo و ngo_phone و ngo_address و accent و exit_to.
admin-site-repeated = السطر { $line }، العمود { $column }: الإعداد { $key } مكتوب مرة ثانية؛ تُستعمل القيمة الأولى.
admin-site-bad-value = السطر { $line }، العمود { $column }: هذه القيمة غير صالحة لـ { $key }.
admin-site-no-name = لا يظهر ngo_phone و ngo_address إلا مع ngo، أي اسم المنظمة.
admin-contact-site = جهة الاتصال المعروضة مأخوذة من ملف الموقع.
admin-contact-frame = جهة الاتصال المعروضة مأخوذة من عنوان الإطار: تظهر على أنها مقدمة من الموقع الذي يعرض الدليل.
admin-contact-none = لا تظهر أي جهة اتصال.
admin-address-refused = إعدادات في العنوان لم تُستعمل: { $names }.
admin-address-unknown = { $count ->
        [one] تم تجاهل إعداد واحد باسم غير معروف.
        [two] تم تجاهل إعدادين باسمين غير معروفين.
        [few] تم تجاهل { $count } إعدادات بأسماء غير معروفة.
       *[other] تم تجاهل { $count } إعدادًا بأسماء غير معروفة.
    }
admin-address-truncated = كان العنوان طويلًا جدًا: قُرئت بدايته فقط.
admin-address-frame-only = لا يُستعمل اسم جهة الاتصال أو اللون الموجود في العنوان إلا عندما يكون الدليل داخل إطار موقع آخر. لعرض جهة اتصالكم هنا، ضعوها في ملف الموقع.

## Dates, written the way each language writes them (Arabic: month names used in Morocco).
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = ماي
month-6 = يونيو
month-7 = يوليوز
month-8 = غشت
month-9 = شتنبر
month-10 = أكتوبر
month-11 = نونبر
month-12 = دجنبر

## What the person takes away, and "this looks wrong".
report-body = يبدو هذا خطأ في «حقوق»: { $right }
report-version = القواعد مراجعة بتاريخ { $date }
report-wrong = هل يبدو هذا خطأ؟
card-elsewhere = مكاتب أخرى
card-checked = (المصدر: { $date })
results-not-applying = { $count ->
        [one] حق واحد لا ينطبق حسب أجوبتك
        [two] حقان لا ينطبقان حسب أجوبتك
        [few] { $count } حقوق لا تنطبق حسب أجوبتك
       *[other] { $count } حقًا لا تنطبق حسب أجوبتك
    }
today-title = اليوم
today-emergency = أرقام الطوارئ
start-here = ابدأ من هنا
start-then = بعد ذلك
documents-title = الأوراق التي يجب إحضارها
documents-for = من أجل: { $rights }
contents = في هذه الصفحة
what-if-title = ماذا لو تغير وضعي؟
what-if-choose = اختر جوابًا آخر
what-if-appear = سيكون لك أيضًا
what-if-go = لن يكون لك بعد الآن
what-if-none = لا شيء يتغير.
what-if-note = هذه مجرد تجربة: أجوبتك تبقى كما هي.
keep-title = للاحتفاظ به
keep-sensitive = احتفظ أيضًا بما يأتي من أجوبتي الحساسة (العنف، الاتجار بالبشر، الحمل…)
print-short = طباعة النسخة القصيرة (صفحتان)
print-all = طباعة كل شيء
share-text = مشاركة كنص
share-read = اقرأه قبل إرساله:
share-whatsapp = فتح في واتساب
share-sms = فتح في الرسائل
calendar = إضافة الآجال إلى مفكرتي
counter-open = أظهر هذا في الشباك
counter-close = إغلاق
counter-print = طباعة هذه البطاقة
counter-to = إلى الموظف في الشباك
counter-asks = هذا الشخص يطلب: { $right }
counter-basis = النص الذي يمنح هذا الحق
counter-check = للتحقق، يمكنكم الاتصال بـ
calendar-counted = محسوب ابتداءً من { $date }: { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
       *[other] { $days } يومًا
    }. إذا بدأ الأمر في يوم آخر، فاحسب الأيام ابتداءً من ذلك اليوم.
