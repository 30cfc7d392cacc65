// Keeps the quote bank in the store: each run's candidates (redacted text only) replace
// the last run's, while the report writer's keep/reject decisions, keyed by the quote's
// stable id, survive every re-run.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/quote.hpp"
#include "store/sqlite.hpp"

namespace canvass {

// A quote's columns in the `quote` table, viewing the caller's strings, which must stay
// valid while save_quotes runs.
struct QuoteRow {
  std::string_view id, origin;
  std::int64_t origin_id = 0;
  int sentence = 0;
  std::string_view respondent, question, source;
  std::int64_t line = 0;
  std::string_view text, theme, tone;
  double score = 0;
};

// Keeps the `count` quotes (`row(i)`) in place of the last run's (one transaction; only
// quotes new or changed since are written) and returns the stored decisions by quote id;
// on a read-only store writes nothing and only returns the decisions.
Result<std::map<std::string, std::string>> save_quotes(Database& db, std::size_t count,
                                                       const std::function<QuoteRow(std::size_t)>& row);

// Records `decision` ("keep", "reject", or "" to clear) for the quote whose id starts with
// `id` (at least 4 characters, matching exactly one quote). Returns the full id.
Result<std::string> decide_quote(Database& db, const std::string& id, const std::string& decision);

}  // namespace canvass
