## Questions of the interview and their choices. Keys: question-<id>, choice-<id>-<choice>.

# fr: 83c94127
question-need = ما نوع المساعدة التي تلزمك الآن؟ يمكن اختيار أكثر من جواب.
# fr: 3cad4986
choice-need-health = الصحة
# fr: a631e7c9
choice-need-papers = الوثائق واللجوء
# fr: b1a3031c
choice-need-work = العمل أو مشروع خاص
# fr: 877482b9
choice-need-school = الدراسة والتكوين
# fr: 7ae085c5
choice-need-housing = السكن
# fr: 39456aa8
choice-need-safety = الأمان
# fr: 4fe8359f
choice-need-other = شيء آخر

# fr: fc4e87d5
question-papers = ما هي الوثائق التي لديك في المغرب؟
# fr: fa2c0808
choice-papers-residence_card = بطاقة إقامة سارية المفعول
# fr: 444ec7aa
choice-papers-refugee_card = بطاقة لاجئ مغربية
# fr: 124e84db
choice-papers-unhcr_refugee =
    { $sex ->
        [woman] لاجئة معترف بها من المفوضية، بلا بطاقة مغربية
        [man] لاجئ معترف به من المفوضية، بلا بطاقة مغربية
       *[other] صفة اللاجئ من المفوضية، بلا بطاقة مغربية
    }
# fr: 2b3328f6
choice-papers-asylum_seeker = طلب لجوء لدى المفوضية، في انتظار الرد
# fr: dcf34ef5
choice-papers-syrian_protected =
    { $sex ->
        [woman] سورية استمع إليّ مكتب اللاجئين، بلا بطاقة
        [man] سوري استمع إليّ مكتب اللاجئين، بلا بطاقة
       *[other] من سوريا، استمع إليّ مكتب اللاجئين، بلا بطاقة
    }
# fr: 618c6949
choice-papers-short_stay = جواز سفر، في المغرب منذ أقل من 3 أشهر
# fr: bc487699
choice-papers-no_papers = بلا وثائق، أو بطاقة منتهية الصلاحية

# fr: 9a985754
question-has_children = هل لديك أطفال معك في المغرب؟

# fr: e4dbc49b
question-children_ages =
    { $sex ->
        [woman] كم عمر أطفالك؟ اختاري كل ما ينطبق.
        [man] كم عمر أطفالك؟ اختر كل ما ينطبق.
       *[other] كم عمر أطفالك؟ يمكن اختيار أكثر من جواب.
    }
# fr: ab6e4701
choice-children_ages-under_1 = أقل من سنة
# fr: e28ab72a
choice-children_ages-age_1_to_3 = من سنة إلى 3 سنوات
# fr: 5661a63b
choice-children_ages-age_4_to_5 = 4 أو 5 سنوات
# fr: 1f116452
choice-children_ages-age_6_to_15 = من 6 إلى 15 سنة
# fr: 477bf5e3
choice-children_ages-age_16_to_17 = 16 أو 17 سنة

# fr: 0c57f1f5
question-age = كم عمرك؟
# fr: cc77de07
question-alone_minor = هل أنت في المغرب بدون والديك وبدون شخص بالغ آخر يعتني بك؟
# fr: 85e3da22
question-sex = هل أنت امرأة أم رجل؟ يساعدنا هذا على عرض الخدمات المخصصة للنساء وعلى عدم طرح أسئلة لا تخصك.
# fr: 784fe1e4
choice-sex-woman = امرأة
# fr: 6fe1c60d
choice-sex-man = رجل
# fr: 7cf90e0b
choice-sex-not_said = أفضّل عدم الإجابة
# fr: 9ba4d829
question-pregnant = هل أنتِ حامل؟
# fr: d5f5abef
question-violence =
    { $sex ->
        [woman] هل تتعرضين للعنف، أو تعرضتِ له مؤخرًا، في البيت أو في مكان آخر؟
        [man] هل تتعرض للعنف، أو تعرضتَ له مؤخرًا، في البيت أو في مكان آخر؟
       *[other] هل يمارس عليك أحد العنف، أو مارسه عليك مؤخرًا، في البيت أو في مكان آخر؟
    }
# fr: d242565b
question-trafficking = هل أجبرك أحد على العمل أو التسول أو ممارسة الجنس، أو أخذ وثائقك ليتحكم فيك؟
# fr: c8e33bc7
question-wants_return =
    { $sex ->
        [woman] هل تريدين العودة إلى بلدك بمساعدة؟
        [man] هل تريد العودة إلى بلدك بمساعدة؟
       *[other] هل لديك رغبة في العودة إلى بلدك بمساعدة؟
    }

## --- Group A (health, housing, training, work, education) ---

# fr: 49e750bb
question-homeless = هل أنت بدون مكان آمن للمبيت؟
# fr: 3e4c9160
question-low_income = هل لديك، أنت أو الأسرة التي معك، مال قليل جدًا لا يكفي لمصاريف العلاج أو للحاجيات الأساسية؟

## --- Group B (asylum, residence, legal, assistance, protection, return) ---

# fr: 57867059
question-fears_return =
    { $sex ->
        [woman] هل تخافين أن تكوني في خطر (اضطهاد أو عنف خطير) إذا عدتِ إلى بلدك؟
        [man] هل تخاف أن تكون في خطر (اضطهاد أو عنف خطير) إذا عدتَ إلى بلدك؟
       *[other] هل لديك خوف من خطر عليك (اضطهاد أو عنف خطير) إذا رجعت إلى بلدك؟
    }
# fr: 7551a8a5
question-removal_order = هل تسلمت قرارًا يأمرك بمغادرة المغرب أو باقتيادك إلى الحدود؟

## --- Where the person lives ---

# fr: 99ce077e
question-region =
    { $sex ->
        [woman] في أي جهة من المغرب تعيشين؟
        [man] في أي جهة من المغرب تعيش؟
       *[other] في أي جهة من المغرب يوجد مكان سكنك؟
    } ستُعرض المكاتب القريبة منك أولًا.
# fr: 5b4e2892
choice-region-tanger_tetouan_al_hoceima = طنجة تطوان الحسيمة
# fr: 5627771d
choice-region-oriental = الشرق
# fr: 26b2836e
choice-region-fes_meknes = فاس مكناس
# fr: 88722371
choice-region-rabat_sale_kenitra = الرباط سلا القنيطرة
# fr: 707a1aae
choice-region-beni_mellal_khenifra = بني ملال خنيفرة
# fr: a32f40a1
choice-region-casablanca_settat = الدار البيضاء سطات
# fr: 64eef008
choice-region-marrakech_safi = مراكش آسفي
# fr: 149d25c5
choice-region-draa_tafilalet = درعة تافيلالت
# fr: 08335679
choice-region-souss_massa = سوس ماسة
# fr: 5e0d4cf4
choice-region-guelmim_oued_noun = كلميم واد نون
# fr: d2a39c20
choice-region-laayoune_sakia_el_hamra = العيون الساقية الحمراء
# fr: 44f6cfb7
choice-region-dakhla_oued_ed_dahab = الداخلة وادي الذهب
