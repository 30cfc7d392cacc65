#include "layouts/question_drafts.hpp"

#include <algorithm>
#include <unordered_set>

#include "layouts/column_classifier.hpp"
#include "layouts/multi_select.hpp"
#include "text/fold.hpp"

namespace canvass {


std::string label_of(const SurveyPlan& plan, const std::string& question, const std::string& cell) {
  auto q = plan.value_labels.find(question);
  if (q == plan.value_labels.end()) return cell;
  auto l = q->second.find(collapse_spaces(cell));
  return l == q->second.end() ? cell : l->second;
}

// The value_labels key of column `c` of a question coded `question`.
const std::string& labels_key(const SurveyPlan& plan, std::size_t c, const std::string& question) {
  return plan.columns[c].labels.empty() ? question : plan.columns[c].labels;
}

std::vector<std::string> cells_of(const Table& table, const SurveyPlan& plan, const std::vector<std::size_t>& columns,
                                  const std::string& question) {
  std::vector<std::string> cells;
  for (std::size_t r = plan.header_rows; r < table.rows.size(); ++r)
    for (std::size_t c : columns)
      if (c < table.rows[r].cells.size())
        cells.push_back(label_of(plan, labels_key(plan, c, question), table.rows[r].cells[c]));
  return cells;
}

std::size_t add_choice(Draft& d, const std::string& choice) {
  auto [it, fresh] = d.item_of_choice.emplace(fold(choice), d.question.items.size());
  if (fresh) {
    d.question.items.push_back({d.question.code + "_" + std::to_string(d.question.items.size() + 1), choice, 0});
    d.question.choices.push_back(choice);
  }
  return it->second;
}

// Decides the kind, items and scale of one question from its columns' answers.
void classify(Draft& d, const Table& table, const SurveyPlan& plan, const ScaleVocabulary& vocabulary) {
  const auto& cols = plan.columns;
  const bool any_flag = std::any_of(d.columns.begin(), d.columns.end(),
                                    [&](std::size_t c) { return cols[c].shape == CellShape::flag; });
  const bool any_joined = std::any_of(d.columns.begin(), d.columns.end(),
                                      [&](std::size_t c) { return cols[c].shape == CellShape::joined; });
  Question& q = d.question;
  if (any_flag) {  // one column per choice: the choices are the columns
    d.multi = true;
    q.kind = QuestionKind::multi;
    for (std::size_t c : d.columns) {
      if (cols[c].shape != CellShape::flag) continue;  // a summary column beside the flags
      const std::size_t item = add_choice(d, cols[c].choice);
      q.items[item].column = c + 1;
    }
    return;
  }
  // value columns: one item per statement
  for (std::size_t c : d.columns) {
    std::size_t item = q.items.size();
    for (std::size_t i = 0; i < q.items.size(); ++i)
      if (q.items[i].code == cols[c].item_code) item = i;
    if (item == q.items.size()) q.items.push_back({cols[c].item_code, d.split ? std::string() : cols[c].item_text, c + 1});
    d.item_of_column[c] = item;
  }
  if (d.text_only) {  // the platform says free text (a Qualtrics text entry, a form's text field)
    q.kind = QuestionKind::text;
    return;
  }
  const std::vector<std::string> cells = cells_of(table, plan, d.columns, q.code);
  const bool forced_multi = any_joined || q.kind == QuestionKind::multi;
  if (!forced_multi) {
    const bool said_closed = q.kind == QuestionKind::single;  // the platform's own question type
    ColumnVerdict verdict = classify_answers(q.text, cells, vocabulary);
    if (said_closed && verdict.kind == QuestionKind::text &&
        std::unordered_set<std::string>(cells.begin(), cells.end()).size() <= kMaxChoices) {
      // however few answered, it offered choices
      verdict.kind = QuestionKind::single;
      for (const auto& cell : cells)
        if (const std::string a = collapse_spaces(cell);
            !a.empty() && std::find(verdict.choices.begin(), verdict.choices.end(), a) == verdict.choices.end())
          verdict.choices.push_back(a);
    }
    const bool closed = verdict.kind == QuestionKind::likert || verdict.kind == QuestionKind::numeric;
    if (closed || plan.joined_separator.empty() || q.items.size() > 1 ||
        !looks_multi_select(cells, plan.joined_separator)) {
      q.kind = verdict.kind;
      q.choices = std::move(verdict.choices);
      if (verdict.scale) {
        q.scale = verdict.scale->scale;
        d.match = std::move(verdict.scale);
      }
      return;
    }
  }
  // joined choices: the items become the choices, in first-seen order
  d.multi = true;
  d.separator = plan.joined_separator.empty() ? std::string(" ") : plan.joined_separator;
  q.kind = QuestionKind::multi;
  const std::size_t column = q.items.empty() ? 0 : q.items.front().column;
  q.items.clear();
  q.choices.clear();
  for (const auto& cell : cells)  // codes are labelled one choice at a time
    for (const auto& choice : split_choices(cell, d.separator)) add_choice(d, label_of(plan, q.code, choice));
  for (auto& item : q.items) item.column = column;
}

// Microsoft Forms: adjacent single-column Likert questions on one scale family become
// one grid, when the union of their answers is still one scale.
void merge_adjacent_likert(std::vector<Draft>& drafts, const Table& table, const SurveyPlan& plan,
                           const ScaleVocabulary& vocabulary) {
  std::vector<Draft> merged;
  for (std::size_t i = 0; i < drafts.size();) {
    std::size_t j = i + 1;
    auto single_likert = [&](const Draft& d) {
      return d.question.kind == QuestionKind::likert && d.question.items.size() == 1 && d.other_columns.empty();
    };
    std::optional<ScaleMatch> pooled;
    if (single_likert(drafts[i])) {
      std::vector<std::size_t> columns = drafts[i].columns;
      while (j < drafts.size() && single_likert(drafts[j]) &&
             drafts[j].question.scale->family == drafts[i].question.scale->family) {
        std::vector<std::size_t> more = columns;
        more.insert(more.end(), drafts[j].columns.begin(), drafts[j].columns.end());
        std::vector<std::string> cells;
        for (std::size_t r = plan.header_rows; r < table.rows.size(); ++r)
          for (std::size_t c : more)
            if (c < table.rows[r].cells.size()) cells.push_back(table.rows[r].cells[c]);
        auto m = vocabulary.recognise(cells);
        if (!m) break;
        pooled = std::move(m);
        columns = std::move(more);
        ++j;
      }
    }
    if (j == i + 1 || !pooled) {
      merged.push_back(std::move(drafts[i]));
      i = j == i + 1 ? i + 1 : j;
      continue;
    }
    Draft grid;
    grid.question.code = drafts[i].question.code;
    grid.question.text = "Statements rated on one " + pooled->scale.family + " scale";
    grid.question.kind = QuestionKind::likert;
    grid.question.scale = pooled->scale;
    grid.match = std::move(pooled);
    for (std::size_t k = i; k < j; ++k) {
      for (std::size_t c : drafts[k].columns) {
        grid.columns.push_back(c);
        grid.item_of_column[c] = grid.question.items.size();
      }
      Item item = drafts[k].question.items[0];
      if (item.text.empty()) item.text = drafts[k].question.text;  // the column's title is the statement
      item.code = grid.question.code + "_" + std::to_string(grid.question.items.size() + 1);
      grid.question.items.push_back(std::move(item));
      grid.other_columns.insert(grid.other_columns.end(), drafts[k].other_columns.begin(), drafts[k].other_columns.end());
    }
    merged.push_back(std::move(grid));
    i = j;
  }
  drafts = std::move(merged);
}

// Grids grouped by a header prefix alone stay grids only when their answers share one
// Likert scale; otherwise each column becomes its own question titled by its statement.
void split_tentative_grids(std::vector<Draft>& drafts, const Table& table, const SurveyPlan& plan,
                           const ScaleVocabulary& vocabulary) {
  std::vector<Draft> out;
  for (auto& d : drafts) {
    const bool tentative = d.columns.size() > 1 && std::all_of(d.columns.begin(), d.columns.end(), [&](std::size_t c) {
                             return plan.columns[c].tentative_grid && plan.columns[c].shape == CellShape::value;
                           });
    if (!tentative || vocabulary.recognise(cells_of(table, plan, d.columns, d.question.code))) {
      out.push_back(std::move(d));
      continue;
    }
    for (std::size_t c : d.columns) {
      Draft one;
      one.question.code = plan.columns[c].item_code;
      one.question.text = plan.columns[c].item_text.empty() ? d.question.text : plan.columns[c].item_text;
      if (plan.columns[c].kind) one.question.kind = *plan.columns[c].kind;
      one.columns.push_back(c);
      one.split = true;
      out.push_back(std::move(one));
    }
    if (!d.other_columns.empty()) out.back().other_columns = d.other_columns;
  }
  drafts = std::move(out);
}

// Gives every level the platform's code for it, where value labels supplied one.
void attach_codes(Draft& d, const SurveyPlan& plan) {
  Question& q = d.question;
  if (!q.scale) return;
  std::vector<std::string> keys{q.code};
  for (std::size_t c : d.columns)
    if (std::find(keys.begin(), keys.end(), labels_key(plan, c, q.code)) == keys.end())
      keys.push_back(labels_key(plan, c, q.code));
  for (const auto& key : keys) {
    auto labels = plan.value_labels.find(key);
    if (labels == plan.value_labels.end()) continue;
    for (auto& level : q.scale->levels)
      for (const auto& [code, label] : labels->second)
        if (fold(label) == fold(level.label)) level.code = code;
  }
}

}  // namespace canvass
