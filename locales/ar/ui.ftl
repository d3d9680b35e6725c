## Texts of the interface. Plural forms go through Fluent's selectors, never concatenation.

# fr: 21e778eb
app-title = حقوق — حقوقك في المغرب
# fr: e714cb80
language-name = العربية
# fr: fa965300
language-offline = هذه اللغة ليست على هذا الجهاز بعد: اتصل بالإنترنت مرة واحدة للحصول عليها.
# fr: 4b283fd2
language-switch = اللغة

# fr: d7b986b8
welcome-title = اعرف حقوقك في المغرب
# fr: 4d9699a5
welcome-intro = يطرح عليك هذا الدليل بعض الأسئلة، ثم يخبرك بالحقوق والبرامج والمكاتب التي يمكنك الاستفادة منها، وبما يجب أن تحضره معك.
# fr: 578451c8
welcome-privacy = تبقى أجوبتك في هذه الصفحة فقط: تختفي عندما تغلقها، إلا إذا اخترت الاحتفاظ بها.
# fr: 89c2c894
welcome-not-a-decision = النتيجة معلومة وليست قرارًا: المكتب هو من يقرر.
# fr: 050d7869
welcome-reviewed = تم التحقق من القواعد بتاريخ { $date }.
# fr: d696daef
start = ابدأ

# fr: b263d20b
answer-yes = نعم
# fr: 6cccc59b
answer-no = لا
# fr: 4e527c1e
answer-dont-know = لا أعرف
# fr: 55011ff8
answer-prefer-not = أفضل عدم الإجابة
# fr: 3dcb7641
continue = متابعة
# fr: a31a0ef8
listen = استمع
# fr: 623cf521
listen-stop = توقف
# fr: 4f64e0e7
back = رجوع
# fr: 3e58f64c
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

# fr: 68548557
results-title = حقوقك
# fr: ca0d352c
results-as-of = النتائج بتاريخ { $date }
# fr: 215b2ae2
results-changes-title = ما الذي تغيّر في الدليل منذ حفظ أجوبتك
# fr: 7411a55d
results-eligible = من المرجح أن لك هذه الحقوق
# fr: 100e9e97
results-undetermined = ربما: يجب التحقق
# fr: 18c217cf
results-not-eligible = حقوق أخرى
# fr: ce2fde12
results-none = لا يوجد أي حق في هذه المجموعة.
# fr: 1f2c6d19
results-separator = {"؛ "}
# fr: 4e7165d8
results-comma = {"، "}
# fr: 1c093e6a
results-call = للاتصال
# fr: 15b57cc4
status-eligible = على الأرجح نعم
# fr: f47319e9
status-undetermined = ربما
# fr: 9e458d51
status-not_eligible = لا، حسب أجوبتك
# fr: 815d9c51
card-where = إلى أين تذهب
# fr: 7e85e980
card-bring = ما يجب إحضاره
# fr: a8c75948
card-steps = كيف تطلب ذلك
# fr: 8b4ac752
card-sources-loading = جارٍ تحميل المصادر…
# fr: 54fa397f
card-sources-unavailable = المصادر ليست على هذا الجهاز بعد: افتح هذا مرة أخرى عندما يكون لديك اتصال.
# fr: 70db0b3a
card-sources = المصادر
# fr: 8cc767ce
card-valid-since = ساري المفعول منذ { $date }
# fr: eeeb2830
restart = ابدأ من جديد

