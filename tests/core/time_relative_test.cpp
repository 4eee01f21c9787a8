// Relative dates, resolved against the document date at every precision.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/normalizer.h"
#include "text/segmenter.h"
#include "time/time_expressions.h"

namespace marsad::time {
namespace {

struct Found {
  std::string text, type, value, anchor;
};

// The time expressions of one sentence, with their normalized text.
std::vector<Found> times_in(const std::string& sentence, const std::string& date) {
  std::string n = text::normalize(sentence).text;
  std::vector<text::Token> tokens;
  text::segment_words(n, tokens);
  std::vector<Found> out;
  for (const TimeExpression& t : find_times(n, tokens, date))
    out.push_back({n.substr(tokens[t.first_token].begin, tokens[t.end_token - 1].end - tokens[t.first_token].begin),
                   t.type, t.value, t.anchor});
  return out;
}

struct Case {
  const char* date;
  const char* sentence;
  const char* text;  // expected expression text (original spelling; normalized for comparison)
  const char* type;
  const char* value;
};

void check(const Case& c) {
  std::vector<Found> got = times_in(c.sentence, c.date);
  std::string want = text::normalize_key(c.text);
  for (const Found& f : got)
    if (f.text == want) {
      EXPECT_EQ(f.type, c.type) << c.sentence;
      EXPECT_EQ(f.value, c.value) << c.sentence << " [" << c.date << "]";
      return;
    }
  std::string all;
  for (const Found& f : got) all += " «" + f.text + "»=" + f.value;
  ADD_FAILURE() << "no «" << want << "» in: " << c.sentence << " [" << c.date << "]; found:" << all;
}

void check_none(const char* date, const char* sentence) {
  std::vector<Found> got = times_in(sentence, date);
  for (const Found& f : got) ADD_FAILURE() << "unexpected «" << f.text << "» " << f.value << " in: " << sentence;
}

}  // namespace

TEST(TimeRelative, DayWordsAgainstADayDate) {
  for (const Case& c : {
           Case{"2019-04-21", "التقى الوفد اليوم بالوزير.", "اليوم", "DATE", "2019-04-21"},
           Case{"2019-04-21", "قصف الطيران مساء اليوم.", "مساء اليوم", "DATE", "2019-04-21"},
           Case{"2019-04-21", "وصل أمس إلى طرابلس.", "أمس", "DATE", "2019-04-20"},
           Case{"2019-04-21", "وأعلن أمس الأول عن الاتفاق.", "أمس الأول", "DATE", "2019-04-19"},
           Case{"2019-04-21", "يصل غدا إلى طرابلس.", "غدا", "DATE", "2019-04-22"},
           Case{"2019-04-21", "يصل بعد غد إلى طرابلس.", "بعد غد", "DATE", "2019-04-23"},
           Case{"2019-04-21", "وقع الهجوم قبل يومين.", "قبل يومين", "DATE", "2019-04-19"},
           Case{"2019-04-21", "وقع الهجوم قبل ثلاثة أيام.", "قبل ثلاثة أيام", "DATE", "2019-04-18"},
           Case{"2019-04-21", "وقع الهجوم قبل بضعة أيام.", "قبل بضعة أيام", "DATE", "PAST_REF"},
           Case{"2019-04-21", "تستأنف بعد بضعة أيام.", "بعد بضعة أيام", "DATE", "FUTURE_REF"},
           Case{"2019-04-21", "تأسست قبل سنتين.", "قبل سنتين", "DATE", "2017"},
       })
    check(c);
  check_none("2019-04-21", "وفي اليوم التالي انسحبت القوات.");
}

TEST(TimeRelative, NeverFinerThanTheDocumentDate) {
  for (const Case& c : {
           Case{"2017-07", "وقع الهجوم قبل يومين.", "قبل يومين", "DATE", "2017-07"},
           Case{"2017-07", "أعلن الثلاثاء عن الاتفاق.", "الثلاثاء", "DATE", "2017-07"},
           Case{"2017-07", "أعلن قبل شهرين.", "قبل شهرين", "DATE", "2017-05"},
           Case{"2017-07", "وصل في الخامس من الشهر الجاري.", "الخامس من الشهر الجاري", "DATE", "2017-07-05"},
           Case{"2017-07", "زار روما الأسبوع الماضي.", "الأسبوع الماضي", "DATE", "2017-07"},
           Case{"2019", "زار روما الشهر الماضي.", "الشهر الماضي", "DATE", "2019"},
           Case{"2019", "زار روما العام الماضي.", "العام الماضي", "DATE", "2018"},
           Case{"2019", "زار روما أمس.", "أمس", "DATE", "2019"},
       })
    check(c);
}

TEST(TimeRelative, UndatedDocumentsKeepRelativeValuesUnresolved) {
  for (const Case& c : {
           Case{"", "وصل أمس إلى طرابلس.", "أمس", "DATE", "XXXX-XX-XX"},
           Case{"", "زار روما الشهر الماضي.", "الشهر الماضي", "DATE", "XXXX-XX"},
           Case{"", "زار روما الأسبوع الماضي.", "الأسبوع الماضي", "DATE", "XXXX-WXX"},
           Case{"", "التقاه يوم الخميس الماضي.", "يوم الخميس الماضي", "DATE", "XXXX-WXX-4"},
           Case{"", "وصل في الخامس من الشهر الجاري.", "الخامس من الشهر الجاري", "DATE", "XXXX-XX-05"},
       })
    check(c);
  for (const auto& f : times_in("وصل أمس إلى طرابلس.", "")) EXPECT_EQ(f.anchor, "none");
}

TEST(TimeRelative, NamedPeriods) {
  for (const Case& c : {
           Case{"2019-04-21", "زار روما الأسبوع الماضي.", "الأسبوع الماضي", "DATE", "2019-W15"},
           Case{"2019-04-21", "يزور روما الأسبوع القادم.", "الأسبوع القادم", "DATE", "2019-W17"},
           Case{"2019-04-21", "يزور روما الأسبوع الجاري.", "الأسبوع الجاري", "DATE", "2019-W16"},
           Case{"2019-04-21", "زار روما الشهر الماضي.", "الشهر الماضي", "DATE", "2019-03"},
           Case{"2019-01-10", "زار روما الشهر الماضي.", "الشهر الماضي", "DATE", "2018-12"},
           Case{"2019-04-21", "تجرى الانتخابات السنة المقبلة.", "السنة المقبلة", "DATE", "2020"},
           Case{"2019-04-21", "تجرى الانتخابات هذا العام.", "هذا العام", "DATE", "2019"},
           Case{"2019-04-21", "وصل مطلع الشهر الجاري.", "مطلع الشهر الجاري", "DATE", "2019-04"},
           Case{"2019-04-21", "وقع في الخامس من الشهر الماضي.", "الخامس من الشهر الماضي", "DATE", "2019-03-05"},
       })
    check(c);
}

TEST(TimeRelative, Weekdays) {
  // 2019-04-21 is a Sunday.
  for (const Case& c : {
           Case{"2019-04-21", "اتصل به الاثنين الفارط.", "الاثنين الفارط", "DATE", "2019-04-15"},
           Case{"2019-04-21", "اتصل به الأحد الماضي.", "الأحد الماضي", "DATE", "2019-04-14"},
           Case{"2019-04-21", "أعلن الأحد عن الاتفاق.", "الأحد", "DATE", "2019-04-21"},
           Case{"2019-04-21", "أعلن السبت عن الاتفاق.", "السبت", "DATE", "2019-04-20"},
           Case{"2019-04-21", "يجتمع الأحد المقبل.", "الأحد المقبل", "DATE", "2019-04-28"},
           Case{"2019-04-21", "يجتمع يوم الأربعاء القادم.", "يوم الأربعاء القادم", "DATE", "2019-04-24"},
           Case{"2019-04-21", "قصف ليلة الجمعة.", "ليلة الجمعة", "DATE", "2019-04-19"},
       })
    check(c);
  check_none("2019-04-21", "وقع خلاف بين الاثنين حول المنصب.");
  check_none("2019-04-21", "لم يحضر أحد من المسؤولين.");
}

}  // namespace marsad::time
