// How respondents are split for a breakdown (`--by`): by batch (cohort), by a
// single-choice question matched across sources by its text, or by a metadata attribute.
#pragma once

#include <string>
#include <vector>

#include "model/error.hpp"
#include "store/sqlite.hpp"

namespace canvass {

struct Grouping {
  enum class Kind { batch, question, attribute };
  Kind kind = Kind::batch;
  std::string key;    // the question text, or the attribute name; empty for batch
  std::string label;  // what a report calls it: "What is your role?", "email", "Batch"
};

// The group of respondents who did not answer the question a breakdown splits by.
inline constexpr const char* kNoAnswerGroup = "(no answer)";

// One group of a breakdown and how many respondents it holds.
struct GroupSize {
  std::string name;
  long respondents = 0;
};

// What `--by SPEC` means in the store: "batch"; else a question code or attribute name
// (exact, case-insensitive); else the single-choice questions whose text contains SPEC
// (case-insensitive, "role" finds "What is your role?"). No match or more than one is a
// usage error that lists the candidates.
Result<Grouping> resolve_grouping(Database& db, const std::string& spec);

// Every single-choice question in the store (distinct texts, questionnaire order).
Result<std::vector<Grouping>> single_choice_groupings(Database& db);

// How many batches the store holds.
Result<long> batch_count(Database& db);

// SQL for a table (respondent_id, value, rank) giving every respondent's group; when
// the grouping has a key it is bound as ?1. Rank orders the groups: batches as ingested,
// answers as first seen, "(no answer)" last.
std::string group_membership_sql(const Grouping& g);

// The groups of `g` with their sizes, in rank order.
Result<std::vector<GroupSize>> group_sizes(Database& db, const Grouping& g);

}  // namespace canvass
