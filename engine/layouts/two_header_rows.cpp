#include "layouts/two_header_rows.hpp"

#include "header/header.hpp"
#include "layouts/metadata_columns.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

bool every_answer_is(const Table& table, std::size_t column, const std::string& label) {
  const std::string want = fold(label);
  bool any = false;
  for (std::size_t r = 2; r < table.rows.size(); ++r) {
    const std::string v = fold(cell_at(table, r, column));
    if (v.empty()) continue;
    if (v != want) return false;
    any = true;
  }
  return any;
}

}  // namespace

void plan_two_header_rows(const Table& table, SurveyPlan& plan, bool numbered) {
  const auto& top = table.rows[0].cells;
  plan.header_rows = 2;
  plan.columns.resize(top.size());
  std::string question, question_text, last_head;
  std::size_t questions = 0, items = 0;
  for (std::size_t c = 0; c < top.size(); ++c) {
    ColumnPlan& p = plan.columns[c];
    const std::string head = collapse_spaces(top[c]);
    const std::string sub = collapse_spaces(cell_at(table, 1, c));
    if (!head.empty() && sub.empty()) {
      if (auto meta = metadata_column(head)) {
        plan_metadata_column(p, *meta);
        question.clear();
        last_head.clear();
        continue;
      }
    }
    if (!head.empty() && head != last_head) {  // a new block (a repeated title continues it)
      last_head = head;
      question_text = head;
      question = std::to_string(++questions).insert(0, 1, 'Q');
      if (numbered)
        if (auto n = grammar::parse_numbered_header(head)) {
          question_text = n->text;
          question = "Q" + n->number;
        }
      items = 0;
    }
    if (question.empty()) continue;  // blank columns before any question
    p.question = question;
    p.question_text = question_text;
    p.role = ColumnRole::answer;
    const std::string s = fold(sub);
    if (s == "response" || s.empty()) {
      p.item_code = question;
    } else if (s == "open-ended response" || s.starts_with("other (please specify)") || s == "other") {
      // a comment box: the question's free text when it is alone, else its "other" text
      const bool alone = c + 1 >= top.size() || !collapse_spaces(top[c + 1]).empty();
      const bool first = !collapse_spaces(top[c]).empty();
      p.role = (alone && first) ? ColumnRole::answer : ColumnRole::other_text;
      p.item_code = question;
    } else if (every_answer_is(table, c, sub)) {  // a multi-select choice: ticked = its own label
      p.shape = CellShape::flag;
      p.choice = sub;
    } else {  // a matrix row
      p.item_code = question + "_" + std::to_string(++items);
      p.item_text = sub;
    }
  }
}

}  // namespace canvass
