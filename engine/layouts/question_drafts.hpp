// Questions as they are assembled from a table's columns before they are stored: each
// question's kind, items and scale decided from its answers (classify), Microsoft Forms'
// adjacent Likert columns joined into one grid, tentative grids split when their answers
// share no scale, and the platform's codes attached to the levels. Internal to
// survey_plan.cpp, which reads rows by these decisions.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "layouts/survey_plan.hpp"
#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"
#include "sources/table.hpp"

namespace canvass {

// One question being assembled from its columns.
struct Draft {
  Question question;
  std::vector<std::size_t> columns;        // value / joined / flag columns, in table order
  std::vector<std::size_t> other_columns;  // other_text columns
  std::optional<ScaleMatch> match;
  bool multi = false;
  std::string separator;  // multi from joined cells
  std::map<std::string, std::size_t> item_of_choice;  // folded choice -> item (multi)
  std::map<std::size_t, std::size_t> item_of_column;  // value columns -> item
  bool text_only = false;  // the platform says the question is free text
  bool split = false;  // one column of a tentative grid that was not a grid after all
};

// The answer a cell stands for: its value label when the plan has one for the question.
std::string label_of(const SurveyPlan& plan, const std::string& question, const std::string& cell);

// The value_labels key of column `c` of a question coded `question`.
const std::string& labels_key(const SurveyPlan& plan, std::size_t c, const std::string& question);

// The answers of `columns` in every data row, through their value labels.
std::vector<std::string> cells_of(const Table& table, const SurveyPlan& plan, const std::vector<std::size_t>& columns,
                                  const std::string& question);

// The item of a multi-select choice, added when new.
std::size_t add_choice(Draft& d, const std::string& choice);

// Decides the kind, items and scale of one question from its columns' answers.
void classify(Draft& d, const Table& table, const SurveyPlan& plan, const ScaleVocabulary& vocabulary);

// Microsoft Forms: adjacent single-column Likert questions on one scale family become one
// grid, when the union of their answers is still one scale.
void merge_adjacent_likert(std::vector<Draft>& drafts, const Table& table, const SurveyPlan& plan,
                           const ScaleVocabulary& vocabulary);

// Grids grouped by a header prefix alone stay grids only when their answers share one
// Likert scale; otherwise each column becomes its own question titled by its statement.
void split_tentative_grids(std::vector<Draft>& drafts, const Table& table, const SurveyPlan& plan,
                           const ScaleVocabulary& vocabulary);

// Gives every level the platform's code for it, where value labels supplied one.
void attach_codes(Draft& d, const SurveyPlan& plan);

}  // namespace canvass
