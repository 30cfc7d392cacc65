// `dist --format counts`: the plain count table benchmarks and scripts compare byte for
// byte (statement,label,count; one row per statement and level plus "(blank)").
#pragma once

#include <ostream>
#include <vector>

#include "analysis/tally.hpp"

namespace canvass::cli {

// Rows sorted by statement, then label, in byte order; the statement is the item's text
// (the question's for a single Likert question); "(blank)" counts the missing answers.
void write_statement_counts(std::ostream& out, const std::vector<ItemTally>& tallies);

}  // namespace canvass::cli
