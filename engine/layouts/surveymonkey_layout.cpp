#include "layouts/surveymonkey_layout.hpp"

#include "layouts/two_header_rows.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

Signature signature(const Table& table) {
  const char* expected[] = {"respondent id", "collector id", "start date", "end date"};
  for (std::size_t c = 0; c < 4; ++c)
    if (fold(cell_at(table, 0, c)) != expected[c])
      return {false, "row 1 does not begin `Respondent ID, Collector ID, Start Date, End Date`"};
  return {true, "row 1 begins `Respondent ID, Collector ID, Start Date, End Date`: 2 header rows"};
}

Result<SurveyPlan> plan(const Table& table) {
  SurveyPlan p;
  p.platform = "surveymonkey";
  plan_two_header_rows(table, p, false);
  for (std::size_t c = 0; c < p.columns.size(); ++c)
    if (fold(cell_at(table, 0, c)) == "end date") {
      p.columns[c] = ColumnPlan{};
      p.columns[c].role = ColumnRole::submitted_at;
    }
  p.notes.push_back("row 1: question text over the first column of each block; row 2: sub-headers");
  return p;
}

}  // namespace

Layout surveymonkey_layout() { return {"surveymonkey", "SurveyMonkey (2 header rows)", signature, plan}; }

}  // namespace canvass
