#include "names/model.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace marsad::names {
namespace {

// What the trainer writes is what the finder reads: weights on the first
// label, on labels between, on the last one, with zeros between them.
TEST(NameModel, ReadsBackTheWeightsItWrites) {
  Weights first{}, between{}, last{};
  first[0] = 12.7f;
  between[2] = -6.3f, between[5] = 3.2f;
  last[kLabelCount - 1] = -12.7f;
  Transitions transitions{};
  std::string text = NameModel::write({{7, first}, {3, between}, {11, last}}, transitions, "");
  NameModel model;
  std::string error;
  ASSERT_TRUE(model.load(text, &error)) << error << "\n" << text;
  auto scores = [&](uint64_t key) {
    std::vector<float> s(kLabelCount, 0);
    model.add_scores({&key, 1}, s.data());
    return s;
  };
  EXPECT_NEAR(scores(7)[0], 12.7f, 0.01f);
  EXPECT_NEAR(scores(3)[2], -6.3f, 0.01f);
  EXPECT_NEAR(scores(3)[5], 3.2f, 0.01f);
  EXPECT_NEAR(scores(3)[0], 0, 1e-6);
  EXPECT_NEAR(scores(11)[kLabelCount - 1], -12.7f, 0.01f);
  EXPECT_NEAR(scores(5)[0], 0, 1e-6);  // no row
}

TEST(NameModel, NamesTheRowOfAMalformedWeight) {
  std::string error;
  std::string text = "labels O B-PERS I-PERS B-LOC I-LOC B-ORG I-ORG B-MISC I-MISC\nscale 1\ntransitions";
  for (int i = 0; i < (kLabelCount + 1) * kLabelCount; ++i) text += " 0";
  EXPECT_TRUE(NameModel().load(text + "\nrows 1\n5 3,,-2\n", &error)) << error;
  EXPECT_FALSE(NameModel().load(text + "\nrows 2\n5 3,,-2\n1 1,x\n", &error));
  EXPECT_NE(error.find("row 2"), std::string::npos) << error;
  EXPECT_FALSE(NameModel().load(text + "\nrows 1\n5 1,1,1,1,1,1,1,1,1,1\n", &error));  // more weights than labels
}

}  // namespace
}  // namespace marsad::names
