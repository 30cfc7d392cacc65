// Turns files that carry their own metadata (SPSS .sav, Triple-S) into a Survey: variables
// with value labels and user-missing codes, and cases of coded values. Scales are
// recognised from the value labels, and Likert variables that belong together become grids.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

#include "model/error.hpp"
#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"

namespace canvass {

struct CodedVariable {
  enum class Role {
    coded,    // a closed question: codes, usually with value labels
    numeric,  // a number without labels (a quantity)
    text,     // free text: comments
    multi,    // several codes per case (Triple-S multiple)
    id,       // the respondent's identifier
    when,     // the submission time (already ISO text)
    ignored,  // weights and anything else that is not an answer
  };
  std::string name;   // the question code
  std::string label;  // the question text
  Role role = Role::coded;
  std::vector<std::pair<std::string, std::string>> value_labels;  // code -> label, file order
  std::vector<std::string> missing_codes;  // user-defined missing codes among value_labels (or seen)
  std::vector<std::pair<double, double>> missing_ranges;  // SPSS user-missing values and ranges, labelled or not
  std::size_t column = 0;  // 1-based position in the file, for items
};

// One case: per variable, the codes it holds (one for most roles, several for multi,
// none when missing). Values are codes as text ("1", "9"), or the text itself.
struct CodedCase {
  std::size_t line = 0;
  std::vector<std::vector<std::string>> values;
};

// A survey read straight from a file that describes itself, with what it was read as.
struct SurveyFile {
  Survey survey;
  std::string container;  // "sav", "triple-s"
  std::string encoding;   // of the text inside (declared by the file)
};

// A numeric code as SPSS shows it: whole numbers without ".0" ("1", "-99"), else up to
// 15 significant digits ("2.5").
std::string code_text(double value);

// What a coded file hands over as it is read, the streamed interface of .sav and Triple-S
// (as RowSink is of tables): its variables once all are known, before any value, then
// each case's values in order. A case's values may come in several calls for a variable
// holding several codes (multi); an empty value is a missing one.
class CodedSink {
 public:
  virtual ~CodedSink() = default;
  virtual Status variables(const std::vector<CodedVariable>& variables) = 0;
  // Case `case_index` begins at `line` of the data file (Triple-S); a reader that only
  // numbers its cases (SPSS) does not call it, and the line is the case's number.
  virtual Status begin_case(std::size_t /*case_index*/, std::size_t /*line*/) { return Ok{}; }
  // Case `case_index` (0-based, rising), variable `variable` (0-based); the view lives
  // only during the call.
  virtual Status value(std::size_t case_index, std::size_t variable, std::string_view value) = 0;
  // A numeric code (SPSS), handed over without making text of it; by default as its text.
  virtual Status number(std::size_t case_index, std::size_t variable, double value) {
    return this->value(case_index, variable, code_text(value));
  }
  // False for a variable whose values this sink does not need: they are not handed over
  // (nor decoded, where the container can skip them).
  virtual bool wants(std::size_t /*variable*/) const { return true; }
};

// What a streamed coded file was read as.
struct CodedFileInfo {
  std::string container;  // "sav", "triple-s"
  std::string encoding;   // of the text inside (declared by the file)
  std::size_t cases = 0;
  std::string data_path;  // where the cases are when not in the file itself (Triple-S)
};

// Collects a streamed coded file into cases, for build_coded_survey (the whole-file path,
// where a layout or option needs every respondent at once).
class CodedCases : public CodedSink {
 public:
  Status variables(const std::vector<CodedVariable>& v) override {
    variables_ = v;
    return Ok{};
  }
  Status begin_case(std::size_t case_index, std::size_t line) override {
    reach(case_index);
    cases_[case_index].line = line;
    return Ok{};
  }
  Status value(std::size_t case_index, std::size_t variable, std::string_view value) override {
    reach(case_index);
    if (!value.empty() && variable < variables_.size()) cases_[case_index].values[variable].emplace_back(value);
    return Ok{};
  }
  const std::vector<CodedVariable>& variables() const { return variables_; }
  std::vector<CodedCase>& cases() { return cases_; }

 private:
  void reach(std::size_t case_index) {
    while (cases_.size() <= case_index) {
      cases_.push_back(CodedCase{cases_.size() + 1, {}});
      cases_.back().values.resize(variables_.size());
    }
  }
  std::vector<CodedVariable> variables_;
  std::vector<CodedCase> cases_;
};

// The questions of a coded file and how each case becomes a respondent: the streamed path
// reads cases one at a time through it, and build_coded_survey reads them all. The plan is
// decided from the variables and `judged_by` (cases whose answers show a labelled string or
// a personal variable: all of them on the whole-file path, the distinct codes when streamed).
class CodedReader {
 public:
  CodedReader(const std::vector<CodedVariable>& variables, const std::vector<CodedCase>& judged_by,
              const ScaleVocabulary& vocabulary);
  CodedReader(CodedReader&&) noexcept;
  ~CodedReader();
  // The questions; a closed question without a scale gains its choices as cases show them.
  const std::vector<Question>& questions() const;
  // Variables held back as personal attributes (never questions).
  const std::vector<PersonalField>& personal() const;
  void read(const CodedCase& c, Respondent& into);

 private:
  struct Plan;
  std::unique_ptr<Plan> plan_;
};

// Builds the survey. User-missing codes with a label become non-substantive scale levels
// (a "Don't know" is an answer left out of the valid n); without a label their answer
// keeps the code as raw text and has no level.
Survey build_coded_survey(const std::vector<CodedVariable>& variables, const std::vector<CodedCase>& cases,
                          const ScaleVocabulary& vocabulary, const std::string& platform);

// "Question - Statement" / "Question: Statement" split of a variable label, if any.
std::optional<std::pair<std::string, std::string>> split_label_stem(std::string_view label);
// "train_1" -> "train", "Q2_3" -> "Q2", "q5.2" -> "q5", "Q_SQ001" -> "Q"; empty when the
// name has no numbered item after a '_' or '.' ("Q12" is a question number, not an item).
std::string name_stem(std::string_view name);

// A date variable named like the time a response was submitted ("submitdate", "EndDate").
bool looks_like_submission_time(std::string_view name);

}  // namespace canvass
