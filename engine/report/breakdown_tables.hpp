// Breakdown tables in HTML and Markdown: per question, each statement for all respondents
// and then each group. A suppressed group's row says why and carries no figures.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "analysis/breakdown.hpp"

namespace canvass {

// Why a group shows no figures: "suppressed: fewer than 10 respondents".
std::string suppression_reason(Disclosure d, long min_cell);

// One line per group: "Education Scotland staff (n=23)", "Local authority staff
// (suppressed: fewer than 10 respondents)". One line each, so no line mixes a suppressed
// group with another group's size.
std::vector<std::string> group_lines(const Breakdown& b);
void write_group_list_html(std::ostream& out, const Breakdown& b);
void write_group_list_markdown(std::ostream& out, const Breakdown& b);

// A group as the report names it: respondents with no value are "Did not answer" (a
// question) or "No label recorded" (an attribute), not "(no answer)".
std::string group_display_name(const Breakdown& b, const std::string& name);

// One table per question, numbered from `first_table`; returns how many were written.
// A group with nobody asked the question (another source's respondents) is left out.
int write_breakdown_tables_html(std::ostream& out, const Breakdown& b, int first_table);
int write_breakdown_tables_markdown(std::ostream& out, const Breakdown& b, int first_table);

}  // namespace canvass
