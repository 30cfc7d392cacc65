#include "layouts/google_forms_layout.hpp"

#include <cctype>

#include "header/header.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

Signature signature(const Table& table) {
  if (fold(cell_at(table, 0, 0)) != "timestamp") return {false, "header cell 1 is not `Timestamp`"};
  return {true, "header cell 1 is `Timestamp`"};
}

Result<SurveyPlan> plan(const Table& table) {
  SurveyPlan p;
  p.platform = "google-forms";
  p.columns.resize(table.rows[0].cells.size());
  p.columns[0].role = ColumnRole::submitted_at;
  plan_question_columns(table.rows[0].cells, p, 1);
  if (is_google_forms_direct_download(table)) {
    p.joined_separator = ";";
    p.notes.push_back("timestamps carry a time zone: Forms' direct download, checkboxes joined with ';'");
  } else {
    p.joined_separator = ", ";
    p.notes.push_back("timestamps without a zone: the Sheets download, checkboxes joined with ', '");
  }
  return p;
}

}  // namespace

bool is_google_forms_direct_download(const Table& table) {
  // "2013/10/16 8:24:52 PM GMT", "2022/06/22 11:07:29 AM AST": a letters-only zone at the end.
  const std::string& t = cell_at(table, 1, 0);
  const auto space = t.rfind(' ');
  if (space == std::string::npos || space + 1 >= t.size()) return false;
  const std::string zone = t.substr(space + 1);
  for (char c : zone)
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  return zone.size() >= 2 && zone != "AM" && zone != "PM";
}

Layout google_forms_layout() {
  return {"google-forms", "Google Forms (Sheets download or direct download)", signature, plan};
}

}  // namespace canvass
