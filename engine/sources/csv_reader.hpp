// Reads delimited text (CSV, semicolon, tab, pipe) into a Table: decodes the bytes,
// sniffs the delimiter and parses records with the X3 grammar in grammars/csv.
#pragma once

#include <string>
#include <string_view>

#include "model/error.hpp"
#include "sources/table.hpp"

namespace canvass {

// Reads the file at `path`. A record that cannot be parsed becomes a Reject carrying its
// line and column; an unterminated quote ends the table there. Errors only for files
// that cannot be read at all.
Result<Table> read_csv_file(const std::string& path);

// Caps that keep one bad record from swallowing the file (an unclosed quote, a pasted
// binary blob): a record over either cap is rejected with its position, never padded.
// A record with more columns than Excel's own limit is refused the same way (a header
// over it ends the table: nothing after it could be read by its columns).
struct CsvLimits {
  std::size_t max_field = std::size_t{16} << 20;   // 16 MiB
  std::size_t max_record = std::size_t{64} << 20;  // 64 MiB
  std::size_t max_columns = 16384;                 // Excel's XFD
};

// Parses already-decoded UTF-8 text; `path` is used in locations.
Table parse_csv_text(std::string_view text, const std::string& path, const CsvLimits& limits = {});

// The delimiter that splits the first record most consistently: , ; TAB or |.
char sniff_delimiter(std::string_view text);

}  // namespace canvass
