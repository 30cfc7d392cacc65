#include "analysis/streamed_counts.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <thread>

#include "analysis/column_counts.hpp"
#include "analysis/column_labels.hpp"
#include "csv/csv.hpp"
#include "sources/csv_reader.hpp"
#include "sources/csv_scan.hpp"
#include "sources/file_blocks.hpp"
#include "sources/plain_text_check.hpp"

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
  if (fields.size() > CsvLimits{}.max_columns) return std::nullopt;  // the general path refuses it, with its line
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

std::optional<std::vector<Row>> first_records(const std::string& path, const ColumnScan& scan, std::size_t count) {
  OpenFile file(path);
  if (file.fd() < 0) return std::nullopt;
  std::vector<char> buf(std::size_t{1} << 16);
  for (;;) {
    const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(buf.size(), scan.size - scan.data_start));
    const long n = read_at(file.fd(), buf.data(), want, scan.data_start);
    if (n != static_cast<long>(want)) return std::nullopt;
    const bool eof = scan.data_start + want >= scan.size;
    std::vector<Row> rows;
    const char* p = buf.data();
    const char* const last = buf.data() + want;
    std::string unescaped;
    bool short_read = false;
    while (rows.size() < count && p < last) {
      Row row;
      const ScanOutcome o = scan_record(p, last, eof, scan.delimiter, [&](std::size_t, const FieldView& f) {
        if (f.escaped) {
          unescape_quotes(f.bytes(), unescaped);
          row.cells.push_back(unescaped);
        } else {
          row.cells.emplace_back(f.bytes());
        }
      });
      if (o == ScanOutcome::malformed) return std::nullopt;
      if (o == ScanOutcome::need_more) {
        short_read = true;
        break;
      }
      rows.push_back(std::move(row));
    }
    if (!short_read) return rows;
    if (buf.size() > (std::size_t{64} << 20)) return std::nullopt;
    buf.resize(buf.size() * 4);
  }
}

Result<std::optional<StreamedSurvey>> stream_survey(const std::string& path, const ScaleVocabulary& vocabulary,
                                                    const StreamOptions& options) {
  if (auto container = container_of(path); container != StreamedContainer::delimited)
    return stream_container_survey(path, container, vocabulary);
  auto scan = scan_columns(path, vocabulary, options);
  if (!scan) return std::optional<StreamedSurvey>{};
  auto leading = first_records(path, *scan, kRowsShowingHeaderRows);
  if (!leading) return std::optional<StreamedSurvey>{};
  std::vector<std::vector<std::string>> first;
  for (Row& row : *leading) first.push_back(std::move(row.cells));
  auto header_rows = take_header_rows(path, scan->header, first, scan->columns, scan->records);
  if (!header_rows) return std::optional<StreamedSurvey>{};
  StretchCounts counts;
  counts.columns = std::move(scan->columns);
  counts.settled = std::move(scan->settled);
  counts.records = scan->records;
  return plan_from_counts(path, *header_rows, scan->delimiter, scan->encoding, counts, vocabulary);
}

StreamedTallies stream_tallies(const std::vector<std::string>& paths, const ScaleVocabulary& vocabulary,
                               const StreamOptions& options) {
  StreamedTallies out;
  std::vector<StreamedSurvey> streamed;
  for (const auto& path : paths) {
    auto s = stream_survey(path, vocabulary, options);
    if (!s) {
      out.refused.emplace_back(path, s.error());
      continue;
    }
    if (!*s) return out;  // the general path reads them all
    streamed.push_back(std::move(**s));
  }
  std::vector<CountedSurvey> counted;
  for (auto& s : streamed) counted.push_back({&s.plan, std::move(s.answers)});
  out.tallies = tally_counted(counted);
  return out;
}

}  // namespace canvass
