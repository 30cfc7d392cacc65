#include "store/notes_writer.hpp"

#include <optional>
#include <vector>

#include "notes/duplicates.hpp"
#include "notes/read_notes.hpp"

namespace canvass {

namespace {

void bind_optional(Statement& st, int index, const std::optional<std::string>& v) {
  if (v) st.bind(index, std::string_view(*v));
  else st.bind(index, std::nullopt);
}

void bind_optional(Statement& st, int index, const std::optional<std::size_t>& v) {
  if (v) st.bind(index, static_cast<std::int64_t>(*v));
  else st.bind(index, std::nullopt);
}

// Inserts records one at a time. Records refer to earlier records only (parents and first
// copies come first), so the row id of each record id is known when it is needed.
class NoteRows {
 public:
  static Result<NoteRows> prepare(Database& db, std::int64_t source_id) {
    auto st = db.prepare(
        "INSERT INTO note(source_id, number, kind, section, question, heading, grp, depth, parent_id, text, line, "
        "duplicate_of) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st) return st.error();
    return NoteRows(db, std::move(*st), source_id);
  }

  Status insert(const NoteRecord& r) {
    Statement& st = st_;
    st.bind(1, source_id_).bind(2, static_cast<std::int64_t>(r.id)).bind(3, std::string_view(to_string(r.kind)));
    bind_optional(st, 4, r.section);
    bind_optional(st, 5, r.question);
    bind_optional(st, 6, r.heading);
    bind_optional(st, 7, r.group);
    st.bind(8, static_cast<std::int64_t>(r.depth));
    bind_optional(st, 9, row(r.parent));
    st.bind(10, std::string_view(r.text)).bind(11, static_cast<std::int64_t>(r.line));
    bind_optional(st, 12, row(r.duplicate_of));
    CANVASS_TRY(st.run());
    if (row_of_.size() <= r.id) row_of_.resize(r.id + 1, 0);
    row_of_[r.id] = db_->last_insert_id();
    return Ok{};
  }

  std::size_t count() const { return row_of_.empty() ? 0 : row_of_.size() - 1; }

 private:
  NoteRows(Database& db, Statement st, std::int64_t source_id) : db_(&db), st_(std::move(st)), source_id_(source_id) {}

  std::optional<std::size_t> row(const std::optional<std::size_t>& id) const {
    if (!id || *id >= row_of_.size() || row_of_[*id] == 0) return std::nullopt;
    return static_cast<std::size_t>(row_of_[*id]);
  }

  Database* db_;
  Statement st_;
  std::int64_t source_id_;
  std::vector<std::int64_t> row_of_;  // record id -> row id
};

// Inside the caller's transaction: whether these bytes are stored already, and otherwise
// the new source row (replacing the earlier version at its path).
struct Opened {
  std::optional<StoredSource> unchanged;
  std::int64_t source_id = 0;
  bool replaced = false;
};

Result<Opened> open_source(Database& db, const StoreOptions& options, const SourceFile& file, std::size_t records) {
  Opened out;
  auto existing = find_source_by_sha(db, file.sha256);
  if (!existing) return existing.error();
  if (*existing) {  // stored meanwhile (ingest_file checks first, outside this transaction)
    out.unchanged = StoredSource{StoreOutcome::unchanged, **existing};
    return out;
  }
  auto batch = batch_id_for(db, options.batch_label);
  if (!batch) return batch.error();
  // The earlier version at this path goes with all its records (foreign keys cascade).
  auto del = db.prepare("DELETE FROM source WHERE path = ?");
  if (!del) return del.error();
  del->bind(1, file.path);
  CANVASS_TRY(del->run());
  out.replaced = db.changes() > 0;
  auto source_id = insert_source(db, *batch, file, "notes", records, 0, options.label);
  if (!source_id) return source_id.error();
  out.source_id = *source_id;
  return out;
}

}  // namespace

Result<StoredSource> store_notes(Database& db, const StoreOptions& options, const SourceFile& file,
                                 const NoteDocument& notes) {
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  auto opened = open_source(db, options, file, notes.records.size());
  if (!opened) return opened.error();
  if (opened->unchanged) return *opened->unchanged;
  auto rows = NoteRows::prepare(db, opened->source_id);
  if (!rows) return rows.error();
  for (const NoteRecord& r : notes.records) CANVASS_TRY(rows->insert(r));
  CANVASS_TRY(tx->commit());
  return StoredSource{opened->replaced ? StoreOutcome::replaced : StoreOutcome::stored, opened->source_id};
}

Result<StoredNotes> read_and_store_notes(Database& db, const StoreOptions& options, SourceFile file,
                                         std::string_view bytes) {
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  auto opened = open_source(db, options, file, 0);
  if (!opened) return opened.error();
  if (opened->unchanged) return StoredNotes{*opened->unchanged, 0};
  auto rows = NoteRows::prepare(db, opened->source_id);
  if (!rows) return rows.error();
  Status failed = Ok{};
  DuplicateMarker duplicates;
  auto doc = stream_notes(file.path, bytes, [&](NoteRecord&& r) {
    duplicates.mark(r);
    if (failed) failed = rows->insert(r);
  });
  if (!doc) return doc.error();
  CANVASS_TRY(failed);
  if (rows->count() == 0) return Error{{file.path}, "no notes: the file holds only blank lines"};
  auto update = db.prepare("UPDATE source SET kind = ?, encoding = ?, rows_read = ? WHERE id = ?");
  if (!update) return update.error();
  update->bind(1, std::string_view(doc->container)).bind(2, std::string_view(doc->encoding));
  update->bind(3, static_cast<std::int64_t>(rows->count())).bind(4, opened->source_id);
  CANVASS_TRY(update->run());
  CANVASS_TRY(tx->commit());
  return StoredNotes{{opened->replaced ? StoreOutcome::replaced : StoreOutcome::stored, opened->source_id},
                     rows->count()};
}

}  // namespace canvass