# fr: dc96a800
terminal-not-understood = لم أفهم. اكتب رقم أحد الخيارات، أو ? إذا كنت لا تعرف.
# fr: e975f46c
card-why = لماذا
# fr: eeb258b3
card-ended = انتهى هذا الحق بتاريخ { $date }. يُعرض هنا لتاريخ الملف.
# fr: cf87de94
card-check = إحدى قواعد هذا الحق غير مؤكدة أو ربما تغيرت: تحقق من ذلك لدى المكتب.
# fr: b1d2df4c
card-open-by-source = لا تقول مصادرنا هل يشمل هذا الحق وضعك. يمكن سؤال المكتب.
# fr: be778dd7
status-aged = { $year ->
    [none] معلومة بلا تاريخ: يجب التحقق منها أولًا
   *[other] معلومة من سنة { $year }: يجب التحقق منها أولًا
}
# fr: 09945f96
answer-invalid = هذا الجواب غير صالح. تحقق منه وحاول مرة أخرى.
# fr: ba1ca2f9
answer-range = اكتب عددًا صحيحًا بين { $min } و{ $max }.
# fr: 0b0dca70
answer-range-years = اكتب عمرًا بين { $min } و{ $max } سنة.
# fr: 4e16dfee
review = مراجعة أجوبتي
# fr: d3ba57ac
review-title = أجوبتك
# fr: d65a6d22
review-empty = لم تجب بعد على أي سؤال.
# fr: 60b827c1
change = تعديل
# fr: 39b68194
see-results = عرض النتائج
# fr: 5b937132
settled-title = مؤكد بالنسبة لك حتى الآن
# fr: 3ff3eaa5
see-results-now = عرض نتائجي
# fr: 742e375e
results-so-far = هذه نتائجك حسب أجوبتك حتى الآن. الأسئلة الباقية قد تغيّرها.
# fr: 172f8e6c
results-so-far-continue = متابعة الأسئلة
# fr: 57910bdb
settled-more = { $count ->
    [one] وحق آخر
    [two] وحقان آخران
    [few] و{ $count } حقوق أخرى
   *[other] و{ $count } حقًا آخر
}
# fr: e3216deb
quick-exit = خروج سريع
# fr: 07b82466
notice-damaged = تعذرت قراءة بعض الأجوبة المحفوظة، فتم تجاهلها.
# fr: 084c7be0
card-open = لمعرفة ذلك، أجب عن:
# fr: 10fcf4bc
card-answer = أجب
# fr: 75baa00f
card-would-change = ينطبق هذا الحق إذا كان جوابك:
# fr: 80304da7
card-more = المزيد: كيف تطلب، ومكاتب أخرى، والمصادر
# fr: a7da5474
theme = العرض
# fr: adf4d26e
theme-auto = مثل الهاتف
# fr: 249f2a79
theme-light = فاتح
# fr: 902b22c0
theme-dark = داكن
# fr: 32d2f2e2
theme-contrast = تباين عالٍ
# fr: b33d7914
remember = تذكر أجوبتي على هذا الجهاز (فقط إذا كان هذا الهاتف لك)
# fr: 56a23d71
card-why-not = لماذا لا؟
# fr: de41660a
card-not-yet = لم يكن هذا الحق ساريًا في ذلك اليوم: يبدأ في { $date }.

## The counsellor's one-page form (?mode=counsellor).
# fr: f53a9919
welcome-counsellor = وضع المستشار
# fr: f53a9919
counsellor-title = وضع المستشار
# fr: d5cbe80e
counsellor-intro = اطرح الأسئلة بالترتيب الذي تريده: تتغير النتائج مع كل جواب. لا تكتب اسم الشخص في أي مكان.
# fr: e5df3a98
counsellor-person-language = لغة الشخص
# fr: b8b83d93
counsellor-as-of = القواعد كما كانت بتاريخ
# fr: 813ca261
counsellor-new = مقابلة جديدة
# fr: d5861de1
counsellor-leave = العودة إلى الدليل
# fr: 9953c375
counsellor-questions = الأسئلة
# fr: 37f31efc
counsellor-results = النتائج
# fr: 9df01332
counsellor-counts = على الأرجح نعم: { $eligible } · ربما: { $undetermined } · لا: { $not }
# fr: 39b68194
counsellor-to-results = عرض النتائج
# fr: c9d107ed
counsellor-back-to-question = العودة إلى السؤال
# fr: 6e426b9e
counsellor-cannot-change = لا يمكن أن يغيّر أي نتيجة الآن.
# fr: 77bc0a41
counsellor-apply = تطبيق
# fr: 8581064d
counsellor-summary = ملخص الملف
# fr: 00d066d6
counsellor-copy = نسخ
# fr: cfb453a9
counsellor-print = طباعة
# fr: a10fd13d
counsellor-copied = تم النسخ.
# fr: 633240c8
counsellor-copy-failed = النص محدد: انسخه بالضغط على Ctrl+C.
# fr: fb58e7c3
summary-heading = حقوق — ملخص الملف
# fr: 4ba66798
summary-answers = الأجوبة
# fr: 996d3cb8
summary-open = يبقى السؤال عن
# fr: a411976a
summary-detail = { $what }: { $items }
# fr: 7b5c72e3
ngo-title = جهة الاتصال لمرافقتك
# fr: 70f8c372
counsellor-summary-person = الملخص بلغة الشخص

