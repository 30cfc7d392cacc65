#include "layouts/survey_plan.hpp"

#include <algorithm>
#include <map>

#include "header/header.hpp"
#include "layouts/column_classifier.hpp"
#include "layouts/metadata_columns.hpp"
#include "layouts/multi_select.hpp"
#include "layouts/personal_columns.hpp"
#include "layouts/question_drafts.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

bool is_blank_row(const Row& row) {
  for (const auto& c : row.cells)
    if (!collapse_spaces(c).empty()) return false;
  return true;
}

// preview / test / spam / imported from a status cell in any platform's words or codes
// (Qualtrics numeric Status: 0 response, 1 preview, 2 test, 4 imported, 8 spam).
std::string default_response_type(const std::string& cell) {
  const std::string f = fold(cell);
  if (f == "1" || f.find("preview") != std::string::npos) return "preview";
  if (f == "2" || f.find("test") != std::string::npos) return "test";
  if (f == "8" || f.find("spam") != std::string::npos) return "spam";
  if (f == "4" || f.find("import") != std::string::npos) return "imported";
  return "response";
}

// Answer columns that hold personal data (layouts/personal_columns): by heading — the
// statement's own for a grid item — or by answers, unless the answers form a scale (the
// heading then asks about something, not for it). Each is named by its kind.
std::vector<PersonalField> personal_fields(const Table& table, const SurveyPlan& plan, const ScaleVocabulary& vocabulary) {
  std::vector<PersonalField> out;
  std::vector<std::string> taken;
  for (const auto& p : plan.columns)
    if (!p.attribute.empty()) taken.push_back(p.attribute);
  for (std::size_t c = 0; c < plan.columns.size(); ++c) {
    const ColumnPlan& p = plan.columns[c];
    if (p.role != ColumnRole::answer || p.shape != CellShape::value) continue;
    const std::string& heading = p.item_text.empty() ? p.question_text : p.item_text;
    std::vector<std::string> cells;  // the first 1,000 answers: enough to judge, bounded on any file
    for (std::size_t r = plan.header_rows; r < table.rows.size() && cells.size() < 1000; ++r)
      if (c < table.rows[r].cells.size() && !table.rows[r].cells[c].empty())
        cells.push_back(label_of(plan, labels_key(plan, c, p.question), table.rows[r].cells[c]));
    auto verdict = personal_column(heading, cells);
    if (!verdict && !p.item_text.empty()) verdict = personal_column(p.question_text, {});
    if (!verdict || classify_answers(heading, cells, vocabulary).kind == QuestionKind::likert) continue;
    out.push_back({c + 1, heading, personal_attribute_name(verdict->kind, taken), verdict->evidence});
    taken.push_back(out.back().attribute);
  }
  return out;
}

}  // namespace

// What build_survey decided about the table's questions, kept so rows can be read one at
// a time by the same code.
struct SurveyReader::Decisions {
  const SurveyPlan* plan = nullptr;
  std::vector<Draft> drafts;
  std::vector<std::size_t> question_of;  // per column: the draft its cells go to
  std::vector<Question> questions;       // the drafts' questions, as stored
  std::string (*response_type)(const std::string&) = nullptr;
  bool has_response_type = false;
  std::vector<PersonalField> personal;     // columns kept as personal attributes
  std::vector<std::string> personal_of;    // per column: its personal attribute, or empty
};

SurveyReader::SurveyReader(std::unique_ptr<Decisions> d) : d_(std::move(d)) {}
SurveyReader::SurveyReader(SurveyReader&&) noexcept = default;
SurveyReader& SurveyReader::operator=(SurveyReader&&) noexcept = default;
SurveyReader::~SurveyReader() = default;

