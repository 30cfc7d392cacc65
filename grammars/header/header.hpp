// Column-header patterns that survey platforms use to name grid statements, sub-questions
// and groups: Google `Question [Statement]`, LimeSurvey `code[SQ001][1]`, Qualtrics tags
// `Q1_2` / ImportIds `QID1_2` and "Question - Statement" labels, Kobo/ODK `group/question`.
// Rules live in header_def.hpp; header.cpp instantiates them once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace canvass::grammar {

// "Question [Statement]": the statement is the last balanced bracket group at the end.
struct BracketHeader {
  std::string question;
  std::string statement;
};
std::optional<BracketHeader> parse_bracket_header(std::string_view header);

// LimeSurvey code heading: `role`, `train[SQ001]`, `dual[SQ001][1]`.
struct LimeSurveyCode {
  std::string code;
  std::vector<std::string> subs;  // 0, 1 or 2 bracketed parts
};
std::optional<LimeSurveyCode> parse_limesurvey_code(std::string_view header);

// Qualtrics ImportId (`QID2_1`, `QID40#1_1`, `QID2_TEXT`, 2016 style `QID4-1-2`) or
// export tag (`Q2_1`, `Q40#1_1`, `1_Q1_1`). `stem` is the question (`QID2`, `Q40#1`).
struct QualtricsId {
  std::string stem;
  std::vector<std::string> parts;  // after the stem, split on '_' (or '-' in 2016 ids)
};
std::optional<QualtricsId> parse_qualtrics_import_id(std::string_view id);
std::optional<QualtricsId> parse_qualtrics_tag(std::string_view tag);

// The value of `"ImportId"` (JSON) or `'ImportId'` (2016 Python-dict) in a Qualtrics row-3
// cell, and its `choiceId` when present.
struct ImportIdCell {
  std::string import_id;
  std::string choice_id;
};
std::optional<ImportIdCell> parse_import_id_cell(std::string_view cell);

// A label split on " - " (Qualtrics row 2: "Question - Statement - Selected Choice").
std::vector<std::string> split_dash_parts(std::string_view label);

// A Kobo/ODK path `group/sub/question` split on `separator` ('/' or '-').
std::vector<std::string> split_path(std::string_view header, char separator);

// A question number in front of the text, "2. ", "2.a. ", "Q2. ", "2.1 ": the number and the rest.
struct NumberedHeader {
  std::string number;  // "2", "2.a", "2.1"
  std::string text;
};
std::optional<NumberedHeader> parse_numbered_header(std::string_view header);

}  // namespace canvass::grammar
