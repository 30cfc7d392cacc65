#include "analysis/column_counts.hpp"

#include <algorithm>

#include "layouts/detect.hpp"

namespace canvass {

bool is_blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  return true;
}

// True when the column's answers can never be read as a scale whatever else follows:
// for every form, they do not fit it even with one of its own labels added (a label
// that fits no form stays in the column's distinct answers for good).
bool can_never_be_a_scale(const ColumnLabels& labels, const ScaleVocabulary& vocabulary) {
  std::vector<std::string> answers;
  for (const auto& l : labels.labels()) answers.push_back(l.text);
  for (const ScaleForm& form : vocabulary.forms()) {
    if (form.levels.empty() || form.levels.front().empty()) continue;
    answers.push_back(form.levels.front().front());
    const bool fits = vocabulary.recognise(answers).has_value();
    answers.pop_back();
    if (fits) return false;
  }
  return true;
}

std::optional<StreamedSurvey> plan_from_counts(const std::string& path, const std::vector<std::string>& header,
                                               char delimiter, const std::string& encoding,
                                               const StretchCounts& counts, const ScaleVocabulary& vocabulary) {
  Table table;
  table.path = path;
  table.encoding = encoding;
  table.delimiter = delimiter;
  table.rows.push_back(Row{1, header});
  std::size_t depth = 0;
  for (const auto& c : counts.columns) depth = std::max(depth, c.size());
  for (std::size_t j = 0; j < depth; ++j) {
    Row row{j + 2, std::vector<std::string>(header.size())};
    for (std::size_t c = 0; c < header.size(); ++c)
      if (j < counts.columns[c].size()) row.cells[c] = counts.columns[c].label(static_cast<std::uint32_t>(j)).text;
    table.rows.push_back(std::move(row));
  }
  auto reading = read_survey_explained(table, vocabulary);
  if (!reading || !reading->survey.rejects.empty()) return std::nullopt;
  if (reading->plan.null_is_not_shown) return std::nullopt;  // NULL vs "" needs each field's quoting
  Survey& survey = reading->survey;

  // level_of[column][label], known only for the answers of scale questions.
  std::vector<std::vector<std::optional<int>>> level_of(header.size());
  std::vector<std::vector<char>> known(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) {
    level_of[c].resize(counts.columns[c].size());
    known[c].assign(counts.columns[c].size(), 0);
  }
  for (const Respondent& r : survey.respondents) {
    const std::size_t j = r.line - 2;
    for (const Answer& a : r.answers) {
      const Question& q = survey.questions[a.question];
      if (q.kind != QuestionKind::likert || !q.scale) continue;
      const std::size_t c = q.items[a.item].column - 1;
      if (c >= header.size() || j >= counts.columns[c].size()) continue;
      level_of[c][j] = a.level;
      known[c][j] = 1;
    }
  }

  struct Event {
    std::uint64_t record;
    std::size_t column;
    CountedAnswers answers;
  };
  std::vector<Event> events;
  for (std::size_t qi = 0; qi < survey.questions.size(); ++qi) {
    const Question& q = survey.questions[qi];
    if (q.kind != QuestionKind::likert || !q.scale) continue;
    for (std::size_t ii = 0; ii < q.items.size(); ++ii) {
      const std::size_t c = q.items[ii].column - 1;
      if (c >= header.size() || counts.settled[c]) return std::nullopt;  // cannot happen; never guess
      for (std::size_t j = 0; j < counts.columns[c].size(); ++j) {
        const auto& label = counts.columns[c].label(static_cast<std::uint32_t>(j));
        if (label.count == 0) continue;
        if (!known[c][j] && !label.blank) return std::nullopt;  // every answer is in some non-blank row
        events.push_back({label.first_record, c, {qi, ii, level_of[c][j], label.count}});
      }
    }
  }
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    return a.record != b.record ? a.record < b.record : a.column < b.column;
  });
  StreamedSurvey out;
  survey.respondents.clear();
  survey.rows_read = counts.records;
  out.plan = std::move(survey);
  out.rows_read = counts.records;
  for (auto& e : events) out.answers.push_back(e.answers);
  return out;
}

}  // namespace canvass
