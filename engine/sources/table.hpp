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
  // Columns the file wrote as NULL: an empty field left unquoted in a file that quotes
  // every value (LimeSurvey's "not shown", as against "" for shown but unanswered). Always
  // empty for a file that leaves some value unquoted: there an empty field is just empty.
  std::vector<std::size_t> nulls = {};
};

struct Table {
  std::string path;
  std::string container = "csv";  // csv, xlsx, sav, triple-s
  std::string encoding;           // what the bytes were decoded from
  char delimiter = ',';
  // Delimited text that quotes every value (LimeSurvey): only there does an unquoted empty
  // field mean NULL, listed in each Row's nulls.
  bool quotes_every_value = false;
  std::vector<Row> rows;
  std::vector<Reject> rejects;  // records the container could not read
};

}  // namespace canvass
