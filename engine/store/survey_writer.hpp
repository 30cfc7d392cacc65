// Writes one source's Survey into the store in a single transaction: identical bytes
// (same SHA-256) add nothing; a changed file at the same path replaces its old records.
#pragma once

#include <cstdint>
#include <string>

#include "model/survey.hpp"
#include "store/sqlite.hpp"

namespace canvass {

struct SourceFile {
  std::string path;
  std::string sha256;
  std::string kind;      // container: csv, xlsx, sav, triple-s, text, docx
  std::string encoding;
};

enum class StoreOutcome { stored, unchanged, replaced };

struct StoredSource {
  StoreOutcome outcome = StoreOutcome::stored;
  std::int64_t source_id = 0;
};

// True when a source with these bytes is already in the store (its id), so callers can
// skip parsing it at all.
Result<std::optional<std::int64_t>> find_source_by_sha(Database& db, const std::string& sha256);

// The batch with this label, created when missing.
Result<std::int64_t> batch_id_for(Database& db, const std::string& label);

// Deletes the source recorded at `path` (all its records go with it); returns whether one was there.
Result<bool> delete_source_at(Database& db, const std::string& path);

// Inserts the source row and returns its id; callers hold the transaction.
Result<std::int64_t> insert_source(Database& db, std::int64_t batch_id, const SourceFile& file,
                                   const std::string& platform, std::size_t rows_read, std::size_t rows_rejected);

// Inserts the source's rejects.
Status insert_rejects(Database& db, std::int64_t source_id, const std::vector<Reject>& rejects);

// Stores `survey` read from `file` under the batch labelled `batch_label`.
Result<StoredSource> store_survey(Database& db, const std::string& batch_label, const SourceFile& file,
                                  const Survey& survey);

}  // namespace canvass
