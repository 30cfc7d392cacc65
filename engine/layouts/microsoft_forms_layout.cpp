#include "layouts/microsoft_forms_layout.hpp"

#include "text/fold.hpp"

namespace canvass {

namespace {

Signature signature(const Table& table) {
  const char* expected[] = {"id", "start time", "completion time", "email", "name"};
  for (std::size_t c = 0; c < 5; ++c)
    if (fold(cell_at(table, 0, c)) != expected[c])
      return {false, "header does not begin `ID, Start time, Completion time, Email, Name`"};
  return {true, "header begins `ID, Start time, Completion time, Email, Name`"};
}

Result<SurveyPlan> plan(const Table& table) {
  SurveyPlan p;
  p.platform = "microsoft-forms";
  const auto& header = table.rows[0].cells;
  p.columns.resize(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) {
    const std::string h = fold(header[c]);
    // Quiz scoring columns: about marking, not about the respondent's view.
    if (h.rfind("points - ", 0) == 0 || h.rfind("feedback - ", 0) == 0) p.columns[c].planned = true;
  }
  plan_question_columns(header, p);
  p.joined_separator = ";";
  p.merge_adjacent_likert = true;
  p.notes.push_back("adjacent statement columns on one scale are read as one grid question");
  return p;
}

}  // namespace

Layout microsoft_forms_layout() { return {"microsoft-forms", "Microsoft Forms (XLSX table or its CSV save)", signature, plan}; }

}  // namespace canvass
