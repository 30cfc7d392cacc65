// report.xlsx: every table of the report on its own sheet, numbers as numbers. A cell the
// report shows as "7 (53.8%)" becomes two columns (count 7, share 0.538 shown 53.8%), an
// interval "66.7–98.6%" two (low, high); markers such as "13†" keep the number 13 with a
// number format that shows the marker. A Contents sheet lists and links the tables; each
// sheet carries the caption above and the notes of its section below.
#pragma once

#include <string>
#include <vector>

#include "model/error.hpp"
#include "report/report_document.hpp"

namespace canvass {

// A cell of the report read as Excel will hold it.
struct SheetCell {
  bool blank = true;
  bool number = false;
  double value = 0;
  std::string format;  // Excel number format, e.g. "0.0%", "0\"†\""
  std::string text;
};

// "12.5%" -> 0.125 in "0.0%"; "13†" -> 13 in 0"†"; "+84.6" -> 84.6 in "+0.0;−0.0;0.0"; else text.
SheetCell read_cell(std::string_view shown);

// The table's columns as written to its sheet: header texts and, per body row, the cells.
struct SheetTable {
  std::vector<std::string> header;
  std::vector<std::vector<SheetCell>> rows;
  std::vector<bool> group_row;
};
SheetTable sheet_table(const ReportTable& table);

// The workbook's bytes.
Result<std::string> write_xlsx(const std::vector<ReportBlock>& blocks, const std::string& title);

}  // namespace canvass
