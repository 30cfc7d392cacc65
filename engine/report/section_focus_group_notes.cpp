// The focus-group notes' place in the report. The notes work owns what goes here and
// replaces this body; until then the section only says how many note records the store
// holds, and is left out when it holds none.
#include "report/html_writer.hpp"
#include "report/report_section.hpp"

namespace canvass {

namespace {

Status write_focus_group_notes(ReportContext& c, ReportOutput& out) {
  auto st = c.db.prepare("SELECT count(*), count(DISTINCT source_id) FROM note");
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  const long notes = *row ? static_cast<long>(st->integer(0)) : 0;
  if (notes == 0) return Ok{};
  const std::string text = std::to_string(notes) + " note records from " + std::to_string(st->integer(1)) +
                           " files are in the store (see `canvass export --table notes`).";
  out.html << "<section id=\"focus-group-notes\">\n<h2>Focus-group notes</h2>\n<p>" << html_escape(text)
           << "</p>\n</section>\n";
  out.markdown << "## Focus-group notes\n\n" << text << "\n\n";
  return Ok{};
}

}  // namespace

ReportSection focus_group_notes_section() { return {"focus-group-notes", write_focus_group_notes}; }

}  // namespace canvass
