#include "layouts/surveymonkey_layout.hpp"

#include "layouts/two_header_rows.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

// Row 2's own vocabulary: `Response` and `Open-Ended Response` under question blocks
// whose title row 1 writes once, above the block's first column. Left when the metadata
// columns were deleted (a common anonymising step), so detection must not need them.
Signature second_row_signature(const Table& table) {
  if (table.rows.size() < 2) return {false, "no second row"};
  std::size_t vocabulary = 0, continued = 0;
  for (std::size_t c = 0; c < table.rows[1].cells.size(); ++c) {
    const std::string sub = fold(cell_at(table, 1, c));
    if (sub == "response" || sub == "open-ended response") ++vocabulary;
    if (!sub.empty() && collapse_spaces(cell_at(table, 0, c)).empty() && c > 0) ++continued;
  }
  if (vocabulary >= 2 || (vocabulary == 1 && continued >= 1))
    return {true, "row 2 holds SurveyMonkey sub-headers (`Response`, `Open-Ended Response`) under question blocks "
                  "titled once in row 1: 2 header rows (no metadata columns)"};
  return {false, "row 1 does not begin `Respondent ID, Collector ID, Start Date, End Date` and row 2 holds no "
                 "`Response` / `Open-Ended Response` sub-headers"};
}

Signature signature(const Table& table) {
  const char* expected[] = {"respondent id", "collector id", "start date", "end date"};
  for (std::size_t c = 0; c < 4; ++c)
    if (fold(cell_at(table, 0, c)) != expected[c]) return second_row_signature(table);
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
