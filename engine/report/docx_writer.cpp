#include "report/docx_writer.hpp"

#include <algorithm>
#include <sstream>

#include "report/docx_parts.hpp"
#include "report/html_writer.hpp"
#include "report/svg_png.hpp"
#include "report/zip_writer.hpp"

namespace canvass {

namespace {

constexpr long kTextWidthTwips = 11906 - 2 * 1134;  // A4, 2 cm margins
constexpr long kEmuPerPixel = 9525;                 // at 96 dpi
constexpr long kTextWidthEmu = kTextWidthTwips * 635;
constexpr long kCellMargin = 57;  // 1 mm each side of a table cell

// Word's language tag for a language the scale vocabulary names ("cy" -> "cy-GB").
std::string word_language(const std::string& lang) {
  if (lang.empty() || lang.find('-') != std::string::npos) return lang;
  return lang + (lang == "ga" ? "-IE" : "-GB");
}

// `lang`: the run's language when it is not the document's (a Welsh answer label), so
// Word checks its spelling and screen readers speak it as Welsh (WCAG 3.1.2).
void run(std::ostream& out, const TextRun& r, bool bold = false, const std::string& lang = {}) {
  out << "<w:r>";
  if (r.bold || r.italic || r.small || bold || !lang.empty())
    out << "<w:rPr>" << (r.bold || bold ? "<w:b/>" : "") << (r.italic ? "<w:i/>" : "")
        << (r.small ? "<w:sz w:val=\"16\"/>" : "")
        << (lang.empty() ? "" : "<w:lang w:val=\"" + xml_text(word_language(lang)) + "\"/>") << "</w:rPr>";
  std::size_t at = 0;
  for (;;) {
    const std::size_t nl = r.text.find('\n', at);
    out << "<w:t xml:space=\"preserve\">" << xml_text(std::string_view(r.text).substr(at, nl - at)) << "</w:t>";
    if (nl == std::string::npos) break;
    out << "<w:br/>";
    at = nl + 1;
  }
  out << "</w:r>";
}

void paragraph(std::ostream& out, const std::string& style, const std::vector<TextRun>& runs, bool keep_next = false) {
  out << "<w:p><w:pPr><w:pStyle w:val=\"" << style << "\"/>" << (keep_next ? "<w:keepNext/>" : "") << "</w:pPr>";
  for (const auto& r : runs) run(out, r);
  out << "</w:p>\n";
}

// "Table 3: text" as a caption whose number is a SEQ field, as Word's Insert Caption makes it.
void caption(std::ostream& out, const std::string& text) {
  const std::size_t space = text.find(' ');
  const std::size_t colon = text.find(':');
  out << "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/><w:keepNext/></w:pPr>";
  if (space == std::string::npos || colon == std::string::npos || colon < space) {
    run(out, TextRun{text});
  } else {
    const std::string label = text.substr(0, space);
    run(out, TextRun{label + " "});
    out << "<w:fldSimple w:instr=\" SEQ " << xml_text(label) << " \\* ARABIC \">";
    run(out, TextRun{text.substr(space + 1, colon - space - 1)});
    out << "</w:fldSimple>";
    run(out, TextRun{text.substr(colon)});
  }
  out << "</w:p>\n";
}

void cell(std::ostream& out, const std::string& text, long width, bool right, bool bold, int span = 1) {
  out << "<w:tc><w:tcPr><w:tcW w:w=\"" << width << "\" w:type=\"dxa\"/>";
  if (span > 1) out << "<w:gridSpan w:val=\"" << span << "\"/>";
  out << "</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>" << (right ? "<w:jc w:val=\"right\"/>" : "")
      << "</w:pPr>";
  if (!text.empty()) {
    const std::string lang = answer_label_language(text);  // a whole cell that is a Welsh label
    auto runs = inline_runs(text);
    for (const auto& r : runs) run(out, r, bold, lang);
  }
  out << "</w:p></w:tc>";
}

// Characters (not bytes) of the longest word of `text`.
std::size_t longest_word(const std::string& text) {
  std::size_t best = 0, run = 0;
  for (unsigned char c : text) {
    if (c == ' ') run = 0;
    else if ((c & 0xC0) != 0x80) best = std::max(best, ++run);
  }
  return best;
}

// Column widths: each figure column as wide as its longest word at 9 pt (so "45 (37.5%)"
// breaks between count and share, never inside them), the statements take the rest.
std::vector<long> column_widths(const ReportTable& t) {
  constexpr long kPerCharacter = 125, kMargins = 2 * kCellMargin + 20, kWidest = 1600, kStatementsAtLeast = 2400;
  std::vector<long> w(t.header.size(), 0);
  long figures = 0;
  for (std::size_t c = 1; c < t.header.size(); ++c) {
    std::size_t chars = longest_word(t.header[c]);
    for (const auto& row : t.rows)
      if (!ReportTable::is_group_row(row) && c < row.size()) chars = std::max(chars, longest_word(row[c]));
    w[c] = std::min(kWidest, static_cast<long>(chars) * kPerCharacter + kMargins);
    figures += w[c];
  }
  if (figures > kTextWidthTwips - kStatementsAtLeast)  // too wide: every figure column narrower alike
    for (std::size_t c = 1; c < w.size(); ++c) w[c] = w[c] * (kTextWidthTwips - kStatementsAtLeast) / figures;
  if (!w.empty()) {
    long rest = kTextWidthTwips;
    for (std::size_t c = 1; c < w.size(); ++c) rest -= w[c];
    w[0] = rest;
  }
  return w;
}

void table(std::ostream& out, const ReportTable& t) {
  const long columns = static_cast<long>(std::max<std::size_t>(t.header.size(), 1));
  const std::vector<long> widths = column_widths(t);
  auto width = [&](std::size_t c) { return widths[c]; };
  out << "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
         "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"" << kCellMargin << "\" w:type=\"dxa\"/>"
         "<w:right w:w=\"" << kCellMargin << "\" w:type=\"dxa\"/></w:tblCellMar>"
         "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" "
         "w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
  for (std::size_t c = 0; c < t.header.size(); ++c) out << "<w:gridCol w:w=\"" << width(c) << "\"/>";
  out << "</w:tblGrid>\n<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
  for (std::size_t c = 0; c < t.header.size(); ++c) cell(out, t.header[c], width(c), t.numeric[c], true);
  out << "</w:tr>\n";
  for (const auto& row : t.rows) {
    out << "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    if (ReportTable::is_group_row(row)) {
      cell(out, row[0], kTextWidthTwips, false, true, static_cast<int>(columns));
    } else {
      for (std::size_t c = 0; c < row.size(); ++c) cell(out, row[c], width(c), t.numeric[c], false);
    }
    out << "</w:tr>\n";
  }
  out << "</w:tbl>\n";
}

struct Media {
  std::string name, content;
};

}  // namespace

