// Keeps the quote bank in the store: each run's candidates (redacted text only) replace
// the last run's, while the report writer's keep/reject decisions, keyed by the quote's
// stable id, survive every re-run.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analysis/quote.hpp"
#include "store/sqlite.hpp"

namespace canvass {

// Keeps the `count` quotes (`quote(i)`, whose id is `id_of(i)`) in place of the last run's
// (one transaction; only quotes new or changed since are written) and returns the stored
// decisions by quote id; on a read-only store writes nothing and only returns the decisions.
Result<std::map<std::string, std::string>> save_quotes(Database& db, std::size_t count,
                                                       const std::function<const std::string&(std::size_t)>& id_of,
                                                       const std::function<Quote(std::size_t)>& quote);

// Records `decision` ("keep", "reject", or "" to clear) for the quote whose id starts with
// `id` (at least 4 characters, matching exactly one quote). Returns the full id.
Result<std::string> decide_quote(Database& db, const std::string& id, const std::string& decision);

}  // namespace canvass
