#include "report/distribution_report.hpp"

#include <algorithm>

#include "report/csv_writer.hpp"
#include "report/figures.hpp"
#include "report/json_writer.hpp"
#include "report/markdown_writer.hpp"

namespace canvass {

void write_distribution_csv(std::ostream& out, const std::vector<ItemDistribution>& items) {
  write_csv_row(out, {"question", "item", "group", "level", "label", "count", "percent", "n"});
  for (const auto& d : items) {
    if (d.suppressed) {
      write_csv_row(out, {d.question, d.item, d.group, "", kSuppressedLabel, "", "", ""});
      continue;
    }
    for (const auto& l : d.levels)
      write_csv_row(out, {d.question, d.item, d.group, std::to_string(l.position), l.label, std::to_string(l.count),
                          share_text(l.percent), std::to_string(d.n)});
  }
}

void write_distribution_json(std::ostream& out, const std::vector<ItemDistribution>& items) {
  std::vector<JsonObject> rows;
  for (const auto& d : items) {
    if (d.suppressed) {
      rows.push_back(JsonObject{}.text("question", d.question).text("item", d.item).text("group", d.group)
                         .null("level").text("label", kSuppressedLabel).null("count").null("percent").null("n")
                         .boolean("suppressed", true));
      continue;
    }
    for (const auto& l : d.levels)
      rows.push_back(JsonObject{}.text("question", d.question).text("item", d.item).text("group", d.group)
                         .integer("level", l.position).text("label", l.label).integer("count", l.count)
                         .number("percent", l.percent, kShareDecimals).integer("n", d.n)
                         .boolean("suppressed", false));
  }
  write_json_array(out, rows);
}

void write_distribution_markdown(std::ostream& out, const std::vector<ItemDistribution>& items) {
  for (std::size_t start = 0; start < items.size();) {
    // One table per question (and group): its items share the columns.
    std::size_t end = start;
    while (end < items.size() && items[end].question == items[start].question && items[end].group == items[start].group)
      ++end;
    const ItemDistribution& first = items[start];
    out << "### " << md_cell(first.question);
    if (!first.group.empty()) out << " — " << md_cell(first.group);
    if (first.suppressed) {
      out << "\n\n" << kSuppressedLabel << ": no figures are shown for this group.\n\n";
      start = end;
      continue;
    }
    long respondents = 0;
    for (std::size_t i = start; i < end; ++i) respondents = std::max(respondents, items[i].n + items[i].nonsubstantive);
    out << " (n=" << respondents << ")\n\n| Statement |";
    for (const auto& l : first.levels) out << ' ' << md_cell(l.label) << " |";
    out << " n |\n|---|";
    for (std::size_t i = 0; i < first.levels.size(); ++i) out << "---:|";
    out << "---:|\n";
    for (std::size_t i = start; i < end; ++i) {
      const auto& d = items[i];
      out << "| " << md_cell(d.item.empty() ? d.question : d.item) << " |";
      for (const auto& l : d.levels) {
        out << ' ' << l.count;
        if (l.percent) out << " (" << share_text(l.percent) << "%)";
        out << " |";
      }
      out << ' ' << d.n << " |\n";
    }
    out << '\n';
    start = end;
  }
}

}  // namespace canvass
