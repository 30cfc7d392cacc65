// Chooses the layout for a table (or takes the user's --platform) and reads it.
#pragma once

#include <string>

#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"
#include "sources/table.hpp"

namespace canvass {

// The platform whose signature the table carries: "google-forms", or "generic".
std::string detect_platform(const Table& table);

// Reads the table with the layout of `platform` ("" = detect).
Result<Survey> read_survey(const Table& table, const ScaleVocabulary& vocabulary, const std::string& platform = "");

}  // namespace canvass
