// The small parts of a workbook read before its sheet: the workbook (sheets, date system)
// and the styles (which cells show dates), and how a cell's number reads as text. The
// shared strings are in shared_strings.hpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sources/xml_reader.hpp"

namespace canvass {

// xl/workbook.xml: sheets in order and the date system.
struct WorkbookSheet {
  std::string name;
  std::string rel_id;
};
struct WorkbookPart : XmlVisitor {
  std::vector<WorkbookSheet> sheets;
  bool date1904 = false;
  void start_element(const XmlElement& e) override;
};

enum class DateStyle { none, date, time_only };

// xl/styles.xml: the date style of each cell format (cellXfs index).
struct StylesPart : XmlVisitor {
  std::unordered_map<int, std::string> custom_formats;
  std::vector<int> xf_format;  // cellXfs index -> numFmtId
  bool in_cell_xfs = false;
  void start_element(const XmlElement& e) override;
  void end_element(std::string_view name, std::string_view) override;
  std::vector<DateStyle> date_styles() const;
};

// A number cell's value as text: an ISO date or time when its style shows one and the
// serial is a real date (0 up to 9999-12-31; never NaN, infinity or 1e308), else the
// number as Excel shows it (integers without ".0", 15 significant digits).
void number_cell_text(double number, DateStyle style, bool date1904, std::string& out);

}  // namespace canvass
