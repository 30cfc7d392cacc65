#include "store/schema.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace canvass {

namespace {

// Migration N takes the schema from version N-1 to N. Never edit one that has shipped;
// add the next.
constexpr const char* kMigrations[] = {
    // 1: the record model
    R"sql(
CREATE TABLE batch(
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL UNIQUE,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL DEFAULT 'open');
CREATE TABLE source(
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES batch(id),
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  kind TEXT NOT NULL,
  platform TEXT,
  encoding TEXT,
  rows_read INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  label TEXT,
  ingested_at TEXT NOT NULL);
CREATE UNIQUE INDEX source_sha256 ON source(sha256);
CREATE INDEX source_path ON source(path);
CREATE TABLE respondent(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  external_id TEXT,
  submitted_at TEXT,
  line INTEGER);
CREATE INDEX respondent_source ON respondent(source_id);
CREATE INDEX respondent_external ON respondent(external_id) WHERE external_id IS NOT NULL AND external_id <> '';
CREATE TABLE respondent_attribute(
  respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY(respondent_id, name)) WITHOUT ROWID;
CREATE TABLE scale(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  family TEXT NOT NULL);
CREATE TABLE scale_level(
  scale_id INTEGER NOT NULL REFERENCES scale(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  code TEXT,
  polarity TEXT NOT NULL CHECK(polarity IN ('negative','neutral','positive','non-substantive')),
  PRIMARY KEY(scale_id, position)) WITHOUT ROWID;
CREATE TABLE question(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('likert','single','multi','numeric','text','meta')),
  scale_id INTEGER REFERENCES scale(id));
CREATE INDEX question_source ON question(source_id);
CREATE TABLE item(
  id INTEGER PRIMARY KEY,
  question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  text TEXT NOT NULL,
  source_column INTEGER);
CREATE INDEX item_question ON item(question_id);
CREATE TABLE response(
  respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
  level INTEGER,
  raw TEXT NOT NULL,
  PRIMARY KEY(respondent_id, item_id)) WITHOUT ROWID;
CREATE INDEX response_item ON response(item_id, level);
CREATE TABLE comment(
  id INTEGER PRIMARY KEY,
  respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
  text TEXT NOT NULL);
CREATE INDEX comment_respondent ON comment(respondent_id);
CREATE TABLE note(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('title','heading','question','note','summary','text')),
  section TEXT,
  question TEXT,
  heading TEXT,
  grp INTEGER,
  depth INTEGER NOT NULL DEFAULT 0,
  parent_id INTEGER REFERENCES note(id),
  text TEXT NOT NULL,
  line INTEGER NOT NULL,
  duplicate_of INTEGER REFERENCES note(id),
  UNIQUE(source_id, number));
CREATE TABLE quote(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL CHECK(origin IN ('comment','note')),
  origin_id INTEGER NOT NULL,
  sentence INTEGER NOT NULL DEFAULT 0,
  respondent TEXT,
  question TEXT,
  source TEXT,
  line INTEGER,
  text TEXT NOT NULL,
  theme TEXT,
  tone TEXT,
  score REAL,
  decision TEXT CHECK(decision IN ('keep','reject')),
  decided_at TEXT,
  current INTEGER NOT NULL DEFAULT 1);
CREATE TABLE reject(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  line INTEGER,
  column_number INTEGER,
  reason TEXT NOT NULL,
  raw TEXT);
)sql",
    // 2: reverse-coded items (a study's <reverse>); answers packed one row per respondent
    // and question, which a version-1 store converts in place (same rows through the view)
    R"sql(
ALTER TABLE item ADD COLUMN reverse_coded INTEGER NOT NULL DEFAULT 0;
-- A respondent's answers to one question, one character per item (by item position):
-- '-' no answer record, '.' answered blank (level NULL, raw ''), '!' the answer is in
-- response_extra, otherwise the level as char(48 + level) with the level's own label as
-- raw. One row per respondent and question instead of per item keeps a large ingest
-- within reach of SQLite's insert rate; the response view gives every reader the rows
-- (response_extra is read by scalar subqueries, so only for '!' answers).
CREATE TABLE response_set(
  respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
  levels TEXT NOT NULL,
  PRIMARY KEY(respondent_id, question_id)) WITHOUT ROWID;
-- Answers the character cannot say: raw text other than the level's label, or no level.
CREATE TABLE response_extra(
  respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
  level INTEGER,
  raw TEXT NOT NULL,
  PRIMARY KEY(respondent_id, item_id)) WITHOUT ROWID;
