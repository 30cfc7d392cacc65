// Writes one source's Survey into the store in a single transaction: identical bytes
// (same SHA-256) add nothing; a changed file replaces the same logical source's records,
// keeping respondents matched by their platform response ID.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
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
  std::string previous_path{};  // the logical path of the source replaced, when it differs
  // Respondents of a replaced source: matched by response ID and rewritten in place,
  // added, or gone from the new export.
  std::size_t respondents_updated = 0;
  std::size_t respondents_added = 0;
  std::size_t respondents_removed = 0;
};

// How a source is identified and labelled.
struct StoreOptions {
  std::string batch_label;
  std::string label;  // the source's label (workshop, cohort); stored on the source
  // The logical paths of every file in this run (a study's sources), or empty for a plain
  // `ingest`. With a set, a stored source whose path is not in it may be taken over by a
  // file with the same bytes (renamed) or sharing most of its response IDs (re-downloaded
  // under another name); a source still in the set is never taken over.
  std::optional<std::set<std::string>> paths_in_run;
};

// True when a source with these bytes is already in the store (its id), so callers can
// skip parsing it at all.
Result<std::optional<std::int64_t>> find_source_by_sha(Database& db, const std::string& sha256);

// The batch with this label, created when missing. A write into it is starting, so a
// finished batch is open again until finish_batch; callers hold the source's transaction,
// so a write that never lands leaves the batch as it was.
Result<std::int64_t> batch_id_for(Database& db, const std::string& label);

// Marks the batch finished at the end of an ingest or run: "complete", or "partial" when
// some file could not be stored. Only a batch this run opened changes (an unchanged
// re-run leaves the store as it was); one a killed run opened stays "open".
Status finish_batch(Database& db, const std::string& label, bool partial);

// Deletes the source recorded at `path` (all its records go with it); returns whether one
// was there. Callers hold the transaction.
Result<bool> delete_source_at(Database& db, const std::string& path);

// Inserts the source row (its label NULL when empty) and returns its id; callers hold the
// transaction.
Result<std::int64_t> insert_source(Database& db, std::int64_t batch_id, const SourceFile& file,
                                   const std::string& platform, std::size_t rows_read, std::size_t rows_rejected,
                                   const std::string& label);

// Inserts the source's rejects.
Status insert_rejects(Database& db, std::int64_t source_id, const std::vector<Reject>& rejects);

// Stores `survey` read from `file`: in one transaction that lands whole or not at all.
Result<StoredSource> store_survey(Database& db, const StoreOptions& options, const SourceFile& file,
                                  const Survey& survey);

// Fills the next respondent and returns true, or false after the last one.
using NextRespondent = std::function<Result<bool>(Respondent&)>;

// Stores a new source whose respondents arrive one at a time from `next` (a streamed
// ingest), in one transaction that lands whole or not at all, with the same rows and ids
// store_survey would write. `plan` holds the platform, questions and rows_read; its
// respondents are ignored. Nothing (and nothing written) when the source is not new:
// its bytes or path are stored, or in a study run it shares most of its response IDs
// with another stored source (a new download of it, which store_survey replaces).
Result<std::optional<StoredSource>> store_new_survey(Database& db, const StoreOptions& options, const SourceFile& file,
                                                     const Survey& plan, const NextRespondent& next);

// Records that `file`'s bytes are already stored (so nothing is read or written), and in a
// study run follows a renamed file: the stored source takes the new path.
Result<StoredSource> record_unchanged(Database& db, const StoreOptions& options, const SourceFile& file);

// The same for a plain ingest under the batch labelled `batch_label`.
Result<StoredSource> store_survey(Database& db, const std::string& batch_label, const SourceFile& file,
                                  const Survey& survey);

}  // namespace canvass
