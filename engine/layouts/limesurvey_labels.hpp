// How a LimeSurvey structure file (.lss) labels a response export written with question
// and answer codes: which .lss belongs beside an export, whether it describes the export's
// code headings, and the question texts, statement texts and answer labels it gives.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "layouts/limesurvey_structure.hpp"
#include "layouts/survey_plan.hpp"

namespace canvass {

// The survey id in LimeSurvey's own export name: "results-survey<SID>.csv" (a browser's
// " (1)" after the id allowed), or nothing for any other name.
std::optional<std::string> survey_id_in_export_name(const std::string& data_path);

// The .lss files that may describe the export at `data_path`, in the order tried and only
// those present: "<stem>.lss" beside "<stem>.csv", then "limesurvey_survey_<SID>.lss" beside
// "results-survey<SID>.csv" (the names LimeSurvey downloads them under).
std::vector<std::string> companion_lss_paths(const std::string& data_path);

// Whether the .lss at `lss_path` has an export beside it that it would label (by name: the
// partners companion_lss_paths looks for), so a folder of sources reads it with that export.
bool labels_an_export_beside_it(const std::string& lss_path);

// The code headings (`role`, `train[SQ001]`, `Q00[SQ001][1]`, `M3[other]`) of the answer
// and other-text columns in `plan` that `structure` does not know; empty when it describes
// them all.
std::vector<std::string> headings_not_described(const LimeSurveyStructure& structure,
                                                const std::vector<std::string>& header, const SurveyPlan& plan);

// Gives the answer and other-text columns of a code-heading plan their question texts,
// statement texts, kinds and value labels from `structure`.
void label_from_structure(const LimeSurveyStructure& structure, const std::vector<std::string>& header,
                          SurveyPlan& plan);

// Finds the .lss beside the export at `data_path`, reads it, checks it describes the
// export, and labels `plan` from the first that does; `plan.notes` say what was found,
// used or passed over and why. A .lss that cannot be read never stops the export being read.
void label_from_companion_structure(const std::string& data_path, const std::vector<std::string>& header,
                                    SurveyPlan& plan);

}  // namespace canvass