Result<SurveyReader> SurveyReader::decide(const Table& table, const SurveyPlan& plan, const ScaleVocabulary& vocabulary) {
  if (table.rows.size() < plan.header_rows)
    return Error{{table.path}, "the file ends inside its header: expected " + std::to_string(plan.header_rows) +
                                   " header rows, found " + std::to_string(table.rows.size())};
  auto d = std::make_unique<Decisions>();
  d->plan = &plan;
  const std::size_t width = plan.columns.size();

  // Personal columns become personal attributes, never questions.
  d->personal = personal_fields(table, plan, vocabulary);
  d->personal_of.assign(width, {});
  for (const auto& f : d->personal) d->personal_of[f.column - 1] = f.attribute;

  // Group answer columns into questions, in the order their first column appears.
  std::vector<Draft>& drafts = d->drafts;
  std::map<std::string, std::size_t> draft_of;
  for (std::size_t c = 0; c < width; ++c) {
    const ColumnPlan& p = plan.columns[c];
    if (p.role != ColumnRole::answer && p.role != ColumnRole::other_text) continue;
    if (!d->personal_of[c].empty()) continue;
    auto [it, fresh] = draft_of.emplace(p.question, drafts.size());
    if (fresh) {
      drafts.emplace_back();
      drafts.back().question.code = p.question;
      drafts.back().question.text = p.question_text;
      if (p.kind) drafts.back().question.kind = *p.kind;
      drafts.back().text_only = p.kind == QuestionKind::text;
    }
    Draft& draft = drafts[it->second];
    if (draft.question.text.empty()) draft.question.text = p.question_text;
    (p.role == ColumnRole::answer ? draft.columns : draft.other_columns).push_back(c);
  }
  split_tentative_grids(drafts, table, plan, vocabulary);
  for (auto& draft : drafts) {
    if (draft.columns.empty()) {  // only an "other" text box: a free-text question
      draft.question.kind = QuestionKind::text;
      draft.columns = draft.other_columns;
      draft.other_columns.clear();
      for (std::size_t c : draft.columns) draft.item_of_column[c] = 0;
      draft.question.items.push_back({draft.question.code, "", draft.columns.front() + 1});
      continue;
    }
    classify(draft, table, plan, vocabulary);
    attach_codes(draft, plan);
  }
  if (plan.merge_adjacent_likert) merge_adjacent_likert(drafts, table, plan, vocabulary);

  // Where each column's cells go.
  d->question_of.assign(width, SIZE_MAX);
  for (std::size_t qi = 0; qi < drafts.size(); ++qi) {
    for (std::size_t c : drafts[qi].columns) d->question_of[c] = qi;
    for (std::size_t c : drafts[qi].other_columns) d->question_of[c] = qi;
  }
  d->response_type = plan.response_type ? plan.response_type : default_response_type;
  d->has_response_type = plan.blank_submit_is_incomplete;
  for (const auto& p : plan.columns) d->has_response_type = d->has_response_type || p.role == ColumnRole::response_type;
  for (const auto& draft : drafts) d->questions.push_back(draft.question);
  return SurveyReader(std::move(d));
}

std::size_t SurveyReader::width() const { return d_->plan->columns.size(); }

const SurveyPlan& SurveyReader::plan() const { return *d_->plan; }

const std::vector<Question>& SurveyReader::questions() const { return d_->questions; }

const std::vector<PersonalField>& SurveyReader::personal() const { return d_->personal; }

