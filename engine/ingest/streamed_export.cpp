#include "ingest/streamed_export.hpp"

#include "ingest/stand_in_checks.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <vector>

#include "analysis/column_counts.hpp"
#include "analysis/column_labels.hpp"
#include "analysis/streamed_counts.hpp"
#include "layouts/detect.hpp"
#include "layouts/multi_select.hpp"
#include "sources/csv_scan.hpp"
#include "sources/file_blocks.hpp"
#include "sources/plain_text_check.hpp"
#include "sources/pulled_rows.hpp"
#include "sources/xlsx_reader.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

// The general path refuses fields over 16 MiB (sources/csv_reader.hpp); records this
// long are left to it rather than judged here.
constexpr std::size_t kLongestRecord = std::size_t{16} << 20;
// A stand-in table deeper than this is not worth building: the general path reads it.
constexpr std::size_t kDeepestStandIn = std::size_t{1} << 18;
// How many of the file's first records stand in the table as they are.
constexpr std::size_t kLeadingRecords = 32;

// csv_reader's count: LF, CRLF and a lone CR are each one line break.
std::size_t line_breaks(const char* from, const char* to) {
  std::size_t n = 0;
  for (const char* p = find_byte(from, to, '\n'); p < to; p = find_byte(p + 1, to, '\n')) ++n;
  for (const char* p = find_byte(from, to, '\r'); p < to; p = find_byte(p + 1, to, '\r'))
    if (p + 1 == to || p[1] != '\n') ++n;
  return n;
}

// Appends `x` as element `used` of `v`, reusing the element already there (and its
// strings' storage) from an earlier row.
template <class T>
void append(std::vector<T>& v, std::size_t& used, const T& x) {
  if (used < v.size()) {
    v[used] = x;
  } else {
    v.push_back(x);
  }
  ++used;
}

// What one cell adds to its respondent, worked out once per distinct answer.
struct CellEffect {
  bool blank = true;  // collapses to nothing (the row is blank if every cell is)
  Respondent adds;    // answers, attributes, comments, external_id, submitted_at
  std::string type;   // the row's response type after this cell, when it was "response"
};

}  // namespace

struct StreamedExport::State {
  std::string path;
  std::string container = "csv";
  std::unique_ptr<PulledRows> rows;  // a workbook's second pass
  FileState identified;  // when its SHA-256 was taken
  std::uint64_t size = 0;
  char delimiter = ',';
  std::string encoding;
  std::vector<char> settled;
  SurveyPlan plan;
  std::optional<SurveyReader> reader;
  Survey survey_plan;

  // The second pass.
  OpenFile file;
  std::vector<char> buf = std::vector<char>(1u << 20);
  std::uint64_t base = 0;
  std::size_t have = 0, pos = 0;
  bool eof = false;
  std::size_t line = 1;
  std::size_t headers_left = 1;  // header rows the second pass has yet to pass over
  bool general = false;
  std::vector<ColumnLabels> labels;           // non-settled columns: their answers interned again
  std::vector<std::vector<std::optional<CellEffect>>> effects;  // [column][label]
  std::vector<const CellEffect*> row_effects;
  std::vector<std::string> row_text;          // settled columns: the cell as read
  Respondent scratch;                         // what a settled column's cell adds
  std::string unescaped;

  explicit State(const std::string& p) : path(p), file(p) {}

  bool refill() {
    std::memmove(buf.data(), buf.data() + pos, have - pos);
    base += pos;
    have -= pos;
    pos = 0;
    if (have == buf.size()) buf.resize(buf.size() * 2);  // a record longer than the buffer
    const long n = read_at(file.fd(), buf.data() + have, buf.size() - have, base + have);
    if (n < 0) return false;
    have += static_cast<std::size_t>(n);
    eof = n == 0 || base + have >= size;
    return true;
  }

  enum class Built { skipped, wrong_width, respondent };

  // What a cell of the current row adds: a counted answer's effect, worked out once per
  // distinct answer, or a free-text cell kept as it is.
  void take_cell(std::size_t c, std::string_view text) {
    if (settled[c]) {
      row_text[c].assign(text);
      row_effects[c] = nullptr;
    } else {
      row_effects[c] = &effect_of(c, labels[c].intern(text, 0));
    }
  }

