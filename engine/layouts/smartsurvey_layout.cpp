#include "layouts/smartsurvey_layout.hpp"

#include "layouts/two_header_rows.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

Signature signature(const Table& table) {
  bool user_no = false, unique_id = false;
  for (const auto& h : table.rows.empty() ? std::vector<std::string>{} : table.rows[0].cells) {
    user_no = user_no || fold(h) == "userno";
    unique_id = unique_id || fold(h) == "unique id";
  }
  if (!user_no || !unique_id) return {false, "row 1 lacks `UserNo` and `Unique ID`"};
  return {true, "row 1 has `UserNo` and `Unique ID`: 2 header rows"};
}

Result<SurveyPlan> plan(const Table& table) {
  SurveyPlan p;
  p.platform = "smartsurvey";
  plan_two_header_rows(table, p, true);
  p.notes.push_back("layout inferred, not confirmed: numbered questions in row 1, matrix rows in row 2");
  return p;
}

}  // namespace

Layout smartsurvey_layout() { return {"smartsurvey", "SmartSurvey (inferred: 2 header rows)", signature, plan}; }

}  // namespace canvass
