#include "ingest/streamed_coded.hpp"

#include "analysis/code_tally.hpp"
#include "sources/coded_survey.hpp"
#include "sources/pulled_rows.hpp"
#include "sources/file_blocks.hpp"
#include "sources/sav_reader.hpp"
#include "sources/triple_s_reader.hpp"

namespace canvass {
namespace {

// The first pass: each coded variable's distinct codes, in the order first met.
class DistinctCodes : public CodedSink {
 public:
  static constexpr std::size_t kJudged = 1000;
  Status variables(const std::vector<CodedVariable>& v) override {
    variables_ = v;
    codes_.resize(v.size());
    return Ok{};
  }
  // Coded variables (and strings with value labels, which may be closed questions): every
  // distinct code. Text and numbers: the first kJudged distinct answers, enough for the
  // plan to see a personal variable as the whole-file path does (layouts/personal_columns
  // judges 1,000 answers).
  Status value(std::size_t case_index, std::size_t variable, std::string_view value) override {
    if (!value.empty() && (every_code(variable) || codes_[variable].size() < kJudged))
      codes_[variable].add(value, case_index);
    return Ok{};
  }
  Status number(std::size_t case_index, std::size_t variable, double value) override {
    if (every_code(variable) || codes_[variable].size() < kJudged) codes_[variable].add(value, case_index);
    return Ok{};
  }
  bool wants(std::size_t variable) const override {
    if (variable >= variables_.size()) return false;
    const auto role = variables_[variable].role;
    return role == CodedVariable::Role::coded || role == CodedVariable::Role::text || role == CodedVariable::Role::numeric;
  }
  const std::vector<CodedVariable>& variables() const { return variables_; }

  // One stand-in case per rank of first appearance: read in order, they meet every code of
  // a variable in the order the file does, so closed questions get their choices in that order.
  std::vector<CodedCase> stand_in() const {
    std::vector<ColumnLabels> codes;
    std::size_t depth = 0;
    for (const auto& c : codes_) {
      codes.push_back(c.labels());
      depth = std::max(depth, codes.back().size());
    }
    std::vector<CodedCase> out(depth);
    for (std::size_t j = 0; j < depth; ++j) {
      out[j].line = j + 1;
      out[j].values.resize(variables_.size());
      for (std::size_t v = 0; v < variables_.size(); ++v)
        if (j < codes[v].size()) out[j].values[v].push_back(codes[v].label(static_cast<std::uint32_t>(j)).text);
    }
    return out;
  }

 private:
  bool every_code(std::size_t variable) const {
    const CodedVariable& v = variables_[variable];
    return v.role == CodedVariable::Role::coded || (v.role == CodedVariable::Role::text && !v.value_labels.empty());
  }
  std::vector<CodedVariable> variables_;
  std::vector<CodeTally> codes_;
};

// The second pass's cases as rows of cells (an empty cell is a missing value), so they
// can travel through PulledRows. A variable holding several codes (a Triple-S multiple)
// travels as one cell, its codes separated by kCodes.
constexpr char kCodes = '\x1F';

class CasesAsRows : public CodedSink {
 public:
  explicit CasesAsRows(const RowSink& sink) : sink_(sink) {}
  Status variables(const std::vector<CodedVariable>& v) override {
    cells_.assign(v.size(), {});
    return Ok{};
  }
  Status begin_case(std::size_t case_index, std::size_t line) override {
    CANVASS_TRY(flush());
    start(case_index, line);
    return Ok{};
  }
  Status value(std::size_t case_index, std::size_t variable, std::string_view value) override {
    if (!started_ || case_index != current_) {  // SPSS: a case begins with its first value
      CANVASS_TRY(flush());
      start(case_index, case_index + 1);
    }
    if (variable >= cells_.size() || value.empty()) return Ok{};
    std::string& cell = cells_[variable];
    if (!cell.empty()) cell += kCodes;
    cell.append(value);
    return Ok{};
  }
  Status flush() {
    if (!started_) return Ok{};
    views_.assign(cells_.begin(), cells_.end());
    CANVASS_TRY(sink_(RowView{line_, std::span<const std::string_view>(views_.data(), views_.size())}));
    for (auto& c : cells_) c.clear();
    started_ = false;
    return Ok{};
  }