## Hand-over to the person's phone: a QR code of the guide with the answers (src/ui/to_phone.rs).
# fr: 5fa61e53
counsellor-handover = تسليم النتائج إلى هاتف الشخص
# fr: a069a041
counsellor-handover-history = رمز QR هذا يفتح الدليل على هاتفك، مع أجوبتك. سيحتفظ سجلّ الهاتف بهذا العنوان وبأجوبتك، حتى بعد الخروج السريع.
# fr: 6da620b6
counsellor-handover-show = أظهر رمز QR
# fr: 9d3c9e35
counsellor-handover-code = رمز QR: الدليل مع هذه الأجوبة، يُمسح بكاميرا هاتف الشخص.
# fr: 888dfb3f
counsellor-handover-sensitive-out = الأجوبة على الأسئلة الحساسة ليست فيه.
# fr: a769a77e
counsellor-handover-address = العنوان الموجود في الرمز
# fr: f46d4760
counsellor-handover-too-long = لا يتّسع رمز QR لهذه الأجوبة.

## Leaving quickly, and what is kept of the answers (only when asked).
# fr: 8c863900
quick-exit-hint = للمغادرة فورًا، اضغط على «خروج سريع» في أعلى الشاشة، أو اضغط على زر Esc ثلاث مرات في لوحة المفاتيح.
# fr: e949cd94
quick-exit-key = المغادرة فورًا (أو اضغط Esc ثلاث مرات)
# fr: 619eca0b
remember-sensitive = احتفظ أيضًا بأجوبتي عن الأسئلة الحساسة (قد تترك آثارًا على هذا الهاتف، حتى بعد الخروج السريع)
# fr: e0502428
save-link = المتابعة لاحقًا
# fr: 227ee644
save-link-warning = هذا الرمز يحمل أجوبتك. كل من لديه يستطيع قراءتها في الدليل. احفظه حيث لا ينظر أحد غيرك.
# fr: 87f86548
save-link-sensitive = ضع في الرمز أيضًا أجوبتي عن الأسئلة الحساسة
# fr: 4ca8e699
save-link-label = رمزك
# fr: 24c31626
save-link-copy = انسخ الرمز
# fr: acb89071
save-link-copied = تم النسخ. الخروج السريع يفرغ الحافظة.
# fr: 2ec24cf7
save-link-close = إغلاق
# fr: 3ef71555
update-ready = نسخة أحدث من هذه القواعد جاهزة.
# fr: 1cf81317
update-reload = إعادة التحميل الآن (ستُمحى أجوبتك)
# fr: ee1c8b7b
ngo-framed = جهة الاتصال هذه يقدمها الموقع الذي يعرض هذا الدليل، وليس «حقوق».
# fr: eac3093a
counsellor-summary-sensitive = إدراج الأجوبة على الأسئلة الحساسة، والحقوق التي تحددها
# fr: 05ca1284
counsellor-export-case = تصدير الحالة لمن يكتب قواعد الدليل
# fr: 3cbef930
summary-sensitive-left-out = { $count ->
        [zero] لم يُحذف أي جواب.
        [one] حُذف جواب واحد على سؤال حساس، أو حق يحدده.
        [two] حُذف جوابان على أسئلة حساسة، أو حقان تحددهما.
        [few] حُذفت { $count } أجوبة على أسئلة حساسة، أو حقوق تحددها.
       *[other] حُذف { $count } جوابًا على أسئلة حساسة، أو حقًا تحدده.
    }

## The site owner's view (?admin=1): never shown to the person using the guide.
# fr: b4bdb893
admin-title = لمسؤول الموقع
# fr: d456105f
admin-site-read = تمت قراءة ملف الموقع { $file }.
# fr: 996c623b
admin-site-missing = لا يوجد ملف الموقع { $file } بجانب هذه الصفحة: لا تظهر أي جهة اتصال خاصة بكم، والخروج السريع يذهب إلى الصفحة الافتراضية.
# fr: ce5ee931
admin-site-syntax = السطر { $line }، العمود { $column }: اكتب كل إعداد على شكل key = "text".
# fr: a85f9058
admin-site-unknown-key = السطر { $line }، العمود { $column }: هذا المفتاح غير معروف. المفاتيح هي: { $keys }.
# fr: c39b464a
admin-site-repeated = السطر { $line }، العمود { $column }: الإعداد { $key } مكتوب مرة ثانية؛ تُستعمل القيمة الأولى.
# fr: dc9257fc
admin-site-bad-value = السطر { $line }، العمود { $column }: هذه القيمة غير صالحة لـ { $key }.
# fr: d99fc0dc
admin-site-no-name = لا يظهر ngo_phone و ngo_address إلا مع ngo، أي اسم المنظمة.
# fr: f70f888e
admin-contact-site = جهة الاتصال المعروضة مأخوذة من ملف الموقع.
# fr: 5133c3cd
admin-contact-frame = جهة الاتصال المعروضة مأخوذة من عنوان الإطار: تظهر على أنها مقدمة من الموقع الذي يعرض الدليل.
# fr: 3a5eb575
admin-contact-none = لا تظهر أي جهة اتصال.
# fr: c583eca0
admin-address-refused = إعدادات في العنوان لم تُستعمل: { $names }.
# fr: 25cd49d2
admin-address-unknown = { $count ->
        [one] تم تجاهل إعداد واحد باسم غير معروف.
        [two] تم تجاهل إعدادين باسمين غير معروفين.
        [few] تم تجاهل { $count } إعدادات بأسماء غير معروفة.
       *[other] تم تجاهل { $count } إعدادًا بأسماء غير معروفة.
    }
