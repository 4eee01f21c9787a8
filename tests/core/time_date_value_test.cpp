// The date value type.
#include <gtest/gtest.h>

#include "time/date_value.h"
#include "time/hijri.h"
#include "time/resolve.h"

namespace marsad::time {
namespace {

TEST(TimeDateValue, ParsesAndFormatsAtEachPrecision) {
  for (const char* s : {"2019", "2019-04", "2019-04-21"}) EXPECT_EQ(DateValue::parse(s).format(), s);
  EXPECT_FALSE(DateValue::parse("").known());
  EXPECT_FALSE(DateValue::parse("2019-13").known());
  EXPECT_FALSE(DateValue::parse("2019-02-30").known());
  EXPECT_EQ(DateValue::parse("2019-04").precision, Precision::kMonth);
}

TEST(TimeDateValue, ArithmeticStaysAtItsPrecision) {
  EXPECT_EQ(DateValue::parse("2019-03-01").plus_days(-1).format(), "2019-02-28");
  EXPECT_EQ(DateValue::parse("2020-03-01").plus_days(-1).format(), "2020-02-29");
  EXPECT_EQ(DateValue::parse("2019-01").plus_months(-2).format(), "2018-11");
  EXPECT_EQ(DateValue::parse("2019-03-31").plus_months(-1).format(), "2019-02-28");
  EXPECT_EQ(DateValue::parse("2019").plus_years(-1).format(), "2018");
  EXPECT_EQ(DateValue::parse("2019-04").plus_days(-2).format(), "2019-04");  // no day to move
}

TEST(TimeDateValue, WeekdaysAndIsoWeeks) {
  EXPECT_EQ(DateValue::parse("2019-04-21").weekday(), 7);  // Sunday
  EXPECT_EQ(DateValue::parse("2019-04-15").weekday(), 1);
  EXPECT_EQ(DateValue::parse("2019-04-21").iso_week(), "2019-W16");
  EXPECT_EQ(DateValue::parse("2018-12-31").iso_week(), "2019-W01");
  EXPECT_EQ(DateValue::parse("2021-01-03").iso_week(), "2020-W53");
}

TEST(TimeDateValue, CompareByStartAndEnd) {
  EXPECT_LT(compare_start(DateValue::parse("2019"), DateValue::parse("2019-02")), 0);
  EXPECT_GT(compare_end(DateValue::parse("2019"), DateValue::parse("2019-02")), 0);
  EXPECT_EQ(compare_start(DateValue::parse("2019-04"), DateValue::parse("2019-04-01")), 0);
}

TEST(TimeDateValue, ShiftNeverInventsPrecision) {
  EXPECT_EQ(shift(DateValue::parse("2017-07"), Unit::kDay, -2).format(), "2017-07");
  EXPECT_EQ(shift(DateValue::parse("2017-07"), Unit::kMonth, -2).format(), "2017-05");
  EXPECT_EQ(shift(DateValue::parse("2017-07-10"), Unit::kYear, -1).format(), "2016");
  EXPECT_EQ(shift(DateValue::parse("2019"), Unit::kMonth, -1).format(), "2019");
}

TEST(TimeDateValue, HijriConversion) {
  EXPECT_EQ(hijri_to_gregorian(1, 1, 1).format(), "0622-07-19");  // proleptic Gregorian of 16 July 622 Julian
  EXPECT_EQ(hijri_to_gregorian(1440, 9, 1).format(), "2019-05-06");
  EXPECT_EQ(hijri_to_gregorian(1400, 1, 1).format(), "1979-11-21");
}

}  // namespace
}  // namespace marsad::time
