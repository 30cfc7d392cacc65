// Counts of answers per level for each Likert item (and group), pooled across sources
// by question and statement text, from the store or straight from parsed surveys.
#pragma once

#include <string>
#include <vector>

#include "analysis/grouping.hpp"
#include "model/scale.hpp"
#include "model/survey.hpp"
#include "store/sqlite.hpp"

namespace canvass {

struct ItemTally {
  std::string question;
  std::string item;   // empty for a single Likert question
  std::string group;  // empty for the whole sample
  Scale scale;
  std::vector<long> counts;  // parallel to scale.levels
  long missing = 0;          // no answer
};

// Every Likert item in the store, in questionnaire order; with `by`, one tally per item
// and group that has answers, the groups of an item in rank order (see grouping.hpp).
Result<std::vector<ItemTally>> tally_store(Database& db, const Grouping* by = nullptr);

// Every Likert item of `surveys`, pooled by question and statement text, in the order
// first seen.
std::vector<ItemTally> tally_surveys(const std::vector<const Survey*>& surveys);

}  // namespace canvass
