#include "report/html_writer.hpp"

#include "scales/scale_vocabulary.hpp"
#include "text/printable.hpp"

namespace canvass {

namespace {

constexpr const char* kStyle = R"css(
:root { --ink: #1b1b1b; --muted: #555; --rule: #c8c8c8; --band: #f4f4f4; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: var(--ink); margin: 0; line-height: 1.4;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 1.9rem; margin: 0 0 4px; }
h2 { font-size: 1.35rem; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 24px 0 8px; }
p.lead { font-size: 1.1rem; margin: 0 0 12px; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 8px 0 6px; font-size: 0.9rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: 0 0 6px; }
th, td { border: 1px solid var(--rule); padding: 5px 8px; vertical-align: top; }
th { background: var(--band); text-align: center; font-weight: 600; }
th.statement, td.statement { text-align: left; }
th.statement { width: 32%; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.suppressed, p.suppressed { font-style: italic; color: var(--muted); text-align: left; }
tbody th { background: none; font-weight: normal; text-align: left; }
tr.overall td, tr.overall th { font-weight: 600; }
tr.item-head th { background: var(--band); font-weight: 600; }
.table-scroll, .chart-scroll { overflow-x: auto; max-width: 100%; }
.table-scroll table { min-width: 36rem; }
.chart-scroll svg { min-width: 40rem; }
.table-scroll:focus, .chart-scroll:focus { outline: 2px solid #1d4ed8; outline-offset: 2px; }
nav.contents ol { margin: 4px 0 12px; padding-left: 20px; }
nav.contents li { margin: 2px 0; }
nav.contents a { display: inline-block; min-height: 24px; padding: 2px 0; }
a { color: #1d4ed8; }
.small-n { color: #8a4b00; }
ol.notes, ul.notes { font-size: 0.82rem; color: var(--muted); margin: 4px 0 18px; padding-left: 20px; }
ul.groups { margin: 4px 0 12px; padding-left: 20px; }
figure { margin: 12px 0 24px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
figure svg { width: 100%; height: auto; display: block; }
dl.sources { font-size: 0.9rem; }
table, figure, tr { break-inside: avoid; page-break-inside: avoid; }
h2, h3, caption, figcaption { break-after: avoid; page-break-after: avoid; }
@page { size: A4; margin: 15mm; }
@media (max-width: 600px) { main { padding: 16px 12px 32px; } }
@media print {
  main { max-width: none; padding: 0; } body { font-size: 10pt; } h2 { margin-top: 20px; }
  .table-scroll, .chart-scroll { overflow: visible; } .chart-scroll svg, .table-scroll table { min-width: 0; }
  nav.contents { display: none; }
  table { font-size: 8pt; } th, td { padding: 3px 4px; } th.statement { width: 30%; }
}
)css";

}  // namespace

std::string answer_label_language(std::string_view label) {
  static const ScaleVocabulary vocabulary = ScaleVocabulary::builtin();  // immutable, built once
  return vocabulary.language_of(label);
}

std::string html_answer_label(std::string_view label) {
  const std::string lang = answer_label_language(label);
  if (lang.empty()) return html_escape(label);
  return "<span lang=\"" + html_escape(lang) + "\">" + html_escape(label) + "</span>";
}

std::string html_escape(std::string_view raw) {
  const std::string s = printable(raw);  // no control character: SVG and XHTML stay well-formed
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

void write_html_start(std::ostream& out, const std::string& title) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
      << html_escape(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<main>\n";
}

void write_html_end(std::ostream& out) { out << "</main>\n</body>\n</html>\n"; }

}  // namespace canvass
