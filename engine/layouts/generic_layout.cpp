#include "layouts/generic_layout.hpp"

#include <optional>

#include "text/fold.hpp"

namespace canvass {

namespace {

Signature signature(const Table& table) {
  return {!table.rows.empty(), "one header row of question titles (no platform signature matched)"};
}

// Row 2 read as a respondent although it looks like a second header row: it repeats row
// 1's titles, or holds Qualtrics ImportIds / labels, or no cell of it is a number while
// row 3's are. Said in inspect with the --platform to try.
std::optional<std::string> second_header_hint(const Table& table) {
  if (table.rows.size() < 2) return std::nullopt;
  const auto& top = table.rows[0].cells;
  std::size_t same = 0, filled = 0;
  for (std::size_t c = 0; c < top.size(); ++c) {
    const std::string sub = collapse_spaces(cell_at(table, 1, c));
    if (sub.empty()) continue;
    ++filled;
    if (sub.find("ImportId") != std::string::npos)
      return std::string("row 2 holds Qualtrics ImportIds: a Qualtrics export? try --platform qualtrics");
    if (fold(sub) == fold(collapse_spaces(top[c]))) ++same;
  }
  if (filled >= 2 && same * 2 >= filled)
    return std::string("row 2 repeats row 1's titles: a second header row, read here as a respondent; remove it "
                       "or try --platform surveymonkey / --platform qualtrics-legacy");
  return std::nullopt;
}

Result<SurveyPlan> plan(const Table& table) {
  SurveyPlan p;
  p.platform = "generic";
  plan_question_columns(table.rows[0].cells, p);
  p.notes.push_back("header row 1 holds the question titles");
  if (auto hint = second_header_hint(table)) p.notes.push_back(*hint);
  return p;
}

}  // namespace

Layout generic_layout() { return {"generic", "one header row of question titles", signature, plan}; }

}  // namespace canvass
