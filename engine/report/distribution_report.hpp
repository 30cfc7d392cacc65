// Prints agreement distributions: the long CSV (question,item,group,level,label,count,
// percent,n) and Markdown tables shaped like a report's "Table 1".
#pragma once

#include <ostream>
#include <vector>

#include "analysis/distribution.hpp"

namespace canvass {

void write_distribution_csv(std::ostream& out, const std::vector<ItemDistribution>& items);
void write_distribution_markdown(std::ostream& out, const std::vector<ItemDistribution>& items);

}  // namespace canvass
