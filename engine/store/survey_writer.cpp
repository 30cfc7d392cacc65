#include "store/survey_writer.hpp"

#include <map>
#include <set>

#include "model/utc_time.hpp"
#include "store/respondent_rows.hpp"

namespace canvass {

namespace {

struct StoredRef {
  std::int64_t id = 0;
  std::string path;
};

Result<std::optional<StoredRef>> source_where(Database& db, const char* sql, const std::string& key) {
  auto st = db.prepare(sql);
  if (!st) return st.error();
  st->bind(1, key);
  auto row = st->step();
  if (!row) return row.error();
  if (!*row) return std::optional<StoredRef>{};
  return std::optional<StoredRef>{StoredRef{st->integer(0), st->text(1)}};
}

// Counts, by stored source, the respondents with `external_id` (those of `except`, the
// source being written, left out).
Status count_shared_id(Statement& find, const std::string& external_id, std::int64_t except,
                       std::map<std::int64_t, std::size_t>& shared) {
  if (external_id.empty()) return Ok{};
  find.bind(1, external_id);
  for (;;) {
    auto row = find.step();
    if (!row) return row.error();
    if (!*row) break;
    if (find.integer(0) != except) ++shared[find.integer(0)];
  }
  find.reset();
  return Ok{};
}

constexpr const char* kFindByResponseId = "SELECT source_id FROM respondent WHERE external_id = ?";

// Of the stored sources sharing response IDs (`shared`: how many, by source), the one not
// among this run's own files, of the same platform, that shares more than half of its
// identified respondents: the same export downloaded again under a new name.
Result<std::optional<StoredRef>> source_sharing(Database& db, const std::map<std::int64_t, std::size_t>& shared,
                                                const std::string& platform, const std::set<std::string>& paths_in_run) {
  auto about = db.prepare(
      "SELECT path, coalesce(platform, ''), (SELECT count(*) FROM respondent r WHERE r.source_id = s.id AND "
      "coalesce(r.external_id, '') <> '') FROM source s WHERE id = ?");
  if (!about) return about.error();
  std::optional<StoredRef> best;
  std::size_t best_shared = 0;
  for (const auto& [source_id, count] : shared) {
    about->bind(1, source_id);
    auto row = about->step();
    if (!row) return row.error();
    const std::string path = *row ? about->text(0) : std::string{};
    const bool same_platform = *row && about->text(1) == platform;
    const auto identified = *row ? static_cast<std::size_t>(about->integer(2)) : 0;
    about->reset();
    if (!same_platform || paths_in_run.count(path) || 2 * count <= identified || count <= best_shared) continue;
    best = StoredRef{source_id, path};
    best_shared = count;
  }
  return best;
}

// The stored source `survey` is a new download of, if any (see source_sharing).
Result<std::optional<StoredRef>> source_sharing_response_ids(Database& db, const Survey& survey,
                                                            const std::set<std::string>& paths_in_run) {
  auto find = db.prepare(kFindByResponseId);
  if (!find) return find.error();
  std::map<std::int64_t, std::size_t> shared;
  for (const Respondent& person : survey.respondents) CANVASS_TRY(count_shared_id(*find, person.external_id, -1, shared));
  return source_sharing(db, shared, survey.platform, paths_in_run);
}

// Clears a source's questions (with their items, responses and comments), attributes and
// rejects, and returns its respondents by response ID for reuse.
Result<RespondentReuse> clear_source(Database& db, std::int64_t source_id) {
  RespondentReuse reuse;
  auto old = db.prepare("SELECT id, coalesce(external_id, '') FROM respondent WHERE source_id = ? ORDER BY id");
  if (!old) return old.error();
  old->bind(1, source_id);
  for (;;) {
    auto row = old->step();
    if (!row) return row.error();
    if (!*row) break;
    if (!old->text(1).empty()) reuse.by_external_id.emplace(old->text(1), old->integer(0));
  }
  old->reset();
  for (const char* sql : {"DELETE FROM question WHERE source_id = ?", "DELETE FROM reject WHERE source_id = ?",
                          "DELETE FROM respondent_attribute WHERE respondent_id IN "
                          "(SELECT id FROM respondent WHERE source_id = ?)"}) {
    auto st = db.prepare(sql);
    if (!st) return st.error();
    st->bind(1, source_id);
    CANVASS_TRY(st->run());
  }
  CANVASS_TRY(db.exec("DELETE FROM scale WHERE id NOT IN (SELECT scale_id FROM question WHERE scale_id IS NOT NULL)"));
  return reuse;
}

// Deletes the old respondents no new record took over (gone from the new export).
Result<std::size_t> remove_unmatched(Database& db, std::int64_t source_id, const std::set<std::int64_t>& kept) {
  auto old = db.prepare("SELECT id FROM respondent WHERE source_id = ?");
  auto del = db.prepare("DELETE FROM respondent WHERE id = ?");
  if (!old) return old.error();
  if (!del) return del.error();
  old->bind(1, source_id);
  std::vector<std::int64_t> gone;
  for (;;) {
    auto row = old->step();
    if (!row) return row.error();
    if (!*row) break;
    if (!kept.count(old->integer(0))) gone.push_back(old->integer(0));
  }
  old->reset();
  for (std::int64_t id : gone) {
    del->bind(1, id);
    CANVASS_TRY(del->run());
  }
  return gone.size();
}

Status update_source(Database& db, std::int64_t source_id, std::int64_t batch_id, const SourceFile& file,
                     const StoreOptions& options, const Survey& survey) {
  auto st = db.prepare(
      "UPDATE source SET batch_id = ?, path = ?, sha256 = ?, kind = ?, platform = ?, encoding = ?, rows_read = ?, "
      "rows_rejected = ?, label = ?, ingested_at = ? WHERE id = ?");
  if (!st) return st.error();
  st->bind(1, batch_id).bind(2, file.path).bind(3, file.sha256).bind(4, file.kind).bind(5, survey.platform);
  st->bind(6, file.encoding).bind(7, static_cast<std::int64_t>(survey.rows_read));
  st->bind(8, static_cast<std::int64_t>(survey.rejects.size()));
  if (options.label.empty()) st->bind(9, std::nullopt); else st->bind(9, options.label);
  st->bind(10, utc_now()).bind(11, source_id);
  return st->run();
}

// The same bytes are already stored. When they were stored under a path that has left
// the study and nothing is stored at the new path, the file was renamed: follow it.
Result<StoredSource> note_unchanged(Database& db, const StoreOptions& options, const SourceFile& file,
                                    std::int64_t source_id, Transaction& tx) {
  StoredSource out{StoreOutcome::unchanged, source_id, {}, 0, 0, 0};
  auto stored = source_where(db, "SELECT id, path FROM source WHERE sha256 = ?",
                             file.sha256);
  if (!stored) return stored.error();
  if (!*stored || (*stored)->path == file.path) return out;
  out.previous_path = (*stored)->path;
  if (!options.paths_in_run || options.paths_in_run->count((*stored)->path)) return out;
  auto at_path = source_where(db, "SELECT id, path FROM source WHERE path = ?", file.path);
  if (!at_path) return at_path.error();
  if (*at_path) return out;
  auto st = db.prepare("UPDATE source SET path = ? WHERE id = ?");
  if (!st) return st.error();
  st->bind(1, file.path).bind(2, source_id);
  CANVASS_TRY(st->run());
  CANVASS_TRY(tx.commit());
  return out;
}

}  // namespace

Result<std::optional<std::int64_t>> find_source_by_sha(Database& db, const std::string& sha256) {
  auto st = db.prepare("SELECT id FROM source WHERE sha256 = ?");
  if (!st) return st.error();
  st->bind(1, sha256);
  auto row = st->step();
  if (!row) return row.error();
  if (!*row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{st->integer(0)};
}

Result<std::int64_t> batch_id_for(Database& db, const std::string& label) {
  auto find = db.prepare("SELECT id FROM batch WHERE label = ?");
  if (!find) return find.error();
  find->bind(1, label);
  auto row = find->step();
  if (!row) return row.error();
  if (*row) {
    const std::int64_t id = find->integer(0);
    find->reset();
    auto reopen = db.prepare("UPDATE batch SET status = 'open', finished_at = NULL WHERE id = ? AND status <> 'open'");
    if (!reopen) return reopen.error();
    reopen->bind(1, id);
    CANVASS_TRY(reopen->run());
    return id;
  }
  auto ins = db.prepare("INSERT INTO batch(label, started_at) VALUES(?,?)");
  if (!ins) return ins.error();
  ins->bind(1, label).bind(2, utc_now());
  CANVASS_TRY(ins->run());
  return db.last_insert_id();
}

Status finish_batch(Database& db, const std::string& label, bool partial) {
  auto st = db.prepare("UPDATE batch SET finished_at = ?, status = ? WHERE label = ? AND finished_at IS NULL");
  if (!st) return st.error();
  st->bind(1, utc_now()).bind(2, partial ? "partial" : "complete").bind(3, label);
  return st->run();
}

Result<bool> delete_source_at(Database& db, const std::string& path) {
  auto del = db.prepare("DELETE FROM source WHERE path = ?");
  if (!del) return del.error();
  del->bind(1, path);
  CANVASS_TRY(del->run());
  const bool deleted = db.changes() > 0;
  CANVASS_TRY(db.exec("DELETE FROM scale WHERE id NOT IN (SELECT scale_id FROM question WHERE scale_id IS NOT NULL)"));
  return deleted;
}

Result<std::int64_t> insert_source(Database& db, std::int64_t batch_id, const SourceFile& file,
                                   const std::string& platform, std::size_t rows_read, std::size_t rows_rejected,
                                   const std::string& label) {
  auto st = db.prepare(
      "INSERT INTO source(batch_id, path, sha256, kind, platform, encoding, rows_read, rows_rejected, ingested_at, "
      "label) VALUES(?,?,?,?,?,?,?,?,?,?)");
  if (!st) return st.error();
  st->bind(1, batch_id).bind(2, file.path).bind(3, file.sha256).bind(4, file.kind).bind(5, platform);
  st->bind(6, file.encoding).bind(7, static_cast<std::int64_t>(rows_read));
  st->bind(8, static_cast<std::int64_t>(rows_rejected)).bind(9, utc_now());
  if (label.empty()) st->bind(10, std::nullopt);
  else st->bind(10, label);
  CANVASS_TRY(st->run());
  return db.last_insert_id();
}

Status insert_rejects(Database& db, std::int64_t source_id, const std::vector<Reject>& rejects) {
  auto st = db.prepare("INSERT INTO reject(source_id, line, column_number, reason, raw) VALUES(?,?,?,?,?)");
  if (!st) return st.error();
  for (const auto& rj : rejects) {
    st->bind(1, source_id).bind(2, static_cast<std::int64_t>(rj.where.line));
    st->bind(3, static_cast<std::int64_t>(rj.where.column)).bind(4, rj.reason).bind(5, rj.raw);
    CANVASS_TRY(st->run());
  }
  return Ok{};
}

Result<StoredSource> store_survey(Database& db, const StoreOptions& options, const SourceFile& file,
                                  const Survey& survey) {
  auto tx = Transaction::begin(db);  // BEGIN IMMEDIATE: a second run waits here, never half-way
  if (!tx) return tx.error();
  auto existing = find_source_by_sha(db, file.sha256);
  if (!existing) return existing.error();
  if (*existing) return note_unchanged(db, options, file, **existing, *tx);

  // Which stored source this file is a new version of: the one at its path, else (in a
  // study run) one it shares most response IDs with whose own file has left the study.
  auto target = source_where(db, "SELECT id, path FROM source WHERE path = ? ORDER BY id LIMIT 1", file.path);
  if (!target) return target.error();
  if (!*target && options.paths_in_run) {
    target = source_sharing_response_ids(db, survey, *options.paths_in_run);
    if (!target) return target.error();
  }

  auto batch = batch_id_for(db, options.batch_label);
  if (!batch) return batch.error();
  StoredSource out;
  RespondentReuse reuse;
  if (*target) {
    out.outcome = StoreOutcome::replaced;
    out.source_id = (*target)->id;
    if ((*target)->path != file.path) out.previous_path = (*target)->path;
    auto cleared = clear_source(db, out.source_id);
    if (!cleared) return cleared.error();
    reuse = std::move(cleared).value();
    CANVASS_TRY(update_source(db, out.source_id, *batch, file, options, survey));
  } else {
    auto source_id =
        insert_source(db, *batch, file, survey.platform, survey.rows_read, survey.rejects.size(), options.label);
    if (!source_id) return source_id.error();
    out.source_id = *source_id;
  }
  auto ids = insert_questions(db, out.source_id, survey);
  if (!ids) return ids.error();
  CANVASS_TRY(insert_respondents(db, out.source_id, file.path, survey, *ids, reuse, out));
  if (out.outcome == StoreOutcome::replaced) {
    auto removed = remove_unmatched(db, out.source_id, reuse.kept);
    if (!removed) return removed.error();
    out.respondents_removed = *removed;
  }
  CANVASS_TRY(insert_rejects(db, out.source_id, survey.rejects));
  CANVASS_TRY(insert_rejects(db, out.source_id, survey.answer_rejects));
  CANVASS_TRY(tx->commit());
  return out;
}

namespace {

// Foreign keys are checked per row; a bulk load whose parents it has just inserted itself
// turns them off for its transaction (SQLite ignores the pragma inside one) and back on.
class ForeignKeysOff {
 public:
  explicit ForeignKeysOff(Database& db) : db_(db) { ok_ = static_cast<bool>(db_.exec("PRAGMA foreign_keys=OFF")); }
  ForeignKeysOff(const ForeignKeysOff&) = delete;
  ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;
  ~ForeignKeysOff() {
    if (ok_) (void)db_.exec("PRAGMA foreign_keys=ON");
  }

 private:
  Database& db_;
  bool ok_ = false;
};

Result<bool> table_is_empty(Database& db, const char* table) {
  auto st = db.prepare(std::string("SELECT 1 FROM ") + table + " LIMIT 1");
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  const bool empty = !*row;
  st->reset();
  return empty;
}

}  // namespace

Result<std::optional<StoredSource>> store_new_survey(Database& db, const StoreOptions& options, const SourceFile& file,
                                                     const Survey& plan, const NextRespondent& next) {
  ForeignKeysOff fk(db);
  auto tx = Transaction::begin(db);  // BEGIN IMMEDIATE: a second run waits here, never half-way
  if (!tx) return tx.error();
  auto existing = find_source_by_sha(db, file.sha256);
  if (!existing) return existing.error();
  if (*existing) return std::optional<StoredSource>{};
  auto at_path = source_where(db, "SELECT id, path FROM source WHERE path = ? ORDER BY id LIMIT 1", file.path);
  if (!at_path) return at_path.error();
  if (*at_path) return std::optional<StoredSource>{};
  // In a study run a stored source could be this one downloaded again under another name:
  // its response IDs are counted against the stored ones as the respondents go in, and if
  // it is one, nothing is kept and the whole-file path replaces that source.
  std::optional<Statement> find_shared;
  std::map<std::int64_t, std::size_t> shared;
  if (options.paths_in_run) {
    auto no_sources = table_is_empty(db, "source");
    if (!no_sources) return no_sources.error();
    if (!*no_sources) {
      auto find = db.prepare(kFindByResponseId);
      if (!find) return find.error();
      find_shared.emplace(std::move(find).value());
    }
  }

  auto batch = batch_id_for(db, options.batch_label);
  if (!batch) return batch.error();
  StoredSource out;
  auto source_id = insert_source(db, *batch, file, plan.platform, plan.rows_read, plan.rejects.size(), options.label);
  if (!source_id) return source_id.error();
  out.source_id = *source_id;
  auto ids = insert_questions(db, out.source_id, plan);
  if (!ids) return ids.error();
  auto statements = RespondentStatements::prepare(db);
  if (!statements) return statements.error();
  RespondentReuse reuse;
  Respondent person;
  for (;;) {
    auto more = next(person);
    if (!more) return more.error();
    if (!*more) break;
    if (find_shared) CANVASS_TRY(count_shared_id(*find_shared, person.external_id, out.source_id, shared));
    CANVASS_TRY(insert_respondent(db, *statements, out.source_id, file.path, person, *ids, reuse, out));
  }
  if (find_shared) {
    auto again = source_sharing(db, shared, plan.platform, *options.paths_in_run);
    if (!again) return again.error();
    if (*again) return std::optional<StoredSource>{};  // rolled back: the whole-file path takes it
  }
  CANVASS_TRY(insert_rejects(db, out.source_id, plan.rejects));
  // Every record is stored or rejected: the count the source keeps is theirs.
  const auto rows_read = static_cast<std::int64_t>(out.respondents_added + plan.rejects.size());
  if (rows_read != static_cast<std::int64_t>(plan.rows_read)) {
    auto st = db.prepare("UPDATE source SET rows_read = ? WHERE id = ?");
    if (!st) return st.error();
    st->bind(1, rows_read).bind(2, out.source_id);
    CANVASS_TRY(st->run());
  }
  CANVASS_TRY(tx->commit());
  return std::optional<StoredSource>{out};
}

Result<StoredSource> record_unchanged(Database& db, const StoreOptions& options, const SourceFile& file) {
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  auto existing = find_source_by_sha(db, file.sha256);
  if (!existing) return existing.error();
  if (!*existing) return Error{{file.path}, "store: the source vanished while it was being checked", Error::Kind::io};
  return note_unchanged(db, options, file, **existing, *tx);
}

Result<StoredSource> store_survey(Database& db, const std::string& batch_label, const SourceFile& file,
                                  const Survey& survey) {
  return store_survey(db, StoreOptions{batch_label, {}, std::nullopt}, file, survey);
}

}  // namespace canvass
