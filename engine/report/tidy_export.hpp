// `canvass export`: one long, tidy table from the store (one row per observation, one
// column per variable) as CSV or JSON Lines, for R, pandas, SPSS, DuckDB or Spark. This is
// the analyst's own data: nothing is suppressed here (the data dictionary is in README.md),
// but personal data never leaves canvass: free text is redacted and identifying attributes
// (e-mail, name, IP address, location...) are left out.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "model/error.hpp"
#include "store/sqlite.hpp"
#include "text/redactor.hpp"

namespace canvass {

enum class ExportTable { responses, comments, notes, quotes, respondents };
enum class ExportFormat { csv, jsonl };

std::optional<ExportTable> export_table_from_string(std::string_view s);
std::optional<ExportFormat> export_format_from_string(std::string_view s);

// Streams `table` to `out`, free text passed through `redactor`; returns the number of rows
// written.
Result<long> export_table(Database& db, ExportTable table, ExportFormat format, const Redactor& redactor,
                          std::ostream& out);

}  // namespace canvass