void SurveyReader::read_cell(std::size_t c, const std::string& cell, Respondent& resp, std::string& type) const {
  const SurveyPlan& plan = *d_->plan;
  const ColumnPlan& p = plan.columns[c];
  const std::string value = collapse_spaces(cell);
  if (!d_->personal_of[c].empty()) {
    if (!value.empty()) resp.attributes.push_back({d_->personal_of[c], value});
    return;
  }
  switch (p.role) {
    case ColumnRole::ignored: break;
    case ColumnRole::respondent_id: resp.external_id = value; break;
    case ColumnRole::submitted_at: resp.submitted_at = value; break;
    case ColumnRole::response_type:
      if (!value.empty() && type == "response") type = d_->response_type(value);
      [[fallthrough]];
    case ColumnRole::attribute:
      if (!value.empty()) resp.attributes.push_back({p.attribute, value});
      break;
    case ColumnRole::other_text:
    case ColumnRole::answer: {
      const std::size_t qi = d_->question_of[c];
      if (qi == SIZE_MAX) break;
      const Draft& d = d_->drafts[qi];
      const Question& q = d.question;
      const bool other = std::find(d.other_columns.begin(), d.other_columns.end(), c) != d.other_columns.end();
      if (other || q.kind == QuestionKind::text) {
        if (!value.empty()) resp.comments.push_back({qi, cell});
        break;
      }
      if (d.multi) {
        if (p.shape == CellShape::flag) {
          if (is_ticked(cell)) resp.answers.push_back({qi, d.item_of_choice.at(fold(p.choice)), std::nullopt, p.choice});
        } else if (d.item_of_choice.size() && p.shape != CellShape::flag &&
                   std::none_of(d.columns.begin(), d.columns.end(),
                                [&](std::size_t o) { return plan.columns[o].shape == CellShape::flag; })) {
          for (const auto& code : split_choices(cell, d.separator)) {
            const std::string choice = label_of(plan, q.code, code);
            auto it = d.item_of_choice.find(fold(choice));
            if (it != d.item_of_choice.end()) resp.answers.push_back({qi, it->second, std::nullopt, choice});
          }
        }
        break;
      }
      const std::string label = collapse_spaces(label_of(plan, labels_key(plan, c, q.code), cell));
      Answer a{qi, d.item_of_column.at(c), std::nullopt, label};
      if (d.match) a.level = d.match->level_of(label);
      if (q.kind == QuestionKind::single && q.items.size() == 1 && !label.empty())
        resp.attributes.push_back({q.code, label});
      resp.answers.push_back(std::move(a));
      break;
    }
  }
}

void SurveyReader::finish_row(Respondent& resp, const std::string& type) const {
  std::string kind = type;
  if (d_->plan->blank_submit_is_incomplete && resp.submitted_at.empty()) kind = "incomplete";
  if (d_->has_response_type) resp.attributes.push_back({"response_type", kind});
}

Result<Survey> build_survey(const Table& table, const SurveyPlan& plan, const ScaleVocabulary& vocabulary) {
  auto reader = SurveyReader::decide(table, plan, vocabulary);
  if (!reader) return reader.error();
  Survey survey;
  survey.platform = plan.platform;
  survey.rejects = table.rejects;
  const std::size_t width = plan.columns.size();
  for (std::size_t r = plan.header_rows; r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    if (is_blank_row(row)) continue;  // stray empty rows left by spreadsheet edits
    ++survey.rows_read;
    // A row short of the header is missing only trailing empty fields (ODK and R omit
    // them; pandas and spreadsheets read them as empty): read them as empty. A row with
    // more fields than the header is misaligned: rejected.
    if (row.cells.size() > width) {
      survey.rejects.push_back({{table.path, row.line, 0},
                                "expected " + std::to_string(width) + " columns, found " +
                                    std::to_string(row.cells.size()),
                                ""});
      continue;
    }
    static const std::string empty;
    Respondent resp;
    resp.line = row.line;
    std::string type = "response";
    auto null = row.nulls.begin();
    for (std::size_t c = 0; c < width; ++c) {
      const bool not_shown = null != row.nulls.end() && *null == c;
      if (not_shown) ++null;
      if (!(not_shown && plan.null_is_not_shown))
        reader->read_cell(c, c < row.cells.size() ? row.cells[c] : empty, resp, type);
    }
    reader->finish_row(resp, type);
    survey.respondents.push_back(std::move(resp));
  }
  survey.questions = reader->questions();
  survey.personal = reader->personal();
  return survey;
}

}  // namespace canvass
