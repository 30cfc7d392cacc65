#include "analysis/column_counts.hpp"
#include "analysis/code_tally.hpp"

#include <algorithm>

#include "sources/coded_survey.hpp"
#include "sources/file_blocks.hpp"
#include "sources/sav_reader.hpp"
#include "sources/triple_s_reader.hpp"
#include "sources/xlsx_reader.hpp"
#include "sources/zip_archive.hpp"

namespace canvass {

namespace {

// The counts of a coded file (.sav, Triple-S) as its values stream past: only the
// variables of Likert questions are counted (the reader skips the others), each by its
// distinct codes; the question plan is the one build_coded_survey makes from the
// variables, so it is the general path's.
class CodedCounts : public CodedSink {
 public:
  CodedCounts(const ScaleVocabulary& vocabulary, std::string platform)
      : vocabulary_(vocabulary), platform_(std::move(platform)) {}

  Status variables(const std::vector<CodedVariable>& variables) override {
    variables_ = variables;
    plan_ = build_coded_survey(variables_, {}, vocabulary_, platform_);
    counted_.assign(variables_.size(), 0);
    tallies_.resize(variables_.size());
    for (const Question& q : plan_.questions)
      if (q.kind == QuestionKind::likert && q.scale)
        for (const Item& item : q.items)
          if (item.column >= 1 && item.column <= variables_.size()) counted_[item.column - 1] = 1;
    return Ok{};
  }

  Status value(std::size_t case_index, std::size_t variable, std::string_view value) override {
    if (variable < counted_.size() && counted_[variable]) tallies_[variable].add(value, case_index);
    return Ok{};
  }
  Status number(std::size_t case_index, std::size_t variable, double value) override {
    if (variable < counted_.size() && counted_[variable]) tallies_[variable].add(value, case_index);
    return Ok{};
  }
  bool wants(std::size_t variable) const override { return variable < counted_.size() && counted_[variable]; }

  // The plan and the counts in first-seen order: the distinct codes of each counted
  // variable become cases of their own, read by build_coded_survey for their levels.
  std::optional<StreamedSurvey> finish(std::size_t cases) {
    if (cases == 0) return std::nullopt;
    std::vector<ColumnLabels> labels_;
    for (const CodeTally& t : tallies_) labels_.push_back(t.labels());
    std::size_t depth = 0;
    for (const auto& l : labels_) depth = std::max(depth, l.size());
    std::vector<CodedCase> stand_in(depth);
    for (std::size_t j = 0; j < depth; ++j) {
      stand_in[j].line = j + 1;
      stand_in[j].values.resize(variables_.size());
      for (std::size_t v = 0; v < variables_.size(); ++v)
        if (j < labels_[v].size() && !labels_[v].label(static_cast<std::uint32_t>(j)).text.empty())
          stand_in[j].values[v].push_back(labels_[v].label(static_cast<std::uint32_t>(j)).text);
    }
    Survey read = build_coded_survey(variables_, stand_in, vocabulary_, platform_);
    struct Event {
      std::uint64_t record;
      std::size_t column;
      CountedAnswers answers;
    };
    std::vector<Event> events;
    for (std::size_t j = 0; j < read.respondents.size(); ++j)
      for (const Answer& a : read.respondents[j].answers) {
        const Question& q = read.questions[a.question];
        if (q.kind != QuestionKind::likert || !q.scale) continue;
        const std::size_t v = q.items[a.item].column - 1;
        if (v >= variables_.size() || !counted_[v] || j >= labels_[v].size()) continue;
        const auto& label = labels_[v].label(static_cast<std::uint32_t>(j));
        events.push_back({label.first_record, v, {a.question, a.item, a.level, label.count}});
      }
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
      return a.record != b.record ? a.record < b.record : a.column < b.column;
    });
    StreamedSurvey out;
    out.plan = std::move(plan_);
    out.plan.rows_read = cases;
    out.rows_read = cases;
    for (auto& e : events) out.answers.push_back(e.answers);
    return out;
  }

