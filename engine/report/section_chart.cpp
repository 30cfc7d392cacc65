// The diverging stacked bar charts, one figure per question, inline in the HTML and as
// SVG files beside report.md (Word inserts SVG).
#include "report/agreement_tables.hpp"
#include "report/html_writer.hpp"
#include "report/markdown_writer.hpp"
#include "report/report_section.hpp"
#include "report/svg_chart.hpp"

namespace canvass {

namespace {

Status write_charts(ReportContext& c, ReportOutput& out) {
  if (c.overall.empty()) return Ok{};
  out.html << "<section id=\"charts\">\n<h2>Charts</h2>\n";
  out.markdown << "## Charts\n\n";
  for (const auto& [begin, end] : question_runs(c.overall)) {
    const int number = out.next_figure();
    const std::string caption = "Figure " + std::to_string(number) + ": " + c.overall[begin].question + " (n=" +
                                std::to_string(respondents_asked(c.overall, begin, end)) + ")";
    const std::vector<ItemDistribution> items(c.overall.begin() + static_cast<long>(begin),
                                              c.overall.begin() + static_cast<long>(end));
    const std::string svg = diverging_bar_chart(items, c.options.palette, {}, caption);
    const std::string file = "figure-" + std::to_string(number) + ".svg";
    // The chart scrolls in its own box on a narrow screen rather than shrinking its text away.
    out.html << "<figure id=\"figure-" << number << "\">\n<figcaption>" << html_escape(caption) << "</figcaption>\n"
             << "<div class=\"chart-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" << html_escape(caption)
             << "\">\n" << svg << "</div>\n</figure>\n";
    out.markdown << "**" << md_cell(caption) << "**\n\n![" << md_cell(caption) << "](" << file << ")\n\n";
    out.files[file] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg;
  }
  const std::string note =
      "Bars are centred on the middle of the neutral level: agreement to the right, disagreement to the left. "
      "Segment widths are shares of n; \"don't know\" answers and non-answers are not drawn and are given beside n.";
  out.html << "<ul class=\"notes\"><li>" << html_escape(note) << "</li></ul>\n</section>\n";
  out.markdown << "- " << note << "\n\n";
  return Ok{};
}

}  // namespace

ReportSection chart_section() { return {"charts", write_charts}; }

}  // namespace canvass
