// Repeated column headings (a Qualtrics legacy export writes the same export tag for
// several questions): each repeat of a question's column starts a new question, numbered
// by position ("question_one (2)"), so no column is dropped or merged silently.
#pragma once

#include "layouts/survey_plan.hpp"

namespace canvass {

// Renumbers the questions of `plan` whose columns repeat one already planned (same
// question, statement and choice), and says so in the plan's notes with the columns.
void separate_repeated_columns(SurveyPlan& plan, const std::vector<std::string>& header);

}  // namespace canvass