# fr: 0553eca5
admin-address-truncated = كان العنوان طويلًا جدًا: قُرئت بدايته فقط.
# fr: cf173e67
admin-address-frame-only = لا يُستعمل اسم جهة الاتصال أو اللون الموجود في العنوان إلا عندما يكون الدليل داخل إطار موقع آخر. لعرض جهة اتصالكم هنا، ضعوها في ملف الموقع.

## Dates, written the way each language writes them (Arabic: month names used in Morocco).
# fr: 1451f837
date-day = { $day } { $month } { $year }
# fr: f72e4fa1
date-month = { $month } { $year }
# fr: b4ba1a23
month-1 = يناير
# fr: d3552b7e
month-2 = فبراير
# fr: 2c488701
month-3 = مارس
# fr: 84bd09ea
month-4 = أبريل
# fr: 7861e0d9
month-5 = ماي
# fr: d1d0c77a
month-6 = يونيو
# fr: 40086879
month-7 = يوليوز
# fr: ba0e16a2
month-8 = غشت
# fr: aeb82a4d
month-9 = شتنبر
# fr: 56983ba6
month-10 = أكتوبر
# fr: 28ecdd78
month-11 = نونبر
# fr: 916e85f6
month-12 = دجنبر

## An office's hours, from the rules' `hours` (days, then a part of the day or times), in
## one line; `huquq_engine::hours::say` chooses the text. Numbers stay in Latin digits.
# fr: eb3a34b8
hours-day-mon = الاثنين
# fr: 2606d177
hours-day-tue = الثلاثاء
# fr: 7023d1ef
hours-day-wed = الأربعاء
# fr: 5938a77b
hours-day-thu = الخميس
# fr: 08a4f975
hours-day-fri = الجمعة
# fr: d2c5c55d
hours-day-sat = السبت
# fr: 264509d5
hours-day-sun = الأحد
# fr: a3d6192b
hours-days-next = { $days }، { $day }
# fr: 402b0430
hours-days-last = { $days } و{ $day }
# fr: f481d89d
hours-days-through = من { $first } إلى { $last }
# One piece ($clock, 9:00), so that the time reads left to right inside Arabic.
# fr: dd9ebbfe
hours-clock = { $clock }
# fr: f56d28d4
hours-days-morning = صباح { $days }
# fr: b73d145e
hours-days-afternoon = بعد ظهر { $days }
# fr: 0dac43d6
hours-days-range = { $days } من { $from } إلى { $to }
# fr: b60a4632
hours-morning = صباحًا
# fr: e5575d7c
hours-afternoon = بعد الظهر
# fr: c8db02b7
hours-range = من { $from } إلى { $to }
# fr: 887e887e
hours-calls = بالهاتف { $hours }
# fr: 12c37831
hours-next = { $hours }؛ { $more }

## What the person takes away, and "this looks wrong".
# fr: 4f327d98
report-body = يبدو هذا خطأ في «حقوق»: { $right }
# fr: c01fcbbd
report-version = القواعد مراجعة بتاريخ { $date }
# fr: e27f4815
report-wrong = هل يبدو هذا خطأ؟
# fr: d268161e
card-elsewhere = مكاتب أخرى
# fr: e9433358
card-checked = (المصدر: { $date })
# fr: 6a9f78ce
card-whatsapp = واتساب
# fr: 531f2f23
results-not-applying = { $count ->
        [one] حق واحد لا ينطبق حسب أجوبتك
        [two] حقان لا ينطبقان حسب أجوبتك
        [few] { $count } حقوق لا تنطبق حسب أجوبتك
       *[other] { $count } حقًا لا تنطبق حسب أجوبتك
    }
