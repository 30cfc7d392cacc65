#include "store/sqlite.hpp"

#include <sqlite3.h>

#include <cctype>

namespace canvass {

Result<Database> Database::open(const std::string& path, bool create) {
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Error{{path}, "cannot open the store: " + msg, Error::Kind::io};
  }
  sqlite3_busy_timeout(db, 10000);  // two runs at once wait rather than fail
  return Database(db, path);
}

Result<Database> Database::open_read_only(const std::string& path, bool immutable) {
  // A URI only to say "immutable"; the path itself was checked to be a plain file.
  std::string uri = "file:";
  for (unsigned char c : path) {
    static const char* hex = "0123456789ABCDEF";
    if (std::isalnum(c) || c == '/' || c == '.' || c == '-' || c == '_') uri += static_cast<char>(c);
    else uri.append({'%', hex[c >> 4], hex[c & 15]});
  }
  if (immutable) uri += "?immutable=1";
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Error{{path}, "cannot open the store: " + msg, Error::Kind::io};
  }
  sqlite3_busy_timeout(db, 10000);
  return Database(db, path);
}

bool Database::read_only() const { return sqlite3_db_readonly(db_, "main") == 1; }

Database::Database(Database&& other) noexcept : db_(other.db_), path_(std::move(other.path_)), checked_(other.checked_) {
  other.db_ = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close(db_);
    db_ = other.db_;
    path_ = std::move(other.path_);
    checked_ = other.checked_;
    other.db_ = nullptr;
  }
  return *this;
}

Database::~Database() { sqlite3_close(db_); }

Error Database::error(std::string_view what) const {
  const int code = sqlite3_errcode(db_);
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)  // a page SQLite read is not what it wrote
    return Error{{path_}, std::string("store is damaged (") + sqlite3_errmsg(db_) + "): restore it from a backup",
                 Error::Kind::io};
  return Error{{path_}, std::string(what) + ": " + sqlite3_errmsg(db_), Error::Kind::io};
}

Status Database::exec(std::string_view sql) {
  char* msg = nullptr;
  const std::string s(sql);
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
    Error e{{path_}, std::string("store: ") + (msg ? msg : "unknown error"), Error::Kind::io};
    sqlite3_free(msg);
    return e;
  }
  return Ok{};
}

Result<Statement> Database::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
    return error("store: cannot prepare statement");
  return Statement(stmt, this);
}

std::int64_t Database::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
int Database::changes() const { return sqlite3_changes(db_); }

Statement::Statement(Statement&& other) noexcept : stmt_(other.stmt_), db_(other.db_) { other.stmt_ = nullptr; }

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = other.stmt_;
    db_ = other.db_;
    other.stmt_ = nullptr;
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}
Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}
Statement& Statement::bind(int index, std::string_view value) {
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind_blob(int index, std::string_view bytes) {
  sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind(int index, std::nullopt_t) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}
Statement& Statement::bind(int index, const std::optional<int>& value) {
  if (value) return bind(index, static_cast<std::int64_t>(*value));
  return bind(index, std::nullopt);
}

Result<bool> Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_->error("store");
}

Status Statement::run() {
  auto r = step();
  reset();
  if (!r) return r.error();
  return Ok{};
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
std::string Statement::text(int column) const {
  const auto* p = sqlite3_column_text(stmt_, column);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
           : std::string{};
}
std::string Statement::blob(int column) const {
  const auto* p = sqlite3_column_blob(stmt_, column);
  return p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
           : std::string{};
}
std::string_view Statement::text_view(int column) const {
  const auto* p = sqlite3_column_text(stmt_, column);
  return p ? std::string_view(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
           : std::string_view{};
}
std::string_view Statement::blob_view(int column) const {
  const auto* p = sqlite3_column_blob(stmt_, column);
  return p ? std::string_view(static_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
           : std::string_view{};
}
bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

Result<Transaction> Transaction::begin(Database& db) {
  if (auto s = db.exec("BEGIN IMMEDIATE"); !s) return s.error();
  return Transaction(&db);
}

Transaction::~Transaction() {
  if (db_) (void)db_->exec("ROLLBACK");
}

Status Transaction::commit() {
  auto s = db_->exec("COMMIT");
  if (s) db_ = nullptr;
  return s;
}

}  // namespace canvass
