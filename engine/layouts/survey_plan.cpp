#include "layouts/survey_plan.hpp"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "header/header.hpp"
#include "layouts/column_classifier.hpp"
#include "layouts/metadata_columns.hpp"
#include "layouts/multi_select.hpp"
#include "layouts/personal_columns.hpp"
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

// One question being assembled from its columns.
struct Draft {
  Question question;
  std::vector<std::size_t> columns;        // value / joined / flag columns, in table order
  std::vector<std::size_t> other_columns;  // other_text columns
  std::optional<ScaleMatch> match;
  bool multi = false;
  std::string separator;  // multi from joined cells
  std::map<std::string, std::size_t> item_of_choice;  // folded choice -> item (multi)
  std::map<std::size_t, std::size_t> item_of_column;  // value columns -> item
  bool text_only = false;  // the platform says the question is free text
  bool split = false;  // one column of a tentative grid that was not a grid after all
};

std::string label_of(const SurveyPlan& plan, const std::string& question, const std::string& cell) {
  auto q = plan.value_labels.find(question);
  if (q == plan.value_labels.end()) return cell;
  auto l = q->second.find(collapse_spaces(cell));
  return l == q->second.end() ? cell : l->second;
}

// The value_labels key of column `c` of a question coded `question`.
const std::string& labels_key(const SurveyPlan& plan, std::size_t c, const std::string& question) {
  return plan.columns[c].labels.empty() ? question : plan.columns[c].labels;
}

std::vector<std::string> cells_of(const Table& table, const SurveyPlan& plan, const std::vector<std::size_t>& columns,
                                  const std::string& question) {
  std::vector<std::string> cells;
  for (std::size_t r = plan.header_rows; r < table.rows.size(); ++r)
    for (std::size_t c : columns)
      if (c < table.rows[r].cells.size())
        cells.push_back(label_of(plan, labels_key(plan, c, question), table.rows[r].cells[c]));
  return cells;
}

std::size_t add_choice(Draft& d, const std::string& choice) {
  auto [it, fresh] = d.item_of_choice.emplace(fold(choice), d.question.items.size());
  if (fresh) {
    d.question.items.push_back({d.question.code + "_" + std::to_string(d.question.items.size() + 1), choice, 0});
    d.question.choices.push_back(choice);
  }
  return it->second;
}

// Decides the kind, items and scale of one question from its columns' answers.
void classify(Draft& d, const Table& table, const SurveyPlan& plan, const ScaleVocabulary& vocabulary) {
  const auto& cols = plan.columns;
  const bool any_flag = std::any_of(d.columns.begin(), d.columns.end(),
                                    [&](std::size_t c) { return cols[c].shape == CellShape::flag; });
  const bool any_joined = std::any_of(d.columns.begin(), d.columns.end(),
                                      [&](std::size_t c) { return cols[c].shape == CellShape::joined; });
  Question& q = d.question;
  if (any_flag) {  // one column per choice: the choices are the columns
    d.multi = true;
    q.kind = QuestionKind::multi;
    for (std::size_t c : d.columns) {
      if (cols[c].shape != CellShape::flag) continue;  // a summary column beside the flags
      const std::size_t item = add_choice(d, cols[c].choice);
      q.items[item].column = c + 1;
    }
    return;
  }
  // value columns: one item per statement
  for (std::size_t c : d.columns) {
    std::size_t item = q.items.size();
    for (std::size_t i = 0; i < q.items.size(); ++i)
      if (q.items[i].code == cols[c].item_code) item = i;
    if (item == q.items.size()) q.items.push_back({cols[c].item_code, d.split ? std::string() : cols[c].item_text, c + 1});
    d.item_of_column[c] = item;
  }
  if (d.text_only) {  // the platform says free text (a Qualtrics text entry, a form's text field)
    q.kind = QuestionKind::text;
    return;
  }
  const std::vector<std::string> cells = cells_of(table, plan, d.columns, q.code);
  const bool forced_multi = any_joined || q.kind == QuestionKind::multi;
  if (!forced_multi) {
    const bool said_closed = q.kind == QuestionKind::single;  // the platform's own question type
    ColumnVerdict verdict = classify_answers(q.text, cells, vocabulary);
    if (said_closed && verdict.kind == QuestionKind::text &&
        std::unordered_set<std::string>(cells.begin(), cells.end()).size() <= kMaxChoices) {
      // however few answered, it offered choices
      verdict.kind = QuestionKind::single;
      for (const auto& cell : cells)
        if (const std::string a = collapse_spaces(cell);
            !a.empty() && std::find(verdict.choices.begin(), verdict.choices.end(), a) == verdict.choices.end())
          verdict.choices.push_back(a);
    }
    const bool closed = verdict.kind == QuestionKind::likert || verdict.kind == QuestionKind::numeric;
    if (closed || plan.joined_separator.empty() || q.items.size() > 1 ||
        !looks_multi_select(cells, plan.joined_separator)) {
      q.kind = verdict.kind;
      q.choices = std::move(verdict.choices);
      if (verdict.scale) {
        q.scale = verdict.scale->scale;
        d.match = std::move(verdict.scale);
      }
      return;
    }
  }
  // joined choices: the items become the choices, in first-seen order
  d.multi = true;
  d.separator = plan.joined_separator.empty() ? std::string(" ") : plan.joined_separator;
  q.kind = QuestionKind::multi;
  const std::size_t column = q.items.empty() ? 0 : q.items.front().column;
  q.items.clear();
  q.choices.clear();
  for (const auto& cell : cells)  // codes are labelled one choice at a time
    for (const auto& choice : split_choices(cell, d.separator)) add_choice(d, label_of(plan, q.code, choice));
  for (auto& item : q.items) item.column = column;
}

