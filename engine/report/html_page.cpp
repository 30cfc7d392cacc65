#include "report/html_page.hpp"

#include "analysis/item_summary.hpp"
#include "report/agreement_tables.hpp"
#include "report/breakdown_tables.hpp"
#include "report/html_writer.hpp"
#include "report/summary_report.hpp"
#include "report/svg_chart.hpp"

namespace canvass {

void write_dist_html(std::ostream& out, const HtmlDistPage& page, const std::vector<ItemDistribution>& overall,
                     const Breakdown* breakdown) {
  write_html_start(out, page.title);
  out << "<h1>" << html_escape(page.title) << "</h1>\n";
  int table = 0, figure = 0;
  bool small_n = false;
  for (const auto& [begin, end] : question_runs(overall)) {
    const std::string& question = overall[begin].question;
    const long n = respondents_asked(overall, begin, end);
    if (!page.summary) write_level_table_html(out, table_caption(++table, question, n), overall, begin, end);
    write_summary_table_html(out, table_caption(++table, "Agreement summary \u2014 " + question, n), overall, begin, end);
    const std::vector<ItemDistribution> items(overall.begin() + static_cast<long>(begin),
                                              overall.begin() + static_cast<long>(end));
    const std::string caption = "Figure " + std::to_string(++figure) + ": " + question + " (n=" + std::to_string(n) + ")";
    out << "<figure>\n<figcaption>" << html_escape(caption) << "</figcaption>\n<div class=\"chart-scroll\" role=\"region\" "
        << "tabindex=\"0\" aria-label=\"" << html_escape(caption) << "\">\n"
        << diverging_bar_chart(items, page.palette, {}, caption) << "</div>\n</figure>\n";
    for (const auto& d : items) small_n = small_n || summarise(d).small_n();
  }
  write_table_notes_html(out, small_n);
  if (breakdown) {
    out << "<h2>By " << html_escape(breakdown->grouping.label) << "</h2>\n";
    write_group_list_html(out, *breakdown);
    write_breakdown_tables_html(out, *breakdown, table + 1);
    out << "<ul class=\"notes\"><li>" << html_escape(suppression_note(page.min_cell)) << "</li></ul>\n";
  }
  write_html_end(out);
}

}  // namespace canvass
