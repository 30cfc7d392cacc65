// The agreement tables a report writer pastes, in HTML and Markdown: per question, the
// count and share of every level ("Table 1 ... (n=13)"), and the summary of agree /
// neutral / disagree with the Wilson interval, net agreement, mean, median and SD.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "analysis/distribution.hpp"

namespace canvass {

// [begin, end) runs of consecutive items that share a question: one table each.
std::vector<std::pair<std::size_t, std::size_t>> question_runs(const std::vector<ItemDistribution>& items);

// The respondents a question's table covers: the most who were asked any of its items.
long respondents_asked(const std::vector<ItemDistribution>& items, std::size_t begin, std::size_t end);

// "Table 3: To what extent ...? (n=13)"
std::string table_caption(int number, const std::string& question, long n);

void write_level_table_html(std::ostream& out, const std::string& caption, const std::vector<ItemDistribution>& items,
                            std::size_t begin, std::size_t end);
void write_level_table_markdown(std::ostream& out, const std::string& caption,
                                const std::vector<ItemDistribution>& items, std::size_t begin, std::size_t end);

void write_summary_table_html(std::ostream& out, const std::string& caption,
                              const std::vector<ItemDistribution>& items, std::size_t begin, std::size_t end);
void write_summary_table_markdown(std::ostream& out, const std::string& caption,
                                  const std::vector<ItemDistribution>& items, std::size_t begin, std::size_t end);

// The policy notes under agreement tables (denominator, grouping, interval, codes, small n,
// and what reverse-coding changes when a statement in the tables is reverse-coded).
void write_table_notes_html(std::ostream& out, bool small_n, bool reverse_coded = false);
void write_table_notes_markdown(std::ostream& out, bool small_n, bool reverse_coded = false);

}  // namespace canvass
