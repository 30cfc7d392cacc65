// Keeps the quote bank in the store: each run's candidates (redacted text only) replace
// the last run's, while the report writer's keep/reject decisions, keyed by the quote's
// stable id, survive every re-run.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "analysis/quote.hpp"
#include "store/sqlite.hpp"

namespace canvass {

// Writes `quotes` (one transaction) and fills in each one's stored decision; on a
// read-only store only fills in the decisions.
Status save_quotes(Database& db, std::vector<Quote>& quotes);

// Records `decision` ("keep", "reject", or "" to clear) for the quote whose id starts with
// `id` (at least 4 characters, matching exactly one quote). Returns the full id.
Result<std::string> decide_quote(Database& db, const std::string& id, const std::string& decision);

}  // namespace canvass
