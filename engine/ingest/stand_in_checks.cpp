#include "ingest/stand_in_checks.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "layouts/column_classifier.hpp"
#include "layouts/multi_select.hpp"
#include "sources/csv_scan.hpp"
#include "sources/file_blocks.hpp"
#include "text/fold.hpp"

namespace canvass {
bool certainly_free_text(const std::vector<std::string>& seen, const std::string& separator, bool one_item) {
  std::set<std::string> distinct;
  std::size_t longest = 0;
  bool numeric = true;
  for (const auto& raw : seen) {
    const std::string a = collapse_spaces(raw);
    if (a.empty()) continue;
    longest = std::max(longest, a.size());
    numeric = numeric && is_number(a);
    distinct.insert(a);
  }
  if (distinct.empty() || numeric) return false;
  if (!(longest > 80 || (distinct.size() > 12 && longest > 30))) return false;
  if (separator.empty() || !one_item) return true;
  std::set<std::string> parts;
  for (const auto& raw : seen)
    for (const auto& part : split_choices(raw, separator)) {
      if (part.size() > 60) return true;
      parts.insert(fold(part));
    }
  return parts.size() > 15;
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

}  // namespace canvass