std::string xml_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;  // not allowed in XML 1.0
    else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
             (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF))
      i += 2;  // U+FFFE, U+FFFF
    else out += static_cast<char>(c);
  }
  return out;
}

Result<std::string> write_docx(const std::vector<ReportBlock>& blocks, const DocxOptions& options) {
  std::ostringstream body;
  std::vector<Media> media;
  std::ostringstream image_rels;
  int figure = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const ReportBlock& b = blocks[i];
    switch (b.kind) {
      case ReportBlock::Kind::heading:
        paragraph(body, b.level <= 1 ? "Title" : "Heading" + std::to_string(std::min(b.level - 1, 3)), b.runs, true);
        break;
      case ReportBlock::Kind::caption:
        caption(body, b.plain());
        break;
      case ReportBlock::Kind::bullet:
        paragraph(body, b.level == 0 ? "ListBullet" : "ListBullet" + std::to_string(std::min(b.level + 1, 3)), b.runs);
        break;
      case ReportBlock::Kind::quote:
        paragraph(body, "Quote", b.runs);
        break;
      case ReportBlock::Kind::paragraph:
        paragraph(body, "Normal", b.runs);
        break;
      case ReportBlock::Kind::table:
        table(body, b.table);
        body << "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr></w:p>\n";  // Word needs a paragraph between tables
        break;
      case ReportBlock::Kind::figure: {
        const std::string* svg = nullptr;
        if (options.files) {
          auto it = options.files->find(b.file);
          if (it != options.files->end()) svg = &it->second;
        }
        if (!svg) {
          paragraph(body, "Normal", {TextRun{"[figure " + b.file + " not found]"}});
          break;
        }
        auto png = svg_to_png(b.file, *svg);
        if (!png) return png.error();
        ++figure;
        const std::string stem = "figure" + std::to_string(figure);
        media.push_back({"word/media/" + stem + ".png", png->bytes});
        media.push_back({"word/media/" + stem + ".svg", *svg});
        const std::string png_id = "rIdPng" + std::to_string(figure), svg_id = "rIdSvg" + std::to_string(figure);
        image_rels << docx_relationship(png_id, "image", "media/" + stem + ".png")
                   << docx_relationship(svg_id, "image", "media/" + stem + ".svg");
        long cx = static_cast<long>(png->width / 2) * kEmuPerPixel, cy = static_cast<long>(png->height / 2) * kEmuPerPixel;
        if (cx > kTextWidthEmu) {
          cy = static_cast<long>(static_cast<double>(cy) * kTextWidthEmu / static_cast<double>(cx));
          cx = kTextWidthEmu;
        }
        body << "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r>"
             << docx_inline_picture(figure, stem, b.plain(), png_id, svg_id, cx, cy) << "</w:r></w:p>\n";
        break;
      }
    }
  }
  std::vector<ZipPart> parts;
  parts.push_back({"[Content_Types].xml", docx_content_types()});
  parts.push_back({"_rels/.rels", docx_package_relationships()});
  parts.push_back({"docProps/core.xml", docx_core_properties(options.title)});
  parts.push_back({"word/_rels/document.xml.rels", docx_document_relationships(image_rels.str())});
  parts.push_back({"word/document.xml", docx_document(body.str())});
  parts.push_back({"word/styles.xml", docx_styles(options.language)});
  parts.push_back({"word/numbering.xml", docx_numbering()});
  parts.push_back({"word/settings.xml", docx_settings(options.language)});
  for (auto& m : media) parts.push_back({std::move(m.name), std::move(m.content)});
  return zip_parts("report.docx", parts);
}

}  // namespace canvass