// Microsoft Forms: adjacent single-column Likert questions on one scale family become
// one grid, when the union of their answers is still one scale.
void merge_adjacent_likert(std::vector<Draft>& drafts, const Table& table, const SurveyPlan& plan,
                           const ScaleVocabulary& vocabulary) {
  std::vector<Draft> merged;
  for (std::size_t i = 0; i < drafts.size();) {
    std::size_t j = i + 1;
    auto single_likert = [&](const Draft& d) {
      return d.question.kind == QuestionKind::likert && d.question.items.size() == 1 && d.other_columns.empty();
    };
    std::optional<ScaleMatch> pooled;
    if (single_likert(drafts[i])) {
      std::vector<std::size_t> columns = drafts[i].columns;
      while (j < drafts.size() && single_likert(drafts[j]) &&
             drafts[j].question.scale->family == drafts[i].question.scale->family) {
        std::vector<std::size_t> more = columns;
        more.insert(more.end(), drafts[j].columns.begin(), drafts[j].columns.end());
        std::vector<std::string> cells;
        for (std::size_t r = plan.header_rows; r < table.rows.size(); ++r)
          for (std::size_t c : more)
            if (c < table.rows[r].cells.size()) cells.push_back(table.rows[r].cells[c]);
        auto m = vocabulary.recognise(cells);
        if (!m) break;
        pooled = std::move(m);
        columns = std::move(more);
        ++j;
      }
    }
    if (j == i + 1 || !pooled) {
      merged.push_back(std::move(drafts[i]));
      i = j == i + 1 ? i + 1 : j;
      continue;
    }
    Draft grid;
    grid.question.code = drafts[i].question.code;
    grid.question.text = "Statements rated on one " + pooled->scale.family + " scale";
    grid.question.kind = QuestionKind::likert;
    grid.question.scale = pooled->scale;
    grid.match = std::move(pooled);
    for (std::size_t k = i; k < j; ++k) {
      for (std::size_t c : drafts[k].columns) {
        grid.columns.push_back(c);
        grid.item_of_column[c] = grid.question.items.size();
      }
      Item item = drafts[k].question.items[0];
      if (item.text.empty()) item.text = drafts[k].question.text;  // the column's title is the statement
      item.code = grid.question.code + "_" + std::to_string(grid.question.items.size() + 1);
      grid.question.items.push_back(std::move(item));
      grid.other_columns.insert(grid.other_columns.end(), drafts[k].other_columns.begin(), drafts[k].other_columns.end());
    }
    merged.push_back(std::move(grid));
    i = j;
  }
  drafts = std::move(merged);
}

// Grids grouped by a header prefix alone stay grids only when their answers share one
// Likert scale; otherwise each column becomes its own question titled by its statement.
void split_tentative_grids(std::vector<Draft>& drafts, const Table& table, const SurveyPlan& plan,
                           const ScaleVocabulary& vocabulary) {
  std::vector<Draft> out;
  for (auto& d : drafts) {
    const bool tentative = d.columns.size() > 1 && std::all_of(d.columns.begin(), d.columns.end(), [&](std::size_t c) {
                             return plan.columns[c].tentative_grid && plan.columns[c].shape == CellShape::value;
                           });
    if (!tentative || vocabulary.recognise(cells_of(table, plan, d.columns, d.question.code))) {
      out.push_back(std::move(d));
      continue;
    }
    for (std::size_t c : d.columns) {
      Draft one;
      one.question.code = plan.columns[c].item_code;
      one.question.text = plan.columns[c].item_text.empty() ? d.question.text : plan.columns[c].item_text;
      if (plan.columns[c].kind) one.question.kind = *plan.columns[c].kind;
      one.columns.push_back(c);
      one.split = true;
      out.push_back(std::move(one));
    }
    if (!d.other_columns.empty()) out.back().other_columns = d.other_columns;
  }
  drafts = std::move(out);
}

// Gives every level the platform's code for it, where value labels supplied one.
void attach_codes(Draft& d, const SurveyPlan& plan) {
  Question& q = d.question;
  if (!q.scale) return;
  std::vector<std::string> keys{q.code};
  for (std::size_t c : d.columns)
    if (std::find(keys.begin(), keys.end(), labels_key(plan, c, q.code)) == keys.end())
      keys.push_back(labels_key(plan, c, q.code));
  for (const auto& key : keys) {
    auto labels = plan.value_labels.find(key);
    if (labels == plan.value_labels.end()) continue;
    for (auto& level : q.scale->levels)
      for (const auto& [code, label] : labels->second)
        if (fold(label) == fold(level.label)) level.code = code;
  }
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
