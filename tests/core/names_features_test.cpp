#include "names/features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

namespace marsad::names {
namespace {

// A small table written for the tests: towns, surnames, verbs of saying.
constexpr std::string_view kTable =
    "clusters 4 2 2\n"
    "0 0 0 المنامه الدوحه مسقط\n"
    "1 0 0 الزياني الكواري\n"
    "2 1 1 صرح اوضح\n";

std::vector<uint64_t> features_of(const Gazetteer& g, const char* word) {
  std::vector<uint64_t> out;
  word_features({word, text::TokenKind::kWord}, 0, g, out);
  std::sort(out.begin(), out.end());
  return out;
}

size_t shared(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  std::vector<uint64_t> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return both.size();
}

// Two surnames of one cluster share its three features, which a surname of
// another cluster at the middle level does not; without the table they
// share no more than their spelling gives them.
TEST(NameFeatures, WordsOfOneClusterShareFeatures) {
  WordClusters c;
  ASSERT_TRUE(c.load(kTable, nullptr));
  Gazetteer without, with;
  with.use_clusters(&c);
  size_t alike_without = shared(features_of(without, "المنامه"), features_of(without, "مسقط"));
  size_t alike_with = shared(features_of(with, "المنامه"), features_of(with, "مسقط"));
  EXPECT_EQ(alike_with, alike_without + 2);  // fine, middle and coarse, instead of "no cluster"
  // A town and a surname: the same middle and coarse clusters, not the fine one.
  EXPECT_EQ(shared(features_of(with, "الدوحه"), features_of(with, "الكواري")),
            shared(features_of(without, "الدوحه"), features_of(without, "الكواري")) + 1);
  // A town and a verb: no cluster in common.
  EXPECT_EQ(shared(features_of(with, "مسقط"), features_of(with, "صرح")),
            shared(features_of(without, "مسقط"), features_of(without, "صرح")) - 1);
}

// A word behind proclitics also reads as its stem: «والدوحه» as «الدوحه».
TEST(GazetteerClusters, OfTheStem) {
  WordClusters c;
  ASSERT_TRUE(c.load(kTable, nullptr));
  Gazetteer g;
  g.use_clusters(&c);
  struct Case {
    const char* word;
    int fine;  // -1: none
  } cases[] = {{"والدوحه", 0}, {"للزياني", 1}, {"الدوحه", 0}, {"صرح", -1}, {"وصرح", 2}, {"والبحرين", -1}};
  for (const Case& k : cases) {
    const WordClusters::Ids* ids = g.stem_clusters(k.word);
    if (k.fine < 0) {
      EXPECT_EQ(ids, nullptr) << k.word;
    } else {
      ASSERT_NE(ids, nullptr) << k.word;
      EXPECT_EQ(ids->fine, k.fine) << k.word;
    }
  }
}

// A prefixed form frequent enough to have a cluster of its own (here with the
// verbs) still gets its stem's clusters as features.
TEST(NameFeatures, APrefixedWordReadsItsStemsClusters) {
  std::string with_stem(kTable), without_stem = "clusters 4 2 2\n0 0 0 الدوحه مسقط\n";
  with_stem += "3 1 1 والمنامه\n";
  without_stem += "3 1 1 والمنامه\n";
  WordClusters a, b;
  ASSERT_TRUE(a.load(with_stem, nullptr));
  ASSERT_TRUE(b.load(without_stem, nullptr));
  Gazetteer known, unknown;
  known.use_clusters(&a);
  unknown.use_clusters(&b);
  EXPECT_EQ(features_of(known, "والمنامه").size(), features_of(unknown, "والمنامه").size() + 2);
}

std::vector<uint64_t> context_of(const Gazetteer& g, const char* before, const char* word) {
  std::vector<NameToken> sentence{{before, text::TokenKind::kWord}, {word, text::TokenKind::kWord}};
  std::vector<uint64_t> out;
  context_features(sentence, 1, g, out);
  std::sort(out.begin(), out.end());
  return out;
}

// Two words read together by their clusters: «صرح الكواري» and «اوضح الزياني»
// (a verb of saying, then a surname) share the pairs of middle clusters,
// which «مسقط الزياني» does not share with them before the surname.
TEST(NameFeatures, NeighboursPairsOfClusters) {
  WordClusters c;
  ASSERT_TRUE(c.load(kTable, nullptr));
  Gazetteer g;
  g.use_clusters(&c);
  std::vector<uint64_t> said = context_of(g, "صرح", "الكواري");
  EXPECT_EQ(shared(said, context_of(g, "اوضح", "الزياني")), 3u);  // the bias and both pairs
  EXPECT_EQ(shared(said, context_of(g, "مسقط", "الزياني")), 2u);  // the bias and the pair after
  // The cached reading the name finder uses gives the same features.
  ContextReading r;
  r.mid_before = mid_cluster({"صرح", text::TokenKind::kWord}, g);
  r.mid_here = mid_cluster({"الكواري", text::TokenKind::kWord}, g);
  r.mid_after = mid_cluster({"<edge>", text::TokenKind::kPunct}, g);
  std::vector<NameToken> sentence{{"صرح", text::TokenKind::kWord}, {"الكواري", text::TokenKind::kWord}};
  std::vector<uint64_t> cached;
  context_features(sentence, 1, r, cached);
  std::sort(cached.begin(), cached.end());
  EXPECT_EQ(cached, said);
}

}  // namespace
}  // namespace marsad::names
