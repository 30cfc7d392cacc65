#include "analysis/streamed_counts.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <thread>

#include "analysis/column_labels.hpp"
#include "csv/csv.hpp"
#include "layouts/detect.hpp"
#include "sources/csv_reader.hpp"
#include "sources/csv_scan.hpp"
#include "sources/file_blocks.hpp"
#include "sources/plain_text_check.hpp"
#include "sources/coded_survey.hpp"
#include "sources/row_stream.hpp"
#include "sources/sav_reader.hpp"
#include "sources/xlsx_reader.hpp"
#include "sources/zip_archive.hpp"

namespace canvass {

namespace {

// What every scan needs to know about the file.
struct FileShape {
  int fd = -1;
  std::uint64_t size = 0;
  char delimiter = ',';
  std::size_t columns = 0;
  std::size_t block_bytes = 1u << 20;
  const ScaleVocabulary* vocabulary = nullptr;
};

// The counts of one stretch of records.
struct StretchCounts {
  std::vector<ColumnLabels> columns;
  std::vector<char> settled;  // the column cannot be a scale: no longer counted
  std::uint64_t records = 0;  // records counted (blank rows are skipped, as the layout skips them)
  std::uint64_t end = 0;      // file offset after the last record scanned
  bool ok = true;             // false: only the general path can read this stretch
};

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

// Scans the records that start in [from, stop_at) (the last one may end after stop_at),
// counting the answers of every column not yet settled.
StretchCounts scan_stretch(const FileShape& shape, std::uint64_t from, std::uint64_t stop_at) {
  StretchCounts out;
  out.columns.resize(shape.columns);
  out.settled.assign(shape.columns, 0);
  out.end = from;
  std::vector<std::size_t> next_check(shape.columns, 32);
  std::vector<std::uint32_t> tracked(shape.columns);
  for (std::size_t c = 0; c < shape.columns; ++c) tracked[c] = static_cast<std::uint32_t>(c);
  std::vector<std::uint32_t> ids(shape.columns);

  std::vector<char> buf(shape.block_bytes);
  std::uint64_t base = from;  // file offset of buf[0]
  std::size_t have = 0, pos = 0;
  bool eof = from >= shape.size;
  std::string unescaped;

  auto refill = [&]() -> bool {
    std::memmove(buf.data(), buf.data() + pos, have - pos);
    base += pos;
    have -= pos;
    pos = 0;
    if (have == buf.size()) buf.resize(buf.size() * 2);  // a record longer than the buffer
    const long n = read_at(shape.fd, buf.data() + have, buf.size() - have, base + have);
    if (n < 0) return false;
    have += static_cast<std::size_t>(n);
    eof = n == 0 || base + have >= shape.size;
    return true;
  };

  while (base + pos < stop_at && !(eof && pos == have)) {
    if (pos == have && !refill()) {
      out.ok = false;
      return out;
    }
    if (pos == have) continue;  // end of file reached by this refill
    const char* record = buf.data() + pos;
    const char* cursor = record;
    bool nonblank = false;
    std::size_t fields = 0;
    const ScanOutcome outcome =
        scan_record(cursor, buf.data() + have, eof, shape.delimiter, [&](std::size_t c, const FieldView& f) {
          fields = c + 1;
          if (c < shape.columns && !out.settled[c]) {
            std::string_view text = f.bytes();
            if (f.escaped) {
              unescape_quotes(text, unescaped);
              text = unescaped;
            }
            ids[c] = out.columns[c].intern(text, out.records);
            if (!nonblank) nonblank = !out.columns[c].label(ids[c]).blank;
          } else if (!nonblank) {
            nonblank = !is_blank(f.bytes());
          }
        });
    if (outcome == ScanOutcome::need_more) {
      if (!refill()) {
        out.ok = false;
        return out;
      }
      continue;
    }
    if (outcome == ScanOutcome::malformed || !is_plain_utf8(record, cursor)) {
      out.ok = false;
      return out;
    }
    pos = static_cast<std::size_t>(cursor - buf.data());
    if (!nonblank) continue;  // a blank row: the layout skips it
    if (fields != shape.columns) {  // the layout rejects it: leave that to the general path
      out.ok = false;
      return out;
    }
    for (std::uint32_t c : tracked) out.columns[c].count(ids[c]);
    ++out.records;
    // Columns of free text or dates stop being counted once they cannot be a scale.
    bool changed = false;
    for (std::uint32_t c : tracked)
      if (out.columns[c].size() >= next_check[c]) {
        if (can_never_be_a_scale(out.columns[c], *shape.vocabulary)) {
          out.settled[c] = 1;
          changed = true;
        } else {
          next_check[c] *= 4;
        }
      }
    if (changed)
      tracked.erase(std::remove_if(tracked.begin(), tracked.end(), [&](std::uint32_t c) { return out.settled[c]; }),
                    tracked.end());
  }
  out.end = base + pos;
  return out;
}

// The counts of rows handed over one at a time by any container (sources/row_stream.hpp):
// the first row is the header, blank rows are skipped as the layout skips them, and a
// row shorter than the others stands for empty cells (a workbook leaves them out).
class RowCounts {
 public:
  explicit RowCounts(const ScaleVocabulary& vocabulary) : vocabulary_(vocabulary) {}

