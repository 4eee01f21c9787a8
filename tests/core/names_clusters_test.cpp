#include "names/clusters.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "names/features.h"

namespace marsad::names {
namespace {

// A small table written for the tests: towns, surnames, verbs of saying.
constexpr std::string_view kTable =
    "# a comment\n"
    "clusters 4 2 2\n"
    "0 0 0 المنامه الدوحه مسقط\n"
    "1 0 0 الزياني الكواري\n"
    "2 1 1 صرح اوضح\n";

TEST(WordClusters, ReadsATable) {
  WordClusters c;
  std::string error;
  ASSERT_TRUE(c.load(kTable, &error)) << error;
  EXPECT_EQ(c.size(), 7u);
  const WordClusters::Ids* doha = c.find("الدوحه");
  ASSERT_NE(doha, nullptr);
  EXPECT_EQ(doha->fine, 0);
  const WordClusters::Ids* surname = c.find("الكواري");
  ASSERT_NE(surname, nullptr);
  EXPECT_EQ(surname->fine, 1);
  EXPECT_EQ(surname->mid, 0);
  const WordClusters::Ids* said = c.find("اوضح");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->fine, 2);
  EXPECT_EQ(said->mid, 1);
  EXPECT_EQ(said->coarse, 1);
  EXPECT_EQ(c.find("بيروت"), nullptr);
}

struct BadTable {
  const char* text;
  const char* error;
};

class WordClustersRefuse : public ::testing::TestWithParam<BadTable> {};

TEST_P(WordClustersRefuse, AMalformedTable) {
  WordClusters c;
  std::string error;
  EXPECT_FALSE(c.load(GetParam().text, &error));
  EXPECT_NE(error.find(GetParam().error), std::string::npos) << error;
  EXPECT_TRUE(c.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, WordClustersRefuse,
    ::testing::Values(BadTable{"", "no \"clusters\" line"},
                      BadTable{"0 0 0 مسقط\n", "expected \"clusters"},
                      BadTable{"clusters 2 1\n", "expected \"clusters"},
                      BadTable{"clusters 2 1 1\n2 0 0 مسقط\n", "bad cluster ids at line 2"},
                      BadTable{"clusters 2 1 1\n0 1 0 مسقط\n", "bad cluster ids"},
                      BadTable{"clusters 2 1 1\nx 0 0 مسقط\n", "bad cluster ids"},
                      BadTable{"clusters 2 1 1\n0 0 0 مسقط\n1 0 0 مسقط\n", "a word in two clusters at line 3"}));

// The gazetteer reads a word's clusters, or its stem's behind proclitics.
TEST(GazetteerClusters, FallBackOnTheStem) {
  WordClusters c;
  ASSERT_TRUE(c.load(kTable, nullptr));
  Gazetteer g;
  EXPECT_EQ(g.clusters("الدوحه"), nullptr);  // no table yet
  g.use_clusters(&c);
  struct Case {
    const char* word;
    int fine;  // -1: none
  } cases[] = {
      {"الدوحه", 0},
      {"والدوحه", 0},    // و + the word
      {"بالدوحه", 0},    // ب + the word
      {"للكواري", 1},    // ل + ال: the article restored
      {"وصرح", 2},
      {"والبحرين", -1},  // not in the table
      {"دوحه", -1},      // the article is not dropped from a word that has no proclitic
  };
  for (const Case& k : cases) {
    const WordClusters::Ids* ids = g.clusters(k.word);
    if (k.fine < 0) {
      EXPECT_EQ(ids, nullptr) << k.word;
    } else {
      ASSERT_NE(ids, nullptr) << k.word;
      EXPECT_EQ(ids->fine, k.fine) << k.word;
    }
  }
}

TEST(WordClusters, TheBuiltInTableReads) {
  const WordClusters& c = builtin_clusters();
  EXPECT_GE(c.size(), 10000u);
  // Words used alike: two Gulf capitals share a cluster at the middle level at least.
  const WordClusters::Ids* doha = c.find("الدوحه");
  const WordClusters::Ids* manama = c.find("المنامه");
  ASSERT_NE(doha, nullptr);
  ASSERT_NE(manama, nullptr);
  EXPECT_EQ(doha->mid, manama->mid);
}

}  // namespace
}  // namespace marsad::names
