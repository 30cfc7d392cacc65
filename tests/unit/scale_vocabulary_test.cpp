#include <gtest/gtest.h>

#include "scales/scale_vocabulary.hpp"

namespace canvass {
namespace {

TEST(ScaleVocabulary, RecognisesFivePointAgreementRegardlessOfSpelling) {
  const auto v = ScaleVocabulary::builtin();
  auto m = v.recognise({"STRONGLY AGREE", " agree", "Neither agree nor disagree", "Disagree ", "strongly  disagree", ""});
  ASSERT_TRUE(m);
  EXPECT_EQ(m->scale.name, "agreement-5");
  EXPECT_EQ(m->scale.points(), 5);
  EXPECT_EQ(m->level_of("Strongly Agree"), 5);
  EXPECT_EQ(m->level_of("strongly disagree"), 1);
  EXPECT_EQ(m->level_of(""), std::nullopt);
}

TEST(ScaleVocabulary, PolaritiesRunNegativeToPositive) {
  auto m = ScaleVocabulary::builtin().recognise({"Agree", "Neutral"});
  ASSERT_TRUE(m);
  EXPECT_EQ(m->scale.level(1)->polarity, Polarity::negative);
  EXPECT_EQ(m->scale.level(3)->polarity, Polarity::neutral);
  EXPECT_EQ(m->scale.level(5)->polarity, Polarity::positive);
}

TEST(ScaleVocabulary, NonSubstantiveAnswersAreLevelsOffTheScale) {
  auto m = ScaleVocabulary::builtin().recognise({"Agree", "Don\u2019t know", "Disagree", "Neither agree nor disagree"});
  ASSERT_TRUE(m);
  EXPECT_EQ(m->scale.points(), 5);
  ASSERT_EQ(m->scale.levels.size(), 6u);
  EXPECT_EQ(m->scale.levels[5].polarity, Polarity::nonsubstantive);
  EXPECT_EQ(m->level_of("don't know"), 6);
}

TEST(ScaleVocabulary, UnknownLabelsAreNeverGuessedIntoAScale) {
  EXPECT_FALSE(ScaleVocabulary::builtin().recognise({"Agree", "Sometimes"}));
  EXPECT_FALSE(ScaleVocabulary::builtin().recognise({"Yes", "No"}));
  EXPECT_FALSE(ScaleVocabulary::builtin().recognise({"Don't know"})) << "only non-substantive answers";
}

TEST(ScaleVocabulary, AlternativeSpellingsMapToTheSameLevel) {
  auto m = ScaleVocabulary::builtin().recognise({"Neutral", "Agree"});
  ASSERT_TRUE(m);
  EXPECT_EQ(m->level_of("neutral"), 3);
  EXPECT_EQ(m->scale.level(3)->label, "Neither agree nor disagree");
}

}  // namespace
}  // namespace canvass
