#include "report/distribution_report.hpp"

#include <algorithm>

#include "report/csv_writer.hpp"

namespace canvass {

namespace {

std::string md_cell(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace

void write_distribution_csv(std::ostream& out, const std::vector<ItemDistribution>& items) {
  write_csv_row(out, {"question", "item", "group", "level", "label", "count", "percent", "n"});
  for (const auto& d : items)
    for (const auto& l : d.levels)
      write_csv_row(out, {d.question, d.item, d.group, std::to_string(l.position), l.label, std::to_string(l.count),
                          l.percent ? format_number(*l.percent) : "", std::to_string(d.n)});
}

void write_distribution_markdown(std::ostream& out, const std::vector<ItemDistribution>& items) {
  for (std::size_t start = 0; start < items.size();) {
    // One table per question (and group): its items share the columns.
    std::size_t end = start;
    while (end < items.size() && items[end].question == items[start].question && items[end].group == items[start].group)
      ++end;
    long respondents = 0;
    for (std::size_t i = start; i < end; ++i) respondents = std::max(respondents, items[i].n + items[i].nonsubstantive);
    out << "### " << md_cell(items[start].question);
    if (!items[start].group.empty()) out << " — " << md_cell(items[start].group);
    out << " (n=" << respondents << ")\n\n| Statement |";
    for (const auto& l : items[start].levels) out << ' ' << md_cell(l.label) << " |";
    out << " n |\n|---|";
    for (std::size_t i = 0; i < items[start].levels.size(); ++i) out << "---:|";
    out << "---:|\n";
    for (std::size_t i = start; i < end; ++i) {
      const auto& d = items[i];
      out << "| " << md_cell(d.item.empty() ? d.question : d.item) << " |";
      for (const auto& l : d.levels) {
        out << ' ' << l.count;
        if (l.percent) out << " (" << format_number(*l.percent) << "%)";
        out << " |";
      }
      out << ' ' << d.n << " |\n";
    }
    out << '\n';
    start = end;
  }
}

}  // namespace canvass
