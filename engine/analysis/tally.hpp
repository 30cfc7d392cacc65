// Counts of answers per level for each Likert item (and group), pooled across sources
// by question and statement text, from the store or straight from parsed surveys.
#pragma once

#include <optional>
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
  // The study marks the statement reverse-coded (worded so that agreeing is unfavourable).
  bool reverse_coded = false;
};

// Every Likert item in the store, in questionnaire order; with `by`, one tally per item
// and group that has answers, the groups of an item in rank order (see grouping.hpp).
Result<std::vector<ItemTally>> tally_store(Database& db, const Grouping* by = nullptr);

// Every Likert item of `surveys`, pooled by question and statement text, in the order
// first seen.
std::vector<ItemTally> tally_surveys(const std::vector<const Survey*>& surveys);

// Answers already counted, as a streaming reader produces them instead of respondents:
// `count` answers of one item at one level (none: no answer).
struct CountedAnswers {
  std::size_t question = 0;  // index into Survey::questions
  std::size_t item = 0;      // index into Question::items
  std::optional<int> level;
  long count = 0;
};

struct CountedSurvey {
  const Survey* survey = nullptr;       // its questions; respondents are not read
  std::vector<CountedAnswers> answers;  // in the order each (item, level) first occurred
};

// The same tallies tally_surveys makes from the respondents the counts stand for.
std::vector<ItemTally> tally_counted(const std::vector<CountedSurvey>& surveys);

}  // namespace canvass
