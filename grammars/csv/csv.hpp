// The delimited-text grammar's interface: parse one record (RFC 4180 quoting, doubled
// quotes, line breaks inside quotes, CRLF/LF/CR) at a time. Rules live in csv_def.hpp;
// csv.cpp instantiates them once so no other file pays for Spirit X3.
#pragma once

#include <string>
#include <vector>

namespace canvass::grammar {

enum class RecordOutcome {
  ok,                  // `first` moved past the record and its line break
  unterminated_quote,  // a quoted field never closes; `error_at` is its opening quote
  text_after_quote,    // a closing quote is followed by something other than a delimiter or line end
};

struct RecordParse {
  RecordOutcome outcome = RecordOutcome::ok;
  const char* error_at = nullptr;
};

// One field of a record: its text with doubled quotes made one, and whether it was quoted.
struct CsvField {
  bool quoted = false;
  std::string text;
};

// Parses the record that starts at `first` into `fields` (cleared first) and advances
// `first` past it. `delimiter` is one of , ; TAB |.
RecordParse parse_record(const char*& first, const char* last, char delimiter, std::vector<CsvField>& fields);

}  // namespace canvass::grammar
