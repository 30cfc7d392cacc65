#include "analysis/column_counts.hpp"

#include <algorithm>

#include "layouts/detect.hpp"
#include "sources/table.hpp"

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

std::optional<std::vector<std::vector<std::string>>> take_header_rows(const std::string& path,
                                                                      const std::vector<std::string>& header,
                                                                      std::vector<std::vector<std::string>>& first_rows,
                                                                      std::vector<ColumnLabels>& columns,
                                                                      std::uint64_t& records,
                                                                      const std::string& platform) {
  Table first;
  first.path = path;
  first.rows.push_back(Row{1, header});
  for (const auto& cells : first_rows) first.rows.push_back(Row{first.rows.size() + 1, cells});
  const std::size_t extra = header_rows_of(first, platform) - 1;
  if (extra > first_rows.size() || extra > records) return std::nullopt;
  std::vector<std::vector<std::string>> header_rows{header};
  for (std::size_t k = 0; k < extra; ++k) {
    const auto& cells = first_rows[k];
    if (cells.size() != header.size() || std::all_of(cells.begin(), cells.end(), [](const auto& c) { return is_blank(c); }))
      return std::nullopt;
    for (std::size_t c = 0; c < columns.size() && c < cells.size(); ++c)
      if (auto id = columns[c].find(cells[c]); id && columns[c].label(*id).count > 0) columns[c].count(*id, -1);
    header_rows.push_back(cells);
  }
  records -= extra;
  first_rows.erase(first_rows.begin(), first_rows.begin() + static_cast<std::ptrdiff_t>(extra));
  return header_rows;
}

std::optional<StreamedSurvey> plan_from_counts(const std::string& path,
                                               const std::vector<std::vector<std::string>>& header_rows, char delimiter,
                                               const std::string& encoding, const StretchCounts& counts,
                                               const ScaleVocabulary& vocabulary) {
  const std::vector<std::string>& header = header_rows.front();
  Table table;
  table.path = path;
  table.encoding = encoding;
  table.delimiter = delimiter;
  for (const auto& cells : header_rows) table.rows.push_back(Row{table.rows.size() + 1, cells});
  // Row first_data_line + j holds each column's j-th answer that occurs (a header row's
  // text, taken back out of the counts, does not).
  const std::size_t first_data_line = table.rows.size() + 1;
  std::vector<std::vector<std::uint32_t>> occurring(header.size());
  std::size_t depth = 0;
  for (std::size_t c = 0; c < header.size(); ++c) {
    for (std::uint32_t id = 0; id < counts.columns[c].size(); ++id)
      if (counts.columns[c].label(id).count > 0) occurring[c].push_back(id);
    depth = std::max(depth, occurring[c].size());
  }
  for (std::size_t j = 0; j < depth; ++j) {
    Row row{first_data_line + j, std::vector<std::string>(header.size())};
    for (std::size_t c = 0; c < header.size(); ++c)
      if (j < occurring[c].size()) row.cells[c] = counts.columns[c].label(occurring[c][j]).text;
    table.rows.push_back(std::move(row));
  }
  auto reading = read_survey_explained(table, vocabulary);
  if (!reading || !reading->survey.rejects.empty() || reading->plan.header_rows != header_rows.size())
    return std::nullopt;
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
    const std::size_t j = r.line - first_data_line;
    for (const Answer& a : r.answers) {
      const Question& q = survey.questions[a.question];
      if (q.kind != QuestionKind::likert || !q.scale) continue;
      const std::size_t c = q.items[a.item].column - 1;
      if (c >= header.size() || j >= occurring[c].size()) continue;
      level_of[c][occurring[c][j]] = a.level;
      known[c][occurring[c][j]] = 1;
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
