#include "layouts/jisc_layout.hpp"

#include <map>

#include "header/header.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

Signature signature(const Table& table) {
  if (table.rows.empty()) return {false, "no header row"};
  bool started = false, completed = false;
  std::size_t numbered = 0;
  for (const auto& h : table.rows[0].cells) {
    started = started || fold(h) == "started";
    completed = completed || fold(h) == "completed";
    if (grammar::parse_numbered_header(h)) ++numbered;
  }
  if (!started || !completed || numbered == 0)
    return {false, "row 1 lacks `Started`, `Completed` and numbered questions (`1. …`)"};
  return {true, "row 1 has `Started`, `Completed` and numbered questions (`1. …`)"};
}

Result<SurveyPlan> plan(const Table& table) {
  SurveyPlan p;
  p.platform = "jisc";
  const auto& header = table.rows[0].cells;
  p.columns.resize(header.size());
  std::map<std::string, std::vector<std::size_t>> sub_columns;  // question number -> columns
  for (std::size_t c = 0; c < header.size(); ++c) {
    auto n = grammar::parse_numbered_header(header[c]);
    if (!n) continue;
    ColumnPlan& col = p.columns[c];
    const std::string number = n->number.substr(0, n->number.find('.'));
    col.role = ColumnRole::answer;
    col.question = "Q" + number;
    col.item_code = "Q" + n->number;
    col.question_text = n->text;
    sub_columns[number].push_back(c);
  }
  for (const auto& [number, columns] : sub_columns) {
    if (columns.size() < 2) continue;
    std::vector<std::string> texts;
    for (std::size_t c : columns) texts.push_back(p.columns[c].question_text);
    auto stem = shared_stem(texts, " - ");
    for (std::size_t i = 0; i < columns.size(); ++i) {
      ColumnPlan& col = p.columns[columns[i]];
      if (stem) {
        col.item_text = collapse_spaces(texts[i].substr(stem->size() + 3));
        col.question_text = *stem;
      } else {
        col.item_text = texts[i];
      }
    }
  }
  plan_question_columns(header, p);  // the metadata columns, by name
  p.notes.push_back("layout inferred, not confirmed: numbered question headers, sub-questions \"2.1. Question - Statement\"");
  return p;
}

}  // namespace

Layout jisc_layout() { return {"jisc", "Jisc Online Surveys (inferred: numbered headers)", signature, plan}; }

}  // namespace canvass
