// The quote bank's rules one at a time: junk, sentences, stems and themes, tone with
// negation and contrast, scoring, and selection (duplicates, per-respondent cap, balance,
// decisions) on passages made here.
#include <gtest/gtest.h>

#include "quote_resources.hpp"

#include <set>

#include "analysis/quote_bank.hpp"
#include "analysis/quote_junk.hpp"
#include "analysis/term_vectors.hpp"
#include "text/sentences.hpp"
#include "text/word_list.hpp"

namespace canvass {
namespace {

const QuoteResources& resources() { return testing::shipped_quote_resources(); }

Codebook codebook() {
  auto b = load_default_codebook(data_dir());
  EXPECT_TRUE(b.ok());
  return b.ok() ? *b : Codebook{};
}

Tone tone_of(std::string_view text) { return resources().tone.score(text).tone; }

TEST(QuoteJunk, NonAnswersShortAnswersAndSymbolsAreNeverQuotes) {
  for (const char* junk : {"", "  ", "N/A", "n/a", "No", "None.", "Nothing to add", "See above", "As above",
                           "Good", "Time to talk", "Networking with other authorities", "!!! ??? ...", "12345 67890 1111"})
    EXPECT_TRUE(is_junk(junk)) << junk;
  EXPECT_FALSE(is_junk("More notice of the visit dates would have helped."));
}

TEST(QuoteJunk, AnswersThatOnlyPointAtAnotherAnswerAreJunk) {
  for (const char* junk : {"As above, see my earlier comments", "See previous", "see previous answer.",
                           "Same as question 3", "Please see my answer above", "As previously mentioned.",
                           "Refer to my comments in the previous section", "Ditto - see above"})
    EXPECT_EQ(junk_reason(junk).value_or(""), "refers to another answer") << junk;
  for (const char* fine : {"As above, the venue was far too small for the group.",
                           "See the previous report for the baseline we measured against.",
                           "The earlier sessions were better organised than the later ones."})
    EXPECT_FALSE(is_junk(fine)) << fine;
}

TEST(QuoteText, SentencesByIcuKeepAbbreviations) {
  auto s = split_sentences("We met Dr. Smith at ten. It went well!  Then we left.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].text, "We met Dr. Smith at ten.");
  EXPECT_EQ(s[2].text, "Then we left.");
}

TEST(QuoteThemes, PrefixesAndStemsBothMatch) {
  using Words = std::vector<std::string>;
  Codebook mine{{{"collaboration", Words{"collaborat"}}, {"logistics", Words{"organis", "room"}}, {"learning", Words{"CPD"}}}};
  ThemeMatcher m(mine);
  EXPECT_EQ(m.themes_of("It was collaborative"), std::vector<std::string>{"collaboration"});
  EXPECT_EQ(m.themes_of("Collaborating was hard"), std::vector<std::string>{"collaboration"});
  EXPECT_EQ(m.themes_of("Badly organised"), std::vector<std::string>{"logistics"});
  EXPECT_EQ(m.themes_of("The rooms were cold"), std::vector<std::string>{"logistics"}) << "stems";
  EXPECT_TRUE(m.themes_of("Roomba").empty()) << "a keyword of four letters is a whole word, not a prefix";
  EXPECT_EQ(m.themes_of("One of the best CPD activities"), std::vector<std::string>{"learning"});
}

TEST(QuoteThemes, KeywordsThatCanNeverMatchAreWarnedAbout) {
  using Words = std::vector<std::string>;
  Codebook mine{{{"fine", Words{"collaborat", "peer review"}}, {"broken", Words{"---", "123"}}, {"vague", Words{"the"}}}};
  const auto w = codebook_warnings(mine);
  ASSERT_EQ(w.size(), 3u) << (w.empty() ? "" : w[0]) << " / " << (w.size() > 1 ? w[1] : "");
  EXPECT_NE(w[0].find("\"---\" has no letters"), std::string::npos) << w[0];
  EXPECT_NE(w[1].find("\"123\" has no letters"), std::string::npos) << w[1];
  EXPECT_NE(w[2].find("nearly every comment"), std::string::npos) << w[2];
  EXPECT_TRUE(codebook_warnings(codebook()).empty()) << "the shipped codebook is clean";
}

TEST(QuoteThemes, DefaultCodebookFindsTheMainThemeAndNotLearnersOnSchoolAlone) {
  ThemeMatcher m(codebook());
  auto t = m.themes_of("One of the best CPD activities I have taken part in.");
  EXPECT_NE(std::find(t.begin(), t.end(), "professional learning"), t.end());
  t = m.themes_of("Our school hosted the second visit.");
  EXPECT_EQ(std::find(t.begin(), t.end(), "impact on learners"), t.end());
}

TEST(QuoteThemes, KeywordsMatchOnStems) {
  ThemeMatcher m(codebook());
  auto t = m.themes_of("We collaborated closely and learnt a lot about our pupils");
  EXPECT_NE(std::find(t.begin(), t.end(), "impact on learners"), t.end());
  EXPECT_NE(std::find(t.begin(), t.end(), "professional learning"), t.end());
  Codebook mine{{{"together", {"collaboration"}}, {"kids", {"young people"}}}};
  ThemeMatcher own(mine);
  EXPECT_EQ(own.themes_of("Collaborating was great"), std::vector<std::string>{"together"});
  EXPECT_EQ(own.themes_of("the young people spoke"), std::vector<std::string>{"kids"});
  EXPECT_TRUE(own.themes_of("young and old people").empty()) << "a phrase matches only in sequence";
}

TEST(QuoteTone, LexiconNegationContrastAndFeedbackRules) {
  EXPECT_EQ(tone_of("The sessions were really helpful and well organised."), Tone::positive);
  EXPECT_EQ(tone_of("The sessions were not helpful."), Tone::critical);
  EXPECT_EQ(tone_of("Useful but too long."), Tone::critical);
  EXPECT_EQ(tone_of("Too long, but very useful and enjoyable."), Tone::positive);
  EXPECT_EQ(tone_of("More notice would have helped us plan."), Tone::critical);
  EXPECT_EQ(tone_of("Fewer people in each group."), Tone::critical);
  EXPECT_EQ(tone_of("The meeting was on Tuesday in the hall."), Tone::neutral);
}

Passage passage(std::int64_t respondent, std::string text, std::string question = "What worked well?") {
  Passage p;
  p.origin = "comment";
  p.origin_id = respondent * 10 + static_cast<std::int64_t>(text.size() % 10);
  p.respondent_id = respondent;
  p.respondent = "R" + std::to_string(respondent);
  p.voice = p.respondent;
  p.question = std::move(question);
  p.source = "test.csv";
  p.line = respondent + 1;
  p.text = std::move(text);
  p.group = "Teacher";
  p.group_size = 4;
  return p;
}

QuoteBank bank_of(const std::vector<Passage>& ps, long min_cell = 10) {
  QuoteOptions o;
  o.codebook = codebook();
  o.min_cell = min_cell;
  QuoteBank bank(resources(), o);
  for (const auto& p : ps) bank.add(p);
  bank.score();
  return bank;
}

std::vector<Quote> candidates(const std::vector<Passage>& ps, long min_cell = 10) { return bank_of(ps, min_cell).quotes(); }

std::vector<Quote> select(const std::vector<Passage>& ps, QuoteOptions o, const std::set<std::int64_t>* allowed = nullptr) {
  o.codebook = codebook();
  return bank_of(ps).select(o, allowed);
}

TEST(QuoteCandidates, LongCommentsAreSplitShortOnesKeptWhole) {
  std::string long_text;
  for (int i = 0; i < 8; ++i) long_text += "Our colleagues shared practical ideas about feedback in sentence number " + std::to_string(i) + ". ";
  auto qs = candidates({passage(1, "Working with colleagues from other schools gave us ideas."), passage(2, long_text)});
  ASSERT_EQ(qs.size(), 9u);
  EXPECT_EQ(qs[0].sentence, 0);
  EXPECT_EQ(qs[1].sentence, 1);
  EXPECT_EQ(qs[8].sentence, 8);
}

TEST(QuoteCandidates, TextIsRedactedAndSmallGroupsAreNotNamed) {
  auto qs = candidates({passage(1, "Please email me at jo.bloggs@example.org about the next visit.")}, 10);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].text, "Please email me at [email] about the next visit.");
  EXPECT_EQ(attribution(qs[0]), "Survey respondent") << "a group of 4 is under the threshold of 10";
  auto named = candidates({passage(1, "Please email me at jo.bloggs@example.org about the next visit.")}, 3);
  EXPECT_EQ(attribution(named[0]), "Survey respondent, Teacher");
}

TEST(QuoteScore, SelfContainedSubstantialQuotesScoreHigher) {
  auto qs = candidates({passage(1, "The coaching from colleagues gave us practical ideas for classroom feedback."),
                        passage(2, "It was good and it was fine for us all really.")});
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_LT(qs[1].self_contained, qs[0].self_contained);
  EXPECT_GT(qs[0].score, qs[1].score);
}

std::vector<Passage> mixed_passages() {
  return {passage(1, "Working with colleagues from other schools gave us fresh ideas for our classrooms."),
          passage(2, "Working with colleagues from other schools gave us fresh ideas for our classrooms."),
          passage(3, "Working with colleagues from other schools gave us fresh ideas for our own classrooms!"),
          passage(1, "The coaching from the facilitators was really helpful and practical for teaching."),
          passage(1, "Honest conversations with peers helped me see our school through fresh eyes."),
          passage(4, "Leadership from the local team was strong and the support felt genuine."),
          passage(5, "The sessions were far too long and the room was too small for the group.", "What could be improved?"),
          passage(6, "Communication was poor and emails about changes came far too late.", "What could be improved?"),
          passage(7, "Sharing practice with other teachers was the most valuable part of it all.")};
}

TEST(QuoteSelection, NearDuplicatesAndCopyPasteArePickedOnce) {
  QuoteOptions o;
  o.limit = 10;
  auto picked = select(mixed_passages(), o);
  int copies = 0;
  for (const auto& q : picked) copies += q.text.find("fresh ideas for our") != std::string::npos;
  EXPECT_EQ(copies, 1);
}

TEST(QuoteSelection, AtMostTwoPerRespondent) {
  QuoteOptions o;
  o.limit = 10;
  std::map<std::string, int> per;
  for (const auto& q : select(mixed_passages(), o)) ++per[q.respondent];
  for (const auto& [r, n] : per) EXPECT_LE(n, 2) << r;
}

TEST(QuoteSelection, AnyToneShowsBothSidesEvenWhenPraiseScoresHigher) {
  QuoteOptions o;
  o.limit = 3;
  std::set<Tone> tones;
  for (const auto& q : select(mixed_passages(), o)) tones.insert(q.tone.tone);
  EXPECT_TRUE(tones.count(Tone::positive));
  EXPECT_TRUE(tones.count(Tone::critical));
  o.tone = "critical";
  for (const auto& q : select(mixed_passages(), o)) EXPECT_EQ(q.tone.tone, Tone::critical) << q.text;
}

TEST(QuoteSelection, FiltersByQuestionThemeAndRespondents) {
  QuoteOptions o;
  o.question = "improved";
  for (const auto& q : select(mixed_passages(), o)) EXPECT_EQ(q.question, "What could be improved?");
  o = {};
  o.theme = "leadership";
  auto led = select(mixed_passages(), o);
  ASSERT_FALSE(led.empty());
  for (const auto& q : led) EXPECT_EQ(q.theme, "leadership");
  o = {};
  const std::set<std::int64_t> only{5, 6};
  for (const auto& q : select(mixed_passages(), o, &only)) EXPECT_TRUE(only.count(q.respondent_id));
}

TEST(QuoteSelection, KeptComeFirstRejectedNever) {
  QuoteBank bank = bank_of(mixed_passages());
  QuoteOptions o;
  o.codebook = codebook();
  o.limit = 4;
  auto first = bank.select(o);
  ASSERT_FALSE(first.empty());
  const std::string rejected = first[0].id;
  std::string kept;
  for (const auto& q : bank.quotes())
    if (kept.empty() && q.respondent == "R7") kept = q.id;
  bank.decide(rejected, "reject");
  bank.decide(kept, "keep");
  auto again = bank.select(o);
  ASSERT_FALSE(again.empty());
  EXPECT_EQ(again[0].id, kept);
  for (const auto& q : again) EXPECT_NE(q.id, rejected);
}

TEST(QuoteSelection, TheReportKeepsTheCapAcrossThemes) {
  // One respondent with many on-theme comments: the report's section shows two at most.
  std::vector<Passage> ps;
  const char* texts[] = {"Working with colleagues from other schools gave us fresh ideas for our classrooms.",
                         "The leadership team took ownership of the actions and gave clear direction.",
                         "Honest and open conversations built real trust between the schools involved.",
                         "The training sessions developed our skills and confidence in questioning.",
                         "Our pupils and young people spoke about their learning with real confidence."};
  for (const char* t : texts) ps.push_back(passage(1, t));
  ps.push_back(passage(2, "The sessions were far too long and the room was too small for the group."));
  QuoteOptions o;
  o.codebook = codebook();
  int from_one = 0;
  for (const auto& group : bank_of(ps).select_by_theme(o, 3))
    for (const auto& q : group.quotes) from_one += q.respondent == "R1";
  EXPECT_EQ(from_one, 2);
}

TEST(QuoteSelection, OnlyConfidentCallsCountAsAViewShown) {
  // Nothing here is critical with confidence: the list is not padded with borderline ones.
  QuoteOptions o;
  o.limit = 4;
  int critical = 0;
  for (const auto& q : select({passage(1, "Working with colleagues from other schools gave us fresh ideas for classrooms."),
                               passage(2, "The coaching from the facilitators was really helpful and practical."),
                               passage(3, "We met in the main hall on the Tuesday of the second week of term.")},
                              o))
    critical += q.tone.tone == Tone::critical;
  EXPECT_EQ(critical, 0);
}

TEST(TermVectors, CosineOfIdenticalIsOneOfDisjointIsZero) {
  TermVector a{{1, 1.0}, {2, 1.0}}, b = a, c{{3, 2.0}};
  normalise(a);
  normalise(b);
  normalise(c);
  EXPECT_NEAR(cosine(a, b), 1.0, 1e-9);
  EXPECT_NEAR(cosine(a, c), 0.0, 1e-9);
  TermCentre centre{{1, 3.0}, {2, 3.0}};
  normalise(centre);
  EXPECT_NEAR(cosine(a, centre), 1.0, 1e-9);
}

}  // namespace
}  // namespace canvass
