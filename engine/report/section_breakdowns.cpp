// The breakdowns: each statement by group (role, batch ...), small groups suppressed, with
// a CSV per breakdown beside the report.
#include <cctype>
#include <sstream>

#include "report/breakdown_tables.hpp"
#include "report/figures.hpp"
#include "report/html_writer.hpp"
#include "report/markdown_writer.hpp"
#include "report/report_section.hpp"
#include "report/summary_report.hpp"

namespace canvass {

namespace {

// A file-name-safe form of `label`: "What is your role?" -> "what-is-your-role".
std::string slug(const std::string& label) {
  std::string out;
  for (unsigned char ch : label) {
    if (std::isalnum(ch) && ch < 0x80) out += static_cast<char>(std::tolower(ch));
    else if (!out.empty() && out.back() != '-') out += '-';
    if (out.size() >= 40) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "group" : out;
}

Status write_breakdowns(ReportContext& c, ReportOutput& out) {
  if (c.breakdowns.empty() || c.overall.empty()) return Ok{};
  out.html << "<section id=\"breakdowns\">\n<h2>Breakdowns</h2>\n";
  out.markdown << "## Breakdowns\n\n";
  bool any_suppressed = false;
  for (const auto& b : c.breakdowns) {
    const std::string by = "By " + grouping_name(b.grouping.label);
    out.html << "<h3>" << html_escape(by) << "</h3>\n";
    out.markdown << "### " << md_text(by) << "\n\n";
    write_group_list_html(out.html, b);
    write_group_list_markdown(out.markdown, b);
    bool all_suppressed = true;
    for (const auto& g : b.groups) {
      any_suppressed = any_suppressed || g.suppressed();
      all_suppressed = all_suppressed && g.suppressed();
    }
    if (all_suppressed) {  // a table of nothing but "suppressed" rows helps no reader
      const std::string none = "No figures can be shown for the groups of \u201c" + b.grouping.label + "\u201d" +
                               ": every group is suppressed. The all-respondents figures are in the agreement tables.";
      out.html << "<p class=\"suppressed\">" << html_escape(none) << "</p>\n";
      out.markdown << none << "\n\n";
    } else {
      const int first = out.tables + 1;
      write_breakdown_tables_markdown(out.markdown, b, first);
      out.tables += write_breakdown_tables_html(out.html, b, first);
    }
    std::string name = "breakdown-" + slug(b.grouping.label) + ".csv";
    for (int k = 2; out.files.count(name); ++k)
      name = "breakdown-" + slug(b.grouping.label) + "-" + std::to_string(k) + ".csv";
    std::ostringstream csv, json;
    write_summary_csv(csv, summarise_all(b.rows()));
    write_summary_json(json, summarise_all(b.rows()));
    out.files[name] = csv.str();
    out.files[name.substr(0, name.size() - 4) + ".json"] = json.str();
  }
  const std::string rule = suppression_note(c.options.min_cell);
  out.html << "<ul class=\"notes\"><li>" << html_escape(rule) << "</li>"
           << (any_suppressed ? "" : "<li>No group was small enough to need suppression.</li>") << "</ul>\n</section>\n";
  out.markdown << "- " << rule << '\n' << (any_suppressed ? "" : "- No group was small enough to need suppression.\n")
               << '\n';
  return Ok{};
}

}  // namespace

ReportSection breakdown_section() { return {"breakdowns", write_breakdowns}; }

}  // namespace canvass