  // Keeps the first `n` data rows as they are (blank ones included).
  void keep_first(std::size_t n) { keep_ = n; }
  std::vector<std::vector<std::string>>& first_rows() { return first_rows_; }

  Status add(const RowView& row) {
    if (!have_header_) {
      have_header_ = true;
      header_.assign(row.cells.begin(), row.cells.end());
      widen(header_.size());
      return Ok{};
    }
    widen(row.cells.size());
    if (first_rows_.size() < keep_) first_rows_.emplace_back(row.cells.begin(), row.cells.end());
    // Interned before the row is known to be blank, as the delimited scan does: every
    // answer of the first rows is then known, even one only a blank row holds.
    for (std::uint32_t c : tracked_) {
      const std::string_view text = c < row.cells.size() ? row.cells[c] : std::string_view{};
      ids_[c] = out_.columns[c].intern(text, out_.records);
    }
    bool nonblank = false;
    for (std::size_t c = 0; c < row.cells.size() && !nonblank; ++c) nonblank = !is_blank(row.cells[c]);
    if (!nonblank) return Ok{};  // a blank row: the layout skips it
    for (std::uint32_t c : tracked_) out_.columns[c].count(ids_[c]);
    ++out_.records;
    // Columns of free text or dates stop being counted once they cannot be a scale.
    bool changed = false;
    for (std::uint32_t c : tracked_)
      if (out_.columns[c].size() >= next_check_[c]) {
        if (can_never_be_a_scale(out_.columns[c], vocabulary_)) {
          out_.settled[c] = 1;
          changed = true;
        } else {
          next_check_[c] *= 4;
        }
      }
    if (changed)
      tracked_.erase(std::remove_if(tracked_.begin(), tracked_.end(), [&](std::uint32_t c) { return out_.settled[c]; }),
                     tracked_.end());
    return Ok{};
  }

  std::vector<std::string> header() const {
    std::vector<std::string> out(header_.begin(), header_.end());
    out.resize(out_.columns.size());
    return out;
  }
  StretchCounts& counts() { return out_; }

 private:
  // A column first met in a later row was empty in every row before it.
  void widen(std::size_t width) {
    for (std::size_t c = out_.columns.size(); c < width; ++c) {
      out_.columns.emplace_back();
      out_.settled.push_back(0);
      next_check_.push_back(32);
      ids_.push_back(0);
      tracked_.push_back(static_cast<std::uint32_t>(c));
      if (out_.records > 0) out_.columns[c].count(out_.columns[c].intern({}, 0), static_cast<long>(out_.records));
    }
  }

