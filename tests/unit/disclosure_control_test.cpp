// Primary and secondary suppression of small groups, on fixed cases and on every
// combination of small group sizes.
#include <gtest/gtest.h>

#include "analysis/disclosure_control.hpp"

namespace canvass {
namespace {

using D = Disclosure;

TEST(DisclosureControl, TwoGroupsUnderTheThresholdAreBothSuppressed) {
  // The sample survey by role: 9 and 4 of 13.
  EXPECT_EQ(control_disclosure({9, 4}, 10), (std::vector<D>{D::primary, D::primary}));
}

TEST(DisclosureControl, OneSmallGroupTakesTheNextSmallestWithIt) {
  // Showing 20 of 24 would reveal the 4 as overall minus 20.
  EXPECT_EQ(control_disclosure({20, 4}, 10), (std::vector<D>{D::secondary, D::primary}));
  EXPECT_EQ(control_disclosure({30, 20, 4}, 10), (std::vector<D>{D::shown, D::secondary, D::primary}));
}

TEST(DisclosureControl, SmallGroupsTogetherStillTooSmallTakeAnotherGroup) {
  // 2 + 3 = 5 would be readable as overall minus the rest: a de facto group of 5.
  EXPECT_EQ(control_disclosure({2, 3, 50, 60}, 10), (std::vector<D>{D::primary, D::primary, D::secondary, D::shown}));
  EXPECT_EQ(control_disclosure({6, 7, 50}, 10), (std::vector<D>{D::primary, D::primary, D::shown}));
}

TEST(DisclosureControl, LargeGroupsAreShownAndTheThresholdMoves) {
  EXPECT_EQ(control_disclosure({15, 20}, 10), (std::vector<D>{D::shown, D::shown}));
  EXPECT_EQ(control_disclosure({9, 4}, 3), (std::vector<D>{D::shown, D::shown}));
  EXPECT_EQ(control_disclosure({9, 4}, 5), (std::vector<D>{D::secondary, D::primary}));
  EXPECT_TRUE(control_disclosure({}, 10).empty());
  EXPECT_EQ(control_disclosure({12}, 10), (std::vector<D>{D::shown}));
  EXPECT_EQ(control_disclosure({4}, 10), (std::vector<D>{D::primary}));
}

TEST(DisclosureControl, NoSuppressedGroupCanBeWorkedOutByDifference) {
  // Every partition of up to four groups of sizes 1..14: the invariants of the rule.
  for (int a = 1; a <= 14; ++a)
    for (int b = 1; b <= 14; ++b)
      for (int c = 0; c <= 14; ++c)
        for (int d = 0; d <= 14; d += 7) {
          std::vector<long> sizes{a, b};
          if (c) sizes.push_back(c);
          if (d) sizes.push_back(d);
          const auto status = control_disclosure(sizes, 10);
          long suppressed = 0, total = 0;
          for (std::size_t i = 0; i < sizes.size(); ++i) {
            if (sizes[i] < 10) {
              EXPECT_EQ(status[i], D::primary);
            }
            if (status[i] == D::primary) {
              EXPECT_LT(sizes[i], 10);
            }
            if (status[i] != D::shown) ++suppressed, total += sizes[i];
          }
          if (suppressed == 0 || suppressed == static_cast<long>(sizes.size())) continue;
          EXPECT_GE(suppressed, 2);
          EXPECT_GE(total, 10);
        }
}

}  // namespace
}  // namespace canvass
