// Item summaries checked against statistics computed here, independently, from the raw
// answers (a list of level codes), on 5-, 4- and 7-point scales with "Don't know".
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "analysis/item_summary.hpp"
#include "analysis/wilson.hpp"

namespace canvass {
namespace {

// A scale of `negative` disagreeing levels, an optional neutral one, `positive` agreeing
// ones, then one "Don't know".
Scale scale(int negative, bool neutral, int positive) {
  Scale s{"test", "agreement", {}};
  int pos = 0;
  // Labels by number alone: "D" + std::to_string() trips a false GCC 12 -Wrestrict warning.
  for (int i = 0; i < negative; ++i) s.levels.push_back({++pos, std::to_string(-(negative - i)), "", Polarity::negative});
  if (neutral) s.levels.push_back({++pos, "Neutral", "", Polarity::neutral});
  for (int i = 0; i < positive; ++i) s.levels.push_back({++pos, std::to_string(i + 1), "", Polarity::positive});
  s.levels.push_back({++pos, "Don't know", "", Polarity::nonsubstantive});
  return s;
}

// The raw answers: level positions, 0 for no answer.
ItemDistribution from_answers(const Scale& s, const std::vector<int>& answers) {
  ItemTally t{"Q", "S", "", s, std::vector<long>(s.levels.size(), 0), 0};
  for (int a : answers) {
    if (a == 0) ++t.missing;
    else ++t.counts[static_cast<std::size_t>(a - 1)];
  }
  return distribute(t);
}

struct Expected {
  long n = 0, agree = 0, neutral = 0, disagree = 0, dk = 0, missing = 0;
  double mean = 0, median = 0, sd = 0;
};

Expected expect(const Scale& s, const std::vector<int>& answers) {
  Expected e;
  std::vector<double> codes;
  for (int a : answers) {
    if (a == 0) { ++e.missing; continue; }
    const Polarity p = s.levels[static_cast<std::size_t>(a - 1)].polarity;
    if (p == Polarity::nonsubstantive) { ++e.dk; continue; }
    codes.push_back(a);
    (p == Polarity::positive ? e.agree : p == Polarity::negative ? e.disagree : e.neutral)++;
  }
  e.n = static_cast<long>(codes.size());
  e.mean = std::accumulate(codes.begin(), codes.end(), 0.0) / e.n;
  std::sort(codes.begin(), codes.end());
  e.median = e.n % 2 ? codes[e.n / 2] : (codes[e.n / 2 - 1] + codes[e.n / 2]) / 2;
  double ss = 0;
  for (double c : codes) ss += (c - e.mean) * (c - e.mean);
  e.sd = std::sqrt(ss / (e.n - 1));
  return e;
}

void check(const Scale& s, const std::vector<int>& answers) {
  const ItemSummary got = summarise(from_answers(s, answers));
  const Expected e = expect(s, answers);
  EXPECT_EQ(got.n, e.n);
  EXPECT_EQ(got.missing, e.missing);
  EXPECT_EQ(got.nonsubstantive, e.dk);
  EXPECT_EQ(got.agree, e.agree);
  EXPECT_EQ(got.neutral, e.neutral);
  EXPECT_EQ(got.disagree, e.disagree);
  EXPECT_NEAR(*got.agree_pct, 100.0 * e.agree / e.n, 1e-9);
  EXPECT_NEAR(*got.net, 100.0 * (e.agree - e.disagree) / e.n, 1e-9);
  EXPECT_NEAR(*got.mean, e.mean, 1e-9);
  EXPECT_NEAR(*got.median, e.median, 1e-9);
  EXPECT_NEAR(*got.sd, e.sd, 1e-9);
  const auto ci = wilson_interval(e.agree, e.n);
  EXPECT_NEAR(*got.agree_low, 100 * ci->low, 1e-9);
  EXPECT_NEAR(*got.agree_high, 100 * ci->high, 1e-9);
  EXPECT_EQ(got.small_n(), e.n < 30);
}

TEST(ItemSummary, FivePointScaleFromRawAnswers) {
  // The first statement of the sample survey: 7 SA, 5 A, 1 SD.
  check(scale(2, true, 2), {5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 1});
  const ItemSummary s = summarise(from_answers(scale(2, true, 2), {5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 1}));
  EXPECT_NEAR(*s.agree_low, 66.7, 0.05);  // the published 12/13 interval
  EXPECT_NEAR(*s.agree_high, 98.6, 0.05);
}

TEST(ItemSummary, DontKnowAndMissingStayOutOfTheDenominator) {
  check(scale(2, true, 2), {6, 6, 0, 5, 4, 3, 2, 1, 4, 4});
  const ItemSummary s = summarise(from_answers(scale(2, true, 2), {6, 6, 0, 5, 4, 3, 2, 1, 4, 4}));
  EXPECT_EQ(s.n, 7);
  EXPECT_EQ(s.nonsubstantive, 2);
  EXPECT_EQ(s.missing, 1);
}

TEST(ItemSummary, FourAndSevenPointScalesUsePolarityNotPosition) {
  check(scale(2, false, 2), {1, 2, 2, 3, 3, 3, 4, 4});  // even median: mean of the middle two
  check(scale(3, true, 3), {1, 2, 3, 4, 4, 5, 6, 7, 7, 7, 6, 2});
  const ItemSummary s = summarise(from_answers(scale(3, true, 3), {1, 2, 3, 4, 5, 6, 7}));
  EXPECT_EQ(s.agree, 3);
  EXPECT_EQ(s.neutral, 1);
  EXPECT_EQ(s.disagree, 3);
  EXPECT_DOUBLE_EQ(*s.net, 0.0);
}

TEST(ItemSummary, LargeSamplesAreNotFlagged) {
  std::vector<int> answers;
  for (int i = 0; i < 40; ++i) answers.push_back(1 + i % 5);
  check(scale(2, true, 2), answers);
  EXPECT_FALSE(summarise(from_answers(scale(2, true, 2), answers)).small_n());
}

TEST(ItemSummary, NoValidAnswersGivesNoStatistics) {
  const ItemSummary s = summarise(from_answers(scale(2, true, 2), {6, 0}));
  EXPECT_EQ(s.n, 0);
  EXPECT_FALSE(s.agree_pct);
  EXPECT_FALSE(s.mean);
  EXPECT_FALSE(s.agree_low);
  const ItemSummary one = summarise(from_answers(scale(2, true, 2), {4}));
  EXPECT_FALSE(one.sd);  // a sample SD needs two answers
  EXPECT_DOUBLE_EQ(*one.mean, 4);
}

TEST(ItemSummary, SuppressedDistributionsCarryNoNumbers) {
  const ItemDistribution d = withhold(from_answers(scale(2, true, 2), {5, 5, 4, 1}));
  for (const auto& l : d.levels) {
    EXPECT_EQ(l.count, 0);
    EXPECT_FALSE(l.percent);
  }
  const ItemSummary s = summarise(d);
  EXPECT_TRUE(s.suppressed);
  EXPECT_EQ(s.n + s.agree + s.disagree + s.neutral + s.missing, 0);
  EXPECT_FALSE(s.agree_pct || s.mean || s.median || s.sd || s.net || s.agree_low);
}

TEST(ItemSummary, ReverseCodedItemsFlipMeanAndMedianButNotCounts) {
  const Scale s = scale(2, true, 2);  // 1..5, Don't know = 6
  const std::vector<int> answers{5, 5, 4, 1, 2, 6, 0};
  ItemDistribution d = from_answers(s, answers);
  const ItemSummary plain = summarise(d);
  d.reverse_coded = true;
  const ItemSummary reversed = summarise(d);
  // Codes reversed by hand: 6 - position for the five substantive answers.
  const std::vector<double> codes{1, 1, 2, 5, 4};
  const double mean = std::accumulate(codes.begin(), codes.end(), 0.0) / 5;
  EXPECT_DOUBLE_EQ(*reversed.mean, mean);
  EXPECT_DOUBLE_EQ(*reversed.median, 2);
  EXPECT_DOUBLE_EQ(*plain.median, 4);
  EXPECT_DOUBLE_EQ(*reversed.sd, *plain.sd);
  EXPECT_TRUE(reversed.reverse_coded);
  EXPECT_EQ(reversed.agree, plain.agree);
  EXPECT_EQ(reversed.disagree, plain.disagree);
  EXPECT_EQ(reversed.net, plain.net);
  EXPECT_EQ(reversed.n, 5);
}

}  // namespace
}  // namespace canvass
