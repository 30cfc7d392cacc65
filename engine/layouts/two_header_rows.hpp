// The two-header-row block layout SurveyMonkey (and SmartSurvey) use: row 1 holds the
// question text only above the first column of its block (the rest blank, merged cells in
// the workbook; hand-cleaned files may repeat it), row 2 the sub-header of each column:
// `Response`, `Open-Ended Response`, a choice label (multi-select), a row label (matrix)
// or `Other (please specify)`.
#pragma once

#include <cstddef>

#include "layouts/layout.hpp"

namespace canvass {

// Plans every column from `first` on by the block rules; metadata columns (row 1 known,
// row 2 blank) are planned by name. Strips "1. " question numbers when `numbered`.
void plan_two_header_rows(const Table& table, SurveyPlan& plan, bool numbered);

}  // namespace canvass
