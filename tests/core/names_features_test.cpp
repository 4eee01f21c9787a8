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

// A word's context features read it with each neighbour as one pair: «مواطنه
// هنري» and «مواطنه زيدان» share the word before, not the pair; the same word
// after another word shares its pair with neither.
TEST(NameFeatures, AWordIsReadWithEachNeighbourAsAPair) {
  auto context = [](std::vector<NameToken> sentence) {
    std::vector<uint64_t> out;
    context_features(sentence, 1, false, out);
    std::sort(out.begin(), out.end());
    return out;
  };
  auto w = [](const char* s) { return NameToken{s, text::TokenKind::kWord}; };
  std::vector<uint64_t> a = context({w("مواطنه"), w("هنري"), w("الذي")});
  std::vector<uint64_t> same = context({w("مواطنه"), w("هنري"), w("الذي")});
  std::vector<uint64_t> other_before = context({w("زميله"), w("هنري"), w("الذي")});
  std::vector<uint64_t> other_after = context({w("مواطنه"), w("هنري"), w("ثم")});
  EXPECT_EQ(a, same);
  EXPECT_EQ(shared(a, other_before), a.size() - 1);  // the pair before differs
  EXPECT_EQ(shared(a, other_after), a.size() - 1);   // the pair after differs
  EXPECT_GE(a.size(), 3u);                          // the bias and the two pairs
}

}  // namespace
}  // namespace marsad::names
