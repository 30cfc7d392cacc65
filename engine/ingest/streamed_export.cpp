#include "ingest/streamed_export.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "analysis/column_counts.hpp"
#include "analysis/streamed_counts.hpp"
#include "ingest/row_respondent.hpp"
#include "ingest/stand_in_checks.hpp"
#include "layouts/detect.hpp"
#include "sources/csv_scan.hpp"
#include "sources/file_blocks.hpp"
#include "sources/plain_text_check.hpp"
#include "sources/xlsx_spool.hpp"

namespace canvass {

namespace {

// The general path refuses fields over 16 MiB (sources/csv_reader.hpp); records this
// long are left to it rather than judged here.
constexpr std::size_t kLongestRecord = std::size_t{16} << 20;
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

}  // namespace

struct StreamedExport::State {
  std::string path;
  std::string container = "csv";
  FileState identified;  // when its SHA-256 was taken
  std::uint64_t size = 0;
  char delimiter = ',';
  std::string encoding;
  SurveyPlan plan;
  std::optional<SurveyReader> reader;
  std::optional<RowRespondent> respondent;
  Survey survey_plan;
  std::optional<XlsxSpool> workbook;  // a workbook's rows, kept by the first pass
  std::size_t headers_left = 1;  // header rows the second pass has yet to pass over
  bool general = false;
  std::size_t line = 1;

  // The second pass over delimited text, read again in blocks.
  OpenFile file;
  std::vector<char> buf = std::vector<char>(1u << 20);
  std::uint64_t base = 0;
  std::size_t have = 0, pos = 0;
  bool eof = false;
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
};

StreamedExport::StreamedExport(std::unique_ptr<State> s) : s_(std::move(s)) {}
StreamedExport::StreamedExport(StreamedExport&&) noexcept = default;
StreamedExport& StreamedExport::operator=(StreamedExport&&) noexcept = default;
StreamedExport::~StreamedExport() = default;

const Survey& StreamedExport::plan() const { return s_->survey_plan; }
const std::string& StreamedExport::encoding() const { return s_->encoding; }
const std::string& StreamedExport::container() const { return s_->container; }
bool StreamedExport::needs_general_path() const { return s_->general; }

Result<std::optional<StreamedExport>> StreamedExport::open(const std::string& path, const FileState& identified,
                                                           const ScaleVocabulary& vocabulary,
                                                           const std::string& platform) {
  const auto declined = [] { return std::optional<StreamedExport>{}; };
  // A workbook's first pass keeps its first rows, and every row for the second pass; a
  // delimited file's are read again.
  std::vector<std::vector<std::string>> workbook_rows;
  XlsxSpool kept;
  auto workbook = scan_workbook_columns(path, vocabulary, kLeadingRecords, workbook_rows, &kept);
  if (!workbook) return workbook.error();  // the workbook's own damage: final
  std::optional<ColumnScan> scan = std::move(*workbook);
  if (!scan) scan = scan_columns(path, vocabulary);
  if (!scan) return declined();

  if (scan->container != "xlsx") {
    auto records = first_records(path, *scan, kLeadingRecords);
    if (!records) return declined();
    for (Row& row : *records) workbook_rows.push_back(std::move(row.cells));
  }
  // Rows 2.. of a layout with more header rows (Qualtrics, SurveyMonkey) were counted as
  // data: they go back to being header rows.
  auto header_rows = take_header_rows(path, scan->header, workbook_rows, scan->columns, scan->records, platform);
  if (!header_rows) return declined();
  std::vector<Row> leading;
  for (auto& cells : workbook_rows) leading.push_back(Row{0, std::move(cells)});
  auto table = stand_in_table(*scan, *header_rows, std::move(leading));
  if (!table) return declined();

  auto state = std::make_unique<State>(path);
  auto reading = read_survey_explained(*table, vocabulary, platform);
  const std::size_t header_count = header_rows->size();
  if (!reading || !reading->survey.rejects.empty() || reading->plan.header_rows != header_count) return declined();
  if (reading->plan.null_is_not_shown) return declined();  // NULL vs "" needs each field's quoting
  state->plan = std::move(reading->plan);
  auto reader = SurveyReader::decide(*table, state->plan, vocabulary);
  if (!reader) return declined();
  state->reader.emplace(std::move(reader).value());
  const auto& questions = state->reader->questions();
  if (!settled_columns_are_free_text(*scan, state->plan, questions)) return declined();

  state->survey_plan.platform = state->plan.platform;
  state->survey_plan.questions = questions;
  state->survey_plan.personal = state->reader->personal();
  state->survey_plan.rows_read = scan->records;
  state->headers_left = header_count;
  state->container = scan->container;
  state->size = scan->size;
  state->delimiter = scan->delimiter;
  state->encoding = scan->encoding;
  state->respondent.emplace(state->plan, *state->reader, std::move(scan->settled));
  if (state->file.fd() < 0) return declined();
  state->identified = identified;
  if (file_state(state->file.fd()) != identified) return declined();  // changed already: read it whole
  if (state->container == "xlsx") state->workbook.emplace(std::move(kept));
  return std::optional<StreamedExport>(StreamedExport(std::move(state)));
}

Result<bool> StreamedExport::next(Respondent& into) {
  State& s = *s_;
  RowRespondent& respondent = *s.respondent;
  const std::size_t width = respondent.width();
  auto general = [&](const std::string& why) -> Result<bool> {
    s.general = true;
    return Error{{s.path, s.line, 0}, why};
  };
  auto built = [&](RowRespondent::Built b) -> std::optional<Result<bool>> {
    switch (b) {
      case RowRespondent::Built::skipped: return std::nullopt;
      case RowRespondent::Built::wrong_width: return general("a row of the wrong width");
      case RowRespondent::Built::respondent: break;
    }
    return Result<bool>(true);
  };
  while (s.workbook) {  // a workbook's rows as the first pass kept them, the header first
    RowView row;
    auto more = s.workbook->next(row);
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
    for (std::size_t c = 0; c < width; ++c)
      respondent.take_cell(c, c < row.cells.size() ? row.cells[c] : std::string_view{});
    if (auto r = built(respondent.build(width, row.line, into))) return *r;
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
          respondent.take_cell(c, text);
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
    if (auto r = built(respondent.build(fields, start_line, into))) return *r;
  }
}

}  // namespace canvass