 private:
  const ScaleVocabulary& vocabulary_;
  std::string platform_;
  std::vector<CodedVariable> variables_;
  Survey plan_;
  std::vector<char> counted_;
  std::vector<CodeTally> tallies_;
};


}  // namespace

StreamedContainer container_of(const std::string& path) {
  OpenFile file(path);
  char head[2048] = {};
  const long n = file.fd() < 0 ? -1 : read_at(file.fd(), head, sizeof head, 0);
  if (n < 4) return StreamedContainer::delimited;
  const std::string_view bytes(head, static_cast<std::size_t>(n));
  if (looks_like_zip(bytes)) return StreamedContainer::workbook;
  if (looks_like_sav(bytes)) return StreamedContainer::spss;
  if (looks_like_triple_s(path, bytes)) return StreamedContainer::triple_s;
  return StreamedContainer::delimited;
}

Result<std::optional<StreamedSurvey>> stream_container_survey(const std::string& path, StreamedContainer container,
                                                              const ScaleVocabulary& vocabulary) {
  if (container == StreamedContainer::spss || container == StreamedContainer::triple_s) {  // values counted as read
    const bool spss = container == StreamedContainer::spss;
    CodedCounts counts(vocabulary, spss ? "spss" : "triple-s");
    auto read = spss ? read_sav_file(path, counts) : read_triple_s_file(path, counts);
    if (!read) return std::optional<StreamedSurvey>{};  // the general path says why
    return counts.finish(read->cases);
  }
  // Only a workbook by its content types: a Word document or another archive is the
  // general path's to judge (notes, or a refusal naming what it is).
  if (container != StreamedContainer::workbook || !is_workbook_file(path)) return std::optional<StreamedSurvey>{};
  RowCounts rows(vocabulary);  // the first sheet with data, row by row
  rows.keep_first(kRowsShowingHeaderRows);
  auto table = read_xlsx_file_rows(path, {}, [&](const RowView& row) { return rows.add(row); });
  if (!table) return table.error();  // the workbook's own damage: the general path would say the same
  if (rows.counts().records == 0) return std::optional<StreamedSurvey>{};  // the general path says why
  auto& first = rows.first_rows();
  for (auto& r : first) r.resize(rows.header().size());
  auto header_rows = take_header_rows(path, rows.header(), first, rows.counts().columns, rows.counts().records);
  if (!header_rows) return std::optional<StreamedSurvey>{};
  return plan_from_counts(path, *header_rows, ',', table->encoding, rows.counts(), vocabulary);
}

Result<std::optional<ColumnScan>> scan_workbook_columns(const std::string& path, const ScaleVocabulary& vocabulary,
                                                        std::size_t leading,
                                                        std::vector<std::vector<std::string>>& first_rows,
                                                        XlsxSpool* keep) {
  if (container_of(path) != StreamedContainer::workbook || !is_workbook_file(path)) return std::optional<ColumnScan>{};
  RowCounts rows(vocabulary);
  rows.keep_first(leading);
  auto table = read_xlsx_file_rows(path, {}, [&](const RowView& row) { return rows.add(row); }, keep);
  if (!table) return table.error();  // the workbook's own damage: final
  if (rows.counts().records == 0) return std::optional<ColumnScan>{};  // the general path says why
  ColumnScan out;
  out.path = path;
  out.container = "xlsx";
  out.header = rows.header();
  out.encoding = table->encoding;
  StretchCounts& counts = rows.counts();
  out.columns = std::move(counts.columns);
  out.settled = std::move(counts.settled);
  out.records = counts.records;
  first_rows = std::move(rows.first_rows());
  for (auto& r : first_rows) r.resize(out.header.size());
  return std::optional<ColumnScan>(std::move(out));
}

}  // namespace canvass
