// What every platform layout offers detection: a signature check that says why it
// matched (printed by `inspect`), and a planner that says what each column is.
#pragma once

#include <string>

#include "layouts/survey_plan.hpp"
#include "sources/table.hpp"

namespace canvass {

struct Signature {
  bool matched = false;
  std::string evidence;  // what in the file matched (or, when it did not, the closest miss)
};

struct Layout {
  const char* name;         // "qualtrics", "google-forms", ...
  const char* description;  // one line for --help and inspect
  Signature (*signature)(const Table&);
  Result<SurveyPlan> (*plan)(const Table&);
};

// Cell (row, column) of `table`, or "" when the table is shorter or the row narrower.
const std::string& cell_at(const Table& table, std::size_t row, std::size_t column);

}  // namespace canvass
