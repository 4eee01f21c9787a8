// The extractor's code tables: intent codes for announced acts, Goldstein
// scores. Its reading of sentences is tested case by case in
// events_patterns_test.cpp and events_slots_test.cpp.
#include <gtest/gtest.h>

#include "events/cameo.h"
#include "events/extractor.h"

namespace marsad::events {
namespace {

TEST(ExtractorTest, IntentCodes) {
  EXPECT_EQ(intent_code("042"), "036");
  EXPECT_EQ(intent_code("0711"), "033");
  EXPECT_EQ(intent_code("190"), "138");
  EXPECT_EQ(intent_code("112"), "130");
  EXPECT_EQ(intent_code("020"), "020");
}

TEST(Cameo, GoldsteinOfKnownAndChildCodes) {
  EXPECT_DOUBLE_EQ(Cameo::builtin().goldstein("041"), 1.0);
  EXPECT_DOUBLE_EQ(Cameo::builtin().goldstein("195"), -10.0);
  EXPECT_DOUBLE_EQ(Cameo::builtin().goldstein("0419"), 1.0);  // unknown child: its parent's
}

}  // namespace
}  // namespace marsad::events
