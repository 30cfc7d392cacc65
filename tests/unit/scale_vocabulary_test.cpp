#include <gtest/gtest.h>

#include "scales/scale_vocabulary.hpp"
#include "test_support.hpp"

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

namespace canvass {
namespace {

TEST(ScaleVocabularyData, ObservedAnswersPreferFivePointsThenTheSmallestCoveringForm) {
  const auto v = ScaleVocabulary::builtin();
  auto five = v.recognise({"Agree", "Strongly disagree", "Disagree", "Strongly agree"});
  ASSERT_TRUE(five);
  EXPECT_EQ(five->scale.name, "agreement-5") << "nobody choosing neutral does not make a 4-point scale";
  auto four = v.recognise({"Agree", "Strongly disagree", "Disagree", "Strongly agree"},
                          ScaleVocabulary::Labels::complete);
  ASSERT_TRUE(four);
  EXPECT_EQ(four->scale.name, "agreement-4") << "value labels name every level: exactly four";
  auto seven = v.recognise({"Agree", "Somewhat agree"});
  ASSERT_TRUE(seven);
  EXPECT_EQ(seven->scale.name, "agreement-7");
  EXPECT_EQ(seven->level_of("Somewhat agree"), 5);
}

TEST(ScaleVocabularyData, EveryFamilyIsData) {
  const auto v = ScaleVocabulary::builtin();
  const std::pair<std::vector<std::string>, const char*> cases[] = {
      {{"Never", "Rarely", "Always"}, "frequency"},
      {{"Very satisfied", "Dissatisfied", "Neither satisfied nor dissatisfied"}, "satisfaction"},
      {{"Very likely", "Unlikely", "Neither likely nor unlikely"}, "likelihood"},
      {{"Poor", "Good", "Excellent"}, "quality"},
      {{"Very important", "Not at all important", "Extremely important"}, "importance"},
      {{"Not at all", "To a great extent", "To a very great extent"}, "extent"}};
  for (const auto& [answers, family] : cases) {
    auto m = v.recognise(answers);
    ASSERT_TRUE(m) << family;
    EXPECT_EQ(m->scale.family, family);
  }
}

TEST(ScaleVocabularyData, NumericPrefixesAreReadAndKeptAsCodes) {
  auto m = ScaleVocabulary::builtin().recognise({"5 - Strongly agree", "1 = Strongly disagree", "(3) Neutral"});
  ASSERT_TRUE(m);
  EXPECT_EQ(m->scale.name, "agreement-5");
  EXPECT_EQ(m->level_of("5 - Strongly agree"), 5);
  EXPECT_EQ(m->level_of("(3) Neutral"), 3);
  EXPECT_EQ(m->scale.level(5)->code, "5");
}

TEST(ScaleVocabularyData, WelshAndGaelicAreOnlyMoreLabels) {
  const auto v = ScaleVocabulary::builtin();
  auto cy = v.recognise({"Cytuno'n gryf", "Anghytuno", "Ddim yn gwybod"});
  ASSERT_TRUE(cy);
  EXPECT_EQ(cy->scale.family, "agreement");
  EXPECT_EQ(cy->level_of("Cytuno\u2019n gryf"), static_cast<int>(cy->scale.points()));
  EXPECT_EQ(cy->scale.levels.back().polarity, Polarity::nonsubstantive);
  auto gd = v.recognise({"Aontaich gu làidir", "Eas-aontaich"});
  ASSERT_TRUE(gd);
  EXPECT_EQ(gd->scale.family, "agreement");
}

TEST(ScaleVocabularyData, AFileThatBreaksTheSchemaIsAnErrorNamingIt) {
  const std::string dir = canvass::testing::source_dir();
  auto bad = ScaleVocabulary::load(dir + "/schemas/scales.xsd", dir + "/schemas/scales.xsd");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().to_string().find("scales.xsd"), std::string::npos);
  EXPECT_TRUE(ScaleVocabulary::shipped(dir));
}

}  // namespace
}  // namespace canvass

namespace canvass {
namespace {

TEST(ScaleVocabulary, ReadOnForcesTheNamedFormAndListsWhatIsOffIt) {
  const auto v = ScaleVocabulary::builtin();
  std::vector<std::string> off;
  // recognise() would take agreement-5 for these; the override says agreement-4.
  auto m = v.read_on("agreement-4", {"Agree", "disagree", "Kinda", "Don't know", "Kinda", ""}, off);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->scale.name, "agreement-4");
  EXPECT_EQ(m->scale.points(), 4);
  EXPECT_EQ(m->level_of("Agree"), 3);
  EXPECT_EQ(m->level_of("DISAGREE"), 2);
  EXPECT_TRUE(m->level_of("Don't know"));  // non-substantive: beside the scale, not off it
  EXPECT_FALSE(m->level_of("Kinda"));
  EXPECT_EQ(off, std::vector<std::string>{"Kinda"});
  // A neutral answer is off a scale without a neutral level.
  off.clear();
  ASSERT_TRUE(v.read_on("agreement-4", {"Neutral"}, off));
  EXPECT_EQ(off, std::vector<std::string>{"Neutral"});
  EXPECT_FALSE(v.read_on("agreement-11", {"Agree"}, off));
}

}  // namespace
}  // namespace canvass

namespace canvass {
namespace {

TEST(ScaleVocabularyLanguage, WelshAnswersKeepTheirWelshLabelsOnTheCanonicalLevels) {
  const auto v = ScaleVocabulary::builtin();
  auto cy = v.recognise({"Cytuno\u2019n gryf", "Anghytuno", "Cytuno", "Ddim yn gwybod"});
  ASSERT_TRUE(cy);
  ASSERT_EQ(cy->scale.points(), 5u);
  // As the source wrote them (its curly apostrophe kept), on the canonical positions.
  EXPECT_EQ(cy->scale.level(5)->label, "Cytuno\u2019n gryf");
  EXPECT_EQ(cy->scale.level(4)->label, "Cytuno");
  EXPECT_EQ(cy->scale.level(2)->label, "Anghytuno");
  // Levels nobody chose take the vocabulary's Welsh labels, not English.
  EXPECT_EQ(cy->scale.level(1)->label, "Anghytuno'n gryf");
  EXPECT_EQ(cy->scale.level(3)->label, "Ddim yn cytuno nac yn anghytuno");
  EXPECT_EQ(cy->scale.level(5)->polarity, Polarity::positive);
  // English answers are unchanged: the vocabulary's labels.
  auto en = v.recognise({"strongly agree", "Disagree", "Agree"});
  ASSERT_TRUE(en);
  EXPECT_EQ(en->scale.level(5)->label, "Strongly agree");
  EXPECT_EQ(en->scale.level(3)->label, "Neither agree nor disagree");
}

}  // namespace
}  // namespace canvass

namespace canvass {
namespace {

// Outputs mark a label known only in another language (WCAG 3.1.2); English and unknown
// labels are left unmarked.
TEST(ScaleVocabularyLanguage, KnowsWhichLabelsAreWelsh) {
  const ScaleVocabulary v = ScaleVocabulary::builtin();
  EXPECT_EQ(v.language_of("Cytuno\xE2\x80\x99n gryf"), "cy");
  EXPECT_EQ(v.language_of("cytuno"), "cy");
  EXPECT_EQ(v.language_of("Strongly agree"), "");
  EXPECT_EQ(v.language_of("Agree"), "");
  EXPECT_EQ(v.language_of("Something else entirely"), "");
}

}  // namespace
}  // namespace canvass
