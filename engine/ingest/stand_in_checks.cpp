#include "ingest/stand_in_checks.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "layouts/column_classifier.hpp"
#include "layouts/multi_select.hpp"
#include "text/fold.hpp"

namespace canvass {
bool certainly_free_text(const std::vector<std::string>& seen, const std::string& separator, bool one_item) {
  std::set<std::string> distinct;
  std::size_t longest = 0;
  bool numeric = true;
  for (const auto& raw : seen) {
    const std::string a = collapse_spaces(raw);
    if (a.empty()) continue;
    longest = std::max(longest, a.size());
    numeric = numeric && is_number(a);
    distinct.insert(a);
  }
  if (distinct.empty() || numeric) return false;
  if (!(longest > 80 || (distinct.size() > 12 && longest > 30))) return false;
  if (separator.empty() || !one_item) return true;
  std::set<std::string> parts;
  for (const auto& raw : seen)
    for (const auto& part : split_choices(raw, separator)) {
      if (part.size() > 60) return true;
      parts.insert(fold(part));
    }
  return parts.size() > 15;
}

namespace {

// A stand-in table deeper than this is not worth building: the general path reads it.
constexpr std::size_t kDeepestStandIn = std::size_t{1} << 18;

}  // namespace

std::optional<Table> stand_in_table(const ColumnScan& scan, const std::vector<std::vector<std::string>>& header_rows,
                                    std::vector<Row> leading) {
  const std::size_t width = scan.header.size();
  // Kinds can depend on how often answers occur (a closed question has each answer chosen
  // by several people), so each answer occurs up to `cap` times in all: each comparison in
  // the layout compares a count with at most three times the number of distinct answers,
  // or with 16. A settled column's answers appear once: its question must be free text
  // whatever they are.
  std::size_t distinct = 0;
  for (std::size_t c = 0; c < width; ++c)
    if (!scan.settled[c]) distinct += scan.columns[c].size();
  const long cap = static_cast<long>(3 * distinct + 16);
  std::vector<std::vector<long>> in_leading(width);
  for (std::size_t c = 0; c < width; ++c) in_leading[c].assign(scan.columns[c].size(), 0);
  for (const Row& row : leading)
    for (std::size_t c = 0; c < width && row.cells.size() == width; ++c) {
      const auto id = scan.columns[c].find(row.cells[c]);
      if (!id) return std::nullopt;  // cannot happen: every answer was counted
      ++in_leading[c][*id];
    }
  std::vector<std::vector<std::uint32_t>> entries(width);
  std::size_t depth = 0;
  for (std::size_t c = 0; c < width; ++c) {
    const auto& labels = scan.columns[c].labels();
    for (std::uint32_t id = 0; id < labels.size(); ++id) {
      const long n = (scan.settled[c] ? std::min(labels[id].count, 1L) : std::min(labels[id].count, cap)) -
                     in_leading[c][id];
      for (long k = 0; k < n; ++k) entries[c].push_back(id);
    }
    depth = std::max(depth, entries[c].size());
    if (depth > kDeepestStandIn) return std::nullopt;
  }
  Table table;
  table.path = scan.path;
  table.encoding = scan.encoding;
  table.delimiter = scan.delimiter;
  for (const auto& cells : header_rows) table.rows.push_back(Row{table.rows.size() + 1, cells});
  for (Row& row : leading) table.rows.push_back(std::move(row));
  for (std::size_t j = 0; j < depth; ++j) {
    Row row{table.rows.size() + 1, std::vector<std::string>(width)};
    for (std::size_t c = 0; c < width; ++c)
      if (j < entries[c].size()) row.cells[c] = scan.columns[c].label(entries[c][j]).text;
    table.rows.push_back(std::move(row));
  }
  return table;
}

bool settled_columns_are_free_text(const ColumnScan& scan, const SurveyPlan& plan,
                                   const std::vector<Question>& questions) {
  const std::size_t width = scan.header.size();
  for (std::size_t c = 0; c < width; ++c) {
    if (!scan.settled[c] || plan.columns[c].role != ColumnRole::answer) continue;
    const Question* owner = nullptr;
    for (const auto& q : questions)
      for (const auto& item : q.items)
        if (item.column == c + 1) owner = &q;
    if (!owner || owner->kind != QuestionKind::text) return false;
    if (plan.columns[c].kind == QuestionKind::text) continue;  // the platform says so
    std::vector<std::string> seen;
    for (const auto& item : owner->items) {
      const std::size_t o = item.column - 1;
      if (o >= width) return false;
      for (const auto& l : scan.columns[o].labels())
        if (l.count > 0) seen.push_back(l.text);  // a header row's text was taken back out
    }
    if (!certainly_free_text(seen, plan.joined_separator, owner->items.size() == 1)) return false;
  }
  return true;
}

}  // namespace canvass
