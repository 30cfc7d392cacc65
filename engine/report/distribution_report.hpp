// Prints agreement distributions in the long form: CSV (question,item,group,level,label,
// count,percent,n), JSON with the same fields, and Markdown tables shaped like a report's
// "Table 1". A suppressed group gets one row that says so and carries no numbers.
#pragma once

#include <ostream>
#include <vector>

#include "analysis/distribution.hpp"

namespace canvass {

// What a suppressed group's row says in place of its figures.
inline constexpr const char* kSuppressedLabel = "suppressed (small group)";

void write_distribution_csv(std::ostream& out, const std::vector<ItemDistribution>& items);
void write_distribution_json(std::ostream& out, const std::vector<ItemDistribution>& items);
void write_distribution_markdown(std::ostream& out, const std::vector<ItemDistribution>& items);

}  // namespace canvass
