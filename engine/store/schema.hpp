// The store's schema and its migrations: opening a store checks it is a canvass store
// (SQLite application_id), applies missing migrations (user_version) and sets the
// connection's safety pragmas.
#pragma once

#include <string>

#include "model/error.hpp"
#include "store/sqlite.hpp"

namespace canvass {

inline constexpr int kSchemaVersion = 4;
// The oldest schema a read-only store may have: later versions only add caches and
// indexes, which a reader does without (version 3: the quote bank's passage_result;
// version 4: an index of the quotes someone decided about).
inline constexpr int kReadableSchemaVersion = 2;
inline constexpr int kApplicationId = 0x43564153;  // "CVAS"

// Opens the store at `path`, creating and migrating it when `create`. A file that is
// not a canvass store is refused and never written to. The store is a plain file path:
// ":memory:", "file:" URIs, devices and folders are refused. Without `create`, a store
// canvass may not write (chmod 444, a read-only folder) is opened read-only.
// The integrity check (PRAGMA quick_check, which reads the whole file) runs on opening,
// unless `check_now` is false: then it runs before a migration would write, and a caller
// that may finish having only read (a report found up to date) calls check_store() before
// it writes. Pages SQLite finds damaged while reading are reported as a damaged store.
Result<Database> open_store(const std::string& path, bool create = true, bool check_now = true);

// Refuses a damaged store ("restore it from a backup"); checks a connection once.
Status check_store(Database& db);

// A store in memory for one command's scratch work (dist reading files directly).
Result<Database> open_scratch_store();

}  // namespace canvass
