// A LimeSurvey survey structure file (.lss, XML): the question codes, types and wording,
// each subquestion's wording and the answer labels a code export leaves out, in the
// survey's base language. Reads both layouts LimeSurvey writes: text inline with a
// `language` column (DBVersion < 400, LimeSurvey 3 and before) and the *_l10ns tables.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"

namespace canvass {

struct LimeSurveyAnswerOption {
  std::string code;   // what a code export writes: "A1", "AO01", "1"
  std::string label;  // the answer's text in the base language
};

struct LimeSurveySubquestion {
  std::string code;  // its title: `SQ001` of `train[SQ001]`
  std::string text;
  int scale = 0;  // 1: a column of an array of numbers/texts (`Q[SQ001_SQ002]`)
};

struct LimeSurveyQuestion {
  std::string code;  // its title, the code heading: `role`, `train`
  std::string type;  // LimeSurvey's one-character type: "L" list, "F" array, "1" dual scale, "T" long text
  std::string text;
  bool has_other = false;                          // `other` = Y: an "Other" choice and `[other]` column
  std::vector<LimeSurveySubquestion> subquestions;  // in question_order
  std::map<int, std::vector<LimeSurveyAnswerOption>> answers;  // by scale_id, in sortorder
  std::string scale_headers[2];  // a dual-scale array's dualscale_headerA / B, when set

  const LimeSurveySubquestion* subquestion(std::string_view code, int scale = 0) const;
};

struct LimeSurveyStructure {
  std::string path;
  int db_version = 0;
  std::string survey_id;  // <surveys> sid
  std::string language;   // the base language every text was taken in
  std::string title;      // the survey's title in that language
  std::vector<LimeSurveyQuestion> questions;  // top-level questions, in the file's order

  const LimeSurveyQuestion* question(std::string_view code) const;
};

// Parses .lss bytes; `path` names the file in errors, which carry line and column. The
// document must be a LimeSurvey survey (<LimeSurveyDocType>Survey); a DOCTYPE is refused
// and nothing outside the document is ever read.
Result<LimeSurveyStructure> parse_limesurvey_structure(std::string_view bytes, const std::string& path);

// Reads and parses the .lss at `path` (at most 64 MiB).
Result<LimeSurveyStructure> read_limesurvey_structure(const std::string& path);

}  // namespace canvass
