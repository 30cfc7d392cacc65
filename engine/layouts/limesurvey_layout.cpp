#include "layouts/limesurvey_layout.hpp"

#include <cctype>
#include <map>
#include <set>

#include "header/header.hpp"
#include "layouts/limesurvey_labels.hpp"
#include "layouts/metadata_columns.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

Signature signature(const Table& table) {
  auto begins = [&](std::initializer_list<const char*> expected) {
    std::size_t c = 0;
    for (const char* e : expected)
      if (fold(cell_at(table, 0, c++)) != e) return false;
    return true;
  };
  if (begins({"id", "submitdate", "lastpage", "startlanguage"}))
    return {true, "header begins `id, submitdate, lastpage, startlanguage` (code headings)"};
  if (begins({"response id", "date submitted", "last page", "start language"}))
    return {true, "header begins `Response ID, Date submitted, Last page, Start language` (full-text headings)"};
  return {false, "header does not begin `id, submitdate, lastpage, startlanguage` or its full-text form"};
}

bool multiple_choice_values(const Table& table, const std::vector<std::size_t>& columns) {
  bool any = false;
  for (std::size_t r = 1; r < table.rows.size(); ++r)
    for (std::size_t c : columns) {
      const std::string v = fold(cell_at(table, r, c));
      if (v.empty()) continue;
      if (v != "y" && v != "yes") return false;
      any = true;
    }
  return any;
}

// Every answer in the column is a LimeSurvey answer code (A1, AO01, M, F, Y, N): a closed
// question whose labels are in the .lss, however few answered — never free text.
bool answer_codes_only(const Table& table, std::size_t column) {
  bool any = false, letters = false;
  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const std::string v = collapse_spaces(cell_at(table, r, column));
    if (v.empty()) continue;
    if (v.size() > 5) return false;
    std::size_t i = 0;
    while (i < v.size() && std::isalpha(static_cast<unsigned char>(v[i]))) ++i;
    const std::size_t alpha = i;
    while (i < v.size() && std::isdigit(static_cast<unsigned char>(v[i]))) ++i;
    if (i != v.size() || alpha > 3) return false;
    letters = letters || alpha > 0;
    any = true;
  }
  return any && letters;
}

Result<SurveyPlan> plan(const Table& table) {
  SurveyPlan p;
  p.platform = "limesurvey";
  p.blank_submit_is_incomplete = true;
  p.null_is_not_shown = true;
  const auto& header = table.rows[0].cells;
  p.columns.resize(header.size());
  std::set<std::string> codes;
  for (const auto& h : header)
    if (auto code = grammar::parse_limesurvey_code(h)) codes.insert(code->code);
  std::map<std::string, std::vector<std::size_t>> subquestions;  // code -> [SQ] columns
  std::size_t full_text = 0;
  for (std::size_t c = 0; c < header.size(); ++c) {
    ColumnPlan& col = p.columns[c];
    const std::string h = collapse_spaces(header[c]);
    if (auto meta = metadata_column(h)) {
      col.planned = true;
      plan_metadata_column(col, *meta, false);
      continue;
    }
    // Timings: interviewtime, groupTime123, Q1Time.
    if (h.starts_with("groupTime") || (h.ends_with("Time") && codes.count(h.substr(0, h.size() - 4)))) {
      col.planned = true;
      continue;
    }
    auto code = grammar::parse_limesurvey_code(h);
    if (!code) {
      ++full_text;
      continue;  // planned below as full-text headings
    }
    col.role = ColumnRole::answer;
    col.question = code->code;
    col.question_text = code->code;
    col.item_code = h;
    if (answer_codes_only(table, c)) col.kind = QuestionKind::single;
    if (code->subs.empty()) continue;
    const std::string& sub = code->subs.front();
    if (sub == "other" || sub == "comment") {
      col.role = ColumnRole::other_text;
      continue;
    }
    col.item_text = code->subs.size() == 2 ? sub + " [" + code->subs[1] + "]" : sub;
    subquestions[code->code].push_back(c);
  }
  for (const auto& [code, columns] : subquestions)
    if (multiple_choice_values(table, columns))
      for (std::size_t c : columns) {
        p.columns[c].shape = CellShape::flag;
        p.columns[c].choice = p.columns[c].item_text;
        p.columns[c].item_text.clear();
      }
  if (full_text > 0) {
    plan_question_columns(header, p);
    p.notes.push_back("full question text headings: `Question [Subquestion]`");
    if (!companion_lss_paths(table.path).empty())
      p.notes.push_back("a .lss is beside the export, but it labels code headings and these are full question "
                        "text: the .lss is not used");
  } else {
    p.notes.push_back("question code headings: `code`, `code[SQ001]`, `code[SQ001][1]`");
    label_from_companion_structure(table.path, header, p);
  }
  p.notes.push_back("a response without submitdate is flagged incomplete");
  p.notes.push_back(table.quotes_every_value
                        ? "an unquoted empty field is NULL, a question not shown: no answer is recorded; "
                          "\"\" is a question shown and left unanswered (missing)"
                        : "some values are unquoted (the file was re-saved?), so NULL and \"\" cannot be told "
                          "apart: every empty field reads as unanswered (missing)");
  return p;
}

}  // namespace

Layout limesurvey_layout() { return {"limesurvey", "LimeSurvey response export", signature, plan}; }

}  // namespace canvass
