// parse_date: accepted forms → ISO at their own precision; everything else
// rejected, with "ambiguous" told apart from "invalid".
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "corpus/date.h"

namespace marsad::corpus {
namespace {

struct Good {
  const char* in;
  const char* iso;
};

void PrintTo(const Good& g, std::ostream* os) { *os << g.in; }

class CorpusDateGood : public testing::TestWithParam<Good> {};

TEST_P(CorpusDateGood, ParsesToIso) {
  DateError err = DateError::kInvalid;
  std::optional<std::string> got = parse_date(GetParam().in, &err);
  ASSERT_TRUE(got.has_value()) << GetParam().in;
  EXPECT_EQ(*got, GetParam().iso) << GetParam().in;
  EXPECT_EQ(err, DateError::kNone);
}

INSTANTIATE_TEST_SUITE_P(
    CorpusDate, CorpusDateGood,
    testing::Values(Good{"2019", "2019"}, Good{"2019-04", "2019-04"}, Good{"2019-4", "2019-04"},
                    Good{"2019/04", "2019-04"}, Good{"2019-04-21", "2019-04-21"}, Good{"2019/04/21", "2019-04-21"},
                    Good{"2019.04.21", "2019-04-21"}, Good{"2019-4-5", "2019-04-05"},
                    Good{"21/04/2019", "2019-04-21"}, Good{"21-04-2019", "2019-04-21"},
                    Good{"21.04.2019", "2019-04-21"}, Good{"5/5/2019", "2019-05-05"},
                    Good{"04/21/2019", "2019-04-21"},  // only month-first makes sense
                    Good{"2015-07-21T10:00:00Z", "2015-07-21"}, Good{"2015-07-21 10:00:00", "2015-07-21"},
                    Good{"2015-07-21T10:00", "2015-07-21"}, Good{"2015-07-21T10:00:00.123+01:00", "2015-07-21"},
                    Good{"2015-07-21T23:59:59-0500", "2015-07-21"}, Good{"2015-07-21T10:00+03", "2015-07-21"}, Good{"  2019-04-21  ", "2019-04-21"},
                    Good{"٢٠١٩-٠٤-٢١", "2019-04-21"}, Good{"۲۰۱۹/۴/۵", "2019-04-05"}, Good{"٢١/٠٤/٢٠١٩", "2019-04-21"},
                    Good{"٢٠١٧", "2017"}, Good{"2020-02-29", "2020-02-29"}, Good{"2000-02-29", "2000-02-29"},
                    Good{"1000", "1000"}, Good{"2999-12-31", "2999-12-31"}));

struct Bad {
  const char* in;
  DateError why;
};

void PrintTo(const Bad& b, std::ostream* os) { *os << b.in; }

class CorpusDateBad : public testing::TestWithParam<Bad> {};

TEST_P(CorpusDateBad, Rejected) {
  DateError err = DateError::kNone;
  EXPECT_FALSE(parse_date(GetParam().in, &err).has_value()) << GetParam().in;
  EXPECT_EQ(err, GetParam().why) << GetParam().in;
}

INSTANTIATE_TEST_SUITE_P(
    CorpusDate, CorpusDateBad,
    testing::Values(Bad{"03/04/2019", DateError::kAmbiguous}, Bad{"١٢-١١-٢٠١٩", DateError::kAmbiguous},
                    Bad{"", DateError::kInvalid}, Bad{"   ", DateError::kInvalid}, Bad{"yesterday", DateError::kInvalid},
                    Bad{"أمس", DateError::kInvalid}, Bad{"2019-13", DateError::kInvalid},
                    Bad{"2019-00-10", DateError::kInvalid}, Bad{"2019-02-29", DateError::kInvalid},
                    Bad{"1900-02-29", DateError::kInvalid}, Bad{"2019-04-31", DateError::kInvalid},
                    Bad{"2019-04-00", DateError::kInvalid}, Bad{"999", DateError::kInvalid},
                    Bad{"0999", DateError::kInvalid}, Bad{"3000", DateError::kInvalid},
                    Bad{"20190421", DateError::kInvalid}, Bad{"2019-04/21", DateError::kInvalid},
                    Bad{"2019-04-21T25:00", DateError::kInvalid}, Bad{"2019-04-21T10", DateError::kInvalid}, Bad{"2019-04-21T10:00+05:", DateError::kInvalid},
                    Bad{"2019-04-21T10:00:00+0500x", DateError::kInvalid},
                    Bad{"2019-04-21junk", DateError::kInvalid}, Bad{"2019-04-", DateError::kInvalid},
                    Bad{"-2019", DateError::kInvalid}, Bad{"21/04/19", DateError::kInvalid},
                    Bad{"04/2019", DateError::kInvalid}, Bad{"32/01/2019", DateError::kInvalid},
                    Bad{"13/13/2019", DateError::kInvalid}, Bad{"2019-004-01", DateError::kInvalid},
                    Bad{"2019\xD9", DateError::kInvalid}));

TEST(CorpusDate, ErrorPointerIsOptional) {
  EXPECT_EQ(parse_date("2019-04-21"), "2019-04-21");
  EXPECT_FALSE(parse_date("nope"));
}

}  // namespace
}  // namespace marsad::corpus
