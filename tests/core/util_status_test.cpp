// util::Status and util::Result<T>: errors as values, with the code names the
// API writes into {"error": {"code", "message"}}.
#include <gtest/gtest.h>

#include <string>

#include "util/status.h"

namespace marsad::util {
namespace {

TEST(Status, DefaultIsOkWithNoMessage) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kOk);
  EXPECT_EQ(s.message(), "");
  EXPECT_TRUE(OkStatus().ok());
}

TEST(Status, EachErrorKeepsItsCodeAndMessage) {
  struct Row {
    Status status;
    StatusCode code;
    std::string_view name;
  };
  const Row rows[] = {
      {InvalidArgumentError("weak must be true or false"), StatusCode::kInvalidArgument, "invalid_argument"},
      {NotFoundError("no document with id \"x\""), StatusCode::kNotFound, "not_found"},
      {ResourceExhaustedError("not loaded"), StatusCode::kResourceExhausted, "resource_exhausted"},
  };
  for (const Row& r : rows) {
    EXPECT_FALSE(r.status.ok()) << r.name;
    EXPECT_EQ(r.status.code(), r.code) << r.name;
    EXPECT_EQ(code_name(r.status.code()), r.name);
    EXPECT_FALSE(r.status.message().empty()) << r.name;
  }
  EXPECT_EQ(code_name(StatusCode::kOk), "ok");
}

Result<int> half(int n) {
  if (n % 2) return InvalidArgumentError(std::to_string(n) + " is odd");
  return n / 2;
}

Status quarter(int n, int& out) {
  Result<int> h = half(n);
  MARSAD_RETURN_IF_ERROR(h.status());
  Result<int> q = half(*h);
  MARSAD_RETURN_IF_ERROR(q.status());
  out = q.value();
  return OkStatus();
}

TEST(Result, HoldsAValueOrTheErrorThatPreventedIt) {
  Result<int> ok = half(8);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.value(), 4);
  EXPECT_EQ(*ok, 4);

  Result<int> odd = half(7);
  EXPECT_FALSE(odd.ok());
  EXPECT_EQ(odd.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(odd.status().message(), "7 is odd");
}

TEST(Result, ReturnIfErrorStopsAtTheFirstError) {
  int out = -1;
  EXPECT_TRUE(quarter(8, out).ok());
  EXPECT_EQ(out, 2);
  out = -1;
  Status s = quarter(6, out);  // 6 halves to 3, which is odd
  EXPECT_EQ(s.message(), "3 is odd");
  EXPECT_EQ(out, -1);
}

TEST(ResultDeathTest, ReadingTheValueOfAnErrorAborts) {
  Result<int> odd = half(7);
  EXPECT_DEATH((void)odd.value(), "");
}

}  // namespace
}  // namespace marsad::util
