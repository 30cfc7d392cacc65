// The quote bank's place in the report. The quotes work owns what goes here (selection,
// redaction, attribution) and replaces this body; until then the section only says how
// many quotes the store holds, and is left out when it holds none.
#include "report/html_writer.hpp"
#include "report/report_section.hpp"

namespace canvass {

namespace {

Status write_quote_bank(ReportContext& c, ReportOutput& out) {
  auto st = c.db.prepare("SELECT count(*) FROM quote WHERE decision IS NULL OR decision <> 'reject'");
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  const long quotes = *row ? static_cast<long>(st->integer(0)) : 0;
  if (quotes == 0) return Ok{};
  const std::string text = std::to_string(quotes) + " candidate quotes are in the store (see `canvass quotes`).";
  out.html << "<section id=\"quote-bank\">\n<h2>Quote bank</h2>\n<p>" << html_escape(text) << "</p>\n</section>\n";
  out.markdown << "## Quote bank\n\n" << text << "\n\n";
  return Ok{};
}

}  // namespace

ReportSection quote_bank_section() { return {"quote-bank", write_quote_bank}; }

}  // namespace canvass