  const ScaleVocabulary& vocabulary_;
  std::size_t keep_ = 0;
  std::vector<std::vector<std::string>> first_rows_;
  bool have_header_ = false;
  std::vector<std::string> header_;
  StretchCounts out_;
  std::vector<std::size_t> next_check_;
  std::vector<std::uint32_t> tracked_;
  std::vector<std::uint32_t> ids_;  // this row's label in each tracked column
};

// Adds `part`, whose record ordinals start at `into.records`, to `into`.
void merge(StretchCounts& into, const StretchCounts& part) {
  for (std::size_t c = 0; c < into.columns.size(); ++c) {
    into.settled[c] = into.settled[c] || part.settled[c];
    for (const auto& l : part.columns[c].labels())
      into.columns[c].count(into.columns[c].intern(l.text, into.records + l.first_record), l.count);
  }
  into.records += part.records;
  into.end = part.end;
  into.ok = into.ok && part.ok;
}

// A record boundary near `target`: the first line start from which several whole
// records of the right width follow. Only a guess; the scan that reaches it confirms it.
std::optional<std::uint64_t> guess_record_start(const FileShape& shape, std::uint64_t target) {
  std::vector<char> window(std::min<std::uint64_t>(shape.size - target, 1u << 20));
  const long n = read_at(shape.fd, window.data(), window.size(), target);
  if (n <= 0) return std::nullopt;
  const char* const last = window.data() + n;
  const bool eof = target + static_cast<std::uint64_t>(n) >= shape.size;
  const char* line = window.data();
  for (int tries = 0; tries < 256; ++tries) {
    line = find_byte(line, last, '\n');
    if (line == last) return std::nullopt;
    ++line;
    const char* p = line;
    bool fits = true;
    for (int r = 0; r < 8 && fits && p < last; ++r) {
      std::size_t fields = 0;
      const ScanOutcome o = scan_record(p, last, eof, shape.delimiter, [&](std::size_t c, const FieldView&) { fields = c + 1; });
      fits = o == ScanOutcome::record && fields == shape.columns;
    }
    if (fits) return target + static_cast<std::uint64_t>(line - window.data());
  }
  return std::nullopt;
}

// Scans [from, size) in up to `threads` stretches in parallel, then joins them in order.
// A stretch that began at a wrong guess is discarded and its bytes scanned again from
// where the previous stretch really ended, so the result never depends on the guesses.
StretchCounts scan_file(const FileShape& shape, std::uint64_t from, unsigned threads, std::size_t min_chunk) {
  std::vector<std::uint64_t> starts{from};
  const std::uint64_t span = shape.size - from;
  if (threads > 1 && span >= 2 * static_cast<std::uint64_t>(min_chunk)) {
    for (unsigned k = 1; k < threads; ++k) {
      const std::uint64_t target = from + span * k / threads;
      if (auto s = guess_record_start(shape, target); s && *s > starts.back()) starts.push_back(*s);
    }
  }
  starts.push_back(shape.size);
  const std::size_t parts = starts.size() - 1;
  std::vector<StretchCounts> results(parts);
  std::vector<std::thread> workers;
  try {
    for (std::size_t k = 1; k < parts; ++k)
      workers.emplace_back([&, k] { results[k] = scan_stretch(shape, starts[k], starts[k + 1]); });
  } catch (const std::system_error&) {
    // no thread to be had: the joins below scan those stretches here
  }
  results[0] = scan_stretch(shape, starts[0], starts[1]);
  for (auto& w : workers) w.join();

  StretchCounts total = std::move(results[0]);
  for (std::size_t k = 1; k < parts && total.ok; ++k) {
    if (total.end == starts[k] && k <= workers.size()) {
      merge(total, results[k]);
    } else {  // the guess was wrong (or no thread ran): scan on from the real boundary
      StretchCounts again = scan_stretch(shape, total.end, starts[k + 1]);
      merge(total, again);
    }
  }
  return total;
}

// The layout's reading of a table holding the header and each column's distinct answers:
// it decides kinds and scales from the distinct answers alone, so it decides as it would
// on the whole file, and the level it gives each answer is the level of every copy of it.
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

// The counts of a coded file (.sav) as its values stream past: only the variables of
// Likert questions are counted, each by its distinct codes; the question plan is the
// one build_coded_survey makes from the variables, so it is the general path's.
class CodedCounts : public CodedSink {
 public:
  CodedCounts(const ScaleVocabulary& vocabulary, std::string platform)
      : vocabulary_(vocabulary), platform_(std::move(platform)) {}

