// The agreement tables: per question, counts and shares per level, then the summary with
// intervals and net agreement; the long and summary tables go beside the report as CSV and
// JSON (the report writer keeps the formats asked for).
#include <sstream>

#include "analysis/item_summary.hpp"
#include "report/agreement_tables.hpp"
#include "report/distribution_report.hpp"
#include "report/html_writer.hpp"
#include "report/report_section.hpp"
#include "report/summary_report.hpp"

namespace canvass {

namespace {

Status write_agreement(ReportContext& c, ReportOutput& out) {
  if (c.overall.empty()) return Ok{};
  out.html << "<section id=\"agreement\">\n<h2>Agreement</h2>\n";
  out.markdown << "## Agreement\n\n";
  bool small_n = false, reverse_coded = false;
  for (const auto& [begin, end] : question_runs(c.overall)) {
    const std::string& question = c.overall[begin].question;
    const long n = respondents_asked(c.overall, begin, end);
    const std::string levels = table_caption(out.next_table(), question, n);
    write_level_table_html(out.html, levels, c.overall, begin, end);
    write_level_table_markdown(out.markdown, levels, c.overall, begin, end);
    const std::string summary = table_caption(out.next_table(), "Agreement summary \u2014 " + question, n);
    write_summary_table_html(out.html, summary, c.overall, begin, end);
    write_summary_table_markdown(out.markdown, summary, c.overall, begin, end);
    for (std::size_t i = begin; i < end; ++i) {
      small_n = small_n || summarise(c.overall[i]).small_n();
      reverse_coded = reverse_coded || c.overall[i].reverse_coded;
    }
  }
  write_table_notes_html(out.html, small_n, reverse_coded);
  write_table_notes_markdown(out.markdown, small_n, reverse_coded);
  out.html << "</section>\n";
  std::ostringstream longform, summary, longform_json, summary_json;
  write_distribution_csv(longform, c.overall);
  write_summary_csv(summary, summarise_all(c.overall));
  write_distribution_json(longform_json, c.overall);
  write_summary_json(summary_json, summarise_all(c.overall));
  out.files["distribution.csv"] = longform.str();
  out.files["agreement.csv"] = summary.str();
  out.files["distribution.json"] = longform_json.str();
  out.files["agreement.json"] = summary_json.str();
  return Ok{};
}

}  // namespace

ReportSection agreement_section() { return {"agreement", write_agreement}; }

}  // namespace canvass