  // The respondent of the row whose `fields` cells were taken, beginning at `start_line`.
  Built build(std::size_t fields, std::size_t start_line, Respondent& into) {
    const std::size_t width = settled.size();
    // Counted answers first: free text is collapsed only when everything else is blank.
    bool blank = true;
    for (std::size_t c = 0; c < std::min(fields, width) && blank; ++c)
      if (row_effects[c]) blank = row_effects[c]->blank;
    for (std::size_t c = 0; c < std::min(fields, width) && blank; ++c)
      if (!row_effects[c]) blank = collapse_spaces(row_text[c]).empty();
    if (blank && fields <= width) return Built::skipped;  // stray empty rows, as build_survey skips them
    if (fields != width) return Built::wrong_width;

    into.external_id.clear();
    into.submitted_at.clear();
    into.line = start_line;
    std::size_t attributes = 0, answers = 0, comments = 0;
    std::string type = "response";
    for (std::size_t c = 0; c < width; ++c) {
      const Respondent* adds = nullptr;
      if (const CellEffect* e = row_effects[c]) {
        if (type == "response") type = e->type;
        adds = &e->adds;
      } else {  // free text, read as it comes
        scratch.attributes.clear();
        scratch.answers.clear();
        scratch.comments.clear();
        reader->read_cell(c, row_text[c], scratch, type);
        adds = &scratch;
      }
      switch (plan.columns[c].role) {
        case ColumnRole::respondent_id: into.external_id = adds->external_id; break;
        case ColumnRole::submitted_at: into.submitted_at = adds->submitted_at; break;
        default: break;
      }
      for (const auto& a : adds->attributes) append(into.attributes, attributes, a);
      for (const auto& a : adds->answers) append(into.answers, answers, a);
      for (const auto& a : adds->comments) append(into.comments, comments, a);
    }
    into.attributes.resize(attributes);
    into.answers.resize(answers);
    into.comments.resize(comments);
    reader->finish_row(into, type);
    return Built::respondent;
  }

  const CellEffect& effect_of(std::size_t c, std::uint32_t id) {
    auto& slot = effects[c];
    if (slot.size() <= id) slot.resize(id + 1);
    if (!slot[id]) {
      CellEffect e;
      const std::string& text = labels[c].label(id).text;
      e.blank = collapse_spaces(text).empty();
      e.type = "response";
      reader->read_cell(c, text, e.adds, e.type);
      slot[id] = std::move(e);
    }
    return *slot[id];
  }
};

namespace {

std::optional<FileState> state_of(const struct stat& st) {
  return FileState{static_cast<std::uint64_t>(st.st_size), static_cast<std::uint64_t>(st.st_ino),
                   static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
                   static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec};
}

}  // namespace

std::optional<FileState> file_state(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return state_of(st);
}

std::optional<FileState> file_state(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return std::nullopt;
  return state_of(st);
}

StreamedExport::StreamedExport(std::unique_ptr<State> s) : s_(std::move(s)) {}
StreamedExport::StreamedExport(StreamedExport&&) noexcept = default;
StreamedExport& StreamedExport::operator=(StreamedExport&&) noexcept = default;
StreamedExport::~StreamedExport() = default;

const Survey& StreamedExport::plan() const { return s_->survey_plan; }
const std::string& StreamedExport::encoding() const { return s_->encoding; }
const std::string& StreamedExport::container() const { return s_->container; }
bool StreamedExport::needs_general_path() const { return s_->general; }

