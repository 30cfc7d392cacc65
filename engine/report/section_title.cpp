// The report's opening: its title, the sample size and the sources it was built from.
#include "report/figures.hpp"
#include "report/html_writer.hpp"
#include "report/markdown_writer.hpp"
#include "report/report_section.hpp"

#include <filesystem>

namespace canvass {

namespace {

struct SourceLine {
  std::string file, platform, batch;
  long respondents = 0, rejected = 0;
};

Result<std::vector<SourceLine>> sources(Database& db) {
  auto st = db.prepare(
      "SELECT s.path, COALESCE(s.platform, ''), b.label, "
      "(SELECT count(*) FROM respondent r WHERE r.source_id = s.id), s.rows_rejected "
      "FROM source s JOIN batch b ON b.id = s.batch_id ORDER BY s.id");
  if (!st) return st.error();
  std::vector<SourceLine> out;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back({std::filesystem::path(st->text(0)).filename().string(), st->text(1), st->text(2),
                   static_cast<long>(st->integer(3)), static_cast<long>(st->integer(4))});
  }
  return out;
}

std::string describe(const SourceLine& s) {
  std::string d = s.file + " (" + (s.platform.empty() ? "" : s.platform + ", ") + "batch " + s.batch + "): " +
                  count_text(s.respondents, "respondent", "respondents");
  if (s.rejected) d += ", " + count_text(s.rejected, "row", "rows") + " rejected";
  return d;
}

Status write_title(ReportContext& c, ReportOutput& out) {
  auto list = sources(c.db);
  if (!list) return list.error();
  const std::string lead = "n=" + std::to_string(c.respondents) + " respondents \u00b7 " +
                           std::to_string(c.overall.size()) + " agreement statements";
  out.html << "<header id=\"title\">\n<h1>" << html_escape(c.options.title) << "</h1>\n<p class=\"lead\">"
           << html_escape(lead) << "</p>\n<ul class=\"notes\">\n";
  for (const auto& s : *list) out.html << "<li>Source: " << html_escape(describe(s)) << "</li>\n";
  out.html << "</ul>\n</header>\n";
  out.markdown << "# " << md_text(c.options.title) << "\n\n" << lead << "\n\n";
  for (const auto& s : *list) out.markdown << "- Source: " << md_text(describe(s)) << '\n';
  out.markdown << '\n';
  return Ok{};
}

}  // namespace

ReportSection title_section() { return {"title", write_title}; }

}  // namespace canvass
