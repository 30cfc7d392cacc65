// report.docx: the report's blocks as a WordprocessingML package. Everything is in Word's
// built-in styles (Title, Heading 1-3, Caption, Table Grid, List Bullet, Quote), so a
// writer's own template restyles the whole report; tables are native Word tables with a
// repeating header row, captions carry SEQ fields (Word's list of tables/figures works),
// and each figure is a PNG with the SVG kept beside it (Word's svgBlip extension).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/error.hpp"
#include "report/report_document.hpp"

namespace canvass {

struct DocxOptions {
  std::string title;
  std::string language = "en-GB";                   // BCP 47, for spelling and screen readers
  const std::map<std::string, std::string>* files = nullptr;  // figure files by name (the SVGs)
};

// The package's bytes.
Result<std::string> write_docx(const std::vector<ReportBlock>& blocks, const DocxOptions& options);

// `s` safe as XML text or attribute value: markup escaped, characters XML forbids dropped.
std::string xml_text(std::string_view s);

}  // namespace canvass