std::optional<StreamedExport> StreamedExport::open(const std::string& path, const FileState& identified,
                                                   const ScaleVocabulary& vocabulary, const std::string& platform) {
  // A workbook's first pass keeps its first rows as it goes; a delimited file's are read again.
  std::vector<std::vector<std::string>> workbook_rows;
  auto scan = scan_workbook_columns(path, vocabulary, kLeadingRecords, workbook_rows);
  if (!scan) scan = scan_columns(path, vocabulary);
  if (!scan) return std::nullopt;
  const std::size_t width = scan->header.size();

  // A table standing in for the file: the header, the file's first records as they are
  // (a layout may look at the first data row, as Google Forms' does at its timestamp),
  // then each column's distinct answers. Kinds can depend on how often answers occur (a
  // closed question has each answer chosen by several people), so each answer occurs up
  // to `cap` times in all: enough that every such comparison in the layout comes out as it
  // would on the whole file (each compares a count with at most three times the number of
  // distinct answers, or with 16). A settled column's answers appear once: its question
  // must be free text whatever they are.
  if (scan->container != "xlsx") {
    auto records = first_records(path, *scan, kLeadingRecords);
    if (!records) return std::nullopt;
    for (Row& row : *records) workbook_rows.push_back(std::move(row.cells));
  }
  // Rows 2.. of a layout with more header rows (Qualtrics, SurveyMonkey) were counted as
  // data: they go back to being header rows.
  auto header_rows = take_header_rows(path, scan->header, workbook_rows, scan->columns, scan->records, platform);
  if (!header_rows) return std::nullopt;
  std::optional<std::vector<Row>> leading;
  leading.emplace();
  for (auto& cells : workbook_rows) leading->push_back(Row{0, std::move(cells)});
  std::size_t distinct = 0;
  for (std::size_t c = 0; c < width; ++c)
    if (!scan->settled[c]) distinct += scan->columns[c].size();
  const long cap = static_cast<long>(3 * distinct + 16);
  std::vector<std::vector<long>> in_leading(width);
  for (std::size_t c = 0; c < width; ++c) in_leading[c].assign(scan->columns[c].size(), 0);
  for (const Row& row : *leading)
    for (std::size_t c = 0; c < width && row.cells.size() == width; ++c) {
      const auto id = scan->columns[c].find(row.cells[c]);
      if (!id) return std::nullopt;  // cannot happen: every answer was counted
      ++in_leading[c][*id];
    }
  std::vector<std::vector<std::uint32_t>> entries(width);
  std::size_t depth = 0;
  for (std::size_t c = 0; c < width; ++c) {
    const auto& labels = scan->columns[c].labels();
    for (std::uint32_t id = 0; id < labels.size(); ++id) {
      const long n = (scan->settled[c] ? std::min(labels[id].count, 1L) : std::min(labels[id].count, cap)) -
                     in_leading[c][id];
      for (long k = 0; k < n; ++k) entries[c].push_back(id);
    }
    depth = std::max(depth, entries[c].size());
    if (depth > kDeepestStandIn) return std::nullopt;
  }
  Table table;
  table.path = path;
  table.encoding = scan->encoding;
  table.delimiter = scan->delimiter;
  for (auto& cells : *header_rows) table.rows.push_back(Row{table.rows.size() + 1, std::move(cells)});
  for (Row& row : *leading) table.rows.push_back(std::move(row));
  for (std::size_t j = 0; j < depth; ++j) {
    Row row{table.rows.size() + 1, std::vector<std::string>(width)};
    for (std::size_t c = 0; c < width; ++c)
      if (j < entries[c].size()) row.cells[c] = scan->columns[c].label(entries[c][j]).text;
    table.rows.push_back(std::move(row));
  }

  auto state = std::make_unique<State>(path);
  auto reading = read_survey_explained(table, vocabulary, platform);
  const std::size_t header_count = header_rows->size();
  if (!reading || !reading->survey.rejects.empty() || reading->plan.header_rows != header_count) return std::nullopt;
  if (reading->plan.null_is_not_shown) return std::nullopt;  // NULL vs "" needs each field's quoting
  state->plan = std::move(reading->plan);
  auto reader = SurveyReader::decide(table, state->plan, vocabulary);
  if (!reader) return std::nullopt;
  state->reader.emplace(std::move(reader).value());

  // Every settled answer column must be free text however its uncounted answers read.
  const auto& questions = state->reader->questions();
  for (std::size_t c = 0; c < width; ++c) {
    if (!scan->settled[c] || state->plan.columns[c].role != ColumnRole::answer) continue;
    const Question* owner = nullptr;
    for (const auto& q : questions)
      for (const auto& item : q.items)
        if (item.column == c + 1) owner = &q;
    if (!owner || owner->kind != QuestionKind::text) return std::nullopt;
    if (state->plan.columns[c].kind == QuestionKind::text) continue;  // the platform says so
    std::vector<std::string> seen;
    for (const auto& item : owner->items) {
      const std::size_t o = item.column - 1;
      if (o >= width) return std::nullopt;
      for (const auto& l : scan->columns[o].labels()) seen.push_back(l.text);
    }
    if (!certainly_free_text(seen, state->plan.joined_separator, owner->items.size() == 1)) return std::nullopt;
  }

  state->survey_plan.platform = state->plan.platform;
  state->survey_plan.questions = questions;
  state->survey_plan.personal = state->reader->personal();
  state->survey_plan.rows_read = scan->records;
  state->headers_left = header_count;
  state->container = scan->container;
  state->size = scan->size;
  state->delimiter = scan->delimiter;
  state->encoding = scan->encoding;
  state->settled = std::move(scan->settled);
  state->labels.resize(width);
  state->effects.resize(width);
  state->row_effects.resize(width);
  state->row_text.resize(width);
  if (state->file.fd() < 0) return std::nullopt;
  state->identified = identified;
  if (file_state(state->file.fd()) != identified) return std::nullopt;  // changed already: read it whole
  if (state->container == "xlsx")  // the second pass: the sheet parsed ahead on another thread
    state->rows = std::make_unique<PulledRows>([path](const RowSink& sink) -> Status {
      auto table = read_xlsx_file_rows(path, {}, sink);
      if (!table) return table.error();
      return Ok{};
    });
  return StreamedExport(std::move(state));
}

