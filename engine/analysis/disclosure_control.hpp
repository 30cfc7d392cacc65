// Small-group disclosure control for breakdowns: which groups must be suppressed so that
// no group of fewer than `min_cell` respondents can be read or worked out by subtraction.
#pragma once

#include <string_view>
#include <vector>

namespace canvass {

// UK survey practice: no figures for a base of fewer than 10 respondents.
inline constexpr long kDefaultMinCell = 10;

enum class Disclosure {
  shown,
  primary,    // fewer respondents than the threshold
  secondary,  // large enough, but showing it would let a suppressed group be worked out
};

std::string_view to_string(Disclosure d);

// Decides, for groups of `sizes` respondents that together make up the overall table
// (which is always shown), which to suppress:
//  1. primary: every group with fewer than `min_cell` respondents;
//  2. secondary: while anything is suppressed and either only one group is, or the
//     suppressed groups together hold fewer than `min_cell` respondents, the smallest
//     shown group (the first, on a tie) is suppressed too. Otherwise overall minus the
//     shown groups would reveal the suppressed group, or a union of groups too small
//     to show. A pure function of the sizes.
std::vector<Disclosure> control_disclosure(const std::vector<long>& sizes, long min_cell);

}  // namespace canvass
