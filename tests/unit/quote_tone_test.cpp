// Tone on feedback language: the model with its clause rules (negation across the clause,
// contrast, counterfactuals, "not yet", "no longer", requests for change), topic words that
// are not verdicts, mixed comments, and the model file's errors.
#include <gtest/gtest.h>

#include <fstream>

#include "analysis/quote_tone.hpp"
#include "text/tone_features.hpp"
#include "text/word_list.hpp"

namespace canvass {
namespace {

const ToneScorer& scorer() {
  static const ToneScorer s = [] {
    auto loaded = ToneScorer::load_default(data_dir());
    EXPECT_TRUE(loaded.ok()) << loaded.error().to_string();
    return loaded.ok() ? std::move(loaded).value() : ToneScorer{};
  }();
  return s;
}

Tone tone_of(std::string_view text) { return scorer().score(text).tone; }

TEST(QuoteTone, CriticismVoicedTheWayFeedbackVoicesIt) {
  for (const char* text : {"Honestly the whole thing felt like a tick-box exercise and a waste of a week",
                           "The format may have made people less willing to speak honestly.",
                           "I did not think that it was a good class",
                           "The programme would have benefited from pre-reading materials.",
                           "Impact on attainment was not yet evident.",
                           "The resources will no longer be in place after the summer.",
                           "More time with the young people please.",
                           "It would help if the agenda came out earlier.",
                           "I would have liked more time to talk to colleagues."})
    EXPECT_EQ(tone_of(text), Tone::critical) << text;
}

TEST(QuoteTone, TopicWordsAreNotPraise) {
  EXPECT_EQ(tone_of("One of the best CPD activities I have been involved in."), Tone::positive);
  EXPECT_EQ(tone_of("The improvement plan was written in the summer."), Tone::neutral);
  EXPECT_NE(tone_of("Support from the local authority has been inconsistent."), Tone::positive);
}

TEST(QuoteTone, PraiseAndCriticismInBalanceAreMixed) {
  EXPECT_EQ(tone_of("The coaching was really valuable and inspiring; the online modules were confusing and badly "
                    "organised."),
            Tone::mixed);
  // A concession followed by the point is not mixed: the point decides.
  EXPECT_EQ(tone_of("Although it was a long day, it was worth every minute."), Tone::positive);
  EXPECT_EQ(to_string(Tone::mixed), "mixed");
}

TEST(QuoteTone, EveryPassageGetsATone) {
  for (const char* text : {"", "...", "12345", "ノ(゜-゜ノ)", "The meeting was on Tuesday in the hall."}) {
    const ToneScore s = scorer().score(text);
    EXPECT_TRUE(s.tone == Tone::neutral || s.tone == Tone::positive || s.tone == Tone::critical ||
                s.tone == Tone::mixed)
        << text;
    EXPECT_GE(s.compound, -1.0);
    EXPECT_LE(s.compound, 1.0);
  }
  EXPECT_EQ(tone_of(""), Tone::neutral);
}

TEST(QuoteTone, ConfidenceSeparatesClearFromBorderlineCalls) {
  const ToneScore clear = scorer().score("It was a complete waste of time, badly organised and far too long.");
  EXPECT_EQ(clear.tone, Tone::critical);
  EXPECT_TRUE(clear.confident());
  EXPECT_FALSE(scorer().score("The meeting was on Tuesday in the hall.").confident());
}

TEST(ToneFeatures, NegationReachesAcrossTheClauseAndStopsAtItsEnd) {
  const ToneLexicon lexicon;
  Stemmer stemmer;
  const auto f = tone_features("I did not think that it was a good class. The room was good.", lexicon, stemmer, true);
  EXPECT_EQ(f.clauses, 2);
  const auto has = [&](const std::string& name) {
    return std::find(f.names.begin(), f.names.end(), name) != f.names.end();
  };
  EXPECT_TRUE(has("n:good"));  // five words after "not", same clause
  EXPECT_TRUE(has("w:good"));  // the next sentence is not negated
  EXPECT_FALSE(has("r:not-yet"));
}

TEST(ToneModel, BadModelFilesAreNamedWithTheLine) {
  const std::string path = ::testing::TempDir() + "bad_tone_model.tsv";
  std::ofstream(path) << "# comment\nw:good\t1\t-1\t0\nw:bad\t-1\tx\t0\n";
  auto m = ToneModel::load(path);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().to_string().find(":3"), std::string::npos) << m.error().to_string();
  EXPECT_FALSE(ToneModel::load(path + ".missing").ok());
}

}  // namespace
}  // namespace canvass
