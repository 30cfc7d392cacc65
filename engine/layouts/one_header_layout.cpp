#include "layouts/one_header_layout.hpp"

#include <map>

#include "layouts/column_classifier.hpp"
#include "layouts/grid_header.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

// What each column of the table becomes.
enum class ColumnRole { timestamp, attribute, answer, comment, ignored };

struct ColumnPlan {
  ColumnRole role = ColumnRole::ignored;
  std::size_t question = 0;
  std::size_t item = 0;
  std::string attribute;  // attribute name for ColumnRole::attribute (and single questions)
};

bool is_blank_row(const Row& row) {
  for (const auto& c : row.cells)
    if (!collapse_spaces(c).empty()) return false;
  return true;
}

std::vector<std::string> column_values(const Table& table, const std::vector<std::size_t>& columns) {
  std::vector<std::string> values;
  for (std::size_t r = 1; r < table.rows.size(); ++r)
    for (std::size_t c : columns)
      if (c < table.rows[r].cells.size()) values.push_back(table.rows[r].cells[c]);
  return values;
}

// Metadata columns that describe the respondent, not a question they answered.
std::optional<std::string> metadata_attribute(const std::string& header) {
  const std::string h = fold(header);
  if (h == "email address" || h == "email") return "email";
  if (h == "score") return "score";
  return std::nullopt;
}

}  // namespace

bool looks_like_google_forms(const Table& table) {
  return !table.rows.empty() && !table.rows[0].cells.empty() && fold(table.rows[0].cells[0]) == "timestamp";
}

Result<Survey> read_one_header_layout(const Table& table, const ScaleVocabulary& vocabulary,
                                      const std::string& platform) {
  if (table.rows.empty()) return Error{{table.path}, "the file is empty: no header row"};
  Survey survey;
  survey.platform = platform;
  survey.rejects = table.rejects;
  const auto& header = table.rows[0].cells;
  std::vector<ColumnPlan> plan(header.size());

  // Group the columns into questions: grid columns sharing a stem form one question.
  std::vector<std::pair<std::string, std::vector<std::size_t>>> blocks;  // question text, columns
  std::map<std::string, std::size_t> block_of_stem;
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (c == 0 && platform == "google-forms") { plan[c].role = ColumnRole::timestamp; continue; }
    if (auto attr = metadata_attribute(header[c])) { plan[c] = {ColumnRole::attribute, 0, 0, *attr}; continue; }
    if (auto grid = split_grid_header(header[c])) {
      auto [it, fresh] = block_of_stem.emplace(grid->question, blocks.size());
      if (fresh) blocks.push_back({grid->question, {}});
      blocks[it->second].second.push_back(c);
    } else {
      blocks.push_back({collapse_spaces(header[c]), {c}});
    }
  }

  std::vector<std::optional<ScaleMatch>> matches;  // by question: maps each cell with one probe
  for (auto& [text, columns] : blocks) {
    ColumnVerdict verdict = classify_answers(text, column_values(table, columns), vocabulary);
    Question q;
    q.code = "Q" + std::to_string(survey.questions.size() + 1);
    q.text = text;
    q.kind = verdict.kind;
    q.choices = verdict.choices;
    if (verdict.scale) q.scale = verdict.scale->scale;
    const bool grid = columns.size() > 1 || split_grid_header(header[columns[0]]).has_value();
    for (std::size_t c : columns) {
      Item item;
      item.code = grid ? q.code + "_" + std::to_string(q.items.size() + 1) : q.code;
      item.text = grid ? split_grid_header(header[c])->statement : std::string{};
      item.column = c + 1;
      ColumnPlan& p = plan[c];
      p.question = survey.questions.size();
      p.item = q.items.size();
      p.role = q.kind == QuestionKind::text ? ColumnRole::comment : ColumnRole::answer;
      if (q.kind == QuestionKind::single) p.attribute = q.code;
      q.items.push_back(std::move(item));
    }
    survey.questions.push_back(std::move(q));
    matches.push_back(std::move(verdict.scale));
  }

  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    if (is_blank_row(row)) continue;  // stray empty rows left by spreadsheet edits
    ++survey.rows_read;
    if (row.cells.size() != header.size()) {
      survey.rejects.push_back({{table.path, row.line, 0},
                                "expected " + std::to_string(header.size()) + " columns, found " +
                                    std::to_string(row.cells.size()),
                                ""});
      continue;
    }
    Respondent resp;
    resp.line = row.line;
    for (std::size_t c = 0; c < header.size(); ++c) {
      const std::string& cell = row.cells[c];
      const ColumnPlan& p = plan[c];
      switch (p.role) {
        case ColumnRole::timestamp: resp.submitted_at = collapse_spaces(cell); break;
        case ColumnRole::attribute:
          if (!collapse_spaces(cell).empty()) resp.attributes.push_back({p.attribute, collapse_spaces(cell)});
          break;
        case ColumnRole::comment:
          if (!collapse_spaces(cell).empty()) resp.comments.push_back({p.question, cell});
          break;
        case ColumnRole::answer: {
          Answer a{p.question, p.item, std::nullopt, cell};
          if (matches[p.question]) a.level = matches[p.question]->level_of(cell);
          if (!p.attribute.empty() && !collapse_spaces(cell).empty())
            resp.attributes.push_back({p.attribute, collapse_spaces(cell)});
          resp.answers.push_back(std::move(a));
          break;
        }
        case ColumnRole::ignored: break;
      }
    }
    survey.respondents.push_back(std::move(resp));
  }
  return survey;
}

}  // namespace canvass
