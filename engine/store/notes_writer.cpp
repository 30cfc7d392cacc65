#include "store/notes_writer.hpp"

#include <vector>

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

// Records refer to earlier records only (parents and first copies come first), so one
// pass in order can turn record ids into row ids.
Status insert_notes(Database& db, std::int64_t source_id, const std::vector<NoteRecord>& records) {
  auto st = db.prepare(
      "INSERT INTO note(source_id, number, kind, section, question, heading, grp, depth, parent_id, text, line, "
      "duplicate_of) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
  if (!st) return st.error();
  std::vector<std::int64_t> row_of(records.size() + 1, 0);
  auto row = [&](const std::optional<std::size_t>& id) -> std::optional<std::size_t> {
    if (!id || *id >= row_of.size() || row_of[*id] == 0) return std::nullopt;
    return static_cast<std::size_t>(row_of[*id]);
  };
  for (const NoteRecord& r : records) {
    st->bind(1, source_id).bind(2, static_cast<std::int64_t>(r.id)).bind(3, std::string_view(to_string(r.kind)));
    bind_optional(*st, 4, r.section);
    bind_optional(*st, 5, r.question);
    bind_optional(*st, 6, r.heading);
    bind_optional(*st, 7, r.group);
    st->bind(8, static_cast<std::int64_t>(r.depth));
    bind_optional(*st, 9, row(r.parent));
    st->bind(10, std::string_view(r.text)).bind(11, static_cast<std::int64_t>(r.line));
    bind_optional(*st, 12, row(r.duplicate_of));
    CANVASS_TRY(st->run());
    if (r.id < row_of.size()) row_of[r.id] = db.last_insert_id();
  }
  return Ok{};
}

}  // namespace

Result<StoredSource> store_notes(Database& db, const StoreOptions& options, const SourceFile& file,
                                 const NoteDocument& notes) {
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  auto existing = find_source_by_sha(db, file.sha256);
  if (!existing) return existing.error();
  StoredSource out;
  if (*existing) {  // stored meanwhile (ingest_file checks first, outside this transaction)
    out.outcome = StoreOutcome::unchanged;
    out.source_id = **existing;
    return out;
  }

  auto batch = batch_id_for(db, options.batch_label);
  if (!batch) return batch.error();
  // The earlier version at this path goes with all its records (foreign keys cascade).
  auto del = db.prepare("DELETE FROM source WHERE path = ?");
  if (!del) return del.error();
  del->bind(1, file.path);
  CANVASS_TRY(del->run());
  const bool replaced = db.changes() > 0;
  auto source_id = insert_source(db, *batch, file, "notes", notes.records.size(), 0, options.label);
  if (!source_id) return source_id.error();
  CANVASS_TRY(insert_notes(db, *source_id, notes.records));
  CANVASS_TRY(tx->commit());
  out.outcome = replaced ? StoreOutcome::replaced : StoreOutcome::stored;
  out.source_id = *source_id;
  return out;
}

}  // namespace canvass
