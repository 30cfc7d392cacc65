// Detection as a pipeline of small, printable steps (after sources/ has settled the
// container, encoding and dialect): each platform's signature is tried in a fixed
// order, the first that matches chooses the layout, and the layout's plan says how many
// header rows there are. `inspect` prints every step; --platform skips detection.
#pragma once

#include <string>
#include <vector>

#include "layouts/layout.hpp"
#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"
#include "sources/table.hpp"

namespace canvass {

// The layouts in detection order; the generic one-header-row layout is last.
const std::vector<Layout>& layouts();

// The names --platform accepts, comma separated.
std::string known_platforms();

struct DetectionStep {
  std::string platform;
  Signature signature;
};

struct Detection {
  std::string platform;             // the layout chosen
  bool chosen_by_user = false;      // --platform
  std::vector<DetectionStep> steps;  // signatures tried, in order, up to the match
};

Detection detect(const Table& table);

// The platform whose signature the table carries ("generic" when none does).
std::string detect_platform(const Table& table);

// How many header rows the table's layout reads (Qualtrics 3, SurveyMonkey 2, most 1), from
// the header and the first rows alone, as a streamed pass needs to know before it counts.
// With `platform` ("" = detect) as read_survey_explained would choose it; 1 when no layout
// can plan the rows.
std::size_t header_rows_of(const Table& first_rows, const std::string& platform = "");

// A survey read, with how it was read.
struct SurveyReading {
  Detection detection;
  SurveyPlan plan;
  Survey survey;
};

// Reads the table with the layout of `platform` ("" = detect), keeping the detection
// steps and the plan for `inspect`.
Result<SurveyReading> read_survey_explained(const Table& table, const ScaleVocabulary& vocabulary,
                                            const std::string& platform = "");

Result<Survey> read_survey(const Table& table, const ScaleVocabulary& vocabulary, const std::string& platform = "");

}  // namespace canvass
