// The layouts with one header row and one column per question or grid statement:
// Google Forms (`Timestamp`, `Question [Statement]` grid columns) and the generic
// fallback. Turns a Table into a Survey.
#pragma once

#include <string>

#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"
#include "sources/table.hpp"

namespace canvass {

// True when the first header cell is "Timestamp" (the Google Forms signature).
bool looks_like_google_forms(const Table& table);

// Reads `table` as a one-header-row export; `platform` is recorded on the survey.
Result<Survey> read_one_header_layout(const Table& table, const ScaleVocabulary& vocabulary,
                                      const std::string& platform);

}  // namespace canvass