  Status variables(const std::vector<CodedVariable>& variables) override {
    variables_ = variables;
    plan_ = build_coded_survey(variables_, {}, vocabulary_, platform_);
    counted_.assign(variables_.size(), 0);
    labels_.resize(variables_.size());
    for (const Question& q : plan_.questions)
      if (q.kind == QuestionKind::likert && q.scale)
        for (const Item& item : q.items)
          if (item.column >= 1 && item.column <= variables_.size()) counted_[item.column - 1] = 1;
    return Ok{};
  }

  Status value(std::size_t case_index, std::size_t variable, std::string_view value) override {
    if (variable < counted_.size() && counted_[variable])
      labels_[variable].count(labels_[variable].intern(value, case_index));
    cases_ = std::max(cases_, case_index + 1);
    return Ok{};
  }
  bool wants(std::size_t variable) const override { return variable < counted_.size() && counted_[variable]; }

  // The plan and the counts in first-seen order: the distinct codes of each counted
  // variable become cases of their own, read by build_coded_survey for their levels.
  std::optional<StreamedSurvey> finish() {
    if (cases_ == 0) return std::nullopt;
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
    out.plan.rows_read = cases_;
    out.rows_read = cases_;
    for (auto& e : events) out.answers.push_back(e.answers);
    return out;
  }

