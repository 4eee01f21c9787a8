// The period a dated event is counted in by the relation and timeline queries:
// its month or year, and for an ISO week the month of its Thursday.
#include <gtest/gtest.h>

#include "query/event_json.h"

namespace marsad::query {
namespace {

TEST(QueryPeriods, ADateFallsInItsMonthAndYear) {
  EXPECT_EQ(period_of("2019-04-15", "month"), "2019-04");
  EXPECT_EQ(period_of("2019-04", "month"), "2019-04");
  EXPECT_EQ(period_of("2019-04-15", "year"), "2019");
  EXPECT_EQ(period_of("2019", "month"), "");  // a year is in no one month
}

TEST(QueryPeriods, AnIsoWeekFallsInTheMonthOfItsThursday) {
  EXPECT_EQ(period_of("2015-W30", "month"), "2015-07");  // 20–26 July 2015
  EXPECT_EQ(period_of("2015-W27", "month"), "2015-07");  // 29 June – 5 July: Thursday 2 July
  EXPECT_EQ(period_of("2020-W01", "year"), "2020");      // starts on 30 December 2019
}

}  // namespace
}  // namespace marsad::query
