#include "layouts/generic_layout.hpp"

namespace canvass {

namespace {

Signature signature(const Table& table) {
  return {!table.rows.empty(), "one header row of question titles (no platform signature matched)"};
}

Result<SurveyPlan> plan(const Table& table) {
  SurveyPlan p;
  p.platform = "generic";
  plan_question_columns(table.rows[0].cells, p);
  p.notes.push_back("header row 1 holds the question titles");
  return p;
}

}  // namespace

Layout generic_layout() { return {"generic", "one header row of question titles", signature, plan}; }

}  // namespace canvass