 private:
  void start(std::size_t case_index, std::size_t line) {
    current_ = case_index;
    line_ = line;
    started_ = true;
  }
  const RowSink& sink_;
  std::vector<std::string> cells_;
  std::vector<std::string_view> views_;
  std::size_t current_ = 0, line_ = 0;
  bool started_ = false;
};

// Reads an SPSS file or a Triple-S survey, whichever `path` is, into `sink`.
Result<CodedFileInfo> read_coded_file(const std::string& path, CodedSink& sink) {
  OpenFile file(path);
  char head[4] = {};
  if (file.fd() >= 0 && read_at(file.fd(), head, sizeof head, 0) == 4 && looks_like_sav(std::string_view(head, 4)))
    return read_sav_file(path, sink);
  return read_triple_s_file(path, sink);
}

}  // namespace

struct StreamedCodedExport::State {
  std::string path;
  FileState identified;
  std::string encoding, container;
  std::string data_path;  // Triple-S: the data file beside the definition
  std::optional<FileState> data_identified;
  Survey plan;
  std::optional<CodedReader> reader;
  std::unique_ptr<PulledRows> rows;
  CodedCase scratch;
  bool general = false;
};

StreamedCodedExport::StreamedCodedExport(std::unique_ptr<State> s) : s_(std::move(s)) {}
StreamedCodedExport::StreamedCodedExport(StreamedCodedExport&&) noexcept = default;
StreamedCodedExport& StreamedCodedExport::operator=(StreamedCodedExport&&) noexcept = default;
StreamedCodedExport::~StreamedCodedExport() = default;

const Survey& StreamedCodedExport::plan() const { return s_->plan; }
const std::string& StreamedCodedExport::encoding() const { return s_->encoding; }
const std::string& StreamedCodedExport::container() const { return s_->container; }
bool StreamedCodedExport::needs_general_path() const { return s_->general; }

std::optional<StreamedCodedExport> StreamedCodedExport::open(const std::string& path, const FileState& identified,
                                                             const ScaleVocabulary& vocabulary) {
  DistinctCodes codes;
  auto info = read_coded_file(path, codes);
  if (!info || info->cases == 0) return std::nullopt;  // the general path says why, or reads it another way
  auto state = std::make_unique<State>();
  state->path = path;
  state->identified = identified;
  state->encoding = info->encoding;
  state->container = info->container;
  state->data_path = info->data_path;
  if (!state->data_path.empty()) state->data_identified = file_state(state->data_path);
  const std::vector<CodedCase> stand_in = codes.stand_in();
  state->plan = build_coded_survey(codes.variables(), stand_in, vocabulary, info->container == "sav" ? "spss" : info->container);
  state->plan.respondents.clear();
  state->plan.rows_read = info->cases;
  state->reader.emplace(codes.variables(), stand_in, vocabulary);  // the same plan as state->plan
  state->scratch.values.resize(codes.variables().size());
  if (file_state(path) != identified) return std::nullopt;  // changed already: read it whole
  state->rows = std::make_unique<PulledRows>([path](const RowSink& sink) -> Status {
    CasesAsRows cases(sink);
    auto read = read_coded_file(path, cases);
    if (!read) return read.error();
    return cases.flush();
  });
  return StreamedCodedExport(std::move(state));
}

Result<bool> StreamedCodedExport::next(Respondent& into) {
  State& s = *s_;
  RowView row;
  auto more = s.rows->next(row);
  if (!more) {
    s.general = true;
    return more.error();
  }
  if (!*more) {
    if (file_state(s.path) != s.identified)
      return Error{{s.path}, "the file changed while it was being read: run ingest again", Error::Kind::io};
    if (!s.data_path.empty() && file_state(s.data_path) != s.data_identified)
      return Error{{s.data_path}, "the file changed while it was being read: run ingest again", Error::Kind::io};
    return false;
  }
  s.scratch.line = row.line;
  for (std::size_t v = 0; v < s.scratch.values.size(); ++v) {
    auto& values = s.scratch.values[v];
    values.clear();
    for (std::string_view cell = v < row.cells.size() ? row.cells[v] : std::string_view{}; !cell.empty();) {
      const auto cut = cell.find(kCodes);
      values.emplace_back(cell.substr(0, cut));
      cell = cut == std::string_view::npos ? std::string_view{} : cell.substr(cut + 1);
    }
  }
  s.reader->read(s.scratch, into);
  return true;
}

}  // namespace canvass
