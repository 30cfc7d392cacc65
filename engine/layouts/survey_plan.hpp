// The shared machinery every platform layout uses: a layout only says what each column
// is (a SurveyPlan); build_survey turns the table into questions, items, scales,
// respondents, answers, attributes and comments the same way for every platform.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layouts/metadata_columns.hpp"
#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"
#include "sources/table.hpp"

namespace canvass {

enum class ColumnRole {
  ignored,        // display order, topics, timings: nothing a report uses
  respondent_id,  // the platform's response ID
  submitted_at,   // when the response was submitted, as written
  attribute,      // metadata about the respondent ("email", "status", "progress")
  response_type,  // a column that says preview / test / spam; kept as attribute "response_type"
  answer,         // part of a question
  other_text,     // the "Other (please specify)" text of a question: kept as a comment on it
};

// How a column of a question holds its answers.
enum class CellShape {
  value,   // the cell is the answer (or a code the plan's value labels resolve)
  joined,  // several choices in one cell, split by the plan's separator
  flag,    // one column per choice: marked (1, Y, the choice text) or blank / 0
};

struct ColumnPlan {
  ColumnRole role = ColumnRole::ignored;
  std::string attribute;      // attribute and response_type columns: the attribute's name
  std::string question;       // answer/other_text columns: the question's code (groups columns)
  std::string question_text;  // the question's wording
  std::string item_code;      // value/joined columns of a grid: the statement's code
  std::string item_text;      // the grid statement; empty for a question with one column
  CellShape shape = CellShape::value;
  std::string choice;  // flag columns: the choice this column stands for
  // When the platform says (a form's question type): text and multi are kept as said;
  // single means a closed question, so few or all-different answers are still choices
  // (the answers may yet make it Likert or numeric).
  std::optional<QuestionKind> kind;
  // The key of the plan's value_labels for this column's codes when it is not `question`:
  // each scale of a LimeSurvey dual-scale array has its own answer codes.
  std::string labels;
  // The columns sharing this question were grouped by a header prefix alone (a Kobo/ODK
  // group, a shared "Question - " stem): they stay one grid only when their pooled answers
  // form one Likert scale; otherwise each column is its own question.
  bool tentative_grid = false;
  // Decided by the layout itself: plan_question_columns leaves it as it is.
  bool planned = false;
};

struct SurveyPlan {
  std::string platform;
  std::size_t header_rows = 1;
  std::vector<ColumnPlan> columns;  // one per header cell
  // Separator of multi-select choices joined in one cell (", " Google Sheets, ";" Google
  // direct and Microsoft Forms, " " Kobo/ODK); empty when the platform never joins them.
  std::string joined_separator;
  // Labels for the codes a platform writes instead of answers, by question code (from a
  // structure file: LimeSurvey .lss, an XLSForm, SPSS value labels).
  std::map<std::string, std::map<std::string, std::string>> value_labels;
  // Microsoft Forms: a Likert question's statements are separate columns with no shared
  // title; adjacent Likert columns that share one scale are read as one grid question.
  bool merge_adjacent_likert = false;
  // LimeSurvey: a response without a submit date was never completed.
  bool blank_submit_is_incomplete = false;
  // LimeSurvey: a NULL cell (Row::nulls) is a question the respondent was never shown, so
  // it holds no answer at all, where "" is an answer left blank (missing).
  bool null_is_not_shown = false;
  // Maps the response_type column's cell ("Survey Preview", "2") to preview / test / ...
  std::string (*response_type)(const std::string& cell) = nullptr;
  // What the layout decided and why, printed by `inspect`.
  std::vector<std::string> notes;
};

// Plans a metadata column as its use says. A status column that marks preview and test
// responses sets the response type, unless `flags_responses` is false: Kobo, ODK and
// LimeSurvey status columns say something else and stay plain attributes.
void plan_metadata_column(ColumnPlan& column, const MetadataColumn& meta, bool flags_responses = true);

// Reads the data rows (after plan.header_rows) of `table` by `plan`.
// The longest prefix all `labels` share that ends just before `separator` ("Question"
// of "Question - Statement"), or nothing when they share none.
std::optional<std::string> shared_stem(const std::vector<std::string>& labels, const std::string& separator);

Result<Survey> build_survey(const Table& table, const SurveyPlan& plan, const ScaleVocabulary& vocabulary);

// build_survey in two steps: the questions, kinds and scales are decided once from the
// table's answers, then data rows are read one cell at a time by those decisions. A
// streamed ingest decides on a table standing in for the file and reads the real rows as
// they come, exactly as build_survey reads them.
class SurveyReader {
 public:
  // `plan` must outlive the reader.
  static Result<SurveyReader> decide(const Table& table, const SurveyPlan& plan, const ScaleVocabulary& vocabulary);
  SurveyReader(SurveyReader&&) noexcept;
  SurveyReader& operator=(SurveyReader&&) noexcept;
  ~SurveyReader();

  std::size_t width() const;
  const SurveyPlan& plan() const;
  const std::vector<Question>& questions() const;
  // Columns held back as personal data: read_cell stores them as personal attributes.
  const std::vector<PersonalField>& personal() const;
  // Reads column `c`'s cell of a non-blank row of the right width into `resp`; `type` is
  // the row's response type so far ("response" at the start of the row).
  void read_cell(std::size_t c, const std::string& cell, Respondent& resp, std::string& type) const;
  // Completes a row after its cells: its response type, when the plan keeps one.
  void finish_row(Respondent& resp, const std::string& type) const;

 private:
  struct Decisions;
  explicit SurveyReader(std::unique_ptr<Decisions> d);
  std::unique_ptr<Decisions> d_;
};

// Builds the plan of a one-header-row table where the platform names nothing but the
// questions: metadata columns by name, `Question [Statement]` and "Question - Statement"
// grids, everything else one question per column. Shared by Google Forms, Microsoft Forms,
// SmartSurvey, Jisc and the generic layout; `first_question` skips leading columns the
// caller has planned itself.
void plan_question_columns(const std::vector<std::string>& header, SurveyPlan& plan, std::size_t first_question = 0);

}  // namespace canvass