Result<bool> StreamedExport::next(Respondent& into) {
  State& s = *s_;
  const std::size_t width = s.settled.size();
  auto general = [&](const std::string& why) -> Result<bool> {
    s.general = true;
    return Error{{s.path, s.line, 0}, why};
  };
  while (s.rows) {  // a workbook's rows, the header first
    RowView row;
    auto more = s.rows->next(row);
    if (!more) return general(more.error().message);
    if (!*more) {
      if (file_state(s.path) != s.identified)
        return Error{{s.path}, "the file changed while it was being read: run ingest again", Error::Kind::io};
      return false;
    }
    s.line = row.line;
    if (s.headers_left > 0) {
      --s.headers_left;
      continue;
    }
    if (row.cells.size() > width) return general("a row of the wrong width");
    for (std::size_t c = 0; c < width; ++c) s.take_cell(c, c < row.cells.size() ? row.cells[c] : std::string_view{});
    switch (s.build(width, row.line, into)) {
      case State::Built::skipped: continue;
      case State::Built::wrong_width: return general("a row of the wrong width");
      case State::Built::respondent: return true;
    }
  }
  for (;;) {
    if (s.pos == s.have && s.eof) {
      if (s.base + s.have != s.size || file_state(s.file.fd()) != s.identified)
        return Error{{s.path}, "the file changed while it was being read: run ingest again", Error::Kind::io};
      return false;
    }
    if (s.pos == s.have && !s.refill()) return Error{{s.path}, "cannot read the file", Error::Kind::io};
    if (s.base == 0 && s.pos == 0 && s.encoding == "utf-8-bom") {
      if (s.have < 3) return general("the file changed");
      s.pos = 3;
    }
    if (s.pos == s.have) continue;
    const char* record = s.buf.data() + s.pos;
    const char* cursor = record;
    std::size_t fields = 0;
    const bool header = s.headers_left > 0;
    const ScanOutcome outcome =
        scan_record(cursor, s.buf.data() + s.have, s.eof, s.delimiter, [&](std::size_t c, const FieldView& f) {
          fields = c + 1;
          if (header || c >= width) return;
          std::string_view text = f.bytes();
          if (f.escaped) {
            unescape_quotes(text, s.unescaped);
            text = s.unescaped;
          }
          s.take_cell(c, text);
        });
    if (outcome == ScanOutcome::need_more) {
      if (s.have - s.pos > kLongestRecord) return general("a record longer than the streamed path reads");
      if (!s.refill()) return Error{{s.path}, "cannot read the file", Error::Kind::io};
      continue;
    }
    if (outcome == ScanOutcome::malformed || !is_plain_utf8(record, cursor)) return general("a malformed record");
    if (static_cast<std::size_t>(cursor - record) > kLongestRecord) return general("a record longer than the streamed path reads");
    const std::size_t start_line = s.line;
    s.line += line_breaks(record, cursor);
    s.pos = static_cast<std::size_t>(cursor - s.buf.data());
    if (header) {
      if (fields != width) return general("the header changed");
      --s.headers_left;
      continue;
    }
    switch (s.build(fields, start_line, into)) {
      case State::Built::skipped: continue;
      case State::Built::wrong_width: return general("a row of the wrong width");
      case State::Built::respondent: return true;
    }
  }
}

}  // namespace canvass
