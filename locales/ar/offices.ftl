## Offices: kinds of places, or the names of specific ones. Keys: office-<id>.

# fr: ebbac92a
office-primary-health-centre = أقرب مركز صحي عمومي
# fr: ee7911cb
office-public-school = أقرب مدرسة عمومية
# fr: b7b9b0ba
office-provincial-education-directorate = المديرية الإقليمية للتربية الوطنية
# fr: 710d86e0
office-iom-rabat = المنظمة الدولية للهجرة، مكتب الرباط
# fr: 08fde249
office-ampf-rabat = الجمعية المغربية لتنظيم الأسرة، الشريك الطبي للمفوضية — الرباط
# fr: 1ca2e0d2
office-ampf-casablanca = الجمعية المغربية لتنظيم الأسرة، الشريك الطبي للمفوضية — الدار البيضاء
# fr: d295e6ff
office-ampf-fes-meknes = الجمعية المغربية لتنظيم الأسرة، الشريك الطبي للمفوضية — فاس ومكناس
# fr: 5bb3be55
office-ampf-tanger-larache = الجمعية المغربية لتنظيم الأسرة، الشريك الطبي للمفوضية — طنجة والعرائش
# fr: 1a61b0df
office-ampf-marrakech = الجمعية المغربية لتنظيم الأسرة، الشريك الطبي للمفوضية — مراكش
# fr: e3a2c99d
office-ampf-agadir = الجمعية المغربية لتنظيم الأسرة، الشريك الطبي للمفوضية — أكادير
# fr: c1cb8384
office-ampf-oujda = الجمعية المغربية لتنظيم الأسرة، الشريك الطبي للمفوضية — وجدة
# fr: 9c61e7ff
office-ampf-nador = الجمعية المغربية لتنظيم الأسرة، الشريك الطبي للمفوضية — الناظور
# fr: d60371b0
office-foo-rabat = مؤسسة الشرق والغرب، شريكة المفوضية — الرباط: مساعدون اجتماعيون للمساعدة الاجتماعية والمالية للاجئين
# fr: 5c9b136d
office-foo-casablanca = مؤسسة الشرق والغرب، شريكة المفوضية — الدار البيضاء: مساعدون اجتماعيون للمساعدة الاجتماعية والمالية للاجئين
# fr: 1074c466
office-foo-fes-meknes = مؤسسة الشرق والغرب، شريكة المفوضية — فاس ومكناس: مساعدون اجتماعيون للمساعدة الاجتماعية والمالية للاجئين
# fr: dbbea127
office-foo-tanger-tetouan = مؤسسة الشرق والغرب، شريكة المفوضية — طنجة وتطوان: مساعدون اجتماعيون للمساعدة الاجتماعية والمالية للاجئين
# fr: b19ea71a
office-gadem-rabat = جمعية GADEM للدفاع عن حقوق الأجانب والمهاجرين، بالرباط
# fr: 2ff59937
office-cndh = المجلس الوطني لحقوق الإنسان، بالرباط؛ الشكايات أيضًا عبر البريد الإلكتروني: chikaya@cndh.org.ma
# fr: ab290d4c
office-listening-cell-oujda = خلية الإنصات النفسي والاجتماعي بالمركز الصحي الأندلس، بوجدة (فُتحت سنة 2020)
# fr: cfe8c67b
office-listening-cell-berkane = خلية الإنصات النفسي والاجتماعي بالمركز الصحي المقاومة، ببركان (فُتحت سنة 2020)
# fr: 08554535
office-ms2-association = جمعية التضامن الطبي الاجتماعي بالمغرب (MS2)، في جهة الشرق
# fr: f7d381c7
office-alcs-association = جمعية محاربة السيدا (ALCS)، في جهة طنجة تطوان الحسيمة
# fr: 46c2b58c
office-legal-clinic-fes = العيادة القانونية لكلية الحقوق بفاس: مساعدة قانونية للمهاجرين واللاجئين وطالبي اللجوء. الرقم من سنة 2021.
# fr: 68682f76
office-acodec-oujda = جمعية ACODEC بوجدة: مشروع من سنة 2022 كان يساعد الأطفال المهاجرين على الالتحاق بالمدرسة العمومية. يمكن السؤال هل ما زال مستمرًا.
# fr: 12bb6b22
office-asticude-nador = جمعية ASTICUDE بالناظور: استقبال المهاجرين وتوجيههم ودعمهم النفسي والاجتماعي، وخاصة النساء والفتيات. مشروع من سنة 2022: يمكن السؤال هل ما زال مستمرًا.
# fr: 4ccbe8cc
office-helpline-police = الشرطة: مكالمة مجانية
# fr: c011e360
office-helpline-gendarmerie = الدرك الملكي، حيث لا توجد الشرطة
# fr: 8f74c6fd
office-helpline-civil-protection = الوقاية المدنية: الإطفاء والإنقاذ
# fr: bf947df6
office-helpline-child = مركز الإنصات التابع للمرصد الوطني لحقوق الطفل. للتبليغ عن العنف أو سوء المعاملة أو الاستغلال ضد طفل: مكالمة مجانية
# fr: 13df5e62
office-helpline-women-violence = "كلنا معك": إنصات وتوجيه للنساء ضحايا العنف (الاتحاد الوطني لنساء المغرب؛ رقم أُطلق سنة 2020)
# fr: 0cb1c9d5
office-helpline-trafficking = الرقم الأخضر للتبليغ عن الاتجار بالبشر (اللجنة الوطنية، وزارة العدل)
# fr: 68f403da
office-helpline-foo-psychological-support = مؤسسة الشرق والغرب: خط مجاني للدعم النفسي (الرقم والتوقيت أُعلن عنهما سنة 2022)

## Cities, as the rules name them (`city = "fes"`): shown beside an office of another region.
# fr: 71c66a60
city-rabat = الرباط
# fr: 6b9adab5
city-casablanca = الدار البيضاء
# fr: f328692e
city-fes = فاس
# fr: fab2a9bb
city-tanger = طنجة
# fr: 4bb6be8e
city-marrakech = مراكش
# fr: 99d271ce
city-agadir = أكادير
# fr: 4bebae3d
city-oujda = وجدة
# fr: 6469b41e
city-nador = الناظور
# fr: d961212c
city-berkane = بركان
