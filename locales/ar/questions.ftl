## Questions of the interview and their choices. Keys: question-<id>, choice-<id>-<choice>.

question-papers = ما هي الوثائق التي لديك في المغرب؟
choice-papers-residence_card = لدي بطاقة إقامة سارية المفعول (بطاقة التسجيل أو بطاقة الإقامة)
choice-papers-refugee_card = أنا لاجئ معترف به ولدي بطاقة لاجئ من مكتب اللاجئين وعديمي الجنسية
choice-papers-unhcr_refugee = اعترفت بي المفوضية السامية للأمم المتحدة لشؤون اللاجئين كلاجئ، لكن ليست لدي بعد بطاقة من مكتب اللاجئين وعديمي الجنسية
choice-papers-asylum_seeker = طلبت اللجوء لدى المفوضية السامية للأمم المتحدة لشؤون اللاجئين وأنتظر الرد
choice-papers-short_stay = لدي جواز سفر وأنا في المغرب منذ أقل من ثلاثة أشهر
choice-papers-no_papers = ليست لدي وثائق، أو انتهت صلاحية بطاقتي

question-has_children = هل لديك أطفال معك في المغرب؟

question-children_ages = كم عمر أطفالك؟ اختر كل ما ينطبق.
choice-children_ages-under_4 = أقل من 4 سنوات
choice-children_ages-age_4_to_5 = 4 أو 5 سنوات
choice-children_ages-age_6_to_15 = من 6 إلى 15 سنة
choice-children_ages-age_16_to_17 = 16 أو 17 سنة

question-age = كم عمرك؟
question-alone_minor = هل أنت في المغرب بدون والديك وبدون شخص بالغ آخر يعتني بك؟
question-pregnant = هل أنتِ حامل؟
question-violence = هل تتعرض للعنف، أو تعرضت له مؤخرًا، في البيت أو في مكان آخر؟
question-trafficking = هل أجبرك أحد على العمل أو التسول أو ممارسة الجنس، أو أخذ وثائقك ليتحكم فيك؟
question-wants_return = هل تريد العودة إلى بلدك بمساعدة؟

## --- Group A (health, housing, training, work, education) ---

question-homeless = هل أنت بدون مكان آمن للمبيت؟
question-low_income = هل دخل أسرتك ضعيف جدًا، لا يكفي لأداء مصاريف العلاج أو الحاجيات الأساسية؟

## --- Group B (asylum, residence, legal, assistance, protection, return) ---

question-fears_return = هل تخاف أن تكون في خطر (اضطهاد أو عنف خطير) إذا عدت إلى بلدك؟

## --- Where the person lives ---

question-region = في أي جهة من المغرب تعيش؟ ستُعرض المكاتب القريبة منك أولًا.
choice-region-tanger_tetouan_al_hoceima = طنجة تطوان الحسيمة
choice-region-oriental = الشرق
choice-region-fes_meknes = فاس مكناس
choice-region-rabat_sale_kenitra = الرباط سلا القنيطرة
choice-region-beni_mellal_khenifra = بني ملال خنيفرة
choice-region-casablanca_settat = الدار البيضاء سطات
choice-region-marrakech_safi = مراكش آسفي
choice-region-draa_tafilalet = درعة تافيلالت
choice-region-souss_massa = سوس ماسة
choice-region-guelmim_oued_noun = كلميم واد نون
choice-region-laayoune_sakia_el_hamra = العيون الساقية الحمراء
choice-region-dakhla_oued_ed_dahab = الداخلة وادي الذهب