 private:
  const ScaleVocabulary& vocabulary_;
  std::string platform_;
  std::vector<CodedVariable> variables_;
  Survey plan_;
  std::vector<char> counted_;
  std::vector<ColumnLabels> labels_;
  std::size_t cases_ = 0;
};

bool starts_like_sav(const std::string& path) {
  OpenFile file(path);
  char head[4] = {};
  return file.fd() >= 0 && read_at(file.fd(), head, sizeof head, 0) == 4 && looks_like_sav(std::string_view(head, 4));
}

bool starts_like_zip(const std::string& path) {
  OpenFile file(path);
  char head[4] = {};
  return file.fd() >= 0 && read_at(file.fd(), head, sizeof head, 0) == 4 && looks_like_zip(std::string_view(head, 4));
}

}  // namespace

std::optional<ColumnScan> scan_columns(const std::string& path, const ScaleVocabulary& vocabulary,
                                       const StreamOptions& options) {
  OpenFile file(path);
  if (file.fd() < 0) return std::nullopt;
  struct stat st {};
  if (::fstat(file.fd(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0) return std::nullopt;
  FileShape shape;
  shape.fd = file.fd();
  shape.size = static_cast<std::uint64_t>(st.st_size);
  shape.block_bytes = std::max<std::size_t>(options.block_bytes, 4096);
  shape.vocabulary = &vocabulary;

  // The header: the first record, read with the X3 grammar itself.
  std::string head(std::min<std::uint64_t>(shape.size, 1u << 20), '\0');
  const long got = read_at(file.fd(), head.data(), head.size(), 0);
  if (got != static_cast<long>(head.size())) return std::nullopt;
  const bool whole = head.size() == shape.size;
  if (head.size() >= 2 && ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF')))
    return std::nullopt;  // UTF-16: decoded by the general path
  const std::size_t bom = head.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  const std::string_view text = std::string_view(head).substr(bom);
  {  // sniff_delimiter looks at the first line only: it must lie within `head`
    bool in_quotes = false, line_ends = false;
    for (char c : text) {
      if (c == '"') in_quotes = !in_quotes;
      if (!in_quotes && (c == '\n' || c == '\r')) {
        line_ends = true;
        break;
      }
    }
    if (!line_ends && !whole) return std::nullopt;
  }
  shape.delimiter = sniff_delimiter(text);
  std::vector<grammar::CsvField> fields;
  const char* p = text.data();
  const char* const text_end = text.data() + text.size();
  if (grammar::parse_record(p, text_end, shape.delimiter, fields).outcome != grammar::RecordOutcome::ok)
    return std::nullopt;
  std::vector<std::string> header;
  for (auto& f : fields) header.push_back(std::move(f.text));
  if ((p == text_end && !whole) || !is_plain_utf8(text.data(), p)) return std::nullopt;
  shape.columns = header.size();
  const std::uint64_t data_start = bom + static_cast<std::uint64_t>(p - text.data());
  if (data_start >= shape.size) return std::nullopt;  // no data rows: the general path says so

  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, 8u);
  StretchCounts counts = scan_file(shape, data_start, threads, options.min_chunk_bytes);
  if (!counts.ok || counts.records == 0 || counts.end != shape.size) return std::nullopt;
  ColumnScan out;
  out.path = path;
  out.header = std::move(header);
  out.delimiter = shape.delimiter;
  out.encoding = bom ? "utf-8-bom" : "utf-8";
  out.data_start = data_start;
  out.size = shape.size;
  out.columns = std::move(counts.columns);
  out.settled = std::move(counts.settled);
  out.records = counts.records;
  return out;
}

std::optional<ColumnScan> scan_workbook_columns(const std::string& path, const ScaleVocabulary& vocabulary,
                                                std::size_t leading, std::vector<std::vector<std::string>>& first_rows) {
  if (!starts_like_zip(path)) return std::nullopt;
  RowCounts rows(vocabulary);
  rows.keep_first(leading);
  auto table = read_xlsx_file_rows(path, {}, [&](const RowView& row) { return rows.add(row); });
  if (!table || rows.counts().records == 0) return std::nullopt;  // the general path says why
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
  return out;
}

std::optional<StreamedSurvey> stream_survey(const std::string& path, const ScaleVocabulary& vocabulary,
                                            const StreamOptions& options) {
  if (starts_like_zip(path)) {  // an Excel workbook: its first sheet with data, row by row
    RowCounts rows(vocabulary);
    auto table = read_xlsx_file_rows(path, {}, [&](const RowView& row) { return rows.add(row); });
    if (!table || rows.counts().records == 0) return std::nullopt;  // the general path says why
    return plan_from_counts(path, rows.header(), ',', table->encoding, rows.counts(), vocabulary);
  }
  if (starts_like_sav(path)) {  // SPSS: ReadStat's values counted as they are read
    CodedCounts counts(vocabulary, "spss");
    if (!read_sav_file(path, counts)) return std::nullopt;  // the general path says why
    return counts.finish();
  }
  auto scan = scan_columns(path, vocabulary, options);
  if (!scan) return std::nullopt;
  StretchCounts counts;
  counts.columns = std::move(scan->columns);
  counts.settled = std::move(scan->settled);
  counts.records = scan->records;
  return plan_from_counts(path, scan->header, scan->delimiter, scan->encoding, counts, vocabulary);
}



std::optional<std::vector<ItemTally>> stream_tallies(const std::vector<std::string>& paths,
                                                     const ScaleVocabulary& vocabulary,
                                                     const StreamOptions& options) {
  std::vector<StreamedSurvey> streamed;
  for (const auto& path : paths) {
    auto s = stream_survey(path, vocabulary, options);
    if (!s) return std::nullopt;
    streamed.push_back(std::move(s).value());
  }
  std::vector<CountedSurvey> counted;
  for (auto& s : streamed) counted.push_back({&s.plan, std::move(s.answers)});
  return tally_counted(counted);
}

}  // namespace canvass
