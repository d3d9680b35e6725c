## Questions of the interview and their choices. Keys: question-<id>, choice-<id>-<choice>.

question-papers = ما هي الوثائق التي لديك في المغرب؟
choice-papers-residence_card = لدي بطاقة إقامة سارية المفعول (بطاقة التسجيل أو بطاقة الإقامة)
choice-papers-refugee_card =
    { $sex ->
        [woman] أنا لاجئة معترف بها ولدي بطاقة لاجئ من مكتب اللاجئين وعديمي الجنسية
        [man] أنا لاجئ معترف به ولدي بطاقة لاجئ من مكتب اللاجئين وعديمي الجنسية
       *[other] حصلت على صفة اللاجئ ولدي بطاقة لاجئ من مكتب اللاجئين وعديمي الجنسية
    }
choice-papers-unhcr_refugee =
    { $sex ->
        [woman] اعترفت بي المفوضية كلاجئة، لكن ليست لدي بعد بطاقة لاجئ مغربية
        [man] اعترفت بي المفوضية كلاجئ، لكن ليست لدي بعد بطاقة لاجئ مغربية
       *[other] منحتني المفوضية صفة اللاجئ، لكن ليست لدي بعد بطاقة لاجئ مغربية
    }
choice-papers-asylum_seeker = طلبت اللجوء لدى المفوضية السامية للأمم المتحدة لشؤون اللاجئين وأنتظر الرد
choice-papers-syrian_protected =
    { $sex ->
        [woman] أنا سورية: استمعت إليّ لجنة مكتب اللاجئين وعديمي الجنسية وأنا محمية، لكن ليست لدي بطاقة لاجئ
        [man] أنا سوري: استمعت إليّ لجنة مكتب اللاجئين وعديمي الجنسية وأنا محمي، لكن ليست لدي بطاقة لاجئ
       *[other] أنا من سوريا: استمعت إليّ لجنة مكتب اللاجئين وعديمي الجنسية وأتمتع بالحماية، لكن ليست لدي بطاقة لاجئ
    }
choice-papers-short_stay = لدي جواز سفر وأنا في المغرب منذ أقل من ثلاثة أشهر
choice-papers-no_papers = ليست لدي وثائق، أو انتهت صلاحية بطاقتي

question-has_children = هل لديك أطفال معك في المغرب؟

question-children_ages =
    { $sex ->
        [woman] كم عمر أطفالك؟ اختاري كل ما ينطبق.
        [man] كم عمر أطفالك؟ اختر كل ما ينطبق.
       *[other] كم عمر أطفالك؟ يمكن اختيار أكثر من جواب.
    }
choice-children_ages-under_4 = أقل من 4 سنوات
choice-children_ages-age_4_to_5 = 4 أو 5 سنوات
choice-children_ages-age_6_to_15 = من 6 إلى 15 سنة
choice-children_ages-age_16_to_17 = 16 أو 17 سنة

question-age = كم عمرك؟
question-alone_minor = هل أنت في المغرب بدون والديك وبدون شخص بالغ آخر يعتني بك؟
question-sex = هل أنت امرأة أم رجل؟ يساعدنا هذا على عرض الخدمات المخصصة للنساء وعلى عدم طرح أسئلة لا تخصك.
choice-sex-woman = امرأة
choice-sex-man = رجل
choice-sex-not_said = أفضّل عدم الإجابة
question-pregnant = هل أنتِ حامل؟
question-violence =
    { $sex ->
        [woman] هل تتعرضين للعنف، أو تعرضتِ له مؤخرًا، في البيت أو في مكان آخر؟
        [man] هل تتعرض للعنف، أو تعرضتَ له مؤخرًا، في البيت أو في مكان آخر؟
       *[other] هل يمارس عليك أحد العنف، أو مارسه عليك مؤخرًا، في البيت أو في مكان آخر؟
    }
question-trafficking = هل أجبرك أحد على العمل أو التسول أو ممارسة الجنس، أو أخذ وثائقك ليتحكم فيك؟
question-wants_return =
    { $sex ->
        [woman] هل تريدين العودة إلى بلدك بمساعدة؟
        [man] هل تريد العودة إلى بلدك بمساعدة؟
       *[other] هل لديك رغبة في العودة إلى بلدك بمساعدة؟
    }

## --- Group A (health, housing, training, work, education) ---

question-homeless = هل أنت بدون مكان آمن للمبيت؟
question-low_income = هل لديك، أنت أو الأسرة التي معك، مال قليل جدًا لا يكفي لمصاريف العلاج أو للحاجيات الأساسية؟

## --- Group B (asylum, residence, legal, assistance, protection, return) ---

question-fears_return =
    { $sex ->
        [woman] هل تخافين أن تكوني في خطر (اضطهاد أو عنف خطير) إذا عدتِ إلى بلدك؟
        [man] هل تخاف أن تكون في خطر (اضطهاد أو عنف خطير) إذا عدتَ إلى بلدك؟
       *[other] هل لديك خوف من خطر عليك (اضطهاد أو عنف خطير) إذا رجعت إلى بلدك؟
    }
question-removal_order = هل تسلمت قرارًا يأمرك بمغادرة المغرب أو باقتيادك إلى الحدود؟

## --- Where the person lives ---

question-region =
    { $sex ->
        [woman] في أي جهة من المغرب تعيشين؟
        [man] في أي جهة من المغرب تعيش؟
       *[other] في أي جهة من المغرب يوجد مكان سكنك؟
    } ستُعرض المكاتب القريبة منك أولًا.
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
