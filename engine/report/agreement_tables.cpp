#include "report/agreement_tables.hpp"

#include <algorithm>

#include "analysis/item_summary.hpp"
#include "report/figures.hpp"
#include "report/html_writer.hpp"
#include "report/markdown_writer.hpp"
#include "report/summary_report.hpp"

namespace canvass {

namespace {

std::string statement(const ItemDistribution& d) { return statement_text(d.question, d.item, d.reverse_coded); }

std::string with_share(long k, const std::optional<double>& pct) {
  return pct ? std::to_string(k) + " (" + share_text(pct) + "%)" : std::to_string(k);
}

// Which optional columns a table needs: answers beside the scale only when someone gave one.
struct Beside {
  bool nonsubstantive = false;
  bool missing = false;
};

Beside beside(const std::vector<ItemDistribution>& items, std::size_t begin, std::size_t end) {
  Beside b;
  for (std::size_t i = begin; i < end; ++i) {
    b.nonsubstantive = b.nonsubstantive || items[i].nonsubstantive > 0;
    b.missing = b.missing || items[i].missing > 0;
  }
  return b;
}

// Level columns: the substantive levels of the first item (report order), and, when any
// item had them, each non-substantive level. Items pooled from sources share labels.
std::vector<const LevelShare*> level_columns(const ItemDistribution& first, bool with_nonsubstantive) {
  std::vector<const LevelShare*> out;
  for (const auto& l : first.levels)
    if (l.polarity != Polarity::nonsubstantive || with_nonsubstantive) out.push_back(&l);
  return out;
}

const LevelShare* find_level(const ItemDistribution& d, const std::string& label) {
  for (const auto& l : d.levels)
    if (l.label == label) return &l;
  return nullptr;
}

std::string level_cell(const ItemDistribution& d, const LevelShare& column) {
  const LevelShare* l = find_level(d, column.label);
  if (!l) return "";
  return with_share(l->count, l->percent);
}

std::string n_cell(const ItemSummary& s) { return std::to_string(s.n); }

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> question_runs(const std::vector<ItemDistribution>& items) {
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  for (std::size_t start = 0; start < items.size();) {
    std::size_t end = start;
    while (end < items.size() && items[end].question == items[start].question) ++end;
    runs.emplace_back(start, end);
    start = end;
  }
  return runs;
}

long respondents_asked(const std::vector<ItemDistribution>& items, std::size_t begin, std::size_t end) {
  long n = 0;
  for (std::size_t i = begin; i < end; ++i) n = std::max(n, items[i].n + items[i].nonsubstantive + items[i].missing);
  return n;
}

std::string table_caption(int number, const std::string& question, long n) {
  return "Table " + std::to_string(number) + ": " + question + " (n=" + std::to_string(n) + ")";
}

void write_level_table_html(std::ostream& out, const std::string& caption, const std::vector<ItemDistribution>& items,
                            std::size_t begin, std::size_t end) {
  const Beside b = beside(items, begin, end);
  const auto columns = level_columns(items[begin], b.nonsubstantive);
  out << "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" << html_escape(caption) << "\">\n"
      << "<table class=\"levels\">\n<caption>" << html_escape(caption) << "</caption>\n<thead><tr><th class=\"statement\">Statement</th>";
  for (const auto* c : columns) out << "<th>" << html_answer_label(c->label) << "</th>";
  if (b.missing) out << "<th>No answer</th>";
  out << "<th>n</th></tr></thead>\n<tbody>\n";
  for (std::size_t i = begin; i < end; ++i) {
    const auto& d = items[i];
    out << "<tr><th scope=\"row\" class=\"statement\">" << html_escape(statement(d)) << "</th>";
    for (const auto* c : columns) out << "<td class=\"num\">" << html_escape(level_cell(d, *c)) << "</td>";
    if (b.missing) out << "<td class=\"num\">" << d.missing << "</td>";
    out << "<td class=\"num\">" << d.n << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n";
}

void write_level_table_markdown(std::ostream& out, const std::string& caption,
                                const std::vector<ItemDistribution>& items, std::size_t begin, std::size_t end) {
  const Beside b = beside(items, begin, end);
  const auto columns = level_columns(items[begin], b.nonsubstantive);
  out << "**" << md_cell(caption) << "**\n\n| Statement |";
  for (const auto* c : columns) out << ' ' << md_cell(c->label) << " |";
  if (b.missing) out << " No answer |";
  out << " n |\n|---|";
  for (std::size_t i = 0; i < columns.size() + (b.missing ? 1 : 0); ++i) out << "---:|";
  out << "---:|\n";
  for (std::size_t i = begin; i < end; ++i) {
    const auto& d = items[i];
    out << "| " << md_cell(statement(d)) << " |";
    for (const auto* c : columns) out << ' ' << level_cell(d, *c) << " |";
    if (b.missing) out << ' ' << d.missing << " |";
    out << ' ' << d.n << " |\n";
  }
  out << '\n';
}

void write_summary_table_html(std::ostream& out, const std::string& caption,
                              const std::vector<ItemDistribution>& items, std::size_t begin, std::size_t end) {
  out << "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" << html_escape(caption) << "\">\n"
      << "<table class=\"summary\">\n<caption>" << html_escape(caption)
      << "</caption>\n<thead><tr><th class=\"statement\">Statement</th><th>n</th><th>Agree</th><th>Neutral</th>"
         "<th>Disagree</th><th>Agree 95% CI</th><th>Net agreement</th><th>Mean</th><th>Median</th><th>SD</th>"
         "</tr></thead>\n<tbody>\n";
  for (std::size_t i = begin; i < end; ++i) {
    const ItemSummary s = summarise(items[i]);
    out << "<tr><th scope=\"row\" class=\"statement\">" << html_escape(statement(items[i])) << "</th><td class=\"num"
        << (s.small_n() ? " small-n" : "") << "\">" << n_cell(s) << (s.small_n() ? "&#8224;" : "")
        << "</td><td class=\"num\">" << with_share(s.agree, s.agree_pct) << "</td><td class=\"num\">"
        << with_share(s.neutral, s.neutral_pct) << "</td><td class=\"num\">" << with_share(s.disagree, s.disagree_pct)
        << "</td><td class=\"num\">" << html_escape(interval_text(s.agree_low, s.agree_high)) << "</td><td class=\"num\">"
        << signed_share_text(s.net) << "</td><td class=\"num\">" << code_text(s.mean) << "</td><td class=\"num\">"
        << median_text(s.median) << "</td><td class=\"num\">" << code_text(s.sd) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n";
}

void write_summary_table_markdown(std::ostream& out, const std::string& caption,
                                  const std::vector<ItemDistribution>& items, std::size_t begin, std::size_t end) {
  out << "**" << md_cell(caption)
      << "**\n\n| Statement | n | Agree | Neutral | Disagree | Agree 95% CI | Net agreement | Mean | Median | SD |\n"
         "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (std::size_t i = begin; i < end; ++i) {
    const ItemSummary s = summarise(items[i]);
    out << "| " << md_cell(statement(items[i])) << " | " << n_cell(s) << (s.small_n() ? "†" : "") << " | "
        << with_share(s.agree, s.agree_pct) << " | " << with_share(s.neutral, s.neutral_pct) << " | "
        << with_share(s.disagree, s.disagree_pct) << " | " << interval_text(s.agree_low, s.agree_high) << " | "
        << signed_share_text(s.net) << " | " << code_text(s.mean) << " | " << median_text(s.median) << " | "
        << code_text(s.sd) << " |\n";
  }
  out << '\n';
}

void write_table_notes_html(std::ostream& out, bool small_n, bool reverse_coded) {
  out << "<ul class=\"notes\">\n";
  for (const auto& note : denominator_notes()) out << "<li>" << html_escape(note) << "</li>\n";
  if (small_n) out << "<li>&#8224; " << html_escape(small_sample_note()) << "</li>\n";
  if (reverse_coded) out << "<li>" << html_escape(reverse_coded_note()) << "</li>\n";
  out << "</ul>\n";
}

void write_table_notes_markdown(std::ostream& out, bool small_n, bool reverse_coded) {
  for (const auto& note : denominator_notes()) out << "- " << note << '\n';
  if (small_n) out << "- † " << small_sample_note() << '\n';
  if (reverse_coded) out << "- " << reverse_coded_note() << '\n';
  out << '\n';
}

}  // namespace canvass