# fr: 5c2be857
today-title = اليوم
# fr: 990612cc
today-emergency = أرقام الطوارئ
# fr: a5a15004
start-here = ابدأ من هنا
# fr: 842606cd
start-then = بعد ذلك
# fr: 51f07e14
documents-title = الأوراق التي يجب إحضارها
# fr: 1a9ae5d9
documents-for = من أجل: { $rights }
# fr: 64dce4a0
contents = في هذه الصفحة
# fr: edc43454
what-if-title = ماذا لو تغير وضعي؟
# fr: 7c377ff2
what-if-choose = اختر جوابًا آخر
# fr: cfa710b2
what-if-appear = سيكون لك أيضًا
# fr: 172e857a
what-if-go = لن يكون لك بعد الآن
# fr: f8272db1
what-if-none = لا شيء يتغير.
# fr: 0bf5abae
what-if-note = هذه مجرد تجربة: أجوبتك تبقى كما هي.
# fr: be6cc29c
keep-title = للاحتفاظ به
# fr: d1ccf884
keep-sensitive = احتفظ أيضًا بما يأتي من أجوبتي الحساسة (العنف، الاتجار بالبشر، الحمل…)
# fr: 66a89e43
print-short = طباعة النسخة القصيرة (صفحتان)
# fr: 0ee00ba9
print-all = طباعة كل شيء
# fr: 4ce7db77
share-text = مشاركة كنص
# fr: 8bada105
share-read = اقرأه قبل إرساله:
# fr: bb7a0939
share-whatsapp = فتح في واتساب
# fr: 51171d1f
share-sms = فتح في الرسائل
# fr: fa5ad8ee
calendar = إضافة الآجال إلى مفكرتي
# fr: 9c6f56cc
counter-open = أظهر هذا في الشباك
# fr: 2ec24cf7
counter-close = إغلاق
# fr: 1b853b13
counter-print = طباعة هذه البطاقة
# fr: c4ff07e6
counter-to = إلى الموظف في الشباك
# fr: b738ec99
counter-asks = هذا الشخص يطلب: { $right }
# fr: a724952c
counter-basis = النص الذي يمنح هذا الحق
# fr: 08814328
counter-check = للتحقق، يمكنكم الاتصال بـ
# fr: 35caf26c
calendar-counted = محسوب ابتداءً من { $date }: { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
       *[other] { $days } يومًا
    }. إذا بدأ الأمر في يوم آخر، فاحسب الأيام ابتداءً من ذلك اليوم.
# fr: b1bc6d50
loading-results = جارٍ تحميل النتائج…
# fr: 6d7e86ff
offline-results = النتائج ليست على هذا الجهاز بعد: اتصل بالإنترنت مرة واحدة، ثم عد إلى هنا. أجوبتك تبقى على هذه الشاشة.
# fr: ef958c8c
save-link-how = للمتابعة، افتح الدليل واضغط على «لدي رمز للمتابعة».
# fr: 18de7f21
save-link-as-link = رابط بدل الرمز؟
# fr: 8ebd28c0
save-link-history = الرابط أسهل في الفتح، لكن سجلّ الهاتف يحتفظ به مع أجوبتك، حتى بعد الخروج السريع.
# fr: 95a32ccd
save-link-show-link = أظهر الرابط رغم ذلك
# fr: 44d55d5c
save-link-link-label = رابطك
# fr: 30c8543b
save-link-copy-link = انسخ الرابط
# fr: 980223bc
welcome-resume = لدي رمز للمتابعة
# fr: ab39d3a6
resume-label = رمزك (حروف وأرقام)
# fr: 3883f579
resume-go = متابعة
# fr: 8e48f79a
resume-unreadable = لا يمكن قراءة هذا الرمز. تحقق من كل حرف وكل رقم.
# fr: 634e413d
resume-other-version = هذا الرمز من نسخة أخرى من الدليل. أجب عن الأسئلة من جديد.
# fr: 94541db3
load-failed = تعذّر تحميل النتائج. أجوبتك ما زالت هنا.
# fr: 877c9c06
try-again = حاول مرة أخرى
# fr: ba199793
admin-site-too-long = السطر { $line }، العمود { $column }: يمكن أن يكون { $key } { $limit } حرفًا على الأكثر؛ هذا الإعداد غير مستعمل.
# fr: 06cd1887
admin-site-more = { $count ->
        [one] وخطأ آخر في هذا الملف.
        [two] وخطآن آخران في هذا الملف.
        [few] و{ $count } أخطاء أخرى في هذا الملف.
       *[other] و{ $count } خطأً آخر في هذا الملف.
    }
# fr: 3377af7c
admin-too-long = في العنوان، يمكن أن يكون { $key } { $limit } حرفًا على الأكثر.
# fr: 55057d76
admin-address-hash = النص بعد # في العنوان ليس أجوبة محفوظة: تم تجاهله. في أي إعداد، اكتب # على شكل %23، مثلًا accent=%23004488.
# fr: c032e7f5
counsellor-bad-day = هذا اليوم غير موجود: اختر تاريخًا من التقويم.