INSERT INTO response_extra(respondent_id, item_id, level, raw)
SELECT r.respondent_id, r.item_id, r.level, r.raw
FROM response r JOIN item i ON i.id = r.item_id JOIN question q ON q.id = i.question_id
LEFT JOIN scale_level l ON l.scale_id = q.scale_id AND l.position = r.level
WHERE NOT ((r.level IS NULL AND r.raw = '') OR (r.level >= 1 AND l.label IS r.raw));
INSERT INTO response_set(respondent_id, question_id, levels)
SELECT p.respondent_id, p.question_id,
  (SELECT group_concat(c, '') FROM (
     SELECT CASE WHEN r.respondent_id IS NULL THEN '-'
                 WHEN x.item_id IS NOT NULL THEN '!'
                 WHEN r.level IS NULL THEN '.'
                 ELSE char(48 + r.level) END AS c
     FROM item i
     LEFT JOIN response r ON r.item_id = i.id AND r.respondent_id = p.respondent_id
     LEFT JOIN response_extra x ON x.item_id = i.id AND x.respondent_id = p.respondent_id
     WHERE i.question_id = p.question_id ORDER BY i.position))
FROM (SELECT DISTINCT r.respondent_id, i.question_id FROM response r JOIN item i ON i.id = r.item_id) p;
DROP INDEX response_item;
DROP TABLE response;
CREATE VIEW response(respondent_id, item_id, level, raw) AS
SELECT s.respondent_id, i.id,
  CASE substr(s.levels, i.position, 1)
    WHEN '!' THEN (SELECT x.level FROM response_extra x WHERE x.respondent_id = s.respondent_id AND x.item_id = i.id)
    WHEN '.' THEN NULL
    ELSE unicode(substr(s.levels, i.position, 1)) - 48 END,
  CASE substr(s.levels, i.position, 1)
    WHEN '!' THEN (SELECT x.raw FROM response_extra x WHERE x.respondent_id = s.respondent_id AND x.item_id = i.id)
    WHEN '.' THEN ''
    ELSE (SELECT l.label FROM question q JOIN scale_level l ON l.scale_id = q.scale_id
          WHERE q.id = s.question_id AND l.position = unicode(substr(s.levels, i.position, 1)) - 48) END
FROM response_set s JOIN item i ON i.question_id = s.question_id
WHERE substr(s.levels, i.position, 1) <> '-';
)sql",
    // 3: what the quote bank's text pipeline made of each comment and note (redacted
    // pieces, stems, themes, tone), so a re-run prepares only new or changed passages
    // (engine/analysis/quote_cache). `key`: the comment's id, or minus the note's id;
    // `text_hash`: of the passage's question and text; `pipeline`: a fingerprint of the
    // build, the data files, the codebook and the names to redact that made `pieces`.
    R"sql(
CREATE TABLE passage_result(
  key INTEGER PRIMARY KEY,
  text_hash INTEGER NOT NULL,
  pipeline INTEGER NOT NULL,
  pieces BLOB NOT NULL);
)sql",
    // 4: the quotes someone decided about (keep/reject), found without reading the whole
    // bank: every report's fingerprint and every save of the bank read the decisions, and
    // the quote table is the store's largest (about 100 MB at 250k comments).
    R"sql(
CREATE INDEX quote_decided ON quote(key, decision) WHERE decision IS NOT NULL;
)sql",
};

Result<int> pragma_int(Database& db, const char* pragma) {
  auto st = db.prepare(std::string("PRAGMA ") + pragma);
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  const int value = *row ? static_cast<int>(st->integer(0)) : 0;
  st->reset();  // no statement may stay open: journal_mode cannot change inside a read
  return value;
}

bool file_exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

// Creates the file with owner-only permissions (it holds personal data) before SQLite
// opens it; SQLite gives its -wal and -shm files the same mode.
void create_private_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd >= 0) ::close(fd);
}

}  // namespace

Status check_store(Database& db) {
  if (db.checked()) return Ok{};
  auto check = db.prepare("PRAGMA quick_check");
  if (!check) return check.error();
  auto r = check->step();
  const bool healthy = r && *r && check->text(0) == "ok";
  check->reset();
  if (!healthy) return Error{{db.path()}, "store is damaged (integrity check failed): restore it from a backup", Error::Kind::io};
  db.mark_checked();
  return Ok{};
}

