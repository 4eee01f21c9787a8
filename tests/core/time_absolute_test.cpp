// Absolute dates: numeric, day-month-year in every month tradition, Hijri, years.
#include "time_test_support.h"

namespace marsad::time {

TEST(TimeAbsolute, NumericDates) {
  for (const Case& c : {
           Case{"", "أعلن القرار في 15/4/2019 رسميا.", "15/4/2019", "DATE", "2019-04-15"},
           Case{"", "بتاريخ 2019-04-15 صدر البيان.", "2019-04-15", "DATE", "2019-04-15"},
           Case{"", "بتاريخ 15.04.2019 صدر البيان.", "15.04.2019", "DATE", "2019-04-15"},
           Case{"", "في ٢٥/٦/٢٠١٤ جرت الانتخابات.", "25/6/2014", "DATE", "2014-06-25"},
           Case{"", "يسافر الوفد يوم الأحد 7/3/2021م إلى تونس.", "يوم الأحد 7/3/2021م", "DATE", "2021-03-07"},
           Case{"", "صدر المرسوم في 1/9/1440هـ.", "1/9/1440هـ", "DATE", "2019-05-06"},
           // the tabular calendar says Friday 31 July; the weekday named says Thursday
           Case{"", "وصل الوفد يوم الخميس 14/10/1436هـ إلى القاهرة.", "يوم الخميس 14/10/1436هـ", "DATE", "2015-07-30"},
       })
    check(c);
}

TEST(TimeAbsolute, MonthNamesOfEveryTradition) {
  for (const Case& c : {
           Case{"", "وصل في 15 أبريل 2019.", "15 أبريل 2019", "DATE", "2019-04-15"},
           Case{"", "وصل في 15 ابريل 2019.", "15 ابريل 2019", "DATE", "2019-04-15"},
           Case{"", "وصل في 15 من أبريل/نيسان 2019.", "15 من أبريل/نيسان 2019", "DATE", "2019-04-15"},
           Case{"", "وصل في 3 كانون الأول 2012.", "3 كانون الأول 2012", "DATE", "2012-12-03"},
           Case{"", "وصل في 3 تشرين الثاني 2012.", "3 تشرين الثاني 2012", "DATE", "2012-11-03"},
           Case{"", "وصل في 9 حزيران 2016.", "9 حزيران 2016", "DATE", "2016-06-09"},
           Case{"", "وصل في 9 جويلية 2016.", "9 جويلية 2016", "DATE", "2016-07-09"},
           Case{"", "وصل في 9 فيفري 2016.", "9 فيفري 2016", "DATE", "2016-02-09"},
           Case{"", "وصل في 9 ماي 2016.", "9 ماي 2016", "DATE", "2016-05-09"},
           Case{"", "وصل في 9 يونيه 2016.", "9 يونيه 2016", "DATE", "2016-06-09"},
           Case{"", "وصل في 9 النوار 2008.", "9 النوار 2008", "DATE", "2008-02-09"},
           Case{"", "صدر في هانيبال 2008.", "هانيبال 2008", "DATE", "2008-08"},
           Case{"", "في الخامس عشر من أبريل 2019 أعلن.", "الخامس عشر من أبريل 2019", "DATE", "2019-04-15"},
           Case{"", "في مايو 2011 أعلن.", "مايو 2011", "DATE", "2011-05"},
           Case{"2015-07-24", "سيطر التنظيم على المدينة في العاشر من حزيران/يونيو من عام 2014.",
                "العاشر من حزيران/يونيو من عام 2014", "DATE", "2014-06-10"},
           Case{"2015-07-24", "وصل الوفد في مارس من عام 2011 إلى بنغازي.", "مارس من عام 2011", "DATE", "2011-03"},
       })
    check(c);
}

TEST(TimeAbsolute, MonthWithoutAYearTakesTheDocumentYear) {
  for (const Case& c : {
           Case{"2019-04-21", "زار روما في أبريل.", "أبريل", "DATE", "2019-04"},
           Case{"2019-04-21", "زار روما في نوفمبر.", "نوفمبر", "DATE", "2018-11"},
           Case{"2019-04-21", "زار روما في نوفمبر الماضي.", "نوفمبر الماضي", "DATE", "2018-11"},
           Case{"2019-04-21", "يزور روما في يونيو المقبل.", "يونيو المقبل", "DATE", "2019-06"},
           Case{"2019-04-21", "وسيزور روما في يونيو.", "يونيو", "DATE", "2019-06"},
           Case{"2019", "زار روما أواخر أبريل.", "أواخر أبريل", "DATE", "2019-04"},
           Case{"", "زار روما في أبريل.", "أبريل", "DATE", "XXXX-04"},
           Case{"", "وصل يوم 5 أبريل.", "يوم 5 أبريل", "DATE", "XXXX-04-05"},
       })
    check(c);
}

TEST(TimeAbsolute, JamahiriyaNamesAndAmbiguousMonthsNeedADate) {
  check_none("2019-04-21", "ارتفع منسوب الماء في فصل الربيع.");
  check_none("", "التقى ناصر بالوفد.");
  check_none("", "مارس الضغط على الحكومة.");
  check_none("", "زار الوزير المدينة 3 مرات.");
  check(Case{"2019-04-21", "زار روما في مارس.", "مارس", "DATE", "2019-03"});
}

TEST(TimeAbsolute, Years) {
  for (const Case& c : {
           Case{"", "في عام 2012 اغتيل السفير.", "عام 2012", "DATE", "2012"},
           Case{"", "جرت الانتخابات في 2012.", "2012", "DATE", "2012"},
           Case{"", "الأزمة قائمة منذ 2014.", "2014", "DATE", "2014"},
           Case{"", "تأسس عام 1969 م.", "عام 1969 م", "DATE", "1969"},
           Case{"", "بين 2011 و2014 تغير الكثير.", "و2014", "DATE", "2014"},
       })
    check(c);
}

// A year alone in brackets dates what it follows; a number that is no year does not.
TEST(TimeAbsolute, AYearAloneInBrackets) {
  check(Case{"2015-08-03", "احتفلوا بذكرى انتهاء الحرب بين البلدين (1975) في العاصمة.", "1975", "DATE", "1975"});
  check_none("2015-08-03", "وبلغ عدد الزوار (1200) زائر في اليوم الأول.");
}

// A list of what happened on this day heads each item with its year and a dash;
// a count at the start of a line is no year.
TEST(TimeAbsolute, YearsHeadingTheItemsOfAHistoryList) {
  check(Case{"2016-08-06", "في مثل هذا اليوم:\n1958- مصر وسوريا تعلنان الوحدة.", "1958", "DATE", "1958"});
  check(Case{"2016-08-06", "أحداث اليوم:\n1979 – الثورة في إيران.", "1979", "DATE", "1979"});
  check_none("2016-08-06", "وأوضح التقرير:\n1200 شاحنة عبرت الحدود.");
  // The list written as one paragraph: an item opens a sentence.
  check(Case{"2016-08-06", "وفي مثل هذا اليوم: 1956 - تأميم القناة. 1971 - اندلاع الحرب.", "1971", "DATE", "1971"});
}

// A day or a month without a year inside an item of that list is of the item's year.
TEST(TimeAbsolute, ADayInAnItemOfAHistoryListIsOfItsYear) {
  check(Case{"2016-08-06", "أحداث اليوم:\n1965 - حرب بين البلدين توقفت في 22 سبتمبر بوساطة دولية.", "22 سبتمبر", "DATE",
             "1965-09-22"});
  check(Case{"2016-08-06", "أحداث اليوم: 1950 - الاتحاد السوفياتي يعود إلى المنظمة التي انسحب منها في فبراير.", "فبراير",
             "DATE", "1950-02"});
  // Not in a report: the most recent such day.
  check(Case{"2016-08-06", "وتوقفت الحرب في 22 سبتمبر بوساطة دولية.", "22 سبتمبر", "DATE", "2015-09-22"});
}

// A list of numbers that a resolution or an article heads is no list of years:
// «القرارات 1701 و2216 و1999»; one of years is, «بين عامي 2015 و2018».
TEST(TimeAbsolute, MonthWithoutAYearTakesTheYearOfTheSentencesStory) {
  for (const Case& c : {
           // a story years back: the sentence's year
           Case{"2016-05-10", "بدأت حرب يونيو 1967 بضربة جوية، وتوقف القتال في 10 يونيو بعد احتلال الجولان.",
                "10 يونيو", "DATE", "1967-06-10"},
           Case{"2016-05-10", "اعتصم المحتجون من 3 يوليو 2013 حتى فض الاعتصام في أغسطس.", "أغسطس", "DATE", "2013-08"},
           // not a point things run from, nor last year, nor a month told as past, nor another sentence
           Case{"2016-05-10", "سجل الدينار أدنى مستوى له منذ مارس 2012 في تعاملات 4 مايو.", "4 مايو", "DATE", "2016-05-04"},
           Case{"2016-05-10", "أعلنت الشركة في ديسمبر 2015 خطة جديدة، وبدأت تنفيذها في 3 مارس.", "3 مارس", "DATE", "2016-03-03"},
           Case{"2016-05-10", "وقعت الحرب في يونيو 1967 ثم انسحبت القوات في مارس الماضي.", "مارس الماضي", "DATE", "2016-03"},
           Case{"2016-05-10", "وقعت الحرب في يونيو 1967. وفي 3 مارس زار الوزير المدينة.", "3 مارس", "DATE", "2016-03-03"},
       })
    check(c);
}

TEST(TimeAbsolute, NumbersOfResolutionsAreNoYears) {
  check_none("2016-01-20", "ويطالب المجلس بتنفيذ القرارات 1701 و2216 و1999 كاملة.");
  check(Case{"", "أقيمت البطولات 2004 و2008 و2012.", "و2012", "DATE", "2012"});
  check(Case{"", "تولى المنصب بين عامي 2015 و2018.", "عامي 2015", "DATE", "2015"});
}

// A day and month after a noun that names with them is a name, no date: a
// revolution, the 2001 attacks, a street, a coalition — with a year, a date.
TEST(TimeAbsolute, DaysThatNameSomethingDateNothing) {
  check_none("2016-03-10", "خرج المتظاهرون إلى ميدان 30 يونيو في المدينة.");
  check_none("2016-03-10", "وتحل ذكرى هجمات 11 سبتمبر على نيويورك.");
  check_none("2016-03-10", "واجتمع نواب قوى 14 آذار في بيروت.");
  check(Case{"2016-03-10", "شارك في ثورة 25 يناير 2011 آلاف الشباب.", "25 يناير 2011", "DATE", "2011-01-25"});
  check(Case{"2016-03-10", "وعاد إلى الميدان في 30 يونيو الماضي.", "30 يونيو الماضي", "DATE", "2015-06-30"});
}

// An anniversary column's «في مثل هذا اليوم»: the document's day and month in the
// year named after it; without a year, that day in an unnamed past year — never today.
TEST(TimeAbsolute, OnThisDayIsTheDocumentsDayInTheYearNamed) {
  check(Case{"2016-03-10", "في مثل هذا اليوم من عام 1976 توفي الشاعر.", "مثل هذا اليوم من عام 1976", "DATE",
             "1976-03-10"});
  check(Case{"2016-03-10", "وفي مثل هذا اليوم سنة 1991 وقعت الحكومتان الاتفاق.", "مثل هذا اليوم سنة 1991", "DATE",
             "1991-03-10"});
  check(Case{"2016-03-10", "وقعت المعركة في مثل هذا اليوم قبل قرون.", "مثل هذا اليوم", "DATE", "XXXX-03-10"});
}

// «إب» (Yemen's Ibb) and «آب» (August) fold to one word: the spelling tells them apart.
TEST(TimeAbsolute, IbbWrittenWithHamzaBelowIsNoAugust) {
  auto times = [](const std::string& sentence) {
    text::NormalizedText n = text::normalize(sentence);
    std::vector<text::Token> tokens;
    text::segment_words(n.text, tokens);
    std::vector<bool> hamza_below = text::written_hamza_below(sentence, n, tokens);
    return find_times(n.text, tokens, "2015-07-24", nullptr, &hamza_below);
  };
  EXPECT_TRUE(times("وفي إب، احتدمت المعارك بين الطرفين.").empty());
  EXPECT_TRUE(times("وصل الوفد إلى مدينة وإب.").empty());
  std::vector<TimeExpression> august = times("واجتمعوا في آب، ثم افترقوا.");
  ASSERT_EQ(august.size(), 1u);
  EXPECT_EQ(august[0].value, "2014-08");  // the last August before the document's July
}

TEST(TimeAbsolute, HijriDatesConvertWithTheTabularCalendar) {
  // Umm al-Qura has 15 Ramadan 1440 on 2019-05-20; the tabular calendar agrees here.
  check(Case{"", "وفي 15 رمضان 1440 هـ أعلن.", "15 رمضان 1440 هـ", "DATE", "2019-05-20"});
  check(Case{"", "وفي 15 رمضان 1440هـ أعلن.", "15 رمضان 1440هـ", "DATE", "2019-05-20"});
  // Umm al-Qura puts 10 Dhu al-Hijja 1440 on 2019-08-11; the tabular calendar a day later (documented ±1).
  check(Case{"", "في 10 ذو الحجة 1440 هـ.", "10 ذو الحجة 1440 هـ", "DATE", "2019-08-12"});
  check(Case{"", "في ربيع الأول 1441 هجري.", "ربيع الأول 1441 هجري", "DATE", "2019-11"});
}

}  // namespace marsad::time
