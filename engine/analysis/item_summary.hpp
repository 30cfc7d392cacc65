// The one-row summary of an item's distribution that a report quotes: valid n, agree /
// neutral / disagree by polarity, the Wilson interval for the agree share, net agreement,
// and mean / median / SD of the level codes (1 = most negative .. k = most positive, the
// other way round for a reverse-coded statement, so a higher code is always favourable).
#pragma once

#include <optional>
#include <string>

#include "analysis/distribution.hpp"

namespace canvass {

// Below this valid n a share is flagged as resting on a small sample.
inline constexpr long kSmallSample = 30;

struct ItemSummary {
  std::string question;
  std::string item;
  std::string group;
  bool suppressed = false;  // a suppressed group: every number below is empty or zero
  // Agreeing is unfavourable: the counts, agree/neutral/disagree and net are as answered,
  // while mean and median code the levels k = most negative .. 1 = most positive.
  bool reverse_coded = false;
  long n = 0;               // valid answers on the substantive scale (the denominator)
  long missing = 0;
  long nonsubstantive = 0;
  long agree = 0;     // answers at positive levels
  long neutral = 0;
  long disagree = 0;  // answers at negative levels
  std::optional<double> agree_pct, neutral_pct, disagree_pct;  // of n, 0..100
  std::optional<double> agree_low, agree_high;                 // Wilson 95%, 0..100
  std::optional<double> net;                                   // agree_pct - disagree_pct
  std::optional<double> mean, median, sd;                      // sd: sample (n - 1)
  bool small_n() const { return !suppressed && n < kSmallSample; }
};

// A pure function of the counts in `d`.
ItemSummary summarise(const ItemDistribution& d);

}  // namespace canvass
