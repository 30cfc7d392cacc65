// The agreement distribution of one item: counts and percentages per level in report
// order (most positive first, non-substantive last), valid n and missing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/tally.hpp"

namespace canvass {

struct LevelShare {
  int position = 0;
  std::string label;
  Polarity polarity = Polarity::neutral;
  long count = 0;
  std::optional<double> percent;  // of valid n; none for non-substantive levels
};

struct ItemDistribution {
  std::string question;
  std::string item;
  std::string group;
  std::vector<LevelShare> levels;
  long n = 0;               // valid: answers on the substantive scale
  long missing = 0;         // no answer
  long nonsubstantive = 0;  // "Don't know", "N/A": beside the scale, not in n
  bool suppressed = false;  // a group too small to show: no counts at all (see withhold)
  bool reverse_coded = false;  // the counts are as answered; only the codes' direction flips
};

ItemDistribution distribute(const ItemTally& tally);

// The distribution with every count removed and marked suppressed, so that no writer
// can print a suppressed group's numbers: only the labels remain.
ItemDistribution withhold(ItemDistribution d);

}  // namespace canvass
