// Breakdown tables in HTML and Markdown: per question, each statement for all respondents
// and then each group. A suppressed group's row says why and carries no figures.
#pragma once

#include <ostream>
#include <string>

#include "analysis/breakdown.hpp"

namespace canvass {

// Why a group shows no figures: "suppressed: fewer than 10 respondents".
std::string suppression_reason(Disclosure d, long min_cell);

// "Local authority staff (suppressed), Education Scotland staff (n=23)"
std::string group_list(const Breakdown& b);

// One table per question, numbered from `first_table`; returns how many were written.
int write_breakdown_tables_html(std::ostream& out, const Breakdown& b, int first_table);
int write_breakdown_tables_markdown(std::ostream& out, const Breakdown& b, int first_table);

}  // namespace canvass
