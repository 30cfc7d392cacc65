#include "sources/csv_reader.hpp"

#include <algorithm>
#include <array>

#include "csv/csv.hpp"
#include "sources/file_bytes.hpp"
#include "text/decode.hpp"

namespace canvass {

namespace {

// 1-based column of `at` on its line, counted in characters (not bytes).
std::size_t column_of(const char* begin, const char* at) {
  const char* line_start = at;
  while (line_start > begin && line_start[-1] != '\n' && line_start[-1] != '\r') --line_start;
  std::size_t col = 1;
  for (const char* p = line_start; p < at; ++p)
    if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) ++col;
  return col;
}

std::size_t line_breaks(const char* from, const char* to) {
  std::size_t n = 0;
  for (const char* p = from; p < to; ++p)
    if (*p == '\n' || (*p == '\r' && (p + 1 == to || p[1] != '\n'))) ++n;
  return n;
}

const char* end_of_line(const char* p, const char* last) {
  while (p < last && *p != '\n') ++p;
  return p < last ? p + 1 : p;
}

// The extent of one record as the grammar would read it, found without building cells,
// so an oversized record is refused before any of it is copied.
struct RecordExtent {
  const char* end = nullptr;  // past the record's line break
  const char* largest_field = nullptr;
  std::size_t largest_size = 0;
  const char* open_quote = nullptr;  // set when a quoted field never closes
};

RecordExtent measure_record(const char* p, const char* last, char delimiter) {
  RecordExtent ext;
  for (;;) {
    const char* field = p;
    if (p < last && *p == '"') {
      for (++p;; ++p) {
        if (p >= last) {
          ext.open_quote = field;
          ext.end = last;
          return ext;
        }
        if (*p == '"') {
          if (p + 1 < last && p[1] == '"') { ++p; continue; }
          ++p;
          break;
        }
      }
    }
    while (p < last && *p != delimiter && *p != '\n' && *p != '\r') ++p;
    if (static_cast<std::size_t>(p - field) > ext.largest_size) {
      ext.largest_size = static_cast<std::size_t>(p - field);
      ext.largest_field = field;
    }
    if (p < last && *p == delimiter) { ++p; continue; }
    if (p < last && *p == '\r') ++p;
    if (p < last && *p == '\n') ++p;
    ext.end = p;
    return ext;
  }
}

std::string mib(std::size_t bytes) {
  return bytes >= (std::size_t{1} << 20) ? std::to_string(bytes >> 20) + " MiB" : std::to_string(bytes) + " bytes";
}

}  // namespace

char sniff_delimiter(std::string_view text) {
  constexpr std::array<char, 4> candidates{',', ';', '\t', '|'};
  std::array<std::size_t, 4> counts{};
  bool in_quotes = false;
  for (char c : text) {
    if (c == '"') in_quotes = !in_quotes;
    if (in_quotes) continue;
    if (c == '\n' || c == '\r') break;
    for (std::size_t i = 0; i < candidates.size(); ++i)
      if (c == candidates[i]) ++counts[i];
  }
  const auto best = std::max_element(counts.begin(), counts.end());
  return *best == 0 ? ',' : candidates[static_cast<std::size_t>(best - counts.begin())];
}

Table parse_csv_text(std::string_view text, const std::string& path, const CsvLimits& limits) {
  Table table;
  table.path = path;
  table.delimiter = sniff_delimiter(text);
  const char* const begin = text.data();
  const char* const last = begin + text.size();
  const char* p = begin;
  std::size_t line = 1;
  std::vector<grammar::CsvField> fields;
  bool every_value_quoted = true;  // until a non-empty unquoted field says otherwise
  bool any_quoted = false;
  while (p < last) {
    const char* start = p;
    // Only text longer than a field cap can hold an oversized record: measure it first.
    if (static_cast<std::size_t>(last - p) > std::min(limits.max_field, limits.max_record)) {
      const RecordExtent ext = measure_record(p, last, table.delimiter);
      if (ext.open_quote) {
        const Location where{path, line + line_breaks(start, ext.open_quote), column_of(begin, ext.open_quote)};
        table.rejects.push_back({where, "unterminated quoted field: the quote opened here never closes",
                                 std::string(start, std::min<std::size_t>(200, static_cast<std::size_t>(last - start)))});
        break;
      }
      const std::size_t record_size = static_cast<std::size_t>(ext.end - start);
      if (ext.largest_size > limits.max_field || record_size > limits.max_record) {
        const bool field = ext.largest_size > limits.max_field;
        const char* at = field ? ext.largest_field : start;
        const Location where{path, line + line_breaks(start, at), column_of(begin, at)};
        table.rejects.push_back({where,
                                 field ? "field is larger than the limit of " + mib(limits.max_field)
                                       : "record is larger than the limit of " + mib(limits.max_record),
                                 std::string(start, std::min<std::size_t>(200, record_size))});
        line += line_breaks(start, ext.end);
        p = ext.end;
        continue;
      }
    }
    const auto parsed = grammar::parse_record(p, last, table.delimiter, fields);
    if (parsed.outcome == grammar::RecordOutcome::ok && fields.size() > limits.max_columns) {
      table.rejects.push_back({{path, line, 0},
                               "record has " + std::to_string(fields.size()) + " columns, more than the limit of " +
                                   std::to_string(limits.max_columns),
                               std::string(start, std::min<std::size_t>(200, static_cast<std::size_t>(p - start)))});
      line += line_breaks(start, p);
      if (table.rows.empty()) break;  // the header: no row after it can be read by its columns
      continue;
    }
    if (parsed.outcome == grammar::RecordOutcome::ok) {
      Row row{line, {}};
      row.cells.reserve(fields.size());
      for (std::size_t c = 0; c < fields.size(); ++c) {
        grammar::CsvField& f = fields[c];
        any_quoted = any_quoted || f.quoted;
        if (!f.quoted && !f.text.empty()) every_value_quoted = false;
        if (!f.quoted && f.text.empty() && every_value_quoted) row.nulls.push_back(c);  // kept only if it stays so
        row.cells.push_back(std::move(f.text));
      }
      table.rows.push_back(std::move(row));
      line += line_breaks(start, p);
      continue;
    }
    const std::size_t err_line = line + line_breaks(start, parsed.error_at);
    Location where{path, err_line, column_of(begin, parsed.error_at)};
    if (parsed.outcome == grammar::RecordOutcome::unterminated_quote) {
      table.rejects.push_back({where, "unterminated quoted field: the quote opened here never closes",
                               std::string(start, std::min<std::size_t>(200, static_cast<std::size_t>(last - start)))});
      break;  // everything after is inside the open quote
    }
    p = end_of_line(parsed.error_at, last);
    table.rejects.push_back({where, "text after a closing quote (expected a delimiter or the end of the line)",
                             std::string(start, p)});
    line = err_line + 1;
  }
  table.quotes_every_value = every_value_quoted && any_quoted;
  if (!table.quotes_every_value)
    for (Row& row : table.rows) row.nulls.clear();
  return table;
}

Result<Table> read_csv_file(const std::string& path) {
  auto bytes = read_file_bytes(path);
  if (!bytes) return bytes.error();
  auto decoded = decode_text(*bytes, Location{path});
  if (!decoded) return decoded.error();
  Table table = parse_csv_text(decoded->text, path);
  table.encoding = decoded->encoding;
  return table;
}

}  // namespace canvass