namespace {

// Applies the missing migrations. The version is read again inside the write
// transaction, so two processes creating the same store at once migrate it once.
Status migrate(Database& db) {
  constexpr int kCount = static_cast<int>(sizeof(kMigrations) / sizeof(kMigrations[0]));
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  auto version = pragma_int(db, "user_version");
  if (!version) return version.error();
  if (*version >= kCount) return Ok{};  // the transaction rolls back: nothing was written
  for (int v = *version; v < kCount; ++v) {
    if (auto s = db.exec(kMigrations[v]); !s) return s.error();
    const std::string pragmas = "PRAGMA user_version=" + std::to_string(v + 1) +
                                "; PRAGMA application_id=" + std::to_string(kApplicationId) + ";";
    if (auto s = db.exec(pragmas); !s) return s.error();
  }
  return tx->commit();
}

// The store is a plain file: SQLite's in-memory and URI names would keep nothing, and a
// device, a pipe or a folder is not a store.
Status check_store_path(const std::string& path) {
  if (path.empty()) return Error{{"canvass"}, "--db needs a file path", Error::Kind::usage};
  if (path.front() == ':' || path.rfind("file:", 0) == 0)
    return Error{{path}, "the store must be a plain file path, not an SQLite in-memory or URI name (write ./" + path +
                             " for a file of that name)", Error::Kind::usage};
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Ok{};
  if (S_ISDIR(st.st_mode)) return Error{{path}, "cannot open the store: it is a folder, not a file", Error::Kind::io};
  if (!S_ISREG(st.st_mode))
    return Error{{path}, "cannot open the store: not a regular file (a device or a pipe); give a file path", Error::Kind::io};
  return Ok{};
}

bool writable(const std::string& path) { return ::access(path.c_str(), W_OK) == 0; }

std::string folder_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? std::string(".") : slash == 0 ? std::string("/") : path.substr(0, slash);
}

// Checks an opened file is a canvass store and readies it: a writable one is migrated and
// set to WAL with full syncs; a read-only one must already be at this schema.
Result<Database> set_up(Database db, bool create, bool check_now) {
  const std::string path = db.path();
  // Reading the header tells a foreign file from a store before anything is written.
  auto app = pragma_int(db, "application_id");
  if (!app) return Error{{path}, "not a canvass store (not an SQLite database): refusing to write to it", Error::Kind::io};
  auto tables = pragma_int(db, "schema_version");  // 0 for a new, empty file
  if (!tables) return Error{{path}, "not a canvass store (" + tables.error().message + ")", Error::Kind::io};
  const bool empty = *tables == 0;
  if (!empty && *app != kApplicationId)
    return Error{{path}, "not a canvass store: refusing to write to it", Error::Kind::io};
  if (create && db.read_only())
    return Error{{path}, "store is read-only: canvass cannot write to it (check its permissions)", Error::Kind::io};

  auto version = pragma_int(db, "user_version");
  if (!version) return version.error();
  if (*version > kSchemaVersion)
    return Error{{path}, "store was written by a newer canvass (schema " + std::to_string(*version) + ")",
                 Error::Kind::io};
  if (db.read_only()) {
    if (empty) return Error{{path}, "not a canvass store (an empty file)", Error::Kind::io};
    if (*version < kReadableSchemaVersion)
      return Error{{path}, "store is read-only and needs upgrading to this canvass's schema: make it writable once",
                   Error::Kind::io};
    CANVASS_TRY(db.exec("PRAGMA foreign_keys=ON;"));
    if (check_now) CANVASS_TRY(check_store(db));
    return db;
  }

  // FULL: a committed source survives power loss, not only a crash (WAL with NORMAL
  // may lose the last commit); ingest commits once per source, so the cost is small.
  if (auto s = db.exec("PRAGMA foreign_keys=ON; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"); !s)
    return Error{{path}, "cannot set up the store (is its folder writable?): " + s.error().message, Error::Kind::io};
  if (!empty && (check_now || *version < kSchemaVersion)) CANVASS_TRY(check_store(db));
  if (*version < kSchemaVersion) CANVASS_TRY(migrate(db));
  return db;
}

}  // namespace

Result<Database> open_store(const std::string& path, bool create, bool check_now) {
  CANVASS_TRY(check_store_path(path));
  if (!create && !file_exists(path)) return Error{{path}, "no store here (run `canvass ingest` first)", Error::Kind::io};
  const bool folder_writable = writable(folder_of(path));
  if (!create && (!writable(path) || !folder_writable)) {  // a read-only store: read as it is
    auto opened = Database::open_read_only(path, !folder_writable);
    if (!opened) return opened.error();
    return set_up(std::move(opened).value(), create, check_now);
  }
  if (create && !file_exists(path)) create_private_file(path);
  auto opened = Database::open(path, create);
  if (!opened) return opened.error();
  return set_up(std::move(opened).value(), create, check_now);
}

Result<Database> open_scratch_store() {
  auto opened = Database::open(":memory:", true);
  if (!opened) return opened.error();
  return set_up(std::move(opened).value(), true, true);
}

}  // namespace canvass
