// Turns the cells of one row of a plain export into its respondent, as build_survey reads
// them, for ingest's second streamed pass: what a counted answer adds is worked out once
// per distinct answer; free-text cells are read as they come. Internal to
// ingest/streamed_export.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/column_labels.hpp"
#include "layouts/survey_plan.hpp"
#include "model/survey.hpp"

namespace canvass {

class RowRespondent {
 public:
  // `settled[c]`: column c was not counted (free text), its cells are read as they come.
  RowRespondent(const SurveyPlan& plan, const SurveyReader& reader, std::vector<char> settled);

  std::size_t width() const { return settled_.size(); }

  // Takes cell `c` of the current row.
  void take_cell(std::size_t c, std::string_view text);

  enum class Built { skipped, wrong_width, respondent };
  // The respondent of the row whose `fields` cells were taken, beginning at `line`: a
  // blank row is skipped as build_survey skips it; a row of another width needs the
  // general path.
  Built build(std::size_t fields, std::size_t line, Respondent& into);

 private:
  // What one cell adds to its respondent, worked out once per distinct answer.
  struct CellEffect {
    bool blank = true;  // collapses to nothing (the row is blank if every cell is)
    Respondent adds;    // answers, attributes, comments, external_id, submitted_at
    std::string type;   // the row's response type after this cell, when it was "response"
  };
  const CellEffect& effect_of(std::size_t c, std::uint32_t id);

  const SurveyPlan& plan_;
  const SurveyReader& reader_;
  std::vector<char> settled_;
  std::vector<ColumnLabels> labels_;                             // counted columns' answers, interned again
  std::vector<std::vector<std::optional<CellEffect>>> effects_;  // [column][label]
  std::vector<const CellEffect*> row_effects_;
  std::vector<std::string> row_text_;  // settled columns: the cell as read
  Respondent scratch_;                 // what a settled column's cell adds
};

}  // namespace canvass
