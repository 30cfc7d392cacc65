// A table of cells read from a container (CSV, XLSX, SAV, ...), before any meaning is
// given to it: rows of text cells, each row knowing the line it began on.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/survey.hpp"

namespace canvass {

struct Row {
  std::size_t line = 0;  // 1-based line (or row number in a workbook) where the row begins
  std::vector<std::string> cells;
};

struct Table {
  std::string path;
  std::string container = "csv";  // csv, xlsx, sav, triple-s
  std::string encoding;           // what the bytes were decoded from
  char delimiter = ',';
  std::vector<Row> rows;
  std::vector<Reject> rejects;  // records the container could not read
};

}  // namespace canvass
