#include "report/breakdown_tables.hpp"

#include "analysis/item_summary.hpp"
#include "report/agreement_tables.hpp"
#include "report/figures.hpp"
#include "report/html_writer.hpp"
#include "report/markdown_writer.hpp"

namespace canvass {

namespace {

std::string with_share(long k, const std::optional<double>& pct) {
  return pct ? std::to_string(k) + " (" + share_text(pct) + "%)" : std::to_string(k);
}

std::string caption(int number, const std::string& question, const Breakdown& b) {
  return "Table " + std::to_string(number) + ": " + question + " \u2014 by " + b.grouping.label;
}

constexpr int kFigureColumns = 7;  // n, agree, neutral, disagree, CI, net, mean

void html_row(std::ostream& out, const std::string& name, const ItemDistribution& d, const std::string& reason,
              bool overall) {
  out << "<tr" << (overall ? " class=\"overall\"" : "") << "><th scope=\"row\" class=\"statement\">" << html_escape(name)
      << "</th>";
  if (d.suppressed) {
    out << "<td class=\"suppressed\" colspan=\"" << kFigureColumns << "\">" << html_escape(reason) << "</td></tr>\n";
    return;
  }
  const ItemSummary s = summarise(d);
  out << "<td class=\"num" << (s.small_n() ? " small-n" : "") << "\">" << s.n << (s.small_n() ? "&#8224;" : "")
      << "</td><td class=\"num\">" << with_share(s.agree, s.agree_pct) << "</td><td class=\"num\">"
      << with_share(s.neutral, s.neutral_pct) << "</td><td class=\"num\">" << with_share(s.disagree, s.disagree_pct)
      << "</td><td class=\"num\">" << html_escape(interval_text(s.agree_low, s.agree_high)) << "</td><td class=\"num\">"
      << signed_share_text(s.net) << "</td><td class=\"num\">" << code_text(s.mean) << "</td></tr>\n";
}

void md_row(std::ostream& out, const std::string& name, const ItemDistribution& d, const std::string& reason) {
  out << "| " << md_cell(name) << " |";
  if (d.suppressed) {
    out << ' ' << md_cell(reason) << " |";
    for (int i = 1; i < kFigureColumns; ++i) out << " |";
    out << '\n';
    return;
  }
  const ItemSummary s = summarise(d);
  out << ' ' << s.n << (s.small_n() ? "†" : "") << " | " << with_share(s.agree, s.agree_pct) << " | "
      << with_share(s.neutral, s.neutral_pct) << " | " << with_share(s.disagree, s.disagree_pct) << " | "
      << interval_text(s.agree_low, s.agree_high) << " | " << signed_share_text(s.net) << " | " << code_text(s.mean)
      << " |\n";
}

std::string statement(const ItemDistribution& d) { return statement_text(d.question, d.item, d.reverse_coded); }

// Whether group `g` has anyone in the statements [begin, end): a source that did not ask
// the question gives its group nobody there, and a row of zeros says nothing.
bool has_respondents(const Breakdown& b, std::size_t g, std::size_t begin, std::size_t end) {
  if (b.groups[g].suppressed()) return true;  // withheld, not empty: the row says why
  for (std::size_t i = begin; i < end; ++i) {
    const ItemDistribution& d = b.by_group[i][g];
    if (d.n + d.missing + d.nonsubstantive > 0) return true;
  }
  return false;
}

}  // namespace

std::string group_display_name(const Breakdown& b, const std::string& name) {
  if (name != kNoAnswerGroup) return name;
  if (b.grouping.kind == Grouping::Kind::question) return "Did not answer";
  return "No " + grouping_name(b.grouping.label) + " recorded";
}

std::string suppression_reason(Disclosure d, long min_cell) {
  if (d == Disclosure::primary) return "suppressed: fewer than " + std::to_string(min_cell) + " respondents";
  if (d == Disclosure::secondary) return "suppressed: its figures would reveal a smaller group";
  return "";
}

std::vector<std::string> group_lines(const Breakdown& b) {
  std::vector<std::string> out;
  for (const auto& g : b.groups)
    out.push_back(group_display_name(b, g.name) + (g.suppressed() ? " (" + suppression_reason(g.disclosure, b.min_cell) + ")"
                                           : " (n=" + std::to_string(*g.respondents) + ")"));
  return out;
}

void write_group_list_html(std::ostream& out, const Breakdown& b) {
  out << "<p>Groups:</p>\n<ul class=\"groups\">\n";
  for (const auto& line : group_lines(b)) out << "<li>" << html_escape(line) << "</li>\n";
  out << "</ul>\n";
}

void write_group_list_markdown(std::ostream& out, const Breakdown& b) {
  out << "Groups:\n\n";
  for (const auto& line : group_lines(b)) out << "- " << md_cell(line) << '\n';
  out << '\n';
}

int write_breakdown_tables_html(std::ostream& out, const Breakdown& b, int first_table) {
  int written = 0;
  for (const auto& [begin, end] : question_runs(b.overall)) {
    const std::string title = caption(first_table + written++, b.overall[begin].question, b);
    out << "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" << html_escape(title) << "\">\n"
        << "<table class=\"breakdown\">\n<caption>" << html_escape(title)
        << "</caption>\n<thead><tr><th class=\"statement\">Statement and group</th><th>n</th><th>Agree</th>"
           "<th>Neutral</th><th>Disagree</th><th>Agree 95% CI</th><th>Net agreement</th><th>Mean</th></tr></thead>\n"
           "<tbody>\n";
    for (std::size_t i = begin; i < end; ++i) {
      out << "<tr class=\"item-head\"><th scope=\"rowgroup\" class=\"statement\" colspan=\"" << kFigureColumns + 1
          << "\">" << html_escape(statement(b.overall[i])) << "</th></tr>\n";
      html_row(out, group_title(""), b.overall[i], "", true);
      for (std::size_t g = 0; g < b.groups.size(); ++g)
        if (has_respondents(b, g, begin, end))
          html_row(out, group_display_name(b, b.groups[g].name), b.by_group[i][g],
                   suppression_reason(b.groups[g].disclosure, b.min_cell), false);
    }
    out << "</tbody>\n</table>\n</div>\n";
  }
  return written;
}

int write_breakdown_tables_markdown(std::ostream& out, const Breakdown& b, int first_table) {
  int written = 0;
  for (const auto& [begin, end] : question_runs(b.overall)) {
    out << "**" << md_cell(caption(first_table + written++, b.overall[begin].question, b))
        << "**\n\n| Statement and group | n | Agree | Neutral | Disagree | Agree 95% CI | Net agreement | Mean |\n"
           "|---|---:|---:|---:|---:|---:|---:|---:|\n";
    for (std::size_t i = begin; i < end; ++i) {
      out << "| **" << md_cell(statement(b.overall[i])) << "** | | | | | | | |\n";
      md_row(out, group_title(""), b.overall[i], "");
      for (std::size_t g = 0; g < b.groups.size(); ++g)
        if (has_respondents(b, g, begin, end))
          md_row(out, group_display_name(b, b.groups[g].name), b.by_group[i][g],
                 suppression_reason(b.groups[g].disclosure, b.min_cell));
    }
    out << '\n';
  }
  return written;
}

}  // namespace canvass
