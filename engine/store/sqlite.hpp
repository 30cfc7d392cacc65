// A thin RAII wrapper over SQLite's C API: a Database connection, prepared Statements
// with typed binds and reads, and a Transaction that rolls back unless committed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/error.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace canvass {

class Statement;

class Database {
 public:
  // Opens (creating when `create`) the file at `path`.
  static Result<Database> open(const std::string& path, bool create = true);
  // Opens the file at `path` for reading only; `immutable` when its folder is read-only
  // too (SQLite then needs no -shm file beside it).
  static Result<Database> open_read_only(const std::string& path, bool immutable);
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  Status exec(std::string_view sql);
  Result<Statement> prepare(std::string_view sql);
  std::int64_t last_insert_id() const;
  int changes() const;  // rows changed by the last statement
  const std::string& path() const { return path_; }
  Error error(std::string_view what) const;  // the connection's last error, located at the file
  sqlite3* handle() const { return db_; }
  bool read_only() const;  // opened read-only: nothing can be written
  // Whether the whole file passed an integrity check on this connection (store/schema).
  bool checked() const { return checked_; }
  void mark_checked() { checked_ = true; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
  bool checked_ = false;
};

class Statement {
 public:
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  ~Statement();

  // Binds are 1-based like SQLite's.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, std::nullopt_t);
  Statement& bind(int index, const std::optional<int>& value);
  Statement& bind_blob(int index, std::string_view bytes);

  // Steps once: true when a row is ready, false when done. Errors become values.
  Result<bool> step();
  // Steps to completion and resets, for INSERT/UPDATE/DELETE.
  Status run();
  void reset();

  std::int64_t integer(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  std::string blob(int column) const;  // any bytes; empty for NULL
  // The same without a copy: valid until the next step, reset or read of that column.
  std::string_view text_view(int column) const;
  std::string_view blob_view(int column) const;
  bool is_null(int column) const;

 private:
  friend class Database;
  Statement(sqlite3_stmt* s, const Database* db) : stmt_(s), db_(db) {}
  sqlite3_stmt* stmt_ = nullptr;
  const Database* db_ = nullptr;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
class Transaction {
 public:
  static Result<Transaction> begin(Database& db);
  Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Transaction(const Transaction&) = delete;
  ~Transaction();
  Status commit();

 private:
  explicit Transaction(Database* db) : db_(db) {}
  Database* db_;
};

}  // namespace canvass
