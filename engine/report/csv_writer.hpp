// Writes CSV that any spreadsheet or data tool reads: RFC 4180 minimal quoting, LF
// line ends, one header row.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace canvass {

// The field made spreadsheet-safe (report/spreadsheet_safe: a formula gets a leading
// apostrophe, control characters are replaced), quoted when it holds a comma, quote or
// line break.
std::string csv_field(std::string_view value);

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

// The UTF-8 byte-order mark Excel needs to read a CSV as UTF-8 (its own "CSV UTF-8"):
// every CSV file written into a report folder starts with it; standard output carries it
// only when asked (--bom), since pipes and data tools expect plain UTF-8.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// A number with `decimals` places ("53.8"), or empty for none.
std::string format_number(double value, int decimals = 1);

}  // namespace canvass
