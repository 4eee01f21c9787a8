// Durations, sets and vague references.
#include "time_test_support.h"

namespace marsad::time {

TEST(TimeDuration, Durations) {
  for (const Case& c : {
           Case{"", "التقيا خلال ستة وثلاثين يومًا.", "خلال ستة وثلاثين يوما", "DURATION", "P36D"},
           Case{"", "استمر 24 ساعة.", "24 ساعة", "DURATION", "PT24H"},
           Case{"", "أغلق لأكثر من 24 ساعة.", "لأكثر من 24 ساعة", "DURATION", "PT24H"},
           Case{"", "قضى عامين في السجن.", "عامين", "DURATION", "P2Y"},
           Case{"", "استغرق ساعة ونصف ساعة.", "ساعة ونصف ساعة", "DURATION", "PT1H30M"},
           Case{"", "استغرق ساعتين ونصف.", "ساعتين ونصف", "DURATION", "PT2H30M"},
           Case{"", "استغرق نصف ساعة.", "نصف ساعة", "DURATION", "PT30M"},
           Case{"", "أغلق لمدة أسبوع.", "لمدة أسبوع", "DURATION", "P1W"},
           Case{"", "أنجز في أقل من 40 يوما.", "أقل من 40 يوما", "DURATION", "P40D"},
           Case{"", "بقي ١٥ يوما.", "15 يوما", "DURATION", "P15D"},
           Case{"", "بقي اثني عشر شهرا.", "اثني عشر شهرا", "DURATION", "P12M"},
           Case{"", "بقي على مدى ثلاثة أشهر.", "على مدى ثلاثة أشهر", "DURATION", "P3M"},
       })
    check(c);
}

TEST(TimeDuration, Sets) {
  for (const Case& c : {
           Case{"", "تجتمع كل أسبوع.", "كل أسبوع", "SET", "P1W"},
           Case{"", "تجتمع أسبوعيا.", "أسبوعيا", "SET", "P1W"},
           Case{"", "تصل يومياً.", "يومياً", "SET", "P1D"},
           Case{"", "يتظاهرون كل يوم جمعة.", "كل يوم جمعة", "SET", "XXXX-WXX-5"},
           Case{"", "تجتمع كل ثلاثة أشهر.", "كل ثلاثة أشهر", "SET", "P3M"},
       })
    check(c);
}

TEST(TimeDuration, References) {
  for (const Case& c : {
           Case{"", "تصاعدت الهجمات مؤخرا.", "مؤخرا", "DATE", "PAST_REF"},
           Case{"", "تصاعدت في الآونة الأخيرة.", "في الآونة الأخيرة", "DATE", "PAST_REF"},
           Case{"", "يسيطر حاليا على المدينة.", "حاليا", "DATE", "PRESENT_REF"},
           Case{"", "يسيطر الآن على المدينة.", "الآن", "DATE", "PRESENT_REF"},
           Case{"", "لا يمكن في الوقت الحالي.", "في الوقت الحالي", "DATE", "PRESENT_REF"},
           Case{"", "تعلن قريباً.", "قريبا", "DATE", "FUTURE_REF"},
           Case{"", "تتوسع في المستقبل القريب.", "في المستقبل القريب", "DATE", "FUTURE_REF"},
           // No number: the days to come, not a length of time («خلال الـ 24 ساعة المقبلة» is one).
           Case{"", "يصل الوفد خلال الأيام المقبلة.", "خلال الأيام المقبلة", "DATE", "FUTURE_REF"},
           Case{"", "تنتهي الأعمال خلال الأسابيع القادمة.", "خلال الأسابيع القادمة", "DATE", "FUTURE_REF"},
       })
    check(c);
  check_none("", "يقع قريبا من الحدود.");
}

}  // namespace marsad::time
