// The Wilson score interval against published values: the n=13 table in
// research/analysis-anchors.md and Newcombe (1998, Statistics in Medicine 17:857, method 3).
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/wilson.hpp"

namespace canvass {
namespace {

struct Published {
  long k, n;
  double low, high;  // percent
  double tolerance;  // half a unit of the last published digit
};

TEST(Wilson, MatchesPublishedIntervalsForThirteenRespondents) {
  for (const Published& p : {Published{0, 13, 0.0, 22.8, 0.05}, Published{1, 13, 1.4, 33.3, 0.05},
                             Published{7, 13, 29.1, 76.8, 0.05}, Published{10, 13, 49.7, 91.8, 0.05},
                             Published{12, 13, 66.7, 98.6, 0.05}, Published{13, 13, 77.2, 100.0, 0.05}}) {
    auto ci = wilson_interval(p.k, p.n);
    ASSERT_TRUE(ci) << p.k << "/" << p.n;
    EXPECT_NEAR(100 * ci->low, p.low, p.tolerance) << p.k << "/" << p.n;
    EXPECT_NEAR(100 * ci->high, p.high, p.tolerance) << p.k << "/" << p.n;
  }
}

TEST(Wilson, MatchesNewcombesWorkedExamples) {
  for (const Published& p : {Published{81, 263, 25.53, 36.62, 0.005}, Published{15, 148, 6.24, 16.05, 0.005},
                             Published{0, 20, 0.0, 16.11, 0.005}, Published{1, 29, 0.61, 17.18, 0.005}}) {
    auto ci = wilson_interval(p.k, p.n);
    ASSERT_TRUE(ci);
    EXPECT_NEAR(100 * ci->low, p.low, p.tolerance) << p.k << "/" << p.n;
    EXPECT_NEAR(100 * ci->high, p.high, p.tolerance) << p.k << "/" << p.n;
  }
}

TEST(Wilson, StaysInsideTheUnitIntervalWhereTheNormalIntervalDoesNot) {
  // 12 of 13: the Wald interval runs past 100%.
  const double p = 12.0 / 13, wald_high = p + kZ95 * std::sqrt(p * (1 - p) / 13);
  EXPECT_GT(wald_high, 1.0);
  for (long n = 1; n <= 40; ++n)
    for (long k = 0; k <= n; ++k) {
      auto ci = wilson_interval(k, n);
      ASSERT_TRUE(ci);
      EXPECT_GE(ci->low, 0.0);
      EXPECT_LE(ci->high, 1.0);
      EXPECT_LE(ci->low, static_cast<double>(k) / n + 1e-12);
      EXPECT_GE(ci->high, static_cast<double>(k) / n - 1e-12);
    }
  EXPECT_EQ(wilson_interval(0, 10)->low, 0.0);  // not a negative "plus four" bound
  EXPECT_EQ(wilson_interval(10, 10)->high, 1.0);
}

TEST(Wilson, NoIntervalWithoutAnswers) {
  EXPECT_FALSE(wilson_interval(0, 0));
  EXPECT_FALSE(wilson_interval(3, 2));
  EXPECT_FALSE(wilson_interval(-1, 2));
}

}  // namespace
}  // namespace canvass
