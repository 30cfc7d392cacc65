// A breakdown: every Likert item for the whole sample and for each group of a grouping,
// with small groups suppressed (disclosure_control.hpp) before any writer sees them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/disclosure_control.hpp"
#include "analysis/distribution.hpp"
#include "analysis/grouping.hpp"

namespace canvass {

struct BreakdownGroup {
  std::string name;
  std::optional<long> respondents;  // empty when suppressed: even the size is withheld
  Disclosure disclosure = Disclosure::shown;
  bool suppressed() const { return disclosure != Disclosure::shown; }
};

struct Breakdown {
  Grouping grouping;
  long min_cell = kDefaultMinCell;
  std::vector<BreakdownGroup> groups;
  std::vector<ItemDistribution> overall;                // one per item
  std::vector<std::vector<ItemDistribution>> by_group;  // [item][group]; suppressed ones withheld

  // Item-major rows: each item's overall distribution, then one per group.
  std::vector<ItemDistribution> rows() const;
  // Group-major rows: every item for the whole sample, then every item for each group.
  std::vector<ItemDistribution> rows_by_group() const;
};

// The whole-sample distributions of every Likert item, in questionnaire order: of the
// store, or of its whole-sample tallies (tally_store(db)) already made.
Result<std::vector<ItemDistribution>> overall_distributions(Database& db);
std::vector<ItemDistribution> overall_distributions(const std::vector<ItemTally>& tallies);

// The breakdown of every Likert item by `g`, groups with fewer than `min_cell`
// respondents suppressed, and further groups where subtraction would reveal them. The
// second form takes the whole-sample tallies (tally_store(db)) already made, so that a
// report of several breakdowns counts the whole sample once.
Result<Breakdown> break_down(Database& db, const Grouping& g, long min_cell);
Result<Breakdown> break_down(Database& db, const Grouping& g, long min_cell, const std::vector<ItemTally>& overall);

}  // namespace canvass
