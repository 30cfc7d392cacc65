// Prints one summary row per item (and group): `canvass dist --summary` as CSV, JSON and
// Markdown, with the contract columns question,item,group,n,missing,nonsubstantive,agree,
// neutral,disagree,agree_pct,agree_low,agree_high,net,mean,median,sd,suppressed.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "analysis/item_summary.hpp"

namespace canvass {

std::vector<ItemSummary> summarise_all(const std::vector<ItemDistribution>& items);

void write_summary_csv(std::ostream& out, const std::vector<ItemSummary>& rows);
void write_summary_json(std::ostream& out, const std::vector<ItemSummary>& rows);
// Tables per question with counts first; footnotes give the denominator, interval and
// suppression policies.
void write_summary_markdown(std::ostream& out, const std::vector<ItemSummary>& rows, long min_cell);

// The notes printed under agreement tables, in plain text, one per line.
std::vector<std::string> denominator_notes();
std::string small_sample_note();
std::string reverse_coded_note();
std::string suppression_note(long min_cell);

}  // namespace canvass
