## Offices: kinds of places, or the names of specific ones. Keys: office-<id>.

office-primary-health-centre = أقرب مركز صحي عمومي
office-public-school = أقرب مدرسة عمومية
office-provincial-education-directorate = المديرية الإقليمية للتربية الوطنية
office-iom-rabat = المنظمة الدولية للهجرة، مكتب الرباط
